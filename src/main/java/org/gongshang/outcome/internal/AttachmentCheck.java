package org.gongshang.outcome.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.image.ImageSanitizer;
import org.gongshang.shared.image.SanitizedImage;
import org.springframework.stereotype.Component;

/**
 * Accepts the files departments attach to progress reports by their content, not their name: PDF,
 * JPEG, PNG and Office documents (a ZIP container named .docx or .xlsx), up to the configured size.
 * Pictures go through the {@link ImageSanitizer} like every uploaded picture: re-encoded, so that the
 * GPS position and the rest of the EXIF of a photo taken on site is not published with the report.
 */
@Component("outcomeAttachmentCheck")
public class AttachmentCheck {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_NAME = 200;

    private final OutcomeProperties properties;
    private final ImageSanitizer images;

    AttachmentCheck(OutcomeProperties properties, ImageSanitizer images) {
        this.properties = properties;
        this.images = images;
    }

    public record Checked(String filename, String contentType, byte[] content) {
    }

    public Checked check(String filename, byte[] content) {
        if (content.length == 0) {
            throw DomainException.invalidField("files", "outcome.attachment.empty");
        }
        if (content.length > properties.attachmentMaxSize().toBytes()) {
            throw DomainException.invalidField("files", "outcome.attachment.too-large", properties.attachmentMaxSize().toMegabytes());
        }
        String name = cleanName(filename);
        String lower = name.toLowerCase(Locale.ROOT);
        String type;
        if (startsWith(content, PDF)) {
            type = "application/pdf";
        } else if (startsWith(content, JPEG) || startsWith(content, PNG)) {
            SanitizedImage picture = images.sanitize(content, properties.attachmentMaxSize().toBytes(), "outcome.attachment", "files");
            return new Checked(name, picture.contentType(), picture.bytes());
        } else if (startsWith(content, ZIP) && lower.endsWith(".docx")) {
            type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else if (startsWith(content, ZIP) && lower.endsWith(".xlsx")) {
            type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        } else {
            throw DomainException.invalidField("files", "outcome.attachment.type");
        }
        return new Checked(name, type, content);
    }

    /** The last part of a path some browsers send, without control characters, and not too long. */
    private static String cleanName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
