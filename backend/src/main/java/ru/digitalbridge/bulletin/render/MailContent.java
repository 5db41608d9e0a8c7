package ru.digitalbridge.bulletin.render;

/** One bulletin e-mail: the subject, the HTML part (inline CSS, no scripts, no images) and the plain-text part. */
public record MailContent(String subject, String html, String text) {}
