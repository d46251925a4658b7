package org.gongshang.member.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.member.Assignment;
import org.gongshang.member.Assignments;
import org.gongshang.member.CommunityAssignment;
import org.gongshang.member.Coverage;
import org.gongshang.member.MemberCoverage;
import org.gongshang.member.Members;
import org.gongshang.member.PresentMember;
import org.gongshang.member.ResidenceReport;
import org.gongshang.member.ResidenceReporting;
import org.gongshang.member.ResidenceReports;
import org.gongshang.member.internal.MemberAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members in the communities", description = "到居住地报到、入驻、委员覆盖")
class PresenceApi {

    record ReportJson(@Size(max = 12, message = "{member.community.size}") @Nullable String communityCode) {
    }

    record DeclineJson(@Size(max = 200, message = "{member.report.reason.size}") @Nullable String reason) {
    }

    record AssignmentJson(@Size(max = 12, message = "{member.community.size}") @Nullable String communityCode,
            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
            @Size(max = 200, message = "{member.assignment.note.size}") @Nullable String note) {
    }

    record CreatedJson(long id) {
    }

    private final ResidenceReporting reporting;
    private final ResidenceReports reports;
    private final Assignments assignments;
    private final CommunityAssignment assigning;
    private final MemberCoverage coverage;
    private final Members members;
    private final MemberAccess access;
    private final Actors actors;

    PresenceApi(ResidenceReporting reporting, ResidenceReports reports, Assignments assignments, CommunityAssignment assigning,
            MemberCoverage coverage, Members members, MemberAccess access, Actors actors) {
        this.reporting = reporting;
        this.reports = reports;
        this.assignments = assignments;
        this.assigning = assigning;
        this.coverage = coverage;
        this.members = members;
        this.access = access;
        this.actors = actors;
    }

    @GetMapping("/coverage")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Coverage of communities and villages by members reporting or assigned, per district of a city or for a district")
    Coverage coverage(@RequestParam String region) {
        return coverage.of(region, actors.require());
    }

    @GetMapping("/present")
    @PreAuthorize("hasAnyRole('STAFF', 'CADRE', 'ADMIN')")
    @Operation(summary = "Members present in a community: reporting, assigned, or at a station covering it")
    List<PresentMember> present(@RequestParam String community) {
        access.requireIn(actors.require(), community, Role.STAFF, Role.CADRE);
        return members.presentIn(community);
    }

    @PostMapping("/me/residence-report")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Report to the community the member lives in (the account's residence when no community is given)")
    CreatedJson report(@Valid @RequestBody ReportJson body) {
        return new CreatedJson(reporting.report(body.communityCode(), actors.require()));
    }

    @DeleteMapping("/me/residence-report")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('MEMBER')")
    void withdraw() {
        reporting.withdraw(actors.require());
    }

    @GetMapping("/me/residence-reports")
    @PreAuthorize("hasRole('MEMBER')")
    List<ResidenceReport> myReports() {
        return members.mine(actors.require()).map(m -> reports.ofMember(m.id())).orElse(List.of());
    }

    @GetMapping("/residence-reports")
    @PreAuthorize("hasAnyRole('CADRE', 'ADMIN')")
    @Operation(summary = "For cadres: reports waiting in their communities, then those decided lately")
    List<ResidenceReport> forCadre() {
        return reports.forCadre(actors.require());
    }

    @PostMapping("/residence-reports/{id:\\d+}/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@PathVariable long id) {
        reporting.confirm(id, actors.require());
    }

    @PostMapping("/residence-reports/{id:\\d+}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@PathVariable long id, @Valid @RequestBody DeclineJson body) {
        reporting.decline(id, body.reason(), actors.require());
    }

    @GetMapping("/{id:\\d+}/assignments")
    List<Assignment> assignments(@PathVariable long id) {
        members.get(id, actors.require());
        return assignments.ofMember(id);
    }

    @PostMapping("/{id:\\d+}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Assign the member to a community or village for a period (入驻)")
    CreatedJson assign(@PathVariable long id, @Valid @RequestBody AssignmentJson body) {
        Actor actor = actors.require();
        return new CreatedJson(assigning.assign(id, body.communityCode(), body.startsOn(), body.endsOn(), body.note(), actor));
    }

    @PostMapping("/assignments/{assignment:\\d+}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    void end(@PathVariable long assignment) {
        assigning.end(assignment, actors.require());
    }
}
