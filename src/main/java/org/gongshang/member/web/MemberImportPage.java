package org.gongshang.member.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongshang.identity.Actors;
import org.gongshang.member.MemberImport;
import org.gongshang.member.MemberImportReport;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.shared.DomainException;
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
 * Uploading a committee's members as CSV. Either every row is imported, or nothing is and the page
 * lists each refused row with its line, column and problem.
 */
@Controller
@RequestMapping("/admin/members/import")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class MemberImportPage {

    /** No file at all counts as an empty one; no committee is refused at its field. */
    record ImportForm(@Nullable Long committeeId, @Nullable MultipartFile file) {
    }

    /** One problem of the file as the page shows it; line 1 is the header. */
    record RowProblemView(long line, String username, String column, String message) {
    }

    private static final Resource SAMPLE = new ClassPathResource("member/sample-members.csv");

    private final MemberImport memberImport;
    private final MemberAccess access;
    private final Actors actors;
    private final Messages messages;

    MemberImportPage(MemberImport memberImport, MemberAccess access, Actors actors, Messages messages) {
        this.memberImport = memberImport;
        this.access = access;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new ImportForm(null, null));
        return page(model);
    }

    @PostMapping
    String upload(@Valid @ModelAttribute("form") ImportForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        MemberImportReport report = Forms.submit(binding, () -> {
            if (form.committeeId() == null) {
                throw DomainException.invalidField("committeeId", "member.committee.required");
            }
            return memberImport.importCsv(csv(form.file()), form.committeeId(), actors.require());
        }).orElse(null);
        if (report == null) {
            return page(model);
        }
        if (!report.applied()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rows", rows(report));
            return page(model);
        }
        Forms.notice(redirect, "member.import.done", report.opened(), report.linked());
        return "redirect:/admin/members?committee=" + form.committeeId();
    }

    @GetMapping("/sample.csv")
    ResponseEntity<Resource> sample() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("members.csv").build().toString())
                .body(SAMPLE);
    }

    private String page(Model model) {
        model.addAttribute("committees", access.committeesOf(actors.require()));
        return "member/admin-import";
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

    private List<RowProblemView> rows(MemberImportReport report) {
        return report.problems().stream()
                .map(p -> new RowProblemView(p.line(), p.username(), p.field(), messages.get(p.messageKey(), p.args())))
                .toList();
    }
}
