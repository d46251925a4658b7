package org.gongshang.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gongshang.followup.FollowUpKind;
import org.gongshang.followup.NewFollowUp;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up form as typed: recommendation ids separated by spaces or commas, participants with an
 * account by login name, others one name per line.
 */
record FollowUpForm(@Nullable FollowUpKind kind, @Nullable String happenedOn, @Nullable String place,
        @Nullable String findings, @Nullable String recommendationIds, @Nullable Long consultationId,
        @Nullable Long topicId, @Nullable Long surveyId, @Nullable String regionCode,
        @Nullable String participantUsernames, @Nullable String otherParticipants) {

    static final String[] FIELDS = {"kind", "happenedOn", "place", "findings", "recommendationIds", "consultationId",
            "topicId", "surveyId", "regionCode", "participantAccountIds", "otherParticipants", "photos"};

    static FollowUpForm start(@Nullable Long recommendationId, @Nullable Long surveyId, LocalDate today) {
        return new FollowUpForm(surveyId == null ? null : FollowUpKind.SURVEY, today.toString(), null, null,
                recommendationId == null ? null : String.valueOf(recommendationId), null, null, surveyId, null, null, null);
    }

    /** @throws DomainException INVALID for a login name nobody has */
    NewFollowUp request(Accounts accounts) {
        List<Long> participants = new ArrayList<>();
        for (String username : words(participantUsernames)) {
            participants.add(accounts.findByUsername(username).map(AccountView::id)
                    .orElseThrow(() -> DomainException.invalidField("participantAccountIds", "followup.record.username-unknown", username)));
        }
        List<Long> recommendations = words(recommendationIds).stream().map(FollowUpForm::number).toList();
        List<String> others = otherParticipants == null ? List.of() : Arrays.stream(otherParticipants.split("\\R")).toList();
        return new NewFollowUp(kind, regionCode, date(happenedOn), place, findings, recommendations, consultationId, topicId,
                surveyId, participants, others);
    }

    private static List<String> words(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,，、;；]+")).filter(w -> !w.isBlank()).toList();
    }

    private static long number(String word) {
        try {
            return Long.parseLong(word.replace("#", ""));
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
