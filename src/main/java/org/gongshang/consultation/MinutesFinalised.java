package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A version of the minutes became final: what the outcome module transfers to departments
 * (the adopted consensus items as recommendations) and whom it asks for satisfaction (the attendees).
 *
 * @param version 1 for the first final version; a higher one is a correction of the previous
 * @param adoptedItems the consensus items adopted by vote, in order
 * @param attendeeAccountIds the checked-in participants with an account
 * @param organiserAccountId who finalised
 */
public record MinutesFinalised(long consultationId, long minutesId, int version, String title, String regionCode,
        long organizationId, List<Long> topicIds, List<AgreedItem> adoptedItems, List<Long> attendeeAccountIds,
        long organiserAccountId, Instant finalisedAt) {

    public MinutesFinalised {
        topicIds = List.copyOf(topicIds);
        adoptedItems = List.copyOf(adoptedItems);
        attendeeAccountIds = List.copyOf(attendeeAccountIds);
    }

    /** An adopted consensus item with its vote. */
    public record AgreedItem(long consensusItemId, String text, int agree, int disagree, int abstain) {
    }
}
