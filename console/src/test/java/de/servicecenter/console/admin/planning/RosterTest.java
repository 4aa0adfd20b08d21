package de.servicecenter.console.admin.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final String ROSTER = "date;start;agents;Bemerkung\n2026-12-07;08:00;6;Schulung Müller\n";

    @Test
    void readsUtf8AsSpreadsheetsSaveIt() {
        assertThat(Roster.text(ROSTER.getBytes(StandardCharsets.UTF_8))).isEqualTo(ROSTER);
    }

    @Test
    void readsExcelsWindows1252WhenTheFileIsNoUtf8() {
        assertThat(Roster.text(ROSTER.getBytes(Charset.forName("windows-1252")))).isEqualTo(ROSTER);
    }
}
