package org.gongshang.emergency.internal;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.emergency.EmergencyProperties;
import org.gongshang.emergency.internal.EmergencyPhotoStore.Stage;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.image.ImageSanitizer;
import org.gongshang.shared.image.SanitizedImage;
import org.springframework.stereotype.Component;

/**
 * Photos of a report or a resolution: re-encoded by the shared image sanitiser (what a phone writes
 * into a photo — the GPS position above all — does not survive), at most the configured number per stage.
 */
@Component
public class EventPhotos {

    static final String FIELD = "photos";

    private final EmergencyPhotoStore store;
    private final ImageSanitizer sanitizer;
    private final long maxBytes;
    private final int maxCount;

    EventPhotos(EmergencyPhotoStore store, ImageSanitizer sanitizer, EmergencyProperties properties) {
        this.store = store;
        this.sanitizer = sanitizer;
        this.maxBytes = properties.photos().maxSize().toBytes();
        this.maxCount = properties.photos().maxCount();
    }

    /**
     * Checks the pictures before anything is written, so a bad one refuses the whole act.
     *
     * @param files empty files (an empty file input) are skipped
     * @throws DomainException INVALID at {@code photos} for too many or a file that is no readable JPEG or PNG
     */
    public List<SanitizedImage> check(List<byte[]> files, int alreadyThere) {
        List<byte[]> given = files.stream().filter(file -> file.length > 0).toList();
        if (alreadyThere + given.size() > maxCount) {
            throw DomainException.invalidField(FIELD, "emergency.photo.too-many", maxCount);
        }
        List<SanitizedImage> pictures = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (byte[] file : given) {
            try {
                pictures.add(sanitizer.sanitize(file, maxBytes, "emergency.photo", FIELD));
            } catch (DomainException refused) {
                problems.addAll(refused.fieldProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return pictures;
    }

    public void store(long emergencyId, Stage stage, List<SanitizedImage> pictures, long addedBy) {
        pictures.forEach(picture -> store.insert(emergencyId, stage, picture, addedBy));
    }

    public int count(long emergencyId, Stage stage) {
        return store.count(emergencyId, stage);
    }
}
