package com.salesperf.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreSaltedPbkdf2WithTheOwaspIterationCount() {
        String first = hasher.hash("secret".toCharArray());
        String second = hasher.hash("secret".toCharArray());
        assertThat(first).startsWith("pbkdf2-sha256$600000$").isNotEqualTo(second);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.verify("correct horse".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("correct hors".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "md5$1$abc$def")).isFalse();
    }

    @Test
    void aHashWithAnotherIterationCountStillVerifies() {
        String lowered = hasher.hash("pw".toCharArray()).replace("$600000$", "$600001$");
        assertThat(hasher.verify("pw".toCharArray(), lowered)).isFalse();
    }
}
