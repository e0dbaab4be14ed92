package org.clinicflow.simulator.clinic.flow;

/**
 * A hook for tests that check the flow's invariants: every unit (a room, an MA, a provider, a front-desk person) is
 * seized and freed by one holder at a time. Holders are patient ids (0 and up) or, for work that is not a patient's,
 * {@link #TURNOVER} and {@link #ADMIN}. Production runs use {@link #NONE}.
 */
interface FlowTrace {
    /** Kinds of unit a holder can seize. */
    enum Unit { EXAM_ROOM, SPECIAL_ROOM, MEDICAL_ASSISTANT, PROVIDER, FRONT_DESK_STAFF }

    long TURNOVER = -1;
    long ADMIN = -2;

    FlowTrace NONE = new FlowTrace() {
        @Override
        public void seize(Unit unit, int index, long holder, double time) {
        }

        @Override
        public void free(Unit unit, int index, long holder, double time) {
        }
    };

    void seize(Unit unit, int index, long holder, double time);

    void free(Unit unit, int index, long holder, double time);
}
