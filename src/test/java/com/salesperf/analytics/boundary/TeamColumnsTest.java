package com.salesperf.analytics.boundary;

import static com.salesperf.analytics.boundary.TeamColumn.ACTUAL;
import static com.salesperf.analytics.boundary.TeamColumn.COMPLETION;
import static com.salesperf.analytics.boundary.TeamColumn.EMPLOYEE_NO;
import static com.salesperf.analytics.boundary.TeamColumn.GAP;
import static com.salesperf.analytics.boundary.TeamColumn.NAME;
import static com.salesperf.analytics.boundary.TeamColumn.REGION;
import static com.salesperf.analytics.boundary.TeamColumn.TARGET;
import static com.salesperf.analytics.boundary.TeamColumn.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TeamColumnsTest {

    @Test
    void aNewTableShowsEveryColumnInThePagesOrder() {
        assertThat(TeamColumns.all().visible())
                .containsExactly(EMPLOYEE_NO, NAME, TEAM, REGION, TARGET, ACTUAL, COMPLETION, GAP);
    }

    /** The toggler reports positions, so the enum must list the page's columns in their order. */
    @Test
    void theColumnsFollowTheOrderOfThePage() throws IOException {
        String page =
                Files.readString(
                        Path.of("src/main/webapp/team/performance.xhtml"), StandardCharsets.UTF_8);
        assertThat(
                        Pattern.compile("<p:column [^>]*field=\"(\\w+)\"")
                                .matcher(page)
                                .results()
                                .map(m -> m.group(1).replaceAll("([A-Z])", "_$1").toUpperCase())
                                .toList())
                .isEqualTo(Arrays.stream(TeamColumn.values()).map(Enum::name).toList());
    }

    @Test
    void aHiddenColumnIsLeftOutAndComesBackInItsPlace() {
        TeamColumns hidden = TeamColumns.all().with(7, false).with(1, false);
        assertThat(hidden.visible())
                .containsExactly(EMPLOYEE_NO, TEAM, REGION, TARGET, ACTUAL, COMPLETION);
        assertThat(hidden.with(1, true).visible())
                .containsExactly(EMPLOYEE_NO, NAME, TEAM, REGION, TARGET, ACTUAL, COMPLETION);
    }

    @Test
    void aPositionTheTableDoesNotHaveChangesNothing() {
        TeamColumns columns = TeamColumns.all().with(2, false);
        for (int index : new int[] {-1, 8, 99, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThat(columns.with(index, false).visible()).isEqualTo(columns.visible());
            assertThat(columns.with(index, true).visible()).isEqualTo(columns.visible());
        }
    }

    @Test
    void everyColumnCanBeHidden() {
        TeamColumns columns = TeamColumns.all();
        for (int index = 0; index < TeamColumn.values().length; index++) {
            columns = columns.with(index, false);
        }
        assertThat(columns.visible()).isEmpty();
        assertThat(columns.with(6, true).visible()).containsExactly(COMPLETION);
    }

    @Test
    void theViewCanKeepIt() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(TeamColumns.all().with(0, false));
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            TeamColumns read = (TeamColumns) in.readObject();
            assertThat(read.visible()).doesNotContain(EMPLOYEE_NO).contains(NAME);
            assertThat(read.with(0, true).visible()).startsWith(EMPLOYEE_NO);
        }
    }
}
