/**
 * Open data (开放数据): the public datasets — topics, plans, consultations, recommendations, quality grades,
 * figures — each as CSV and JSON with a data dictionary, a stable address, the licence and the time of the
 * last change. Each dataset is read through its owning module's public API (never its tables) and holds only
 * what that module shows the public: no names, phones or ID numbers.
 *
 * <p>{@link org.gongshang.opendata.OpenDataset} is the extension point; {@link org.gongshang.opendata.OpenDataCatalog}
 * lists and reads the datasets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data",
        allowedDependencies = {"shared", "region", "topic", "plan", "consultation", "outcome", "quality"})
@org.jspecify.annotations.NullMarked
package org.gongshang.opendata;
