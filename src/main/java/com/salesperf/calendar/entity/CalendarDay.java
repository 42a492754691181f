package com.salesperf.calendar.entity;

import com.salesperf.calendar.control.DayKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One exception to the Monday–Friday week: a holiday or a make-up working day, with its name. */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.findAll", query = "SELECT d FROM CalendarDay d ORDER BY d.date")
@NamedQuery(
        name = "CalendarDay.findByRange",
        query =
                "SELECT d FROM CalendarDay d WHERE d.date >= :from AND d.date < :to ORDER BY d.date")
@NamedQuery(
        name = "CalendarDay.countByDate",
        query = "SELECT COUNT(d) FROM CalendarDay d WHERE d.date = :date")
public class CalendarDay {

    @Id
    @SequenceGenerator(
            name = "calendar_day_seq",
            sequenceName = "calendar_day_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_day_seq")
    private Long id;

    @Column(name = "calendar_date", nullable = false, unique = true)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayKind kind;

    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Version private long version;

    protected CalendarDay() {}

    public CalendarDay(LocalDate date, DayKind kind, String nameZh, String nameEn) {
        this.date = date;
        change(kind, nameZh, nameEn);
    }

    public final void change(DayKind kind, String nameZh, String nameEn) {
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public long getVersion() {
        return version;
    }
}
