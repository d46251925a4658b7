package org.gongshang.followup.internal;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who was asked to answer a survey when it was published. */
@Repository
public class InvitationStore {

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void invite(long surveyId, Collection<Long> accountIds) {
        for (long account : accountIds) {
            jdbc.sql("insert into followup_invitation (survey_id, account_id) values (:survey, :account) on conflict do nothing")
                    .param("survey", surveyId).param("account", account).update();
        }
    }

    public boolean isInvited(long surveyId, long accountId) {
        return jdbc.sql("select count(*) from followup_invitation where survey_id = :survey and account_id = :account")
                .param("survey", surveyId).param("account", accountId).query(Integer.class).single() > 0;
    }

    public int count(long surveyId) {
        return jdbc.sql("select count(*) from followup_invitation where survey_id = :survey").param("survey", surveyId)
                .query(Integer.class).single();
    }
}
