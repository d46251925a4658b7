package org.gongshang.outcome;

import java.util.List;
import java.util.Optional;

import org.gongshang.outcome.internal.DetailsAssembler;
import org.gongshang.outcome.internal.HandlingStore;
import org.gongshang.outcome.internal.HistoryStore;
import org.gongshang.outcome.internal.RatingStore;
import org.gongshang.outcome.internal.RecommendationStore;
import org.springframework.stereotype.Service;

/**
 * For the modules that measure outcome transfer (quality evaluation, statistics): the handling of a
 * recommendation regardless of who asks. They decide themselves what of it their viewers may see.
 */
@Service
public class HandlingRecords {

    private final RecommendationStore store;
    private final HistoryStore history;
    private final HandlingStore handling;
    private final RatingStore ratings;
    private final DetailsAssembler assembler;
    private final OutcomeProperties properties;

    HandlingRecords(RecommendationStore store, HistoryStore history, HandlingStore handling, RatingStore ratings,
            DetailsAssembler assembler, OutcomeProperties properties) {
        this.store = store;
        this.history = history;
        this.handling = handling;
        this.ratings = ratings;
        this.assembler = assembler;
        this.properties = properties;
    }

    public Optional<HandlingRecord> find(long recommendationId) {
        return store.find(recommendationId).map(this::record);
    }

    /** The recommendations made from a consultation, oldest first. */
    public List<HandlingRecord> ofConsultation(long consultationId) {
        return store.ofConsultation(consultationId).stream().map(this::record).toList();
    }

    private HandlingRecord record(Recommendation recommendation) {
        List<Reply> replies = handling.replies(recommendation.id());
        return new HandlingRecord(assembler.view(recommendation), history.of(recommendation.id()), replies,
                replies.stream().map(reply -> properties.grade(reply.grade()).map(ReplyGrade::kind).orElse(null)).toList(),
                ratings.rounds(recommendation.id()));
    }
}
