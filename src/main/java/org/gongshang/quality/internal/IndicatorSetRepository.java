package org.gongshang.quality.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The indicator sets as aggregates, for the use cases that change them; reads go through {@code IndicatorSets}. */
public interface IndicatorSetRepository extends ListCrudRepository<IndicatorSetAggregate, Long> {

    Optional<IndicatorSetAggregate> findByOrganizationIdAndYear(long organizationId, int year);
}
