package de.servicecenter.commons.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicecenter.commons.phone.PhoneNumbers.InvalidPhoneNumberException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ways PBXs and SIP proxies write the town-hall numbers of the network, all read as the same E.164 number. */
class PhoneNumbersTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "+4923051060|+4923051060",        // E.164 as stored
            "+49 2305 106-0|+4923051060",     // as printed on the town's letterhead
            "+49 (2305) 106-0|+4923051060",
            " 4923051060|+4923051060",        // ?number=+4923051060 without URL-encoding: the + decoded to a space
            "004923051060|+4923051060",       // international prefix instead of +
            "4923051060|+4923051060",         // country code without + (sip:4923051060@…)
            "4920417030|+4920417030",         // Bottrop, not the 04920 area in Ostfriesland
            "020417030|+4920417030",          // national, with the area code and its 0
            "02041/703-0|+4920417030",
            "0234 910|+49234910",             // Bochum
            "+4915112345678|+4915112345678",  // a mobile
            "+12025550100|+12025550100",      // abroad stays abroad
    })
    void readsEveryFormAsE164(String text, String e164) {
        assertThat(PhoneNumbers.toE164(text)).isEqualTo(e164);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "''|is missing",
            "'   '|is missing",
            "0234-ABC|may hold only digits",
            "+49 2305 106-0 ext 12|may hold only digits",
            "+0123456789|starts with no country code",
            "12|is too short",
            "02|is too short",
            "+49 2|is too short",
            "+4923051060123456789|is too long",
            "123456789012345678901234567890123|is longer than 32 characters",
    })
    void namesWhyTextIsNoNumber(String text, String reason) {
        assertThatThrownBy(() -> PhoneNumbers.toE164(text))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void nullIsMissing() {
        assertThatThrownBy(() -> PhoneNumbers.toE164(null)).hasMessage("is missing");
    }
}
