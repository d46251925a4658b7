package org.gongshang.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.gongshang.notification.SmsGateway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What several application nodes in one test JVM did, counted across all of them: runs of a one-time
 * job of the persistent scheduler ({@link #COUNTED_JOB}, by instance id) and SMS handed to a gateway
 * (by phone: the outbox message ids). Each node's context includes this configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
public class NodeProbes {

    public static final String COUNTED_JOB = "test-counted-job";

    private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> HANDED_OVER = new ConcurrentHashMap<>();

    public static int runs(String instance) {
        AtomicInteger runs = RUNS.get(instance);
        return runs == null ? 0 : runs.get();
    }

    /** The outbox message ids of the SMS handed to a gateway for a phone, once per hand-over. */
    public static List<String> smsTo(String phone) {
        return List.copyOf(HANDED_OVER.getOrDefault(phone, List.of()));
    }

    @Bean
    OneTimeTask<Void> countedJob() {
        return Tasks.oneTime(COUNTED_JOB).execute((instance, context) ->
                RUNS.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet());
    }

    @Bean
    static BeanPostProcessor countedSmsHandOvers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                // The application's gateway only: tests that bring their own inject it by its type.
                if (bean instanceof SmsGateway gateway && name.equals("smsGateway")) {
                    return (SmsGateway) sms -> {
                        SmsGateway.Handover handover = gateway.send(sms);
                        HANDED_OVER.computeIfAbsent(sms.phone(), p -> new CopyOnWriteArrayList<>()).add(sms.messageId());
                        return handover;
                    };
                }
                return bean;
            }
        };
    }
}
