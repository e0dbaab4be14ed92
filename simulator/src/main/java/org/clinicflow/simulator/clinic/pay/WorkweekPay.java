package org.clinicflow.simulator.clinic.pay;

import java.math.BigDecimal;

/**
 * Hours and pay of one MA over one or more workweeks, before rounding: milliseconds of straight time, overtime, double
 * time and of time carrying a differential, everything paid ({@code pay}) and the part of it paid for overtime and
 * double-time hours ({@code overtimePay}), in the clinic currency.
 */
public record WorkweekPay(long regularMillis, long overtimeMillis, long doubleTimeMillis, long differentialMillis,
                          BigDecimal pay, BigDecimal overtimePay) {
    public static final WorkweekPay NONE = new WorkweekPay(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public WorkweekPay plus(WorkweekPay o) {
        return new WorkweekPay(regularMillis + o.regularMillis, overtimeMillis + o.overtimeMillis,
                doubleTimeMillis + o.doubleTimeMillis, differentialMillis + o.differentialMillis, pay.add(o.pay),
                overtimePay.add(o.overtimePay));
    }
}
