package ru.digitalbridge.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.notification.Notifications;

/** User administration: create, list, change roles and status, reset passwords. */
@ApplicationScoped
public class UserService {
    static final String ENTITY = "user";

    private final UserRepository users;
    private final AuthService auth;
    private final AuditService audit;
    private final PasswordPolicy passwords;
    private final AccessCheck access;
    private final Notifications notifications;

    UserService(
            UserRepository users,
            AuthService auth,
            AuditService audit,
            PasswordPolicy passwords,
            AccessCheck access,
            Notifications notifications) {
        this.users = users;
        this.auth = auth;
        this.audit = audit;
        this.passwords = passwords;
        this.access = access;
        this.notifications = notifications;
    }

    @Transactional
    public PageResponse<UserResponse> list(String q, Role role, Boolean active, PageQuery page) {
        StringBuilder where = new StringBuilder("true");
        List<Object> params = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(email) like ? escape '\\' or lower(full_name) like ? escape '\\')");
            String like = Sql.contains(q.toLowerCase(Locale.ROOT));
            params.add(like);
            params.add(like);
        }
        if (active != null) {
            where.append(" and active = ?");
            params.add(active);
        }
        if (role != null) {
            where.append(" and ? = any(roles)");
            params.add(role.name());
        }
        List<UserResponse> items = users.page(where.toString(), params, "email, id", page).stream()
                .map(UserResponse::from)
                .toList();
        return new PageResponse<>(items, users.count(where.toString(), params), page.page, page.size);
    }

    /** Active coordinators and administrators (or the holders of one staff role), by name: id and name only. */
    @Transactional
    public PageResponse<StaffResource.StaffMember> staff(Role role, String q, PageQuery page) {
        StringBuilder where = new StringBuilder("active = true");
        List<Object> params = new ArrayList<>();
        if (role != null) {
            where.append(" and ? = any(roles)");
            params.add(role.name());
        } else {
            where.append(" and (? = any(roles) or ? = any(roles))");
            params.add(Role.ADMIN.name());
            params.add(Role.COORDINATOR.name());
        }
        if (q != null && !q.isBlank()) {
            where.append(" and lower(full_name) like ? escape '\\'");
            params.add(Sql.contains(q.toLowerCase(Locale.ROOT)));
        }
        List<StaffResource.StaffMember> items = users.page(where.toString(), params, "full_name, id", page).stream()
                .map(u -> new StaffResource.StaffMember(u.id, u.fullName))
                .toList();
        return new PageResponse<>(items, users.count(where.toString(), params), page.page, page.size);
    }

    @Transactional
    public UserResponse get(UUID id) {
        return UserResponse.from(find(id));
    }

    @Transactional
    public UserResponse create(UserRequests.CreateUser request) {
        String email = request.email().trim();
        if (users.findByEmail(email).isPresent()) {
            throw new ProblemException(
                    409, "email-taken", "email-taken", List.of(new Violation("email", "{email-taken.field}")), email);
        }
        passwords.check(request.password(), email);
        checkOrganization(request.organizationId());
        User user = new User();
        user.id = UUID.randomUUID();
        user.email = email;
        user.fullName = request.fullName().trim();
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        user.roleSet(EnumSet.copyOf(request.roles()));
        user.organizationId = request.organizationId();
        user.createdAt = OffsetDateTime.now();
        user.updatedAt = user.createdAt;
        users.insert(user);
        UserResponse created = UserResponse.from(user);
        audit.record(ENTITY, user.id, "CREATE", null, created);
        return created;
    }

    @Transactional
    public UserResponse update(UUID id, UserRequests.UpdateUser request, UUID actorId) {
        User user = find(id);
        if (user.version != request.version()) {
            throw ProblemException.conflict("stale-version");
        }
        UserResponse before = UserResponse.from(user);
        boolean wasActive = user.active;
        Set<Role> roles = EnumSet.copyOf(request.roles());
        if (id.equals(actorId) && (!request.active() || !roles.contains(Role.ADMIN))) {
            throw ProblemException.conflict("cannot-demote-self");
        }
        checkOrganization(request.organizationId());
        user.fullName = request.fullName().trim();
        user.roleSet(roles);
        user.active = request.active();
        user.organizationId = request.organizationId();
        user.updatedAt = OffsetDateTime.now();
        users.update(user); // 409 stale-version when another edit was stored since the check above
        // roles are read from the database on every request (AccessCheck); a deactivation also ends every token
        access.forget(user.id);
        if (!user.active) {
            auth.revokeAll(user);
        }
        if (wasActive && !user.active) {
            notifications.accountDeactivated(user.id);
        }
        UserResponse after = UserResponse.from(user);
        audit.record(ENTITY, user.id, "UPDATE", before, after);
        return after;
    }

    /**
     * Sets a user's password and ends their sessions. An administrator changing their own password must give the
     * current one ({@code currentPassword}), as on the self-service endpoint.
     */
    @Transactional
    public void setPassword(UUID id, String password, String currentPassword, UUID actorId) {
        User user = find(id);
        if (id.equals(actorId)) {
            auth.requireCurrentPassword(user, currentPassword);
        }
        passwords.check(password, user.email);
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.updatedAt = OffsetDateTime.now();
        auth.revokeAll(user); // writes the new hash with the raised token generation
        notifications.passwordChanged(user.id);
        audit.record(ENTITY, user.id, "PASSWORD_RESET", null, java.util.Map.of("passwordChanged", true));
    }

    /** Creates the first administrator when none exists; returns whether one was created. */
    @Transactional
    public boolean ensureAdmin(String email, String password, String fullName) {
        if (users.anyActiveAdmin()) {
            return false;
        }
        User user = users.findByEmail(email).orElseGet(User::new);
        boolean isNew = user.id == null;
        if (isNew) {
            user.id = UUID.randomUUID();
            user.email = email.trim();
            user.fullName = fullName;
            user.createdAt = OffsetDateTime.now();
        }
        Set<Role> roles = isNew ? EnumSet.noneOf(Role.class) : user.roleSet();
        roles.add(Role.ADMIN);
        user.roleSet(roles);
        user.active = true;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.updatedAt = OffsetDateTime.now();
        if (isNew) {
            users.insert(user);
        } else {
            users.update(user);
        }
        audit.record(ENTITY, user.id, isNew ? "CREATE" : "UPDATE", null, UserResponse.from(user));
        return true;
    }

    private User find(UUID id) {
        return users.findById(id).orElseThrow(() -> ProblemException.notFound("entity.user", id));
    }

    private void checkOrganization(UUID organizationId) {
        if (organizationId == null) {
            return;
        }
        if (!users.organizationExists(organizationId)) {
            throw ProblemException.unprocessable("unknown-organization", organizationId);
        }
    }
}
