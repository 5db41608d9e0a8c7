/**
 * The bulletin of recommendations (issue 11): series and numbered issues, compiled from a published campaign's rating
 * snapshot, edited by coordinators, reviewed and published as immutable revisions with personal sections per
 * organisation. Rendering ({@code bulletin.render}) and delivery ({@code bulletin.delivery}) build on
 * {@link ru.digitalbridge.bulletin.BulletinIssues}. See docs/bulletins.md.
 */
package ru.digitalbridge.bulletin;
