package de.servicecenter.openinghours;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The statutory public holidays of one German federal state, as its holiday law (Feiertagsgesetz) lists
 * them, computed by Jollyday. Only holidays that hold in the whole state count: those that depend on the
 * municipality (Mariä Himmelfahrt in Bavaria's Catholic communities, the Augsburger Friedensfest,
 * Fronleichnam in parts of Saxony and Thuringia) are entered as exceptions of the schedules concerned.
 *
 * <p>Years are computed once and kept, so that asking "is this a holiday?" costs a map lookup.
 */
public final class GermanHolidays implements HolidayCalendar {

    /** ISO 3166-2 codes of the 16 Länder. */
    public static final Set<String> STATES = Set.of("DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE",
            "DE-MV", "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH");

    /** Jollyday's German names where the state laws say it differently. */
    private static final Map<String, String> LEGAL_NAMES = Map.of(
            "Ostern", "Ostersonntag",
            "Pfingsten", "Pfingstsonntag",
            "Kindertag", "Weltkindertag");

    private static final Map<String, GermanHolidays> BY_STATE = new ConcurrentHashMap<>();
    private static volatile HolidayManager germany;

    private final String state;
    private final String jollydayRegion;
    private final Map<Integer, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    private GermanHolidays(String state) {
        this.state = state;
        this.jollydayRegion = state.substring(3).toLowerCase(Locale.ROOT);
    }

    /**
     * @param state ISO 3166-2 code, e.g. {@code DE-NW}
     * @throws IllegalArgumentException for anything but one of the 16 {@link #STATES}
     */
    public static GermanHolidays of(String state) {
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("must be the ISO 3166-2 code of a German federal state, e.g. DE-NW");
        }
        return BY_STATE.computeIfAbsent(state, GermanHolidays::new);
    }

    public String state() {
        return state;
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    @Override
    public List<PublicHoliday> holidays(int year) {
        return year(year).entrySet().stream()
                .map(entry -> new PublicHoliday(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(PublicHoliday::date))
                .toList();
    }

    private Map<LocalDate, String> year(int year) {
        return years.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, String> compute(int year) {
        return manager().getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, jollydayRegion).stream()
                .collect(Collectors.toUnmodifiableMap(Holiday::getDate, GermanHolidays::legalName,
                        (first, second) -> first + " / " + second));
    }

    private static String legalName(Holiday holiday) {
        String name = holiday.getDescription(Locale.GERMAN);
        return LEGAL_NAMES.getOrDefault(name, name);
    }

    private static HolidayManager manager() {
        HolidayManager manager = germany;
        if (manager == null) {
            synchronized (GermanHolidays.class) {
                if (germany == null) {
                    germany = HolidayManager.getInstance(ManagerParameters.create("de"));
                }
                manager = germany;
            }
        }
        return manager;
    }

    @Override
    public String toString() {
        return "public holidays of " + state;
    }
}
