package org.gongshang.opendata.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongshang.opendata.DatasetColumn;
import org.gongshang.opendata.DatasetRows;
import org.gongshang.opendata.OpenDataCatalog;
import org.gongshang.opendata.OpenDataset;
import org.gongshang.shared.office.SpreadsheetCsv;
import org.gongshang.shared.web.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The open data index, each dataset's dictionary page, and the files at their stable addresses:
 * {@code /open-data/<key>.csv} (UTF-8 with a byte order mark; text a spreadsheet would run as a formula
 * is made inert by {@link SpreadsheetCsv}) and {@code /open-data/<key>.json}.
 */
@Controller
class OpenDataPages {

    private final OpenDataCatalog catalog;
    private final Messages messages;

    OpenDataPages(OpenDataCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/open-data")
    String index(Model model) {
        model.addAttribute("entries", catalog.datasets().stream().map(this::entry).toList());
        model.addAttribute("licence", catalog.properties().licence());
        model.addAttribute("licenceUrl", catalog.properties().licenceUrl());
        return "opendata/index";
    }

    @GetMapping("/open-data/{key:[a-z-]{1,40}}")
    String dataset(@PathVariable String key, Model model) {
        OpenDataset dataset = catalog.dataset(key);
        model.addAttribute("entry", entry(dataset));
        model.addAttribute("columns", dataset.columns());
        model.addAttribute("licence", catalog.properties().licence());
        model.addAttribute("licenceUrl", catalog.properties().licenceUrl());
        return "opendata/dataset";
    }

    @GetMapping(path = "/open-data/{key:[a-z-]{1,40}}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DatasetJson> json(@PathVariable String key) {
        OpenDataset dataset = catalog.dataset(key);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(DatasetJson.of(dataset, catalog.rows(key), catalog.properties(), messages));
    }

    @GetMapping("/open-data/{key:[a-z-]{1,40}}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String key) {
        OpenDataset dataset = catalog.dataset(key);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(key + ".csv").build().toString())
                .body(csv(dataset.columns(), catalog.rows(key)).getBytes(StandardCharsets.UTF_8));
    }

    static String csv(List<DatasetColumn> columns, DatasetRows rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        String[] header = columns.stream().map(DatasetColumn::name).toArray(String[]::new);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (List<?> row : rows.rows()) {
                SpreadsheetCsv.printRecord(printer, row.toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private DatasetEntry entry(OpenDataset dataset) {
        DatasetRows rows = catalog.rows(dataset.key());
        return new DatasetEntry(dataset.key(), messages.get(dataset.titleKey()), messages.get(dataset.descriptionKey()),
                rows.rows().size(), rows.lastUpdated());
    }
}
