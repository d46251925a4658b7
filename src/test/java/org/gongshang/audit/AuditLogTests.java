package org.gongshang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.gongshang.audit.internal.AuditRetention;
import org.gongshang.region.NewRegion;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.RegionMaintenance;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Writing the audit log, and the database keeping it append-only. */
@GongshangTest
class AuditLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Regions regions;

    @Autowired
    RegionMaintenance maintenance;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditRetention retention;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegionChangeIsRecordedWithItsActorAndTheirAddress() throws Exception {
        maintenance.add(new NewRegion("511781001000", "太平镇", RegionLevel.TOWNSHIP, "511781"), null);
        Person admin = people.admin();

        mvc.perform(post("/admin/regions/511781001000/name").param("name", "太平镇（新）").with(csrf())
                        .with(sessions.signedIn(admin)).with(request -> {
                            request.setRemoteAddr("203.0.113.7");
                            return request;
                        }))
                .andExpect(status().is3xxRedirection());

        AuditEntry entry = only(new AuditQuery("region.renamed", null, "region", "511781001000", null, null, 0, 10));
        assertThat(entry.actorId()).isEqualTo(admin.id());
        assertThat(entry.clientIp()).isEqualTo("203.0.113.7");
        assertThat(entry.details()).containsEntry("from", "太平镇").containsEntry("to", "太平镇（新）");
    }

    @Test
    void anActOutsideARequestIsRecordedWithoutAnAddress() {
        String subject = UUID.randomUUID().toString();
        events.publishEvent(AuditRecord.of("test.job-ran", null, "job", subject).with("rows", 3));

        AuditEntry entry = only(new AuditQuery("test.", null, "job", subject, null, null, 0, 10));
        assertThat(entry.clientIp()).isNull();
        assertThat(entry.actorId()).isNull();
        assertThat(entry.details()).containsEntry("rows", "3");
    }

    @Test
    void theRecordRollsBackWithTheAct() {
        String subject = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(AuditRecord.of("test.rolled-back", 1L, "thing", subject));
            status.setRollbackOnly();
        });

        assertThat(auditLog.search(new AuditQuery(null, null, "thing", subject, null, null, 0, 10)).entries()).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeAnEntry() {
        long id = record("test.unchangeable");

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set action = 'test.forged' where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(actionOf(id)).isEqualTo("test.unchangeable");
    }

    @Test
    void theDatabaseRefusesToDeleteAnEntryYoungerThanTheRetention() {
        long id = record("test.undeletable");
        long old = insertDaysAgo("test.one-year-minus-a-day", 364);

        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("younger than the retention of 365 days");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", old).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(actionOf(id)).isEqualTo("test.undeletable");
    }

    @Test
    void theDatabaseRefusesToTruncateTheLog() {
        record("test.before-truncate");

        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void anEntryPastTheRetentionMayBeDeleted() {
        long old = insertDaysAgo("test.past-retention", 366);

        assertThat(jdbc.sql("delete from audit_entry where id = :id").param("id", old).update()).isOne();
    }

    @Test
    void theRetentionJobDeletesOnlyEntriesPastTheRetention() {
        long expired = insertDaysAgo("test.expired", 400);
        long kept = insertDaysAgo("test.kept", 300);

        assertThat(retention.deleteExpired()).isPositive();

        assertThat(exists(expired)).isFalse();
        assertThat(exists(kept)).isTrue();
        assertThat(retention.deleteExpired()).as("a second run, as on another node, finds nothing").isZero();
    }

    @Test
    void theDatabaseNeverAcceptsARetentionBelow180Days() {
        assertThatThrownBy(() -> jdbc.sql("update audit_retention set days = 179").update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void evenAt180DaysTheDatabaseKeepsEntriesOfTheLastSixMonths() {
        long young = insertDaysAgo("test.179-days", 179);
        long older = insertDaysAgo("test.181-days", 181);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update audit_retention set days = 180").update();
            assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", young).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("retention of 180 days");
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update audit_retention set days = 180").update();
            assertThat(jdbc.sql("delete from audit_entry where id = :id").param("id", older).update()).isOne();
            status.setRollbackOnly();
        });
        assertThat(exists(young)).isTrue();
    }

    @Test
    void aConfiguredRetentionBelow180DaysIsRefused() {
        assertThatThrownBy(() -> new AuditProperties(179))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 180");
        assertThat(new AuditProperties(180).retentionDays()).isEqualTo(180);
    }

    private AuditEntry only(AuditQuery query) {
        var entries = auditLog.search(query).entries();
        assertThat(entries).hasSize(1);
        return entries.getFirst();
    }

    private long record(String action) {
        String subject = UUID.randomUUID().toString();
        events.publishEvent(AuditRecord.of(action, null, "test", subject));
        return only(new AuditQuery(action, null, "test", subject, null, null, 0, 10)).id();
    }

    private long insertDaysAgo(String action, int days) {
        return jdbc.sql("""
                insert into audit_entry (occurred_at, action, subject_type, subject_id)
                values (now() - make_interval(days => :days), :action, 'test', :subject) returning id""")
                .param("days", days).param("action", action).param("subject", UUID.randomUUID().toString())
                .query(Long.class).single();
    }

    private boolean exists(long id) {
        return jdbc.sql("select count(*) from audit_entry where id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    private String actionOf(long id) {
        return jdbc.sql("select action from audit_entry where id = :id").param("id", id).query(String.class).single();
    }
}
