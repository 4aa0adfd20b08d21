package de.servicecenter.routing.decision;

import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.openinghours.HolidayCalendar;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.AnnouncementKind;
import de.servicecenter.routing.ruleset.EntryPointDefinition;
import de.servicecenter.routing.ruleset.Prompts;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every town's routing, compiled for deciding: entry points by number, menus as arrays by key, rules with their
 * areas as flags and their times as {@link Timeline}s. Immutable; a change builds a new table, which replaces
 * the old one atomically (see {@link RoutingTableCompiler}).
 */
public final class RoutingTable {

    private final Map<String, EntryPoint> entryPoints;
    private final Map<String, EntryPointDefinition> definitions;
    private final Instant compiledAt;

    RoutingTable(Map<String, EntryPoint> entryPoints, Map<String, EntryPointDefinition> definitions, Instant compiledAt) {
        this.entryPoints = Map.copyOf(entryPoints);
        this.definitions = Map.copyOf(definitions);
        this.compiledAt = compiledAt;
    }

    /** The entry point with this number as its town defined it (the menu the phone system plays), with its town. */
    public Optional<Map.Entry<String, EntryPointDefinition>> entryPoint(String number) {
        EntryPoint entry = entryPoints.get(number);
        return entry == null ? Optional.empty() : Optional.of(Map.entry(entry.town.id, definitions.get(number)));
    }

    /** Every entry point's fallback, by number. */
    public List<Fallback> fallbacks() {
        return entryPoints.values().stream().map(entry -> entry.fallbackRoute)
                .sorted(Comparator.comparing(Fallback::number)).toList();
    }

    public Instant compiledAt() {
        return compiledAt;
    }

    public boolean hasNumber(String number) {
        return entryPoints.containsKey(number);
    }

    /**
     * Decides with the wait the call carries, if any, for load rules.
     *
     * @throws UnknownNumberException when no town has the dialled number
     */
    public Decision decide(CallRequest call) {
        return decide(call, QueueWaits.NONE);
    }

    /**
     * Decides; a load rule holds on the wait the call carries, else on the wait {@code waits} reports for its queue.
     *
     * @throws UnknownNumberException when no town has the dialled number
     */
    public Decision decide(CallRequest call, QueueWaits waits) {
        EntryPoint entry = entryPoints.get(call.dialledNumber());
        if (entry == null) {
            throw new UnknownNumberException(call.dialledNumber());
        }
        Option option = entry.option(call.menuOption());
        long at = call.at().getEpochSecond();
        Town town = entry.town;
        int skipped = 0;
        for (Rule rule : town.rules) {
            if (!rule.holds(option, at, call.queueWaitSeconds(), waits, town)) {
                continue;
            }
            if (rule.served != null && !rule.served[option.area].isOn(at)) {
                skipped++;
                continue;
            }
            return rule.decide(town, option, option == entry.fallback, at, skipped,
                    entry.menuText(option, call.menuOption()));
        }
        return new Decision(town.id, option.areaCode, ActionType.ANNOUNCEMENT, null, null, null,
                AnnouncementKind.CLOSED, null, Prompts.idOf(AnnouncementKind.CLOSED), null, 0, null,
                new Decision.Why(entry.menuText(option, call.menuOption()), option == entry.fallback,
                        "No rule applies at this moment, so the caller hears the closed announcement.", null, skipped));
    }

    /** A town's rules and holidays. */
    static final class Town {
        final String id;
        final Rule[] rules;
        final TimeCheck holidays;
        final HolidayCalendar calendar;

        Town(String id, Rule[] rules, Timeline holidays, HolidayCalendar calendar) {
            this.id = id;
            this.rules = rules;
            this.holidays = new TimeCheck(holidays, null, calendar);
            this.calendar = calendar;
        }
    }

    /** A number and its menu: keys 0-9, * and # to options. */
    static final class EntryPoint {
        final String number;
        final Town town;
        final Option[] byKey = new Option[12];
        final Option fallback;
        /** Where its calls go without a decision; set once its town's rules are compiled. */
        Fallback fallbackRoute;

        EntryPoint(String number, Town town, Option fallback) {
            this.number = number;
            this.town = town;
            this.fallback = fallback;
        }

        static int slot(char key) {
            return switch (key) {
                case '*' -> 10;
                case '#' -> 11;
                default -> key >= '0' && key <= '9' ? key - '0' : -1;
            };
        }

        Option option(String key) {
            if (key == null || key.length() != 1) {
                return fallback;
            }
            int slot = slot(key.charAt(0));
            Option option = slot < 0 ? null : byKey[slot];
            return option == null ? fallback : option;
        }

        String menuText(Option chosen, String key) {
            if (chosen != fallback) {
                return chosen.text;
            }
            return key == null || key.isEmpty() ? fallback.text : fallback.unknownKeyText;
        }
    }

