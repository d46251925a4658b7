package org.gongshang.consultation.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.consultation.AgendaItem;
import org.gongshang.consultation.ConsensusItem;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Opinion;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.QueueEntry;
import org.gongshang.consultation.SpeakingStatistics;
import org.gongshang.consultation.Turn;
import org.gongshang.consultation.VoteChoice;
import org.jspecify.annotations.Nullable;

/**
 * What the live panels show at one moment, read once per change and rendered for every audience:
 * the page, the console and the JSON stream.
 *
 * @param votes live counts of the items being voted on
 * @param stream the newest entries of the text stream (turns and opinions), newest first
 */
record LiveView(Consultation consultation, Optional<Turn> turn, List<QueueEntry> queue, SpeakingStatistics stats,
        List<ConsensusItem> items, Map<Long, Map<VoteChoice, Integer>> votes, List<Participant> attendees,
        List<AgendaItem> agenda, List<StreamEntry> stream, Instant now) {

    /** One line of the live text stream: a turn or an opinion. */
    record StreamEntry(String kind, Instant at, String name, String category, @Nullable String text, long id,
            @Nullable Long seconds) {

        private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .withZone(org.gongshang.shared.Zones.platform());

        static StreamEntry of(Turn turn, Instant now) {
            Instant at = turn.endedAt() != null ? turn.endedAt() : turn.startedAt();
            return new StreamEntry(turn.isRunning() ? "turn-started" : "turn-ended", at, turn.speakerName(),
                    turn.category().name(), null, turn.id(), turn.isRunning() ? null : turn.spokenSeconds(now));
        }

        static StreamEntry of(Opinion opinion) {
            return new StreamEntry("opinion", opinion.createdAt(), opinion.speakerName() == null ? "" : opinion.speakerName(),
                    opinion.category().name(), opinion.content(), opinion.id(), null);
        }

        public String time() {
            return TIME.format(at);
        }
    }

    public List<org.gongshang.consultation.ParticipantCategory> categories() {
        return List.of(org.gongshang.consultation.ParticipantCategory.values());
    }

    public List<VoteChoice> choices() {
        return List.of(VoteChoice.values());
    }

    /** Votes cast so far on an item being voted on. */
    public int count(long itemId, String choice) {
        return votes.getOrDefault(itemId, Map.of()).getOrDefault(VoteChoice.valueOf(choice), 0);
    }

    /** The countdown as m:ss, with a minus sign when over time. */
    public String clock() {
        long left = secondsLeft();
        long abs = Math.abs(left);
        return (left < 0 ? "-" : "") + abs / 60 + ":" + String.format("%02d", abs % 60);
    }

    /** Seconds left on the running turn (negative when over time), for the first render before the script runs. */
    public long secondsLeft() {
        return turn.map(t -> java.time.Duration.between(now, t.endsAt()).toSeconds()).orElse(0L);
    }
}
