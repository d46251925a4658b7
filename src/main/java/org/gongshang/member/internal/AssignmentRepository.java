package org.gongshang.member.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Assignments as aggregates, for the use cases that change them. */
public interface AssignmentRepository extends ListCrudRepository<AssignmentAggregate, Long> {
}
