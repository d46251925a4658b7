package org.gongshang.topic.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actors;
import org.gongshang.topic.Campaign;
import org.gongshang.topic.Campaigns;
import org.gongshang.topic.NewCampaign;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "征题活动 solicitation campaigns")
class CampaignApi {

    private final Campaigns campaigns;
    private final Actors actors;

    CampaignApi(Campaigns campaigns, Actors actors) {
        this.campaigns = campaigns;
        this.actors = actors;
    }

    record CampaignJson(long id, String theme, String description, String regionCode, Instant startsAt, Instant endsAt,
            boolean open, String link, String qrCode) {
    }

    @GetMapping
    List<CampaignJson> list(@RequestParam(required = false) @Nullable String region) {
        return campaigns.list(region).stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    CampaignJson get(@PathVariable long id) {
        return json(campaigns.get(id));
    }

    record NewCampaignRequest(@Nullable String theme, @Nullable String description, @Nullable String regionCode,
            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @PostMapping
    @Operation(summary = "Staff open a campaign for their region, from the start of startsOn to the end of endsOn")
    ResponseEntity<CampaignJson> open(@RequestBody NewCampaignRequest body) {
        Campaign campaign = campaigns.open(new NewCampaign(body.theme(), body.description(), body.regionCode(), body.startsOn(),
                body.endsOn()), actors.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(campaign));
    }

    private CampaignJson json(Campaign c) {
        return new CampaignJson(c.id(), c.theme(), c.description(), c.regionCode(), c.startsAt(), c.endsAt(),
                campaigns.isOpen(c), campaigns.link(c.id()), "/campaigns/" + c.id() + "/qr.svg");
    }
}
