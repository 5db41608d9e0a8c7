package ru.digitalbridge.opendata;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON answers of the open-data endpoints: the catalogue and the Frictionless Data Package descriptor. */
final class OpenDataViews {
    private OpenDataViews() {}

    /** What kind of dataset a catalogue entry is. */
    enum DatasetKind {
        CAMPAIGN,
        RATING,
        METHODOLOGY,
        REGISTRY,
        CERTIFICATES,
        BULLETIN,
        TRAINING_EFFECT
    }

    /** A licence in the Frictionless form: an SPDX-like name, its text and a title. */
    record License(String name, String path, String title) {}

    static final License CC_BY = new License(
            "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0");

    /** A link of a catalogue entry: what it is ({@code datapackage}, {@code data}, {@code api}), where, in which format. */
    record Link(String rel, String href, String mediaType) {}

    /** One published dataset with the links to its files and API reads. */
    record Dataset(
            String id,
            DatasetKind kind,
            String title,

            @Schema(nullable = true, description = "When it last changed (publication or the latest correction)")
            OffsetDateTime updatedAt,

            List<Link> links) {}

    /** Every published dataset, where a harvester or a journalist starts. */
    record Catalogue(String title, License license, String source, List<Dataset> datasets) {}

    /** A Frictionless Table Schema field. */
    record Field(String name, String type, String description, FieldConstraints constraints) {}

    record FieldConstraints(boolean required) {}

    record TableSchema(List<Field> fields) {}

    /** A file of the data package: its path relative to the descriptor, its size and SHA-256. */
    record Resource(
            String name,
            String path,
            String title,
            String profile,
            String format,
            String mediatype,
            String encoding,
            long bytes,

            @Schema(description = "sha256:<hex> of the file's bytes")
            String hash,

            TableSchema schema) {}

    record Source(String title, String path) {}

    /** A Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/). */
    record DataPackage(
            String profile,
            String name,
            UUID id,
            String title,

            @Schema(description = "The edition: published revisions and the time of the latest")
            String version,

            OffsetDateTime created,
            List<License> licenses,
            List<Source> sources,

            @Schema(description = "The criteria set (methodology version) the results were measured against")
            UUID methodology,

            List<Resource> resources) {}
}
