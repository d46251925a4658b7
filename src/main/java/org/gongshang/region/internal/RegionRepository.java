package org.gongshang.region.internal;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The regions as aggregates, for the use cases that change them; reads go through {@code Regions}. */
public interface RegionRepository extends ListCrudRepository<RegionAggregate, String> {

    /** Deactivating a region deactivates everything below it, whatever its own state. */
    @Modifying
    @Query("update region set active = false, version = version + 1 where path like :path || '%' and path <> :path and active")
    void deactivateBelow(String path);
}
