/** The application clock, replaceable in tests. */
package ru.digitalbridge.common.time;
