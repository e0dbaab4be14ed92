package org.clinicflow.simulator.clinic.pay;

/**
 * How a paid hour counts under the overtime rule: straight time, overtime (daily, weekly or the seventh day's first
 * hours, at time and a half in every preset) or double time.
 */
public enum HourKind { REGULAR, OVERTIME, DOUBLE_TIME }
