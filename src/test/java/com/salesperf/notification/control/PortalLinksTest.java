package com.salesperf.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalLinksTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/home.xhtml",
                "/my/results.xhtml?period=2023Q3&rep=S001",
                "/review/appeal.xhtml?id=42"
            })
    void portalPathsAreKept(String link) {
        assertThat(PortalLinks.sanitize(link, 300)).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/x",
                "javascript:alert(1)",
                "/x\"onmouseover=alert(1)",
                "/a/../../etc",
                "home.xhtml",
                "/x<script>"
            })
    void anythingElseIsDropped(String link) {
        assertThat(PortalLinks.sanitize(link, 300)).isNull();
    }

    @org.junit.jupiter.api.Test
    void overlongAndMissingLinksAreDropped() {
        assertThat(PortalLinks.sanitize("/" + "a".repeat(300), 300)).isNull();
        assertThat(PortalLinks.sanitize(null, 300)).isNull();
    }
}
