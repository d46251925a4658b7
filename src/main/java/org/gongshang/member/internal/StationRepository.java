package org.gongshang.member.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Stations as aggregates, for the use cases that change them; reads go through {@code Stations}. */
public interface StationRepository extends ListCrudRepository<StationAggregate, Long> {

    Optional<StationAggregate> findByCommitteeIdAndName(long committeeId, String name);
}
