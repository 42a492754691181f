package com.salesperf.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment factory of all integration tests: the war exactly as `mvn package` built it
 * (no hand-listed classes), plus the test class, this support package and AssertJ for tests that
 * run inside the server.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portal(Class<?> testClass) {
        WebArchive war =
                ShrinkWrap.create(ZipImporter.class, "portal.war")
                        .importFrom(new File("target/portal.war"))
                        .as(WebArchive.class);
        war.addClass(testClass);
        war.addPackage(Deployments.class.getPackage());
        war.addAsLibrary(jarOf(Assertions.class));
        return withPublicTestRunner(war);
    }

    /**
     * The portal protects every URL ({@code /*}), which would send Arquillian's in-container test
     * runner servlet to the sign-in page; an exact-path constraint without roles is more specific
     * and leaves only that servlet open, in the test deployment only.
     */
    private static WebArchive withPublicTestRunner(WebArchive war) {
        String webXml =
                new String(
                        readAll(war.get("WEB-INF/web.xml").getAsset().openStream()),
                        StandardCharsets.UTF_8);
        String open =
                "  <security-constraint>\n"
                        + "    <web-resource-collection>\n"
                        + "      <web-resource-name>arquillian</web-resource-name>\n"
                        + "      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>\n"
                        + "    </web-resource-collection>\n"
                        + "  </security-constraint>\n</web-app>";
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.replace("</web-app>", open)));
        return war;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For client-side tests (HTTP, browser): the war as built, nothing added. */
    public static WebArchive portalAsBuilt() {
        return ShrinkWrap.create(ZipImporter.class, "portal.war")
                .importFrom(new File("target/portal.war"))
                .as(WebArchive.class);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
