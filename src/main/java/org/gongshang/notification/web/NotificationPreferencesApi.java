package org.gongshang.notification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actors;
import org.gongshang.notification.ChannelChoice;
import org.gongshang.notification.NotificationPreferences;
import org.gongshang.notification.NotificationSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@Tag(name = "Notification preferences", description = "消息设置 channels per kind of message, and language")
class NotificationPreferencesApi {

    private final NotificationPreferences preferences;
    private final Actors actors;

    NotificationPreferencesApi(NotificationPreferences preferences, Actors actors) {
        this.preferences = preferences;
        this.actors = actors;
    }

    /** Kinds not listed keep their choice; a missing language keeps the current one. */
    record Change(@Nullable String language, @Nullable List<ChannelChoice> choices) {
    }

    @GetMapping
    @Operation(summary = "My channels per kind of message (the inbox is always on) and my message language")
    NotificationSettings mine() {
        return preferences.of(actors.require().accountId());
    }

    @PutMapping
    @Operation(summary = "Change my channels and language; codes and urgent matters always go by SMS")
    NotificationSettings change(@RequestBody Change change) {
        return preferences.update(actors.require().accountId(), change.language(),
                change.choices() == null ? List.of() : change.choices());
    }
}
