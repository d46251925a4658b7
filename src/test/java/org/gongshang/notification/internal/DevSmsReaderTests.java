package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.demo.DemoMode;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.junit.jupiter.api.Test;

class DevSmsReaderTests {

    @Test
    void outsideDemoModeNobodysSmsCanBeReadAndThePagesAnswerNotFound() {
        DemoMode demo = mock(DemoMode.class);
        when(demo.isOn()).thenReturn(false);
        DevSmsStore store = mock(DevSmsStore.class);
        var reader = new DevSmsReader(demo, store, mock(PersonalDataCipher.class));

        assertThatThrownBy(() -> reader.latest("13800138000"))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        verifyNoInteractions(store);
    }
}
