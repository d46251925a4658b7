package org.gongshang.consultation;

import java.util.Optional;

/**
 * A panel another module adds to a consultation's page (the quality evaluation's published grade),
 * drawn by that module's own template: the module after this one implements it, so consultation
 * needs to know nothing of it and no dependency points back.
 */
public interface ConsultationPanel {

    /**
     * What to draw.
     *
     * @param template the Thymeleaf template holding a fragment {@code panel(data)}
     * @param data what the fragment draws
     */
    record Shown(String template, Object data) {
    }

    /** Lower first on the page. */
    int order();

    /** The panel for a consultation its viewer may see, or empty to show nothing. */
    Optional<Shown> panel(Consultation consultation);
}
