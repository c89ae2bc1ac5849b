package org.sourcewise.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.UserAdminService;
import org.sourcewise.accounts.UserId;
import org.sourcewise.audit.internal.AuditEntryEntity;
import org.sourcewise.audit.internal.AuditEntryRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: features record what a user did ({@link #record}, in the caller's transaction, so a
 * change and its entry are saved together or not at all); admins search it, newest first.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final UserAdminService users;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentUser currentUser, UserAdminService users, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** Records an action of the logged-in user (the system's own work is recorded without an actor). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void record(String action, String target, @Nullable String detail) {
        Long actor = currentUser.find().map(AccountPrincipal::id).map(UserId::value).filter(id -> id > 0).orElse(null);
        entries.save(new AuditEntryEntity(clock.instant(), actor, action, target, detail));
    }

    /** One page of the entries that match, newest first. Admins only. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Specification<AuditEntryEntity> spec = specification(query);
        Sort newestFirst = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));
        List<AuditEntryEntity> found;
        if (offset % limit == 0) {
            found = entries.findAll(spec, PageRequest.of(offset / limit, limit, newestFirst)).getContent();
        } else {
            List<AuditEntryEntity> window = entries.findAll(spec, PageRequest.of(0, offset + limit, newestFirst)).getContent();
            found = window.subList(Math.min(offset, window.size()), window.size());
        }
        Map<Long, String> names = usernames(found.stream().map(AuditEntryEntity::getActorId).filter(id -> id != null)
                .collect(Collectors.toSet()));
        return found.stream().map(e -> new AuditEntry(e.getId(), e.getAt(),
                e.getActorId() == null ? null : names.get(e.getActorId()), e.getAction(), e.getTarget(), e.getDetail())).toList();
    }

    /** How many entries match. Admins only. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return entries.count(specification(query));
    }

    private Map<Long, String> usernames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.usernames(ids.stream().map(UserId::new).toList()).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }

    /** The query as criteria; the text also matches the entries of users whose username contains it. */
    private Specification<AuditEntryEntity> specification(AuditQuery query) {
        AuditQuery q = query == null ? AuditQuery.all() : query;
        ZoneId zone = clock.getZone();
        String text = q.text() == null || q.text().isBlank() ? null : q.text().strip().toLowerCase(Locale.ROOT);
        List<Long> actors = text == null ? List.of() : users.idsWithUsernameContaining(text).stream().map(UserId::value).toList();
        Function<String, String> like = s -> "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Specification<AuditEntryEntity> spec = (root, cq, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (q.action() != null && !q.action().isBlank()) {
                all.add(cb.equal(root.get("action"), q.action()));
            }
            if (q.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("at"), q.from().atStartOfDay(zone).toInstant()));
            }
            if (q.to() != null) {
                all.add(cb.lessThan(root.get("at"), q.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (text != null) {
                String pattern = like.apply(text);
                List<Predicate> any = new ArrayList<>();
                any.add(cb.like(cb.lower(root.get("target")), pattern, '\\'));
                any.add(cb.like(cb.lower(root.get("detail")), pattern, '\\'));
                any.add(cb.like(cb.lower(root.get("action")), pattern, '\\'));
                if (!actors.isEmpty()) {
                    any.add(root.get("actorId").in(actors));
                }
                all.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return spec;
    }
}
