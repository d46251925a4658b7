package org.gongshang.outcome;

/** The result of a rating round, decided by {@link OutcomeProperties#decide} (the configured rule) when its window closes. */
public enum SatisfactionResult {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED,
    /** Nobody rated within the window: the reply stands. */
    NOT_RATED;

    public boolean sendsBack() {
        return this == UNSATISFIED;
    }
}
