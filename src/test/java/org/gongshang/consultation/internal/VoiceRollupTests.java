package org.gongshang.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counted again from the concluded consultations, the voice roll-up comes out as the conclusions kept it. */
@GongshangTest
class VoiceRollupTests {

    @Autowired
    VoiceRollup rollup;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countedAgainFromTheRecordsItComesOutTheSame() {
        List<String> before = rows();
        assertThat(before).isNotEmpty();
        jdbc.sql("delete from consultation_voice_rollup").update();

        rollup.fillWhenEmpty();

        assertThat(rows()).isEqualTo(before);
    }

    private List<String> rows() {
        return jdbc.sql("select concat_ws('/', month, district_code, category, attendees, seconds) from consultation_voice_rollup"
                + " where attendees + seconds <> 0 order by 1").query(String.class).list();
    }
}
