package com.salesperf.organization.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.organization.entity.OrgUnitKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrgTreeTest {

    private final OrgTree tree =
            new OrgTree(
                    List.of(
                            new OrgTree.Node(1, null, "HQ", OrgUnitKind.COMPANY, "总公司", "HQ"),
                            new OrgTree.Node(2, 1L, "EAST", OrgUnitKind.REGION, "华东区", "East"),
                            new OrgTree.Node(3, 1L, "NORTH", OrgUnitKind.REGION, "华北区", "North"),
                            new OrgTree.Node(4, 2L, "EAST-1", OrgUnitKind.TEAM, "华东一队", "East 1"),
                            new OrgTree.Node(5, 2L, "EAST-2", OrgUnitKind.TEAM, "华东二队", "East 2"),
                            new OrgTree.Node(
                                    6, 3L, "NORTH-1", OrgUnitKind.TEAM, "华北一队", "North 1")));

    @Test
    void aSubtreeHoldsTheUnitAndEverythingBelow() {
        assertThat(tree.subtree(2)).containsExactlyInAnyOrder(2L, 4L, 5L);
        assertThat(tree.subtree(1)).hasSize(6);
        assertThat(tree.subtree(6)).containsExactly(6L);
        assertThat(tree.subtree(99)).isEmpty();
    }

    @Test
    void findsTheRegionOfATeam() {
        assertThat(tree.ancestor(5, OrgUnitKind.REGION))
                .get()
                .extracting(OrgTree.Node::code)
                .isEqualTo("EAST");
        assertThat(tree.ancestor(5, OrgUnitKind.COMPANY))
                .get()
                .extracting(OrgTree.Node::code)
                .isEqualTo("HQ");
        assertThat(tree.ancestor(1, OrgUnitKind.TEAM)).isEmpty();
    }

    @Test
    void visibilityCombinesTheSubtreeAndTheOwnRecord() {
        Visibility east = new Visibility(false, tree.subtree(2), 42L);
        assertThat(east.canSee(7L, 4L)).isTrue();
        assertThat(east.canSee(8L, 6L)).isFalse();
        assertThat(east.canSee(42L, 6L)).isTrue();
        assertThat(Visibility.all().canSee(1L, 1L)).isTrue();
        assertThat(new Visibility(false, Set.of(), null).unitIdsForQuery())
                .containsExactly(Visibility.NO_ID);
    }
}
