package org.gongshang.outcome;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo data gives every outcome page something to show to the demo accounts the README lists. */
@GongshangTest
class OutcomeDemoPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Autowired
    Accounts accounts;

    @Autowired
    Recommendations recommendations;

    @Autowired
    org.gongshang.region.Organizations organizations;

    /** The demo recommendation whose text contains the words. */
    long demo(String words) {
        var actor = new org.gongshang.identity.Actor(0, "test", java.util.List.of(new org.gongshang.identity.RoleGrant(0,
                org.gongshang.identity.Role.ADMIN, null, null)), null);
        return recommendations.list(new RecommendationQuery(RecommendationQuery.Scope.REGION, "511700", null, null, null, false, 0, 10_000),
                actor).items().stream().filter(r -> r.text().contains(words)).mapToLong(RecommendationView::id).min().orElseThrow();
    }

    long organization(String name) {
        return organizations.list(null, null).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    Person person(String username) {
        AccountView account = accounts.findByUsername(username).orElseThrow();
        return new Person(account.id(), username, "", "gongshang-demo", account.realName());
    }

    // Tests share one database and add many recommendations of their own: the demo's are found by
    // filters no other test uses (市教育局 leads or co-handles only demo ones) or on their own pages.

    @Test
    void thePublicListShowsTheTransferredDemoRecommendationsButNotTheDraft() throws Exception {
        mvc.perform(get("/recommendations").param("organization", String.valueOf(organization("市教育局")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("在学校东西两侧划定上下学时段限时接送车位")))
                .andExpect(content().string(containsString("设立家长志愿者护学岗")));
        long closed = demo("楼道加装声控照明");
        mvc.perform(get("/recommendations/" + closed)).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/followup/recommendations/" + closed + "\"")))
                .andExpect(content().string(containsString("已办结")))
                .andExpect(content().string(containsString("测评结果：不满意，重新办理")));
        mvc.perform(get("/recommendations/" + demo("公共充电桩"))).andExpect(status().isNotFound());
        mvc.perform(get("/recommendations").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Consultation outcomes")));
    }

    @Test
    void cityStaffSeeEveryDemoRecommendationAndTheSupervisionLists() throws Exception {
        mvc.perform(get("/recommendations/manage").with(sessions.signedIn(person("staff")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"manage-table\"")))
                .andExpect(content().string(containsString("id=\"from-consultation\"")));
        for (String text : new String[] {"公共充电桩", "加装电梯审批流程", "雨污分流", "楼道加装声控照明", "家长志愿者护学岗"}) {
            mvc.perform(get("/recommendations/" + demo(text) + "/manage").with(sessions.signedIn(person("staff"))))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(text)));
        }
        mvc.perform(get("/recommendations/supervision").with(sessions.signedIn(person("staff")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("加装电梯审批流程")))
                .andExpect(content().string(containsString("雨污分流")))
                .andExpect(content().string(containsString("市住房和城乡建设局")));
    }

    @Test
    void theDemoDepartmentHasSomethingToSignForToHandleAndReplied() throws Exception {
        mvc.perform(get("/recommendations/queue").with(sessions.signedIn(person("dept")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("雨污分流")))
                .andExpect(content().string(containsString("加装电梯审批流程")))
                .andExpect(content().string(containsString("限时接送车位")));
    }

    @Test
    void theDemoResidentAndMemberAreAskedToRateTheParkingReplyButTheDepartmentIsNot() throws Exception {
        for (String username : new String[] {"resident", "member"}) {
            mvc.perform(get("/recommendations/to-rate").with(sessions.signedIn(person(username)))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("限时接送车位")));
        }
        mvc.perform(get("/recommendations/to-rate").with(sessions.signedIn(person("dept")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("限时接送车位"))));
    }
}
