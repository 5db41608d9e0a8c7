/**
 * Embeddable results: an SVG badge and a small iframe-friendly page that show an account's or an organization's
 * published index, place and campaign, so a body can show its result on its own website and the press can embed it.
 */
package ru.digitalbridge.rating.badge;
