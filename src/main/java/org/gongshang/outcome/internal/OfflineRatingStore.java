package org.gongshang.outcome.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongshang.outcome.OfflineRating;
import org.gongshang.outcome.OfflineRatingEntry;
import org.gongshang.outcome.RatingOccasion;
import org.gongshang.shared.image.SanitizedImage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Satisfaction collected offline, per round; {@link RatingStore#counts} adds them to the online ratings. */
@Repository
public class OfflineRatingStore {

    private static final String COLUMNS = """
            id, recommendation_id, handling_round, occasion, held_on, place, respondent_name, satisfied, basically,
            unsatisfied, note, photo is not null as has_photo, entered_by, entered_at""";

    private final JdbcClient jdbc;

    OfflineRatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long recommendationId, int round, OfflineRatingEntry entry, @Nullable SanitizedImage photo, long enteredBy,
            Instant at) {
        return jdbc.sql("""
                insert into outcome_offline_rating (recommendation_id, handling_round, occasion, held_on, place, respondent_name,
                    satisfied, basically, unsatisfied, note, photo, photo_type, entered_by, entered_at)
                values (:id, :round, :occasion, :heldOn, :place, :name, :s, :b, :u, :note, :photo, :type, :by, :at)
                returning id""")
                .param("id", recommendationId).param("round", round)
                .param("occasion", entry.occasion() == null ? null : entry.occasion().name()).param("heldOn", entry.heldOn())
                .param("place", entry.place()).param("name", entry.respondentName()).param("s", entry.satisfied())
                .param("b", entry.basicallySatisfied()).param("u", entry.unsatisfied()).param("note", entry.note())
                .param("photo", photo == null ? null : photo.bytes()).param("type", photo == null ? null : photo.contentType())
                .param("by", enteredBy).param("at", Rows.timestamp(at)).query(Long.class).single();
    }

    public List<OfflineRating> of(long recommendationId) {
        return jdbc.sql("select " + COLUMNS + " from outcome_offline_rating where recommendation_id = :id order by handling_round, id")
                .param("id", recommendationId)
                .query((rs, n) -> new OfflineRating(rs.getLong("id"), rs.getLong("recommendation_id"), rs.getInt("handling_round"),
                        RatingOccasion.valueOf(rs.getString("occasion")), rs.getObject("held_on", LocalDate.class),
                        rs.getString("place"), rs.getString("respondent_name"), rs.getInt("satisfied"), rs.getInt("basically"),
                        rs.getInt("unsatisfied"), rs.getString("note"), rs.getBoolean("has_photo"), rs.getLong("entered_by"),
                        Rows.requiredInstant(rs, "entered_at")))
                .list();
    }

    /** The photo and its type, when the entry has one. */
    public Optional<SanitizedImage> photo(long recommendationId, long offlineId) {
        return jdbc.sql("""
                select photo, photo_type from outcome_offline_rating
                where id = :offline and recommendation_id = :id and photo is not null""")
                .param("offline", offlineId).param("id", recommendationId)
                .query((rs, n) -> new SanitizedImage(rs.getString("photo_type"), 0, 0, rs.getBytes("photo"))).optional();
    }
}
