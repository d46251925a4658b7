package org.gongshang.member.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Reception records as aggregates. */
public interface ReceptionRepository extends ListCrudRepository<ReceptionAggregate, Long> {

    List<ReceptionAggregate> findByTopicId(long topicId);
}
