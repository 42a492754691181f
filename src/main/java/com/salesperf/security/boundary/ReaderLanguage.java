package com.salesperf.security.boundary;

import com.salesperf.organization.control.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language an API download (a PDF) is written in: the request's {@code ?lang=zh|en} when it
 * names one, else the language saved on the caller's account. The portal speaks two languages, so
 * every "zh…" is Simplified Chinese and anything else English.
 */
@RequestScoped
public class ReaderLanguage {

    @Inject CurrentCaller currentCaller;

    /**
     * @param lang the {@code lang} query parameter, null when the request has none
     */
    public Locale of(String lang) {
        String chosen =
                lang != null ? lang : currentCaller.account().map(Account::locale).orElse(null);
        return parse(chosen);
    }

    static Locale parse(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("zh")
                ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
    }
}
