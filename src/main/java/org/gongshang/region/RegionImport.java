package org.gongshang.region;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongshang.region.RegionImportReport.RowProblem;
import org.gongshang.region.internal.RegionAggregate;
import org.gongshang.region.internal.RegionRepository;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
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

    private final RegionRepository repository;
    private final ApplicationEventPublisher events;

    RegionImport(RegionRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** @throws DomainException INVALID at the field {@code file} when the file as a whole cannot be read */
    @Transactional
    public RegionImportReport importCsv(Reader csv, @Nullable Long actorId) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, NewRegion> inFile = new LinkedHashMap<>();
        Map<String, Long> lineOf = new HashMap<>();
        for (CSVRecord record : read(csv)) {
            long line = record.getRecordNumber() + 1;
            String code = record.get("code").strip();
            RegionLevel level = parseLevel(record.get("level"));
            if (level == null) {
                problems.add(new RowProblem(line, code, "level", "region.level.unknown", record.get("level")));
            } else if (inFile.containsKey(code)) {
                problems.add(new RowProblem(line, code, "code", "region.import.duplicate", lineOf.get(code)));
            } else {
                inFile.put(code, new NewRegion(code, record.get("name"), level, record.get("parentCode")));
                lineOf.put(code, line);
            }
        }
        List<NewRegion> toAdd = new ArrayList<>();
        List<RegionAggregate> toRename = new ArrayList<>();
        for (NewRegion region : inFile.values()) {
            long line = lineOf.get(region.code());
            RegionAggregate found = repository.findById(region.code()).orElse(null);
            List<FieldProblem> rowProblems = found == null
                    ? RegionAggregate.problemsOf(region, parent -> parentOf(parent, inFile))
                    : changeProblems(found, region);
            rowProblems.forEach(p -> problems.add(new RowProblem(line, region.code(), p.field(), p.messageKey(), p.args())));
            if (found == null) {
                toAdd.add(region);
            } else if (rowProblems.isEmpty() && !found.name().equals(region.name())) {
                toRename.add(found.renamedTo(region.name()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(RowProblem::line));
            return new RegionImportReport(0, 0, problems);
        }
        add(toAdd);
        repository.saveAll(toRename);
        events.publishEvent(AuditRecord.of("region.imported", actorId, "region", "csv")
                .with("created", toAdd.size()).with("renamed", toRename.size()));
        return new RegionImportReport(toAdd.size(), toRename.size(), List.of());
    }

    /** An existing code may come again with the same level and parent, and perhaps a new name. */
    private static List<FieldProblem> changeProblems(RegionAggregate found, NewRegion region) {
        if (found.level() != region.level() || !Objects.equals(found.parentCode(), region.parentCode())) {
            return List.of(new FieldProblem("code", "region.import.conflict", found.name()));
        }
        return RegionAggregate.nameProblem(region.name()).stream().toList();
    }

    private @Nullable Region parentOf(String code, Map<String, NewRegion> inFile) {
        NewRegion inThisFile = inFile.get(code);
        if (inThisFile != null) {
            return new Region(inThisFile.code(), inThisFile.name(), inThisFile.level(), inThisFile.parentCode(), true);
        }
        return repository.findById(code).map(RegionAggregate::view).orElse(null);
    }

    /** Parents first, so that each region finds its parent's path. */
    private void add(List<NewRegion> regions) {
        Map<String, RegionAggregate> added = new HashMap<>();
        regions.sort(Comparator.comparingInt(region -> region.level().ordinal()));
        for (NewRegion region : regions) {
            String parentCode = region.parentCode();
            RegionAggregate parent = parentCode == null ? null
                    : added.containsKey(parentCode) ? added.get(parentCode) : repository.findById(parentCode).orElseThrow();
            added.put(region.code(), repository.save(RegionAggregate.add(region, parent)));
        }
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
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw DomainException.invalidField("file", "region.import.unreadable");
        }
    }

    /**
     * Spreadsheet programs save CSV with a byte order mark, which would become part of the first
     * header. A file without a single character is empty, not a file with a wrong header.
     */
    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first == -1) {
            throw DomainException.invalidField("file", "region.import.empty");
        }
        if (first != '\uFEFF') {
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
