package org.gongshang.member;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongshang.identity.Actor;
import org.gongshang.member.MemberImportReport.RowProblem;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a committee's members from CSV, one member a row, through the same registration as the
 * form. Every row is tried in one transaction; when any row is refused, the transaction is rolled
 * back and the report lists each refused row with its field and problem: nothing is half-imported.
 */
@Service
public class MemberImport {

    public static final List<String> HEADER = List.of("username", "realName", "phone", "idNumber", "email", "term",
            "termStartYear", "termEndYear", "sector", "specialCommittee", "position", "workUnit", "title", "expertise");

    /** Chinese names of positions, as a spreadsheet has them. */
    private static final Map<String, MemberPosition> POSITIONS = Map.of("主席", MemberPosition.CHAIR,
            "副主席", MemberPosition.VICE_CHAIR, "常委", MemberPosition.STANDING, "委员", MemberPosition.ORDINARY);

    private final MemberRegistration registration;
    private final MemberAccess access;
    private final MemberProperties properties;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    MemberImport(MemberRegistration registration, MemberAccess access, MemberProperties properties,
            TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.registration = registration;
        this.access = access;
        this.properties = properties;
        this.transaction = transaction;
        this.events = events;
    }

    /**
     * @throws DomainException INVALID at the field {@code file} when the file as a whole cannot be read,
     *     NOT_FOUND for an unknown committee, FORBIDDEN outside the staff's region
     */
    public MemberImportReport importCsv(Reader csv, long committeeId, Actor actor) {
        access.requireStaffOf(actor, committeeId);
        List<CSVRecord> records = read(csv);
        return Objects.requireNonNull(transaction.execute(status -> {
            List<RowProblem> problems = new ArrayList<>();
            Map<String, Long> lineOfUsername = new HashMap<>();
            int opened = 0;
            int linked = 0;
            for (CSVRecord record : records) {
                long line = record.getRecordNumber() + 1;
                String username = record.get("username").strip();
                Long earlier = lineOfUsername.putIfAbsent(username, line);
                if (earlier != null && !username.isEmpty()) {
                    problems.add(new RowProblem(line, username, "username", "member.import.duplicate", earlier));
                    continue;
                }
                List<FieldProblem> unreadable = new ArrayList<>();
                NewMember member = member(record, committeeId, unreadable);
                try {
                    // A value that could not be read is null, which the registration refuses too, with the rest of the row.
                    RegisteredMember registered = registration.register(member, actor);
                    if (registered.initialPassword() == null) {
                        linked++;
                    } else {
                        opened++;
                    }
                } catch (DomainException refused) {
                    problems.addAll(rowProblems(line, username, refused, unreadable));
                }
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return new MemberImportReport(0, 0, problems);
            }
            events.publishEvent(AuditRecord.of("member.imported", actor.accountId(), "committee", committeeId)
                    .with("opened", opened).with("linked", linked));
            return new MemberImportReport(opened, linked, List.of());
        }));
    }

    private static NewMember member(CSVRecord record, long committeeId, List<FieldProblem> problems) {
        MemberDetails details = new MemberDetails(committeeId, record.get("term"), year(record, "termStartYear", problems),
                year(record, "termEndYear", problems), record.get("sector"), record.get("specialCommittee"),
                position(record.get("position"), problems), record.get("workUnit"), record.get("title"),
                MemberDetails.tags(record.get("expertise")));
        return new NewMember(record.get("username"), record.get("realName"), record.get("phone"), record.get("idNumber"),
                record.get("email"), details);
    }

    private static @Nullable Integer year(CSVRecord record, String column, List<FieldProblem> problems) {
        String value = Text.blankToNull(record.get(column));
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(column, "member.import.year", value));
            return null;
        }
    }

    private static @Nullable MemberPosition position(String value, List<FieldProblem> problems) {
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        MemberPosition position = POSITIONS.get(text);
        if (position != null) {
            return position;
        }
        return Arrays.stream(MemberPosition.values()).filter(p -> p.name().equals(text.toUpperCase(Locale.ROOT))).findFirst()
                .orElseGet(() -> {
                    problems.add(new FieldProblem("position", "member.import.position", text));
                    return null;
                });
    }

    /** The registration's problems, where a value could not be read saying so instead of "required". */
    private static List<RowProblem> rowProblems(long line, String username, DomainException refused, List<FieldProblem> unreadable) {
        List<RowProblem> rows = new ArrayList<>();
        unreadable.forEach(p -> rows.add(new RowProblem(line, username, p.field(), p.messageKey(), p.args())));
        if (refused.fieldProblems().isEmpty()) {
            rows.add(new RowProblem(line, username, "-", refused.messageKey(), refused.args()));
        }
        refused.fieldProblems().stream().filter(p -> unreadable.stream().noneMatch(u -> u.field().equals(p.field())))
                .forEach(p -> rows.add(new RowProblem(line, username, p.field(), p.messageKey(), p.args())));
        return rows;
    }

    private List<CSVRecord> read(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (var parser = format.parse(withoutByteOrderMark(csv))) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw DomainException.invalidField("file", "member.import.header", String.join(",", HEADER));
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw DomainException.invalidField("file", "member.import.columns", record.getRecordNumber() + 1);
                }
                records.add(record);
                if (records.size() > properties.maxImportRows()) {
                    throw DomainException.invalidField("file", "member.import.too-many", properties.maxImportRows());
                }
            }
            if (records.isEmpty()) {
                throw DomainException.invalidField("file", "member.import.empty");
            }
            return records;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw DomainException.invalidField("file", "member.import.unreadable");
        }
    }

    /** Spreadsheet programs save CSV with a byte order mark, which would become part of the first header. */
    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first == -1) {
            throw DomainException.invalidField("file", "member.import.empty");
        }
        if (first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
