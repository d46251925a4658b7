package org.gongshang.outcome;

/**
 * What the viewer of a recommendation may do with it, for the pages to show the right forms.
 *
 * @param manage staff of its region: sign off, transfer, reassign, decide extensions, close ratings, close, supervise
 * @param lead an account of the lead department: sign for, dispute, report, reply, ask for more time
 * @param coHandler an account of a co-handling department: send an opinion
 * @param rater may rate the reply now (window open, not rated yet in this round)
 * @param rated already rated the reply of this round
 */
public record Capabilities(boolean manage, boolean lead, boolean coHandler, boolean rater, boolean rated) {

    public static final Capabilities NONE = new Capabilities(false, false, false, false, false);
}
