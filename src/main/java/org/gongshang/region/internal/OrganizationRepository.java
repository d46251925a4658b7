package org.gongshang.region.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The organisations as aggregates, for the use cases that change them; reads go through {@code Organizations}. */
public interface OrganizationRepository extends ListCrudRepository<OrganizationAggregate, Long> {

    Optional<OrganizationAggregate> findByNameAndRegionCode(String name, String regionCode);
}
