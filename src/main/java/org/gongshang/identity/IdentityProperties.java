package org.gongshang.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of login, registration and one-time codes.
 *
 * @param codeValidity how long an SMS code can be used
 * @param codeMaxAttempts wrong tries after which a code is void
 * @param codeInterval at most one code per phone in this interval
 * @param codesPerPhonePerDay at most this many codes per phone per calendar day
 * @param codesPerAddressPerHour at most this many codes asked from one IP address per hour
 * @param registrationsPerAddressPerHour registration attempts (with a well-formed form) per IP address per hour
 * @param registrationsPerPhonePerHour registration attempts per phone per hour
 * @param signInWindow failed passwords within this time count towards the delays below
 * @param signInFreeFailures failed passwords of one account (or unknown name) before each try must wait
 * @param signInFreeFailuresPerAddress failed passwords from one IP address before each try must wait
 * @param signInDelay the first wait; each further failure doubles it
 * @param signInMaxDelay the longest wait between tries
 * @param secondFactor staff, reviewers, departments and admins confirm logins with an SMS code;
 *     unset means on, except in demo mode
 * @param tokenValidity lifetime of an API access token
 * @param principalCache how long a node reuses a signed-in account (roles, enabled) and a token's
 *     account without asking the database; changes made on this node apply at once, those made on
 *     another node (disabling, revoking) within this time. Zero turns the cache off.
 * @param setupLinkValidity how long the console's link to create the first administrator works
 */
@ConfigurationProperties("gongshang.identity")
public record IdentityProperties(
        @DefaultValue("PT5M") Duration codeValidity,
        @DefaultValue("3") int codeMaxAttempts,
        @DefaultValue("PT60S") Duration codeInterval,
        @DefaultValue("20") int codesPerPhonePerDay,
        @DefaultValue("30") int codesPerAddressPerHour,
        @DefaultValue("10") int registrationsPerAddressPerHour,
        @DefaultValue("5") int registrationsPerPhonePerHour,
        @DefaultValue("PT1H") Duration signInWindow,
        @DefaultValue("5") int signInFreeFailures,
        @DefaultValue("30") int signInFreeFailuresPerAddress,
        @DefaultValue("PT2S") Duration signInDelay,
        @DefaultValue("PT15M") Duration signInMaxDelay,
        @Nullable Boolean secondFactor,
        @DefaultValue("PT8H") Duration tokenValidity,
        @DefaultValue("PT5S") Duration principalCache,
        @DefaultValue("PT24H") Duration setupLinkValidity) {
}
