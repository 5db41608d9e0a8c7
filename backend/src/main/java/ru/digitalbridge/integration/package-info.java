/**
 * Outgoing webhooks per the Standard Webhooks specification: endpoints of machine clients, signed deliveries through
 * the outbox ({@link ru.digitalbridge.integration.WebhookChannel}), delivery log, test events, redelivery, and the
 * app's own demo receiver.
 */
package ru.digitalbridge.integration;
