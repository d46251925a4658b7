package org.gongshang.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification_language table: the language messages are written in, per account. */
@Repository
public class LanguageStore {

    public static final String DEFAULT = "zh";

    /** @param chosen whether the person chose it on the preferences page, rather than by using the site */
    public record Language(String code, boolean chosen) {
    }

    private final JdbcClient jdbc;

    LanguageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Language> find(long accountId) {
        return jdbc.sql("select language, chosen from notification_language where account_id = :account")
                .param("account", accountId)
                .query((rs, n) -> new Language(rs.getString("language"), rs.getBoolean("chosen")))
                .optional();
    }

    /** Each account's language; accounts without a row get {@link #DEFAULT}. */
    public Map<Long, String> languages(Collection<Long> accountIds) {
        Map<Long, String> languages = new HashMap<>();
        accountIds.forEach(id -> languages.put(id, DEFAULT));
        if (!accountIds.isEmpty()) {
            jdbc.sql("select account_id, language from notification_language where account_id in (:accounts)")
                    .param("accounts", List.copyOf(accountIds))
                    .query((rs, n) -> Map.entry(rs.getLong("account_id"), rs.getString("language")))
                    .list()
                    .forEach(entry -> languages.put(entry.getKey(), entry.getValue()));
        }
        return languages;
    }

    /** The language the person uses the site in, unless they chose one explicitly. */
    public void rememberUsed(long accountId, String language, Instant now) {
        jdbc.sql("""
                insert into notification_language (account_id, language, chosen, updated_at)
                values (:account, :language, false, :now)
                on conflict (account_id) do update set language = excluded.language, updated_at = excluded.updated_at
                where notification_language.chosen = false and notification_language.language <> excluded.language""")
                .param("account", accountId).param("language", language).param("now", Timestamp.from(now))
                .update();
    }

    public void choose(long accountId, String language, Instant now) {
        jdbc.sql("""
                insert into notification_language (account_id, language, chosen, updated_at)
                values (:account, :language, true, :now)
                on conflict (account_id) do update set language = excluded.language, chosen = true,
                    updated_at = excluded.updated_at""")
                .param("account", accountId).param("language", language).param("now", Timestamp.from(now))
                .update();
    }
}
