package org.clinicflow.simulator.clinic.pay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.clinicflow.simulator.ModelInputException;
import org.javamoney.moneta.Money;

/**
 * The money conventions of ClinicFlow: amounts are computed as exact decimals (divisions at 34 significant digits) and
 * rounded half-up to the currency's minor unit (cents for USD and EUR, none for JPY) once, when an amount is final.
 */
public final class ClinicMoney {
    /** Precision of the divisions in pay computations; far finer than any minor unit. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;
    /** Payroll convention: a half cent rounds up. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private ClinicMoney() {
    }

    /** The ISO 4217 currency {@code code}; a clear input error if it is unknown or has no minor unit. */
    public static CurrencyUnit currency(String code) {
        CurrencyUnit unit;
        try {
            unit = Monetary.getCurrency(code);
        } catch (UnknownCurrencyException | NullPointerException e) {
            throw new ModelInputException("currency", "'" + code + "' is not an ISO 4217 currency code (e.g. USD, EUR)");
        }
        if (unit.getDefaultFractionDigits() < 0) {
            throw new ModelInputException("currency", "'" + code + "' has no minor unit; use a currency such as USD");
        }
        return unit;
    }

    /** {@code amount} rounded half-up to the currency's default fraction digits. */
    public static MonetaryAmount round(BigDecimal amount, CurrencyUnit currency) {
        return Money.of(amount.setScale(currency.getDefaultFractionDigits(), ROUNDING), currency);
    }

    /**
     * A money value carried as a double (a KPI in a replication's responses, a mean over replications) as an amount:
     * first cleared of binary noise below a millionth of the minor unit, then rounded half-up to the minor unit, so
     * that a mean of 10.00 and 10.01 is 10.01 and not 10.00 from the double 10.004999....
     */
    public static MonetaryAmount fromDouble(double value, CurrencyUnit currency) {
        int digits = currency.getDefaultFractionDigits();
        return round(BigDecimal.valueOf(value).setScale(digits + 6, RoundingMode.HALF_EVEN), currency);
    }

    /** "USD 435.00": the code and the number with all the currency's fraction digits. */
    public static String format(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " " + number(amount);
    }

    /** "435.00": the number with all the currency's fraction digits (money types drop trailing zeros). */
    public static String number(MonetaryAmount amount) {
        return decimal(amount).setScale(amount.getCurrency().getDefaultFractionDigits(), ROUNDING).toPlainString();
    }

    public static MonetaryAmount zero(CurrencyUnit currency) {
        return Money.zero(currency);
    }

    /** The amount as a plain decimal. */
    public static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }
}
