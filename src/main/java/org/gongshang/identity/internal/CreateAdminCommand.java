package org.gongshang.identity.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.gongshang.identity.AccountOpening;
import org.gongshang.shared.DomainException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gongshang.jar create-admin USERNAME [--phone=138...]}: the first administrator
 * of an installation on an external PostgreSQL. The password is read from standard input (without
 * echo on a terminal), so it stays out of the shell history and the process list.
 */
@Component
@ConditionalOnProperty(name = "gongshang.command", havingValue = "create-admin")
class CreateAdminCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AccountOpening opening;
    private final MessageSource messages;
    private int exitCode = 1;

    CreateAdminCommand(AccountOpening opening, MessageSource messages) {
        this.opening = opening;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> names = args.getNonOptionArgs();
        if (names.size() != 1) {
            System.err.println("Usage: java -jar gongshang.jar create-admin USERNAME [--phone=MOBILE]  (password on standard input)");
            return;
        }
        String phone = args.containsOption("phone") ? args.getOptionValues("phone").getFirst() : null;
        String password = readPassword();
        try {
            long id = opening.openAdministrator(names.getFirst(), null, password, phone, "command line");
            System.out.println("Created administrator " + names.getFirst() + " (account " + id + ").");
            exitCode = 0;
        } catch (DomainException refused) {
            refused.fieldProblems().forEach(problem -> System.err.println(problem.field() + ": "
                    + messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), Locale.ENGLISH)));
            if (refused.fieldProblems().isEmpty()) {
                System.err.println(messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), Locale.ENGLISH));
            }
        }
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? "" : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.strip();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
