package com.salesperf.data.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.organization.entity.Role;
import com.salesperf.security.control.Caller;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Who may import which kind, and the kinds' names and headers. */
class ImportKindTest {

    @Test
    void financeImportsItsOwnFiguresAdminEverythingOthersNothing() {
        Caller finance = new Caller("f", EnumSet.of(Role.FINANCE), null, null);
        Caller admin = new Caller("a", EnumSet.of(Role.ADMIN), null, null);
        Caller rep = new Caller("r", EnumSet.of(Role.REP), 1L, null);
        assertThat(Arrays.stream(ImportKind.values()).filter(k -> k.mayBeImportedBy(finance)))
                .containsExactly(ImportKind.SALES, ImportKind.COLLECTIONS, ImportKind.SALES_COSTS);
        assertThat(ImportKind.values()).allMatch(k -> k.mayBeImportedBy(admin));
        assertThat(ImportKind.values()).noneMatch(k -> k.mayBeImportedBy(rep));
    }

    @Test
    void kindsAreFoundByTheirUrlNames() {
        assertThat(ImportKind.bySlug("plan-submissions")).contains(ImportKind.PLAN_SUBMISSIONS);
        assertThat(ImportKind.bySlug("PLAN_SUBMISSIONS")).isEmpty();
        assertThat(ImportKind.SALES.headerLine())
                .isEqualTo("order_id,employee_no,customer_id,product_line,signed_date,amount");
    }

    @Test
    void everyKindHasASpecificationMatchingItsHeader() {
        for (ImportKind kind : ImportKind.values()) {
            assertThat(KindSpecs.of(kind).columns())
                    .extracting(Column::name)
                    .containsExactlyElementsOf(kind.columns());
        }
    }
}
