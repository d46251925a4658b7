package org.gongshang.topic.web;

import java.time.Duration;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.topic.TopicImages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An image's bytes with its type; never sniffed by the browser as anything else. */
final class TopicImageResponses {

    private TopicImageResponses() {
    }

    static ResponseEntity<byte[]> of(TopicImages images, long topicId, long imageId, Optional<Actor> viewer) {
        var image = images.of(topicId, viewer).stream().filter(i -> i.id() == imageId).findFirst();
        if (image.isEmpty()) {
            throw org.gongshang.shared.DomainException.notFound("topic.image.unknown", imageId);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.get().contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(images.content(topicId, imageId, viewer));
    }
}
