package de.servicecenter.console.desk;

import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A call as the desktop carries it from page to page, in the query string: what the phone system popped (call id,
 * dialled number, key), when the call arrived at the desk, the articles used so far and the search in progress.
 * Unreadable values are dropped, never echoed.
 */
public class CallContext {

    /** SIP Call-IDs and the like: what routing-service records under (letters, digits, a few separators). */
    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9@.:_+~-]{1,128}");
    private static final Pattern NUMBER = Pattern.compile("[+0-9 ()/-]{3,32}");
    private static final Pattern KEY = Pattern.compile("[0-9*#]{1,4}");

    @QueryParam("callId")
    String callId;

    @QueryParam("number")
    String number;

    @QueryParam("key")
    String key;

    @QueryParam("arrived")
    String arrived;

    @QueryParam("used")
    List<String> used = new ArrayList<>();

    @QueryParam("q")
    String query;

    @QueryParam("area")
    String areaFilter;

    public Optional<String> callId() {
        return readable(callId, CALL_ID);
    }

    public Optional<String> number() {
        return readable(number, NUMBER).map(String::strip);
    }

    public Optional<String> key() {
        return readable(key, KEY);
    }

    public boolean popped() {
        return callId().isPresent() || number().isPresent();
    }

    /** When the call reached the desk: as carried along, else now (the first page of the call). */
    public OffsetDateTime arrivedAt(OffsetDateTime now) {
        try {
            return arrived == null ? now : OffsetDateTime.parse(arrived);
        } catch (RuntimeException unreadable) {
            return now;
        }
    }

    /** The articles marked as used for this call, in the order they were marked. */
    public Set<UUID> used() {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : used) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException unreadable) {
                // a hand-edited URL: ignored
            }
        }
        return ids;
    }

    public Optional<String> query() {
        return Optional.ofNullable(query).map(String::strip).filter(q -> !q.isEmpty())
                .map(q -> q.length() > 200 ? q.substring(0, 200) : q);
    }

    public Optional<String> areaFilter() {
        return readable(areaFilter, Pattern.compile("[a-z0-9-]{1,64}"));
    }

    /**
     * The query string that carries this call on: with {@code arrivedAt} fixed, {@code alsoUsed} added to the
     * articles used, and the search kept when {@code withSearch}.
     */
    public String carried(OffsetDateTime arrivedAt, UUID alsoUsed, boolean withSearch) {
        StringBuilder query = new StringBuilder();
        for (Param param : params(arrivedAt, alsoUsed, withSearch)) {
            query.append(query.isEmpty() ? "" : "&").append(param.name()).append('=')
                    .append(URLEncoder.encode(param.value(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** The same as name/value pairs: the hidden fields of a form that carries the call on. */
    public List<Param> params(OffsetDateTime arrivedAt, UUID alsoUsed, boolean withSearch) {
        List<Param> params = new ArrayList<>();
        callId().ifPresent(id -> params.add(new Param("callId", id)));
        number().ifPresent(n -> params.add(new Param("number", n)));
        key().ifPresent(k -> params.add(new Param("key", k)));
        params.add(new Param("arrived", arrivedAt.toString()));
        Set<UUID> articles = new LinkedHashSet<>(used());
        if (alsoUsed != null) {
            articles.add(alsoUsed);
        }
        articles.forEach(id -> params.add(new Param("used", id.toString())));
        if (withSearch) {
            query().ifPresent(q -> params.add(new Param("q", q)));
            areaFilter().ifPresent(a -> params.add(new Param("area", a)));
        }
        return params;
    }

    public record Param(String name, String value) {
    }

    private static Optional<String> readable(String value, Pattern pattern) {
        return Optional.ofNullable(value).filter(v -> pattern.matcher(v).matches());
    }
}
