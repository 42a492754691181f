package com.salesperf.evaluation.control;

import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the maps {@link CanonicalJson} writes; null values are kept (written as null). They are
 * already in key order, as the writer needs them.
 */
final class Json {

    private Json() {}

    static Map<String, Object> object(Object... nameValues) {
        Map<String, Object> map = new TreeMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            map.put((String) nameValues[i], nameValues[i + 1]);
        }
        return map;
    }
}
