package ru.digitalbridge.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A municipal district or urban okrug of a region; reference data from the migrations. */
@Entity
@Table(name = "municipality")
class Municipality {
    @Id
    UUID id;

    @Column(name = "region_id")
    UUID regionId;

    String code;
    String name;

    @Enumerated(EnumType.STRING)
    MunicipalityKind kind;

    String center;

    @Column(name = "sort_order")
    int sortOrder;
}
