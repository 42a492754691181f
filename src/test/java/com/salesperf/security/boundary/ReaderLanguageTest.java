package com.salesperf.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.organization.control.Account;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReaderLanguageTest {

    @Test
    void theRequestedLanguageWinsOverTheAccounts() {
        assertThat(language("zh_CN").of("en")).isEqualTo(Locale.ENGLISH);
        assertThat(language("en").of("zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(language("en").of("ZH-cn")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void withoutARequestTheAccountsLanguageIsUsed() {
        assertThat(language("zh_CN").of(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(language("en").of(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anUnknownOrMissingLanguageIsEnglish() {
        assertThat(language("zh_CN").of("fr")).isEqualTo(Locale.ENGLISH);
        assertThat(language(null).of(null)).isEqualTo(Locale.ENGLISH);
    }

    /** A reader whose account prefers {@code accountLocale}. */
    private static ReaderLanguage language(String accountLocale) {
        ReaderLanguage language = new ReaderLanguage();
        language.currentCaller =
                new CurrentCaller() {
                    @Override
                    public Optional<Account> account() {
                        return Optional.of(
                                new Account(
                                        "s001",
                                        "S001",
                                        "",
                                        Set.of(),
                                        null,
                                        null,
                                        accountLocale,
                                        true));
                    }
                };
        return language;
    }
}
