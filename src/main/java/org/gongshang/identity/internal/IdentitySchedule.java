package org.gongshang.identity.internal;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.identity.security.AccessTokens;
import org.gongshang.shared.Zones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's nightly clean-up, in the persistent scheduler: one node runs each, whichever picks it. */
@Configuration(proxyBeanMethods = false)
class IdentitySchedule {

    @Bean
    RecurringTask<Void> oldCodesDeletion(VerificationCodes codes) {
        return Tasks.recurring("identity-old-codes", Schedules.daily(Zones.platform(), LocalTime.of(3, 17)))
                .execute((instance, context) -> codes.forgetOldCodes());
    }

    @Bean
    RecurringTask<Void> expiredTokensDeletion(AccessTokens tokens) {
        return Tasks.recurring("identity-expired-tokens", Schedules.daily(Zones.platform(), LocalTime.of(3, 23)))
                .execute((instance, context) -> tokens.forgetExpired());
    }
}
