package com.salesperf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page must be complete in both languages: no key missing, none left untranslated. */
class BundleCompletenessTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties chinese = load("i18n/messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void chineseTextsAreTranslatedNotCopied() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties chinese = load("i18n/messages_zh_CN.properties");
        Set<String> identical = new HashSet<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.equals(chinese.getProperty(key))
                    && value.matches(".*[a-z]{4,}.*")
                    && !value.contains("{")) {
                identical.add(key);
            }
        }
        assertThat(identical).as("English text left in the Chinese bundle").isEmpty();
    }

    @Test
    void everyLiteralKeyUsedByAPageExists() throws IOException {
        Properties english = load("i18n/messages.properties");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher keys = LITERAL_KEY.matcher(Files.readString(page));
                while (keys.find()) {
                    if (!english.containsKey(keys.group(1))) {
                        missing.add(page.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                BundleCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
