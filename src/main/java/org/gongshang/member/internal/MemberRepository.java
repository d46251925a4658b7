package org.gongshang.member.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Member profiles as aggregates, for the use cases that change them; reads go through {@code Members}. */
public interface MemberRepository extends ListCrudRepository<MemberAggregate, Long> {

    Optional<MemberAggregate> findByAccountIdAndCommitteeId(long accountId, long committeeId);

    List<MemberAggregate> findByAccountId(long accountId);
}
