package com.salesperf.presentation.admin;

import com.salesperf.calendar.boundary.CompanyCalendar;
import com.salesperf.calendar.control.CalendarDayInput;
import com.salesperf.calendar.control.CalendarDayRow;
import com.salesperf.calendar.control.DayKind;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The company calendar per year: holidays and make-up working days, added, edited and removed by
 * administrators. A year holds a few dozen entries, so the table shows the whole year at once.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "calendar";

    @Inject transient CurrentCaller currentCaller;

    @Inject transient CompanyCalendar calendar;

    private int year;
    private List<CalendarDayRow> days = List.of();

    private Long editedId;
    private long editedVersion;
    private LocalDate date;
    private DayKind kind = DayKind.HOLIDAY;
    private String nameZh;
    private String nameEn;

    @PostConstruct
    void load() {
        year = LocalDate.now().getYear();
        reload();
    }

    public void reload() {
        days = calendar.year(year);
    }

    public void save() {
        CalendarDayInput input = new CalendarDayInput(date, kind, nameZh, nameEn);
        try {
            if (editedId == null) {
                CalendarDayRow added = calendar.add(currentCaller.get(), input);
                Messages.info("calendar.added", added.date());
                year = added.date().getYear();
            } else {
                calendar.update(currentCaller.get(), editedId, editedVersion, input);
                Messages.info("calendar.saved", date);
            }
            clear();
            reload();
        } catch (BusinessException e) {
            FieldMessages.show(FORM, e);
        }
    }

    public void edit(CalendarDayRow row) {
        editedId = row.id();
        editedVersion = row.version();
        date = row.date();
        kind = row.kind();
        nameZh = row.nameZh();
        nameEn = row.nameEn();
    }

    public void remove(CalendarDayRow row) {
        try {
            calendar.remove(currentCaller.get(), row.id());
            Messages.info("calendar.removed", row.date());
            if (Long.valueOf(row.id()).equals(editedId)) {
                clear();
            }
        } catch (BusinessException e) {
            Messages.of(e);
        }
        reload();
    }

    public void clear() {
        editedId = null;
        date = null;
        kind = DayKind.HOLIDAY;
        nameZh = null;
        nameEn = null;
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(2023, Math.max(now + 2, 2026)).boxed().toList();
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public List<CalendarDayRow> getDays() {
        return days;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String date(java.time.LocalDate date) {
        return com.salesperf.presentation.shell.PortalTimes.date(
                date, com.salesperf.platform.boundary.Texts.currentLocale());
    }

    public String weekday(java.time.LocalDate date) {
        return com.salesperf.presentation.shell.PortalTimes.weekday(
                date, com.salesperf.platform.boundary.Texts.currentLocale());
    }
}
