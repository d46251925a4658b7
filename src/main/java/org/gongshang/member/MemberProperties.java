package org.gongshang.member;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The numbers of the member module.
 *
 * @param defaultSectors the sectors (界别) a committee's list starts with: the national CPPCC's
 * @param photos photos of profiles, reception records and grid visits
 * @param maxImportRows rows of one CSV import of members
 * @param checkIn the QR code at a station's shift
 * @param roster the duty roster and its reminders
 * @param notices notices to members: reminders, shared links
 * @param points default points per record of each activity, until a committee sets its own rule
 * @param caps default most points a year of an activity
 * @param minimums default least records a year of an activity (e.g. two consultations)
 */
@ConfigurationProperties("gongshang.member")
public record MemberProperties(
        @DefaultValue({"中国共产党", "中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会", "中国农工民主党",
                "中国致公党", "九三学社", "台湾民主自治同盟", "无党派人士", "中国共产主义青年团", "中华全国总工会",
                "中华全国妇女联合会", "中华全国青年联合会", "中华全国工商业联合会", "中国科学技术协会",
                "中华全国台湾同胞联谊会", "中华全国归国华侨联合会", "文化艺术界", "科学技术界", "社会科学界", "经济界",
                "农业界", "教育界", "体育界", "新闻出版界", "医药卫生界", "对外友好界", "社会福利和社会保障界",
                "少数民族界", "宗教界", "特邀香港人士", "特邀澳门人士", "特别邀请人士"}) List<String> defaultSectors,
        @DefaultValue Photos photos,
        @DefaultValue("2000") int maxImportRows,
        @DefaultValue CheckIn checkIn,
        @DefaultValue Roster roster,
        @DefaultValue Notices notices,
        Map<DutyActivity, Integer> points,
        Map<DutyActivity, Integer> caps,
        Map<DutyActivity, Integer> minimums) {

    public MemberProperties {
        points = points == null ? Map.of() : Map.copyOf(points);
        caps = caps == null ? Map.of() : Map.copyOf(caps);
        minimums = minimums == null ? Map.of() : Map.copyOf(minimums);
    }

    /**
     * @param key the HMAC key signing check-in tokens; empty derives one from the personal-data key
     * @param earlyMinutes how long before the shift starts its code is shown and accepted
     */
    public record CheckIn(@Nullable String key, @DefaultValue("30") int earlyMinutes) {
    }

    /**
     * @param maxWeeks the longest period generated at once
     * @param servedLookbackMonths how far back the generator counts duties to weigh members
     * @param reminderTime when the reminders of the next working day's shifts go out
     */
    public record Roster(@DefaultValue("26") int maxWeeks, @DefaultValue("12") int servedLookbackMonths,
            @DefaultValue("16:00") LocalTime reminderTime) {
    }

    /**
     * @param reminderAfterWorkingDays members who have not read a notice are reminded this many working days after it was sent
     * @param reminderTime when the daily reminders go out
     * @param shareCookieDays how long a shared link's visit is remembered, to count a sign-up or a visit signed in
     */
    public record Notices(@DefaultValue("2") int reminderAfterWorkingDays, @DefaultValue("09:30") LocalTime reminderTime,
            @DefaultValue("30") int shareCookieDays) {
    }

    /** Up to {@code maxCount} JPEG or PNG photos per record, each at most {@code maxSize}; pixels as {@code gongshang.images.*} allow. */
    public record Photos(@DefaultValue("9") int maxCount, @DefaultValue("5MB") DataSize maxSize) {
    }
}
