package org.gongshang.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of login and one-time codes.
 *
 * @param codeValidity how long an SMS code can be used
 * @param codeMaxAttempts wrong tries after which a code is void
 * @param codeInterval at most one code per phone in this interval
 * @param codesPerPhonePerDay at most this many codes per phone per calendar day
 * @param codesPerAddressPerHour at most this many codes asked from one IP address per hour
 * @param maxFailedLogins wrong passwords in a row before the account is locked
 * @param lockout how long a locked account stays locked
 * @param secondFactor staff, reviewers, departments and admins confirm logins with an SMS code;
 *     unset means on, except in demo mode
 * @param tokenValidity lifetime of an API access token
 * @param principalCache how long a node reuses a signed-in account (roles, enabled) and a token's
 *     account without asking the database; changes made on this node apply at once, those made on
 *     another node (disabling, revoking) within this time. Zero turns the cache off.
 */
@ConfigurationProperties("gongshang.identity")
public record IdentityProperties(
        @DefaultValue("PT5M") Duration codeValidity,
        @DefaultValue("3") int codeMaxAttempts,
        @DefaultValue("PT60S") Duration codeInterval,
        @DefaultValue("20") int codesPerPhonePerDay,
        @DefaultValue("30") int codesPerAddressPerHour,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("PT15M") Duration lockout,
        @Nullable Boolean secondFactor,
        @DefaultValue("PT8H") Duration tokenValidity,
        @DefaultValue("PT5S") Duration principalCache) {
}
