package org.gongshang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After login, a clerk lands on their tasks on a small phone and gets to the work in one tap. */
@GongshangTest
class HomeTasksBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void aDepartmentClerkLandsOnTheirTasksAndTapsThroughToTheQueue() {
        Person clerk = people.withRole(Role.DEPARTMENT, "市住房和城乡建设局");
        try (Browser browser = new Browser(api.baseUrl(), Browser.Screen.SMALL_PHONE).open("/login").logIn(clerk)) {
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text("#my-tasks")).contains("待签收").contains("待答复").contains("逾期未答复");
            assertThat(browser.find("#my-tasks a[href='/recommendations/queue'] .task-count").getText()).matches("\\d+");
            // The tasks come before what is happening on the platform.
            Number tasksTop = browser.script("return document.getElementById('my-tasks').getBoundingClientRect().top;");
            Number happeningTop = browser.script("return document.querySelector('.happening').getBoundingClientRect().top;");
            assertThat(tasksTop.doubleValue()).isLessThan(happeningTop.doubleValue());
            assertThat(browser.scrollsSideways()).isFalse();
            browser.screenshot("home-tasks-department-375");

            browser.click("#my-tasks a[href='/recommendations/queue']").waitForPath("/recommendations/queue");
        }
    }

    @Test
    void aScreenerFindsScreeningInTheNavigationAndAsATask() {
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            // Once in the wide screen's row and once in the phone's menu (only one of them is shown).
            assertThat(browser.findAll("header a[href='/screening']")).hasSize(2);
            browser.click("#my-tasks a[href='/screening']").waitForPath("/screening");
            assertThat(browser.findAll("header a[href='/screening']")).extracting(link -> link.getDomAttribute("aria-current"))
                    .containsOnly("page");
        }
    }
}
