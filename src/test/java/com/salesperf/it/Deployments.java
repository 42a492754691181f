package com.salesperf.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
        return war;
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
