package de.servicecenter.routing.ruleset;

/**
 * The recorded prompts a phone system plays instead of connecting a call: a stable id for each, which the phone
 * system maps to its audio file, and the German text the recording says — for systems that speak text
 * (text-to-speech) and for people reading a trace. Ids never change meaning; a town's own INFO prompt gets an id of
 * its own in the rule.
 */
public final class Prompts {

    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";
    public static final String ID_MESSAGE = "must be 1 to 40 lower-case letters, digits or hyphens, starting with a "
            + "letter or digit";

    public static final String CALLBACK = "callback";
    public static final String VOICEMAIL = "voicemail";
    public static final String UNKNOWN_NUMBER = "unknown-number";

    private Prompts() {
    }

    /** The standard prompt of an announcement kind. */
    public static String idOf(AnnouncementKind kind) {
        return switch (kind) {
            case CLOSED -> "closed";
            case HOLIDAY -> "holiday";
            case OVERLOAD -> "overload";
            case INFO -> "info";
        };
    }

    /**
     * What the prompt says.
     *
     * @param detail the holiday's name for HOLIDAY, the rule's text for INFO; else ignored
     */
    public static String germanText(AnnouncementKind kind, String detail) {
        return switch (kind) {
            case CLOSED -> "Sie rufen außerhalb unserer Servicezeiten an. Bitte rufen Sie während der Servicezeiten "
                    + "wieder an.";
            case HOLIDAY -> (detail == null ? "Heute ist ein gesetzlicher Feiertag." : "Heute ist " + detail
                    + ", ein gesetzlicher Feiertag.") + " Bitte rufen Sie am nächsten Werktag wieder an.";
            case OVERLOAD -> "Zurzeit sind alle Leitungen belegt. Bitte rufen Sie später wieder an.";
            case INFO -> detail;
        };
    }

    /** What the callback, voicemail and unknown-number prompts say. */
    public static String germanText(String id) {
        return switch (id) {
            case CALLBACK -> "Zurzeit sind alle Leitungen belegt. Wir rufen Sie gern zurück.";
            case VOICEMAIL -> "Bitte hinterlassen Sie eine Nachricht nach dem Signalton.";
            case UNKNOWN_NUMBER -> "Diese Rufnummer ist nicht vergeben.";
            default -> throw new IllegalArgumentException("no standard prompt " + id);
        };
    }
}
