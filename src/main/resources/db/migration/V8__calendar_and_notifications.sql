-- Company calendar and portal notifications (issue 5 items 3 and 5, issue 6 item 7).
-- Written for H2 2.2 and PostgreSQL 15 alike.

-- ---------------------------------------------------------------- company calendar

-- Only the exceptions to the Monday–Friday week are stored: public holidays (HOLIDAY, also the
-- weekend days inside an official holiday run, so the calendar page shows the whole break) and
-- make-up working days (MAKEUP_WORKDAY, 调休: a Saturday or Sunday that is worked).
-- The seeded rows use ids 1..999; the sequence starts above them (EclipseLink takes value-49..value).
CREATE SEQUENCE calendar_day_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE calendar_day (
    id             BIGINT       NOT NULL PRIMARY KEY,
    calendar_date  DATE         NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    name_zh        VARCHAR(60)  NOT NULL,
    name_en        VARCHAR(60)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_calendar_day_date UNIQUE (calendar_date),
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
);

-- Mainland China public holidays and make-up working days 2023–2026, transcribed from the
-- State Council General Office notices on the holiday arrangements of each year
-- (国务院办公厅关于20xx年部分节假日安排的通知, numbers below, published on www.gov.cn).
-- Admins maintain later years and company-specific days on the calendar page.

