package org.gongshang.notification.internal;

import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.plan.PlanApproved;
import org.gongshang.plan.PlanReturned;
import org.gongshang.plan.PlanSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the plan module's events mean to people: reviewers hear that a plan awaits their approval;
 * the staff who drafted and submitted it hear that it was approved, or returned with the
 * reviewer's comment. Years are passed as text, so that no locale writes 2,027.
 */
@Component
class PlanNotices {

    private final EventNotices notices;

    PlanNotices(EventNotices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(PlanSubmitted submitted) {
        notices.send(submitted, submitted.recipients(), Notice.of(MessageKind.CONSULTATION, "notification.plan.submitted.title",
                "notification.plan.submitted.body", submitted.organizationName(), String.valueOf(submitted.year()),
                submitted.version()).linkingTo("/plans/" + submitted.planId() + "/review"));
    }

    @ApplicationModuleListener
    void on(PlanApproved approved) {
        notices.send(approved, approved.recipients(), Notice.of(MessageKind.CONSULTATION, "notification.plan.approved.title",
                "notification.plan.approved.body", approved.organizationName(), String.valueOf(approved.year()),
                approved.version()).linkingTo("/plans/" + approved.planId()));
    }

    @ApplicationModuleListener
    void on(PlanReturned returned) {
        notices.send(returned, returned.recipients(), Notice.of(MessageKind.CONSULTATION, "notification.plan.returned.title",
                "notification.plan.returned.body", returned.organizationName(), String.valueOf(returned.year()),
                returned.version(), returned.comment()).linkingTo("/plans/" + returned.planId() + "/edit"));
    }
}
