package org.gongshang.member.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.gongshang.member.DutyActivity;
import org.gongshang.member.DutyStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Duty records and their tally. A record gets the points of the rule in force on its day (or the
 * default); counting it adds to the member's tally of the year and activity in the same statement.
 */
@Repository
public class DutyStore {

    /** The rule of the record's day, or the default. */
    private static final String POINTS = """
            coalesce((select r.points from member_point_rule r where r.committee_id = :committee and r.activity = :activity
                      and r.effective_from <= :day order by r.effective_from desc limit 1), :defaultPoints)""";

    private final JdbcClient jdbc;

    DutyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the record of that source was counted already */
    public boolean count(long memberId, long committeeId, DutyActivity activity, LocalDate day, String sourceKey, String title,
            int defaultPoints) {
        return jdbc.sql("""
                with added as (
                    insert into member_duty_record (member_id, committee_id, activity, occurred_on, year, source_key, title, status, points)
                    values (:member, :committee, :activity, :day, :year, :source, :title, 'COUNTED', """ + POINTS + """
                    )
                    on conflict (member_id, source_key) do nothing
                    returning member_id, committee_id, year, activity, points)
                insert into member_duty_tally (member_id, committee_id, year, activity, records, points)
                select member_id, committee_id, year, activity, 1, points from added
                on conflict (member_id, year, activity) do update
                    set records = member_duty_tally.records + 1, points = member_duty_tally.points + excluded.points""")
                .param("member", memberId).param("committee", committeeId).param("activity", activity.name()).param("day", day)
                .param("year", day.getYear()).param("source", sourceKey).param("title", truncated(title))
                .param("defaultPoints", defaultPoints).update() > 0;
    }

    public long submit(long memberId, long committeeId, DutyActivity activity, LocalDate day, String title, String evidence) {
        return jdbc.sql("""
                insert into member_duty_record (member_id, committee_id, activity, occurred_on, year, title, evidence, status)
                values (:member, :committee, :activity, :day, :year, :title, :evidence, 'SUBMITTED') returning id""")
                .param("member", memberId).param("committee", committeeId).param("activity", activity.name()).param("day", day)
                .param("year", day.getYear()).param("title", title).param("evidence", evidence).query(Long.class).single();
    }

    /** A record added by hand, with what the review decides by. */
    public record Submitted(long id, long memberId, long committeeId, DutyActivity activity, LocalDate occurredOn, String title,
            DutyStatus status) {
    }

    public Optional<Submitted> lock(long recordId) {
        return jdbc.sql("""
                select id, member_id, committee_id, activity, occurred_on, title, status from member_duty_record
                where id = :id for update""").param("id", recordId).query(Submitted.class).optional();
    }

    /** Counts a record added by hand, with the points of its day's rule. */
    public void approve(Submitted record, int defaultPoints, long by, Instant at) {
        jdbc.sql("""
                with approved as (
                    update member_duty_record set status = 'COUNTED', reviewed_by = :by, reviewed_at = :at, version = version + 1,
                           points = """ + POINTS + """
                    where id = :id and status = 'SUBMITTED'
                    returning member_id, committee_id, year, activity, points)
                insert into member_duty_tally (member_id, committee_id, year, activity, records, points)
                select member_id, committee_id, year, activity, 1, points from approved
                on conflict (member_id, year, activity) do update
                    set records = member_duty_tally.records + 1, points = member_duty_tally.points + excluded.points""")
                .param("by", by).param("at", Timestamp.from(at)).param("committee", record.committeeId())
                .param("activity", record.activity().name()).param("day", record.occurredOn()).param("defaultPoints", defaultPoints)
                .param("id", record.id()).update();
    }

    public void returnToMember(long recordId, long by, Instant at, @Nullable String note) {
        jdbc.sql("""
                update member_duty_record set status = 'RETURNED', reviewed_by = :by, reviewed_at = :at, review_note = :note,
                       version = version + 1
                where id = :id and status = 'SUBMITTED'""")
                .param("by", by).param("at", Timestamp.from(at)).param("note", note).param("id", recordId).update();
    }

    /**
     * Gives the committee's counted records of an activity from a day on the points of the rules now
     * in force on their days, and rebuilds the tally of the years touched.
     *
     * @return the records recomputed
     */
    public int recompute(long committeeId, DutyActivity activity, LocalDate from, int defaultPoints) {
        int changed = jdbc.sql("""
                update member_duty_record d set points = coalesce((select r.points from member_point_rule r
                        where r.committee_id = d.committee_id and r.activity = d.activity and r.effective_from <= d.occurred_on
                        order by r.effective_from desc limit 1), :defaultPoints)
                where d.committee_id = :committee and d.activity = :activity and d.occurred_on >= :from and d.status = 'COUNTED'""")
                .param("defaultPoints", defaultPoints).param("committee", committeeId).param("activity", activity.name())
                .param("from", from).update();
        jdbc.sql("delete from member_duty_tally where committee_id = :committee and activity = :activity and year >= :year")
                .param("committee", committeeId).param("activity", activity.name()).param("year", from.getYear()).update();
        jdbc.sql("""
                insert into member_duty_tally (member_id, committee_id, year, activity, records, points)
                select member_id, committee_id, year, activity, count(*), sum(points) from member_duty_record
                where committee_id = :committee and activity = :activity and year >= :year and status = 'COUNTED'
                group by member_id, committee_id, year, activity""")
                .param("committee", committeeId).param("activity", activity.name()).param("year", from.getYear()).update();
        return changed;
    }

    private static String truncated(String title) {
        String clean = title.replace("\u0000", "").strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
