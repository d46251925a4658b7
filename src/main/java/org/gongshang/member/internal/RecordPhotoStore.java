package org.gongshang.member.internal;

import java.util.List;
import java.util.Optional;

import org.gongshang.member.internal.MemberPhotoStore.Photo;
import org.gongshang.shared.image.SanitizedImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Photos of reception records and grid visits, re-encoded without metadata. */
@Repository
public class RecordPhotoStore {

    /** Whose photo: a reception record or a grid visit. */
    public enum Owner {
        RECEPTION, VISIT
    }

    private final JdbcClient jdbc;

    RecordPhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Owner owner, long ownerId, SanitizedImage photo) {
        return jdbc.sql("""
                insert into member_record_photo (owner_type, owner_id, content_type, width, height, content)
                values (:owner, :id, :type, :width, :height, :content) returning id""")
                .param("owner", owner.name()).param("id", ownerId).param("type", photo.contentType()).param("width", photo.width())
                .param("height", photo.height()).param("content", photo.bytes()).query(Long.class).single();
    }

    public List<Long> ids(Owner owner, long ownerId) {
        return jdbc.sql("select id from member_record_photo where owner_type = :owner and owner_id = :id order by id")
                .param("owner", owner.name()).param("id", ownerId).query(Long.class).list();
    }

    public Optional<Photo> find(Owner owner, long ownerId, long photoId) {
        return jdbc.sql("select content_type, content from member_record_photo where id = :photo and owner_type = :owner and owner_id = :id")
                .param("photo", photoId).param("owner", owner.name()).param("id", ownerId)
                .query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("content"))).optional();
    }
}
