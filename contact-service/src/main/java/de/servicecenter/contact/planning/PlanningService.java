package de.servicecenter.contact.planning;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.contact.calendar.NetworkCalendars;
import de.servicecenter.contact.handoff.WorkingDays;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.openinghours.ClockTimes;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Capacity planning from the contact log: forecasts, staffing, what-ifs for a new cooperation, a contract's share of
 * the center, and the host's plan against what happened. A center's planning is its host's; a contract's planning
 * is read by both its parties. Everyone else gets 404.
 */
@ApplicationScoped
public class PlanningService {

    /** History a forecast is made from: half a year holds the trend and a few closures to learn the catch-up from. */
    static final int HISTORY_WEEKS = 26;
    /** History handling time and patience are measured on: recent enough to follow changes, large enough to settle. */
    static final int QUEUE_HISTORY_WEEKS = 8;
    static final int MAX_FORECAST_WEEKS = 8;
    static final int MAX_PLAN_DAYS = 62;
    /** How far a plan may reach: a forecast beyond a year extrapolates a trend, not a history. */
    static final int MOST_WEEKS_AHEAD = 52;
    /** How far back plans are compared: two years of contact log. */
    static final int MOST_WEEKS_BACK = 104;

    private final PlanningRepository repository;
    private final TenantAccess access;
    private final NetworkCalendars calendars;
    private final WorkingDays workingDays;
    private final int shortAbandonSeconds;
    private final Clock clock;

    PlanningService(PlanningRepository repository, TenantAccess access, NetworkCalendars calendars,
                    WorkingDays workingDays,
                    @ConfigProperty(name = "scv.kpi.short-abandon-seconds", defaultValue = "5") int shortAbandonSeconds,
                    Clock clock) {
        this.repository = repository;
        this.access = access;
        this.calendars = calendars;
        this.workingDays = workingDays;
        this.shortAbandonSeconds = shortAbandonSeconds;
        this.clock = clock;
    }

    // ---- forecast, staffing, backtest of a center ----

    public ForecastReport forecast(String serviceCenter, Optional<LocalDate> from, int weeks, Optional<String> town,
                                   Optional<String> area) {
        requireHost(serviceCenter);
        PlanningScope scope = scope(serviceCenter, town, area);
        LocalDate start = within(from.orElse(nextMonday()), "from");
        Forecasting forecasting = forecasting(scope, town, start);
        List<ForecastReport.Day> days = new ArrayList<>();
        for (LocalDate day = start; day.isBefore(start.plusWeeks(weeks)); day = day.plusDays(1)) {
            double[] calls = forecasting.forecast().halfHours(day);
            boolean[] open = forecasting.calendar().openHalfHours(day);
            List<ForecastReport.HalfHour> halfHours = new ArrayList<>();
            double total = 0;
            for (int i = 0; i < calls.length; i++) {
                if (open[i]) {
                    halfHours.add(new ForecastReport.HalfHour(start(i), round(calls[i])));
                    total += calls[i];
                }
            }
            days.add(new ForecastReport.Day(day, !halfHours.isEmpty() && forecasting.calendar().open(day),
                    round(total), halfHours));
        }
        return new ForecastReport(serviceCenter, town.orElse(null), area.orElse(null),
                forecasting.history().from(), forecasting.history().until(),
                round(forecasting.forecast().weeklyTrend()), round(forecasting.forecast().catchUpFactor()), days);
    }

