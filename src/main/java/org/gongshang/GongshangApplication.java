package org.gongshang;

import java.util.Arrays;

import org.gongshang.deliberation.polis.AnalyzeCommand;
import org.gongshang.shared.database.DatabaseCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The application, and the commands the jar runs besides the server:
 * {@code create-admin USERNAME} (first administrator of an external database),
 * {@code backup --out FILE} and {@code restore --from FILE} (the embedded database, without the
 * application) and {@code analyze ...} (the consensus engine on a Pol.is export, without Spring).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongshangApplication {

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "create-admin" -> {
                SpringApplication application = new SpringApplication(GongshangApplication.class);
                application.setWebApplicationType(WebApplicationType.NONE);
                application.setAdditionalProfiles("command");
                String[] rest = Arrays.copyOfRange(args, 1, args.length);
                System.exit(SpringApplication.exit(application.run(withCommand(command, rest))));
            }
            case "backup", "restore" -> System.exit(DatabaseCommands.run(command, Arrays.copyOfRange(args, 1, args.length)));
            case "analyze" -> System.exit(AnalyzeCommand.run(Arrays.copyOfRange(args, 1, args.length)));
            default -> SpringApplication.run(GongshangApplication.class, args);
        }
    }

    private static String[] withCommand(String command, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = "--gongshang.command=" + command;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
