package org.gongshang.opendata;

import java.util.List;

/**
 * A public dataset: a bean with a stable key (its address: {@code /open-data/<key>.csv} and {@code .json}),
 * its columns with what each means, and its rows as the public may see them. A module that has more to
 * publish provides one more bean; the catalog lists it.
 */
public interface OpenDataset {

    /** Lower case and hyphens; never changed once published, since people link to it. */
    String key();

    /** Position in the catalog. */
    int order();

    /** Message keys of the title and the description, in the opendata bundle or the providing module's. */
    String titleKey();

    String descriptionKey();

    List<DatasetColumn> columns();

    /** At most {@code max} rows, public ones only, newest first where there is an order. */
    DatasetRows rows(int max);
}
