package org.gongshang.opendata.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.opendata.OpenDataCatalog;
import org.gongshang.opendata.OpenDataset;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/open-data")
@Tag(name = "Open data", description = "开放数据: the public datasets with their dictionaries, licence and last change")
class OpenDataApi {

    /** A dataset in the catalog, with its stable addresses. */
    record CatalogJson(String key, String title, String description, String csv, String json, String dictionary, String licence,
            @Nullable String lastUpdated, int rows) {
    }

    private final OpenDataCatalog catalog;
    private final Messages messages;

    OpenDataApi(OpenDataCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Every public dataset: title, description, CSV, JSON and dictionary addresses, licence, last change")
    List<CatalogJson> catalog() {
        return catalog.datasets().stream().map(this::entry).toList();
    }

    @GetMapping("/{key}")
    @Operation(summary = "One dataset with its dictionary and rows (as /open-data/{key}.json)", description = "404 for an unknown key.")
    DatasetJson dataset(@PathVariable String key) {
        OpenDataset dataset = catalog.dataset(key);
        return DatasetJson.of(dataset, catalog.rows(key), catalog.properties(), messages);
    }

    private CatalogJson entry(OpenDataset dataset) {
        var rows = catalog.rows(dataset.key());
        DatasetEntry entry = new DatasetEntry(dataset.key(), messages.get(dataset.titleKey()), messages.get(dataset.descriptionKey()),
                rows.rows().size(), rows.lastUpdated());
        return new CatalogJson(entry.key(), entry.title(), entry.description(), entry.csv(), entry.json(), entry.dictionary(),
                catalog.properties().licence(), entry.lastUpdated() == null ? null : entry.lastUpdated().toString(), entry.rows());
    }
}
