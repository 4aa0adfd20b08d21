package de.servicecenter.knowledge.directory;

import de.servicecenter.knowledge.directory.DirectoryDocument.Absence;
import de.servicecenter.knowledge.directory.DirectoryDocument.ContactPoint;
import de.servicecenter.knowledge.directory.DirectoryDocument.Criteria;
import de.servicecenter.knowledge.directory.DirectoryDocument.Responsibility;
import de.servicecenter.knowledge.directory.DirectoryDocument.Unit;
import de.servicecenter.openinghours.OpeningStatus;
import de.servicecenter.openinghours.Schedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A town's checked directory (built by {@link DirectoryCompiler}), answering "put through to whom?": the
 * responsible unit or contact point for a service, narrowed by the caller's surname, postal code or street; whether
 * it answers now (its unit's hours, absences); else its substitute; else the town's central number.
 */
final class Directory {

    /** How far a chain of substitutes is followed (a substitute's substitute …): beyond, the central number. */
    private static final int MAX_SUBSTITUTIONS = 3;

    private final String centralNumber;
    private final Map<String, Unit> units;
    private final Map<String, Schedule> hours;
    private final Map<String, ContactPoint> contactPoints;
    private final List<Responsibility> responsibilities;
    private final List<Absence> absences;

    Directory(String centralNumber, Map<String, Unit> units, Map<String, Schedule> hours,
              Map<String, ContactPoint> contactPoints, List<Responsibility> responsibilities, List<Absence> absences) {
        this.centralNumber = centralNumber;
        // in the town's order, so that entries are found in the order the town lists them
        this.units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
        this.hours = Map.copyOf(hours);
        this.contactPoints = Collections.unmodifiableMap(new LinkedHashMap<>(contactPoints));
        this.responsibilities = List.copyOf(responsibilities);
        this.absences = List.copyOf(absences);
    }

    /** What an agent (or a PBX) knows about the caller's concern; all but the area optional. */
    record Concern(String serviceArea, String leikaKey, String surname, String postalCode, String street) {
    }

    /** A unit, or a contact point within it. */
    record Target(String unit, Optional<String> contactPoint) {

        static Target of(Responsibility responsibility) {
            return new Target(responsibility.unit(), Optional.ofNullable(responsibility.contactPoint()));
        }
    }

    /** How the answer was reached. */
    enum Route {
        /** the responsible unit or contact point answers now */
        RESPONSIBLE,
        /** the responsible one is absent; its substitute answers now */
        SUBSTITUTE,
        /** no one responsible answers now: the town's central number */
        CENTRAL_NUMBER
    }

    /**
     * @param responsible   who is responsible by the town's rules, if anyone is
     * @param putThroughTo  whom to put the caller through to now; empty when the central number is the answer
     * @param reasons       why, step by step (responsible one absent, unit closed …), for the agent
     * @param askFor        criteria the caller could still give that would find someone responsible
     * @param reachableFrom when closed: the next time the responsible one's unit answers
     */
    record Transfer(Route route, Optional<Target> responsible, Optional<Target> putThroughTo, String centralNumber,
                    List<String> reasons, List<String> askFor, Optional<Instant> reachableFrom) {
    }

    Optional<Unit> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    Optional<ContactPoint> contactPoint(String id) {
        return Optional.ofNullable(contactPoints.get(id));
    }

    String centralNumber() {
        return centralNumber;
    }

    /** A unit, or a contact point of it, found by words of its name, function or room. */
    record Entry(Unit unit, Optional<ContactPoint> contactPoint) {
    }

    /**
     * The units and contact points whose name, function or room hold every word of the query (as a word's start,
     * umlauts and case aside), among those responsible for an area the asker may see — at most {@code limit}.
     */
    List<Entry> find(String query, Predicate<String> visibleArea, int limit) {
        List<String> words = CitizenNames.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        Set<String> visibleUnits = new LinkedHashSet<>();
        Set<String> visibleContacts = new LinkedHashSet<>();
        for (Responsibility responsibility : responsibilities) {
            if (visibleArea.test(responsibility.serviceArea())) {
                visibleUnits.add(responsibility.unit());
                if (responsibility.contactPoint() != null) {
                    visibleContacts.add(responsibility.contactPoint());
                }
            }
        }
        List<Entry> found = new ArrayList<>();
        for (String unitId : visibleUnits) {
            Unit unit = units.get(unitId);
            if (CitizenNames.holdsAll(words, unit.name(), unit.room())) {
                found.add(new Entry(unit, Optional.empty()));
            }
            for (ContactPoint contact : contactPoints.values()) {
                if (contact.unit().equals(unitId) && CitizenNames.holdsAll(words, contact.function(), unit.name(),
                        contact.personName())) {
                    found.add(new Entry(unit, Optional.of(contact)));
                }
            }
        }
        return found.stream().limit(limit).toList();
    }

    /**
     * Whom to put a caller through to at {@code at}. Responsibilities for the concern's LeiKa service are tried
     * before those for its whole area, each group in the town's order; the first whose criteria all match wins.
     *
     * @param visibleArea whether the asker may see the directory's entries of an area (a host's agent: the areas
     *                    of its contract)
     */
    Transfer transfer(Concern concern, Instant at, Predicate<String> visibleArea) {
        List<String> reasons = new ArrayList<>();
        Set<String> askFor = new LinkedHashSet<>();
        Optional<Responsibility> found = responsible(concern, visibleArea, askFor);
        if (found.isEmpty()) {
            reasons.add(askFor.isEmpty() ? "no one is responsible for this concern in the directory"
                    : "the responsible one depends on what the caller has not said yet");
            return new Transfer(Route.CENTRAL_NUMBER, Optional.empty(), Optional.empty(), centralNumber, reasons,
                    List.copyOf(askFor), Optional.empty());
        }
        Target responsible = Target.of(found.get());
        Target candidate = responsible;
        for (int step = 0; step <= MAX_SUBSTITUTIONS; step++) {
            Optional<Absence> absence = absenceOf(candidate, at);
            if (absence.isEmpty()) {
                Optional<OpeningStatus> status = status(candidate.unit(), at);
                if (status.isEmpty() || status.get().open()) {
                    return new Transfer(step == 0 ? Route.RESPONSIBLE : Route.SUBSTITUTE, Optional.of(responsible),
                            Optional.of(candidate), centralNumber, reasons, List.copyOf(askFor), Optional.empty());
                }
                reasons.add(describe(candidate) + " is closed now");
                return new Transfer(Route.CENTRAL_NUMBER, Optional.of(responsible), Optional.empty(), centralNumber,
                        reasons, List.copyOf(askFor), status.get().nextOpening());
            }
            Optional<Target> substitute = substituteOf(absence.get());
            reasons.add(describe(candidate) + " is absent until " + absence.get().until().toInstant()
                    + substitute.map(s -> "; " + describe(s) + " stands in").orElse("; no substitute named"));
            if (substitute.isEmpty()) {
                break;
            }
            candidate = substitute.get();
        }
        return new Transfer(Route.CENTRAL_NUMBER, Optional.of(responsible), Optional.empty(), centralNumber, reasons,
                List.copyOf(askFor), Optional.empty());
    }

    private Optional<Responsibility> responsible(Concern concern, Predicate<String> visibleArea, Set<String> askFor) {
        if (!visibleArea.test(concern.serviceArea())) {
            return Optional.empty();
        }
        for (boolean forTheService : new boolean[] {true, false}) {
            for (Responsibility responsibility : responsibilities) {
                if (!responsibility.serviceArea().equals(concern.serviceArea())) {
                    continue;
                }
                boolean specific = responsibility.leikaKey() != null;
                if (forTheService != specific
                        || specific && !responsibility.leikaKey().equals(concern.leikaKey())) {
                    continue;
                }
                if (matches(responsibility.criteria(), concern, askFor)) {
                    return Optional.of(responsibility);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether every criterion given matches; a criterion the caller has not said yet is noted in askFor. */
    private static boolean matches(Criteria criteria, Concern concern, Set<String> askFor) {
        if (criteria == null) {
            return true;
        }
        boolean matches = true;
        if (criteria.surnameFrom() != null) {
            Optional<Character> initial = CitizenNames.initial(concern.surname());
            if (initial.isEmpty()) {
                askFor.add("surname");
                matches = false;
            } else if (initial.get() < criteria.surnameFrom().charAt(0) || initial.get() > criteria.surnameTo().charAt(0)) {
                matches = false;
            }
        }
        if (criteria.postalCodes() != null && !criteria.postalCodes().isEmpty()) {
            if (concern.postalCode() == null || concern.postalCode().isBlank()) {
                askFor.add("postalCode");
                matches = false;
            } else if (!criteria.postalCodes().contains(concern.postalCode().strip())) {
                matches = false;
            }
        }
        if (criteria.streets() != null && !criteria.streets().isEmpty()) {
            if (concern.street() == null || concern.street().isBlank()) {
                askFor.add("street");
                matches = false;
            } else if (criteria.streets().stream().noneMatch(street -> CitizenNames.sameStreet(street, concern.street()))) {
                matches = false;
            }
        }
        return matches;
    }

    /** The absence in force at {@code at} for the contact point, or for its whole unit. */
    private Optional<Absence> absenceOf(Target target, Instant at) {
        return absences.stream()
                .filter(absence -> !at.isBefore(absence.from().toInstant()) && at.isBefore(absence.until().toInstant()))
                .filter(absence -> target.contactPoint().isPresent() && target.contactPoint().get().equals(absence.contactPoint())
                        || absence.unit() != null && absence.unit().equals(target.unit()))
                .findFirst();
    }

    private Optional<Target> substituteOf(Absence absence) {
        if (absence.substituteContactPoint() != null) {
            ContactPoint substitute = contactPoints.get(absence.substituteContactPoint());
            return Optional.of(new Target(substitute.unit(), Optional.of(substitute.id())));
        }
        return Optional.ofNullable(absence.substituteUnit()).map(unit -> new Target(unit, Optional.empty()));
    }

    /** The unit's phone hours at that instant; empty when it keeps none (it always answers). */
    Optional<OpeningStatus> status(String unit, Instant at) {
        return Optional.ofNullable(hours.get(unit)).map(schedule -> schedule.statusAt(at));
    }

    private String describe(Target target) {
        return target.contactPoint().map(id -> "'" + contactPoints.get(id).function() + "'")
                .orElseGet(() -> "'" + units.get(target.unit()).name() + "'");
    }
}
