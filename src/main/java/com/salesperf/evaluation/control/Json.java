package com.salesperf.evaluation.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the maps {@link CanonicalJson} writes; null values are kept (written as null). */
final class Json {

    private Json() {}

    static Map<String, Object> object(Object... nameValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            map.put((String) nameValues[i], nameValues[i + 1]);
        }
        return map;
    }
}
