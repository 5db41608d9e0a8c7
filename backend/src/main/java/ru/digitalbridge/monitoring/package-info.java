/**
 * Monitoring: campaigns, assignment of accounts to experts, evaluations with evidence, citizen-question
 * samples and answer times, the right of reply, publication and corrections.
 */
package ru.digitalbridge.monitoring;