    /** What a key stands for. */
    static final class Option {
        final int area;
        final String areaCode;
        final String leikaKey;
        final String text;
        final String unknownKeyText;
        final Decision.CallTag tag;

        Option(String town, int area, String areaCode, String leikaKey, String text, String unknownKeyText) {
            this.area = area;
            this.areaCode = areaCode;
            this.leikaKey = leikaKey;
            this.text = text;
            this.unknownKeyText = unknownKeyText;
            this.tag = new Decision.CallTag(town, areaCode, leikaKey);
        }
    }

    /** Open/closed (or holiday) at an instant: from the timeline inside its window, else from the source. */
    static final class TimeCheck {
        final Timeline timeline;
        final Schedule schedule;
        final HolidayCalendar calendar;

        TimeCheck(Timeline timeline, Schedule schedule, HolidayCalendar calendar) {
            this.timeline = timeline;
            this.schedule = schedule;
            this.calendar = calendar;
        }

        boolean isOn(long at) {
            if (timeline.covers(at)) {
                return timeline.isOn(at);
            }
            Instant instant = Instant.ofEpochSecond(at);
            return schedule != null ? schedule.statusAt(instant).open()
                    : calendar.holidayName(BerlinTime.dateOf(instant)).isPresent();
        }

        String labelAt(long at) {
            if (timeline.covers(at)) {
                return timeline.labelAt(at);
            }
            return calendar == null ? null : calendar.holidayName(BerlinTime.dateOf(Instant.ofEpochSecond(at))).orElse(null);
        }
    }

    /** One compiled rule: every condition as a flag, a range or a check. */
    static final class Rule {
        final int position;
        final String name;
        /** Areas the rule applies to, by area index; null for all. */
        final boolean[] areas;
        final TimeCheck schedule;
        final boolean scheduleOpen;
        /** 1: only on holidays, -1: never on holidays, 0: either. */
        final int holiday;
        final long from;
        final long until;
        /** -1: no load condition. */
        final int queueWaitAbove;
        /** For a load condition: whose queue's reported wait counts (the rule's schedule's center, else the next routing's). */
        final String queueOf;
        /** For ROUTE_TO_CENTER: by area index, when a contract (or the own town) lets the center take it. */
        final Timeline[] served;
        final ActionType action;
        final String target;
        final String targetNumber;
        final String serviceCenter;
        final AnnouncementKind announcement;
        final String text;
        final String prompt;
        final String description;

        Rule(int position, String name, boolean[] areas, TimeCheck schedule, boolean scheduleOpen, int holiday,
             long from, long until, int queueWaitAbove, String queueOf, Timeline[] served, ActionType action, String target,
             String targetNumber, String serviceCenter, AnnouncementKind announcement, String text, String prompt,
             String description) {
            this.position = position;
            this.name = name;
            this.areas = areas;
            this.schedule = schedule;
            this.scheduleOpen = scheduleOpen;
            this.holiday = holiday;
            this.from = from;
            this.until = until;
            this.queueWaitAbove = queueWaitAbove;
            this.queueOf = queueOf;
            this.served = served;
            this.action = action;
            this.target = target;
            this.targetNumber = targetNumber;
            this.serviceCenter = serviceCenter;
            this.announcement = announcement;
            this.text = text;
            this.prompt = prompt;
            this.description = description;
        }

        boolean holds(Option option, long at, Integer queueWait, QueueWaits waits, Town town) {
            if (areas != null && !areas[option.area]) {
                return false;
            }
            if (at < from || at >= until) {
                return false;
            }
            if (queueWaitAbove >= 0) {
                Integer wait = queueWait != null || queueOf == null ? queueWait
                        : waits.secondsAt(queueOf, option.areaCode, at);
                if (wait == null || wait <= queueWaitAbove) {
                    return false;
                }
            }
            if (schedule != null && schedule.isOn(at) != scheduleOpen) {
                return false;
            }
            return holiday == 0 || town.holidays.isOn(at) == (holiday > 0);
        }

        Decision decide(Town town, Option option, boolean menuDefault, long at, int skipped, String menuText) {
            boolean routed = action == ActionType.ROUTE_TO_CENTER || action == ActionType.ROUTE_TO_NUMBER;
            String holidayName = holiday != 0 || announcement == AnnouncementKind.HOLIDAY ? town.holidays.labelAt(at) : null;
            String spoken = announcement == AnnouncementKind.HOLIDAY ? holidayName : text;
            return new Decision(town.id, option.areaCode, action, target, targetNumber, serviceCenter, announcement,
                    spoken, prompt, routed ? option.tag : null, position, name,
                    new Decision.Why(menuText, menuDefault, description, holidayName, skipped));
        }
    }
}
