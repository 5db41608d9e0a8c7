/** Citizen questions: the sample of questions asked of an account and their answer times. */
package ru.digitalbridge.monitoring.questions;
