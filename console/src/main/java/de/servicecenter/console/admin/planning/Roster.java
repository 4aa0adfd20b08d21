package de.servicecenter.console.admin.planning;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded roster's text. Spreadsheets save CSV as UTF-8 (with or without a byte order mark) or, Excel on
 * German Windows, as Windows-1252: a file that is not valid UTF-8 is read as Windows-1252, so that a stray umlaut in
 * a comment column does not turn into a refusal of the whole plan.
 */
final class Roster {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Roster() {
    }

    static String text(Path file) throws IOException {
        return text(Files.readAllBytes(file));
    }

    static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
