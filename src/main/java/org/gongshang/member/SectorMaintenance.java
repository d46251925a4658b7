package org.gongshang.member;

import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.SectorAggregate;
import org.gongshang.member.internal.SectorRepository;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's sector list (界别): it starts as the national CPPCC's list the first time the
 * committee needs one, and its staff add, rename, deactivate and reactivate sectors.
 */
@Service
public class SectorMaintenance {

    private final SectorRepository repository;
    private final MemberAccess access;
    private final MemberProperties properties;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SectorMaintenance(SectorRepository repository, MemberAccess access, MemberProperties properties, JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.access = access;
        this.properties = properties;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Gives the committee the default list unless it has one; two first registrations at once seed it once. */
    @Transactional
    public void ensureSeeded(long committeeId) {
        if (repository.existsByCommitteeId(committeeId)) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(7310013, cast(:committee as int))").param("committee", committeeId)
                .query().singleValue();
        if (repository.existsByCommitteeId(committeeId)) {
            return;
        }
        List<String> names = properties.defaultSectors();
        for (int i = 0; i < names.size(); i++) {
            repository.save(SectorAggregate.add(committeeId, names.get(i), i + 1));
        }
    }

    /** @throws DomainException INVALID for a bad name, CONFLICT when the committee has it already */
    @Transactional
    public Sector add(long committeeId, String name, Actor actor) {
        access.requireStaffOf(actor, committeeId);
        ensureSeeded(committeeId);
        SectorAggregate sector = SectorAggregate.add(committeeId, name, repository.lastPosition(committeeId) + 1);
        if (repository.findByCommitteeIdAndName(committeeId, sector.name()).isPresent()) {
            throw DomainException.invalidField("name", "member.sector.taken", sector.name());
        }
        SectorAggregate added = repository.save(sector);
        events.publishEvent(AuditRecord.of("member.sector-added", actor.accountId(), "member-sector", added.id())
                .with("name", added.name()));
        return added.view();
    }

    @Transactional
    public Sector rename(long sectorId, String name, Actor actor) {
        SectorAggregate sector = load(sectorId, actor);
        SectorAggregate renamed = sector.renamedTo(name);
        if (!renamed.name().equals(sector.name())
                && repository.findByCommitteeIdAndName(sector.committeeId(), renamed.name()).isPresent()) {
            throw DomainException.invalidField("name", "member.sector.taken", renamed.name());
        }
        SectorAggregate saved = repository.save(renamed);
        events.publishEvent(AuditRecord.of("member.sector-renamed", actor.accountId(), "member-sector", sectorId)
                .with("from", sector.name()).with("to", saved.name()));
        return saved.view();
    }

    /** A deactivated sector is no longer offered; members who have it keep it. */
    @Transactional
    public Sector setActive(long sectorId, boolean active, Actor actor) {
        SectorAggregate saved = repository.save(load(sectorId, actor).withActive(active));
        events.publishEvent(AuditRecord.of(active ? "member.sector-reactivated" : "member.sector-deactivated",
                actor.accountId(), "member-sector", sectorId));
        return saved.view();
    }

    private SectorAggregate load(long sectorId, Actor actor) {
        SectorAggregate sector = repository.findById(sectorId)
                .orElseThrow(() -> DomainException.notFound("member.sector.unknown", sectorId));
        access.requireStaffOf(actor, sector.committeeId());
        return sector;
    }
}
