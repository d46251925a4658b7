package org.gongshang.member.internal;

import org.springframework.data.repository.ListCrudRepository;

/** The expert pool as aggregates, for the use cases that change it; reads go through {@code Experts}. */
public interface ExpertRepository extends ListCrudRepository<ExpertAggregate, Long> {
}
