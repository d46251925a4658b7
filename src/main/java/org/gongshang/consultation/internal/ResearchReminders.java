package org.gongshang.consultation.internal;

import org.gongshang.consultation.Preparation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the assignees of overdue research tasks every morning. The persistent scheduler is not on
 * this branch yet, so this is a plain {@code @Scheduled} job; it is safe on several nodes and when
 * run twice because {@link Preparation#remindOverdue()} claims each task for the day in the database.
 */
@Component
class ResearchReminders {

    private static final Logger log = LoggerFactory.getLogger(ResearchReminders.class);

    private final Preparation preparation;

    ResearchReminders(Preparation preparation) {
        this.preparation = preparation;
    }

    @Scheduled(cron = "${gongshang.consultation.reminder-cron:0 30 8 * * *}", zone = "Asia/Shanghai")
    void remind() {
        int reminded = preparation.remindOverdue();
        if (reminded > 0) {
            log.info("Reminded the assignees of {} overdue research tasks", reminded);
        }
    }
}
