package de.servicecenter.console.admin.hours;

import de.servicecenter.console.platform.TenantApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week's hours as an admin writes them, one field per weekday ("08:00–12:30, 14:00–16:00"; empty: closed), and as
 * tenant-service keeps them (rules of days with one interval each). Reading keeps, for every rule sent, the weekday
 * it came from, so that tenant-service's field errors ({@code weeklyPeriods[0].rules[3].closes}) land on that day.
 */
public final class WeekHours {

    public static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");
    static final Map<String, String> DAY_NAMES = Map.of("MONDAY", "Montag", "TUESDAY", "Dienstag", "WEDNESDAY",
            "Mittwoch", "THURSDAY", "Donnerstag", "FRIDAY", "Freitag", "SATURDAY", "Samstag", "SUNDAY", "Sonntag");
    private static final Pattern INTERVAL = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*[-–—]\\s*(\\d{1,2}):(\\d{2})\\s*");

    /** The rules to send, the weekday of each (by index) and the fields that could not be read. */
    public record Parsed(List<TenantApi.WeeklyRule> rules, List<String> dayOfRule, Map<String, String> errors) {
    }

    private WeekHours() {
    }

    /** Per weekday, the text of its intervals, from the rules tenant-service keeps. */
    public static Map<String, String> text(List<TenantApi.WeeklyRule> rules) {
        Map<String, List<String>> intervals = new LinkedHashMap<>();
        DAYS.forEach(day -> intervals.put(day, new ArrayList<>()));
        for (TenantApi.WeeklyRule rule : rules) {
            for (String day : rule.days()) {
                intervals.get(day).add(rule.opens() + "–" + rule.closes());
            }
        }
        Map<String, String> text = new LinkedHashMap<>();
        intervals.forEach((day, list) -> text.put(day, String.join(", ", list.stream().sorted().toList())));
        return text;
    }

    /** The weekday fields as rules: one rule per day and interval. */
    public static Parsed parse(Map<String, String> fields) {
        List<TenantApi.WeeklyRule> rules = new ArrayList<>();
        List<String> dayOfRule = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String day : DAYS) {
            String text = fields.getOrDefault(day, "");
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String part : text.split("[,;]")) {
                Matcher interval = INTERVAL.matcher(part);
                if (!interval.matches()) {
                    errors.put(day, DAY_NAMES.get(day) + ": „" + part.strip() + "“ ist keine Zeitspanne; bitte so "
                            + "schreiben: 08:00–12:30, 14:00–16:00");
                    break;
                }
                rules.add(new TenantApi.WeeklyRule(List.of(day), time(interval.group(1), interval.group(2)),
                        time(interval.group(3), interval.group(4))));
                dayOfRule.add(day);
            }
        }
        return new Parsed(rules, dayOfRule, errors);
    }

    private static String time(String hours, String minutes) {
        return (hours.length() == 1 ? "0" + hours : hours) + ":" + minutes;
    }
}
