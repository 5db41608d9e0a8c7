/** The deterministic, seeded demo-data generator: a realistic region of organizations, accounts and users. */
package ru.digitalbridge.demo;
