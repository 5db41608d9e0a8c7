/**
 * The deterministic, seeded demo-data generator: a realistic region of organizations, accounts and users, and
 * ({@link ru.digitalbridge.demo.DemoMonitoringGenerator}) four quarterly monitoring campaigns over it on the seeded
 * methodology — three published, the last in its right-of-reply window.
 *
 * <p>{@link ru.digitalbridge.demo.DemoDataGenerator} is pure (same scale, seed and municipalities → same data);
 * {@link ru.digitalbridge.demo.DemoDataService} loads it with {@code COPY} into an empty registry in one
 * transaction. The application does so at start-up when {@code BRIDGE_DEMO=true}, at {@code BRIDGE_DEMO_SCALE}
 * (default 1) and {@code BRIDGE_DEMO_SEED}; that is how the run command, the e2e tests (a small scale) and
 * {@code bench/run.sh} (scale 10) get their data. Tests inject {@code DemoDataService} or call the generator.
 */
package ru.digitalbridge.demo;
