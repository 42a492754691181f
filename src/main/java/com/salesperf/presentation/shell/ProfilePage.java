package com.salesperf.presentation.shell;

import com.salesperf.organization.boundary.ApiTokens;
import com.salesperf.organization.boundary.ApiTokens.TokenRow;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The user's own account: language and personal API tokens for scripts. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient ApiTokens apiTokens;

    private List<TokenRow> tokens;

    @NotBlank
    @Size(max = 100)
    private String tokenName;

    @Min(1)
    @Max(365)
    private int tokenDays = 90;

    private String createdToken;

    @PostConstruct
    void load() {
        tokens = apiTokens.mine(currentCaller.get());
    }

    public void createToken() {
        createdToken = apiTokens.create(currentCaller.get(), tokenName, tokenDays);
        tokenName = null;
        Messages.info("profile.token.created");
        load();
    }

    public void revoke(long tokenId) {
        apiTokens.revoke(currentCaller.get(), tokenId);
        Messages.info("profile.token.revoked");
        load();
    }

    public List<TokenRow> getTokens() {
        return tokens;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public int getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(int tokenDays) {
        this.tokenDays = tokenDays;
    }

    public String getCreatedToken() {
        return createdToken;
    }
}
