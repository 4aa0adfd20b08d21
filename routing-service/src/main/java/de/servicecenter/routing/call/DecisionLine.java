package de.servicecenter.routing.call;

import de.servicecenter.routing.decision.Fallback;
import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.AnnouncementKind;
import de.servicecenter.routing.ruleset.Prompts;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A decision as one line a SIP proxy's script can read without a JSON parser: {@code name=value} pairs separated by
 * {@code ;}, like the parameters of a SIP URI (Kamailio reads one with {@code $(var(line){param.value,town})}). Values
 * are percent-encoded (UTF-8, RFC 3986) where they hold anything but letters, digits and {@code +-._~:@/!*'(),} — in
 * practice only {@code text} and {@code reason}. Pairs without a value are left out; readers ignore names they do not
 * know, so that names can be added.
 *
 * <pre>
 * result=route;town=castrop-rauxel;area=buergerbuero;center=servicecenter-bochum;sip=sip:castrop-rauxel@…;e164=+49…;rule=4;menu=key;cached=0;call=4711
 * result=announce;town=castrop-rauxel;area=zentrale;prompt=holiday;reply=480;text=Heute%20ist%20Karfreitag…;rule=1;menu=no-key;cached=0
 * result=refuse;reason=unknown-number;prompt=unknown-number;reply=404;text=Diese%20Rufnummer…;number=+4923050000
 * result=invalid;field=number;reason=may%20hold%20only%20digits…;reply=484
 * </pre>
 *
 * {@code result} is one of {@code route} (connect to {@code sip}, or {@code e164} across the public network),
 * {@code announce}, {@code callback}, {@code voicemail}, {@code refuse} (unknown number) and {@code invalid} (a
 * parameter is not readable; {@code field} names it). {@code reply} is the final response a proxy answers with
 * when it does not connect: 480 (closed, holiday, info, callback), 486 (overload), 404 (unknown number), 484 (no
 * readable number), 500 (any other parameter — a fault of the phone system, not of the caller). {@code menu} says
 * how the area was chosen: {@code key}, {@code no-key} or {@code key-not-offered} (the menu's default area for both).
 */
final class DecisionLine {

    static final MediaType MEDIA_TYPE = MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8");

    /**
     * Texts as encoded once: the prompts' German sentences are few (the standard ones, the holidays' names, the towns'
     * INFO texts) and long, and encoding them would otherwise be the line's main cost. Bounded all the same.
     */
    private static final Map<String, String> ENCODED_TEXTS = new ConcurrentHashMap<>();
    private static final int MAX_ENCODED_TEXTS = 1_000;

    private final StringBuilder line = new StringBuilder(200);

    private DecisionLine() {
    }

    /** A line that starts with this pair. */
    private DecisionLine(String name, String value) {
        line.append(name).append('=');
        encode(value);
    }

    static String of(DecisionResponse decision, String key) {
        DecisionLine line = new DecisionLine("result", switch (decision.action()) {
            case ROUTE_TO_CENTER, ROUTE_TO_NUMBER -> "route";
            case ANNOUNCEMENT -> "announce";
            case CALLBACK_OFFER -> "callback";
            case VOICEMAIL -> "voicemail";
        });
        line.put("town", decision.town()).put("area", decision.serviceArea())
                .put("leika", decision.tag() == null ? null : decision.tag().leikaKey())
                .put("center", decision.serviceCenter());
        if (decision.target() != null && decision.target().startsWith("sip")) {
            line.put("sip", decision.target());
        }
        line.put("e164", decision.targetNumber()).put("prompt", decision.prompt());
        if (decision.prompt() != null && decision.action() != ActionType.VOICEMAIL) {
            line.put("reply", decision.announcement() == AnnouncementKind.OVERLOAD ? "486" : "480");
        }
        return line.putEncoded("text", encodedText(decision.promptText())).put("rule", Integer.toString(decision.rule()))
                .put("menu", !decision.menuDefault() ? "key" : key == null ? "no-key" : "key-not-offered")
                .put("cached", decision.fromCache() ? "1" : "0").put("call", decision.callId()).end();
    }

    static String unknownNumber(String number, String callId) {
        return new DecisionLine("result", "refuse").put("reason", "unknown-number").put("prompt", Prompts.UNKNOWN_NUMBER)
                .put("reply", "404").putEncoded("text", encodedText(Prompts.germanText(Prompts.UNKNOWN_NUMBER)))
                .put("number", number).put("call", callId).end();
    }

    static String invalid(String field, String reason, String callId) {
        return new DecisionLine("result", "invalid").put("field", field).put("reason", reason)
                .put("reply", "number".equals(field) ? "484" : "500").put("call", callId).end();
    }

    /** One entry point's fallback, as a line of the list the proxy keeps for outages. */
    static String of(Fallback fallback) {
        DecisionLine line = new DecisionLine("number", fallback.number()).put("town", fallback.town());
        if (fallback.target() != null && fallback.target().startsWith("sip")) {
            line.put("sip", fallback.target()).put("e164", fallback.targetNumber());
        } else {
            line.put("e164", fallback.target());
        }
        return line.put("rule", Integer.toString(fallback.rule())).end();
    }

    private DecisionLine put(String name, String value) {
        if (value != null) {
            line.append(';').append(name).append('=');
            encode(value);
        }
        return this;
    }

    private DecisionLine putEncoded(String name, String encodedValue) {
        if (encodedValue != null) {
            line.append(';').append(name).append('=').append(encodedValue);
        }
        return this;
    }

    private static String encodedText(String text) {
        if (text == null) {
            return null;
        }
        String encoded = ENCODED_TEXTS.get(text);
        if (encoded == null) {
            DecisionLine scratch = new DecisionLine();
            scratch.encode(text);
            encoded = scratch.line.toString();
            if (ENCODED_TEXTS.size() < MAX_ENCODED_TEXTS) {
                ENCODED_TEXTS.put(text, encoded);
            }
        }
        return encoded;
    }

    private String end() {
        return line.append('\n').toString();
    }

    private void encode(String value) {
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "+-._~:@/!*'(),".indexOf(c) >= 0)) {
                line.append((char) c);
            } else {
                line.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
    }
}
