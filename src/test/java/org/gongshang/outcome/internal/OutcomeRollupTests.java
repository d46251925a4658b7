package org.gongshang.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outcome roll-ups counted again from the records come out as the acts kept them, by month and
 * district (the recount takes the lead department and the deadline a recommendation has now, so a
 * reassignment or a re-handling's new deadline may move a fact to another department or on-time column).
 */
@GongshangTest
class OutcomeRollupTests {

    @Autowired
    OutcomeRollupProvision provision;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void countedAgainFromTheRecordsTheRollUpsComeOutTheSame() {
        List<String> facts = facts();
        List<String> handled = handled();
        assertThat(handled).isNotEmpty();

        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from outcome_rollup").update();
            jdbc.sql("delete from outcome_open_rollup").update();
            assertThat(provision.rebuildIfEmpty()).isTrue();
        });

        assertThat(handled()).isEqualTo(handled);
        assertThat(facts()).isEqualTo(facts);
        Boolean again = transaction.execute(status -> provision.rebuildIfEmpty());
        assertThat(again).isFalse();
    }

    private List<String> facts() {
        return jdbc.sql("""
                select concat_ws('/', month, district_code, sum(transferred), sum(replied_on_time + replied_late), sum(solved),
                    sum(being_solved), sum(for_reference), sum(satisfied), sum(basically_satisfied), sum(unsatisfied), sum(not_rated))
                from outcome_rollup group by month, district_code order by 1""").query(String.class).list();
    }

    private List<String> handled() {
        return jdbc.sql("select concat_ws('/', due_on, district_code, organization_id, recommendations) from outcome_open_rollup"
                + " where recommendations <> 0 order by 1").query(String.class).list();
    }
}
