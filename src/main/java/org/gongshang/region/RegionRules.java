package org.gongshang.region;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;

/** What makes a new region well-formed in the tree: code format, level order and code prefix. */
final class RegionRules {

    static final int MAX_NAME = 60;

    private RegionRules() {
    }

    /**
     * @param parentOf finds an existing (or, during an import, an earlier) region by code
     * @return the problems, empty when the region may be added
     */
    static List<FieldProblem> check(Region region, Function<String, @Nullable Region> parentOf) {
        List<FieldProblem> problems = new ArrayList<>();
        RegionLevel level = region.level();
        if (!region.code().matches("[0-9]{" + level.codeLength() + "}")) {
            problems.add(new FieldProblem("code", "region.code.format", level.codeLength()));
        }
        if (region.name().isBlank() || region.name().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "region.name.invalid", MAX_NAME));
        }
        String parentCode = region.parentCode();
        if (parentCode == null || parentCode.isBlank()) {
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
}
