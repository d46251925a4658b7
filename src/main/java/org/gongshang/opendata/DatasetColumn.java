package org.gongshang.opendata;

/**
 * A column of the data dictionary.
 *
 * @param name as in the CSV header and the JSON keys (snake case)
 * @param type {@code integer}, {@code number}, {@code text}, {@code boolean}, {@code date}, {@code date-time} or {@code code}
 * @param descriptionKey message key of what it means
 */
public record DatasetColumn(String name, String type, String descriptionKey) {
}
