package org.gongshang.deliberation.polis;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/* The four Pol.is open-data conversations under src/test/resources/polis (see ATTRIBUTION.md there). */
final class PolisSamples {

    static final List<String> NAMES = List.of("brexit-consensus", "scoop-hivemind.biodiversity",
            "15-per-hour-seattle", "london.youth.policing");

    private PolisSamples() {
    }

    static Path folder(String name) {
        try {
            return Path.of(PolisSamples.class.getResource("/polis/" + name + "/comments.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static PolisExport export(String name) throws IOException {
        Path folder = folder(name);
        return PolisExport.read(folder.resolve("comments.csv"), folder.resolve("votes.csv"));
    }

    static List<PolisParticipant> participants(String name) throws IOException {
        return PolisExport.readParticipants(folder(name).resolve("participants-votes.csv"));
    }
}
