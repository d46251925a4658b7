package org.gongshang.region.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.gongshang.region.NewRegion;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A region in the division tree, as it is kept: with its materialised path ({@code /511700/511702/})
 * so that "this region and everything below" is one indexed prefix query. Each change checks its
 * rule and returns the new state; {@link RegionRepository} stores it.
 */
@Table("region")
public record RegionAggregate(@Id String code, String name, RegionLevel level, @Nullable String parentCode,
        String path, boolean active, @Version @Nullable Long version) {

    /**
     * What makes a new region well-formed in the tree: code format, name, level order and code prefix.
     *
     * @param parentOf finds an existing (or, during an import, an earlier) region by code
     * @return the problems, empty when the region may be added
     */
    public static List<FieldProblem> problemsOf(NewRegion region, Function<String, @Nullable Region> parentOf) {
        List<FieldProblem> problems = new ArrayList<>();
        RegionLevel level = region.level();
        if (!region.code().matches("[0-9]{" + level.codeLength() + "}")) {
            problems.add(new FieldProblem("code", "region.code.format", level.codeLength()));
        }
        nameProblem(region.name()).ifPresent(problems::add);
        String parentCode = region.parentCode();
        if (parentCode == null) {
            if (level != RegionLevel.CITY) {
                problems.add(new FieldProblem("parentCode", "region.parent.required"));
            }
            return problems;
        }
        Region parent = parentOf.apply(parentCode);
        if (parent == null) {
            problems.add(new FieldProblem("parentCode", "region.parent.unknown", parentCode));
            return problems;
        }
        if (parent.level().below().filter(level::equals).isEmpty()) {
            problems.add(new FieldProblem("level", "region.level.order", parent.level().below().map(Enum::name).orElse("-")));
        }
        int shared = level.prefixSharedWithParent();
        if (problems.isEmpty() && !region.code().regionMatches(0, parent.code(), 0, shared)) {
            problems.add(new FieldProblem("code", "region.code.prefix", parent.code().substring(0, shared)));
        }
        return problems;
    }

    /**
     * A new, active region below {@code parent} (none for a city).
     *
     * @throws DomainException INVALID with a problem per field when it does not fit there
     */
    public static RegionAggregate add(NewRegion region, @Nullable RegionAggregate parent) {
        List<FieldProblem> problems = problemsOf(region,
                code -> parent != null && parent.code().equals(code) ? parent.view() : null);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        String path = (parent == null ? "/" : parent.path()) + region.code() + "/";
        return new RegionAggregate(region.code(), region.name(), region.level(), region.parentCode(), path, true, null);
    }

    public RegionAggregate renamedTo(String newName) {
        String name = newName.strip();
        nameProblem(name).ifPresent(problem -> {
            throw DomainException.invalidFields(List.of(problem));
        });
        return new RegionAggregate(code, name, level, parentCode, path, active, version);
    }

    /** The regions below follow it: see {@link RegionRepository#deactivateBelow}. */
    public RegionAggregate deactivated() {
        return new RegionAggregate(code, name, level, parentCode, path, false, version);
    }

    /** Only while the parent is active, so that no active region hangs below an inactive one. */
    public RegionAggregate reactivatedBelow(@Nullable RegionAggregate parent) {
        if (parent != null && !parent.active()) {
            throw DomainException.conflict("region.parent.inactive", parent.code());
        }
        return new RegionAggregate(code, name, level, parentCode, path, true, version);
    }

    public Region view() {
        return new Region(code, name, level, parentCode, active);
    }

    /** A name is required and at most {@link Region#MAX_NAME} characters long. */
    public static Optional<FieldProblem> nameProblem(String name) {
        return name.isBlank() || name.length() > Region.MAX_NAME
                ? Optional.of(new FieldProblem("name", "region.name.invalid", Region.MAX_NAME))
                : Optional.empty();
    }
}
