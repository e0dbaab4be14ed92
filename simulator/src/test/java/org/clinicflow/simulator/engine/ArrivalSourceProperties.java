package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link ArrivalSource} with random interarrival gaps and limits. */
class ArrivalSourceProperties {

    @Property(tries = 300, seed = "9001")
    void arrivalsAreTheScriptedTimesUpToMaxArrivalsAndUntil(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 8) Integer> gaps,
            @ForAll @IntRange(min = 0, max = 40) int maxArrivals,
            @ForAll @IntRange(min = 0, max = 120) int until) {
        Simulation sim = new Simulation();
        List<Double> script = new ArrayList<>();
        double t = 0;
        for (int g : gaps) {
            t += g; // zero gaps: several arrivals at one instant
            script.add(t);
        }
        List<Double> expected = script.stream().filter(x -> x <= until).limit(maxArrivals).toList();

        int[] next = {0};
        List<Double> seen = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        ArrivalSource src = new ArrivalSource(sim,
                now -> next[0] < script.size() ? script.get(next[0]++) : Double.POSITIVE_INFINITY,
                i -> {
                    seen.add(sim.now());
                    indices.add(i);
                }, maxArrivals, until);
        src.start();
        sim.run();
        assertEquals(expected, seen);
        assertEquals(expected.size(), src.arrivals());
        for (int i = 0; i < indices.size(); i++) {
            assertEquals(i, indices.get(i));
        }
    }
}
