package org.gongshang.member.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Sectors as aggregates, for the use cases that change them; reads go through {@code Sectors}. */
public interface SectorRepository extends ListCrudRepository<SectorAggregate, Long> {

    List<SectorAggregate> findByCommitteeIdOrderByPosition(long committeeId);

    Optional<SectorAggregate> findByCommitteeIdAndName(long committeeId, String name);

    boolean existsByCommitteeId(long committeeId);

    @Query("select coalesce(max(position), 0) from member_sector where committee_id = :committeeId")
    int lastPosition(long committeeId);
}
