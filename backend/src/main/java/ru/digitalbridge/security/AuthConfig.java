package ru.digitalbridge.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "bridge.auth")
public interface AuthConfig {
    /** Lifetime of an access token (JWT) in minutes. */
    @WithDefault("15")
    int accessTokenMinutes();

    /** How long a sign-in lasts through refreshes, in hours (a working day). */
    @WithDefault("12")
    int refreshHours();

    /** Whether the refresh cookie is sent only over HTTPS. */
    @WithDefault("false")
    boolean cookieSecure();

    /** Failed sign-ins allowed per e-mail and per client address within a minute before 429. */
    @WithDefault("10")
    int maxFailuresPerMinute();

    /** Failed sign-ins allowed within a minute from a browser holding a device cookie for the e-mail. */
    @WithDefault("5")
    int maxDeviceFailuresPerMinute();

    /** The issuer written into and required from tokens. */
    @WithDefault("digital-bridge")
    String issuer();

    /** E-mail of the first administrator, created at start when no administrator exists. */
    Optional<String> adminEmail();

    /** Password of the first administrator. */
    Optional<String> adminPassword();
}
