package org.gongshang.followup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gongshang.followup.internal.RespondentKeys;
import org.gongshang.followup.internal.ResponseStore;
import org.gongshang.followup.internal.Rows;
import org.gongshang.followup.internal.SurveyAccess;
import org.gongshang.followup.internal.SurveyStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper questionnaires (纸质问卷): staff of the survey's region enter the answers of people who filled
 * in a paper sheet — at a return visit, a forum, a notice board — on their behalf (代录). The answers
 * are checked exactly as online ones, kept with the channel PAPER, who entered them and when, and
 * counted in the results together with the online answers and apart from them.
 */
@Service
public class PaperResponses {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final SurveyAccess access;
    private final RespondentKeys keys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaperResponses(SurveyStore surveys, ResponseStore responses, SurveyAccess access, RespondentKeys keys,
            ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.access = access;
        this.keys = keys;
        this.events = events;
        this.clock = clock;
    }

    /** The survey whose paper answers the actor enters. @throws DomainException as {@link #enter} for access */
    public Survey survey(long surveyId, Actor actor) {
        Survey survey = surveys.find(surveyId).orElseThrow(() -> DomainException.notFound("followup.survey.unknown", surveyId));
        access.requireManager(actor, survey);
        return survey;
    }

    /**
     * Enters one paper questionnaire. It may come in after the survey closed (sheets collected in time
     * are typed in later), not before it is published or opens.
     *
     * @throws DomainException NOT_FOUND for those who may not see the survey, FORBIDDEN for those who
     *     see it but are not staff of its region, CONFLICT before it opens or for a sheet number
     *     entered already, INVALID with a problem per question ({@code q<id>}) or of the sheet
     */
    @Transactional
    public SurveyResponse enter(long surveyId, PaperSheet sheet, List<Answer> answers, Actor actor) {
        Survey survey = surveys.lockShared(surveyId)
                .orElseThrow(() -> DomainException.notFound("followup.survey.unknown", surveyId));
        access.requireManager(actor, survey);
        Instant now = Rows.now(clock);
        switch (survey.availability(now)) {
            case DRAFT, NOT_YET_OPEN -> throw DomainException.conflict("followup.paper.not-open");
            case OPEN, CLOSED -> {
            }
        }
        LocalDate today = LocalDate.ofInstant(now, Zones.platform());
        List<Answer> kept = checked(survey, sheet, answers, today);
        SurveyResponse response = new SurveyResponse(UUID.randomUUID(), surveyId, null, sheet.respondentName(), null,
                sheet.filledOn() == null ? today : sheet.filledOn(), kept,
                new PaperEntry(actor.accountId(), now, sheet.sheetNumber()));
        if (!responses.insert(response, key(surveyId, sheet))) {
            throw DomainException.conflict("followup.paper.sheet-twice", sheet.sheetNumber());
        }
        // The record names who entered the sheet, never who filled it in: an anonymous sheet stays anonymous.
        events.publishEvent(AuditRecord.of("followup.paper-entered", actor.accountId(), "survey", surveyId)
                .with("response", response.id()).with("sheet", sheet.sheetNumber()));
        return response;
    }

    /** The answers as kept; the sheet's problems and the answers' come back together. */
    private static List<Answer> checked(Survey survey, PaperSheet sheet, List<Answer> answers, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>(sheet.problemsFor(survey, today));
        try {
            List<Answer> kept = survey.check(answers);
            if (problems.isEmpty()) {
                return kept;
            }
        } catch (DomainException invalid) {
            if (problems.isEmpty()) {
                throw invalid;
            }
            problems.addAll(invalid.fieldProblems());
        }
        throw DomainException.invalidFields(problems);
    }

    /** How many answers were entered from paper so far. */
    public int count(long surveyId) {
        return responses.countPaper(surveyId);
    }

    /** From the sheet's number, so that a sheet entered twice is refused; random for a sheet without one. */
    private byte[] key(long surveyId, PaperSheet sheet) {
        if (sheet.sheetNumber() != null) {
            return keys.ofPaper(surveyId, sheet.sheetNumber());
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return random;
    }
}
