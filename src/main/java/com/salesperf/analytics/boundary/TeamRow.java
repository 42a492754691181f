package com.salesperf.analytics.boundary;

import com.salesperf.analytics.control.Performance;
import java.io.Serializable;

/** A rep of the team table: the figures and where the rep sits. */
public record TeamRow(
        Performance figures,
        String teamCode,
        String teamZh,
        String teamEn,
        String regionZh,
        String regionEn)
        implements Serializable {

    public String team(boolean chinese) {
        return chinese ? teamZh : teamEn;
    }

    public String region(boolean chinese) {
        return chinese ? regionZh : regionEn;
    }
}
