package org.gongshang.emergency.internal;

import java.util.Collection;
import java.util.List;

import org.gongshang.emergency.Emergency;
import org.gongshang.emergency.Place;
import org.gongshang.emergency.Target;
import org.gongshang.emergency.Timer;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.springframework.stereotype.Component;

/**
 * What people are told about events, with the texts of this module's bundle, sent inside the act's
 * transaction (inbox and SMS commit with the act). Alerts to those responsible are of the EMERGENCY
 * kind: by SMS whatever they chose and at any hour.
 */
@Component
public class Alerts {

    private final Notices notices;
    private final Responsible responsible;
    private final Regions regions;

    Alerts(Notices notices, Responsible responsible, Regions regions) {
        this.notices = notices;
        this.responsible = responsible;
        this.regions = regions;
    }

    /**
     * A confirmed event to everyone responsible (but the one who confirmed or reported it).
     *
     * @return how many people were told
     */
    public int confirmed(Emergency emergency, long actorId) {
        List<Long> recipients = without(responsible.onConfirmation(emergency), actorId);
        notices.send(recipients, alert(emergency, "emergency.alert.title", "emergency.alert.body"));
        return recipients.size();
    }

    /** A resident's report, to the community's cadres to confirm, merge or decline. */
    public int awaitingConfirmation(Emergency emergency) {
        List<Long> cadres = responsible.communityCadres(emergency.place());
        notices.send(cadres, alert(emergency, "emergency.confirm.title", "emergency.confirm.body"));
        return cadres.size();
    }

    /** The reporters of a declined report, with the reason. */
    public void declined(Emergency emergency, Collection<Long> reporters) {
        notices.send(reporters, Notice.of(MessageKind.GENERAL, "emergency.declined.title", "emergency.declined.body",
                emergency.title(), emergency.declineReason() == null ? "" : emergency.declineReason())
                .linkingTo(link(emergency)));
    }

    /** A target is running out: those in charge at the event's level are warned. */
    public void runningOut(Emergency emergency, Timer timer) {
        notices.send(responsible.atLevel(emergency.escalation(), emergency.place()),
                Notice.of(MessageKind.EMERGENCY, "emergency.warning.title", "emergency.warning.body",
                        Notice.translated("emergency.target." + timer.target()), emergency.title(), placeName(emergency.place()))
                        .linkingTo(link(emergency)).urgent());
    }

    /** A target was missed: the people of the level the event was raised to take it over. */
    public void escalated(Emergency emergency, Target target) {
        notices.send(responsible.atLevel(emergency.escalation(), emergency.place()),
                Notice.of(MessageKind.EMERGENCY, "emergency.escalated.title", "emergency.escalated.body",
                        Notice.translated("emergency.target." + target), emergency.title(), placeName(emergency.place()))
                        .linkingTo(link(emergency)).urgent());
    }

    /** The reporters of a resolved event: what was done, and that they may rate it. */
    public void resolved(Emergency emergency, Collection<Long> reporters) {
        String done = emergency.resolution() == null ? "" : emergency.resolution().summary();
        notices.send(reporters, Notice.of(MessageKind.GENERAL, "emergency.resolved-notice.title", "emergency.resolved-notice.body",
                emergency.title(), done).linkingTo(link(emergency)));
    }

    /** The place as people name it: the township, the community and, when given, the grid. */
    public String placeName(Place place) {
        String township = regions.find(place.townshipCode()).map(Region::name).orElse("");
        String community = regions.find(place.communityCode()).map(Region::name).orElse("");
        String grid = place.regionCode().equals(place.communityCode()) ? ""
                : regions.find(place.regionCode()).map(region -> " " + region.name()).orElse("");
        return township + " " + community + grid;
    }

    static String link(Emergency emergency) {
        return "/emergencies/" + emergency.id();
    }

    private Notice alert(Emergency emergency, String titleKey, String bodyKey) {
        return Notice.of(MessageKind.EMERGENCY, titleKey, bodyKey, Notice.translated("emergency.severity." + emergency.severity()),
                emergency.title(), placeName(emergency.place()),
                emergency.peopleAffected() == null ? "-" : emergency.peopleAffected())
                .linkingTo(link(emergency)).urgent();
    }

    private static List<Long> without(List<Long> recipients, long actorId) {
        return recipients.stream().filter(id -> id != actorId).toList();
    }
}
