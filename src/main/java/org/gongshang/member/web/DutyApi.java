package org.gongshang.member.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.BelowMinimum;
import org.gongshang.member.DutyActivity;
import org.gongshang.member.DutyRecord;
import org.gongshang.member.DutyRecording;
import org.gongshang.member.DutyRecords;
import org.gongshang.member.DutyRecords.RankingQuery;
import org.gongshang.member.DutySummary;
import org.gongshang.member.Member;
import org.gongshang.member.Members;
import org.gongshang.member.NewDutyRecord;
import org.gongshang.member.PointRule;
import org.gongshang.member.PointRuleChange;
import org.gongshang.member.RankingRow;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.RuleBook;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Duty records and points", description = "履职记录、履职积分、排名、积分规则")
@Validated
class DutyApi {

    record YearJson(DutySummary summary, List<DutyRecord> records) {
    }

    record RankingJson(int total, List<RankingRow> rows) {
    }

    record RecordJson(@Nullable DutyActivity activity, @Nullable LocalDate occurredOn,
            @Size(max = 200, message = "{member.duty.title.size}") @Nullable String title,
            @Size(max = 4000, message = "{member.duty.evidence.size}") @Nullable String evidence) {
    }

    record RuleJson(@Nullable DutyActivity activity, @Nullable LocalDate effectiveFrom, @Nullable Integer points,
            @Nullable Integer yearlyCap, @Nullable Integer yearlyMinimum) {
    }

    record RecomputedJson(int recomputed) {
    }

    record NoteJson(@Size(max = 200, message = "{member.duty.note.size}") @Nullable String note) {
    }

    record CreatedJson(long id) {
    }

    private final Members members;
    private final DutyRecords records;
    private final DutyRecording recording;
    private final PointRuleChange ruleChange;
    private final RuleBook rules;
    private final MemberAccess access;
    private final Actors actors;
    private final Clock clock;

    DutyApi(Members members, DutyRecords records, DutyRecording recording, PointRuleChange ruleChange, RuleBook rules,
            MemberAccess access, Actors actors, Clock clock) {
        this.members = members;
        this.records = records;
        this.recording = recording;
        this.ruleChange = ruleChange;
        this.rules = rules;
        this.access = access;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/me/duties")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "The member's year: records, points by activity (capped) and what is missing against the minimums")
    YearJson mine(@RequestParam(required = false) @Nullable Integer year) {
        Member member = members.mine(actors.require()).orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        return year(member, year);
    }

    @GetMapping("/{id:\\d+}/duties")
    @Operation(summary = "A member's year, for staff of the committee's region and the member")
    YearJson ofMember(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year) {
        return year(members.get(id, actors.require()), year);
    }

    @PostMapping("/me/duties")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Add a record by hand (PROPOSAL, REPORT, OTHER) with evidence, for staff to approve")
    CreatedJson submit(@Valid @RequestBody RecordJson body) {
        return new CreatedJson(recording.submit(new NewDutyRecord(body.activity(), body.occurredOn(), body.title(), body.evidence()),
                actors.require()));
    }

    @PostMapping("/duties/{record:\\d+}/approve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    void approve(@PathVariable long record) {
        recording.approve(record, actors.require());
    }

    @PostMapping("/duties/{record:\\d+}/return")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    void giveBack(@PathVariable long record, @Valid @RequestBody NoteJson body) {
        recording.returnToMember(record, body.note(), actors.require());
    }

    @GetMapping("/rankings")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "A committee's ranking of the year by points, optionally of a sector or a station")
    RankingJson ranking(@RequestParam long committee, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long sector, @RequestParam(required = false) @Nullable Long station,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{member.page.invalid}") @Max(value = 100_000, message = "{member.page.invalid}") int page,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "{member.size.invalid}") @Max(value = 500, message = "{member.size.invalid}") int size) {
        access.requireStaffOf(actors.require(), committee);
        RankingQuery query = new RankingQuery(committee, year(year), sector, station, page * size, size);
        return new RankingJson(records.rankingSize(query), records.ranking(query));
    }

    @GetMapping("/below-minimum")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    List<BelowMinimum> belowMinimum(@RequestParam long committee, @RequestParam(required = false) @Nullable Integer year) {
        access.requireStaffOf(actors.require(), committee);
        return records.belowMinimum(committee, year(year));
    }

    @GetMapping("/rules")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "The point rules in force today, by activity (a rule without effectiveFrom is the configured default)")
    List<PointRule> rules(@RequestParam long committee) {
        access.requireStaffOf(actors.require(), committee);
        return List.copyOf(rules.inForce(committee, LocalDate.now(clock.withZone(Zones.platform()))).values());
    }

    @PutMapping("/rules")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Set a rule from an effective day of this year or later; records from that day are recomputed")
    RecomputedJson setRule(@RequestParam long committee, @RequestBody RuleJson body) {
        Actor actor = actors.require();
        return new RecomputedJson(ruleChange.set(committee, body.activity(), body.effectiveFrom(), body.points(), body.yearlyCap(),
                body.yearlyMinimum(), actor));
    }

    private YearJson year(Member member, @Nullable Integer year) {
        int which = year(year);
        return new YearJson(records.summary(member, which), records.ofMember(member.id(), which));
    }

    private int year(@Nullable Integer year) {
        return year == null ? LocalDate.now(clock.withZone(Zones.platform())).getYear() : Math.clamp(year, 2000, 2100);
    }
}
