package org.gongshang.member.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Stations' reception schedules, one per station. */
public interface ScheduleRepository extends ListCrudRepository<ScheduleAggregate, Long> {
}
