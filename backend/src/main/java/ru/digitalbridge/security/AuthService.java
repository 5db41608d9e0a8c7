package ru.digitalbridge.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.notification.Notifications;

/** Sign-in, refresh and sign-out. Access tokens are short-lived JWTs; refresh tokens are opaque and rotated. */
@ApplicationScoped
public class AuthService {
    /** Compared against when the e-mail is unknown, so both failures take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password-" + UUID.randomUUID());

    private final UserRepository users;
    private final RefreshTokenRepository tokens;
    private final LoginThrottle throttle;
    private final AuthConfig config;
    private final AccessCheck access;
    private final PasswordPolicy passwords;
    private final AuditService audit;
    private final DeviceCookies devices;
    private final Notifications notifications;
    private final SecureRandom random = new SecureRandom();

    AuthService(
            UserRepository users,
            RefreshTokenRepository tokens,
            LoginThrottle throttle,
            AuthConfig config,
            AccessCheck access,
            PasswordPolicy passwords,
            AuditService audit,
            DeviceCookies devices,
            Notifications notifications) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.config = config;
        this.access = access;
        this.passwords = passwords;
        this.audit = audit;
        this.devices = devices;
        this.notifications = notifications;
    }

    /**
     * A signed-in session: the token answer and the refresh token to put in the cookie; after a sign-in also a new
     * device cookie value (else null).
     */
    public record Session(TokenResponse token, String refreshToken, Duration refreshLifetime, String deviceCookie) {
        Session(TokenResponse token, String refreshToken, Duration refreshLifetime) {
            this(token, refreshToken, refreshLifetime, null);
        }
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    public Session login(String email, String password, String address, String deviceCookie) {
        String device = devices.verify(deviceCookie, email).orElse(null);
        Optional<Long> wait = throttle.retryAfter(email, address, device);
        if (wait.isPresent()) {
            throw new ProblemException(429, "too-many-sign-in-attempts", wait.get())
                    .with("retryAfterSeconds", wait.get());
        }
        Optional<User> found = users.findByEmail(email).filter(u -> u.active);
        boolean matches =
                BcryptUtil.matches(password, found.map(u -> u.passwordHash).orElse(DUMMY_HASH));
        if (found.isEmpty() || !matches) {
            throttle.failed(email, address, device);
            throw new ProblemException(401, "bad-credentials");
        }
        User user = found.get();
        // a sign-in is no edit of the user: the time is written without the version check and bump, so sign-ins
        // at once (two tabs, a phone) never conflict, and an administrator's form opened before one still saves
        users.recordSignIn(user.id, OffsetDateTime.now());
        OffsetDateTime sessionEnd = OffsetDateTime.now().plusHours(config.refreshHours());
        return new Session(
                accessToken(user),
                newRefreshToken(user.id, UUID.randomUUID(), sessionEnd),
                Duration.ofHours(config.refreshHours()),
                devices.issue(user.email));
    }

    /** Exchanges a valid refresh token for a new access token and a new refresh token that ends with the session. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Session refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new ProblemException(401, "session-expired");
        }
        // locked: requests presenting the same token at once are served one after the other, so it is rotated once
        // and every other presentation is the replay it is (the family ends), never a second live session
        RefreshToken stored = tokens.lockByHash(hash(refreshToken)).orElse(null);
        OffsetDateTime now = OffsetDateTime.now();
        if (stored == null || stored.expiresAt().isBefore(now)) {
            throw new ProblemException(401, "session-expired");
        }
        if (stored.revokedAt() != null) {
            // a rotated (or signed-out) token came back: someone holds a copy, so the whole sign-in ends
            tokens.revokeFamily(stored.familyId(), now);
            throw new ProblemException(401, "session-expired");
        }
        User user = users.findById(stored.userId()).filter(u -> u.active).orElse(null);
        if (user == null) {
            throw new ProblemException(401, "session-expired");
        }
        tokens.revoke(stored.id(), now);
        Duration left = Duration.between(now, stored.expiresAt());
        return new Session(accessToken(user), newRefreshToken(user.id, stored.familyId(), stored.expiresAt()), left);
    }

    @Transactional
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        tokens.revokeByHash(hash(refreshToken), OffsetDateTime.now());
    }

    @Transactional
    public MeResponse me(UUID userId) {
        return users.findById(userId)
                .filter(u -> u.active)
                .map(MeResponse::from)
                .orElseThrow(() -> new ProblemException(401, "session-expired"));
    }

    /**
     * Ends every session of a user at once (after a password change or deactivation): the refresh tokens are revoked
     * and the token generation raised, so every access token issued before fails on its next request. Writes the
     * user ({@link UserRepository#update}: with every change the caller made to it before, checking and raising its
     * version).
     */
    void revokeAll(User user) {
        user.tokenGeneration++;
        users.update(user);
        access.forget(user.id);
        tokens.revokeAllOf(user.id, OffsetDateTime.now());
    }

    /** Changes the caller's own password after checking the current one; other sessions end, this one goes on. */
    @Transactional
    public Session changeOwnPassword(UUID userId, String currentPassword, String newPassword) {
        User user = users.findById(userId)
                .filter(u -> u.active)
                .orElseThrow(() -> new ProblemException(401, "session-expired"));
        requireCurrentPassword(user, currentPassword);
        passwords.check("newPassword", newPassword, user.email);
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        user.updatedAt = OffsetDateTime.now();
        revokeAll(user); // writes the new hash with the raised token generation
        notifications.passwordChanged(user.id);
        audit.record(UserService.ENTITY, user.id, "PASSWORD_CHANGE", null, java.util.Map.of("passwordChanged", true));
        OffsetDateTime sessionEnd = OffsetDateTime.now().plusHours(config.refreshHours());
        return new Session(
                accessToken(user),
                newRefreshToken(user.id, UUID.randomUUID(), sessionEnd),
                Duration.ofHours(config.refreshHours()));
    }

    /** 400 on {@code currentPassword} unless it is the user's password. */
    void requireCurrentPassword(User user, String currentPassword) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw ProblemException.invalidField("currentPassword", "password.current-required");
        }
        if (!BcryptUtil.matches(currentPassword, user.passwordHash)) {
            throw ProblemException.invalidField("currentPassword", "password.current-wrong");
        }
    }

    private TokenResponse accessToken(User user) {
        long seconds = Duration.ofMinutes(config.accessTokenMinutes()).toSeconds();
        Set<String> groups = user.roleSet().stream().map(Role::name).collect(Collectors.toSet());
        String token = Jwt.issuer(config.issuer())
                .subject(user.id.toString())
                .upn(user.email)
                .groups(groups)
                .claim(AccessCheck.GENERATION_CLAIM, user.tokenGeneration)
                .expiresIn(seconds)
                .sign(JwtKeys.get().privateKey());
        return new TokenResponse(token, "Bearer", seconds, MeResponse.from(user));
    }

    private String newRefreshToken(UUID userId, UUID familyId, OffsetDateTime expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.insert(new RefreshToken(
                UUID.randomUUID(), userId, familyId, hash(token), OffsetDateTime.now(), expiresAt, null));
        return token;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
