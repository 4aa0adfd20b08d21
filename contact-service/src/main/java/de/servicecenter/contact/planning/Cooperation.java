package de.servicecenter.contact.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What taking over a town's calls means for a host: the agents it needs per half-hour beyond those for its own
 * calls, the full-time posts, how its service level would fall with today's staffing, and what a year costs under
 * each cost model a contract can have — the numbers Castrop-Rauxel and Bochum negotiated by hand.
 */
public final class Cooperation {

    /** Weeks in a year of 365.25 days: a month's calls × 12 / this are a week's. */
    public static final double WEEKS_PER_YEAR = 365.25 / 7;

    private Cooperation() {
    }

    /** The prices a cost model may name; any may be null (that model is then not priced). */
    public record Prices(BigDecimal annualCostPerFte, BigDecimal pricePerCall, BigDecimal pricePerMinute,
                         BigDecimal flatFeePerMonth) {
    }

    /** One half-hour of the planned week. */
    public record Interval(int index, boolean open, double hostCalls, double townCalls, int agentsToday,
                           int agentsWithTown, double serviceLevelToday, double serviceLevelTodayWithTown) {

        public int additionalAgents() {
            return agentsWithTown - agentsToday;
        }
    }

    /** A year's cost of the cooperation under each cost model that has a price. */
    @Schema(description = "A year's cost under each cost model, EUR; null where no price was known")
    public record YearlyCost(
            @Schema(nullable = true, description = "Additional posts × annual cost of a post", example = "143076.92")
            BigDecimal fteShare,
            @Schema(nullable = true, description = "Answered calls × price per call", example = "134846.48")
            BigDecimal perCall,
            @Schema(nullable = true, description = "Handled minutes × price per minute", example = "128421.13")
            BigDecimal perMinute,
            @Schema(nullable = true, description = "Twelve monthly fees", example = "54000.00") BigDecimal flatFee) {
    }

    /**
     * @param intervals        the week, half-hour by half-hour
     * @param fteToday         full-time posts for the host's own calls
     * @param fteWithTown      full-time posts with the town's calls added
     * @param townCallsPerYear the town's calls a year
     * @param answeredShare    share of the town's calls answered (the rest hang up), as predicted with the town
     * @param cost             the year's cost under each priced model
     */
    public record Outcome(List<Interval> intervals, double fteToday, double fteWithTown, double townCallsPerYear,
                          double answeredShare, YearlyCost cost) {

        public double additionalFte() {
            return fteWithTown - fteToday;
        }
    }

    /**
     * @param staffing       how the host staffs (handling time, patience, target, shrinkage, hours)
     * @param hostCalls      the host's expected calls per half-hour of a week (7 × 48, Monday 00:00 first)
     * @param open           whether the host's center answers in each of those half-hours
     * @param townProfile    the town's calls over the same half-hours as shares of its week (borrowed from a
     *                       similar town, or the host's own); need not sum to 1, it is scaled
     * @param callsPerMonth  the town's expected calls a month
     * @param prices         the prices to cost the year with
     */
    public static Outcome plan(Staffing staffing, double[] hostCalls, boolean[] open, double[] townProfile,
                               double callsPerMonth, Prices prices) {
        if (hostCalls.length != open.length || townProfile.length != open.length) {
            throw new IllegalArgumentException("host calls, opening hours and the town's profile differ in length");
        }
        Arguments.requireNonNegative("callsPerMonth", callsPerMonth);
        double profileSum = 0;
        for (int i = 0; i < townProfile.length; i++) {
            // calls at hours the host does not answer are not planned: the town's profile counts in its open hours
            profileSum += open[i] ? townProfile[i] : 0;
        }
        if (profileSum <= 0 && callsPerMonth > 0) {
            throw new IllegalArgumentException("the town's profile has no calls in the host's opening hours");
        }
        double callsPerWeek = callsPerMonth * 12 / WEEKS_PER_YEAR;
        double[] townCalls = new double[open.length];
        double[] together = new double[open.length];
        for (int i = 0; i < open.length; i++) {
            townCalls[i] = open[i] && profileSum > 0 ? callsPerWeek * townProfile[i] / profileSum : 0;
            together[i] = hostCalls[i] + townCalls[i];
        }
        List<Staffing.Interval> today = staffing.intervals(hostCalls, open);
        List<Staffing.Interval> withTown = staffing.intervals(together, open);
        List<Interval> intervals = new ArrayList<>(open.length);
        double answered = 0;
        double offered = 0;
        for (int i = 0; i < open.length; i++) {
            int agentsToday = today.get(i).agents();
            double serviceLevelToday = open[i] ? today.get(i).performance().serviceLevel() : 0;
            double serviceLevel = open[i] ? staffing.with(together[i], agentsToday).serviceLevel() : 0;
            intervals.add(new Interval(i, open[i], hostCalls[i], townCalls[i], agentsToday, withTown.get(i).agents(),
                    serviceLevelToday, serviceLevel));
            if (open[i] && townCalls[i] > 0) {
                answered += townCalls[i] * (1 - withTown.get(i).performance().abandonment());
                offered += townCalls[i];
            }
        }
        double fteToday = staffing.fullTimeEquivalents(today);
        double fteWithTown = staffing.fullTimeEquivalents(withTown);
        double callsPerYear = callsPerMonth * 12;
        double answeredShare = offered == 0 ? 1 : answered / offered;
        return new Outcome(intervals, fteToday, fteWithTown, callsPerYear, answeredShare,
                cost(prices, fteWithTown - fteToday, callsPerYear * answeredShare, staffing.handlingSeconds()));
    }

    /**
     * The year under each model: posts × their annual cost; answered calls × the price per call; their handling
     * minutes (talk and wrap-up, as the statements count them) × the price per minute; twelve monthly fees.
     */
    static YearlyCost cost(Prices prices, double additionalFte, double answeredPerYear, double handlingSeconds) {
        return new YearlyCost(
                times(prices.annualCostPerFte(), Math.max(0, additionalFte)),
                times(prices.pricePerCall(), answeredPerYear),
                times(prices.pricePerMinute(), answeredPerYear * handlingSeconds / 60),
                times(prices.flatFeePerMonth(), 12));
    }

    private static BigDecimal times(BigDecimal price, double quantity) {
        return price == null ? null : price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }
}
