package org.gongshang.region.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongshang.region.NewRegion;
import org.gongshang.region.Region;
import org.gongshang.region.RegionImport;
import org.gongshang.region.RegionImportReport;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.RegionMaintenance;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.security.CurrentAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "行政区划 administrative divisions")
class RegionApi {

    record NewRegionJson(@NotNull(message = "{region.code.required}") String code,
            @NotNull(message = "{region.name.required}") @Size(max = Region.MAX_NAME, message = "{region.name.size}") String name,
            @NotNull(message = "{region.level.required}") RegionLevel level, @Nullable String parentCode) {
    }

    /** Either or both. */
    record RegionChangeJson(@Nullable @Size(max = Region.MAX_NAME, message = "{region.name.size}") String name,
            @Nullable Boolean active) {
    }

    record ImportResultJson(int created, int renamed) {
    }

    private final Regions regions;
    private final RegionMaintenance maintenance;
    private final RegionImport regionImport;

    RegionApi(Regions regions, RegionMaintenance maintenance, RegionImport regionImport) {
        this.regions = regions;
        this.maintenance = maintenance;
        this.regionImport = regionImport;
    }

    @GetMapping
    @Operation(summary = "The top of the division tree (cities)")
    List<RegionJson> roots() {
        return regions.roots().stream().map(RegionJson::of).toList();
    }

    @GetMapping("/{code}")
    RegionJson region(@PathVariable String code) {
        return RegionJson.of(regions.get(code));
    }

    @GetMapping("/{code}/children")
    List<RegionJson> children(@PathVariable String code) {
        return regions.children(code).stream().map(RegionJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    RegionJson add(@Valid @RequestBody NewRegionJson body) {
        return RegionJson.of(maintenance.add(new NewRegion(body.code(), body.name(), body.level(), body.parentCode()),
                CurrentAccount.idOrNull()));
    }

    @PatchMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    RegionJson change(@PathVariable String code, @Valid @RequestBody RegionChangeJson body) {
        Region region = regions.get(code);
        if (body.name() != null) {
            region = maintenance.rename(code, body.name(), CurrentAccount.idOrNull());
        }
        if (Boolean.TRUE.equals(body.active())) {
            region = maintenance.reactivate(code, CurrentAccount.idOrNull());
        } else if (Boolean.FALSE.equals(body.active())) {
            region = maintenance.deactivate(code, CurrentAccount.idOrNull());
        }
        return RegionJson.of(region);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import regions from CSV (code,name,level,parentCode); all rows or none",
            description = "A bad file answers 400 with one entry per bad row in errors, field rows[LINE].COLUMN.")
    ImportResultJson importCsv(@RequestPart("file") MultipartFile file) throws IOException {
        RegionImportReport report = regionImport.importCsv(
                new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), CurrentAccount.idOrNull());
        if (!report.applied()) {
            throw DomainException.invalidFields(report.problems().stream()
                    .map(p -> new FieldProblem("rows[" + p.line() + "]." + p.field(), p.messageKey(), p.args()))
                    .toList());
        }
        return new ImportResultJson(report.created(), report.renamed());
    }
}
