/**
 * E-mail notifications: who is told what and when (planned on the scheduler, once per occasion), rendering with
 * Qute in the recipient's language, delivery over SMTP, each person's choices, and the administrators' outbox viewer.
 */
package ru.digitalbridge.notification;
