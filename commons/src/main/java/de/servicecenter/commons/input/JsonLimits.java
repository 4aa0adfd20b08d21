package de.servicecenter.commons.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSON request body may be, beyond being JSON. No body of this platform nests deeper than a handful of
 * levels or needs a number of more than a few dozen digits, so these limits sit far below Jackson's own (1,000
 * levels, 1,000 digits), where reading fails in ways nobody had mapped to an answer. A key that appears twice in
 * one object is refused: which of the two values counts is undefined (RFC 8259 §4), and a proxy or client that
 * checks the first while the service takes the last is how requests get smuggled.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    public static final int MAX_DEPTH = 32;
    public static final int MAX_NUMBER_DIGITS = 40;
    public static final int MAX_STRING_CHARACTERS = 1_000_000;

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) [\"']([^\"']*)[\"']");

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_DIGITS)
                .maxStringLength(MAX_STRING_CHARACTERS)
                .build());
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }

    /** The key a parse error names as appearing twice in one object, if that is what it is about. */
    public static Optional<String> duplicateKey(JsonParseException exception) {
        Matcher matcher = DUPLICATE.matcher(String.valueOf(exception.getOriginalMessage()));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Which limit a body broke, in words for the client. */
    public static String describe(StreamConstraintsException exception) {
        String message = String.valueOf(exception.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "The request body nests deeper than " + MAX_DEPTH + " levels.";
        } else if (message.contains("Number value length")) {
            return "The request body has a number with more than " + MAX_NUMBER_DIGITS + " digits.";
        } else if (message.contains("String value length")) {
            return "The request body has a string of more than " + MAX_STRING_CHARACTERS + " characters.";
        }
        return "The request body exceeds what the service reads.";
    }
}
