package org.gongshang.quality.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Evaluations as aggregates, for the use cases that change them; reads go through {@code Evaluations}. */
public interface EvaluationRepository extends ListCrudRepository<EvaluationAggregate, Long> {

    @Query("select consultation_id from quality_evaluation where status = 'OPEN' order by consultation_id")
    List<Long> openIds();

    @Query("select consultation_id from quality_evaluation where status = 'OPEN' and indicator_set_id = :setId")
    List<Long> openIdsOfSet(long setId);
}
