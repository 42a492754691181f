package com.salesperf.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.launcher.SharedPortal;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What a person does first: sign in as each demo role, see that role's home page and menu in both
 * languages, fail with a wrong password, sign out. Screenshots under target/screenshots.
 */
class SignInBrowserIT {

    private static final String PASSWORD = "demo1234";

    private final URL base = SharedPortal.url();

    record RoleView(
            String username, String role, List<String> menuItems, List<String> absentMenuItems) {}

    private static final List<RoleView> ROLES =
            List.of(
                    new RoleView(
                            "s001",
                            "REP",
                            List.of("/home.xhtml", "/profile.xhtml"),
                            List.of("/people.xhtml")),
                    new RoleView(
                            "mgr.east",
                            "MANAGER",
                            List.of("/home.xhtml", "/people.xhtml"),
                            List.of()),
                    new RoleView("hr", "HR", List.of("/home.xhtml", "/people.xhtml"), List.of()),
                    new RoleView(
                            "finance",
                            "FINANCE",
                            List.of("/home.xhtml", "/people.xhtml"),
                            List.of()),
                    new RoleView(
                            "admin", "ADMIN", List.of("/home.xhtml", "/people.xhtml"), List.of()),
                    new RoleView(
                            "auditor",
                            "AUDITOR",
                            List.of("/home.xhtml", "/people.xhtml"),
                            List.of()));

    @Test
    void everyRoleSeesItsHomeAndMenuInBothLanguages() {
        for (RoleView view : ROLES) {
            try (Browser browser = Browser.open(base, 1280, 900)) {
                browser.signIn(view.username(), PASSWORD);
                browser.waitForUrlContaining("home.xhtml");
                browser.click(By.id("topbar:langEn"));
                browser.waitForText(By.id("pageTitle"), "Welcome");
                assertThat(browser.text(By.id("roles"))).contains(englishRole(view.role()));
                assertMenu(browser, view);
                browser.screenshot("home-" + view.username() + "-en");

                browser.click(By.id("topbar:langZh"));
                browser.waitForText(By.id("pageTitle"), "欢迎");
                assertThat(browser.text(By.id("roles"))).contains(chineseRole(view.role()));
                assertMenu(browser, view);
                browser.screenshot("home-" + view.username() + "-zh");
            }
        }
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.go("/login.xhtml");
            browser.click(By.id("lang:langEn"));
            browser.signIn("s002", "not-the-password");
            browser.waitForText(By.id("login:messages"), "user name or password is not correct");
            browser.screenshot("login-failed-en");
            browser.signIn("nobody-like-this", "not-the-password");
            browser.waitForText(By.id("login:messages"), "user name or password is not correct");
        }
    }

    @Test
    void signOutEndsTheSessionAndProtectedPagesAskForSignInAgain() {
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.go("/people.xhtml");
            browser.waitForUrlContaining("login.xhtml");
            browser.signIn("admin", PASSWORD);
            browser.waitForUrlContaining("people.xhtml");
            browser.click(By.id("topbar:signOut"));
            browser.waitForUrlContaining("signedOut=true");
            browser.go("/home.xhtml");
            browser.waitForUrlContaining("login.xhtml");
        }
    }

    @Test
    void aRepIsRefusedTheAdministrationAreaWithAFriendlyPage() {
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn("s001", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/admin/anything.xhtml");
            assertThat(browser.find(By.id("errorTitle")).getText()).isIn("Access denied", "无权访问");
            assertThat(browser.pageSource())
                    .doesNotContain("Caused by")
                    .doesNotContain("at com.salesperf");
            browser.screenshot("rep-refused-admin");
        }
    }

    @Test
    void theRepHomePageFitsAPhoneScreen() {
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("s001", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.find(By.id("pageTitle"));
            assertThat(browser.scrollsSideways()).as("page scrolls sideways at 390 px").isFalse();
            browser.screenshot("home-s001-phone");
        }
    }

    private static void assertMenu(Browser browser, RoleView view) {
        for (String item : view.menuItems()) {
            assertThat(browser.isPresent(menuLink(item)))
                    .as(view.username() + " menu has " + item)
                    .isTrue();
        }
        for (String item : view.absentMenuItems()) {
            assertThat(browser.isPresent(menuLink(item)))
                    .as(view.username() + " menu lacks " + item)
                    .isFalse();
        }
    }

    private static By menuLink(String page) {
        return By.cssSelector("#nav a[href$='" + page + "']");
    }

    private static String englishRole(String role) {
        return switch (role) {
            case "REP" -> "Sales rep";
            case "MANAGER" -> "Sales manager";
            case "HR" -> "HR";
            case "FINANCE" -> "Finance";
            case "ADMIN" -> "Administrator";
            default -> "Auditor";
        };
    }

    private static String chineseRole(String role) {
        return switch (role) {
            case "REP" -> "销售员";
            case "MANAGER" -> "销售经理";
            case "HR" -> "人力资源";
            case "FINANCE" -> "财务";
            case "ADMIN" -> "管理员";
            default -> "审计";
        };
    }
}
