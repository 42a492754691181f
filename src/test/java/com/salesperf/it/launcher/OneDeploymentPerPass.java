package com.salesperf.it.launcher;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Arquillian deployment (and so one managed Payara Micro) for every in-container test class of
 * a failsafe pass, instead of one per class.
 *
 * <p>Arquillian normally works per test class: at BeforeClass it fires {@link GenerateDeployment}
 * (which calls the class's {@code @Deployment} method and stores the resulting {@link
 * DeploymentScenario} in the class scope) and {@link DeployManagedDeployments}; at AfterClass it
 * fires {@link UnDeployManagedDeployments}. The Payara Micro connector starts a server process on
 * deploy and kills it on undeploy, so each class paid a full boot.
 *
 * <p>This observer intercepts those three events:
 *
 * <ul>
 *   <li>the first class with a {@code @Deployment} generates its scenario as usual, and the
 *       scenario is kept; every later class gets that same scenario object in its class scope
 *       instead of generating its own. Reusing the very same {@code Deployment} objects also keeps
 *       their deployment context, which holds the protocol metadata (the server's URL) that the
 *       Servlet protocol needs to run tests inside the server;
 *   <li>the shared scenario is deployed once; later classes' deploy requests are dropped;
 *   <li>per-class undeploy requests for the shared scenario are dropped; at AfterSuite (the end of
 *       the JUnit run in the test JVM) it is undeployed once, which stops the server.
 * </ul>
 *
 * <p>This works because every deployment method returns {@link com.salesperf.it.Deployments#portal}
 * of its own class, and that war already holds the whole {@code com.salesperf.it} package: the
 * first class's war can run any other class's tests. A class in a different package, or one that
 * needs a different war, must not rely on this (there is none). Classes without a
 * {@code @Deployment} method are left alone.
 */
public class OneDeploymentPerPass {

    /** Registers the observer; listed in META-INF/services of the test classpath. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(OneDeploymentPerPass.class);
        }
    }

    private static final Logger LOG = Logger.getLogger(OneDeploymentPerPass.class.getName());

    @Inject @ClassScoped private InstanceProducer<DeploymentScenario> classScenario;

    @Inject private Instance<ClassContext> classContext;

    @Inject private Event<UnDeployManagedDeployments> undeployEvent;

    /** The scenario of the first class with a deployment; null until then. */
    private DeploymentScenario shared;

    /** The class that generated {@link #shared}; its class scope is used again at the end. */
    private Class<?> owner;

    private boolean deployed;

    private boolean undeployingAtEnd;

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        TestClass testClass = context.getEvent().getTestClass();
        if (testClass.getMethods(Deployment.class).length == 0) {
            context.proceed();
            return;
        }
        if (shared == null) {
            context.proceed();
            shared = classScenario.get();
            owner = testClass.getJavaClass();
        } else {
            // Not calling proceed(): this class's @Deployment method is never invoked.
            classScenario.set(shared);
        }
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
        if (!isShared()) {
            context.proceed();
            return;
        }
        if (deployed) {
            return;
        }
        try {
            LOG.info(
                    "deploying the test war of "
                            + owner.getSimpleName()
                            + " once; every later test class of this run uses it");
            context.proceed();
            deployed = true;
        } catch (RuntimeException failed) {
            // The next class starts over with a scenario of its own rather than reusing a broken
            // one.
            shared = null;
            owner = null;
            throw failed;
        }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (isShared() && !undeployingAtEnd) {
            return;
        }
        context.proceed();
    }

    /**
     * Runs before Arquillian's own AfterSuite observer (which stops the containers): the shared
     * deployment is undeployed inside a class scope of its owner, since that is where the
     * deployment controller looks for the scenario.
     */
    public void undeployAtEnd(@Observes(precedence = 100) AfterSuite event) {
        if (!deployed) {
            return;
        }
        LOG.info("end of the test run: undeploying the shared test war (stops its server)");
        ClassContext context = classContext.get();
        context.activate(owner);
        try {
            classScenario.set(shared);
            undeployingAtEnd = true;
            undeployEvent.fire(new UnDeployManagedDeployments());
        } finally {
            context.deactivate();
            context.destroy(owner);
            deployed = false;
            shared = null;
            owner = null;
        }
    }

    private boolean isShared() {
        return shared != null && classScenario.get() == shared;
    }
}
