package org.gongshang.followup;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongshang.followup.internal.DraftChecks;
import org.gongshang.followup.internal.InvitationStore;
import org.gongshang.followup.internal.Links;
import org.gongshang.followup.internal.Rows;
import org.gongshang.followup.internal.SurveyAccess;
import org.gongshang.shared.image.QrCodes;
import org.gongshang.followup.internal.SurveyStore;
import org.gongshang.identity.Actor;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.web.PublicAddress;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaires (问卷): staff of a region build one as a draft — details, questions added, changed,
 * moved and removed — publish it, which sends it to the people concerned, and close it.
 */
@Service
public class Surveys {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.platform());

    private final SurveyStore store;
    private final InvitationStore invitations;
    private final SurveyAccess access;
    private final DraftChecks checks;
    private final Links links;
    private final Notices notices;
    private final PublicAddress address;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Surveys(SurveyStore store, InvitationStore invitations, SurveyAccess access, DraftChecks checks, Links links,
            Notices notices, PublicAddress address, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.invitations = invitations;
        this.access = access;
        this.checks = checks;
        this.links = links;
        this.notices = notices;
        this.address = address;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** @throws DomainException NOT_FOUND when unknown or not visible to the viewer (drafts: staff only) */
    public Survey get(long id, @Nullable Actor viewer) {
        Survey survey = store.find(id).orElseThrow(() -> DomainException.notFound("followup.survey.unknown", id));
        access.requireView(viewer, survey);
        return survey;
    }

    /** The survey for its managers. @throws DomainException FORBIDDEN for respondents, NOT_FOUND for others */
    public Survey managed(long id, Actor actor) {
        Survey survey = store.find(id).orElseThrow(() -> DomainException.notFound("followup.survey.unknown", id));
        access.requireManager(actor, survey);
        return survey;
    }

    public boolean mayManage(Actor actor, Survey survey) {
        return access.mayManage(actor, survey);
    }

    /** Whether the actor may create surveys anywhere: staff somewhere, or an admin. */
    public boolean mayCreate(Actor actor) {
        return !access.managedRegions(actor).isEmpty();
    }

    /** Surveys of the regions the actor manages, newest first. */
    public List<SurveySummary> managedList(Actor actor, @Nullable SurveyStatus status, int page, int size) {
        int limit = Math.clamp(size, 1, 100);
        return store.list(new SurveyStore.Filter(access.managedRegions(actor), null, null, status, null),
                Math.max(page, 0) * limit, limit);
    }

    /** Published and closed surveys the actor was asked to answer, newest first. */
    public List<SurveySummary> forRespondent(Actor actor) {
        return store.list(new SurveyStore.Filter(null, actor.accountId(), access.residenceLineage(actor), null, null), 0, 100);
    }

    /** The published surveys following up a recommendation, and its drafts for those who manage them. */
    public List<SurveySummary> ofRecommendation(long recommendationId, @Nullable Actor viewer) {
        return store.list(new SurveyStore.Filter(null, null, null, null, recommendationId), 0, 100).stream()
                .filter(s -> s.status() != SurveyStatus.DRAFT || viewer != null && access.mayManage(viewer, s.regionCode()))
                .toList();
    }

    /** The link to share (on the notice board, in a WeChat group): the answer page. */
    public String link(long id) {
        return address.link("/surveys/" + id);
    }

    /** The QR code of the link, as SVG, for those who may see the survey. */
    public String qrCode(long id, Actor viewer) {
        get(id, viewer);
        return QrCodes.svg(link(id));
    }

    /** How many people were sent the survey. */
    public int invited(long id) {
        return invitations.count(id);
    }

    // ---- building -------------------------------------------------------------------------------

    /** A new draft, with questions if given. @throws DomainException INVALID, FORBIDDEN outside the actor's region */
    @Transactional
    public Survey create(SurveyDraft draft, List<QuestionDraft> questions, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        SurveyStore.Details details = checks.details(draft, actor, problems);
        List<List<String>> choices = checkedQuestions(questions, problems);
        DraftChecks.throwIfAny(problems);
        access.requireStaffIn(actor, details.regionCode());
        long id = store.insert(details, actor.accountId(), Rows.now(clock));
        for (int i = 0; i < questions.size(); i++) {
            store.insertQuestion(id, DraftChecks.cleaned(questions.get(i)), choices.get(i));
        }
        events.publishEvent(AuditRecord.of("followup.survey-created", actor.accountId(), "survey", id));
        return store.find(id).orElseThrow();
    }

    /** New details for a draft; with questions, they replace all of its questions (the API's PUT). */
    @Transactional
    public Survey update(long id, SurveyDraft draft, @Nullable List<QuestionDraft> questions, Actor actor) {
        Survey survey = draft(id, actor);
        List<FieldProblem> problems = new ArrayList<>();
        SurveyStore.Details details = checks.details(draft, actor, problems);
        List<List<String>> choices = questions == null ? List.of() : checkedQuestions(questions, problems);
        DraftChecks.throwIfAny(problems);
        access.requireStaffIn(actor, details.regionCode());
        store.saveDetails(survey.id(), details);
        if (questions != null) {
            survey.questions().forEach(q -> store.deleteQuestion(id, q.id()));
            for (int i = 0; i < questions.size(); i++) {
                store.insertQuestion(id, DraftChecks.cleaned(questions.get(i)), choices.get(i));
            }
        }
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Survey addQuestion(long id, QuestionDraft question, Actor actor) {
        Survey survey = draft(id, actor);
        checks.requireRoomFor(survey.questions().size() + 1);
        List<FieldProblem> problems = new ArrayList<>();
        List<String> choices = checks.question(question, "", problems);
        DraftChecks.throwIfAny(problems);
        store.insertQuestion(id, DraftChecks.cleaned(question), choices);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Survey changeQuestion(long id, long questionId, QuestionDraft question, Actor actor) {
        Survey survey = draft(id, actor);
        question(survey, questionId);
        List<FieldProblem> problems = new ArrayList<>();
        List<String> choices = checks.question(question, "", problems);
        DraftChecks.throwIfAny(problems);
        store.updateQuestion(questionId, DraftChecks.cleaned(question), choices);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Survey removeQuestion(long id, long questionId, Actor actor) {
        Survey survey = draft(id, actor);
        question(survey, questionId);
        store.deleteQuestion(id, questionId);
        return store.find(id).orElseThrow();
    }

    /** Moves a question up (negative) or down (positive) by some places; at the ends it stays. */
    @Transactional
    public Survey moveQuestion(long id, long questionId, int places, Actor actor) {
        Survey survey = draft(id, actor);
        Question question = question(survey, questionId);
        List<Long> order = new ArrayList<>(survey.questions().stream().map(Question::id).toList());
        int from = order.indexOf(question.id());
        int to = Math.clamp(from + (long) places, 0, order.size() - 1);
        order.add(to, order.remove(from));
        store.reorder(id, order);
        return store.find(id).orElseThrow();
    }

    // ---- publishing and closing -----------------------------------------------------------------

    /**
     * Publishes the draft: its questions are fixed, the people concerned are invited and told in their
     * inbox (and by the channels they chose), with the link to answer.
     *
     * @throws DomainException CONFLICT unless a draft, INVALID when it cannot be answered as it is
     */
    @Transactional
    public Survey publish(long id, Actor actor) {
        Survey survey = lock(id);
        access.requireManager(actor, survey);
        Survey published = survey.publish(Rows.now(clock));
        store.saveStatus(published);
        Set<Long> people = links.peopleConcerned(survey.recommendationId(), survey.consultationId(), survey.topicId());
        invitations.invite(id, people);
        if (!people.isEmpty()) {
            Notice notice = published.closesAt() == null
                    ? Notice.of(MessageKind.SURVEY, "followup.notice.survey.title", "followup.notice.survey.body", published.title())
                    : Notice.of(MessageKind.SURVEY, "followup.notice.survey.title", "followup.notice.survey.body-until",
                            published.title(), WHEN.format(published.closesAt()));
            notices.send(people, notice.linkingTo("/surveys/" + id));
        }
        events.publishEvent(new SurveyPublished(id, published.title(), published.regionCode(), published.recommendationId(),
                published.consultationId(), published.topicId(), List.copyOf(people)));
        events.publishEvent(AuditRecord.of("followup.survey-published", actor.accountId(), "survey", id)
                .with("invited", people.size()));
        return published;
    }

    /** No more answers; the results stay. @throws DomainException CONFLICT unless published */
    @Transactional
    public Survey close(long id, Actor actor) {
        Survey survey = lock(id);
        access.requireManager(actor, survey);
        Survey closed = survey.close(Rows.now(clock));
        store.saveStatus(closed);
        events.publishEvent(AuditRecord.of("followup.survey-closed", actor.accountId(), "survey", id));
        return closed;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Survey lock(long id) {
        return store.lock(id).orElseThrow(() -> DomainException.notFound("followup.survey.unknown", id));
    }

    private Survey draft(long id, Actor actor) {
        Survey survey = lock(id);
        access.requireManager(actor, survey);
        survey.requireDraft();
        return survey;
    }

    private static Question question(Survey survey, long questionId) {
        return survey.questions().stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> DomainException.notFound("followup.question.unknown", questionId));
    }

    private List<List<String>> checkedQuestions(List<QuestionDraft> questions, List<FieldProblem> problems) {
        checks.requireRoomFor(questions.size());
        List<List<String>> choices = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            choices.add(checks.question(questions.get(i), "questions[" + i + "].", problems));
        }
        return choices;
    }
}
