package org.gongshang.consultation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.gongshang.identity.Actor;
import org.jspecify.annotations.Nullable;

/**
 * What this module needs of topics (议题), kept small: titles, the check that topics may be
 * consulted on, and their status as consultations go on. {@link TopicModuleCatalog} answers it with
 * the topic module's API.
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

    /** The topics are being consulted on (IN_CONSULTATION) in this consultation. */
    void markConsulting(Collection<Long> topicIds, long consultationId, Actor actor);

    /** The consultation concluded (CONSULTED). */
    void markConsulted(Collection<Long> topicIds, Actor actor);

    /**
     * Raises a common problem as a new topic for the CPPCC committee and returns its id.
     *
     * @param category a topic category name, or null for 社会 (SOCIETY)
     * @param consultations the consultations it came from, by id and title
     * @throws org.gongshang.shared.DomainException INVALID when the text does not make a topic
     */
    long raise(String title, String description, @Nullable String category, String regionCode,
            Map<Long, String> consultations, Actor actor);
}
