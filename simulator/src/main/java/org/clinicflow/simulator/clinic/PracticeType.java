package org.clinicflow.simulator.clinic;

/** The kind of outpatient practice a scenario describes. */
public enum PracticeType {
    FAMILY_MEDICINE, INTERNAL_MEDICINE, PEDIATRICS, DERMATOLOGY, ORTHOPEDICS, OBGYN, CARDIOLOGY, URGENT_CARE,
    MULTI_SPECIALTY, PLAIN_QUEUE
}
