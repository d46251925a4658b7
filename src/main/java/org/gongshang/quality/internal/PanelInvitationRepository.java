package org.gongshang.quality.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The panel's invitations and answers. */
public interface PanelInvitationRepository extends ListCrudRepository<PanelInvitationAggregate, Long> {

    List<PanelInvitationAggregate> findByConsultationIdOrderById(long consultationId);

    Optional<PanelInvitationAggregate> findByConsultationIdAndAccountId(long consultationId, long accountId);

    List<PanelInvitationAggregate> findByAccountIdOrderByIdDesc(long accountId);
}
