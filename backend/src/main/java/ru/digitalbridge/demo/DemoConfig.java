package ru.digitalbridge.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo mode: a generated registry and demo users, loaded at start-up into an empty database. */
@ConfigMapping(prefix = "bridge.demo")
public interface DemoConfig {

    /** Load demo data at start-up when the registry is empty (env {@code BRIDGE_DEMO}). */
    @WithDefault("false")
    boolean enabled();

    /** Size: 1 ≈ one region (~3,000 organizations, ~6,000 accounts), 10 for benchmarks (env {@code BRIDGE_DEMO_SCALE}). */
    @WithDefault("1")
    double scale();

    /** Seed of the generator: the same seed and scale give the same data (env {@code BRIDGE_DEMO_SEED}). */
    @WithDefault("2022")
    long seed();
}
