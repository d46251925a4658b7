package org.gongshang.member.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Residence reports as aggregates, for the use cases that change them. */
public interface ResidenceReportRepository extends ListCrudRepository<ResidenceReportAggregate, Long> {

    @Query("select * from member_residence_report where member_id = :memberId and status in ('REPORTED', 'CONFIRMED')")
    Optional<ResidenceReportAggregate> findOpen(long memberId);
}
