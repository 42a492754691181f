package com.salesperf.demo.control;

/** A region org unit and its regional manager. */
record Region(RegionProfile profile, long id, long managerId) {}
