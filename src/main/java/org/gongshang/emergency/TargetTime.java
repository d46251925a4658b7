package org.gongshang.emergency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongshang.shared.Zones;

/**
 * A response target's time as configured: hours on the clock ({@code 2h}), days on the clock
 * ({@code 7d}) — an emergency does not wait for Monday — or working days ({@code 10wd}) where the
 * rule says so (the review), counted by the working-day calendar: a target of n working days is met
 * until the end of the n-th working day after the start, in China time.
 */
public record TargetTime(int amount, Unit unit) {

    public enum Unit {
        HOURS("h"), DAYS("d"), WORKING_DAYS("wd");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,4})\\s*(h|d|wd)");

    public TargetTime {
        if (amount < 1) {
            throw new IllegalArgumentException("A target is at least one " + unit + ": " + amount);
        }
    }

    /** Reads {@code 2h}, {@code 7d} or {@code 10wd}; Spring uses it to bind the configuration. */
    public static TargetTime of(String text) {
        Matcher matcher = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("A target time is hours (2h), days (7d) or working days (10wd): " + text);
        }
        String suffix = matcher.group(2);
        Unit unit = suffix.equals("h") ? Unit.HOURS : suffix.equals("d") ? Unit.DAYS : Unit.WORKING_DAYS;
        return new TargetTime(Integer.parseInt(matcher.group(1)), unit);
    }

    /**
     * When the target falls due for something that started at {@code start}.
     *
     * @param plusWorkingDays the working-day calendar's {@code plusWorkingDays}
     */
    public Instant dueFrom(Instant start, BiFunction<LocalDate, Integer, LocalDate> plusWorkingDays) {
        return switch (unit) {
            case HOURS -> start.plus(Duration.ofHours(amount));
            case DAYS -> start.plus(Duration.ofDays(amount));
            case WORKING_DAYS -> plusWorkingDays.apply(LocalDate.ofInstant(start, Zones.platform()), amount).plusDays(1)
                    .atStartOfDay(Zones.platform()).toInstant();
        };
    }

    @Override
    public String toString() {
        return amount + unit.suffix;
    }
}
