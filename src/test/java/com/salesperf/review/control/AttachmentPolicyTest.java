package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    @Test
    void acceptsPdfPngAndJpegByTheirFirstBytes() {
        assertThat(AttachmentPolicy.check("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(
                        AttachmentPolicy.check(
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .isEmpty();
        assertThat(AttachmentPolicy.check(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1}))
                .isEmpty();
    }

    @Test
    void refusesOtherTypesWhateverTheirName() {
        assertThat(AttachmentPolicy.check("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(AttachmentPolicy.Problem.TYPE);
        assertThat(AttachmentPolicy.check("<script>".getBytes(StandardCharsets.US_ASCII)))
                .contains(AttachmentPolicy.Problem.TYPE);
    }

    @Test
    void refusesEmptyAndTooLargeFiles() {
        assertThat(AttachmentPolicy.check(new byte[0])).contains(AttachmentPolicy.Problem.EMPTY);
        byte[] big = new byte[AttachmentPolicy.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThat(AttachmentPolicy.check(big)).contains(AttachmentPolicy.Problem.TOO_LARGE);
    }

    @Test
    void keepsOnlyTheBareFileName() {
        assertThat(AttachmentPolicy.safeName("C:\\Users\\x\\..\\proof.pdf")).isEqualTo("proof.pdf");
        assertThat(AttachmentPolicy.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentPolicy.safeName("a\u0000b\n.pdf")).isEqualTo("ab.pdf");
        assertThat(AttachmentPolicy.safeName(null)).isEqualTo("attachment");
    }
}
