package org.gongshang.deliberation.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.deliberation.GroupTallies;
import org.gongshang.deliberation.GroupTallies.StatementTotals;
import org.gongshang.deliberation.GroupTally;
import org.gongshang.deliberation.NewGroupTally;
import org.gongshang.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Show-of-hands votes at meetings, recorded by a facilitator as group tallies, apart from the participants' votes. */
@RestController
@RequestMapping("/api/v1/deliberations/{id}/group-tallies")
@Tag(name = "Deliberations")
class GroupTallyApi {

    private final GroupTallies tallies;
    private final Actors actors;

    GroupTallyApi(GroupTallies tallies, Actors actors) {
        this.tallies = tallies;
        this.actors = actors;
    }

    record TallyJson(@Nullable Long statementId, @Nullable String meeting, @Nullable LocalDate heldOn, @Nullable Integer agrees,
            @Nullable Integer disagrees, @Nullable Integer passes, @Nullable String note) {

        NewGroupTally tally() {
            return new NewGroupTally(statementId, meeting, heldOn, zero(agrees), zero(disagrees), zero(passes), note);
        }

        private static int zero(@Nullable Integer count) {
            return count == null ? 0 : count;
        }
    }

    @PostMapping
    @Operation(summary = "Record a show of hands on an accepted statement at a meeting (organisers)",
            description = "{\"statementId\":1,\"meeting\":\"凤凰山社区议事会\",\"heldOn\":\"2026-12-01\",\"agrees\":23,"
                    + "\"disagrees\":4,\"passes\":2,\"note\":\"…\"?}. A group's counts, not participants: never part of the "
                    + "opinion groups or consensus. Audited. 400 with field problems, 403 for non-organisers, 404 unknown, "
                    + "409 before the deliberation opens.")
    ResponseEntity<GroupTally> record(@PathVariable long id, @RequestBody TallyJson body) {
        return ResponseEntity.status(201).body(tallies.record(id, body.tally(), actors.require()));
    }

    @GetMapping
    @Operation(summary = "Every tally recorded, with the meeting and who recorded it (organisers)")
    List<GroupTally> list(@PathVariable long id) {
        return tallies.of(id, actors.require());
    }

    @GetMapping("/totals")
    @Operation(summary = "Show-of-hands counts per statement over all meetings, apart from the individual votes")
    List<StatementTotals> totals(@PathVariable long id) {
        actors.require();
        return tallies.totals(id);
    }
}
