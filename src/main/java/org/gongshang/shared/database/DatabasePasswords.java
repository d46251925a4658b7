package org.gongshang.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.gongshang.shared.privacy.PrivateFiles;

/**
 * The generated passwords of the embedded database's two roles, each in an owner-only file in the
 * keys directory, outside the cluster: {@code postgres} (superuser, for setting up and backups) and
 * {@code gongshang} (the application, no superuser). The files are the truth: on start, the roles get
 * the passwords in them.
 */
record DatabasePasswords(Path superuserFile, String superuser, String application) {

    static final String SUPERUSER_FILE = "database-superuser.password";
    static final String APPLICATION_FILE = "database.password";

    /** The passwords in the keys directory, generated if missing. */
    static DatabasePasswords in(Path keysDir) {
        Path superuserFile = keysDir.resolve(SUPERUSER_FILE);
        return new DatabasePasswords(superuserFile, readOrCreate(superuserFile), readOrCreate(keysDir.resolve(APPLICATION_FILE)));
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                try {
                    PrivateFiles.create(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
                } catch (FileAlreadyExistsException createdMeanwhile) {
                    // Another process made it first: its password is the one to use.
                }
            }
            String password = PrivateFiles.read(file).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("The password file " + file + " is empty; delete it to have a new one generated");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database password file " + file, e);
        }
    }
}
