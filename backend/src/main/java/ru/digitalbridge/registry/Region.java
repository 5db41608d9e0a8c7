package ru.digitalbridge.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A federal subject (Saratov region, code 64); reference data from the migrations. */
@Entity
@Table(name = "region")
class Region {
    @Id
    UUID id;

    String code;
    String name;
}
