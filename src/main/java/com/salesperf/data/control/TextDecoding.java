package com.salesperf.data.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a CSV file into text. UTF-8, with or without a byte order mark, is accepted. A
 * file that is not valid UTF-8 but decodes as GB18030 (what Chinese Excel writes for "CSV") is
 * refused with a message saying how to save it as UTF-8: guessing an encoding could store wrong
 * names without anyone noticing, and a refusal loses nothing.
 */
public final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {}

    public static String decode(byte[] bytes) {
        int offset = hasBom(bytes) ? BOM.length : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return strict(StandardCharsets.UTF_8).decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            if (decodesAs(GB18030, bytes)) {
                throw ImportRefusedException.ofFile(422, "import.error.gbk");
            }
            throw ImportRefusedException.ofFile(422, "import.error.encoding");
        }
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static boolean decodesAs(Charset charset, byte[] bytes) {
        try {
            strict(charset).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
