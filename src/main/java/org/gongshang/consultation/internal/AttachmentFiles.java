package org.gongshang.consultation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.gongshang.consultation.ConsultationProperties;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.PlatformProperties;
import org.gongshang.shared.image.ImageSanitizer;
import org.gongshang.shared.image.SanitizedImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of attachments, in the database (written with the attachment's row, readable by every
 * node); those uploaded before version 8.2 are still read from {@code <data dir>/uploads/consultation}.
 * A file's type is decided by its first bytes (magic numbers), never by the name or the type the
 * browser claims: PDF, Word (.docx, and the old .doc), PNG, JPEG. Pictures are stored as the
 * {@link ImageSanitizer} re-encodes them, without EXIF (a phone's GPS position) and within its pixel
 * limits; GIF and WebP, which it cannot re-encode and which can carry metadata too, are refused.
 */
@Component
public class AttachmentFiles {

    private final Path directory;
    private final ConsultationProperties properties;
    private final JdbcClient jdbc;
    private final ImageSanitizer images;

    AttachmentFiles(PlatformProperties platform, ConsultationProperties properties, JdbcClient jdbc, ImageSanitizer images) {
        this.directory = platform.dataDir().resolve("uploads").resolve("consultation");
        this.properties = properties;
        this.jdbc = jdbc;
        this.images = images;
    }

    /** A checked upload: its real content type, the key under which its bytes were stored, and their size. */
    public record Stored(String contentType, String storageKey, long sizeBytes) {
    }

    /** @throws DomainException INVALID for an empty, too large or unaccepted file */
    public Stored store(String filename, byte[] content) {
        if (content.length == 0) {
            throw DomainException.invalidField("file", "consultation.attachment.empty");
        }
        if (content.length > properties.attachmentMaxSize().toBytes()) {
            throw DomainException.invalidField("file", "consultation.attachment.too-large",
                    properties.attachmentMaxSize().toMegabytes());
        }
        String type = detect(content, filename)
                .orElseThrow(() -> DomainException.invalidField("file", "consultation.attachment.type"));
        byte[] bytes = content;
        if (type.startsWith("image/")) {
            SanitizedImage picture = images.sanitize(content, properties.attachmentMaxSize().toBytes(), "consultation.attachment", "file");
            type = picture.contentType();
            bytes = picture.bytes();
        }
        String key = UUID.randomUUID().toString();
        jdbc.sql("insert into consultation_attachment_content (storage_key, content) values (:key, :content)")
                .param("key", key).param("content", bytes).update();
        return new Stored(type, key, bytes.length);
    }

    public byte[] read(String storageKey) {
        String key = UUID.fromString(storageKey).toString();
        return jdbc.sql("select content from consultation_attachment_content where storage_key = :key").param("key", key)
                .query(byte[].class).optional().orElseGet(() -> readFile(key));
    }

    /** An attachment uploaded before the bytes moved into the database. */
    private byte[] readFile(String key) {
        try {
            return Files.readAllBytes(directory.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content type the bytes prove, if they are of an accepted kind. */
    static Optional<String> detect(byte[] bytes, String filename) {
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of("application/msword");
        }
        // A .docx is a zip whose entries include word/document.xml (names are stored uncompressed).
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) && contains(bytes, "word/".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
