package org.gongshang.member.internal;

import org.gongshang.member.MatterHandedToCommunity;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a community's cadres that a member handed them a resident's matter from a station. */
@Component
class MatterHandovers {

    private final CommunityCadres cadres;
    private final Notices notices;

    MatterHandovers(CommunityCadres cadres, Notices notices) {
        this.cadres = cadres;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(MatterHandedToCommunity handed) {
        notices.send(cadres.of(handed.communityCode()), Notice.of(MessageKind.GENERAL, "member.reception.handed.title",
                "member.reception.handed.body", handed.stationName(), handed.memberName()).linkingTo("/receptions/" + handed.receptionId())
                .once("member-handed:" + handed.receptionId()));
    }
}