-- 2023: 国办发明电〔2022〕16号
INSERT INTO calendar_day (id, calendar_date, kind, name_zh, name_en) VALUES
    (1, DATE '2022-12-31', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (2, DATE '2023-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (3, DATE '2023-01-02', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (4, DATE '2023-01-21', 'HOLIDAY', '春节', 'Spring Festival'),
    (5, DATE '2023-01-22', 'HOLIDAY', '春节', 'Spring Festival'),
    (6, DATE '2023-01-23', 'HOLIDAY', '春节', 'Spring Festival'),
    (7, DATE '2023-01-24', 'HOLIDAY', '春节', 'Spring Festival'),
    (8, DATE '2023-01-25', 'HOLIDAY', '春节', 'Spring Festival'),
    (9, DATE '2023-01-26', 'HOLIDAY', '春节', 'Spring Festival'),
    (10, DATE '2023-01-27', 'HOLIDAY', '春节', 'Spring Festival'),
    (11, DATE '2023-01-28', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (12, DATE '2023-01-29', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (13, DATE '2023-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (14, DATE '2023-04-29', 'HOLIDAY', '劳动节', 'Labour Day'),
    (15, DATE '2023-04-30', 'HOLIDAY', '劳动节', 'Labour Day'),
    (16, DATE '2023-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
    (17, DATE '2023-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
    (18, DATE '2023-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
    (19, DATE '2023-04-23', 'MAKEUP_WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
    (20, DATE '2023-05-06', 'MAKEUP_WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
    (21, DATE '2023-06-22', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (22, DATE '2023-06-23', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (23, DATE '2023-06-24', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (24, DATE '2023-06-25', 'MAKEUP_WORKDAY', '端午节调休上班', 'Dragon Boat Festival make-up working day'),
    (25, DATE '2023-09-29', 'HOLIDAY', '中秋节、国庆节', 'Mid-Autumn Festival and National Day'),
    (26, DATE '2023-09-30', 'HOLIDAY', '中秋节、国庆节', 'Mid-Autumn Festival and National Day'),
    (27, DATE '2023-10-01', 'HOLIDAY', '中秋节、国庆节', 'Mid-Autumn Festival and National Day'),
    (28, DATE '2023-10-02', 'HOLIDAY', '中秋节、国庆节', 'Mid-Autumn Festival and National Day'),
    (29, DATE '2023-10-03', 'HOLIDAY', '中秋节、国庆节', 'Mid-Autumn Festival and National Day'),
    (30, DATE '2023-10-04', 'HOLIDAY', '中秋节、国庆节', 'Mid-Autumn Festival and National Day'),
    (31, DATE '2023-10-05', 'HOLIDAY', '中秋节、国庆节', 'Mid-Autumn Festival and National Day'),
    (32, DATE '2023-10-06', 'HOLIDAY', '中秋节、国庆节', 'Mid-Autumn Festival and National Day'),
    (33, DATE '2023-10-07', 'MAKEUP_WORKDAY', '中秋节、国庆节调休上班', 'Mid-Autumn Festival and National Day make-up working day'),
    (34, DATE '2023-10-08', 'MAKEUP_WORKDAY', '中秋节、国庆节调休上班', 'Mid-Autumn Festival and National Day make-up working day');

-- 2024: 国办发明电〔2023〕7号
INSERT INTO calendar_day (id, calendar_date, kind, name_zh, name_en) VALUES
    (35, DATE '2024-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (36, DATE '2024-02-10', 'HOLIDAY', '春节', 'Spring Festival'),
    (37, DATE '2024-02-11', 'HOLIDAY', '春节', 'Spring Festival'),
    (38, DATE '2024-02-12', 'HOLIDAY', '春节', 'Spring Festival'),
    (39, DATE '2024-02-13', 'HOLIDAY', '春节', 'Spring Festival'),
    (40, DATE '2024-02-14', 'HOLIDAY', '春节', 'Spring Festival'),
    (41, DATE '2024-02-15', 'HOLIDAY', '春节', 'Spring Festival'),
    (42, DATE '2024-02-16', 'HOLIDAY', '春节', 'Spring Festival'),
    (43, DATE '2024-02-17', 'HOLIDAY', '春节', 'Spring Festival'),
    (44, DATE '2024-02-04', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (45, DATE '2024-02-18', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (46, DATE '2024-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (47, DATE '2024-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (48, DATE '2024-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (49, DATE '2024-04-07', 'MAKEUP_WORKDAY', '清明节调休上班', 'Qingming Festival make-up working day'),
    (50, DATE '2024-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
    (51, DATE '2024-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
    (52, DATE '2024-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
    (53, DATE '2024-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
    (54, DATE '2024-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
    (55, DATE '2024-04-28', 'MAKEUP_WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
    (56, DATE '2024-05-11', 'MAKEUP_WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
    (57, DATE '2024-06-10', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (58, DATE '2024-09-15', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (59, DATE '2024-09-16', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (60, DATE '2024-09-17', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (61, DATE '2024-09-14', 'MAKEUP_WORKDAY', '中秋节调休上班', 'Mid-Autumn Festival make-up working day'),
    (62, DATE '2024-10-01', 'HOLIDAY', '国庆节', 'National Day'),
    (63, DATE '2024-10-02', 'HOLIDAY', '国庆节', 'National Day'),
    (64, DATE '2024-10-03', 'HOLIDAY', '国庆节', 'National Day'),
    (65, DATE '2024-10-04', 'HOLIDAY', '国庆节', 'National Day'),
    (66, DATE '2024-10-05', 'HOLIDAY', '国庆节', 'National Day'),
    (67, DATE '2024-10-06', 'HOLIDAY', '国庆节', 'National Day'),
    (68, DATE '2024-10-07', 'HOLIDAY', '国庆节', 'National Day'),
    (69, DATE '2024-09-29', 'MAKEUP_WORKDAY', '国庆节调休上班', 'National Day make-up working day'),
    (70, DATE '2024-10-12', 'MAKEUP_WORKDAY', '国庆节调休上班', 'National Day make-up working day');

-- 2025: 国办发明电〔2024〕12号
INSERT INTO calendar_day (id, calendar_date, kind, name_zh, name_en) VALUES
    (71, DATE '2025-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (72, DATE '2025-01-28', 'HOLIDAY', '春节', 'Spring Festival'),
    (73, DATE '2025-01-29', 'HOLIDAY', '春节', 'Spring Festival'),
    (74, DATE '2025-01-30', 'HOLIDAY', '春节', 'Spring Festival'),
    (75, DATE '2025-01-31', 'HOLIDAY', '春节', 'Spring Festival'),
    (76, DATE '2025-02-01', 'HOLIDAY', '春节', 'Spring Festival'),
    (77, DATE '2025-02-02', 'HOLIDAY', '春节', 'Spring Festival'),
    (78, DATE '2025-02-03', 'HOLIDAY', '春节', 'Spring Festival'),
    (79, DATE '2025-02-04', 'HOLIDAY', '春节', 'Spring Festival'),
    (80, DATE '2025-01-26', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (81, DATE '2025-02-08', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (82, DATE '2025-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (83, DATE '2025-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (84, DATE '2025-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (85, DATE '2025-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
    (86, DATE '2025-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
    (87, DATE '2025-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
    (88, DATE '2025-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
    (89, DATE '2025-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
    (90, DATE '2025-04-27', 'MAKEUP_WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
    (91, DATE '2025-05-31', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (92, DATE '2025-06-01', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (93, DATE '2025-06-02', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (94, DATE '2025-10-01', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (95, DATE '2025-10-02', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (96, DATE '2025-10-03', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (97, DATE '2025-10-04', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (98, DATE '2025-10-05', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (99, DATE '2025-10-06', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (100, DATE '2025-10-07', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (101, DATE '2025-10-08', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (102, DATE '2025-09-28', 'MAKEUP_WORKDAY', '国庆节、中秋节调休上班', 'National Day and Mid-Autumn Festival make-up working day'),
    (103, DATE '2025-10-11', 'MAKEUP_WORKDAY', '国庆节、中秋节调休上班', 'National Day and Mid-Autumn Festival make-up working day');

-- 2026: 国办发明电〔2025〕7号
INSERT INTO calendar_day (id, calendar_date, kind, name_zh, name_en) VALUES
    (104, DATE '2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (105, DATE '2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (106, DATE '2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (107, DATE '2026-01-04', 'MAKEUP_WORKDAY', '元旦调休上班', 'New Year''s Day make-up working day'),
    (108, DATE '2026-02-15', 'HOLIDAY', '春节', 'Spring Festival'),
    (109, DATE '2026-02-16', 'HOLIDAY', '春节', 'Spring Festival'),
    (110, DATE '2026-02-17', 'HOLIDAY', '春节', 'Spring Festival'),
    (111, DATE '2026-02-18', 'HOLIDAY', '春节', 'Spring Festival'),
    (112, DATE '2026-02-19', 'HOLIDAY', '春节', 'Spring Festival'),
    (113, DATE '2026-02-20', 'HOLIDAY', '春节', 'Spring Festival'),
    (114, DATE '2026-02-21', 'HOLIDAY', '春节', 'Spring Festival'),
    (115, DATE '2026-02-22', 'HOLIDAY', '春节', 'Spring Festival'),
    (116, DATE '2026-02-23', 'HOLIDAY', '春节', 'Spring Festival'),
    (117, DATE '2026-02-14', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (118, DATE '2026-02-28', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (119, DATE '2026-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (120, DATE '2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (121, DATE '2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (122, DATE '2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
    (123, DATE '2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
    (124, DATE '2026-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
    (125, DATE '2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
    (126, DATE '2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
    (127, DATE '2026-05-09', 'MAKEUP_WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
    (128, DATE '2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (129, DATE '2026-06-20', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (130, DATE '2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (131, DATE '2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (132, DATE '2026-09-26', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (133, DATE '2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (134, DATE '2026-10-01', 'HOLIDAY', '国庆节', 'National Day'),
    (135, DATE '2026-10-02', 'HOLIDAY', '国庆节', 'National Day'),
    (136, DATE '2026-10-03', 'HOLIDAY', '国庆节', 'National Day'),
    (137, DATE '2026-10-04', 'HOLIDAY', '国庆节', 'National Day'),
    (138, DATE '2026-10-05', 'HOLIDAY', '国庆节', 'National Day'),
    (139, DATE '2026-10-06', 'HOLIDAY', '国庆节', 'National Day'),
    (140, DATE '2026-10-07', 'HOLIDAY', '国庆节', 'National Day'),
    (141, DATE '2026-09-20', 'MAKEUP_WORKDAY', '国庆节调休上班', 'National Day make-up working day'),
    (142, DATE '2026-10-10', 'MAKEUP_WORKDAY', '国庆节调休上班', 'National Day make-up working day');


-- ---------------------------------------------------------------- notifications

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

-- A message to one user. The text is a bundle key derived from kind plus its arguments (JSON
-- array), rendered in the reader's language when shown; free text goes into body_text instead.
CREATE TABLE notification (
    id          BIGINT        NOT NULL PRIMARY KEY,
    recipient   VARCHAR(60)   NOT NULL REFERENCES portal_user (username),
    kind        VARCHAR(30)   NOT NULL,
    args_json   VARCHAR(2000),
    body_text   VARCHAR(1000),
    link        VARCHAR(300),
    created_at  TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP,
    version     BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_notification_recipient ON notification (recipient, created_at);

-- Where e-mail copies of notifications go (only when an SMTP host is configured).
ALTER TABLE portal_user ADD COLUMN email VARCHAR(200);
