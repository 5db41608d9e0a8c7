package ru.digitalbridge.training;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a campaign's period covers: {@code 2023-Q1} is January–March 2023, {@code 2023-H2} July–December,
 * {@code 2023-Y} the whole year. A period always starts on the first day of a month and ends on the last, so a date
 * compares with it exactly by its month.
 */
public record CampaignPeriod(YearMonth first, YearMonth last) {
    private static final Pattern PERIOD = Pattern.compile("^(\\d{4})-(Q([1-4])|H([12])|Y)$");

    public static CampaignPeriod of(String period) {
        Matcher m = PERIOD.matcher(period == null ? "" : period);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a campaign period: " + period);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            int q = Integer.parseInt(m.group(3));
            return new CampaignPeriod(YearMonth.of(year, 3 * q - 2), YearMonth.of(year, 3 * q));
        }
        if (m.group(4) != null) {
            int h = Integer.parseInt(m.group(4));
            return new CampaignPeriod(YearMonth.of(year, 6 * h - 5), YearMonth.of(year, 6 * h));
        }
        return new CampaignPeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    public LocalDate end() {
        return last.atEndOfMonth();
    }

    /** Whether a course completed in {@code month} was completed before the period began. */
    boolean after(YearMonth month) {
        return month.isBefore(first);
    }

    /** Whether a course completed in {@code month} was completed after the period ended. */
    boolean before(YearMonth month) {
        return month.isAfter(last);
    }
}
