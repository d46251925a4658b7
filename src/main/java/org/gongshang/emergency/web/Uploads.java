package org.gongshang.emergency.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.gongshang.emergency.PhotoFile;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded photos in, stored photos out: the two ends the API and the pages share. */
final class Uploads {

    private Uploads() {
    }

    /** The files' bytes; an empty file input sends one empty part, which the use case skips. */
    static List<byte[]> bytes(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(file -> {
            try {
                return file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Private: a photo of an open event is only for those who may see it. */
    static ResponseEntity<byte[]> photo(PhotoFile photo) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }
}
