/**
 * Monitoring: campaigns, assignment of accounts to experts, evaluations with evidence, citizen-question
 * samples and answer times, the right of reply, publication and corrections. Split by sub-feature:
 * {@code campaigns}, {@code evaluations}, {@code objections}, {@code questions}.
 */
package ru.digitalbridge.monitoring;
