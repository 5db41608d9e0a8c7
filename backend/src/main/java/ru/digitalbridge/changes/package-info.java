/** The change feed for machines: what changed in the registry and the published results since a cursor. */
package ru.digitalbridge.changes;
