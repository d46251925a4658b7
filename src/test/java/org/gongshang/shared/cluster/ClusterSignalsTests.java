package org.gongshang.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@GongshangTest
class ClusterSignalsTests {

    @Autowired
    ClusterSignals signals;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSignalArrivesWhenItsTransactionCommitsAndNotWhenItRollsBack() {
        List<Signal> received = new CopyOnWriteArrayList<>();
        signals.subscribe("test.commit", received::add);

        transactions.executeWithoutResult(status -> {
            signals.send("test.commit", "rolled-back");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> signals.send("test.commit", "committed 42"));

        // Signals arrive in commit order: once the second is here, the first would have been too.
        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        assertThat(received).containsExactly(new Signal("test.commit", "committed 42", true));
    }

    @Test
    void aSignalReachesOnlyTheListenersOfItsTopic() {
        List<Signal> mine = new CopyOnWriteArrayList<>();
        List<Signal> others = new CopyOnWriteArrayList<>();
        signals.subscribe("test.mine", mine::add);
        signals.subscribe("test.others", others::add);

        signals.send("test.others", "first");
        signals.send("test.mine", "second");

        await().atMost(Duration.ofSeconds(10)).until(() -> !mine.isEmpty());
        assertThat(others).extracting(Signal::payload).containsExactly("first");
        assertThat(mine).extracting(Signal::payload).containsExactly("second");
    }

    @Test
    void aTopicWithSpacesOrALongPayloadIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> signals.send("two words", "1"));
        assertThatIllegalArgumentException().isThrownBy(() -> signals.send("topic", "x".repeat(1001)));
    }
}
