package org.gongshang.deliberation.polis;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gongshang.shared.office.SpreadsheetCsv;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV files of a Pol.is export. Columns are found by their header names, because the
 * export format changed over the years (newer ones add {@code xid}, older ones lack some columns).
 * A comment our own export quoted against spreadsheet formulas ({@link SpreadsheetCsv}) is read
 * without that quote, so an export re-imports unchanged.
 */
public final class PolisCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private PolisCsv() {
    }

    /** {@code comments.csv}: comment-id, author-id, moderated, comment-body, and timestamp when present. */
    public static List<PolisStatement> readComments(Reader reader, String name) throws IOException {
        try (CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            require(header, name, "comment-id", "moderated");
            List<PolisStatement> statements = new ArrayList<>();
            for (CSVRecord record : parser) {
                statements.add(new PolisStatement(
                        number(record, "comment-id", name),
                        header.containsKey("author-id") ? number(record, "author-id", name) : -1,
                        (int) number(record, "moderated", name),
                        header.containsKey("comment-body") ? SpreadsheetCsv.unprotect(record.get("comment-body")) : "",
                        header.containsKey("timestamp") ? number(record, "timestamp", name) : 0));
            }
            return statements;
        }
    }

    /** {@code votes.csv}: timestamp, comment-id, voter-id, vote, one line per vote ever cast. */
    public static List<PolisVote> readVotes(Reader reader, String name) throws IOException {
        try (CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            require(header, name, "comment-id", "voter-id", "vote");
            boolean timed = header.containsKey("timestamp");
            List<PolisVote> votes = new ArrayList<>();
            for (CSVRecord record : parser) {
                votes.add(new PolisVote(timed ? number(record, "timestamp", name) : 0,
                        number(record, "comment-id", name), number(record, "voter-id", name),
                        vote(record.get("vote"), record, name)));
            }
            return votes;
        }
    }

    /**
     * {@code participants-votes.csv}: participant, optional xid, group-id, counts, then one column
     * per comment id holding 1, -1, 0 or nothing.
     */
    public static List<PolisParticipant> readParticipantsVotes(Reader reader, String name) throws IOException {
        try (CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            require(header, name, "participant");
            List<String> commentColumns = parser.getHeaderNames().stream().filter(PolisCsv::isNumber).toList();
            List<PolisParticipant> participants = new ArrayList<>();
            for (CSVRecord record : parser) {
                long participant = number(record, "participant", name);
                List<PolisVote> votes = new ArrayList<>();
                for (String column : commentColumns) {
                    String cell = record.isSet(column) ? record.get(column) : "";
                    if (!cell.isEmpty()) {
                        votes.add(new PolisVote(0, Long.parseLong(column), participant, vote(cell, record, name)));
                    }
                }
                participants.add(new PolisParticipant(participant, optional(record, "xid"),
                        groupId(record, name), List.copyOf(votes)));
            }
            return participants;
        }
    }

    private static @Nullable Integer groupId(CSVRecord record, String name) {
        String value = optional(record, "group-id");
        return value == null ? null : (int) parse(value, record, "group-id", name);
    }

    private static @Nullable String optional(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static void require(Map<String, Integer> header, String name, String... columns) {
        for (String column : columns) {
            if (!header.containsKey(column)) {
                throw new PolisFormatException(name + ": no column '" + column + "' in the header " + header.keySet());
            }
        }
    }

    private static long number(CSVRecord record, String column, String name) {
        return parse(record.get(column), record, column, name);
    }

    private static long parse(String value, CSVRecord record, String column, String name) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            try {
                double number = Double.parseDouble(value);
                if (number == Math.rint(number)) {
                    return (long) number;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new PolisFormatException(name + " line " + record.getRecordNumber() + ": '" + value + "' in column '"
                    + column + "' is not a whole number");
        }
    }

    private static int vote(String value, CSVRecord record, String name) {
        long vote = parse(value, record, "vote", name);
        if (vote < -1 || vote > 1) {
            throw new PolisFormatException(name + " line " + record.getRecordNumber() + ": vote " + vote
                    + " is not -1, 0 or 1");
        }
        return (int) vote;
    }

    private static boolean isNumber(String header) {
        return !header.isEmpty() && header.chars().allMatch(Character::isDigit);
    }
}
