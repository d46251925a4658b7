package org.gongshang.notification.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actors;
import org.gongshang.notification.Inbox;
import org.gongshang.notification.InboxMessage;
import org.gongshang.notification.InboxPage;
import org.gongshang.notification.MessageKind;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "站内消息 the caller's own inbox")
class NotificationApi {

    private final Inbox inbox;
    private final Actors actors;

    NotificationApi(Inbox inbox, Actors actors) {
        this.inbox = inbox;
        this.actors = actors;
    }

    record NotificationJson(long id, MessageKind kind, String title, String body, @Nullable String link, boolean urgent,
            boolean read, Instant createdAt, @Nullable Instant readAt) {
        static NotificationJson of(InboxMessage message) {
            return new NotificationJson(message.id(), message.kind(), message.title(), message.body(), message.link(),
                    message.urgent(), !message.unread(), message.createdAt(), message.readAt());
        }
    }

    record PageJson(List<NotificationJson> items, int page, int size, long total, long unreadCount) {
        static PageJson of(InboxPage page) {
            return new PageJson(page.items().stream().map(NotificationJson::of).toList(), page.page(), page.size(),
                    page.total(), page.unreadCount());
        }
    }

    @GetMapping
    @Operation(summary = "My messages, newest first, with the count of unread ones")
    PageJson mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageJson.of(inbox.page(actors.require().accountId(), page, size));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my messages read; another person's message is not found")
    ResponseEntity<Void> read(@PathVariable long id) {
        inbox.markRead(actors.require().accountId(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my messages read")
    ResponseEntity<Void> readAll() {
        inbox.markAllRead(actors.require().accountId());
        return ResponseEntity.noContent().build();
    }
}
