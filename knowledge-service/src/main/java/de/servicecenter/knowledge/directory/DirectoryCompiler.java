package de.servicecenter.knowledge.directory;

import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.knowledge.directory.DirectoryDocument.Absence;
import de.servicecenter.knowledge.directory.DirectoryDocument.ContactPoint;
import de.servicecenter.knowledge.directory.DirectoryDocument.Criteria;
import de.servicecenter.knowledge.directory.DirectoryDocument.Responsibility;
import de.servicecenter.knowledge.directory.DirectoryDocument.Unit;
import de.servicecenter.openinghours.InvalidScheduleException;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.ScheduleCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a directory document as a whole and turns it into a {@link Directory}, or names every mistake with the
 * path of its field — so that a town's import is all or nothing, and the town fixes everything in one go.
 */
final class DirectoryCompiler {

    static final int MAX_ENTRIES = 5_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern MAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    /** Also what the transfer's parameters must look like (DirectoryResource). */
    static final Pattern LEIKA = Pattern.compile("[0-9]{14}");
    static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern INITIAL = Pattern.compile("[A-Z]");
    private static final Set<String> KINDS = Set.of("FACHBEREICH", "AMT", "ABTEILUNG", "SACHGEBIET");

    private final List<FieldError> errors = new ArrayList<>();

    private DirectoryCompiler() {
    }

    /** The result: a directory, or every mistake. */
    record Compiled(Optional<Directory> directory, List<FieldError> errors) {
    }

    /**
     * @param knownArea whether a service area exists in the platform's catalog
     */
    static Compiled compile(DirectoryDocument document, Predicate<String> knownArea) {
        DirectoryCompiler compiler = new DirectoryCompiler();
        Directory directory = compiler.check(document, knownArea);
        return compiler.errors.isEmpty() ? new Compiled(Optional.of(directory), List.of())
                : new Compiled(Optional.empty(), List.copyOf(compiler.errors));
    }

    private void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    private Directory check(DirectoryDocument document, Predicate<String> knownArea) {
        if (document.centralNumber() == null || !PHONE.matcher(document.centralNumber()).matches()) {
            reject("centralNumber", "must be the town's central number in E.164 (e.g. +4923051060)");
        }
        List<Unit> units = list(document.organisationUnits(), "organisationUnits");
        List<ContactPoint> contacts = list(document.contactPoints(), "contactPoints");
        List<Responsibility> responsibilities = list(document.responsibilities(), "responsibilities");
        List<Absence> absences = list(document.absences(), "absences");

        Map<String, Unit> unitsById = new LinkedHashMap<>();
        Map<String, Schedule> hours = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String path = "organisationUnits[" + i + "].";
            if (id(unit.id(), path + "id") && unitsById.putIfAbsent(unit.id(), unit) != null) {
                reject(path + "id", "'" + unit.id() + "' is already the id of another unit");
            }
            if (unit.kind() == null || !KINDS.contains(unit.kind())) {
                reject(path + "kind", "must be one of " + String.join(", ", KINDS.stream().sorted().toList()));
            }
            text(unit.name(), path + "name", true);
            optional(unit.phone(), PHONE, path + "phone", "must be a phone number in E.164 (e.g. +492305106333)");
            optional(unit.mailbox(), MAIL, path + "mailbox", "must be an e-mail address");
            text(unit.room(), path + "room", false);
            if (unit.hours() != null) {
                try {
                    hours.put(unit.id(), ScheduleCompiler.compile(unit.hours()));
                } catch (InvalidScheduleException e) {
                    e.violations().forEach(violation -> reject(path + "hours." + violation.path(), violation.message()));
                }
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.parent() != null && !unitsById.containsKey(unit.parent())) {
                reject("organisationUnits[" + i + "].parent", "'" + unit.parent() + "' is no unit of this directory");
            } else if (unit.parent() != null && circular(unit, unitsById)) {
                reject("organisationUnits[" + i + "].parent", "'" + unit.id() + "' would be its own parent's parent");
            }
        }

