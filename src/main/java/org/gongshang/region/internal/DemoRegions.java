package org.gongshang.region.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.region.NewRegion;
import org.gongshang.region.OrganizationDetails;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.RegionLevel;
import org.gongshang.shared.demo.DemoSeeder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 达州市 (511700) with its seven county-level divisions, and in 通川区 and 达川区 streets and towns
 * with communities, villages and grids; the city's CPPCC, departments and grassroots organisations.
 * Codes below county follow the statistical pattern but are demonstration values.
 */
@Component
class DemoRegions implements DemoSeeder {

    /** Code, name, level, parent code. */
    private static final String[][] DIVISIONS = {
            {"511700", "达州市", "CITY", null},
            {"511702", "通川区", "DISTRICT", "511700"},
            {"511703", "达川区", "DISTRICT", "511700"},
            {"511722", "宣汉县", "DISTRICT", "511700"},
            {"511723", "开江县", "DISTRICT", "511700"},
            {"511724", "大竹县", "DISTRICT", "511700"},
            {"511725", "渠县", "DISTRICT", "511700"},
            {"511781", "万源市", "DISTRICT", "511700"},
            {"511702001000", "东城街道", "TOWNSHIP", "511702"},
            {"511702001001", "凤凰山社区", "COMMUNITY", "511702001000"},
            {"511702001002", "滨河社区", "COMMUNITY", "511702001000"},
            {"511702002000", "西城街道", "TOWNSHIP", "511702"},
            {"511702002001", "西外社区", "COMMUNITY", "511702002000"},
            {"511702002002", "仙鹤路社区", "COMMUNITY", "511702002000"},
            {"511702101000", "磐石镇", "TOWNSHIP", "511702"},
            {"511702101001", "磐石社区", "COMMUNITY", "511702101000"},
            {"511702101201", "石梯村", "COMMUNITY", "511702101000"},
            {"511703001000", "三里坪街道", "TOWNSHIP", "511703"},
            {"511703001001", "龙会社区", "COMMUNITY", "511703001000"},
            {"511703001002", "金龙社区", "COMMUNITY", "511703001000"},
            {"511703002000", "翠屏街道", "TOWNSHIP", "511703"},
            {"511703002001", "翠屏社区", "COMMUNITY", "511703002000"},
            {"511703002002", "碑庙社区", "COMMUNITY", "511703002000"},
            {"511703101000", "河市镇", "TOWNSHIP", "511703"},
            {"511703101001", "河市社区", "COMMUNITY", "511703101000"},
            {"511703101201", "大坝村", "COMMUNITY", "511703101000"},
    };

    /** Name, type, region code, parent organisation name (same or enclosing region). */
    private static final String[][] ORGANIZATIONS = {
            {"达州市政协", "CPPCC", "511700", null},
            {"中共达州市委", "DEPARTMENT", "511700", null},
            {"市住房和城乡建设局", "DEPARTMENT", "511700", null},
            {"市交通运输局", "DEPARTMENT", "511700", null},
            {"市教育局", "DEPARTMENT", "511700", null},
            {"市卫生健康委员会", "DEPARTMENT", "511700", null},
            {"市生态环境局", "DEPARTMENT", "511700", null},
            {"市民政局", "DEPARTMENT", "511700", null},
            {"达州市志愿者协会", "SOCIAL_ORGANIZATION", "511700", null},
            {"通川区政协", "CPPCC", "511702", null},
            {"通川区住房和城乡建设局", "DEPARTMENT", "511702", null},
            {"达川区政协", "CPPCC", "511703", null},
            {"达川区交通运输局", "DEPARTMENT", "511703", null},
            {"宣汉县政协", "CPPCC", "511722", null},
            {"开江县政协", "CPPCC", "511723", null},
            {"大竹县政协", "CPPCC", "511724", null},
            {"渠县政协", "CPPCC", "511725", null},
            {"万源市政协", "CPPCC", "511781", null},
            {"通川区政协东城联络组", "CPPCC", "511702001000", "通川区政协"},
            {"东城街道办事处", "STREET_OFFICE", "511702001000", null},
            {"西城街道办事处", "STREET_OFFICE", "511702002000", null},
            {"磐石镇人民政府", "TOWNSHIP", "511702101000", null},
            {"三里坪街道办事处", "STREET_OFFICE", "511703001000", null},
            {"翠屏街道办事处", "STREET_OFFICE", "511703002000", null},
            {"河市镇人民政府", "TOWNSHIP", "511703101000", null},
            {"东城街道社会工作服务中心", "SOCIAL_ORGANIZATION", "511702001000", null},
    };

    private final RegionRepository regions;
    private final OrganizationRepository organizations;

    DemoRegions(RegionRepository regions, OrganizationRepository organizations) {
        this.regions = regions;
        this.organizations = organizations;
    }

    @Override
    public int order() {
        return DemoSeeder.REGIONS;
    }

    @Override
    public void seed() {
        if (regions.existsById("511700")) {
            return;
        }
        Map<String, RegionAggregate> added = new HashMap<>();
        for (String[] row : DIVISIONS) {
            add(new NewRegion(row[0], row[1], RegionLevel.valueOf(row[2]), row[3]), added);
        }
        addGridsAndCommittees(added);
        Map<String, Long> ids = new HashMap<>();
        for (String[] row : ORGANIZATIONS) {
            @Nullable Long parent = row[3] == null ? null : ids.get(row[3]);
            ids.put(row[0], register(row[0], OrganizationType.valueOf(row[1]), row[2], parent));
        }
    }

    /** Two grids per community or village, and its residents' or villagers' committee. */
    private void addGridsAndCommittees(Map<String, RegionAggregate> added) {
        for (String[] row : DIVISIONS) {
            if (!"COMMUNITY".equals(row[2])) {
                continue;
            }
            String code = row[0];
            add(new NewRegion(code + "001", row[1] + "第一网格", RegionLevel.GRID, code), added);
            add(new NewRegion(code + "002", row[1] + "第二网格", RegionLevel.GRID, code), added);
            boolean village = row[1].endsWith("村");
            register(row[1] + (village ? "村民委员会" : "居民委员会"),
                    village ? OrganizationType.VILLAGE_COMMITTEE : OrganizationType.COMMUNITY_COMMITTEE, code, null);
        }
    }

    private void add(NewRegion region, Map<String, RegionAggregate> added) {
        RegionAggregate parent = region.parentCode() == null ? null : added.get(region.parentCode());
        added.put(region.code(), regions.save(RegionAggregate.add(region, parent)));
    }

    private long register(String name, OrganizationType type, String regionCode, @Nullable Long parentId) {
        return organizations.save(OrganizationAggregate.register(new OrganizationDetails(name, type, regionCode, parentId), List.of()))
                .view().id();
    }
}
