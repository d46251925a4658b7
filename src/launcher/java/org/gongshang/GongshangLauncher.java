package org.gongshang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Entry point of {@code java -jar gongshang.jar}. Compiled for Java 17, the default {@code java} on
 * many servers, so that it can start: when the running Java is older than 21 it looks for an
 * installed JDK 21+ and runs the same command line again with it, instead of failing with
 * {@code UnsupportedClassVersionError}. Everything else is compiled for Java 21.
 */
public final class GongshangLauncher {

    static final int REQUIRED_FEATURE = 21;

    private GongshangLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() >= REQUIRED_FEATURE) {
            // Reflection keeps the Java 21 classes out of this class's constant pool.
            Class.forName("org.gongshang.GongshangApplication")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
            return;
        }
        Optional<Path> java = findJava();
        if (java.isEmpty()) {
            System.err.println("Gongshang needs Java " + REQUIRED_FEATURE + " or later, but runs on Java "
                    + Runtime.version().feature() + " and found no newer JDK (looked at JAVA_HOME and /usr/lib/jvm)."
                    + " Install one, or start it with /path/to/jdk-21/bin/java -jar ...");
            System.exit(1);
        }
        List<String> command = new ArrayList<>();
        command.add(java.get().toString());
        command.addAll(ProcessHandle.current().info().arguments().map(List::of).orElseGet(List::of));
        Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy(); // SIGTERM, so the child stops its embedded database cleanly
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        System.exit(child.waitFor());
    }

    static Optional<Path> findJava() {
        List<Path> homes = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            homes.add(Paths.get(javaHome));
        }
        String userHome = System.getProperty("user.home");
        for (String root : new String[] {"/usr/lib/jvm", "/usr/java", "/opt/java", "/opt/jdk",
                "/Library/Java/JavaVirtualMachines", userHome + "/.sdkman/candidates/java", userHome + "/.jdks"}) {
            homes.addAll(children(Paths.get(root)));
        }
        return homes.stream()
                .map(home -> Files.isDirectory(home.resolve("Contents/Home")) ? home.resolve("Contents/Home") : home)
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> feature(home) >= REQUIRED_FEATURE)
                .max(Comparator.comparingInt(GongshangLauncher::feature))
                .map(home -> home.resolve("bin/java"));
    }

    private static List<Path> children(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The feature version from the JDK's {@code release} file, e.g. 25 for JAVA_VERSION="25.0.1". */
    static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String first = version.split("[.+-]")[0];
                    return "1".equals(first) ? Integer.parseInt(version.split("\\.")[1]) : Integer.parseInt(first);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
