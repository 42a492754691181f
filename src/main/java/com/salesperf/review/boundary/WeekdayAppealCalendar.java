package com.salesperf.review.boundary;

import com.salesperf.review.control.AppealWindow;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;

/** Three working days counted Monday to Friday in the company's zone (no holidays yet). */
@ApplicationScoped
public class WeekdayAppealCalendar implements AppealCalendar {

    static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Shanghai");

    @Override
    public Instant appealWindowEnd(Instant publishedAt) {
        return AppealWindow.end(
                AppealWindow::weekday, publishedAt, AppealWindow.WORKING_DAYS, COMPANY_ZONE);
    }
}
