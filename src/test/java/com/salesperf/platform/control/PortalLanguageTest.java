package com.salesperf.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalLanguageTest {

    @Test
    void everyChineseCodeInAnyCaseIsSimplifiedChinese() {
        for (String code : new String[] {"zh", "zh_CN", "zh-CN", "ZH-cn", "Zh_TW"}) {
            assertThat(PortalLanguage.of(code)).as(code).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        }
        assertThat(PortalLanguage.of(Locale.CHINA)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PortalLanguage.of(Locale.TRADITIONAL_CHINESE))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void anythingElseOrNothingIsEnglish() {
        for (String code : new String[] {"en", "en_US", "fr", "", "xzh", null}) {
            assertThat(PortalLanguage.of(code)).as(String.valueOf(code)).isEqualTo(Locale.ENGLISH);
        }
        assertThat(PortalLanguage.of(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(PortalLanguage.of((Locale) null)).isEqualTo(Locale.ENGLISH);
    }
}
