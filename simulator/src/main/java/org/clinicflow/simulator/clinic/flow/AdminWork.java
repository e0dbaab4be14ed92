package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.clinic.AdminTaskType;
import org.clinicflow.simulator.engine.EventHandler;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.Simulation;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStream;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.random.Sampler;

/**
 * MA desk work between patients (phone messages, refills, prior authorizations...). Each task type arrives as a Poisson
 * stream over opening hours at its rate per provider-day times the providers in clinic that day; each task belongs to
 * one of those providers (uniformly), so it goes to their pod's MAs first. Lowest priority: patient care comes first,
 * and what is left at the end of the day is done by the last MA in overtime. Arrivals, providers and durations come
 * from the task type's own streams, drawn at the start of each day.
 */
final class AdminWork {
    private final Simulation sim;
    private final MaTeam mas;
    private final ClinicDays days;
    private final AdminTaskType[] types;
    private final long[] skills;
    private final RandomStream[] arrivals;
    private final RandomStream[] owners;
    private final Sampler[] durations;
    private final int[] providerPod;
    private final ProviderSessions sessions;
    private final Slots<Task> tasks = new Slots<>();
    private final EventHandler onArrival = this::arrive;
    private final EventHandler onDone = this::done;
    private final GrantListener onGranted = this::granted;

    /** One admin task from arrival to completion. */
    private static final class Task {
        final int type;
        final int home;
        final double minutes;
        double requested;
        double started;
        int server;

        Task(int type, int home, double minutes) {
            this.type = type;
            this.home = home;
            this.minutes = minutes;
        }
    }

    AdminWork(Simulation sim, MaTeam mas, ClinicDays days, List<AdminTaskType> types, ProviderSessions sessions,
              int[] providerPod, RandomStreams streams) {
        this.sim = sim;
        this.mas = mas;
        this.days = days;
        this.types = types.toArray(AdminTaskType[]::new);
        this.sessions = sessions;
        this.providerPod = providerPod;
        int n = this.types.length;
        skills = new long[n];
        arrivals = new RandomStream[n];
        owners = new RandomStream[n];
        durations = new Sampler[n];
        for (int i = 0; i < n; i++) {
            AdminTaskType t = this.types[i];
            skills[i] = mas.skills(t.requiredSkills());
            arrivals[i] = streams.stream("admin." + t.id());
            owners[i] = streams.stream("admin." + t.id() + ".provider");
            durations[i] = t.duration().sampler(streams.stream("admin." + t.id() + ".duration"));
        }
    }

    /** Draws and schedules the day's admin tasks (called at the start of the day). */
    void day(int d) {
        if (!days.isOpen(d)) {
            return;
        }
        double open = days.opening(d);
        double close = days.closing(d);
        List<Integer> inClinic = new ArrayList<>();
        for (int p = 0; p < providerPod.length; p++) {
            if (sessions.hasSessionOn(p, d)) {
                inClinic.add(p);
            }
        }
        if (inClinic.isEmpty() || !(close > open)) {
            return;
        }
        for (int i = 0; i < types.length; i++) {
            double perMinute = types[i].perProviderDay() * inClinic.size() / (close - open);
            if (!(perMinute > 0)) {
                continue;
            }
            Sampler gap = new Distribution.Exponential(1 / perMinute).sampler(arrivals[i]);
            for (double t = open + gap.sample(); t < close; t += gap.sample()) {
                int owner = inClinic.get(owners[i].nextInt(inClinic.size()));
                Task task = new Task(i, mas.routing().podHome(providerPod[owner]), durations[i].sample());
                sim.scheduleAt(t, onArrival, tasks.put(task));
            }
        }
    }

    private void arrive(int slot) {
        Task t = tasks.get(slot);
        t.requested = sim.now();
        mas.request(onGranted, slot, MaTeam.ADMIN, skills[t.type], t.home, -1);
    }

    private void granted(int slot, int server, double waited) {
        Task t = tasks.get(slot);
        mas.started(server, FlowTrace.ADMIN);
        t.server = server;
        t.started = sim.now();
        sim.schedule(t.minutes, onDone, slot);
    }

    private void done(int slot) {
        Task t = tasks.get(slot);
        tasks.remove(slot);
        mas.finished(t.server, FlowTrace.ADMIN, types[t.type].id(), t.home, t.requested, t.started);
    }
}
