package org.gongshang.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.gongshang.shared.PlatformProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar gongshang.jar backup --out FILE} and {@code restore --from FILE}: the embedded
 * database's backups, without the application (no web server, no migrations, no jobs). They read
 * the configuration as the application does ({@code application.properties} beside the jar,
 * environment, {@code --gongshang.data-dir=...}). A backup is taken while Gongshang runs, or starts
 * the database for itself when it does not; a restore needs a data directory without a database.
 */
public final class DatabaseCommands {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private DatabaseCommands() {
    }

    public static int run(String command, String[] args) {
        String option = command.equals("backup") ? "out" : "from";
        Optional<Path> file = file(option, args);
        if (file.isEmpty()) {
            System.err.println("Usage: java -jar gongshang.jar backup --out FILE   |   restore --from FILE"
                    + "   [--gongshang.data-dir=DIR]");
            return USAGE;
        }
        SpringApplication application = new SpringApplication(Configured.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setAdditionalProfiles("command");
        try (ConfigurableApplicationContext context = application.run(rest(option, args))) {
            Environment environment = context.getEnvironment();
            if (!EmbeddedDatabaseCondition.isEmbedded(environment)) {
                System.err.println("spring.datasource.url is set: this installation runs on an external PostgreSQL."
                        + " Back it up with pg_dump or continuous archiving (see docs/reliability.md).");
                return USAGE;
            }
            Binder binder = Binder.get(environment);
            PlatformProperties platform = binder.bindOrCreate("gongshang", PlatformProperties.class);
            // Never from the test configuration's clean start: a command keeps what is there.
            EmbeddedDatabaseProperties settings = binder.bindOrCreate("gongshang.embedded-database",
                    EmbeddedDatabaseProperties.class).withClean(false);
            boolean keyGiven = !environment.getProperty("gongshang.pii.key", "").isBlank()
                    || !environment.getProperty("gongshang.pii.key-file", "").isBlank();
            return command.equals("backup") ? backup(platform, settings, file.get())
                    : restore(platform, settings, file.get(), keyGiven);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            System.err.println(refused.getMessage());
            return FAILED;
        }
    }

    private static int backup(PlatformProperties platform, EmbeddedDatabaseProperties settings, Path out) {
        if (!Files.exists(platform.databaseDir().resolve("PG_VERSION"))) {
            System.err.println("There is no embedded database in " + platform.databaseDir() + " to back up.");
            return FAILED;
        }
        if (Files.exists(out)) {
            System.err.println(out + " exists: a backup never overwrites a file; choose another name.");
            return FAILED;
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.attach(platform, settings)) {
            String summary = DatabaseBackup.write(database, platform.databaseDir(), out.toAbsolutePath());
            System.out.println("Backed up the database of " + platform.dataDir() + " to " + out + " (" + summary + ").");
            System.out.println("The backup holds no personal-data key: keep a copy of " + platform.keysDir().resolve("pii.key")
                    + " (or of gongshang.pii.key) apart from it; without the key, ID numbers and phones cannot be read.");
            return DONE;
        } catch (Exception e) {
            System.err.println("The backup failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static int restore(PlatformProperties platform, EmbeddedDatabaseProperties settings, Path from, boolean keyGiven) {
        Properties backup;
        try {
            backup = DatabaseRestore.describe(from);
            try (DataDirectoryLock lock = DataDirectoryLock.tryAcquire(platform.dataDir()).orElseThrow(() ->
                    new IllegalStateException("The data directory " + platform.dataDir() + " is in use by "
                            + DataDirectoryLock.holder(platform.dataDir()) + ": stop it first."))) {
                DatabaseRestore.unpack(from, platform.databaseDir());
            }
        } catch (Exception refused) {
            System.err.println("Nothing was restored: " + refused.getMessage());
            return FAILED;
        }
        // The first start replays the log to the end of the backup and gives the roles this directory's passwords.
        try (EmbeddedDatabase database = EmbeddedDatabase.open(platform, settings)) {
            System.out.println("Restored " + from + " (PostgreSQL " + backup.getProperty("postgresql") + ", taken "
                    + backup.getProperty("created") + ") into " + platform.databaseDir() + ".");
        } catch (RuntimeException e) {
            System.err.println("The backup was unpacked into " + platform.databaseDir() + ", but the database did not start: "
                    + e.getMessage());
            return FAILED;
        }
        if (!keyGiven && !Files.exists(platform.keysDir().resolve("pii.key"))) {
            System.out.println("Now put the personal-data key of that installation at " + platform.keysDir().resolve("pii.key")
                    + " (or set gongshang.pii.key) before starting Gongshang: without it, ID numbers and phones cannot be read.");
        }
        return DONE;
    }

    private static Optional<Path> file(String option, String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--" + option) && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--" + option + "=")) {
                return Optional.of(Path.of(args[i].substring(option.length() + 3)));
            }
        }
        return Optional.empty();
    }

    private static String[] rest(String option, String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--" + option)) {
                i++;
            } else if (!args[i].startsWith("--" + option + "=")) {
                rest.add(args[i]);
            }
        }
        return rest.toArray(String[]::new);
    }

    /** An empty context: the commands need the configuration, not the application. */
    static final class Configured {
    }
}
