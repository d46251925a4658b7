package org.gongshang.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongshang.followup.internal.ResponseStore;
import org.gongshang.followup.internal.RespondentKeys;
import org.gongshang.followup.internal.Rows;
import org.gongshang.followup.internal.SurveyAccess;
import org.gongshang.followup.internal.SurveyStore;
import org.gongshang.followup.internal.SurveyWorkbook;
import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering questionnaires, once per person, and what staff see of the answers: the raw responses,
 * the results, the Excel workbook. In an anonymous survey a response keeps neither the account nor
 * the name nor the time of day; a keyed hash of survey and account is what finds a second answer.
 */
@Service
public class SurveyResponses {

    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final SurveyAccess access;
    private final RespondentKeys keys;
    private final SurveyWorkbook workbook;
    private final Clock clock;

    SurveyResponses(SurveyStore surveys, ResponseStore responses, SurveyAccess access, RespondentKeys keys,
            SurveyWorkbook workbook, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.access = access;
        this.keys = keys;
        this.workbook = workbook;
        this.clock = clock;
    }

    /** The answer page's view. @throws DomainException NOT_FOUND for those who may not see the survey */
    public AnswerSheet sheet(long surveyId, Actor actor) {
        Survey survey = find(surveyId);
        access.requireView(actor, survey);
        return new AnswerSheet(survey, survey.availability(clock.instant()), access.isAsked(actor, survey),
                responses.exists(surveyId, keys.of(surveyId, actor.accountId())), access.mayManage(actor, survey));
    }

    /**
     * One person's answers.
     *
     * @throws DomainException NOT_FOUND for those who may not see the survey, FORBIDDEN for staff who
     *     were not asked, CONFLICT when it does not take answers (draft, not yet open, closed) or for a
     *     second answer, INVALID with a problem per question ({@code q<id>})
     */
    @Transactional
    public SurveyResponse answer(long surveyId, List<Answer> answers, Actor actor) {
        Survey survey = surveys.lockShared(surveyId)
                .orElseThrow(() -> DomainException.notFound("followup.survey.unknown", surveyId));
        access.requireView(actor, survey);
        if (!access.isAsked(actor, survey)) {
            throw DomainException.forbidden("followup.answer.not-asked");
        }
        Instant now = Rows.now(clock);
        switch (survey.availability(now)) {
            case DRAFT, NOT_YET_OPEN -> throw DomainException.conflict("followup.answer.not-open");
            case CLOSED -> throw DomainException.conflict("followup.answer.closed");
            case OPEN -> {
            }
        }
        byte[] key = keys.of(surveyId, actor.accountId());
        if (responses.exists(surveyId, key)) {
            throw DomainException.conflict("followup.answer.already");
        }
        List<Answer> kept = survey.check(answers);
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.ofInstant(now, Zones.platform());
        Long account = survey.anonymous() ? null : actor.accountId();
        String name = survey.anonymous() ? null : actor.realName();
        Instant at = survey.anonymous() ? null : now;
        if (!responses.insert(id, surveyId, key, account, name, at, day, kept)) {
            throw DomainException.conflict("followup.answer.already");
        }
        // No audit record: with its time and account it would undo the anonymity of the answer.
        return new SurveyResponse(id, surveyId, account, name, at, day, kept);
    }

    /** Every response, for staff of the region; anonymous ones name nobody. */
    public List<SurveyResponse> responses(long surveyId, Actor actor) {
        access.requireManager(actor, find(surveyId));
        return responses.of(surveyId);
    }

    public SurveyResults results(long surveyId, Actor actor) {
        return results(surveyId, actor, null);
    }

    /** The results of online or paper answers apart, or of both together when {@code channel} is null. */
    public SurveyResults results(long surveyId, Actor actor, @Nullable ResponseChannel channel) {
        Survey survey = find(surveyId);
        access.requireManager(actor, survey);
        return SurveyResults.of(survey, responses.of(surveyId), channel);
    }

    /** The results as an Excel workbook: a summary sheet and a sheet of the raw answers. */
    public SurveyExport export(long surveyId, Actor actor) {
        Survey survey = find(surveyId);
        access.requireManager(actor, survey);
        List<SurveyResponse> all = responses.of(surveyId);
        return new SurveyExport("问卷结果-" + surveyId + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook.write(survey, SurveyResults.of(survey, all), all));
    }

    /** Whether the actor answered the survey (for lists). */
    public boolean hasAnswered(long surveyId, Actor actor) {
        return responses.exists(surveyId, keys.of(surveyId, actor.accountId()));
    }

    public int count(long surveyId) {
        return responses.count(surveyId);
    }

    private Survey find(long surveyId) {
        return surveys.find(surveyId).orElseThrow(() -> DomainException.notFound("followup.survey.unknown", surveyId));
    }
}
