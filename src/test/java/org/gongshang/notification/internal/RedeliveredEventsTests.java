package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.VerificationCodeIssued;
import org.gongshang.plan.PlanApproved;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node that dies after a listener wrote its notice, but before the event was marked handled, gets
 * the event again (resubmission): nobody may receive that notice, or that SMS code, twice.
 */
@GongshangTest
class RedeliveredEventsTests {

    @Autowired
    IdentityNotices identityNotices;

    @Autowired
    PlanNotices planNotices;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aCodeHandledTwiceIsSentOnce() {
        String phone = People.phone();
        var issued = new VerificationCodeIssued(UUID.randomUUID(), cipher.encrypt(phone), CodePurpose.LOGIN, cipher.encrypt("271828"),
                Duration.ofMinutes(5), "zh");

        IdentityNotices listener = AopTestUtils.getUltimateTargetObject(identityNotices); // now, not asynchronously
        transaction.executeWithoutResult(status -> listener.on(issued));
        transaction.executeWithoutResult(status -> listener.on(issued));

        assertThat(jdbc.sql("select count(*) from outbox_message where recipient_masked = :masked and kind = 'CODE'")
                .param("masked", phone.substring(0, 3) + "****" + phone.substring(7)).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aNoticeHandledTwiceReachesEachRecipientOnceButTheNextEventAgain() {
        var reviewer = people.resident();
        var approved = new PlanApproved(-1, 3, "测试政协", 2027, List.of(reviewer.id()));
        var nextVersion = new PlanApproved(-1, 4, "测试政协", 2027, List.of(reviewer.id()));

        PlanNotices listener = AopTestUtils.getUltimateTargetObject(planNotices);
        transaction.executeWithoutResult(status -> listener.on(approved));
        transaction.executeWithoutResult(status -> listener.on(approved));
        transaction.executeWithoutResult(status -> listener.on(nextVersion));

        assertThat(jdbc.sql("select count(*) from notification where account_id = :id and kind = 'CONSULTATION'")
                .param("id", reviewer.id()).query(Integer.class).single()).isEqualTo(2);
    }
}
