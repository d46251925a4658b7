package org.gongshang.consultation.internal;

import java.util.Collection;
import java.util.List;

import org.gongshang.identity.Actor;

/**
 * What this module needs of topics (议题), kept small so that the topic module's API can take its
 * place without touching the services: titles, the check that topics may be consulted on, and
 * their status as consultations go on.
 */
public interface TopicCatalog {

    /** A topic as a consultation shows it. */
    record TopicRef(long id, String title, String regionCode) {
    }

    List<TopicRef> describe(Collection<Long> topicIds);

    /**
     * @throws org.gongshang.shared.DomainException INVALID (field topicIds) when a topic is unknown or
     *     neither accepted nor planned
     */
    void requireConsultable(Collection<Long> topicIds, Actor actor);

    /** The topics are being consulted on (IN_CONSULTATION). */
    void markConsulting(Collection<Long> topicIds);

    /** The consultation concluded (CONSULTED). */
    void markConsulted(Collection<Long> topicIds);

    /** Raises a common problem as a new CPPCC topic, if topics can be created; returns its id or null. */
    @org.jspecify.annotations.Nullable
    Long raise(String title, String description, String regionCode, Actor actor);
}
