package org.gongshang.deliberation.polis;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongshang.deliberation.engine.Analysis;
import org.gongshang.deliberation.engine.ConsensusEngine;
import org.gongshang.deliberation.engine.EngineState;
import org.gongshang.deliberation.engine.VoteMatrix;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code gongshang.jar analyze --comments FILE (--votes FILE | --participants-votes FILE) [--out FILE]}:
 * runs the consensus engine once on a Pol.is export and prints the analysis as JSON, with Pol.is's
 * own participant and comment ids. Starts no Spring context and no server.
 */
public final class AnalyzeCommand {

    static final String USAGE = "usage: analyze --comments FILE (--votes FILE | --participants-votes FILE) [--out FILE]";

    private AnalyzeCommand() {
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Path> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println("analyze: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            Path comments = options.get("--comments");
            PolisExport export = options.containsKey("--votes")
                    ? PolisExport.read(comments, options.get("--votes"))
                    : PolisExport.readWithParticipantsVotes(comments, options.get("--participants-votes"));
            VoteMatrix votes = export.toVoteMatrix();
            long start = System.nanoTime();
            Analysis analysis = new ConsensusEngine().analyze(votes, EngineState.initial());
            long computeMillis = (System.nanoTime() - start) / 1_000_000;
            String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(AnalysisJson.of(analysis, computeMillis));
            Path target = options.get("--out");
            if (target == null) {
                out.println(json);
            } else {
                Files.writeString(target, json + System.lineSeparator(), StandardCharsets.UTF_8);
            }
            return 0;
        } catch (NoSuchFileException e) {
            err.println("analyze: no such file: " + e.getFile());
            return 1;
        } catch (AccessDeniedException e) {
            err.println("analyze: permission denied: " + e.getFile());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("analyze: cannot read or write a file: " + e.getMessage());
            return 1;
        } catch (PolisFormatException e) {
            err.println("analyze: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, Path> options(String[] args) {
        Map<String, Path> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.equals("--comments") && !name.equals("--votes") && !name.equals("--participants-votes")
                    && !name.equals("--out")) {
                throw new IllegalArgumentException("unknown argument '" + name + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a file");
            }
            if (options.put(name, Path.of(args[++i])) != null) {
                throw new IllegalArgumentException(name + " given twice");
            }
        }
        if (!options.containsKey("--comments")) {
            throw new IllegalArgumentException("--comments is required");
        }
        if (options.containsKey("--votes") == options.containsKey("--participants-votes")) {
            throw new IllegalArgumentException("give either --votes or --participants-votes");
        }
        return options;
    }
}
