package org.gongshang.moderation.internal;

import java.util.List;
import java.util.Optional;

import org.gongshang.moderation.ListedWord;
import org.gongshang.moderation.WordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class WordStore {

    private final JdbcClient jdbc;

    WordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ListedWord> list(WordKind kind) {
        return jdbc.sql("select id, word, kind, added_at from sensitive_word where kind = :kind order by word")
                .param("kind", kind.name()).query(WordStore::map).list();
    }

    public Optional<ListedWord> find(long id) {
        return jdbc.sql("select id, word, kind, added_at from sensitive_word where id = :id")
                .param("id", id).query(WordStore::map).optional();
    }

    public boolean exists(String word, WordKind kind) {
        return jdbc.sql("select exists (select 1 from sensitive_word where word = :word and kind = :kind)")
                .param("word", word).param("kind", kind.name()).query(Boolean.class).single();
    }

    public ListedWord insert(String word, WordKind kind, long actorId) {
        long id = jdbc.sql("insert into sensitive_word (word, kind, added_by) values (:word, :kind, :actor) returning id")
                .param("word", word).param("kind", kind.name()).param("actor", actorId).query(Long.class).single();
        return find(id).orElseThrow();
    }

    public void delete(long id) {
        jdbc.sql("delete from sensitive_word where id = :id").param("id", id).update();
    }

    private static ListedWord map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ListedWord(rs.getLong("id"), rs.getString("word"), WordKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("added_at").toInstant());
    }
}
