package org.gongshang.commonproblem.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.commonproblem.ProblemCluster;

/**
 * Common problems by district: each district with the problems it shares in, as tiles whose size
 * follows the district's sources (a treemap drawn as a wrapping row of tiles, no map data needed).
 */
record DistrictTable(List<Row> rows) {

    /** A district and its share of each problem. */
    record Row(String code, String name, int sources, List<Tile> tiles) {
    }

    /** One problem in a district; {@code percent} is its share of the district's sources. */
    record Tile(long clusterId, String title, int sources, int communities, int percent) {
    }

    static DistrictTable of(List<ProblemCluster> clusters) {
        Map<String, List<Tile>> tiles = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ProblemCluster cluster : clusters) {
            for (ProblemCluster.District district : cluster.districts()) {
                names.put(district.code(), district.name());
                tiles.computeIfAbsent(district.code(), code -> new ArrayList<>())
                        .add(new Tile(cluster.id(), cluster.title(), district.sources(), district.communities(), 0));
            }
        }
        List<Row> rows = new ArrayList<>();
        tiles.forEach((code, list) -> {
            int total = list.stream().mapToInt(Tile::sources).sum();
            List<Tile> sized = list.stream().sorted(Comparator.comparingInt(Tile::sources).reversed())
                    .map(tile -> new Tile(tile.clusterId(), tile.title(), tile.sources(), tile.communities(),
                            Math.max(1, Math.round(100f * tile.sources() / total))))
                    .toList();
            rows.add(new Row(code, names.get(code), total, sized));
        });
        rows.sort(Comparator.comparingInt(Row::sources).reversed().thenComparing(Row::code));
        return new DistrictTable(rows);
    }
}
