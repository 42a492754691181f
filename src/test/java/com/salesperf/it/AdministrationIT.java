package com.salesperf.it;

import static com.salesperf.it.TestSupport.ADMIN;
import static com.salesperf.it.TestSupport.AUDITOR;
import static com.salesperf.it.TestSupport.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditRecord;
import com.salesperf.calendar.boundary.CompanyCalendar;
import com.salesperf.calendar.boundary.WorkingCalendar;
import com.salesperf.calendar.control.CalendarDayInput;
import com.salesperf.calendar.control.CalendarDayRow;
import com.salesperf.calendar.control.DayKind;
import com.salesperf.notification.boundary.Notifications;
import com.salesperf.notification.control.NotificationRow;
import com.salesperf.notification.entity.NotificationKind;
import com.salesperf.organization.boundary.Directory;
import com.salesperf.organization.boundary.OrgAdministration;
import com.salesperf.organization.boundary.UserAdministration;
import com.salesperf.organization.control.AccountRow;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.organization.control.NewAccount;
import com.salesperf.organization.control.NewOrgUnit;
import com.salesperf.organization.control.OrgTree;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.boundary.PeriodAdministration;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.platform.control.InvalidFieldException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar, notifications and administration on a real database: the shipped calendar drives the
 * working-day arithmetic, admin edits count at once and are audited, a user reads and marks only
 * their own notifications, and account, org and period changes leave audit entries. Every test uses
 * its own names and dates, so the order of tests does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(AdministrationIT.class);
    }

    @Inject WorkingCalendar workingCalendar;
    @Inject CompanyCalendar companyCalendar;
    @Inject Notifications notifications;
    @Inject UserAdministration users;
    @Inject OrgAdministration org;
    @Inject PeriodAdministration periods;
    @Inject Directory directory;
    @Inject AuditTrail auditTrail;

    @Test
    void theShippedCalendarDrivesWorkingDays() {
        assertThat(workingCalendar.isWorkingDay(LocalDate.parse("2023-10-02"))).isFalse();
        assertThat(workingCalendar.isWorkingDay(LocalDate.parse("2023-10-07"))).isTrue();
        assertThat(workingCalendar.addWorkingDays(LocalDate.parse("2023-09-28"), 3))
                .isEqualTo(LocalDate.parse("2023-10-09"));
        assertThat(
                        workingCalendar.workingDaysBetween(
                                LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01")))
                .isEqualTo(251);
        Instant published = ZonedDateTime.of(2025, 1, 24, 20, 0, 0, 0, SHANGHAI).toInstant();
        // Fri 24 Jan 2025: Sun 26 (make-up), Mon 27, then the Spring Festival until 4 Feb; Wed 5
        // Feb.
        assertThat(workingCalendar.windowEnd(published, 3, SHANGHAI))
                .isEqualTo(ZonedDateTime.of(2025, 2, 6, 0, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(companyCalendar.year(2026))
                .extracting(CalendarDayRow::date)
                .contains(LocalDate.parse("2026-02-14"), LocalDate.parse("2026-10-07"));
    }

    @Test
    void calendarEditsCountAtOnceAndAreAudited() {
        LocalDate monday = freeMonday();
        CalendarDayRow added =
                companyCalendar.add(
                        ADMIN, new CalendarDayInput(monday, DayKind.HOLIDAY, "公司日", "Company day"));
        assertThat(workingCalendar.isWorkingDay(monday)).isFalse();
        assertThat(workingCalendar.addWorkingDays(monday.minusDays(3), 1))
                .isEqualTo(monday.plusDays(1));

        assertThatThrownBy(
                        () ->
                                companyCalendar.add(
                                        ADMIN,
                                        new CalendarDayInput(
                                                monday, DayKind.HOLIDAY, "重复", "Again")))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(
                        () ->
                                companyCalendar.add(
                                        HR,
                                        new CalendarDayInput(
                                                monday.plusDays(1), DayKind.HOLIDAY, "x", "x")))
                .isInstanceOf(AccessDeniedException.class);

        CalendarDayRow renamed =
                companyCalendar.update(
                        ADMIN,
                        added.id(),
                        added.version(),
                        new CalendarDayInput(null, DayKind.HOLIDAY, "公司纪念日", "Founding day"));
        assertThatThrownBy(
                        () ->
                                companyCalendar.update(
                                        ADMIN,
                                        added.id(),
                                        added.version(),
                                        new CalendarDayInput(null, DayKind.HOLIDAY, "旧", "Old")))
                .isInstanceOfSatisfying(
                        ConcurrentChangeException.class,
                        e -> assertThat(e.arguments()).containsExactly("admin"));
        assertThat(renamed.nameEn()).isEqualTo("Founding day");

        companyCalendar.remove(ADMIN, added.id());
        assertThat(workingCalendar.isWorkingDay(monday)).isTrue();
        assertThat(actions("CalendarDay", added.id()))
                .containsExactly(
                        "CALENDAR_DAY_ADDED", "CALENDAR_DAY_CHANGED", "CALENDAR_DAY_REMOVED");
        assertThat(auditTrail.historyOf("CalendarDay", String.valueOf(added.id())))
                .first()
                .satisfies(
                        r -> {
                            assertThat(r.actor()).isEqualTo("admin");
                            assertThat(r.afterJson()).contains("Company day");
                        });
    }

    @Test
    void aUserReadsAndMarksOnlyTheirOwnNotifications() {
        Caller s001 = new Caller("s001", EnumSet.of(Role.REP), null, null);
        Caller s002 = new Caller("s002", EnumSet.of(Role.REP), null, null);
        long unreadBefore = notifications.unreadCount(s001);
        long mine =
                notifications.notify("s001", NotificationKind.PUBLISHED, "/home.xhtml", "2023Q3");
        long theirs =
                notifications.notify(
                        "s002", NotificationKind.APPEAL_DECIDED, "javascript:alert(1)", "2023Q3");

        assertThat(notifications.unreadCount(s001)).isEqualTo(unreadBefore + 1);
        List<NotificationRow> listed = notifications.list(s001, 0, 200);
        assertThat(listed).extracting(NotificationRow::id).contains(mine).doesNotContain(theirs);
        assertThat(listed.get(0).args()).containsExactly("2023Q3");

        assertThatThrownBy(() -> notifications.markRead(s001, theirs))
                .isInstanceOf(NotFoundException.class);
        NotificationRow other =
                notifications.list(s002, 0, 200).stream()
                        .filter(n -> n.id() == theirs)
                        .findFirst()
                        .orElseThrow();
        assertThat(other.read()).isFalse();
        assertThat(other.link()).as("unsafe links are dropped").isNull();

        assertThat(notifications.markRead(s001, mine).read()).isTrue();
        assertThat(notifications.unreadCount(s001)).isEqualTo(unreadBefore);
        assertThat(notifications.notify("no-such-user", NotificationKind.PUBLISHED, null))
                .isEqualTo(-1);
    }

    @Test
    void roleNotificationsReachEveryEnabledHolder() {
        long before = notifications.unreadCount(AUDITOR);
        int sent = notifications.notifyRole(Role.AUDITOR, NotificationKind.ALERT, null, "R1", "x");
        assertThat(sent).isPositive();
        assertThat(notifications.unreadCount(AUDITOR)).isEqualTo(before + 1);
        assertThat(notifications.markAllRead(AUDITOR)).isGreaterThanOrEqualTo(1);
        assertThat(notifications.unreadCount(AUDITOR)).isZero();
    }

    @Test
    void accountChangesAreAudited() {
        String username = "it-user-" + ThreadLocalRandom.current().nextInt(1_000_000);
        AccountRow created =
                users.create(
                        ADMIN,
                        new NewAccount(
                                username,
                                "IT 用户",
                                "correct horse".toCharArray(),
                                "S002",
                                null,
                                "it@example.com",
                                Set.of(Role.REP)));
        assertThat(created.employeeName()).isNotBlank();
        assertThat(
                        notifications.list(
                                new Caller(username, EnumSet.of(Role.REP), null, null), 0, 10))
                .extracting(NotificationRow::kind)
                .containsExactly(NotificationKind.ACCOUNT_CREATED);
        assertThatThrownBy(
                        () ->
                                users.create(
                                        ADMIN,
                                        new NewAccount(
                                                username,
                                                "x",
                                                "long enough".toCharArray(),
                                                null,
                                                null,
                                                null,
                                                Set.of(Role.HR))))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> users.page(HR, new PageRequest(0, 10, null, true, null)))
                .isInstanceOf(AccessDeniedException.class);

        AccountRow changed =
                users.changeRoles(
                        ADMIN, created.id(), created.version(), EnumSet.of(Role.REP, Role.HR));
        AccountRow disabled = users.disable(ADMIN, changed.id(), changed.version());
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.roles()).containsExactlyInAnyOrder(Role.REP, Role.HR);
        assertThat(users.page(ADMIN, new PageRequest(0, 10, null, true, username)))
                .singleElement()
                .satisfies(row -> assertThat(row.enabled()).isFalse());

        List<AuditRecord> history =
                auditTrail.historyOf("PortalUser", String.valueOf(created.id()));
        assertThat(history)
                .extracting(AuditRecord::action)
                .containsExactly("USER_CREATED", "USER_ROLES_CHANGED", "USER_DISABLED");
        assertThat(history)
                .allSatisfy(r -> assertThat(r.afterJson()).doesNotContain("horse", "pbkdf2"));
        AccountRow self = adminAccount();
        assertThatThrownBy(() -> users.disable(ADMIN, self.id(), self.version()))
                .isInstanceOfSatisfying(
                        com.salesperf.platform.control.BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("users.error.ownAccount"));
    }

    @Test
    void orgUnitsAndDatedMovesAreAudited() {
        OrgTree.Node region =
                org.units(ADMIN).stream()
                        .filter(n -> n.kind() == OrgUnitKind.REGION)
                        .findFirst()
                        .orElseThrow();
        String code = "IT-" + ThreadLocalRandom.current().nextInt(1_000_000);
        long team = org.create(ADMIN, new NewOrgUnit(code, "测试组", "Test team", region.id()));
        org.rename(ADMIN, team, org.versionOf(ADMIN, team), "测试一组", "Test team one");
        assertThat(actions("OrgUnit", team))
                .containsExactly("ORG_UNIT_CREATED", "ORG_UNIT_RENAMED");

        List<OrgTree.Node> teams =
                org.units(ADMIN).stream().filter(n -> n.kind() == OrgUnitKind.TEAM).toList();
        EmployeeRow rep =
                directory.page(ADMIN, new PageRequest(0, 50, "employeeNo", false, null)).stream()
                        .filter(e -> teams.stream().anyMatch(t -> t.code().equals(e.unitCode())))
                        .findFirst()
                        .orElseThrow();
        long home =
                teams.stream()
                        .filter(n -> n.code().equals(rep.unitCode()))
                        .findFirst()
                        .orElseThrow()
                        .id();
        LocalDate today = LocalDate.now();
        org.move(ADMIN, rep.id(), team, today.minusDays(1), "IT move");
        assertThat(directory.profile(ADMIN, rep.id()).unitCode()).isEqualTo(code);
        assertThatThrownBy(() -> org.move(ADMIN, rep.id(), home, today.minusDays(1), null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("effective"));
        org.move(ADMIN, rep.id(), home, today, "IT move back");
        assertThat(directory.profile(ADMIN, rep.id()).unitCode()).isEqualTo(rep.unitCode());
        assertThat(actions("Employee", rep.id())).endsWith("EMPLOYEE_MOVED", "EMPLOYEE_MOVED");
        assertThatThrownBy(() -> org.move(HR, rep.id(), team, today, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewPeriodIsOpenedOnceAndAudited() {
        int year = 2060 + ThreadLocalRandom.current().nextInt(30);
        long id = periods.open(ADMIN, year + "q2");
        assertThat(actions("Period", id)).containsExactly("PERIOD_OPENED");
        assertThatThrownBy(() -> periods.open(ADMIN, year + "Q2"))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> periods.open(ADMIN, "2023Q5"))
                .isInstanceOf(InvalidFieldException.class);
    }

    private List<String> actions(String type, long id) {
        return auditTrail.historyOf(type, String.valueOf(id)).stream()
                .map(AuditRecord::action)
                .toList();
    }

    private AccountRow adminAccount() {
        return users.page(ADMIN, new PageRequest(0, 50, null, true, "admin")).stream()
                .filter(u -> u.username().equals("admin"))
                .findFirst()
                .orElseThrow();
    }

    /** A Monday far in the future that no other test run uses. */
    private static LocalDate freeMonday() {
        return LocalDate.of(2080, 1, 1)
                .plusWeeks(ThreadLocalRandom.current().nextInt(900))
                .with(DayOfWeek.MONDAY);
    }
}
