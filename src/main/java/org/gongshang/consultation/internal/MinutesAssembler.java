package org.gongshang.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongshang.consultation.AgendaItem;
import org.gongshang.consultation.ConsensusItem;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationProperties;
import org.gongshang.consultation.Opinion;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.SpeakingStatistics;
import org.gongshang.identity.Accounts;
import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Writes the first draft of the minutes from what the session recorded: the agenda, attendance by
 * category, speaking statistics, the opinions per agenda item and the consensus with its votes.
 * Minutes are an official document, so they are written in Chinese whatever the organiser's language;
 * opinions are given by category, not by name, since the minutes become public once final.
 */
@Component
public class MinutesAssembler {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final MinutesStore store;
    private final SessionStore session;
    private final ParticipantStore participants;
    private final OpinionStore opinions;
    private final ConsensusStore consensus;
    private final TopicCatalog topics;
    private final Organizations organizations;
    private final Accounts accounts;
    private final Messages messages;
    private final ConsultationProperties properties;
    private final Clock clock;

    MinutesAssembler(MinutesStore store, SessionStore session, ParticipantStore participants, OpinionStore opinions,
            ConsensusStore consensus, TopicCatalog topics, Organizations organizations, Accounts accounts, Messages messages,
            ConsultationProperties properties, Clock clock) {
        this.store = store;
        this.session = session;
        this.participants = participants;
        this.opinions = opinions;
        this.consensus = consensus;
        this.topics = topics;
        this.organizations = organizations;
        this.accounts = accounts;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** The first draft, version 1, due on the given working day. */
    public long firstDraft(Consultation consultation, LocalDate dueOn) {
        return store.insert(consultation.id(), 1, title(consultation), body(consultation), dueOn);
    }

    public String title(Consultation consultation) {
        return text("consultation.minutes.doc-title", consultation.title());
    }

    public String body(Consultation consultation) {
        long id = consultation.id();
        StringBuilder body = new StringBuilder();
        int section = 0;

        heading(body, section++, text("consultation.minutes.section.basics"));
        String topicTitles = topics.describe(consultation.topicIds()).stream().map(TopicCatalog.TopicRef::title)
                .collect(Collectors.joining("；"));
        line(body, text("consultation.minutes.topics", topicTitles));
        line(body, text("consultation.minutes.when-where",
                DATE_TIME.format(consultation.startsAt().atZone(Zones.platform())),
                text("consultation.form." + consultation.form()),
                consultation.venueType() == null ? "—" : text("consultation.venue." + consultation.venueType()),
                consultation.address() == null ? "—" : consultation.address()));
        line(body, text("consultation.minutes.organiser",
                organizations.find(consultation.organizationId()).map(o -> o.name()).orElse("—"),
                consultation.facilitatorAccountId() == null ? "—"
                        : accounts.find(consultation.facilitatorAccountId()).map(a -> a.realName()).orElse("—")));

        List<AgendaItem> agenda = session.agenda(id);
        heading(body, section++, text("consultation.minutes.section.agenda"));
        int n = 1;
        for (AgendaItem item : agenda) {
            line(body, n++ + ". " + agendaTitle(item));
        }

        List<Participant> roster = participants.roster(id);
        List<Participant> present = roster.stream().filter(Participant::isCheckedIn).toList();
        heading(body, section++, text("consultation.minutes.section.attendance"));
        long expected = roster.stream().filter(p -> p.status().isExpected()).count();
        line(body, text("consultation.minutes.attendance", expected, present.size(), byCategory(present)));

        SpeakingStatistics stats = SpeakingStatistics.of(session.turns(id), present.stream()
                .map(p -> new SpeakingStatistics.Attendee(p.id(), p.category())).toList(), clock.instant(),
                properties.speakingShareTolerance());
        heading(body, section++, text("consultation.minutes.section.speaking"));
        line(body, text("consultation.minutes.speaking", session.turns(id).size(), stats.totalSeconds() / 60,
                stats.totalSeconds() % 60, percent(stats.residentShare()), percent(stats.attendeeResidentShare()),
                String.format(Locale.ROOT, "%.2f", stats.gini())));
        String perCategory = stats.byCategory().entrySet().stream().filter(e -> e.getValue().seconds() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> text("consultation.category." + e.getKey()) + " " + e.getValue().seconds() + "秒（"
                        + percent(e.getValue().share()) + "）")
                .collect(Collectors.joining("，"));
        if (!perCategory.isEmpty()) {
            line(body, text("consultation.minutes.speaking-by-category", perCategory));
        }

        heading(body, section++, text("consultation.minutes.section.opinions"));
        List<Opinion> all = opinions.list(id);
        if (all.isEmpty()) {
            line(body, text("consultation.minutes.none"));
        }
        int sub = 0;
        for (AgendaItem item : agenda) {
            List<Opinion> under = all.stream().filter(o -> Long.valueOf(item.id()).equals(o.agendaItemId())).toList();
            if (!under.isEmpty()) {
                subOpinions(body, sub++, agendaTitle(item), under);
            }
        }
        List<Opinion> general = all.stream().filter(o -> o.agendaItemId() == null).toList();
        if (!general.isEmpty()) {
            subOpinions(body, sub, text("consultation.minutes.general-opinions"), general);
        }

        heading(body, section, text("consultation.minutes.section.consensus"));
        List<ConsensusItem> items = consensus.list(id);
        if (items.isEmpty()) {
            line(body, text("consultation.minutes.none"));
        }
        n = 1;
        for (ConsensusItem item : items) {
            String result = item.status() != ConsensusItem.Status.DECIDED ? text("consultation.consensus.status." + item.status())
                    : text("consultation.minutes.vote", item.agree(), item.disagree(), item.abstain(),
                            text(Boolean.TRUE.equals(item.adopted()) ? "consultation.consensus.adopted" : "consultation.consensus.rejected"));
            line(body, n++ + ". " + item.text() + "（" + result + "）");
        }
        return body.toString().strip();
    }

    private void subOpinions(StringBuilder body, int index, String title, List<Opinion> under) {
        line(body, "（" + NUMERALS[Math.min(index, NUMERALS.length - 1)] + "）" + title);
        int n = 1;
        for (Opinion opinion : under) {
            line(body, n++ + ". " + text("consultation.category." + opinion.category()) + "：" + opinion.content());
        }
    }

    private String agendaTitle(AgendaItem item) {
        return item.title().isBlank() ? text("consultation.agenda.kind." + item.kind()) : item.title();
    }

    private String byCategory(List<Participant> present) {
        Map<ParticipantCategory, Long> counts = present.stream()
                .collect(Collectors.groupingBy(Participant::category, () -> new java.util.EnumMap<>(ParticipantCategory.class),
                        Collectors.counting()));
        if (counts.isEmpty()) {
            return "—";
        }
        return counts.entrySet().stream().map(e -> text("consultation.category." + e.getKey()) + " " + e.getValue() + " 人")
                .collect(Collectors.joining("，"));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static void heading(StringBuilder body, int index, String title) {
        body.append(NUMERALS[Math.min(index, NUMERALS.length - 1)]).append("、").append(title).append('\n');
    }

    private static void line(StringBuilder body, String text) {
        body.append(text).append('\n');
    }

    private String text(String key, Object... args) {
        return messages.get(CHINESE, key, args);
    }
}
