package ru.digitalbridge.opendata;

/**
 * One column of a published table: its name (the CSV header and the NDJSON key), its Frictionless Table Schema type
 * ({@code string}, {@code integer}, {@code number}, {@code boolean}, {@code datetime}), whether it may be empty, and
 * what it means.
 */
record Column(String name, String type, boolean required, String description) {}
