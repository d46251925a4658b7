package org.gongshang.commonproblem.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.commonproblem.ClusterEscalated;
import org.gongshang.commonproblem.ClusterEscalation;
import org.gongshang.commonproblem.Escalation;
import org.gongshang.commonproblem.ProblemCluster;
import org.gongshang.commonproblem.ProblemClusters;
import org.gongshang.commonproblem.ProblemSource;
import org.gongshang.commonproblem.ProblemSources;
import org.gongshang.identity.Actors;
import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/common-problems/clusters")
@Tag(name = "Common problems found", description = "共性问题发现: groups of similar topics across communities, raised as one CPPCC topic")
class ProblemClusterApi {

    /** A group with its sources, as the caller counts them. */
    record ClusterJson(ProblemCluster cluster, List<ProblemSource> sources) {
    }

    /** @param category ECONOMY, POLITICS, CULTURE, SOCIETY or ECOLOGY */
    record EscalationJson(@Nullable String title, @Nullable String description, @Nullable TopicCategory category,
            @Nullable String regionCode) {
    }

    private final ProblemClusters clusters;
    private final ClusterEscalation escalation;
    private final ProblemSources sources;
    private final Actors actors;

    ProblemClusterApi(ProblemClusters clusters, ClusterEscalation escalation, ProblemSources sources, Actors actors) {
        this.clusters = clusters;
        this.escalation = escalation;
        this.sources = sources;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "Groups spanning enough communities or supporters in the period, within the caller's regions",
            description = "Staff only (403 otherwise, and for a district outside theirs); 400 for a code that is no district.")
    List<ProblemCluster> common(@RequestParam(required = false) @Nullable String district) {
        return clusters.common(actors.require(), district == null || district.isBlank() ? null : district.strip());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One group with its sources in the caller's regions", description = "404 when none of it is theirs.")
    ClusterJson cluster(@PathVariable long id) {
        var viewer = actors.require();
        List<ProblemSource> found = clusters.sources(id, viewer);
        return new ClusterJson(clusters.get(id, viewer), found);
    }

    @PostMapping("/{id}/escalation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise the group as one CPPCC topic linking every source in the region",
            description = "409 when it was raised already; 403 outside the caller's region.")
    ClusterEscalated escalate(@PathVariable long id, @RequestBody EscalationJson body) {
        return escalation.escalate(id, new Escalation(body.title(), body.description(), body.category(), body.regionCode()),
                actors.require());
    }

    @PostMapping("/regrouping")
    @Operation(summary = "Administrators: group every text of the period again (after a change of threshold)")
    ProblemSources.Pass regroup() {
        return sources.regroup(actors.require());
    }
}
