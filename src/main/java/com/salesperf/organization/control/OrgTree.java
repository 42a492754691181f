package com.salesperf.organization.control;

import com.salesperf.organization.entity.OrgUnitKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable snapshot of the organisation tree, answering subtree and ancestor questions. */
public final class OrgTree {

    /** One unit of the snapshot; parentId is null for the company. */
    public record Node(
            long id, Long parentId, String code, OrgUnitKind kind, String nameZh, String nameEn) {}

    private final Map<Long, Node> byId = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();

    public OrgTree(Collection<Node> nodes) {
        for (Node node : nodes) {
            byId.put(node.id(), node);
            if (node.parentId() != null) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node.id());
            }
        }
    }

    public Optional<Node> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The unit and every unit below it. Empty for an unknown id. */
    public Set<Long> subtree(long rootId) {
        Set<Long> result = new HashSet<>();
        if (!byId.containsKey(rootId)) {
            return result;
        }
        List<Long> pending = new ArrayList<>(List.of(rootId));
        while (!pending.isEmpty()) {
            long id = pending.remove(pending.size() - 1);
            if (result.add(id)) {
                pending.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }

    /** The nearest unit of the given kind at or above the unit (its team, region or company). */
    public Optional<Node> ancestor(long unitId, OrgUnitKind kind) {
        Node node = byId.get(unitId);
        for (int guard = 0; node != null && guard < 64; guard++) {
            if (node.kind() == kind) {
                return Optional.of(node);
            }
            node = node.parentId() == null ? null : byId.get(node.parentId());
        }
        return Optional.empty();
    }

    public Collection<Node> nodes() {
        return byId.values();
    }
}