    public StaffingReport staffing(String serviceCenter, Optional<LocalDate> from, int weeks,
                                   StaffingSettings settings) {
        requireHost(serviceCenter);
        PlanningScope scope = PlanningScope.center(serviceCenter);
        LocalDate start = within(from.orElse(nextMonday()), "from");
        Forecasting forecasting = forecasting(scope, Optional.empty(), start);
        Queue queue = queue(scope, forecasting.origin(), settings, "serviceCenter");
        List<StaffingReport.Week> weekFigures = new ArrayList<>();
        List<StaffingReport.Interval> intervals = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            LocalDate monday = start.plusWeeks(week);
            double calls = 0;
            List<Staffing.Interval> staffed = new ArrayList<>();
            for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
                double[] expected = forecasting.forecast().halfHours(day);
                List<Staffing.Interval> dayIntervals = queue.staffing().intervals(expected,
                        forecasting.calendar().openHalfHours(day));
                for (Staffing.Interval interval : dayIntervals) {
                    if (interval.open()) {
                        QueuePerformance performance = interval.performance();
                        intervals.add(new StaffingReport.Interval(day, start(interval.index()), round(interval.calls()),
                                interval.agents(), round(performance.serviceLevel()), round(performance.abandonment()),
                                round(performance.averageWaitSeconds()), round(performance.occupancy())));
                        calls += interval.calls();
                    }
                }
                staffed.addAll(dayIntervals);
            }
            weekFigures.add(new StaffingReport.Week(monday, round(calls), Staffing.agentHours(staffed),
                    round(queue.staffing().fullTimeEquivalents(staffed))));
        }
        return new StaffingReport(serviceCenter, queue.assumptions(forecasting), weekFigures, intervals);
    }

    public BacktestReport backtest(String serviceCenter, Optional<String> town, Optional<String> area, int weeks) {
        requireHost(serviceCenter);
        PlanningScope scope = scope(serviceCenter, town, area);
        Forecasting forecasting = forecasting(scope, town, today());
        return new BacktestReport(serviceCenter, town.orElse(null), area.orElse(null), forecasting.history().from(),
                forecasting.history().until(),
                ForecastBacktest.run(forecasting.history(), forecasting.calendar()::open, weeks).stream()
                        .map(horizon -> new ForecastBacktest.Horizon(horizon.weeksAhead(), horizon.origins(),
                                round(horizon.contacts()), round(horizon.forecastWape()),
                                round(horizon.lastWeekWape()), round(horizon.fourWeeksWape()))).toList());
    }

    // ---- what-if and a contract's share ----

    public CooperationReport whatIf(String serviceCenter, CooperationRequest request) {
        requireHost(serviceCenter);
        TenancySnapshot network = access.snapshot();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.serviceAreas().size(); i++) {
            if (!network.serviceAreas().contains(request.serviceAreas().get(i))) {
                errors.add(new FieldError("serviceAreas[" + i + "]", "is not a service area of the catalog"));
            }
        }
        if (request.profileFrom() != null && !network.isActiveTenant(request.profileFrom())) {
            errors.add(new FieldError("profileFrom", "is not a town of the network"));
        }
        if (request.hours() != null) {
            for (int i = 0; i < request.hours().size(); i++) {
                CooperationRequest.Hours hours = request.hours().get(i);
                if (ClockTimes.parse(hours.opens()) >= ClockTimes.parse(hours.closes())) {
                    errors.add(new FieldError("hours[" + i + "].closes", "must be after opens"));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidInputProblem(errors);
        }
        Set<String> areas = Set.copyOf(request.serviceAreas());
        PlanningScope today = PlanningScope.center(serviceCenter);
        if (request.town() != null) {
            today = today.withoutTown(request.town());
        }
        PlanningScope profile = request.profileFrom() != null
                ? PlanningScope.center(serviceCenter).onlyTown(request.profileFrom()).onlyAreas(areas)
                : today.onlyAreas(areas);
        StaffingSettings settings = settings(request);
        CostPrices prices = request.prices() != null ? new CostPrices(request.prices())
                : CostPrices.of(contractsOf(network, serviceCenter), Optional.empty());
        return cooperation(serviceCenter, request.town(), List.copyOf(new TreeSet<>(areas)),
                today, profile, Optional.of(request.callsPerMonth().doubleValue()), request.profileFrom(),
                hoursFilter(request.hours()), settings, prices);
    }

    /** A contract's town's calls at its center: the agents and posts they take, and their year's cost. */
    public CooperationReport contract(String contractId, StaffingSettings settings) {
        DelegationGrant contract = access.snapshot().grant(contractId)
                .orElseThrow(() -> NotFoundProblem.of("contract", contractId));
        access.require(AccessTarget.between("contract", contractId, contract.hostTenant(), contract.clientTenant()));
        String center = contract.serviceCenter();
        Set<String> areas = contract.allServiceAreas() ? Set.of() : contract.serviceAreas();
        PlanningScope today = PlanningScope.center(center).withoutTown(contract.clientTenant());
        PlanningScope town = PlanningScope.center(center).onlyTown(contract.clientTenant()).onlyAreas(areas);
        CostPrices prices = CostPrices.of(contractsOf(access.snapshot(), center), Optional.of(contract));
        return cooperation(center, contract.clientTenant(),
                List.copyOf(new TreeSet<>(areas)), today, town, Optional.empty(), null, (day, halfHour) -> true,
                settings, prices);
    }

    /**
     * @param callsPerMonth the town's calls a month; empty: the forecast of {@code profile} for a typical week, as a
     *                      month of such weeks (holidays are not taken off: a year's cost comes out a few percent
     *                      high rather than a normal week's agents low)
     */
    private CooperationReport cooperation(String center, String town, List<String> areas,
                                          PlanningScope today, PlanningScope profile, Optional<Double> callsPerMonth,
                                          String profileFrom, HalfHourFilter hours, StaffingSettings settings,
                                          CostPrices prices) {
        LocalDate monday = nextMonday();
        Forecasting base = forecasting(today, Optional.empty(), monday);
        Forecasting townForecast = forecasting(profile, Optional.ofNullable(town).filter(access.snapshot()::isActiveTenant),
                monday);
        Queue queue = queue(today.onlyAreas(Set.copyOf(areas)), base.origin(), settings, "serviceAreas");
        int slots = 7 * ContactHistory.HALF_HOURS;
        double[] hostCalls = new double[slots];
        double[] townProfile = new double[slots];
        boolean[] open = new boolean[slots];
        for (int d = 0; d < 7; d++) {
            LocalDate day = base.calendar().nextRegular(monday.plusDays(d));
            double[] calls = base.forecast().halfHours(day);
            double[] townCalls = townForecast.forecast().halfHours(townForecast.calendar().nextRegular(monday.plusDays(d)));
            boolean[] dayOpen = base.calendar().openHalfHours(day);
            for (int h = 0; h < ContactHistory.HALF_HOURS; h++) {
                int i = d * ContactHistory.HALF_HOURS + h;
                hostCalls[i] = calls[h];
                open[i] = dayOpen[h];
                townProfile[i] = hours.includes(DayOfWeek.of(d + 1), h) ? townCalls[h] : 0;
            }
        }
        // the town's own forecast: its typical week, as a month of such weeks
        double monthly = callsPerMonth.orElseGet(() -> Arrays.stream(townProfile).sum()
                * Cooperation.WEEKS_PER_YEAR / 12);
        Cooperation.Outcome outcome;
        try {
            outcome = Cooperation.plan(queue.staffing(), hostCalls, open, townProfile, monthly, prices.asPrices());
        } catch (IllegalArgumentException e) {
            throw BusinessRuleProblem.onField(profileFrom != null ? "profileFrom" : "serviceAreas", "the history of "
                    + center + " has no calls of these areas in its opening hours to spread the town's calls like; "
                    + "name a town to borrow the profile from (profileFrom)");
        }
        List<CooperationReport.Interval> week = new ArrayList<>();
        double todayCalls = 0;
        double todayAnswered = 0;
        double togetherCalls = 0;
        double togetherAnswered = 0;
        for (Cooperation.Interval interval : outcome.intervals()) {
            if (!interval.open()) {
                continue;
            }
            int index = interval.index();
            week.add(new CooperationReport.Interval(DayOfWeek.of(index / ContactHistory.HALF_HOURS + 1),
                    start(index % ContactHistory.HALF_HOURS), round(interval.hostCalls()), round(interval.townCalls()),
                    interval.agentsToday(), interval.agentsWithTown(), interval.additionalAgents(),
                    round(interval.serviceLevelTodayWithTown())));
            todayCalls += interval.hostCalls();
            todayAnswered += interval.hostCalls() * interval.serviceLevelToday();
            double together = interval.hostCalls() + interval.townCalls();
            togetherCalls += together;
            togetherAnswered += together * interval.serviceLevelTodayWithTown();
        }
        return new CooperationReport(center, town, areas, round(monthly), profileFrom, queue.assumptions(base),
                round(outcome.fteToday()), round(outcome.fteWithTown()), round(outcome.additionalFte()),
                round(share(todayAnswered, todayCalls)), round(share(togetherAnswered, togetherCalls)),
                round(outcome.answeredShare()), prices.request(), outcome.cost(), week);
    }

    // ---- the host's plan against what happened ----

    public StaffPlan.Saved savePlan(String serviceCenter, StaffPlan plan) {
        String host = requireHost(serviceCenter);
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<PlanningRepository.PlannedAgents> intervals = new ArrayList<>();
        for (int i = 0; i < plan.intervals().size(); i++) {
            StaffPlan.Interval interval = plan.intervals().get(i);
            if (!seen.add(interval.date() + " " + interval.start())) {
                errors.add(new FieldError("intervals[" + i + "]", "names " + interval.date() + " " + interval.start()
                        + " a second time"));
            }
            intervals.add(new PlanningRepository.PlannedAgents(interval.date(), interval.halfHour(), interval.agents()));
        }
        LocalDate first = intervals.stream().map(PlanningRepository.PlannedAgents::day).min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = intervals.stream().map(PlanningRepository.PlannedAgents::day).max(Comparator.naturalOrder())
                .orElseThrow();
        if (ChronoUnit.DAYS.between(first, last) >= MAX_PLAN_DAYS) {
            errors.add(new FieldError("intervals", "must span at most " + MAX_PLAN_DAYS + " days (" + first + " to "
                    + last + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
        repository.savePlan(serviceCenter, host, intervals, access.principal().subject(), clock.instant());
        return new StaffPlan.Saved(serviceCenter, intervals.size(), first, last);
    }

    public PlanVsActual planVsActual(String serviceCenter, LocalDate from, LocalDate to, StaffingSettings settings) {
        requireHost(serviceCenter);
        within(from, "from");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_PLAN_DAYS) {
            throw InvalidInputProblem.of("to", "must lie from " + from + " to at most " + (MAX_PLAN_DAYS - 1)
                    + " days after it");
        }
        PlanningScope scope = PlanningScope.center(serviceCenter);
        LocalDate until = to.plusDays(1);
        Map<LocalDate, Map<Integer, Integer>> plan = repository.plan(serviceCenter, from, until);
        int within = settings.target().withinSeconds();
        Map<LocalDate, Map<Integer, PlanningRepository.Measured>> measured = repository.measured(scope, from, until,
                within, shortAbandonSeconds);
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Queue queue = queue(scope, firstMonday, settings, "serviceCenter");
        Forecasting forecasting = forecasting(scope, Optional.empty(), firstMonday);
        PlanningAssumptions assumptions = queue.assumptions(forecasting);
        List<PlanVsActual.Interval> intervals = new ArrayList<>();
        double forecastCalls = 0;
        long offeredCalls = 0;
        double predictedWithin = 0;
        double predictedCalls = 0;
        long measuredWithin = 0;
        long measuredOffered = 0;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            // the forecast as it was made at the start of the day's week, from what was known then
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (!forecasting.origin().equals(monday) && !monday.isAfter(today())) {
                forecasting = forecasting(scope, Optional.empty(), monday);
            }
            double[] expected = forecasting.forecast().halfHours(day);
            Map<Integer, Integer> planned = plan.getOrDefault(day, Map.of());
            Map<Integer, PlanningRepository.Measured> came = measured.getOrDefault(day, Map.of());
            for (int h = 0; h < ContactHistory.HALF_HOURS; h++) {
                Integer agents = planned.get(h);
                PlanningRepository.Measured actual = came.get(h);
                if (agents == null && actual == null) {
                    continue;
                }
                long offered = actual == null ? 0 : actual.offered();
                Double predicted = agents == null ? null : queue.staffing().with(expected[h], agents).serviceLevel();
                Double forOffered = agents == null ? null : queue.staffing().with(offered, agents).serviceLevel();
                Double measuredLevel = actual == null ? null : actual.serviceLevel();
                intervals.add(new PlanVsActual.Interval(day, start(h), agents, round(expected[h]),
                        roundOrNull(predicted), offered, roundOrNull(forOffered), roundOrNull(measuredLevel)));
                forecastCalls += expected[h];
                offeredCalls += offered;
                if (predicted != null) {
                    predictedWithin += predicted * expected[h];
                    predictedCalls += expected[h];
                }
                if (actual != null) {
                    measuredWithin += actual.answeredWithin();
                    measuredOffered += actual.offered();
                }
            }
        }
        PlanVsActual.Totals totals = new PlanVsActual.Totals(round(forecastCalls), offeredCalls,
                predictedCalls == 0 ? null : round(predictedWithin / predictedCalls),
                measuredOffered == 0 ? null : round((double) measuredWithin / measuredOffered));
        return new PlanVsActual(serviceCenter, from, to, assumptions, totals, intervals);
    }

    // ---- the parts ----

    /** A history, the calendar it was (and will be) open by, and the forecast made from them. */
    private record Forecasting(ContactHistory history, PlanningCalendar calendar, ContactForecast forecast) {
        LocalDate origin() {
            return history.until();
        }
    }

    /**
     * The forecast from the {@link #HISTORY_WEEKS} weeks before {@code start} (or before today, when {@code start}
     * lies ahead): what was known when the forecast was made.
     */
    private Forecasting forecasting(PlanningScope scope, Optional<String> town, LocalDate start) {
        LocalDate origin = start.isAfter(today()) ? today() : start;
        PlanningCalendar calendar = new PlanningCalendar(calendars.centerHours(scope.serviceCenter())
                .orElseThrow(() -> BusinessRuleProblem.onField("serviceCenter", scope.serviceCenter() + " has no "
                        + "phone hours in tenant-service; a plan needs them")),
                town.map(workingDays::of));
        ContactHistory history = repository.history(scope, origin.minusWeeks(HISTORY_WEEKS), origin,
                shortAbandonSeconds);
        return new Forecasting(history, calendar, new ContactForecast(history, calendar::open));
    }

    /** The queue the history shows, and how to staff it. */
    private record Queue(Staffing staffing, StaffingSettings settings, int shortAbandonSeconds,
                         LocalDate historyFrom) {

        PlanningAssumptions assumptions(Forecasting forecasting) {
            return new PlanningAssumptions(staffing.patienceSeconds() == null ? QueueModelName.ERLANG_C
                    : QueueModelName.ERLANG_A, staffing.target().share(), staffing.target().withinSeconds(),
                    round(staffing.handlingSeconds()), staffing.patienceSeconds() == null ? null
                    : round(staffing.patienceSeconds()), staffing.shrinkage(), staffing.weeklyHours(),
                    staffing.leastWhileOpen(), shortAbandonSeconds, forecasting.history().from(),
                    forecasting.history().until(), historyFrom);
        }
    }

    private Queue queue(PlanningScope scope, LocalDate origin, StaffingSettings settings, String field) {
        LocalDate from = origin.minusWeeks(QUEUE_HISTORY_WEEKS);
        PlanningRepository.QueueHistory history = repository.queue(scope, from, origin, shortAbandonSeconds);
        double handling = history.meanHandlingSeconds().orElseThrow(() -> BusinessRuleProblem.onField(field,
                "no phone call of " + scope.serviceCenter() + (scope.areas().isEmpty() ? "" : " in these areas")
                        + " was answered in the " + QUEUE_HISTORY_WEEKS + " weeks before " + origin
                        + "; the handling time cannot be measured"));
        OptionalDouble patience = ErlangA.patienceFrom(history.waitingSeconds(), history.abandoned());
        QueueModelName model = settings.model().orElse(patience.isPresent() ? QueueModelName.ERLANG_A
                : QueueModelName.ERLANG_C);
        if (model == QueueModelName.ERLANG_A && patience.isEmpty()) {
            throw BusinessRuleProblem.onField("model", "no caller hung up in the " + QUEUE_HISTORY_WEEKS + " weeks "
                    + "before " + origin + ", so there is no patience to model; use ERLANG_C");
        }
        Double patienceSeconds = model == QueueModelName.ERLANG_A ? patience.getAsDouble() : null;
        return new Queue(new Staffing(handling, patienceSeconds, settings.target(), settings.shrinkage(),
                settings.weeklyHours(), settings.leastAgentsWhileOpen()), settings, shortAbandonSeconds, from);
    }

    private static StaffingSettings settings(CooperationRequest request) {
        ServiceTarget target = request.target() == null ? ServiceTarget.EIGHTY_TWENTY
                : new ServiceTarget(request.target().share().doubleValue(), request.target().withinSeconds());
        return new StaffingSettings(target, Optional.ofNullable(request.model()),
                request.shrinkage() == null ? StaffingSettings.DEFAULT_SHRINKAGE : request.shrinkage().doubleValue(),
                request.weeklyHours() == null ? StaffingSettings.DEFAULT_WEEKLY_HOURS : request.weeklyHours(),
                StaffingSettings.DEFAULT_LEAST_AGENTS);
    }

    /** Which half-hours of the week the town's calls may fall into. */
    @FunctionalInterface
    private interface HalfHourFilter {
        boolean includes(DayOfWeek day, int halfHour);
    }

    private static HalfHourFilter hoursFilter(List<CooperationRequest.Hours> hours) {
        if (hours == null || hours.isEmpty()) {
            return (day, halfHour) -> true;
        }
        return (day, halfHour) -> hours.stream().anyMatch(h -> h.days().contains(day)
                && halfHour * 30 >= ClockTimes.parse(h.opens()) && halfHour * 30 < ClockTimes.parse(h.closes()));
    }

    /** The prices to cost a year with, and where they came from. */
    private record CostPrices(CooperationRequest.Prices request) {

        /** Each price from the contract given, or else from the latest of the center's contracts that has it. */
        static CostPrices of(List<DelegationGrant> contracts, Optional<DelegationGrant> preferred) {
            List<CostModel> models = new ArrayList<>();
            preferred.ifPresent(contract -> models.add(contract.costModel()));
            contracts.stream().sorted(Comparator.comparing(DelegationGrant::validFrom).reversed())
                    .forEach(contract -> models.add(contract.costModel()));
            return new CostPrices(new CooperationRequest.Prices(
                    first(models, CostModel::annualCostPerFte), first(models, CostModel::pricePerCall),
                    first(models, CostModel::pricePerMinute), first(models, CostModel::flatFeePerMonth)));
        }

        private static BigDecimal first(List<CostModel> models, Function<CostModel, BigDecimal> price) {
            return models.stream().map(price).filter(Objects::nonNull).findFirst().orElse(null);
        }

        Cooperation.Prices asPrices() {
            return new Cooperation.Prices(request.annualCostPerFte(), request.pricePerCall(), request.pricePerMinute(),
                    request.flatFeePerMonth());
        }
    }

    private static List<DelegationGrant> contractsOf(TenancySnapshot network, String serviceCenter) {
        return network.grants().stream().filter(grant -> grant.serviceCenter().equals(serviceCenter)).toList();
    }

    /** The center's host, when the caller may plan for it; 404 otherwise. */
    private String requireHost(String serviceCenter) {
        String host = access.snapshot().serviceCenters().get(serviceCenter);
        if (host == null) {
            throw NotFoundProblem.of("service center", serviceCenter);
        }
        access.require(AccessTarget.owned("service center", serviceCenter, host, Optional.empty()));
        return host;
    }

    private PlanningScope scope(String serviceCenter, Optional<String> town, Optional<String> area) {
        TenancySnapshot network = access.snapshot();
        List<FieldError> errors = new ArrayList<>();
        town.filter(t -> !network.isActiveTenant(t))
                .ifPresent(t -> errors.add(new FieldError("town", "is not a town of the network")));
        area.filter(a -> !network.serviceAreas().contains(a))
                .ifPresent(a -> errors.add(new FieldError("serviceArea", "is not a service area of the catalog")));
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
        PlanningScope center = PlanningScope.center(serviceCenter);
        PlanningScope ofTown = town.map(center::onlyTown).orElse(center);
        return area.map(a -> ofTown.onlyAreas(Set.of(a))).orElse(ofTown);
    }

    /** {@code day}, when plans may be made or compared for it. */
    private LocalDate within(LocalDate day, String field) {
        LocalDate earliest = today().minusWeeks(MOST_WEEKS_BACK);
        LocalDate latest = today().plusWeeks(MOST_WEEKS_AHEAD);
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            throw InvalidInputProblem.of(field, "must lie from " + earliest + " to " + latest + " (at most "
                    + MOST_WEEKS_BACK + " weeks back and " + MOST_WEEKS_AHEAD + " ahead)");
        }
        return day;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BerlinTime.ZONE));
    }

    private LocalDate nextMonday() {
        return today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private static String start(int halfHour) {
        return ClockTimes.format(halfHour * 30);
    }

    private static double share(double part, double whole) {
        return whole == 0 ? 1 : part / whole;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static Double roundOrNull(Double value) {
        return value == null ? null : round(value);
    }
}
