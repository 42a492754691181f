package com.salesperf.security.boundary;

import com.salesperf.organization.control.AccountDisabled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Knows the live page sessions of each user, so a disabled account loses them at once. */
@ApplicationScoped
public class SessionRegistry {

    private final Map<String, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    void register(String username, HttpSession session) {
        sessions.computeIfAbsent(username, k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void unregister(String username, HttpSession session) {
        sessions.computeIfPresent(
                username,
                (k, set) -> {
                    set.remove(session);
                    return set.isEmpty() ? null : set;
                });
    }

    public int countFor(String username) {
        return sessions.getOrDefault(username, Set.of()).size();
    }

    void endSessionsOf(@Observes AccountDisabled event) {
        Set<HttpSession> live = sessions.remove(event.username());
        if (live != null) {
            live.forEach(SessionRegistry::invalidateQuietly);
        }
    }

    private static void invalidateQuietly(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended on its own in the meantime: nothing left to do
        }
    }
}
