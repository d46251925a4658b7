package org.gongshang.member.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actors;
import org.gongshang.member.Expert;
import org.gongshang.member.ExpertDetails;
import org.gongshang.member.ExpertPool;
import org.gongshang.member.Experts;
import org.gongshang.member.MemberDetails;
import org.gongshang.member.MemberImport;
import org.gongshang.member.MemberImportReport;
import org.gongshang.member.MemberPosition;
import org.gongshang.member.MemberRegistration;
import org.gongshang.member.MemberSearch;
import org.gongshang.member.Members;
import org.gongshang.member.NewMember;
import org.gongshang.member.PublicProfiles;
import org.gongshang.member.RegisteredMember;
import org.gongshang.member.Sector;
import org.gongshang.member.Sectors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "委员档案、界别、专家库")
@Validated
class MemberApi {

    /** A profile as staff send it; the account part only when registering. */
    record MemberBodyJson(@Size(max = 40, message = "{member.username.size}") @Nullable String username,
            @Size(max = 30, message = "{member.real-name.size}") @Nullable String realName,
            @Size(max = 20, message = "{member.phone.size}") @Nullable String phone,
            @Size(max = 18, message = "{member.id-number.size}") @Nullable String idNumber,
            @Size(max = 100, message = "{member.email.size}") @Nullable String email,
            @Nullable Long committeeId,
            @Size(max = 20, message = "{member.term.size}") @Nullable String term,
            @Nullable Integer termStartYear, @Nullable Integer termEndYear,
            @Size(max = 40, message = "{member.sector.size}") @Nullable String sector,
            @Size(max = 60, message = "{member.special-committee.size}") @Nullable String specialCommittee,
            @Nullable MemberPosition position,
            @Size(max = 100, message = "{member.work-unit.size}") @Nullable String workUnit,
            @Size(max = 60, message = "{member.title.size}") @Nullable String title,
            @Size(max = 10, message = "{member.expertise.count}") @Nullable List<@Size(max = 20, message = "{member.expertise.tag-size}") String> expertise,
            @Nullable Boolean active) {

        MemberDetails details() {
            return new MemberDetails(committeeId, term, termStartYear, termEndYear, sector, specialCommittee, position, workUnit,
                    title, expertise == null ? List.of() : expertise);
        }
    }

    record RegisteredJson(MemberJson member, @Nullable String initialPassword) {
    }

    record ImportResultJson(int opened, int linked) {
    }

    record ExpertBodyJson(@NotNull(message = "{member.expert.name.required}") @Size(max = 30, message = "{member.expert.name.size}") String name,
            @Nullable List<@Size(max = 20, message = "{member.expertise.tag-size}") String> expertise,
            @Size(max = 100, message = "{member.work-unit.size}") @Nullable String workUnit,
            @Size(max = 60, message = "{member.title.size}") @Nullable String title,
            @Size(max = 20, message = "{member.phone.size}") @Nullable String phone,
            @Size(max = 40, message = "{member.username.size}") @Nullable String username) {
    }

    private final Members members;
    private final MemberRegistration registration;
    private final MemberImport memberImport;
    private final PublicProfiles profiles;
    private final Sectors sectors;
    private final Experts experts;
    private final ExpertPool pool;
    private final Actors actors;

    MemberApi(Members members, MemberRegistration registration, MemberImport memberImport, PublicProfiles profiles,
            Sectors sectors, Experts experts, ExpertPool pool, Actors actors) {
        this.members = members;
        this.registration = registration;
        this.memberImport = memberImport;
        this.profiles = profiles;
        this.sectors = sectors;
        this.experts = experts;
        this.pool = pool;
        this.actors = actors;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Members of the committees the caller works for",
            description = "region: members reporting to or assigned to a community in the region; q: part of a name, work unit or an expertise tag")
    List<MemberJson.Listed> list(@RequestParam(required = false) @Nullable Long committee,
            @RequestParam(required = false) @Nullable Long sector, @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable @Size(max = 60, message = "{member.search.size}") String q,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{member.page.invalid}") @Max(value = 100_000, message = "{member.page.invalid}") int page,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "{member.size.invalid}") @Max(value = 500, message = "{member.size.invalid}") int size) {
        return members.search(new MemberSearch(committee, sector, region, q, true), actors.require(), size, page * size).stream()
                .map(MemberJson.Listed::of).toList();
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "A member, for the committee's staff and the member")
    MemberJson member(@PathVariable long id) {
        return MemberJson.of(members.get(id, actors.require()));
    }

    @GetMapping("/{id:\\d+}/public")
    @Operation(summary = "A member's public profile: only what the member allows")
    MemberJson.Public publicProfile(@PathVariable long id) {
        return MemberJson.Public.of(profiles.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Register a member: an existing account by username, or a new one (its initial password is returned once)")
    RegisteredJson register(@Valid @RequestBody MemberBodyJson body) {
        RegisteredMember registered = registration.register(new NewMember(body.username() == null ? "" : body.username(),
                body.realName(), body.phone(), body.idNumber(), body.email(), body.details()), actors.require());
        return new RegisteredJson(MemberJson.of(registered.member()), registered.initialPassword());
    }

    @PutMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Change a member's profile; active false for a member who left, true to bring them back")
    MemberJson change(@PathVariable long id, @Valid @RequestBody MemberBodyJson body) {
        var actor = actors.require();
        var member = registration.change(id, body.details(), actor);
        if (body.active() != null && body.active() != member.active()) {
            member = registration.setActive(id, body.active(), actor);
        }
        return MemberJson.of(member);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Import a committee's members from CSV; all rows or none",
            description = "Header: username,realName,phone,idNumber,email,term,termStartYear,termEndYear,sector,specialCommittee,"
                    + "position,workUnit,title,expertise. A bad file answers 400 with one entry per bad row in errors, field rows[LINE].COLUMN.")
    ImportResultJson importCsv(@RequestParam long committee, @RequestPart("file") MultipartFile file) throws IOException {
        MemberImportReport report = memberImport.importCsv(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8),
                committee, actors.require());
        if (!report.applied()) {
            throw DomainException.invalidFields(report.problems().stream()
                    .map(p -> new FieldProblem("rows[" + p.line() + "]." + p.field(), p.messageKey(), p.args())).toList());
        }
        return new ImportResultJson(report.opened(), report.linked());
    }

    @GetMapping("/sectors")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "A committee's sectors (界别)")
    List<Sector> sectors(@RequestParam long committee) {
        return sectors.of(committee);
    }

    @GetMapping("/experts")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "A committee's expert pool (专家库), optionally by an expertise tag")
    List<Expert> experts(@RequestParam long committee, @RequestParam(required = false) @Nullable String tag) {
        return experts.of(committee, tag, actors.require());
    }

    @PostMapping("/experts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    Expert addExpert(@RequestParam long committee, @Valid @RequestBody ExpertBodyJson body) {
        return pool.add(committee, new ExpertDetails(body.name(), body.expertise(), body.workUnit(), body.title(), body.phone(),
                body.username()), actors.require());
    }
}
