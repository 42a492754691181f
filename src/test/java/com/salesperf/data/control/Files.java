package com.salesperf.data.control;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Test helpers: CSV text for a kind and a reference lookup that knows a few names. */
final class Files {

    private Files() {}

    static String csv(ImportKind kind, String... rows) {
        return kind.headerLine() + "\n" + String.join("\n", rows) + "\n";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Knows employees S001, S002 (+M01), customers C1, C2, order O1 (rep id 1), units, periods. */
    static Function<Map<RefKind, Set<String>>, Refs> knownRefs() {
        return needs -> {
            Refs refs = new Refs();
            refs.put(RefKind.EMPLOYEE, "S001", 1, null);
            refs.put(RefKind.EMPLOYEE, "S002", 2, null);
            refs.put(RefKind.EMPLOYEE, "M01", 3, null);
            refs.put(RefKind.CUSTOMER, "C1", 11, null);
            refs.put(RefKind.CUSTOMER, "C2", 12, null);
            refs.put(RefKind.SALE, "O1", 21, 1L);
            refs.put(RefKind.ORG_UNIT, "HQ", 31, "COMPANY");
            refs.put(RefKind.ORG_UNIT, "EAST", 32, "REGION");
            refs.put(RefKind.ORG_UNIT, "EAST-1", 33, "TEAM");
            refs.put(RefKind.PERIOD, "2023Q3", 41, null);
            refs.put(RefKind.PERIOD, "2023-07", 42, null);
            return refs;
        };
    }

    static FileValidator.Valid validate(ImportKind kind, String text) {
        RawTable table =
                UploadInspector.read("x.csv", utf8(text), UploadInspector.DEFAULT_MAX_BYTES);
        return new FileValidator(KindSpecs.of(kind), knownRefs()).validate(table);
    }
}
