package com.salesperf.it;

import com.salesperf.platform.control.PdfText;
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
 *
 * <p>Only the first in-container test class of a failsafe pass is actually deployed; every later
 * class runs in that same deployment (see {@link com.salesperf.it.launcher.OneDeploymentPerPass}).
 * So what one class needs inside the server belongs here, for all of them, not in a class's own
 * deployment method.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portal(Class<?> testClass) {
        WebArchive war =
                ShrinkWrap.create(ZipImporter.class, "portal.war")
                        .importFrom(new File("target/portal.war"))
                        .as(WebArchive.class);
        war.addClass(testClass);
        openArquillianRunner(war);
        war.addPackage(Deployments.class.getPackage());
        war.addClass(PdfText.class);
        war.addAsLibrary(jarOf(Assertions.class));
        return war;
    }

    /**
     * Every path of the portal requires sign-in; the servlet through which Arquillian runs tests
     * inside the server is made public in the test deployment only.
     */
    private static void openArquillianRunner(WebArchive war) {
        String webXml;
        try (InputStream in = war.get("/WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String opened =
                webXml.replace(
                        "<url-pattern>/login.xhtml</url-pattern>",
                        "<url-pattern>/login.xhtml</url-pattern>\n      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        if (opened.equals(webXml)) {
            throw new IllegalStateException(
                    "web.xml no longer has the public login page constraint");
        }
        war.delete("/WEB-INF/web.xml");
        war.addAsWebInfResource(new StringAsset(opened), "web.xml");
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
