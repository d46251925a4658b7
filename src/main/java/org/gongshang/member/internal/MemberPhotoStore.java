package org.gongshang.member.internal;

import java.util.Optional;

import org.gongshang.shared.image.SanitizedImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Profile photos, one per member, as sanitised JPEG or PNG. */
@Repository
public class MemberPhotoStore {

    /** A stored photo with its type. */
    public record Photo(String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;

    MemberPhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(long memberId, SanitizedImage photo) {
        jdbc.sql("""
                insert into member_photo (member_id, content_type, width, height, content)
                values (:member, :type, :width, :height, :content)
                on conflict (member_id) do update set content_type = excluded.content_type, width = excluded.width,
                    height = excluded.height, content = excluded.content""")
                .param("member", memberId).param("type", photo.contentType()).param("width", photo.width())
                .param("height", photo.height()).param("content", photo.bytes()).update();
    }

    public Optional<Photo> find(long memberId) {
        return jdbc.sql("select content_type, content from member_photo where member_id = :member").param("member", memberId)
                .query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    public boolean exists(long memberId) {
        return jdbc.sql("select exists (select 1 from member_photo where member_id = :member)").param("member", memberId)
                .query(Boolean.class).single();
    }
}
