package org.gongshang.shared.office;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Text cells of CSV files that people open in a spreadsheet. Excel, WPS and LibreOffice run a cell
 * beginning with {@code = + - @}, a tab or a carriage return as a formula, so a statement or a
 * reply such as {@code =HYPERLINK("http://…","点我")} would become a link or a command on the
 * organiser's computer (CSV injection). Such text is written with a leading single quote, which
 * makes it inert; numbers are written as they are ({@code -1} is a number, not a formula).
 *
 * <p>{@link #unprotect} undoes exactly what {@link #protect} did, so that our own importers read an
 * export back unchanged. To keep that exact, text that already begins with a quote followed by
 * something that would need one gets a second quote.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    /** The text as a spreadsheet shows it but never runs it. */
    public static String protect(String text) {
        return needsQuote(text) ? "'" + text : text;
    }

    /** The text as it was before {@link #protect}. */
    public static String unprotect(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** A cell value: text protected, anything else (numbers, dates, enums) as it is. */
    public static @Nullable Object cell(@Nullable Object value) {
        return value instanceof CharSequence text ? protect(text.toString()) : value;
    }

    /** One record, every text cell protected. */
    public static void printRecord(CSVPrinter printer, @Nullable Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]);
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the text, after any quotes it begins with, begins with what a spreadsheet would run. */
    private static boolean needsQuote(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == '\'') {
            first++;
        }
        if (first == text.length()) {
            return false;
        }
        return switch (text.charAt(first)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
