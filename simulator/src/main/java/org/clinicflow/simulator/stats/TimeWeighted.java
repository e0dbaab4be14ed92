package org.clinicflow.simulator.stats;

import java.util.function.DoubleSupplier;

/**
 * A quantity that holds a value over time (queue length, busy servers): its time average, the time average of its
 * square (for the SD), min and max since the last reset.
 */
public final class TimeWeighted implements Statistic {
    private final String name;
    private final DoubleSupplier clock;
    private double value;
    private double lastTime;
    private double startTime;
    private double area;
    private double areaOfSquares;
    private double min;
    private double max;

    /** {@code clock} supplies the current simulation time, usually {@code simulation::now}. */
    public TimeWeighted(String name, DoubleSupplier clock, double initialValue) {
        this.name = name;
        this.clock = clock;
        double now = clock.getAsDouble();
        this.value = initialValue;
        this.lastTime = now;
        this.startTime = now;
        this.min = initialValue;
        this.max = initialValue;
    }

    @Override
    public String name() {
        return name;
    }

    /** The quantity changes to {@code newValue} now. */
    public void set(double newValue) {
        double now = clock.getAsDouble();
        double dt = now - lastTime;
        area += value * dt;
        areaOfSquares += value * value * dt;
        lastTime = now;
        value = newValue;
        if (newValue < min) {
            min = newValue;
        }
        if (newValue > max) {
            max = newValue;
        }
    }

    public void add(double delta) {
        set(value + delta);
    }

    public double value() {
        return value;
    }

    /** Integral of the value over time since the last reset, up to {@code now}. */
    public double area(double now) {
        return area + value * (now - lastTime);
    }

    /** Time average since the last reset, up to {@code now}; NaN over an empty interval. */
    public double mean(double now) {
        double span = now - startTime;
        return span > 0 ? area(now) / span : Double.NaN;
    }

    public double standardDeviation(double now) {
        double span = now - startTime;
        if (!(span > 0)) {
            return Double.NaN;
        }
        double m = mean(now);
        double sq = (areaOfSquares + value * value * (now - lastTime)) / span;
        return Math.sqrt(Math.max(0, sq - m * m));
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    @Override
    public void reset(double now) {
        lastTime = now;
        startTime = now;
        area = 0;
        areaOfSquares = 0;
        min = value;
        max = value;
    }

    @Override
    public void report(Responses.Builder out, double now) {
        out.put(name, mean(now));
        out.put(name + ".sd", standardDeviation(now));
        out.put(name + ".max", max);
    }
}
