package org.gongshang.region;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongshang.region.RegionImportReport.RowProblem;
import org.gongshang.region.internal.RegionStore;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports regions from CSV with the header {@code code,name,level,parentCode}. Every row is checked
 * first, against the database and the rows of the same file in any order; one bad row means nothing
 * is imported. A code that exists already with the same level and parent is renamed if its name
 * differs.
 */
@Service
public class RegionImport {

    static final int MAX_ROWS = 100_000;
    private static final List<String> HEADER = List.of("code", "name", "level", "parentCode");

    private final RegionStore store;
    private final ApplicationEventPublisher events;

    RegionImport(RegionStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Transactional
    public RegionImportReport importCsv(Reader csv, @Nullable Long actorId) {
        List<CSVRecord> records = read(csv);
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Region> inFile = new LinkedHashMap<>();
        Map<String, Long> lineOf = new LinkedHashMap<>();
        for (CSVRecord record : records) {
            long line = record.getRecordNumber() + 1;
            String code = record.get("code").strip();
            RegionLevel level = parseLevel(record.get("level"));
            if (level == null) {
                problems.add(new RowProblem(line, code, "level", "region.level.unknown", record.get("level")));
                continue;
            }
            if (inFile.containsKey(code)) {
                problems.add(new RowProblem(line, code, "code", "region.import.duplicate", lineOf.get(code)));
                continue;
            }
            inFile.put(code, new Region(code, record.get("name").strip(), level,
                    Text.blankToNull(record.get("parentCode")), true));
            lineOf.put(code, line);
        }
        int created = 0;
        int renamed = 0;
        List<Region> toCreate = new ArrayList<>();
        for (Region region : inFile.values()) {
            long line = lineOf.get(region.code());
            Region existing = store.find(region.code()).orElse(null);
            if (existing != null) {
                if (existing.level() != region.level() || !java.util.Objects.equals(existing.parentCode(), region.parentCode())) {
                    problems.add(new RowProblem(line, region.code(), "code", "region.import.conflict", existing.name()));
                } else if (!existing.name().equals(region.name())) {
                    renamed++;
                }
                continue;
            }
            RegionRules.check(region, parent -> inFile.containsKey(parent) ? inFile.get(parent) : store.find(parent).orElse(null))
                    .forEach(p -> problems.add(new RowProblem(line, region.code(), p.field(), p.messageKey(), p.args())));
            toCreate.add(region);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(RowProblem::line));
            return new RegionImportReport(0, 0, problems);
        }
        toCreate.sort(Comparator.comparingInt(r -> r.level().ordinal()));
        for (Region region : toCreate) {
            store.insert(region);
            created++;
        }
        for (Region region : inFile.values()) {
            store.find(region.code()).filter(r -> !r.name().equals(region.name()))
                    .ifPresent(r -> store.rename(r.code(), region.name()));
        }
        events.publishEvent(AuditRecord.of("region.imported", actorId, "region", "csv")
                .with("created", created).with("renamed", renamed));
        return new RegionImportReport(created, renamed, List.of());
    }

    private static List<CSVRecord> read(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (var parser = format.parse(withoutByteOrderMark(csv))) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw DomainException.invalidField("file", "region.import.header", String.join(",", HEADER));
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw DomainException.invalidField("file", "region.import.columns", record.getRecordNumber() + 1);
                }
                records.add(record);
                if (records.size() > MAX_ROWS) {
                    throw DomainException.invalidField("file", "region.import.too-many", MAX_ROWS);
                }
            }
            if (records.isEmpty()) {
                throw DomainException.invalidField("file", "region.import.empty");
            }
            return records;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw DomainException.invalidField("file", "region.import.unreadable");
        }
    }

    /** Spreadsheet programs save CSV with a byte order mark, which would become part of the first header. */
    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        java.io.PushbackReader reader = new java.io.PushbackReader(csv, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static @Nullable RegionLevel parseLevel(String value) {
        try {
            return RegionLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
