package com.salesperf.security.boundary;

import com.salesperf.organization.boundary.Accounts;
import com.salesperf.organization.control.Account;
import com.salesperf.security.control.PasswordHasher;
import com.salesperf.security.control.TokenDigest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * Checks passwords against the PBKDF2 hashes of portal_user and API tokens against their stored
 * SHA-256. Unknown, disabled and wrong all answer INVALID after the same amount of work, so the
 * answer does not reveal which part was wrong.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject Accounts accounts;

    @Inject PasswordHasher hasher;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validatePassword(password);
        }
        if (credential instanceof ApiTokenCredential token) {
            return valid(
                    accounts.findByTokenHash(TokenDigest.of(token.token()))
                            .filter(Account::enabled));
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult validatePassword(UsernamePasswordCredential credential) {
        Optional<Account> account = accounts.find(credential.getCaller()).filter(Account::enabled);
        char[] password = credential.getPassword().getValue();
        if (account.isEmpty() || account.get().passwordHash() == null) {
            hasher.verifyAgainstNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return hasher.verify(password, account.get().passwordHash())
                ? valid(account)
                : CredentialValidationResult.INVALID_RESULT;
    }

    private static CredentialValidationResult valid(Optional<Account> account) {
        return account.map(
                        a ->
                                new CredentialValidationResult(
                                        new CallerPrincipal(a.username()), a.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
