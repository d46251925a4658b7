package org.gongshang.emergency.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Emergencies as aggregates, for the use cases that change them; reads go through {@code Emergencies}. */
public interface EmergencyRepository extends ListCrudRepository<EmergencyAggregate, Long> {

    /** Reads the event and locks its row until the transaction ends: acts and the timer job on one event take turns. */
    @Query("select * from emergency where id = :id for update")
    Optional<EmergencyAggregate> lock(long id);
}
