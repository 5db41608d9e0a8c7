package ru.digitalbridge.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import ru.digitalbridge.common.error.ProblemException;

/**
 * What a new password must be, beyond its length of at least 10 characters (checked on the request): at most
 * {@value #MAX_BYTES} bytes in UTF-8 (bcrypt ignores the rest, so longer ones are refused rather than silently cut),
 * not one of the commonly used passwords shipped in {@value #COMMON} (compared without case, and also with digits
 * and punctuation stripped from its ends), and not containing the local part of the user's e-mail.
 * Every failure is a 400 naming the field.
 */
@ApplicationScoped
public class PasswordPolicy {
    static final int MAX_BYTES = 72;
    static final String COMMON = "/security/common-passwords.txt";

    private final Set<String> common = load();

    /** Throws a 400 on {@code password} when it breaks a rule; {@code email} is the account's e-mail. */
    public void check(String password, String email) {
        check("password", password, email);
    }

    void check(String field, String password, String email) {
        if (password == null) {
            return;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.invalidField(field, "password.too-long", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[\\p{Punct}\\d\\s]+|[\\p{Punct}\\d\\s]+$", "");
        if (common.contains(lower) || common.contains(core) || common.contains(lower.replaceAll("\\s", ""))) {
            throw ProblemException.invalidField(field, "password.common");
        }
        if (email != null) {
            int at = email.indexOf('@');
            String local = (at > 0 ? email.substring(0, at) : email).trim().toLowerCase(Locale.ROOT);
            if (local.length() >= 3 && lower.contains(local)) {
                throw ProblemException.invalidField(field, "password.contains-email");
            }
        }
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException("missing " + COMMON);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    set.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
