package org.gongshang.member.internal;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Shift swaps as aggregates. */
public interface SwapRepository extends ListCrudRepository<SwapAggregate, Long> {

    @Query("select exists (select 1 from member_shift_swap where duty_id = :dutyId and status = 'REQUESTED')")
    boolean isRequested(long dutyId);
}
