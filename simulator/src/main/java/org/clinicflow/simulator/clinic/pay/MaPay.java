package org.clinicflow.simulator.clinic.pay;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What one MA earned over a run: straight-time, overtime (time and a half) and double-time hours, hours that carried
 * an evening or weekend differential, everything paid ({@code laborCost}) and the part paid for overtime and double-time
 * hours ({@code overtimeCost}), each rounded to the currency's minor unit.
 */
public record MaPay(String maId, double regularHours, double overtimeHours, double doubleTimeHours,
                    double differentialHours, MonetaryAmount laborCost, MonetaryAmount overtimeCost) {

    /** The rounded pay of an MA's summed workweeks. */
    public static MaPay of(String maId, WorkweekPay pay, CurrencyUnit currency) {
        return new MaPay(maId, hours(pay.regularMillis()), hours(pay.overtimeMillis()),
                hours(pay.doubleTimeMillis()), hours(pay.differentialMillis()),
                ClinicMoney.round(pay.pay(), currency), ClinicMoney.round(pay.overtimePay(), currency));
    }

    public double paidHours() {
        return regularHours + overtimeHours + doubleTimeHours;
    }

    private static double hours(long millis) {
        return (double) millis / PaidHours.MILLIS_PER_HOUR;
    }
}
