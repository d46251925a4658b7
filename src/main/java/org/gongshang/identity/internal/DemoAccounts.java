package org.gongshang.identity.internal;

import org.gongshang.identity.Role;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.demo.DemoSeeder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The demo accounts the README lists, all with the {@linkplain DemoPassword demo password}. */
@Component
class DemoAccounts implements DemoSeeder {

    /** Login name, real name, role, organisation name, organisation region, phone, ID number, residence. */
    private static final String[][] DEMO_ACCOUNTS = {
            {"admin", "系统管理员", "ADMIN", null, null, "13800000001", null, null},
            {"staff", "刘政协", "STAFF", "达州市政协", "511700", "13800000002", null, null},
            {"staff-tc", "王通川", "STAFF", "通川区政协", "511702", "13800000003", null, null},
            {"member", "陈委员", "MEMBER", "达州市政协", "511700", "13800000004", "511702197511203453", "511702001002"},
            {"cadre", "赵社区", "CADRE", "凤凰山社区居民委员会", "511702001001", "13800000005", null, null},
            {"dept", "孙住建", "DEPARTMENT", "市住房和城乡建设局", "511700", "13800000006", null, null},
            {"reviewer", "周书记", "REVIEWER", "中共达州市委", "511700", "13800000007", null, null},
            {"resident", "李明", "RESIDENT", null, null, "13800000008", "511702199003071238", "511702001001"},
    };

    private final AccountRepository accounts;
    private final AccountRecords records;
    private final RoleGrantRepository grants;
    private final Organizations organizations;
    private final DemoPassword password;

    DemoAccounts(AccountRepository accounts, AccountRecords records, RoleGrantRepository grants, Organizations organizations,
            DemoPassword password) {
        this.accounts = accounts;
        this.records = records;
        this.grants = grants;
        this.organizations = organizations;
        this.password = password;
    }

    @Override
    public int order() {
        return DemoSeeder.ACCOUNTS;
    }

    @Override
    public void seed() {
        if (accounts.existsByLoginName("admin")) {
            return;
        }
        String hash = password.hash();
        for (String[] row : DEMO_ACCOUNTS) {
            long id = records.insert(new AccountRecords.Draft(row[0], DemoPassword.PLAIN, row[1], row[6], row[5], null, row[7], false, true),
                    hash);
            grants.save(RoleGrantAggregate.grant(id, Role.valueOf(row[2]), organization(row[3], row[4]), null));
        }
    }

    private @Nullable Long organization(@Nullable String name, @Nullable String region) {
        if (name == null || region == null) {
            return null;
        }
        return organizations.findByName(name, region).map(Organization::id)
                .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + name));
    }
}