        Map<String, ContactPoint> contactsById = new LinkedHashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            ContactPoint contact = contacts.get(i);
            String path = "contactPoints[" + i + "].";
            if (id(contact.id(), path + "id") && contactsById.putIfAbsent(contact.id(), contact) != null) {
                reject(path + "id", "'" + contact.id() + "' is already the id of another contact point");
            }
            unit(contact.unit(), unitsById, path + "unit", true);
            text(contact.function(), path + "function", true);
            text(contact.personName(), path + "personName", false);
            optional(contact.phone(), PHONE, path + "phone", "must be a phone number in E.164 (e.g. +492305106341)");
            optional(contact.mail(), MAIL, path + "mail", "must be an e-mail address");
        }

        for (int i = 0; i < responsibilities.size(); i++) {
            Responsibility responsibility = responsibilities.get(i);
            String path = "responsibilities[" + i + "].";
            if (responsibility.serviceArea() == null || !knownArea.test(responsibility.serviceArea())) {
                reject(path + "serviceArea", "'" + responsibility.serviceArea() + "' is not a service area");
            }
            optional(responsibility.leikaKey(), LEIKA, path + "leikaKey", "must be a LeiKa key of 14 digits");
            boolean unitKnown = unit(responsibility.unit(), unitsById, path + "unit", true);
            if (responsibility.contactPoint() != null) {
                ContactPoint contact = contactsById.get(responsibility.contactPoint());
                if (contact == null) {
                    reject(path + "contactPoint", "'" + responsibility.contactPoint() + "' is no contact point of this "
                            + "directory");
                } else if (unitKnown && !contact.unit().equals(responsibility.unit())) {
                    reject(path + "contactPoint", "'" + contact.id() + "' belongs to '" + contact.unit() + "', not to '"
                            + responsibility.unit() + "'");
                }
            }
            criteria(responsibility.criteria(), path + "criteria.");
        }

        for (int i = 0; i < absences.size(); i++) {
            Absence absence = absences.get(i);
            String path = "absences[" + i + "].";
            if ((absence.contactPoint() == null) == (absence.unit() == null)) {
                reject(path + "contactPoint", "name either the contact point or the unit that is absent");
            } else if (absence.contactPoint() != null && !contactsById.containsKey(absence.contactPoint())) {
                reject(path + "contactPoint", "'" + absence.contactPoint() + "' is no contact point of this directory");
            } else {
                unit(absence.unit(), unitsById, path + "unit", false);
            }
            if (absence.from() == null) {
                reject(path + "from", "is required");
            }
            if (absence.until() == null) {
                reject(path + "until", "is required");
            } else if (absence.from() != null && !absence.until().isAfter(absence.from())) {
                reject(path + "until", "must be after from");
            }
            if (absence.substituteContactPoint() != null && absence.substituteUnit() != null) {
                reject(path + "substituteUnit", "name one substitute: a contact point or a unit");
            } else if (absence.substituteContactPoint() != null) {
                if (!contactsById.containsKey(absence.substituteContactPoint())) {
                    reject(path + "substituteContactPoint", "'" + absence.substituteContactPoint()
                            + "' is no contact point of this directory");
                } else if (absence.substituteContactPoint().equals(absence.contactPoint())) {
                    reject(path + "substituteContactPoint", "cannot stand in for itself");
                }
            } else if (absence.substituteUnit() != null) {
                if (unit(absence.substituteUnit(), unitsById, path + "substituteUnit", false)
                        && absence.substituteUnit().equals(absence.unit())) {
                    reject(path + "substituteUnit", "cannot stand in for itself");
                }
            }
        }
        return new Directory(document.centralNumber(), unitsById, hours, contactsById, responsibilities, absences);
    }

    private <T> List<T> list(List<T> entries, String field) {
        if (entries == null) {
            return List.of();
        }
        if (entries.size() > MAX_ENTRIES) {
            reject(field, "at most " + MAX_ENTRIES + " entries");
            return List.of();
        }
        boolean complete = true;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                reject(field + "[" + i + "]", "must not be null");
                complete = false;
            }
        }
        // with a gap, the entries' paths would point elsewhere: the list is checked once the gaps are gone
        return complete ? entries : List.of();
    }

    private boolean id(String id, String field) {
        if (id == null || id.length() > 63 || !ID.matcher(id).matches()) {
            reject(field, "must be an id of lower-case letters, digits and single hyphens, at most 63 characters");
            return false;
        }
        return true;
    }

    private void text(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "is required");
            }
        } else if (value.length() > 200) {
            reject(field, "at most 200 characters");
        }
    }

    private void optional(String value, Pattern pattern, String field, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            reject(field, message);
        }
    }

    private boolean unit(String id, Map<String, Unit> units, String field, boolean required) {
        if (id == null) {
            if (required) {
                reject(field, "is required");
            }
            return false;
        }
        if (!units.containsKey(id)) {
            reject(field, "'" + id + "' is no unit of this directory");
            return false;
        }
        return true;
    }

    private static boolean circular(Unit unit, Map<String, Unit> units) {
        Set<String> seen = new HashSet<>();
        String current = unit.id();
        while (current != null && units.containsKey(current)) {
            if (!seen.add(current)) {
                return true;
            }
            current = units.get(current).parent();
        }
        return false;
    }

    private void criteria(Criteria criteria, String path) {
        if (criteria == null) {
            return;
        }
        boolean from = criteria.surnameFrom() != null;
        boolean to = criteria.surnameTo() != null;
        if (from != to) {
            reject(path + (from ? "surnameTo" : "surnameFrom"), "a surname range needs both ends (e.g. A and K)");
        }
        if (from && !INITIAL.matcher(criteria.surnameFrom()).matches()) {
            reject(path + "surnameFrom", "must be one letter A–Z");
        }
        if (to && !INITIAL.matcher(criteria.surnameTo()).matches()) {
            reject(path + "surnameTo", "must be one letter A–Z");
        }
        if (from && to && INITIAL.matcher(criteria.surnameFrom()).matches()
                && INITIAL.matcher(criteria.surnameTo()).matches()
                && criteria.surnameFrom().compareTo(criteria.surnameTo()) > 0) {
            reject(path + "surnameTo", "must not come before surnameFrom");
        }
        List<String> codes = criteria.postalCodes() == null ? List.of() : criteria.postalCodes();
        for (int i = 0; i < codes.size(); i++) {
            optional(codes.get(i) == null ? "" : codes.get(i), POSTAL_CODE, path + "postalCodes[" + i + "]",
                    "must be a postal code of 5 digits");
        }
        List<String> streets = criteria.streets() == null ? List.of() : criteria.streets();
        for (int i = 0; i < streets.size(); i++) {
            text(streets.get(i), path + "streets[" + i + "]", true);
        }
    }
}
