package ru.digitalbridge.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded write: who, when, which entity, and what changed. Rows are only ever inserted. */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    OffsetDateTime at;

    @Column(name = "actor_id")
    UUID actorId;

    @Column(name = "actor_email")
    String actorEmail;

    @Column(nullable = false)
    String action;

    @Column(name = "entity_type", nullable = false)
    String entityType;

    @Column(name = "entity_id", nullable = false)
    String entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Map<String, Object> summary;

    @Column(name = "request_id")
    String requestId;
}
