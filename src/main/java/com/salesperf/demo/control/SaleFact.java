package com.salesperf.demo.control;

import java.time.LocalDate;

/** A written sale, as the receivable writer needs it. */
record SaleFact(long id, long customerId, LocalDate signedDate, long amountYuan) {}
