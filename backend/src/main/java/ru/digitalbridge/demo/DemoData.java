package ru.digitalbridge.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything the generator produced, ready to insert. Enum-valued fields hold the registry's enum names.
 * Parents precede their children in {@link #organizations()}.
 */
public record DemoData(
        List<DemoData.Organization> organizations, List<DemoData.Account> accounts, List<DemoData.User> users) {

    public record Organization(
            UUID id,
            String name,
            String shortName,
            String kind,
            String sector,
            UUID municipalityId,
            String website,
            String inn,
            String ogrn,
            String externalId,
            UUID parentId,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        /**
         * This organization with only what the monitoring and training generators read (identifiers,
         * classification, municipality, status); names, web site, tax numbers and timestamps are null.
         */
        public Organization slim() {
            return new Organization(
                    id, null, null, kind, sector, municipalityId, null, null, null, null, parentId, status, null, null);
        }

        /** This organization with another external id. */
        public Organization withExternalId(String externalId) {
            return new Organization(
                    id,
                    name,
                    shortName,
                    kind,
                    sector,
                    municipalityId,
                    website,
                    inn,
                    ogrn,
                    externalId,
                    parentId,
                    status,
                    createdAt,
                    updatedAt);
        }
    }

    public record Account(
            UUID id,
            UUID organizationId,
            String platform,
            String url,
            String normalizedUrl,
            String displayName,
            String status,
            boolean official,
            String externalId,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        /**
         * This account with only what the monitoring and training generators read (identifiers, platform, URL,
         * status); the normalized URL, display name, external id and timestamps are null.
         */
        public Account slim() {
            return new Account(id, organizationId, platform, url, null, null, status, official, null, null, null);
        }

        /** This account under another URL, normalized URL and external id. */
        public Account withKeys(String url, String normalizedUrl, String externalId) {
            return new Account(
                    id,
                    organizationId,
                    platform,
                    url,
                    normalizedUrl,
                    displayName,
                    status,
                    official,
                    externalId,
                    createdAt,
                    updatedAt);
        }
    }

    /** A demo user; everyone signs in with {@link DemoDataGenerator#DEMO_PASSWORD}. */
    public record User(UUID id, String email, String fullName, List<String> roles, UUID organizationId) {}
}
