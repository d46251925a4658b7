package org.gongshang.opendata;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Service;

/** The datasets, in order, and their rows. Anyone may read them: they hold only what is public. */
@Service
public class OpenDataCatalog {

    private final Map<String, OpenDataset> datasets = new LinkedHashMap<>();
    private final OpenDataProperties properties;

    OpenDataCatalog(List<OpenDataset> datasets, OpenDataProperties properties) {
        datasets.stream().sorted(Comparator.comparingInt(OpenDataset::order))
                .forEach(dataset -> this.datasets.put(dataset.key(), dataset));
        this.properties = properties;
    }

    public List<OpenDataset> datasets() {
        return List.copyOf(datasets.values());
    }

    /** @throws DomainException NOT_FOUND for a key no dataset has */
    public OpenDataset dataset(String key) {
        OpenDataset dataset = datasets.get(key);
        if (dataset == null) {
            throw DomainException.notFound("opendata.unknown", key);
        }
        return dataset;
    }

    public DatasetRows rows(String key) {
        return dataset(key).rows(properties.maxRows());
    }

    public OpenDataProperties properties() {
        return properties;
    }
}
