package org.gongshang.notification.internal;

import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.outcome.ExtensionDecided;
import org.gongshang.outcome.ExtensionRequested;
import org.gongshang.outcome.HandlingReminderDue;
import org.gongshang.outcome.RecommendationDisputed;
import org.gongshang.outcome.RecommendationReplied;
import org.gongshang.outcome.RecommendationTransferred;
import org.gongshang.outcome.RehandlingStarted;
import org.gongshang.outcome.SupervisionEscalated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the outcome module's events mean to people: departments are asked to sign for, handle and
 * reply to recommendations and are reminded and chased (督办); staff hear of disputes, requests
 * for more time and replies; the people concerned are asked to rate a reply. Each event lists its
 * recipients; each listener runs after the outcome transaction committed, retried until done.
 */
@Component
class OutcomeNotices {

    /** Recommendations can be long; a message quotes their beginning. */
    static final int QUOTE = 40;

    /** The reasons of the unsatisfied, quoted up to this many characters: a message, not the whole record. */
    static final int REASONS = 200;

    private final EventNotices notices;

    OutcomeNotices(EventNotices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(RecommendationTransferred transferred) {
        String text = quote(transferred.text());
        notices.send(transferred, transferred.leadAccountIds(), Notice.of(MessageKind.OUTCOME, "notification.outcome.transferred.title",
                "notification.outcome.transferred.body", text, transferred.signDueOn().toString(), transferred.dueOn().toString())
                .linkingTo(handling(transferred.recommendationId())));
        notices.send(transferred, transferred.coHandlerAccountIds(), Notice.of(MessageKind.OUTCOME, "notification.outcome.co-handling.title",
                "notification.outcome.co-handling.body", text).linkingTo(handling(transferred.recommendationId())));
    }

    @ApplicationModuleListener
    void on(RecommendationDisputed disputed) {
        notices.send(disputed, disputed.staffAccountIds(), Notice.of(MessageKind.OUTCOME, "notification.outcome.disputed.title",
                "notification.outcome.disputed.body", quote(disputed.text()), disputed.reason())
                .linkingTo(manage(disputed.recommendationId())).urgent());
    }

    @ApplicationModuleListener
    void on(ExtensionRequested requested) {
        notices.send(requested, requested.staffAccountIds(), Notice.of(MessageKind.OUTCOME, "notification.outcome.extension-requested.title",
                "notification.outcome.extension-requested.body", quote(requested.text()), requested.workingDays(), requested.reason())
                .linkingTo(manage(requested.recommendationId())));
    }

    @ApplicationModuleListener
    void on(ExtensionDecided decided) {
        String result = decided.approved() ? "approved" : "refused";
        notices.send(decided, decided.leadAccountIds(), Notice.of(MessageKind.OUTCOME, "notification.outcome.extension-" + result + ".title",
                "notification.outcome.extension-" + result + ".body", quote(decided.text()),
                decided.dueOn() == null ? "" : decided.dueOn().toString())
                .linkingTo(handling(decided.recommendationId())));
    }

    @ApplicationModuleListener
    void on(RecommendationReplied replied) {
        String text = quote(replied.text());
        notices.send(replied, replied.raterAccountIds(), Notice.of(MessageKind.SURVEY, "outcome.notice.rate.title",
                "outcome.notice.rate.body", text, replied.ratingClosesOn().toString())
                .linkingTo("/recommendations/" + replied.recommendationId() + "/rating"));
        notices.send(replied, replied.staffAccountIds(), Notice.of(MessageKind.OUTCOME, "notification.outcome.replied.title",
                "notification.outcome.replied.body", text, replied.grade())
                .linkingTo(manage(replied.recommendationId())));
    }

    @ApplicationModuleListener
    void on(RehandlingStarted started) {
        // The reasons go with the request, so that the department knows what to do better without asking.
        String body = started.reasons().isEmpty() ? "outcome.notice.rehandling.body" : "outcome.notice.rehandling.body-with-reasons";
        notices.send(started, started.leadAccountIds(), Notice.of(MessageKind.OUTCOME, "outcome.notice.rehandling.title",
                body, quote(started.text()), started.dueOn().toString(), quote(String.join("；", started.reasons()), REASONS))
                .linkingTo(handling(started.recommendationId())).urgent());
    }

    @ApplicationModuleListener
    void on(HandlingReminderDue reminder) {
        String key = reminder.signing() ? "sign" : reminder.isOverdue() ? "overdue" : "due";
        notices.send(reminder, reminder.recipientAccountIds(), Notice.of(MessageKind.SUPERVISION, "notification.outcome.reminder-" + key + ".title",
                "notification.outcome.reminder-" + key + ".body", quote(reminder.text()), reminder.dueOn().toString(),
                Math.abs(reminder.offset()))
                .linkingTo(handling(reminder.recommendationId())));
    }

    @ApplicationModuleListener
    void on(SupervisionEscalated escalated) {
        notices.send(escalated, escalated.recipientAccountIds(), Notice.of(MessageKind.SUPERVISION, "notification.outcome.escalated.title",
                "notification.outcome.escalated.body", quote(escalated.text()),
                Notice.translated("notification.outcome.level." + escalated.level()), escalated.note())
                .linkingTo(handling(escalated.recommendationId())).urgent());
    }

    static String quote(String text) {
        return quote(text, QUOTE);
    }

    private static String quote(String text, int most) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= most ? line
                : line.substring(0, line.offsetByCodePoints(0, most)) + "…";
    }

    private static String handling(long id) {
        return "/recommendations/" + id + "/handling";
    }

    private static String manage(long id) {
        return "/recommendations/" + id + "/manage";
    }
}
