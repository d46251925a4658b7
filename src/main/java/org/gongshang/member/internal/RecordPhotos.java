package org.gongshang.member.internal;

import java.util.List;

import org.gongshang.member.MemberProperties;
import org.gongshang.member.internal.RecordPhotoStore.Owner;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.image.ImageSanitizer;
import org.springframework.stereotype.Component;

/** Adds the photos taken with a record: JPEG or PNG only, re-encoded (no location survives), a few per record. */
@Component
public class RecordPhotos {

    private final RecordPhotoStore store;
    private final ImageSanitizer sanitizer;
    private final int maxCount;
    private final long maxBytes;

    RecordPhotos(RecordPhotoStore store, ImageSanitizer sanitizer, MemberProperties properties) {
        this.store = store;
        this.sanitizer = sanitizer;
        this.maxBytes = properties.photos().maxSize().toBytes();
        this.maxCount = properties.photos().maxCount();
    }

    /** @throws DomainException INVALID at {@code photos} for too many or anything but a picture within the limits */
    public void add(Owner owner, long ownerId, List<byte[]> photos) {
        List<byte[]> given = photos.stream().filter(photo -> photo.length > 0).toList();
        if (store.ids(owner, ownerId).size() + given.size() > maxCount) {
            throw DomainException.invalidField("photos", "member.photo.too-many", maxCount);
        }
        for (byte[] photo : given) {
            store.insert(owner, ownerId, sanitizer.sanitize(photo, maxBytes, "member.photo", "photos"));
        }
    }
}
