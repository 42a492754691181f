package com.salesperf.demo.control;

import java.util.List;

/**
 * The four sales regions and the economics that make them differ in the demo: the source's analysis
 * example contrasts a strong emerging South (≈110 % average completion) with a weaker mature North
 * (≈85 %), and the funnel warning needs one region whose lead conversion is below 30 % while the
 * company converts about 35 %.
 */
enum RegionProfile {
    EAST(
            "华东区",
            "East China",
            "MATURE",
            0.98,
            1.10,
            0.93,
            0.38,
            7,
            4.3,
            List.of("上海", "杭州", "南京", "苏州", "宁波", "无锡", "合肥")),
    NORTH(
            "华北区",
            "North China",
            "MATURE",
            0.85,
            1.00,
            0.86,
            0.26,
            6,
            4.1,
            List.of("北京", "天津", "石家庄", "太原", "济南", "青岛", "呼和浩特")),
    SOUTH(
            "华南区",
            "South China",
            "EMERGING",
            1.10,
            1.05,
            0.94,
            0.38,
            10,
            4.4,
            List.of("广州", "深圳", "东莞", "佛山", "厦门", "福州", "南宁")),
    SOUTHWEST(
            "西南区",
            "Southwest China",
            "EMERGING",
            0.97,
            0.85,
            0.90,
            0.38,
            9,
            4.2,
            List.of("成都", "重庆", "昆明", "贵阳", "绵阳", "遵义"));

    private final String nameZh;
    private final String nameEn;
    private final String market;
    private final double completionMean;
    private final double salesLevel;
    private final double onTimeCollectionMean;
    private final double leadConversion;
    private final int newCustomersPerQuarter;
    private final double satisfactionMean;
    private final List<String> cities;

    RegionProfile(
            String nameZh,
            String nameEn,
            String market,
            double completionMean,
            double salesLevel,
            double onTimeCollectionMean,
            double leadConversion,
            int newCustomersPerQuarter,
            double satisfactionMean,
            List<String> cities) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.market = market;
        this.completionMean = completionMean;
        this.salesLevel = salesLevel;
        this.onTimeCollectionMean = onTimeCollectionMean;
        this.leadConversion = leadConversion;
        this.newCustomersPerQuarter = newCustomersPerQuarter;
        this.satisfactionMean = satisfactionMean;
        this.cities = cities;
    }

    String code() {
        return name();
    }

    String nameZh() {
        return nameZh;
    }

    String nameEn() {
        return nameEn;
    }

    String market() {
        return market;
    }

    /** Mean actual/target of the region's reps. */
    double completionMean() {
        return completionMean;
    }

    /** Relative size of a rep's business (targets) compared with the company average. */
    double salesLevel() {
        return salesLevel;
    }

    double onTimeCollectionMean() {
        return onTimeCollectionMean;
    }

    /** Share of leads that become qualified opportunities. */
    double leadConversion() {
        return leadConversion;
    }

    int newCustomersPerQuarter() {
        return newCustomersPerQuarter;
    }

    double satisfactionMean() {
        return satisfactionMean;
    }

    List<String> cities() {
        return cities;
    }

    /** Team stages by position in the region: mature markets have mostly mature teams. */
    String teamStage(int teamInRegion) {
        List<String> stages =
                "MATURE".equals(market)
                        ? List.of("MATURE", "GROWING", "MATURE")
                        : List.of("GROWING", "NEW", "GROWING");
        return stages.get(teamInRegion % stages.size());
    }
}
