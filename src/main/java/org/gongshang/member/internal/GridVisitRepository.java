package org.gongshang.member.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Grid visits as aggregates. */
public interface GridVisitRepository extends ListCrudRepository<GridVisitAggregate, Long> {
}
