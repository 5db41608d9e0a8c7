package ru.digitalbridge.security;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the token verification key to smallrye-jwt ({@code mp.jwt.verify.publickey}) from {@link JwtKeys}, so
 * keys can be generated at first start instead of being configured. Loaded lazily, only when asked.
 */
public class JwtKeysConfigSource implements ConfigSource {
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY.equals(propertyName) ? JwtKeys.get().publicPem() : null;
    }

    @Override
    public String getName() {
        return "bridge-jwt-keys";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
