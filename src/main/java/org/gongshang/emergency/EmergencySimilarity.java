package org.gongshang.emergency;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongshang.emergency.internal.EmergencyAccess;
import org.gongshang.emergency.internal.EmergencyAggregate;
import org.gongshang.emergency.internal.EmergencyRepository;
import org.gongshang.emergency.internal.EmergencyTexts;
import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.gongshang.similarity.SimilarText;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.similarity.TextFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Similar events nearby (same township, open or recent), found by the shared similar-text index,
 * so that the same burst main reported twice is merged rather than handled twice. Handlers see every
 * such event of their region; a reporter sees only those they may see anyway (their own, and resolved
 * ones, which are public), since an open report is not.
 */
@Service
public class EmergencySimilarity {

    private static final Set<String> SHOWN = Set.of(EmergencyStatus.REPORTED.name(), EmergencyStatus.OPEN.name(),
            EmergencyStatus.RESOLVED.name(), EmergencyStatus.REVIEWED.name());

    private final EmergencyRepository repository;
    private final EmergencyAccess access;
    private final SimilarTexts similarTexts;
    private final EmergencyProperties properties;
    private final Clock clock;

    EmergencySimilarity(EmergencyRepository repository, EmergencyAccess access, SimilarTexts similarTexts,
            EmergencyProperties properties, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.similarTexts = similarTexts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Events like this one in its township, reported within the configured recent period, best first.
     *
     * @throws DomainException NOT_FOUND when unknown or not visible to the viewer
     */
    @Transactional(readOnly = true)
    public List<SimilarEmergency> similarTo(long id, Actor viewer) {
        EmergencyAggregate emergency = repository.findById(id).orElseThrow(() -> DomainException.notFound("emergency.unknown", id));
        Emergency view = emergency.view();
        access.requireView(viewer, view);
        var similar = properties.similar();
        TextFilter nearby = TextFilter.any().withinScope(view.place().townshipPrefix()).withStatuses(SHOWN)
                .since(clock.instant().minus(similar.recent())).excluding(id);
        List<SimilarEmergency> found = new ArrayList<>();
        for (SimilarText text : similarTexts.like(EmergencyTexts.CORPUS, id, view.title(), view.description(), nearby,
                similar.maxResults(), similar.minScore())) {
            repository.findById(text.id()).map(EmergencyAggregate::view)
                    .filter(other -> mayShow(viewer, other))
                    .ifPresent(other -> found.add(new SimilarEmergency(other.id(), other.title(), other.status(),
                            other.severity(), other.place().regionCode(), other.occurredAt(), text.score())));
        }
        return found;
    }

    private boolean mayShow(Actor viewer, Emergency other) {
        return access.mayView(viewer, other) || other.status() == EmergencyStatus.RESOLVED
                || other.status() == EmergencyStatus.REVIEWED;
    }
}
