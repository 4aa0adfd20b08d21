package de.servicecenter.knowledge.directory;

import de.servicecenter.openinghours.definition.ScheduleDefinition;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A town's directory as it is imported and exported: one document, replaced as a whole. The names follow XZuFi 2.2
 * (Organisationseinheit, Kommunikation, Zuständigkeit, Ansprechpunkt), so that it can later be exchanged with the
 * portal registries. Deliberately loose (strings, nulls allowed): {@link DirectoryCompiler} names every mistake by
 * its field path, all at once.
 *
 * @param centralNumber the town's switchboard (Zentralrufnummer): where a call goes when no one responsible answers
 */
@Schema(name = "Directory", description = "A town's directory: organisation units, contact points, "
        + "responsibilities and absences (after XZuFi 2.2), imported and exported as a whole")
public record DirectoryDocument(
        @Schema(example = "+4923051060", description = "The town's central number (E.164): the fallback")
        String centralNumber,
        @Schema(description = "Fachbereiche, Ämter, Abteilungen; a unit names its parent by id")
        List<Unit> organisationUnits,
        @Schema(description = "Functions (and persons, where the town shows names) within the units")
        List<ContactPoint> contactPoints,
        @Schema(description = "Who is responsible for which service, tried in order: the first that matches wins")
        List<Responsibility> responsibilities,
        @Schema(description = "Absences of contact points or units, with their substitute")
        List<Absence> absences) {

    /** As stored and exported: every list present, empty where none was sent. */
    DirectoryDocument withEmptyLists() {
        return new DirectoryDocument(centralNumber, orEmpty(organisationUnits), orEmpty(contactPoints),
                orEmpty(responsibilities), orEmpty(absences));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** An organisation unit (XZuFi Organisationseinheit). */
    public record Unit(
            @Schema(example = "standesamt", description = "The town's own id, unique in its directory") String id,
            @Schema(example = "AMT", description = "FACHBEREICH, AMT, ABTEILUNG or SACHGEBIET") String kind,
            @Schema(example = "Standesamt", description = "The unit's name as citizens know it") String name,
            @Schema(nullable = true, example = "fb-buergerdienste", description = "The parent unit's id") String parent,
            @Schema(nullable = true, example = "+492305106333", description = "Phone (E.164), extension included")
            String phone,
            @Schema(nullable = true, example = "standesamt@castrop-rauxel.de", description = "Functional mailbox")
            String mailbox,
            @Schema(nullable = true, example = "Rathaus, Europaplatz 1, Zimmer 104", description = "Where it is")
            String room,
            @Schema(nullable = true, description = "When the unit answers the phone, in the shape of the platform's "
                    + "schedules (tenant-service); without: always, holidays included")
            ScheduleDefinition hours) {
    }

    /**
     * A contact point (XZuFi Ansprechpunkt): a function, optionally with a person's name. Names are personal data:
     * the town decides whether the hosts' agents see them.
     */
    public record ContactPoint(
            @Schema(example = "standesamt-a-k", description = "The town's own id, unique among contact points") String id,
            @Schema(example = "standesamt", description = "The unit it belongs to") String unit,
            @Schema(example = "Geburten und Eheschließungen, Namen A–K", description = "What the contact point does")
            String function,
            @Schema(nullable = true, example = "Frau Beispiel", description = "A person's name, if the town shows one")
            String personName,
            @Schema(nullable = true, example = "true", description = "Whether agents of the hosts under contract "
                    + "see the name (else only the town's own people); default false")
            Boolean nameVisibleToHosts,
            @Schema(nullable = true, example = "+492305106341", description = "Phone (E.164); else the unit's")
            String phone,
            @Schema(nullable = true, example = "geburten@castrop-rauxel.de", description = "E-mail; else the unit's mailbox")
            String mail) {
    }

    /** A responsibility (XZuFi Zuständigkeit): a service or an area, optionally narrowed by criteria. */
    public record Responsibility(
            @Schema(nullable = true, example = "99120008001000", description = "LeiKa key of the service; "
                    + "without: any service of the area") String leikaKey,
            @Schema(example = "standesamt", description = "The service area it belongs to") String serviceArea,
            @Schema(example = "standesamt", description = "The responsible unit") String unit,
            @Schema(nullable = true, example = "standesamt-a-k", description = "The contact point within it")
            String contactPoint,
            @Schema(nullable = true, description = "Narrowing criteria; all given must match") Criteria criteria) {
    }

    /**
     * Criteria towns really use: the initial letter of the citizen's surname (a range, as "A–K"), the postal code,
     * the street.
     */
    public record Criteria(
            @Schema(nullable = true, example = "A", description = "First initial of the range (A–Z)") String surnameFrom,
            @Schema(nullable = true, example = "K", description = "Last initial of the range (A–Z)") String surnameTo,
            @Schema(nullable = true, example = "[\"44575\", \"44577\"]", description = "Postal codes (any of them)")
            List<String> postalCodes,
            @Schema(nullable = true, example = "[\"Europaplatz\", \"Widumer Straße\"]", description = "Streets (any "
                    + "of them), compared as town halls write them: Straße, Str. and Strasse alike")
            List<String> streets) {
    }

    /** An absence of a contact point or a unit, with whom to put callers through to instead. */
    public record Absence(
            @Schema(nullable = true, example = "standesamt-a-k", description = "The contact point absent") String contactPoint,
            @Schema(nullable = true, example = "standesamt", description = "Or the unit absent (all of it)") String unit,
            @Schema(example = "2026-12-07T00:00:00+01:00", description = "First instant of the absence") OffsetDateTime from,
            @Schema(example = "2026-12-12T00:00:00+01:00", description = "First instant back (exclusive end)")
            OffsetDateTime until,
            @Schema(nullable = true, example = "standesamt-l-z", description = "The contact point standing in")
            String substituteContactPoint,
            @Schema(nullable = true, example = "fb-buergerdienste", description = "Or the unit standing in")
            String substituteUnit) {
    }
}
