package org.clinicflow.simulator.stats;

/** Counts occurrences (arrivals, no-shows, stockouts) since the last reset. */
public final class Counter implements Statistic {
    private final String name;
    private long count;

    public Counter(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    public void increment() {
        count++;
    }

    public void add(long n) {
        count += n;
    }

    public long count() {
        return count;
    }

    @Override
    public void reset(double now) {
        count = 0;
    }

    @Override
    public void report(Responses.Builder out, double now) {
        out.put(name, count);
    }
}
