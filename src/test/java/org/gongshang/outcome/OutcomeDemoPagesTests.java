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

    Person demo(String username) {
        AccountView account = accounts.findByUsername(username).orElseThrow();
        return new Person(account.id(), username, "", "gongshang-demo", account.realName());
    }

    @Test
    void thePublicListShowsTheTransferredDemoRecommendationsButNotTheDraft() throws Exception {
        mvc.perform(get("/recommendations")).andExpect(status().isOk())
                .andExpect(content().string(containsString("在学校东西两侧划定上下学时段限时接送车位")))
                .andExpect(content().string(containsString("楼道加装声控照明")))
                .andExpect(content().string(containsString("已办结")))
                .andExpect(content().string(not(containsString("公共充电桩"))));
        mvc.perform(get("/recommendations").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Consultation outcomes")));
    }

    @Test
    void cityStaffSeeEveryDemoRecommendationAndTheSupervisionLists() throws Exception {
        mvc.perform(get("/recommendations/manage").with(sessions.signedIn(demo("staff")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("公共充电桩")))
                .andExpect(content().string(containsString("加装电梯审批流程")))
                .andExpect(content().string(containsString("学校门口接送秩序怎么管")));
        mvc.perform(get("/recommendations/supervision").with(sessions.signedIn(demo("staff")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("加装电梯审批流程")))
                .andExpect(content().string(containsString("雨污分流")))
                .andExpect(content().string(containsString("市住房和城乡建设局")));
    }

    @Test
    void theDemoDepartmentHasSomethingToSignForToHandleAndReplied() throws Exception {
        mvc.perform(get("/recommendations/queue").with(sessions.signedIn(demo("dept")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("雨污分流")))
                .andExpect(content().string(containsString("加装电梯审批流程")))
                .andExpect(content().string(containsString("限时接送车位")));
    }

    @Test
    void theDemoResidentAndMemberAreAskedToRateTheParkingReplyButTheDepartmentIsNot() throws Exception {
        for (String username : new String[] {"resident", "member"}) {
            mvc.perform(get("/recommendations/to-rate").with(sessions.signedIn(demo(username)))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("限时接送车位")));
        }
        mvc.perform(get("/recommendations/to-rate").with(sessions.signedIn(demo("dept")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("限时接送车位"))));
    }
}
