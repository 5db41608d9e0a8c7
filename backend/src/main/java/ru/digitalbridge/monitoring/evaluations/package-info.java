/** Evaluations: answers with evidence, scoring, review and correction, read views and an organization's own results. */
package ru.digitalbridge.monitoring.evaluations;
