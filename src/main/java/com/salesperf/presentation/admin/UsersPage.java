package com.salesperf.presentation.admin;

import com.salesperf.organization.boundary.OrgAdministration;
import com.salesperf.organization.boundary.UserAdministration;
import com.salesperf.organization.control.AccountRow;
import com.salesperf.organization.control.NewAccount;
import com.salesperf.organization.control.OrgTree;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.presentation.shell.TableRequests;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Sign-in accounts: list, create (linked to a person), change roles, disable and enable. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient UserAdministration users;

    @Inject transient OrgAdministration org;

    private String search;
    private List<String> unitCodes = List.of();

    // the new-account form
    private String username;
    private String displayName;
    private String password;
    private String employeeNo;
    private String scopeUnit;
    private String email;
    private List<String> newRoles = new ArrayList<>();

    // the roles form
    private AccountRow edited;
    private List<String> editedRoles = new ArrayList<>();

    private final LazyDataModel<AccountRow> accounts =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) users.count(currentCaller.get(), request(0, 1, Map.of()));
                }

                @Override
                public List<AccountRow> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    return users.page(currentCaller.get(), request(first, pageSize, sort));
                }

                @Override
                public String getRowKey(AccountRow row) {
                    return String.valueOf(row.id());
                }
            };

    @PostConstruct
    void load() {
        unitCodes =
                org.units(currentCaller.get()).stream()
                        .sorted(Comparator.comparing(OrgTree.Node::code))
                        .map(OrgTree.Node::code)
                        .toList();
    }

    private PageRequest request(int first, int size, Map<String, SortMeta> sort) {
        return TableRequests.of(first, size, sort, search);
    }

    public void create() {
        try {
            AccountRow created =
                    users.create(
                            currentCaller.get(),
                            new NewAccount(
                                    username,
                                    displayName,
                                    password == null ? null : password.toCharArray(),
                                    employeeNo,
                                    scopeUnit,
                                    email,
                                    roles(newRoles)));
            Messages.info("users.created", created.username());
            clearNew();
            PrimeFaces.current().executeScript("PF('newUserDialog').hide()");
        } catch (BusinessException e) {
            FieldMessages.show("newUser", e);
        } finally {
            password = null;
        }
    }

    public void editRoles(AccountRow row) {
        edited = row;
        editedRoles = new ArrayList<>(row.roles().stream().map(Role::name).toList());
    }

    public void saveRoles() {
        try {
            users.changeRoles(
                    currentCaller.get(), edited.id(), edited.version(), roles(editedRoles));
            Messages.info("users.rolesSaved", edited.username());
            PrimeFaces.current().executeScript("PF('rolesDialog').hide()");
        } catch (BusinessException e) {
            FieldMessages.show("rolesForm", e);
        }
    }

    public void toggleEnabled(AccountRow row) {
        try {
            if (row.enabled()) {
                users.disable(currentCaller.get(), row.id(), row.version());
                Messages.info("users.disabled", row.username());
            } else {
                users.enable(currentCaller.get(), row.id(), row.version());
                Messages.info("users.enabled", row.username());
            }
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    private void clearNew() {
        username = null;
        displayName = null;
        employeeNo = null;
        scopeUnit = null;
        email = null;
        newRoles = new ArrayList<>();
    }

    /** Role names from the form; anything that is not a role is ignored. */
    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (names.contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public List<String> getRoles() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<String> getUnitCodes() {
        return unitCodes;
    }

    public LazyDataModel<AccountRow> getAccounts() {
        return accounts;
    }

    public AccountRow getEdited() {
        return edited;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public String getScopeUnit() {
        return scopeUnit;
    }

    public void setScopeUnit(String scopeUnit) {
        this.scopeUnit = scopeUnit;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }

    public String time(java.time.Instant instant) {
        return com.salesperf.presentation.shell.PortalTimes.format(instant);
    }
}
