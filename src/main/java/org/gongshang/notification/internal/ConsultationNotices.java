package org.gongshang.notification.internal;

import java.time.format.DateTimeFormatter;

import org.gongshang.consultation.ConsultationCancelled;
import org.gongshang.consultation.ConsultationPostponed;
import org.gongshang.consultation.ConsultationRescheduled;
import org.gongshang.consultation.MinutesFinalised;
import org.gongshang.consultation.ParticipantsInvited;
import org.gongshang.consultation.ResearchTaskOverdue;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.shared.Zones;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the consultation module's events mean to people: invitations to answer, postponements and
 * cancellations with their reason, a new date, reminders of overdue research, and the published
 * minutes for those who attended. Each event lists its recipients; each listener runs after the
 * consultation transaction committed, retried until done.
 */
@Component
class ConsultationNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.platform());

    private final EventNotices notices;

    ConsultationNotices(EventNotices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(ParticipantsInvited invited) {
        notices.send(invited, invited.accountIds(), Notice.of(MessageKind.CONSULTATION, "notification.consultation.invited.title",
                "notification.consultation.invited.body", invited.title(), WHEN.format(invited.startsAt()))
                .linkingTo(link(invited.consultationId())));
    }

    @ApplicationModuleListener
    void on(ConsultationPostponed postponed) {
        notices.send(postponed, postponed.accountIds(), Notice.of(MessageKind.CONSULTATION, "notification.consultation.postponed.title",
                "notification.consultation.postponed.body", postponed.title(), postponed.reason())
                .linkingTo(link(postponed.consultationId())).urgent());
    }

    @ApplicationModuleListener
    void on(ConsultationRescheduled rescheduled) {
        notices.send(rescheduled, rescheduled.accountIds(), Notice.of(MessageKind.CONSULTATION, "notification.consultation.rescheduled.title",
                "notification.consultation.rescheduled.body", rescheduled.title(), WHEN.format(rescheduled.startsAt()))
                .linkingTo(link(rescheduled.consultationId())));
    }

    @ApplicationModuleListener
    void on(ConsultationCancelled cancelled) {
        notices.send(cancelled, cancelled.accountIds(), Notice.of(MessageKind.CONSULTATION, "notification.consultation.cancelled.title",
                "notification.consultation.cancelled.body", cancelled.title(), cancelled.reason())
                .linkingTo(link(cancelled.consultationId())).urgent());
    }

    @ApplicationModuleListener
    void on(ResearchTaskOverdue overdue) {
        notices.send(overdue, overdue.assigneeAccountIds(), Notice.of(MessageKind.CONSULTATION, "notification.consultation.research-overdue.title",
                "notification.consultation.research-overdue.body", overdue.title(), overdue.dueOn().toString())
                .linkingTo(link(overdue.consultationId()) + "/preparation#research"));
    }

    @ApplicationModuleListener
    void on(MinutesFinalised finalised) {
        notices.send(finalised, finalised.attendeeAccountIds(), Notice.of(MessageKind.CONSULTATION, "notification.consultation.minutes.title",
                "notification.consultation.minutes.body", finalised.title(), finalised.adoptedItems().size())
                .linkingTo(link(finalised.consultationId()) + "/summary"));
    }

    private static String link(long consultationId) {
        return "/consultations/" + consultationId;
    }
}
