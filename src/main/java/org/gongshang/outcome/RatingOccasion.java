package org.gongshang.outcome;

/** Where satisfaction was collected offline: at a return visit (回访) or a forum (座谈会). */
public enum RatingOccasion {
    RETURN_VISIT, FORUM
}
