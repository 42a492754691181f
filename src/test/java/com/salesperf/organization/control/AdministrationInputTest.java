package com.salesperf.organization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.InvalidFieldException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Server-side checks of the administration forms: each refusal names its field. */
class AdministrationInputTest {

    private static NewAccount account(
            String username, String password, String employeeNo, String email, Set<Role> roles) {
        return new NewAccount(
                username,
                "显示名",
                password == null ? null : password.toCharArray(),
                employeeNo,
                null,
                email,
                roles);
    }

    @Test
    void aCompleteAccountPassesWithBlanksAsNull() {
        NewAccount valid =
                new NewAccount(
                                " hr3 ",
                                " 李娜 ",
                                "long enough".toCharArray(),
                                " ",
                                "",
                                null,
                                Set.of(Role.HR))
                        .validated();
        assertThat(valid.username()).isEqualTo("hr3");
        assertThat(valid.employeeNo()).isNull();
        assertThat(valid.scopeUnitCode()).isNull();
    }

    @Test
    void eachWrongAccountFieldIsNamed() {
        assertField(account(null, "long enough", null, null, Set.of(Role.HR)), "username");
        assertField(account("Bad Name", "long enough", null, null, Set.of(Role.HR)), "username");
        assertField(account("<script>", "long enough", null, null, Set.of(Role.HR)), "username");
        assertField(account("hr3", "short", null, null, Set.of(Role.HR)), "password");
        assertField(account("hr3", "long enough", null, "not-mail", Set.of(Role.HR)), "email");
        assertField(account("hr3", "long enough", null, null, Set.of()), "roles");
        assertField(account("hr3", "long enough", null, null, Set.of(Role.REP)), "employeeNo");
    }

    @Test
    void orgUnitCodesAreUpperCasedAndChecked() {
        assertThat(new NewOrgUnit(" east-9 ", "华东九组", "East 9", 1L).validated().code())
                .isEqualTo("EAST-9");
        assertField(new NewOrgUnit("E", "a", "b", 1L), "code");
        assertField(new NewOrgUnit("EAST 9", "a", "b", 1L), "code");
        assertField(new NewOrgUnit("EAST9", "a", "b", null), "parent");
        assertField(new NewOrgUnit("EAST9", " ", "b", 1L), "nameZh");
        assertField(new NewOrgUnit("EAST9", "a", "x".repeat(101), 1L), "nameEn");
    }

    @Test
    void unitsNestCompanyRegionTeam() {
        assertThat(NewOrgUnit.childKindOf(OrgUnitKind.COMPANY)).isEqualTo(OrgUnitKind.REGION);
        assertThat(NewOrgUnit.childKindOf(OrgUnitKind.REGION)).isEqualTo(OrgUnitKind.TEAM);
        assertThatThrownBy(() -> NewOrgUnit.childKindOf(OrgUnitKind.TEAM))
                .isInstanceOf(InvalidFieldException.class);
    }

    private static void assertField(NewAccount input, String field) {
        assertThatThrownBy(input::validated)
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static void assertField(NewOrgUnit input, String field) {
        assertThatThrownBy(input::validated)
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
