package org.gongshang.deliberation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongshang.deliberation.DeliberationAnalysis.Group;
import org.gongshang.deliberation.DeliberationAnalysis.Ranked;
import org.gongshang.deliberation.DeliberationAnalysis.Representative;
import org.gongshang.deliberation.internal.Deliberation;
import org.gongshang.deliberation.internal.DeliberationStore;
import org.gongshang.deliberation.internal.Statement;
import org.gongshang.deliberation.internal.StatementStore;
import org.gongshang.deliberation.internal.VoteStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.office.SpreadsheetCsv;
import org.gongshang.shared.web.Messages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Exports for organisers: the raw votes and statements in Pol.is's CSV format (so that other tools,
 * and our own import, read them), and the analysis as an Excel workbook. Comment ids are statement
 * ids and voter ids participant ids: no names, no accounts. Statements are written so that a
 * spreadsheet never runs them ({@link SpreadsheetCsv}; text cells in the workbook).
 */
@Service
public class DeliberationExports {

    /** Pol.is writes JavaScript's Date.toString(); this is close enough for people, tools read the timestamp. */
    private static final DateTimeFormatter POLIS_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US)
            .withZone(Zones.platform());

    private final DeliberationStore deliberations;
    private final StatementStore statements;
    private final VoteStore votes;
    private final DeliberationAccess access;
    private final DeliberationAnalyses analyses;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    DeliberationExports(DeliberationStore deliberations, StatementStore statements, VoteStore votes, DeliberationAccess access,
            DeliberationAnalyses analyses, Messages messages, ApplicationEventPublisher events) {
        this.deliberations = deliberations;
        this.statements = statements;
        this.votes = votes;
        this.access = access;
        this.analyses = analyses;
        this.messages = messages;
        this.events = events;
    }

    /** {@code votes.csv}: every vote ever cast, in the order of arrival. */
    public void votesCsv(long deliberationId, Actor actor, Writer out) {
        require(deliberationId, actor, "votes");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("timestamp", "datetime", "comment-id", "voter-id", "vote");
            votes.eachInHistory(deliberationId, row -> SpreadsheetCsv.printRecord(csv, row.votedAt().toEpochMilli(),
                    POLIS_DATE.format(row.votedAt()), row.statementId(), row.participantId(), row.value()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code comments.csv}: every statement with its current agrees, disagrees and moderation. */
    public void commentsCsv(long deliberationId, Actor actor, Writer out) {
        require(deliberationId, actor, "comments");
        Map<Long, StatementStore.Tally> tallies = new HashMap<>();
        statements.tallies(deliberationId).forEach(t -> tallies.put(t.statementId(), t));
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated",
                    "comment-body");
            for (Statement s : statements.all(deliberationId)) {
                StatementStore.Tally tally = tallies.getOrDefault(s.id(), new StatementStore.Tally(s.id(), 0, 0, 0));
                SpreadsheetCsv.printRecord(csv, s.createdAt().toEpochMilli(), POLIS_DATE.format(s.createdAt()), s.id(),
                        s.authorId() == null ? -1 : s.authorId(), tally.agrees(), tally.disagrees(),
                        s.status().polisModeration(), s.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysis as a workbook: summary, groups with their representative statements, 最大公约数, consensus, statements. */
    public void analysisWorkbook(long deliberationId, Actor actor, OutputStream out) {
        Deliberation d = require(deliberationId, actor, "analysis");
        DeliberationAnalysis a = analyses.of(deliberationId, Optional.empty());
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet summary = book.createSheet(messages.get("deliberation.export.sheet.summary"));
            row(summary, 0, messages.get("deliberation.field.question"), d.question());
            row(summary, 1, messages.get("deliberation.export.participants"), a.participants());
            row(summary, 2, messages.get("deliberation.export.clustered"), a.participantsClustered());
            row(summary, 3, messages.get("deliberation.export.votes"), a.votes());
            row(summary, 4, messages.get("deliberation.export.statements"), a.statements());
            row(summary, 5, messages.get("deliberation.export.groups"), a.groups().size());
            row(summary, 6, messages.get("deliberation.export.computed-at"), a.computedAt().toString());

            Sheet groups = book.createSheet(messages.get("deliberation.export.sheet.groups"));
            row(groups, 0, messages.get("deliberation.export.group"), messages.get("deliberation.export.members"),
                    messages.get("deliberation.export.statement-id"), messages.get("deliberation.export.statement"),
                    messages.get("deliberation.export.direction"), messages.get("deliberation.export.share"));
            int r = 1;
            for (Group g : a.groups()) {
                for (Representative rep : g.representative()) {
                    row(groups, r++, g.label(), g.size(), rep.statementId(), rep.text(),
                            messages.get(rep.agree() ? "deliberation.vote.AGREE" : "deliberation.vote.DISAGREE"), rep.share());
                }
            }
            ranked(book.createSheet(messages.get("deliberation.export.sheet.common-ground")), a.commonGround());
            ranked(book.createSheet(messages.get("deliberation.export.sheet.consensus")), a.consensus());

            Sheet all = book.createSheet(messages.get("deliberation.export.sheet.statements"));
            row(all, 0, messages.get("deliberation.export.statement-id"), messages.get("deliberation.export.statement"),
                    messages.get("deliberation.export.status"), messages.get("deliberation.vote.AGREE"),
                    messages.get("deliberation.vote.DISAGREE"), messages.get("deliberation.vote.PASS"));
            Map<Long, StatementStore.Tally> tallies = new HashMap<>();
            statements.tallies(deliberationId).forEach(t -> tallies.put(t.statementId(), t));
            r = 1;
            for (Statement s : statements.all(deliberationId)) {
                StatementStore.Tally t = tallies.getOrDefault(s.id(), new StatementStore.Tally(s.id(), 0, 0, 0));
                row(all, r++, s.id(), s.text(), messages.get("deliberation.statement.status." + s.status()), t.agrees(),
                        t.disagrees(), t.passes());
            }
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ranked(Sheet sheet, List<Ranked> list) {
        row(sheet, 0, messages.get("deliberation.export.statement-id"), messages.get("deliberation.export.statement"),
                messages.get("deliberation.export.lowest-share"));
        int r = 1;
        for (Ranked ranked : list) {
            row(sheet, r++, ranked.statementId(), ranked.text(), ranked.score());
        }
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else {
                row.createCell(i).setCellValue(String.valueOf(value));
            }
        }
    }

    private Deliberation require(long deliberationId, Actor actor, String what) {
        Deliberation d = deliberations.find(deliberationId)
                .orElseThrow(() -> DomainException.notFound("deliberation.unknown", deliberationId));
        access.requireOrganiser(actor, d.regionCode());
        events.publishEvent(AuditRecord.of("deliberation.exported", actor.accountId(), "deliberation", deliberationId)
                .with("what", what));
        return d;
    }

}
