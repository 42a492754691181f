package com.salesperf.security.boundary;

import com.salesperf.organization.control.Account;
import com.salesperf.platform.control.PortalLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language an API download (a PDF) is written in: the request's {@code ?lang=zh|en} when it
 * names one, else the language saved on the caller's account, read by {@link PortalLanguage}.
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
        return PortalLanguage.of(chosen);
    }
}
