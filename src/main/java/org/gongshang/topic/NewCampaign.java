package org.gongshang.topic;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A campaign as staff type it: it runs from the start of {@code startsOn} to the end of {@code endsOn} (China time). */
public record NewCampaign(@Nullable String theme, @Nullable String description, @Nullable String regionCode,
        @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
}
