package com.salesperf.presentation.shell;

import com.salesperf.organization.entity.Role;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/** The menu of the signed-in user: only the groups and pages their roles may use. */
@Named
@RequestScoped
public class NavigationMenu {

    @Inject CurrentCaller currentCaller;

    private MenuModel model;

    @PostConstruct
    void build() {
        Set<Role> roles = currentCaller.account().map(a -> a.roles()).orElse(Set.of());
        model = new DefaultMenuModel();
        for (MenuCatalog.Group group : MenuCatalog.GROUPS) {
            List<MenuCatalog.Entry> visible =
                    group.entries().stream()
                            .filter(e -> !Collections.disjoint(e.roles(), roles))
                            .toList();
            if (!visible.isEmpty()) {
                model.getElements().add(submenu(group, visible));
            }
        }
    }

    private static DefaultSubMenu submenu(
            MenuCatalog.Group group, List<MenuCatalog.Entry> entries) {
        DefaultSubMenu submenu =
                DefaultSubMenu.builder()
                        .label(Texts.get(group.labelKey()))
                        .icon(group.icon())
                        .build();
        for (MenuCatalog.Entry entry : entries) {
            submenu.getElements()
                    .add(
                            DefaultMenuItem.builder()
                                    .value(Texts.get(entry.labelKey()))
                                    .icon(entry.icon())
                                    .outcome(entry.outcome())
                                    .build());
        }
        return submenu;
    }

    public MenuModel getModel() {
        return model;
    }
}
