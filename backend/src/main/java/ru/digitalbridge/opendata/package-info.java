/**
 * Open data: the published results of monitoring as files anyone may download and recompute — per campaign a table
 * of evaluations (the subject and its index) and a table of answers (one row per evaluation and criterion), as CSV,
 * NDJSON and XLSX, streamed in constant memory, described by a Frictionless Data Package with the SHA-256 of each
 * file, and a catalogue of every published dataset. Licence: CC BY 4.0. Reads monitoring and methodology only
 * through their published views ({@code monitoring_published_*_view}, {@code
 * methodology_published_criteria_set_view}); the subject of each evaluation is the one frozen at publication.
 */
package ru.digitalbridge.opendata;
