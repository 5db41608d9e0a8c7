package ru.digitalbridge.registry;

import java.util.UUID;

/** A federal subject (Saratov region, code 64); reference data from the migrations. */
record Region(UUID id, String code, String name) {}
