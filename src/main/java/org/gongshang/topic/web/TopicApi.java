package org.gongshang.topic.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.CoSigns;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.Routings;
import org.gongshang.topic.RoutingLevel;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.SimilarTopics;
import org.gongshang.topic.TopicAccess;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicImages;
import org.gongshang.topic.TopicPage;
import org.gongshang.topic.TopicQuery;
import org.gongshang.topic.TopicSource;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicSubmissions;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/topics")
@Tag(name = "Topics", description = "议题征集、附议、遴选与衔接 topics: collection, co-signing, screening, routing")
class TopicApi {

    private final Topics topics;
    private final TopicSubmissions submissions;
    private final CoSigns coSigns;
    private final Screenings screenings;
    private final Routings routings;
    private final SimilarTopics similar;
    private final TopicImages images;
    private final TopicAccess access;
    private final Actors actors;

    TopicApi(Topics topics, TopicSubmissions submissions, CoSigns coSigns, Screenings screenings, Routings routings,
            SimilarTopics similar, TopicImages images, TopicAccess access, Actors actors) {
        this.topics = topics;
        this.submissions = submissions;
        this.coSigns = coSigns;
        this.screenings = screenings;
        this.routings = routings;
        this.similar = similar;
        this.images = images;
        this.access = access;
        this.actors = actors;
    }

    record NewTopicRequest(@Nullable String title, @Nullable String description, @Nullable TopicCategory category,
            @Nullable String regionCode, @Nullable List<String> tags, @Nullable Long campaignId,
            @Nullable String offlineName, @Nullable String offlinePhone) {

        NewTopic toNewTopic() {
            return new NewTopic(title, description, category, regionCode, tags, campaignId, offlineName, offlinePhone);
        }

        @Override
        public String toString() {
            return "NewTopicRequest[" + title + "]";
        }
    }

    @PostMapping
    @Operation(summary = "Submit a topic; the source follows from the submitter's role. The answer lists similar topics.")
    ResponseEntity<TopicJson> submit(@RequestBody NewTopicRequest body) {
        Actor actor = actors.require();
        TopicView topic = submissions.submit(body.toNewTopic(), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(topic, Optional.of(actor)));
    }

    @GetMapping
    @Operation(summary = "Public topics; q is Chinese full text (smartcn words in a PostgreSQL tsvector)")
    Map<String, Object> list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable TopicStatus status, @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable TopicCategory category,
            @RequestParam(required = false) @Nullable TopicSource source, @RequestParam(required = false) @Nullable Long campaign,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TopicPage found = topics.search(new TopicQuery(q, status, region, category, source, campaign, page, size));
        return Map.of("items", found.items().stream().map(TopicJson::brief).toList(), "total", found.total(),
                "page", found.page(), "size", found.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A topic with similar topics (best first); screeners also get pre-flags and representativeness")
    TopicJson get(@PathVariable long id) {
        Optional<Actor> viewer = actors.current();
        return detail(topics.read(id, viewer), viewer);
    }

    @GetMapping("/similar")
    @Operation(summary = "Topics similar to a title being typed (and a description), best first")
    List<TopicJson.Similar> similarTo(@RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description) {
        return similar.forText(title, description, actors.current()).stream().map(TopicJson.Similar::of).toList();
    }

    @GetMapping("/declined-by-reason")
    @Operation(summary = "Transparency: how many topics were declined for each reason")
    Map<DeclineReason, Long> declinedByReason(@RequestParam(required = false) @Nullable String region) {
        return topics.declinedByReason(region);
    }

    @GetMapping("/screening-queue")
    @Operation(summary = "Topics waiting for the caller's screening, oldest first")
    List<TopicJson> queue() {
        Actor actor = actors.require();
        return screenings.queue(actor).stream()
                .map(t -> TopicJson.of(t, true, screenings.preflagsOf(t), null, null, null, null)).toList();
    }

    @PostMapping("/{id}/cosign")
    @Operation(summary = "Co-sign (附议); signing again changes nothing")
    TopicJson cosign(@PathVariable long id) {
        Actor actor = actors.require();
        return detail(coSigns.cosign(id, actor), Optional.of(actor));
    }

    @DeleteMapping("/{id}/cosign")
    @Operation(summary = "Withdraw one's co-sign while the topic is open")
    TopicJson withdraw(@PathVariable long id) {
        Actor actor = actors.require();
        return detail(coSigns.withdraw(id, actor), Optional.of(actor));
    }

    record ScreeningRequest(org.gongshang.topic.@Nullable Decision decision, @Nullable DeclineReason reason,
            @Nullable String note, @Nullable Long mergeInto) {
    }

    @PostMapping("/{id}/screening")
    @Operation(summary = "Accept, or decline with a reason and a note; DUPLICATE merges into mergeInto")
    TopicJson screen(@PathVariable long id, @RequestBody ScreeningRequest body) {
        Actor actor = actors.require();
        TopicView topic = screenings.decide(id, new ScreeningDecision(body.decision(), body.reason(), body.note(),
                body.mergeInto()), actor);
        return detail(topic, Optional.of(actor));
    }

    record MergeRequest(@Nullable Long into, @Nullable String note) {
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge a duplicate (open or accepted) into another topic, with the union of supporters")
    TopicJson merge(@PathVariable long id, @RequestBody MergeRequest body) {
        Actor actor = actors.require();
        if (body.into() == null) {
            throw DomainException.invalidField("into", "topic.screening.merge-target-required");
        }
        return detail(screenings.merge(id, body.into(), body.note(), actor), Optional.of(actor));
    }

    record RouteRequest(@Nullable RoutingLevel level, @Nullable Long organizationId) {
    }

    @PostMapping("/{id}/route")
    @Operation(summary = "Route an accepted topic to a CPPCC or grassroots consultation; escalate or hand down")
    TopicJson route(@PathVariable long id, @RequestBody RouteRequest body) {
        Actor actor = actors.require();
        return detail(routings.route(id, body.level(), body.organizationId(), actor), Optional.of(actor));
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "A moderator releases a topic held by the sensitive-word check")
    TopicJson release(@PathVariable long id) {
        Actor actor = actors.require();
        return detail(screenings.release(id, actor), Optional.of(actor));
    }

    @PostMapping(path = "/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a JPEG or PNG (at most 5 MB, 3 per topic); EXIF and GPS are removed")
    ResponseEntity<TopicJson.Image> upload(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        Actor actor = actors.require();
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(TopicJson.Image.of(images.add(id, file.getBytes(), actor)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}/images/{imageId}")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long imageId) {
        return TopicImageResponses.of(images, id, imageId, actors.current());
    }

    private TopicJson detail(TopicView topic, Optional<Actor> viewer) {
        if (topic.status() == org.gongshang.topic.TopicStatus.MERGED) {
            // Only where it went: the survivor has the text, the supporters and the history.
            return TopicJson.brief(topic);
        }
        boolean screener = viewer.map(actor -> access.mayScreen(actor, topic)).orElse(false);
        Boolean supportedByMe = viewer.map(actor -> topics.isSupporter(topic.id(), actor.accountId())).orElse(null);
        return TopicJson.of(topic, screener, screener ? screenings.preflagsOf(topic) : null, supportedByMe,
                similar.forTopic(topic.id(), viewer), images.of(topic.id(), viewer), topics.history(topic.id()));
    }
}
