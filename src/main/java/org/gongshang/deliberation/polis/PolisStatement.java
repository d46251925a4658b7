package org.gongshang.deliberation.polis;

/**
 * A comment of a Pol.is export ({@code comments.csv}).
 *
 * @param id Pol.is comment id (tid)
 * @param authorId Pol.is participant id of the author
 * @param moderation -1 rejected (moderated out), 0 unmoderated, 1 accepted
 * @param body the text
 * @param timestamp milliseconds since the epoch, 0 when unknown
 */
public record PolisStatement(long id, long authorId, int moderation, String body, long timestamp) {

    public boolean isModeratedOut() {
        return moderation < 0;
    }
}
