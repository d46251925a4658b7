package org.gongshang.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open data ({@code gongshang.open-data.*}).
 *
 * @param licence the licence's name as shown with every dataset
 * @param licenceUrl where its text is
 * @param maxRows rows per dataset at most (the newest)
 */
@ConfigurationProperties("gongshang.open-data")
public record OpenDataProperties(@DefaultValue("CC BY 4.0") String licence,
        @DefaultValue("https://creativecommons.org/licenses/by/4.0/") String licenceUrl,
        @DefaultValue("10000") int maxRows) {
}
