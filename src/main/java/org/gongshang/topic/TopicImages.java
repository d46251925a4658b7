package org.gongshang.topic;

import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.image.ImageSanitizer;
import org.gongshang.shared.image.SanitizedImage;
import org.gongshang.topic.internal.ImageStore;
import org.gongshang.topic.internal.Topic;
import org.gongshang.topic.internal.TopicStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Up to three images per topic, added by its submitter while it waits for screening, without metadata. */
@Service
public class TopicImages {

    private final TopicStore topics;
    private final ImageStore images;
    private final TopicAccess access;
    private final TopicProperties properties;
    private final ImageSanitizer sanitizer;

    TopicImages(TopicStore topics, ImageStore images, TopicAccess access, TopicProperties properties, ImageSanitizer sanitizer) {
        this.topics = topics;
        this.images = images;
        this.access = access;
        this.properties = properties;
        this.sanitizer = sanitizer;
    }

    /**
     * @throws DomainException INVALID for anything but a JPEG or PNG within the limits, FORBIDDEN for
     *     anyone but the submitter, CONFLICT when the topic has its images or was screened
     */
    @Transactional
    public TopicImage add(long topicId, byte[] content, Actor actor) {
        return add(topicId, sanitize(content), actor);
    }

    /** An image {@link #check}ed already (when the topic's form came with it): it is not decoded twice. */
    @Transactional
    public TopicImage add(long topicId, SanitizedImage sanitized, Actor actor) {
        Topic topic = topics.findForUpdate(topicId).orElseThrow(() -> DomainException.notFound("topic.unknown", topicId));
        access.requireSee(Optional.of(actor), topic);
        if (topic.submittedBy() != actor.accountId()) {
            throw DomainException.forbidden("topic.image.not-yours");
        }
        if (topic.status() != TopicStatus.SUBMITTED) {
            throw DomainException.conflict("topic.image.screened");
        }
        if (images.count(topicId) >= properties.images().maxCount()) {
            throw DomainException.conflict("topic.image.too-many", properties.images().maxCount());
        }
        long id = images.insert(topicId, sanitized);
        return images.of(topicId).stream().filter(image -> image.id() == id).findFirst().orElseThrow();
    }

    /** The images of a topic the viewer may see. */
    public List<TopicImage> of(long topicId, Optional<Actor> viewer) {
        Topic topic = topics.find(topicId).orElseThrow(() -> DomainException.notFound("topic.unknown", topicId));
        access.requireSee(viewer, topic);
        return images.of(topicId);
    }

    public byte[] content(long topicId, long imageId, Optional<Actor> viewer) {
        Topic topic = topics.find(topicId).orElseThrow(() -> DomainException.notFound("topic.unknown", topicId));
        access.requireSee(viewer, topic);
        return images.content(topicId, imageId).orElseThrow(() -> DomainException.notFound("topic.image.unknown", imageId));
    }

    /** Checks an image before a topic is stored, so that a form with a bad image changes nothing; the image to add. */
    public SanitizedImage check(byte[] content) {
        return sanitize(content);
    }

    private SanitizedImage sanitize(byte[] content) {
        return sanitizer.sanitize(content, properties.images().maxSize().toBytes(), "topic.image", "file");
    }
}
