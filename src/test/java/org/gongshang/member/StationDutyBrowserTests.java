package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.gongshang.member.MemberFixtures.SignedMember;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reception day on a phone-sized window: the member on duty scans the code the station shows
 * (decoded from the rendered picture, as a phone camera would), checks in, records what a resident
 * raised, makes it a topic, and finds the points on their duty page; district staff then see the
 * topic in screening with the station it came from.
 */
@GongshangTest
class StationDutyBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MemberFixtures fixtures;

    @Test
    void theMemberOnDutyChecksInByQrRecordsAMatterMakesItATopicAndStaffSeeItsOrigin() throws Exception {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long station = fixtures.station(staff, member);
        long shift = fixtures.runningShift(station, member);
        String scanned;

        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            browser.open("/stations/" + station + "/shifts/" + shift + "/check-in");
            scanned = scan(browser.find("#check-in-qr").getScreenshotAs(OutputType.BYTES));
            assertThat(browser.text("#duties")).contains(member.member().name());
        }
        assertThat(scanned).contains("/duty/check-in?t=");

        long reception;
        long topic;
        try (Browser browser = Browser.signedIn(api.baseUrl(), member.person())) {
            URI link = URI.create(scanned);
            browser.open(link.getRawPath() + "?" + link.getRawQuery()).click("#check-in");
            browser.waitForPath("/duty");
            assertThat(browser.text("main")).contains("签到");

            browser.open("/duty/receptions/new")
                    .type("#visitorName", "王阿姨")
                    .type("#visitorPhone", People.phone())
                    .select("#category", "SOCIETY")
                    .type("#description", "小区门口的路灯坏了两个月，晚上老人买菜回来看不清台阶，已经有人摔倒，希望尽快修好。")
                    .click("#outcome-PENDING")
                    .click("#save-reception");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/receptions/\\d+$"));
            reception = Long.parseLong(browser.path().replaceAll(".*/receptions/(\\d+)$", "$1"));
            assertThat(browser.text("#reception-facts")).contains("王**").doesNotContain("王阿姨");

            browser.type("#title", "小区门口路灯长期不亮影响老人出行").click("#make-topic").waitForText("#reception-outcome", "#");
            topic = Long.parseLong(browser.text("#made-topic").substring(1));

            browser.open("/duty");
            // Points are counted from the events of the check-in, the record and the topic, after each commit.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> {
                driver.navigate().refresh();
                String lines = driver.findElements(By.id("my-lines")).isEmpty() ? "" : driver.findElement(By.id("my-lines")).getText();
                return lines.contains("联络站值班") && lines.contains("接待群众") && lines.contains("委员荐题");
            });
            assertThat(Integer.parseInt(browser.text("#my-points").trim())).isPositive();
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            browser.open("/screening/" + topic);
            assertThat(browser.text("#topic-origin")).contains("测试联络站");
            assertThat(browser.find("#topic-origin a").getDomAttribute("href")).isEqualTo("/receptions/" + reception);
        }
    }

    /** What a phone camera reads from the code on the screen. */
    private static String scan(byte[] png) throws IOException, NotFoundException, ChecksumException, FormatException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.TRY_HARDER, true))
                .getText();
    }
}
