package de.servicecenter.contact.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicecenter.contact.privacy.FieldEncryption.Place;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldEncryptionTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final FieldEncryption encryption = new FieldEncryption(KEY);
    private final UUID row = UUID.fromString("0193a1d0-0000-7000-8000-000000000001");
    private final Place number = new Place("handoff.callback_number", row);

    @Test
    void aValueComesBackOnlyWhereItWasStored() {
        byte[] sealed = encryption.encrypt("+4923051234567", number).orElseThrow();

        assertThat(encryption.decrypt(sealed, number)).contains("+4923051234567");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("4923051234567");
        assertThatThrownBy(() -> encryption.decrypt(sealed, new Place("handoff.caller_name", row)))
                .as("moved to another column").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encryption.decrypt(sealed, new Place("handoff.callback_number", UUID.randomUUID())))
                .as("moved to another row").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameValueTwiceLooksDifferentAndAnyAlterationIsRefused() {
        byte[] first = encryption.encrypt("Frau Beispiel", number).orElseThrow();
        byte[] second = encryption.encrypt("Frau Beispiel", number).orElseThrow();
        assertThat(first).isNotEqualTo(second);

        byte[] altered = Arrays.copyOf(first, first.length);
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> encryption.decrypt(altered, number)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldEncryption("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII))
                .decrypt(first, number)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noValueStaysNoValueAndAShortKeyIsRefused() {
        assertThat(encryption.encrypt(null, number)).isEmpty();
        assertThat(encryption.decrypt(null, number)).isEmpty();
        assertThatThrownBy(() -> new FieldEncryption(new byte[16])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
