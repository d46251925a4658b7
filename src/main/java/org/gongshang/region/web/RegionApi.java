package org.gongshang.region.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import org.gongshang.region.RegionImport;
import org.gongshang.region.RegionImportReport;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.security.CurrentAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "行政区划 administrative divisions")
class RegionApi {

    private final Regions regions;
    private final RegionImport regionImport;
    RegionApi(Regions regions, RegionImport regionImport) {
        this.regions = regions;
        this.regionImport = regionImport;
    }

    @GetMapping
    @Operation(summary = "The top of the division tree (cities)")
    List<RegionView> roots() {
        return regions.roots().stream().map(RegionView::of).toList();
    }

    @GetMapping("/{code}")
    RegionView region(@PathVariable String code) {
        return RegionView.of(regions.get(code));
    }

    @GetMapping("/{code}/children")
    List<RegionView> children(@PathVariable String code) {
        return regions.children(code).stream().map(RegionView::of).toList();
    }

    record NewRegion(@NotNull String code, @NotNull String name, @NotNull RegionLevel level, @Nullable String parentCode) {
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<RegionView> add(@RequestBody @jakarta.validation.Valid NewRegion body) {
        var region = regions.add(body.code(), body.name(), body.level(), body.parentCode(), CurrentAccount.idOrNull());
        return ResponseEntity.status(HttpStatus.CREATED).body(RegionView.of(region));
    }

    record RegionChange(@Nullable String name, @Nullable Boolean active) {
    }

    @PatchMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    RegionView change(@PathVariable String code, @RequestBody RegionChange body) {
        if (body.name() != null) {
            regions.rename(code, body.name(), CurrentAccount.idOrNull());
        }
        if (body.active() != null) {
            regions.setActive(code, body.active(), CurrentAccount.idOrNull());
        }
        return RegionView.of(regions.get(code));
    }

    record ImportResult(int created, int renamed) {
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import regions from CSV (code,name,level,parentCode); all rows or none",
            description = "A bad file answers 400 with one entry per bad row in errors, field rows[LINE].COLUMN.")
    ImportResult importCsv(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw DomainException.invalidField("file", "region.import.empty");
        }
        RegionImportReport report = regionImport.importCsv(
                new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), CurrentAccount.idOrNull());
        if (!report.applied()) {
            throw DomainException.invalidFields(report.problems().stream()
                    .map(p -> new DomainException.FieldProblem("rows[" + p.line() + "]." + p.field(), p.messageKey(), p.args()))
                    .toList());
        }
        return new ImportResult(report.created(), report.renamed());
    }
}
