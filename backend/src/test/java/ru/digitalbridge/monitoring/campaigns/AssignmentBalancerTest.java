package ru.digitalbridge.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AssignmentBalancerTest {
    private static final UUID NORTH = new UUID(0, 1);
    private static final UUID SOUTH = new UUID(0, 2);

    private static UUID id(long n) {
        return new UUID(1, n);
    }

    @ParameterizedTest
    @CsvSource({"0.1, 100, 10", "0.1, 5, 1", "0.1, 0, 0", "0, 50, 0", "1, 7, 7", "0.25, 9, 3", "0.333, 3, 1"})
    void theDoubleSampleIsTheShareRoundedUp(String share, int accounts, int expected) {
        assertThat(AssignmentBalancer.doubleTarget(new BigDecimal(share), accounts))
                .isEqualTo(expected);
    }

    static IntStream seeds() {
        return IntStream.range(0, 100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void workloadsDifferByAtMostOneWithoutMunicipalities(int seed) {
        Random random = new Random(seed);
        int expertCount = 1 + random.nextInt(6);
        List<AssignmentBalancer.Expert> experts = new ArrayList<>();
        Map<UUID, Integer> load = new HashMap<>();
        for (int i = 0; i < expertCount; i++) {
            experts.add(new AssignmentBalancer.Expert(id(i), Set.of()));
        }
        var balancer = new AssignmentBalancer(experts, load, random.nextBoolean());
        int accounts = random.nextInt(200);
        for (int i = 0; i < accounts; i++) {
            assertThat(balancer.pick(random.nextBoolean() ? NORTH : SOUTH, null))
                    .isNotNull();
        }
        int min = experts.stream().mapToInt(e -> balancer.load(e.id())).min().orElseThrow();
        int max = experts.stream().mapToInt(e -> balancer.load(e.id())).max().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
        assertThat(experts.stream().mapToInt(e -> balancer.load(e.id())).sum()).isEqualTo(accounts);
    }

    @Test
    void existingWorkloadIsTakenIntoAccount() {
        var experts =
                List.of(new AssignmentBalancer.Expert(id(1), Set.of()), new AssignmentBalancer.Expert(id(2), Set.of()));
        var balancer = new AssignmentBalancer(experts, Map.of(id(1), 3), false);
        assertThat(List.of(balancer.pick(NORTH, null), balancer.pick(NORTH, null), balancer.pick(NORTH, null)))
                .containsOnly(id(2));
        assertThat(balancer.pick(NORTH, null)).isEqualTo(id(1));
    }

    @Test
    void expertsWhoKnowTheMunicipalityArePreferredWhenKeepingMunicipalities() {
        var experts = List.of(
                new AssignmentBalancer.Expert(id(1), Set.of(NORTH)),
                new AssignmentBalancer.Expert(id(2), Set.of(SOUTH)),
                new AssignmentBalancer.Expert(id(3), Set.of()));
        var keeping = new AssignmentBalancer(experts, Map.of(), true);
        for (int i = 0; i < 5; i++) {
            assertThat(keeping.pick(NORTH, null)).isEqualTo(id(1));
            assertThat(keeping.pick(SOUTH, null)).isEqualTo(id(2));
        }
        // nobody knows the third municipality: everyone is considered, the least loaded wins
        assertThat(keeping.pick(new UUID(0, 3), null)).isEqualTo(id(3));
        var balancing = new AssignmentBalancer(experts, Map.of(), false);
        assertThat(List.of(balancing.pick(NORTH, null), balancing.pick(NORTH, null), balancing.pick(NORTH, null)))
                .containsExactly(id(1), id(2), id(3));
    }

    @Test
    void theSecondExpertIsNeverTheFirst() {
        var experts = List.of(
                new AssignmentBalancer.Expert(id(1), Set.of(NORTH)), new AssignmentBalancer.Expert(id(2), Set.of()));
        var balancer = new AssignmentBalancer(experts, Map.of(), true);
        for (int i = 0; i < 10; i++) {
            assertThat(balancer.pick(NORTH, id(1))).isEqualTo(id(2));
        }
        var alone = new AssignmentBalancer(List.of(experts.get(0)), Map.of(), true);
        assertThat(alone.pick(NORTH, id(1))).isNull();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSampleIsDeterministicPerCampaignAndIndependentOfInputOrder(int seed) {
        Random random = new Random(seed);
        List<UUID> candidates = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(50); i++) {
            candidates.add(UUID.randomUUID());
        }
        UUID campaign = new UUID(random.nextLong(), random.nextLong());
        int count = random.nextInt(candidates.size() + 2);
        List<UUID> first = AssignmentBalancer.sample(candidates, count, campaign);
        List<UUID> reversed = new ArrayList<>(candidates);
        java.util.Collections.reverse(reversed);
        assertThat(AssignmentBalancer.sample(reversed, count, campaign)).isEqualTo(first);
        assertThat(first).hasSize(Math.min(count, candidates.size())).doesNotHaveDuplicates();
        assertThat(candidates).containsAll(first);
    }
}
