package org.gongshang.deliberation.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongshang.deliberation.DeliberationView;
import org.gongshang.deliberation.SimilarStatement;
import org.gongshang.deliberation.StatementView;
import org.jspecify.annotations.Nullable;

/** Deliberations and statements in the JSON API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeliberationJson(long id, String question, String description, String regionCode, @Nullable Long topicId,
        @Nullable Long consultationId, String moderation, Instant opensAt, Instant closesAt, String status,
        int statements, int participants, long votes) {

    static DeliberationJson of(DeliberationView d) {
        return new DeliberationJson(d.id(), d.question(), d.description(), d.regionCode(), d.topicId(), d.consultationId(),
                d.moderation().name(), d.opensAt(), d.closesAt(), d.status().name(), d.statements(), d.participants(),
                d.votes());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Statement(long id, String text, String status, boolean held, boolean seed, @Nullable Long externalId,
            Instant createdAt) {
        static Statement of(StatementView s) {
            return new Statement(s.id(), s.text(), s.status().name(), s.held(), s.seed(), s.externalId(), s.createdAt());
        }
    }

    record Similar(long id, String text, double similarity) {
        static Similar of(SimilarStatement s) {
            return new Similar(s.id(), s.text(), s.similarity());
        }
    }

    /** The answer to a statement that resembles existing ones: add it again with {@code confirmed: true}. */
    record SimilarFound(String title, int status, List<Similar> similar) {
    }
}
