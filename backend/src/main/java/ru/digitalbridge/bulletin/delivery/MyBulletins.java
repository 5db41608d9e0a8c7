package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.MySettings;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.MySettingsRequest;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;

/** A signed-in user's bulletin choices: organisations to receive the personal sections of, and bulletins on/off. */
@ApplicationScoped
class MyBulletins {
    /**
     * The organisations a person other than staff may choose: their own (representatives), a learner's and those of
     * the accounts a learner runs. Personal sections never go to strangers.
     */
    private static final String LINKED = """
            select 1 where exists (select 1 from security_user_view where id = ? and organization_id = ?)
               or exists (select 1 from training_learner where user_id = ? and organization_id = ?)
               or exists (select 1 from training_learner l join training_learner_account la on la.learner_id = l.id
                            join account a on a.id = la.account_id where l.user_id = ? and a.organization_id = ?)
            """;
    /** The first key of the advisory lock a person's choice is replaced under (the second: their id's hash). */
    private static final int CHOICE_LOCK = 0x63686f69;

    private final Sql db;
    private final Subscriptions subscriptions;

    MyBulletins(Sql db, Subscriptions subscriptions) {
        this.db = db;
        this.subscriptions = subscriptions;
    }

    @Transactional
    MySettings get(UUID user) {
        List<UUID> organizations = db.list(
                "select organization_id from bulletin_organization_choice where user_id = ? order by created_at,"
                        + " organization_id",
                rs -> rs.getObject(1, UUID.class),
                user);
        boolean off = db.exists(
                "select 1 from bulletin_opt_out o join security_user_view u"
                        + " on o.email_hash = encode(sha256(convert_to(lower(btrim(u.email)), 'UTF8')), 'hex')"
                        + " where u.id = ?",
                user);
        return new MySettings(organizations, !off);
    }

    @Transactional
    MySettings update(UUID user, MySettingsRequest request) {
        List<UUID> chosen = new ArrayList<>(new LinkedHashSet<>(request.organizations()));
        List<Violation> violations = new ArrayList<>();
        boolean staff = db.exists(
                "select 1 from security_user_view where id = ? and roles && array['ADMIN', 'COORDINATOR', 'EXPERT']",
                user);
        for (int i = 0; i < request.organizations().size(); i++) {
            UUID organization = request.organizations().get(i);
            boolean allowed = staff
                    ? db.exists("select 1 from organization where id = ?", organization)
                    : db.exists(LINKED, user, organization, user, organization, user, organization);
            if (!allowed) {
                violations.add(new Violation("organizations[" + i + "]", "{bulletin.delivery.organization}"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        // one replacement at a time per person: the next one's delete sees what this one inserts, so the stored choice
        // is one request's, never the union of several (nor a unique-key conflict on an organisation both chose)
        db.one("select 1 from pg_advisory_xact_lock(?, hashtext(?))", rs -> 1, CHOICE_LOCK, user.toString());
        db.update("delete from bulletin_organization_choice where user_id = ?", user);
        for (UUID organization : chosen) {
            db.update(
                    "insert into bulletin_organization_choice (user_id, organization_id) values (?, ?)",
                    user,
                    organization);
        }
        String email = db.one("select email from security_user_view where id = ?", rs -> rs.getString(1), user)
                .orElseThrow();
        String hash = Addresses.hash(email);
        if (request.receive()) {
            db.update("delete from bulletin_opt_out where email_hash = ?", hash);
        } else {
            subscriptions.unsubscribeAddress(hash);
        }
        return get(user);
    }
}
