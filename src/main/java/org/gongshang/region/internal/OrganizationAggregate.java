package org.gongshang.region.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationDetails;
import org.gongshang.region.OrganizationType;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation as it is kept. Its own rules (a name, a type, not its own parent) are checked
 * here; those that need other organisations or the division tree (the name taken in the region,
 * a parent below it) by {@code OrganizationRegistration}, which hands them in.
 */
@Table("organization")
public record OrganizationAggregate(@Id @Nullable Long id, String name, OrganizationType type, String regionCode,
        @Nullable Long parentId, boolean active, @Version @Nullable Long version) {

    public static final int MAX_NAME = 100;

    /** @param surroundingProblems what the registration found about the region, the name and the parent */
    public static OrganizationAggregate register(OrganizationDetails details, List<FieldProblem> surroundingProblems) {
        refuseIfAny(problemsOf(details, null), surroundingProblems);
        return new OrganizationAggregate(null, details.name(), details.type(), details.regionCode(), details.parentId(),
                true, null);
    }

    public OrganizationAggregate changedTo(OrganizationDetails details, List<FieldProblem> surroundingProblems) {
        refuseIfAny(problemsOf(details, id), surroundingProblems);
        return new OrganizationAggregate(id, details.name(), details.type(), details.regionCode(), details.parentId(),
                active, version);
    }

    public OrganizationAggregate deactivated() {
        return new OrganizationAggregate(id, name, type, regionCode, parentId, false, version);
    }

    public OrganizationAggregate reactivated() {
        return new OrganizationAggregate(id, name, type, regionCode, parentId, true, version);
    }

    /** Of a saved organisation, which has its id. */
    public Organization view() {
        return new Organization(Objects.requireNonNull(id, "saved"), name, type, regionCode, parentId, active);
    }

    private static List<FieldProblem> problemsOf(OrganizationDetails details, @Nullable Long self) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.name().isBlank() || details.name().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "organization.name.invalid", MAX_NAME));
        }
        if (details.type() == null) {
            problems.add(new FieldProblem("type", "organization.type.required"));
        }
        if (self != null && self.equals(details.parentId())) {
            problems.add(new FieldProblem("parentId", "organization.parent.unknown", self));
        }
        return problems;
    }

    /** Problems come in the order of the form's fields, as before the split. */
    private static void refuseIfAny(List<FieldProblem> own, List<FieldProblem> others) {
        if (own.isEmpty() && others.isEmpty()) {
            return;
        }
        List<FieldProblem> all = new ArrayList<>(own);
        all.addAll(others);
        throw DomainException.invalidFields(all);
    }
}
