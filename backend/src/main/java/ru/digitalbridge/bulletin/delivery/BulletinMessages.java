package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.notification.MailConfig;
import ru.digitalbridge.outbox.Outbox;

/**
 * Queues messages of the bulletin channel in the caller's transaction: a row of {@code bulletin_message} and its
 * outbox delivery (held, without a delivery, when no SMTP server is configured).
 */
@ApplicationScoped
class BulletinMessages {
    static final String EVENT = "bulletin.message";

    private final Sql db;
    private final Outbox outbox;
    private final MailConfig mail;

    BulletinMessages(Sql db, Outbox outbox, MailConfig mail) {
        this.db = db;
        this.outbox = outbox;
        this.mail = mail;
    }

    boolean smtp() {
        return mail.smtpHost().isPresent();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    UUID confirmation(UUID subscriberId, String email, String language) {
        UUID id = UUID.randomUUID();
        db.update(
                """
                insert into bulletin_message (id, kind, address, address_hash, language, subscriber_id, nonce, status)
                values (?, 'CONFIRM', ?, ?, ?, ?, ?, ?)
                """,
                id,
                email,
                Addresses.hash(email),
                language,
                subscriberId,
                Tokens.nonce(),
                smtp() ? "PENDING" : "HELD");
        enqueue(List.of(id), "CONFIRM");
        return id;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    UUID test(UUID issueId, int revision, String email, String language, List<UUID> organizations) {
        UUID id = UUID.randomUUID();
        db.update(
                """
                insert into bulletin_message (id, kind, issue_id, revision, address, address_hash, language,
                                              organization_ids, nonce, status)
                values (?, 'TEST', ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                id,
                issueId,
                revision,
                email,
                Addresses.hash(email),
                language,
                organizations.toArray(UUID[]::new),
                Tokens.nonce(),
                smtp() ? "PENDING" : "HELD");
        enqueue(List.of(id), "TEST");
        return id;
    }

    /** Writes the outbox deliveries of messages just inserted as PENDING. */
    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(List<UUID> ids, String kind) {
        if (!smtp()) {
            return;
        }
        for (UUID id : ids) {
            outbox.send(BulletinChannel.NAME, id.toString(), EVENT, "bulletin-message", id, Map.of("kind", kind));
        }
    }

    /** Cancels what is not yet sent to an address (its outbox deliveries then end without sending). */
    @Transactional(Transactional.TxType.MANDATORY)
    int cancelPending(String addressHash) {
        return db.update(
                "update bulletin_message set status = 'CANCELLED', address = null"
                        + " where address_hash = ? and status in ('PENDING', 'HELD')",
                addressHash);
    }

    /** Erases an address from the messages (a wipe): counts stay, the address and its hash go. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(UUID subscriberId, String addressHash) {
        db.update("""
                update bulletin_message set address = null, address_hash = 'wiped:' || id::text, subscriber_id = null,
                       status = case when status in ('PENDING', 'HELD') then 'CANCELLED' else status end
                 where subscriber_id = ? or address_hash = ?
                """, subscriberId, addressHash);
    }
}
