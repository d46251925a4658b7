package org.gongshang.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.notification.ChannelChoice;
import org.gongshang.notification.MessageKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification_preference table; a kind without a row has its default channels. */
@Repository
public class PreferenceStore {

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind's choice for the account, defaults filled in. */
    public Map<MessageKind, ChannelChoice> choices(long accountId) {
        Map<MessageKind, ChannelChoice> choices = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            choices.put(kind, kind.defaultChoice());
        }
        jdbc.sql("select kind, sms, email from notification_preference where account_id = :account")
                .param("account", accountId)
                .query((rs, n) -> new ChannelChoice(MessageKind.valueOf(rs.getString("kind")), rs.getBoolean("sms"),
                        rs.getBoolean("email")))
                .list()
                .forEach(choice -> choices.put(choice.kind(), choice));
        return choices;
    }

    /** The accounts' choices for one kind, defaults filled in. */
    public Map<Long, ChannelChoice> choices(Collection<Long> accountIds, MessageKind kind) {
        Map<Long, ChannelChoice> choices = new HashMap<>();
        accountIds.forEach(id -> choices.put(id, kind.defaultChoice()));
        if (accountIds.isEmpty()) {
            return choices;
        }
        jdbc.sql("select account_id, sms, email from notification_preference where kind = :kind and account_id in (:accounts)")
                .param("kind", kind.name()).param("accounts", List.copyOf(accountIds))
                .query((rs, n) -> Map.entry(rs.getLong("account_id"), new ChannelChoice(kind, rs.getBoolean("sms"),
                        rs.getBoolean("email"))))
                .list()
                .forEach(entry -> choices.put(entry.getKey(), entry.getValue()));
        return choices;
    }

    public void save(long accountId, ChannelChoice choice, Instant now) {
        jdbc.sql("""
                insert into notification_preference (account_id, kind, sms, email, updated_at)
                values (:account, :kind, :sms, :email, :now)
                on conflict (account_id, kind) do update set sms = excluded.sms, email = excluded.email,
                    updated_at = excluded.updated_at""")
                .param("account", accountId).param("kind", choice.kind().name()).param("sms", choice.sms())
                .param("email", choice.email()).param("now", Timestamp.from(now))
                .update();
    }
}
