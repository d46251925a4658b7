package org.gongshang.member.internal;

import java.util.Objects;

import org.gongshang.member.Sector;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A sector of a committee's list. Deactivated rather than deleted, since members keep theirs. */
@Table("member_sector")
public record SectorAggregate(@Id @Nullable Long id, long committeeId, String name, int position, boolean active,
        @Version @Nullable Long version) {

    public static SectorAggregate add(long committeeId, String name, int position) {
        return new SectorAggregate(null, committeeId, checked(name), position, true, null);
    }

    public SectorAggregate renamedTo(String newName) {
        return new SectorAggregate(id, committeeId, checked(newName), position, active, version);
    }

    public SectorAggregate withActive(boolean nowActive) {
        return new SectorAggregate(id, committeeId, name, position, nowActive, version);
    }

    public Sector view() {
        return new Sector(Objects.requireNonNull(id, "saved"), committeeId, name, position, active);
    }

    private static String checked(String name) {
        String stripped = name == null ? "" : name.replace("\u0000", "").strip();
        if (stripped.isEmpty() || stripped.length() > Sector.MAX_NAME) {
            throw DomainException.invalidField("name", "member.sector.name", Sector.MAX_NAME);
        }
        return stripped;
    }
}
