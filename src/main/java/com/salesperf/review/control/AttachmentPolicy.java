package com.salesperf.review.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a rep may attach to an appeal: at most 2 MB of PDF, PNG or JPEG. The type is decided by the
 * file's first bytes, not by its name or the browser's claim, so a renamed executable is refused.
 */
public final class AttachmentPolicy {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** An accepted type: its media type and the bytes every such file starts with. */
    public enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
        JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

        private final String mediaType;
        private final byte[] magic;

        Kind(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        boolean matches(byte[] data) {
            return data.length >= magic.length
                    && Arrays.equals(Arrays.copyOf(data, magic.length), magic);
        }
    }

    /** Why an attachment is refused; each has a bundle key review.attachment.*. */
    public enum Problem {
        EMPTY,
        TOO_LARGE,
        TYPE;

        public String messageKey() {
            return "review.attachment." + name().toLowerCase(Locale.ROOT);
        }
    }

    private AttachmentPolicy() {}

    /** The refusal, or empty when the file is acceptable. */
    public static Optional<Problem> check(byte[] data) {
        if (data == null || data.length == 0) {
            return Optional.of(Problem.EMPTY);
        }
        if (data.length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LARGE);
        }
        return kindOf(data).isPresent() ? Optional.empty() : Optional.of(Problem.TYPE);
    }

    public static Optional<Kind> kindOf(byte[] data) {
        return Arrays.stream(Kind.values()).filter(k -> k.matches(data)).findFirst();
    }

    /** A file name safe to store and show: no path, no control characters, at most 200 chars. */
    public static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (base.isEmpty()) {
            base = "attachment";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
