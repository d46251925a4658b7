package org.gongshang.member.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongshang.member.StationDetails;
import org.gongshang.member.StationKind;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A station as kept. Its coverage and members are rows of their own ({@code StationStore}). */
@Table("member_station")
public record StationAggregate(@Id @Nullable Long id, long committeeId, String name, StationKind kind, String regionCode,
        String address, String openingHours, String contactName, String contactPhone, @Nullable Long contactAccountId,
        String description, int bookingsPerShift, boolean active, @Version @Nullable Long version) {

    public static final int MAX_NAME = 60;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_HOURS = 200;
    public static final int MAX_CONTACT = 30;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_BOOKINGS = 50;

    /** @param surroundingProblems the region's, the coverage's, the contact account's, the name taken */
    public static StationAggregate open(long committeeId, StationDetails details, @Nullable Long contactAccountId,
            List<FieldProblem> surroundingProblems) {
        refuseIfAny(details, surroundingProblems);
        return new StationAggregate(null, committeeId, details.name(), details.kind(), details.regionCode(), details.address(),
                details.openingHours(), details.contactName(), details.contactPhone(), contactAccountId,
                Objects.requireNonNullElse(details.description(), ""), details.bookingsPerShift(), true, null);
    }

    public StationAggregate changedTo(StationDetails details, @Nullable Long newContactAccountId, List<FieldProblem> surroundingProblems) {
        refuseIfAny(details, surroundingProblems);
        return new StationAggregate(id, committeeId, details.name(), details.kind(), details.regionCode(), details.address(),
                details.openingHours(), details.contactName(), details.contactPhone(), newContactAccountId,
                Objects.requireNonNullElse(details.description(), ""), details.bookingsPerShift(), active, version);
    }

    public StationAggregate withActive(boolean nowActive) {
        return new StationAggregate(id, committeeId, name, kind, regionCode, address, openingHours, contactName, contactPhone,
                contactAccountId, description, bookingsPerShift, nowActive, version);
    }

    /** Whether this is the station of that id (false for a new one, or another). */
    public boolean hasId(@Nullable Long other) {
        return id != null && id.equals(other);
    }

    public long requireId() {
        return Objects.requireNonNull(id, "saved");
    }

    private static void refuseIfAny(StationDetails details, List<FieldProblem> surroundingProblems) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", details.name(), MAX_NAME, "member.station.name");
        if (details.kind() == null) {
            problems.add(new FieldProblem("kind", "member.station.kind"));
        }
        text(problems, "address", details.address(), MAX_ADDRESS, "member.station.address");
        text(problems, "openingHours", details.openingHours(), MAX_HOURS, "member.station.hours");
        text(problems, "contactName", details.contactName(), MAX_CONTACT, "member.station.contact-name");
        text(problems, "contactPhone", details.contactPhone(), MAX_CONTACT, "member.station.contact-phone");
        if (details.contactPhone() != null && !details.contactPhone().matches("[0-9+\\- ]{5,30}")) {
            problems.add(new FieldProblem("contactPhone", "member.station.contact-phone", MAX_CONTACT));
        }
        if (details.description() != null && details.description().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "member.station.description", MAX_DESCRIPTION));
        }
        if (details.bookingsPerShift() == null || details.bookingsPerShift() < 0 || details.bookingsPerShift() > MAX_BOOKINGS) {
            problems.add(new FieldProblem("bookingsPerShift", "member.station.bookings", MAX_BOOKINGS));
        }
        problems.addAll(surroundingProblems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max, String key) {
        if (value == null || value.length() > max) {
            problems.add(new FieldProblem(field, key, max));
        }
    }
}
