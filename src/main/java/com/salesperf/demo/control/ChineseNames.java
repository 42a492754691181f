package com.salesperf.demo.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Plausible, deterministic Chinese person and company names. */
final class ChineseNames {

    private static final List<String> SURNAMES =
            List.of(
                    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
                    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
                    "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
                    "任", "沈");
    private static final List<String> GIVEN =
            List.of(
                    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
                    "超", "霞", "平", "刚", "华", "飞", "鹏", "辉", "玲", "婷", "雪", "琳", "晨", "宇", "浩", "凯",
                    "斌", "倩", "颖", "欣", "佳", "怡", "俊", "峰", "鑫", "博", "文", "建", "志", "海", "亮", "波",
                    "宁", "慧", "红", "云", "丹", "阳", "璐", "思", "雨", "嘉", "子", "梦");
    private static final List<String> BRANDS =
            List.of(
                    "恒达", "华信", "金桥", "瑞丰", "远航", "鼎盛", "天成", "嘉禾", "新锐", "博远", "中联", "宏图", "锦程",
                    "华泰", "永安", "信诚", "盛世", "凯旋", "东方", "银河", "启明", "同创", "卓越", "智航", "正和", "汇通",
                    "安达", "润丰", "星辰", "科沃");
    private static final List<String> TRADES =
            List.of(
                    "科技", "贸易", "制造", "医药", "物流", "电子", "信息技术", "机械", "食品", "建材", "教育科技", "能源",
                    "汽车配件", "化工", "零售");
    private static final int UNIQUE_ATTEMPTS = 20;

    private final Set<String> usedPersonNames = new HashSet<>();

    /** Reserves names that must not be generated again (the showcase reps). */
    void reserve(String name) {
        usedPersonNames.add(name);
    }

    /**
     * A person's name, unique while the combinations last; beyond that (benchmark sizes) names
     * repeat, as they do in any large Chinese company.
     */
    String person(SplittableRandom random) {
        String name = drawPerson(random);
        for (int attempt = 0;
                attempt < UNIQUE_ATTEMPTS && usedPersonNames.contains(name);
                attempt++) {
            name = drawPerson(random);
        }
        usedPersonNames.add(name);
        return name;
    }

    static String company(SplittableRandom random, RegionProfile region) {
        return Draws.pick(random, region.cities())
                + Draws.pick(random, BRANDS)
                + Draws.pick(random, TRADES)
                + "有限公司";
    }

    private static String drawPerson(SplittableRandom random) {
        String given = Draws.pick(random, GIVEN);
        if (Draws.chance(random, 0.6)) {
            given += Draws.pick(random, GIVEN);
        }
        return Draws.pick(random, SURNAMES) + given;
    }
}
