package org.gongshang.region.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.region.RegionImport;
import org.gongshang.region.RegionImportReport;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.security.CurrentAccount;
import org.gongshang.shared.web.FormErrors;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
        model.addAttribute("problems", FormErrors.NONE);
        return "region/import";
    }

    @PostMapping
    String upload(@RequestParam(required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalidField("file", "region.import.empty");
            }
            RegionImportReport report = regionImport.importCsv(
                    new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), CurrentAccount.idOrNull());
            if (report.applied()) {
                redirect.addFlashAttribute("noticeKey", "admin.regions.import.done");
                redirect.addFlashAttribute("noticeArgs", new Object[] {report.created(), report.renamed()});
                return "redirect:/admin/regions/import";
            }
            response.setStatus(400);
            model.addAttribute("rows", rows(report));
            model.addAttribute("problems", FormErrors.NONE);
        } catch (DomainException e) {
            response.setStatus(e.kind().status());
            model.addAttribute("problems", FormErrors.of(e, messages, "file"));
        }
        return "region/import";
    }

    @GetMapping("/sample.csv")
    ResponseEntity<Resource> sample() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("regions.csv").build().toString())
                .body(SAMPLE);
    }

    private List<RowProblemView> rows(RegionImportReport report) {
        return report.problems().stream()
                .map(p -> new RowProblemView(p.line(), p.code(), p.field(), messages.get(p.messageKey(), p.args())))
                .toList();
    }
}
