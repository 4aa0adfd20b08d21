package de.servicecenter.commons.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.regex.Pattern;

/**
 * Phone numbers as phone systems send them, brought to the one form the platform compares: E.164
 * ({@code +4923051060} for Castrop-Rauxel's Rathaus, 02305 106-0).
 *
 * <p>PBXs and SIP proxies write numbers in several ways, all accepted here:
 * <ul>
 *   <li>E.164 with its plus sign, also with spaces, dashes, slashes or brackets: {@code +49 2305 106-0};</li>
 *   <li>the plus sign lost on the way: a query parameter {@code ?number=+4923051060} that was not URL-encoded
 *       arrives as {@code " 4923051060"} (the form decoding turns {@code +} into a space);</li>
 *   <li>the international prefix instead of the plus: {@code 004923051060};</li>
 *   <li>the country code without plus, as SIP request URIs often carry it ({@code sip:4923051060@…});</li>
 *   <li>national with the area code and the trunk prefix 0: {@code 02305 1060} (Germany assumed).</li>
 * </ul>
 * Digits without plus or leading 0 are read as country code and number, never as a national number without its
 * 0 — {@code 4920417030} is Bottrop's {@code +4920417030}, not {@code +494920417030} in Ostfriesland.
 * Parsing and the plan of possible lengths per country come from libphonenumber, whose metadata follow the
 * numbering plans (the Bundesnetzagentur's for Germany).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil LIBRARY = PhoneNumberUtil.getInstance();
    private static final String HOME_REGION = "DE";
    /** What people put between digits; removed before reading. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\-/().]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int MAX_LENGTH = 32;
    private static final String NO_COUNTRY_CODE =
            "starts with no country code; give it in E.164 (+49…) or nationally with its 0 (02305…)";

    private PhoneNumbers() {
    }

    /**
     * The number in E.164.
     *
     * @throws InvalidPhoneNumberException naming in English why the text is no phone number
     */
    public static String toE164(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPhoneNumberException("is missing");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidPhoneNumberException("is longer than " + MAX_LENGTH + " characters");
        }
        // A leading space before digits is a plus sign that form decoding turned into a space.
        String plusRestored = text.length() > 1 && text.charAt(0) == ' ' && Character.isDigit(text.charAt(1))
                ? "+" + text.substring(1) : text.strip();
        String compact = PUNCTUATION.matcher(plusRestored).replaceAll("");
        boolean plus = compact.startsWith("+");
        String digits = plus ? compact.substring(1) : compact;
        if (!DIGITS.matcher(digits).matches()) {
            throw new InvalidPhoneNumberException("may hold only digits, after a leading + or 00");
        }
        if (plus) {
            return read("+" + digits);
        }
        if (digits.startsWith("00")) {
            return read("+" + digits.substring(2));
        }
        if (!digits.startsWith("0")) {
            return read("+" + digits); // the country code without its plus
        }
        if (digits.length() < 3) {
            throw new InvalidPhoneNumberException("is too short: give the area code with its leading 0, "
                    + "e.g. 02305 1060, or the number in E.164, e.g. +4923051060");
        }
        return read(digits);
    }

    /** E.164 of a number given internationally (with +) or nationally (with its 0), if its country has one such. */
    private static String read(String number) {
        Phonenumber.PhoneNumber parsed = parse(number);
        return switch (LIBRARY.isPossibleNumberWithReason(parsed)) {
            case IS_POSSIBLE, IS_POSSIBLE_LOCAL_ONLY -> LIBRARY.format(parsed, PhoneNumberFormat.E164);
            case INVALID_COUNTRY_CODE -> throw new InvalidPhoneNumberException(NO_COUNTRY_CODE);
            case TOO_SHORT -> throw new InvalidPhoneNumberException("is too short for a number in its country");
            case TOO_LONG -> throw new InvalidPhoneNumberException("is too long for a number in its country");
            case INVALID_LENGTH -> throw new InvalidPhoneNumberException("has a length no number in its country has");
        };
    }

    private static Phonenumber.PhoneNumber parse(String number) {
        try {
            return LIBRARY.parse(number, HOME_REGION);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException(switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> NO_COUNTRY_CODE;
                // Only digits reach the library, so "not a number" means too few of them.
                case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD, NOT_A_NUMBER -> "is too short for a phone number";
                case TOO_LONG -> "is too long for a phone number";
            });
        }
    }

    /** The text is no phone number; the message says why, to be named with the field. */
    public static final class InvalidPhoneNumberException extends IllegalArgumentException {

        InvalidPhoneNumberException(String reason) {
            super(reason);
        }
    }
}
