package org.gongshang.member;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.MemberPhotoStore;
import org.gongshang.member.internal.MemberPhotoStore.Photo;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.image.ImageSanitizer;
import org.gongshang.region.Organizations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's profile photo: put by the member or the committee's staff, shown on the public profile
 * when the member keeps it public, and to them otherwise. Uploaded pictures are re-encoded
 * (no location or other metadata survives).
 */
@Service
public class MemberPhotos {

    private final MemberPhotoStore store;
    private final Members members;
    private final MemberAccess access;
    private final Organizations organizations;
    private final ImageSanitizer sanitizer;
    private final long maxBytes;
    private final ApplicationEventPublisher events;

    MemberPhotos(MemberPhotoStore store, Members members, MemberAccess access, Organizations organizations,
            ImageSanitizer sanitizer, MemberProperties properties, ApplicationEventPublisher events) {
        this.store = store;
        this.members = members;
        this.access = access;
        this.organizations = organizations;
        this.sanitizer = sanitizer;
        this.maxBytes = properties.photos().maxSize().toBytes();
        this.events = events;
    }

    /** @throws DomainException INVALID (field {@code photo}) for anything but a JPEG or PNG within the limits */
    @Transactional
    public void put(long memberId, byte[] content, Actor actor) {
        Member member = members.get(memberId, actor);
        store.put(member.id(), sanitizer.sanitize(content, maxBytes, "member.photo", "photo"));
        events.publishEvent(AuditRecord.of("member.photo-changed", actor.accountId(), "member", memberId));
    }

    /** @throws DomainException NOT_FOUND when there is none, or the viewer may not see it */
    public Photo get(long memberId, @Nullable Actor viewer) {
        Member member = members.get(memberId);
        boolean mine = viewer != null && viewer.accountId() == member.accountId();
        boolean staff = viewer != null && access.isStaffIn(viewer, organizations.get(member.committeeId()).regionCode());
        if (!(member.active() && member.visibility().publicProfile()) && !mine && !staff) {
            throw DomainException.notFound("member.photo.none");
        }
        return store.find(memberId).orElseThrow(() -> DomainException.notFound("member.photo.none"));
    }
}
