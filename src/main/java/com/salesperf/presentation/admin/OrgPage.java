package com.salesperf.presentation.admin;

import com.salesperf.organization.boundary.OrgAdministration;
import com.salesperf.organization.control.NewOrgUnit;
import com.salesperf.organization.control.OrgTree;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The org tree (company → regions → teams): select a unit to rename it or to add a unit below it.
 */
@Named
@ViewScoped
public class OrgPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient OrgAdministration org;

    private TreeNode<OrgTree.Node> root;
    private TreeNode<OrgTree.Node> selectedNode;
    private OrgTree.Node selected;
    private long selectedVersion;

    private String nameZh;
    private String nameEn;
    private String childCode;
    private String childNameZh;
    private String childNameEn;

    @PostConstruct
    void load() {
        Collection<OrgTree.Node> units = org.units(currentCaller.get());
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrgTree.Node>> byId = new HashMap<>();
        units.stream()
                .sorted(Comparator.comparing(OrgTree.Node::kind).thenComparing(OrgTree.Node::code))
                .forEach(
                        u -> {
                            TreeNode<OrgTree.Node> parent =
                                    u.parentId() == null
                                            ? root
                                            : byId.getOrDefault(u.parentId(), root);
                            DefaultTreeNode<OrgTree.Node> node =
                                    new DefaultTreeNode<>(u.kind().name(), u, parent);
                            node.setExpanded(
                                    u.parentId() == null
                                            || selected != null && selected.id() == u.id());
                            if (selected != null && selected.id() == u.id()) {
                                node.setSelected(true);
                                selectedNode = node;
                                selected = u;
                            }
                            byId.put(u.id(), node);
                        });
    }

    public void onSelect(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        OrgTree.Node unit = ((TreeNode<OrgTree.Node>) event.getTreeNode()).getData();
        select(unit);
    }

    private void select(OrgTree.Node unit) {
        selected = unit;
        selectedVersion = org.versionOf(currentCaller.get(), unit.id());
        nameZh = unit.nameZh();
        nameEn = unit.nameEn();
        childCode = null;
        childNameZh = null;
        childNameEn = null;
    }

    public void rename() {
        try {
            org.rename(currentCaller.get(), selected.id(), selectedVersion, nameZh, nameEn);
            Messages.info("org.renamed", selected.code());
            reloadKeeping(selected.id());
        } catch (BusinessException e) {
            FieldMessages.show("org", e);
        }
    }

    public void addChild() {
        try {
            long id =
                    org.create(
                            currentCaller.get(),
                            new NewOrgUnit(childCode, childNameZh, childNameEn, selected.id()));
            Messages.info("org.created", childCode);
            reloadKeeping(id);
        } catch (BusinessException e) {
            FieldMessages.show("org", e, Map.of("nameZh", "childNameZh", "nameEn", "childNameEn"));
        }
    }

    private void reloadKeeping(long id) {
        org.units(currentCaller.get()).stream()
                .filter(u -> u.id() == id)
                .findFirst()
                .ifPresent(this::select);
        load();
    }

    public boolean isTeamSelected() {
        return selected != null
                && selected.kind() == com.salesperf.organization.entity.OrgUnitKind.TEAM;
    }

    public TreeNode<OrgTree.Node> getRoot() {
        return root;
    }

    public TreeNode<OrgTree.Node> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<OrgTree.Node> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public OrgTree.Node getSelected() {
        return selected;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getChildCode() {
        return childCode;
    }

    public void setChildCode(String childCode) {
        this.childCode = childCode;
    }

    public String getChildNameZh() {
        return childNameZh;
    }

    public void setChildNameZh(String childNameZh) {
        this.childNameZh = childNameZh;
    }

    public String getChildNameEn() {
        return childNameEn;
    }

    public void setChildNameEn(String childNameEn) {
        this.childNameEn = childNameEn;
    }
}
