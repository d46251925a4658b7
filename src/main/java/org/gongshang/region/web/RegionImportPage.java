package org.gongshang.region.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongshang.region.RegionImport;
import org.gongshang.region.RegionImportReport;
import org.gongshang.shared.security.CurrentAccount;
import org.gongshang.shared.web.Forms;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading regions as CSV. Either every row is imported, or nothing is and the page lists each bad
 * row with its line, column and problem, so the admin can correct the file and upload it again.
 */
@Controller
@RequestMapping("/admin/regions/import")
@PreAuthorize("hasRole('ADMIN')")
class RegionImportPage {

    /** No file at all counts as an empty one. */
    record ImportForm(@Nullable MultipartFile file) {
    }

    /** One problem of the file as the page shows it; line 1 is the header. */
    record RowProblemView(long line, String code, String column, String message) {
    }

    private static final Resource SAMPLE = new ClassPathResource("region/sample-regions.csv");

    private final RegionImport regionImport;
    private final Messages messages;

    RegionImportPage(RegionImport regionImport, Messages messages) {
        this.regionImport = regionImport;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new ImportForm(null));
        return "region/import";
    }

    /** A file that cannot be read as a whole is refused at its field; one with bad rows lists them (400). */
    @PostMapping
    String upload(@Valid @ModelAttribute("form") ImportForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        RegionImportReport report = Forms.submit(binding, () -> regionImport.importCsv(csv(form.file()), CurrentAccount.idOrNull()))
                .orElse(null);
        if (report == null) {
            return "region/import";
        }
        if (!report.applied()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rows", rows(report));
            return "region/import";
        }
        Forms.notice(redirect, "admin.regions.import.done", report.created(), report.renamed());
        return "redirect:/admin/regions/import";
    }

    @GetMapping("/sample.csv")
    ResponseEntity<Resource> sample() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("regions.csv").build().toString())
                .body(SAMPLE);
    }

    private static Reader csv(@Nullable MultipartFile file) {
        if (file == null) {
            return Reader.nullReader();
        }
        try {
            return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<RowProblemView> rows(RegionImportReport report) {
        return report.problems().stream()
                .map(p -> new RowProblemView(p.line(), p.code(), p.field(), messages.get(p.messageKey(), p.args())))
                .toList();
    }
}
