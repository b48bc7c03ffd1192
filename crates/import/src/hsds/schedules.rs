//! HSDS schedule rows (RFC 5545 RRULE parts with opening and closing times) to
//! LearnLocal schedules and opening hours.
//!
//! Only weekly rules become slots (and daily ones, which are weekly on every day).
//! Anything else is reported and left out of the schedule, never guessed: a wrong
//! time sends people to a closed door. A value that does not parse (a date, a time,
//! a day) makes the record unusable and the caller leaves it out. This module never
//! reads the clock and never panics.

use super::model::{HolidayRow, Origin, ScheduleRow};
use crate::vocab::weekday;
use crate::{Import, LeftOutReason};
use learnlocal_core::problem::quote;
use learnlocal_core::schedule::{DatedSlot, Schedule, WeeklySlot};
use learnlocal_core::time::{Date, DateTime, Time, Weekday};
use learnlocal_core::tz::TimeZone;

/// Why a schedule row makes its record unusable.
#[derive(Debug, Clone)]
pub(super) struct Bad {
    /// The reason to give for leaving the record out.
    pub reason: LeftOutReason,
    /// The row.
    pub origin: Origin,
    /// The row's field at fault.
    pub field: &'static str,
    /// What is wrong, in plain words.
    pub message: String,
}

/// A weekly rule as read: slots between optional dates, every `interval` weeks.
#[derive(Debug, Clone, PartialEq)]
struct Weekly {
    slots: Vec<WeeklySlot>,
    start: Option<Date>,
    end: Option<Date>,
    interval: u8,
}

/// What one row gave.
enum Reading {
    /// A weekly rule.
    Weekly(Weekly),
    /// Nothing usable; a warning already says why.
    Skipped,
}

/// The most one-off slots made from a record's extra schedule rows.
const MAX_DATED_SLOTS: usize = 200;

/// The longest date range, in days, whose sessions are listed one by one.
const MAX_LISTED_DAYS: i64 = 366;

/// The most sessions `count` is followed for; beyond it the end date stays open.
const MAX_COUNT: u32 = 5_000;

/// Days since 1970-01-01 of Monday 2025-01-06: the date times are converted on when
/// a row gives no date of its own (a winter date, so standard time).
const REFERENCE_DAYS: i64 = 20_094;

/// The schedule of an opportunity from its schedule rows.
///
/// Rows sharing the first open-ended row's dates make the weekly slots; rows valid
/// for a short, closed range of other dates (a holiday timetable) become one-off
/// slots; anything else is reported and left out of the schedule.
pub(super) fn for_opportunity(
    rows: &[ScheduleRow],
    zone: &TimeZone,
    import: &mut Import,
) -> Result<Schedule, Bad> {
    let mut readings = Vec::new();
    for row in rows {
        if let Reading::Weekly(weekly) = read_row(row, zone, import)? {
            readings.push((weekly, &row.origin));
        }
    }
    Ok(combine(readings, import))
}

/// A location's opening hours from its schedule rows. Rows that cannot be read
/// are reported and left out; the location is still usable.
pub(super) fn opening_hours(
    rows: &[ScheduleRow],
    zone: &TimeZone,
    import: &mut Import,
) -> Vec<WeeklySlot> {
    let mut slots: Vec<WeeklySlot> = Vec::new();
    for row in rows {
        match read_row(row, zone, import) {
            Ok(Reading::Weekly(weekly)) => {
                if let (Some(start), Some(end)) = (weekly.start, weekly.end) {
                    row.origin.warn(
                        import,
                        "valid_to",
                        format!(
                            "these opening hours hold only from {start} to {end}, but a place's opening hours are shown for every week: check they are current"
                        ),
                    );
                }
                for slot in &weekly.slots {
                    add_slot(&mut slots, slot);
                }
            }
            Ok(Reading::Skipped) => {}
            Err(bad) => bad.origin.warn(
                import,
                bad.field,
                format!("{}; these opening hours are left out", bad.message),
            ),
        }
    }
    slots
}

/// Applies HSDS 1.x holiday rows to a schedule: days it is closed become
/// exceptions to the weekly slots, and days with other hours become one-off slots
/// in place of the weekly ones. A row that cannot be applied is reported and the
/// schedule is kept as it was, since a wrong closure is no better than none.
pub(super) fn apply_holidays(
    schedule: &mut Schedule,
    holidays: &[HolidayRow],
    zone: &TimeZone,
    import: &mut Import,
) {
    for holiday in holidays {
        let origin = &holiday.origin;
        let not_applied = |import: &mut Import, field: &str, why: String| {
            origin.warn(
                import,
                field,
                format!("{why}: this holiday is not applied, so check the times shown for it"),
            );
        };
        let date = |field: &'static str, value: &Option<String>| match value {
            None => Ok(None),
            Some(text) => Date::parse(date_part(text))
                .map(Some)
                .map_err(|message| (field, message.to_string())),
        };
        let dates = date("start_date", &holiday.start_date)
            .and_then(|start| Ok((start, date("end_date", &holiday.end_date)?)));
        let (start, end) = match dates {
            Ok((Some(start), end)) => (start, end.unwrap_or(start)),
            Ok((None, _)) => {
                not_applied(import, "start_date", "no `start_date` is given".to_owned());
                continue;
            }
            Err((field, message)) => {
                not_applied(import, field, message);
                continue;
            }
        };
        if end < start {
            not_applied(
                import,
                "end_date",
                format!("`end_date` {end} is before `start_date` {start}"),
            );
            continue;
        }
        if end.days_since_epoch() - start.days_since_epoch() > MAX_LISTED_DAYS {
            not_applied(
                import,
                "end_date",
                format!("it runs from {start} to {end}, more than a year"),
            );
            continue;
        }
        let has_times = holiday.opens_at.is_some() && holiday.closes_at.is_some();
        let closed = match holiday
            .closed
            .as_deref()
            .map(|c| c.trim().to_ascii_lowercase())
        {
            Some(c) if matches!(c.as_str(), "true" | "yes" | "y" | "t" | "1") => true,
            Some(c) if matches!(c.as_str(), "false" | "no" | "n" | "f" | "0") => false,
            None => !has_times,
            Some(_) => {
                let (reading, as_what) = if has_times {
                    (false, "open at the times given")
                } else {
                    (true, "closed")
                };
                origin.warn(
                    import,
                    "closed",
                    format!(
                        "{} is not true or false: read as {as_what}",
                        quote(holiday.closed.as_deref().unwrap_or_default())
                    ),
                );
                reading
            }
        };
        let mut listed = Vec::new();
        if !closed {
            if !has_times {
                let missing = if holiday.opens_at.is_none() {
                    "opens_at"
                } else {
                    "closes_at"
                };
                not_applied(
                    import,
                    missing,
                    format!("it is open, but no `{missing}` says when"),
                );
                continue;
            }
            let row = ScheduleRow {
                freq: Some("DAILY".to_owned()),
                valid_from: Some(start.to_string()),
                valid_to: Some(end.to_string()),
                opens_at: holiday.opens_at.clone(),
                closes_at: holiday.closes_at.clone(),
                origin: origin.clone(),
                ..ScheduleRow::default()
            };
            match read_row(&row, zone, import) {
                Ok(Reading::Weekly(weekly)) => {
                    if !list_sessions(&weekly, &mut listed) {
                        not_applied(
                            import,
                            "end_date",
                            "its sessions are too many to list".to_owned(),
                        );
                        continue;
                    }
                }
                Ok(Reading::Skipped) => continue,
                Err(bad) => {
                    not_applied(import, bad.field, bad.message);
                    continue;
                }
            }
        }
        // The weekly slots alone, to find the days they fall on.
        let weekly = Schedule {
            dates: Vec::new(),
            except: Vec::new(),
            ..schedule.clone()
        };
        for day in start.days_since_epoch()..=end.days_since_epoch() {
            let day = Date::from_days_since_epoch(day);
            if !weekly.sessions_on(day).is_empty() && !schedule.except.contains(&day) {
                schedule.except.push(day);
            }
        }
        schedule.except.sort_unstable();
        for slot in listed {
            if !schedule.dates.contains(&slot) {
                schedule.dates.push(slot);
            }
        }
    }
}

/// Puts the weekly rules of one record into one schedule.
fn combine(readings: Vec<(Weekly, &Origin)>, import: &mut Import) -> Schedule {
    let Some(main_index) = readings
        .iter()
        .position(|(w, _)| w.end.is_none())
        .or(if readings.is_empty() { None } else { Some(0) })
    else {
        return Schedule::default();
    };
    let Some((main, _)) = readings.get(main_index) else {
        return Schedule::default();
    };
    let key = (main.start, main.end, main.interval);
    let mut schedule = Schedule {
        start_date: main.start,
        end_date: main.end,
        interval_weeks: main.interval,
        ..Schedule::default()
    };
    for (weekly, origin) in &readings {
        if (weekly.start, weekly.end, weekly.interval) == key {
            for slot in &weekly.slots {
                add_slot(&mut schedule.weekly, slot);
            }
        } else if !list_sessions(weekly, &mut schedule.dates) {
            origin.warn(
                import,
                "valid_from",
                format!(
                    "this schedule runs {} but the record's main schedule runs {}, and a record keeps one date range: its times are left out of the schedule",
                    describe_range(weekly),
                    describe_range(main)
                ),
            );
        }
    }
    schedule
}

/// Adds a weekly slot, joining its days to a slot with the same times: HSDS 1.x
/// gives one day a row, and "Tuesday and Thursday 10:00–12:00" is one slot.
fn add_slot(slots: &mut Vec<WeeklySlot>, slot: &WeeklySlot) {
    match slots
        .iter_mut()
        .find(|s| (s.start, s.end) == (slot.start, slot.end))
    {
        Some(same) => {
            for day in &slot.days {
                if !same.days.contains(day) {
                    same.days.push(*day);
                }
            }
            same.days.sort_unstable();
        }
        None => slots.push(slot.clone()),
    }
}

/// Adds a short, closed rule's sessions as one-off slots; false when the rule is
/// open-ended, too long, or has too many sessions to list.
fn list_sessions(weekly: &Weekly, dates: &mut Vec<DatedSlot>) -> bool {
    let (Some(start), Some(end)) = (weekly.start, weekly.end) else {
        return false;
    };
    let first = start.days_since_epoch();
    let last = end.days_since_epoch();
    if last - first > MAX_LISTED_DAYS {
        return false;
    }
    let rule = Schedule {
        start_date: Some(start),
        end_date: Some(end),
        weekly: weekly.slots.clone(),
        interval_weeks: weekly.interval,
        ..Schedule::default()
    };
    let mut listed = Vec::new();
    for day in first..=last {
        for session in rule.sessions_on(Date::from_days_since_epoch(day)) {
            listed.push(DatedSlot {
                date: session.date,
                start: session.start,
                end: session.end,
            });
        }
    }
    if dates.len() + listed.len() > MAX_DATED_SLOTS {
        return false;
    }
    for slot in listed {
        if !dates.contains(&slot) {
            dates.push(slot);
        }
    }
    true
}

/// "from 2025-01-01 to 2025-03-31", "from 2025-01-01", "with no dates".
fn describe_range(weekly: &Weekly) -> String {
    match (weekly.start, weekly.end) {
        (Some(start), Some(end)) => format!("from {start} to {end}"),
        (Some(start), None) => format!("from {start}"),
        (None, Some(end)) => format!("until {end}"),
        (None, None) => "with no dates".to_owned(),
    }
}

/// Reads one row: a weekly rule, or nothing (with a warning), or a value that does
/// not parse.
fn read_row(row: &ScheduleRow, zone: &TimeZone, import: &mut Import) -> Result<Reading, Bad> {
    let origin = &row.origin;
    let bad = |reason, field, message: String| Bad {
        reason,
        origin: origin.clone(),
        field,
        message,
    };
    let skip = |import: &mut Import, field: &str, why: String| {
        origin.warn(
            import,
            field,
            format!(
                "schedule {} could not be read: only weekly schedules are imported ({why}); its times are left out",
                describe_row(row)
            ),
        );
        Ok(Reading::Skipped)
    };

    let freq = row.freq.as_deref().map(str::to_ascii_uppercase);
    let daily = match freq.as_deref() {
        Some("WEEKLY") => false,
        Some("DAILY") => true,
        // An HSDS 1.x regular schedule: one day of every week.
        None if row.weekday.is_some() => false,
        None if row.byday.is_some() => {
            origin.warn(
                import,
                "freq",
                "no `freq` is given: read as WEEKLY, since `byday` names days",
            );
            false
        }
        None => {
            return skip(
                import,
                "freq",
                "no `freq` or `byday` says which days".to_owned(),
            );
        }
        Some(other) => return skip(import, "freq", format!("`freq` is {other}")),
    };

    let mut interval = 1;
    if let Some(text) = &row.interval {
        match whole_number(text) {
            None => {
                return Err(bad(
                    LeftOutReason::BadValue,
                    "interval",
                    format!("{} is not a whole number of weeks", quote(text)),
                ));
            }
            Some(0) => origin.warn(import, "interval", "`interval` 0 is read as 1, every week"),
            Some(1) => {}
            Some(n) if daily => {
                return skip(import, "interval", format!("every {n} days"));
            }
            Some(n) => match u8::try_from(n) {
                Ok(n) => interval = n,
                Err(_) => return skip(import, "interval", format!("every {n} weeks")),
            },
        }
    }

    let dtstart = read_date(row, "dtstart", &row.dtstart)?;
    let until = read_date(row, "until", &row.until)?;
    let valid_from = read_date(row, "valid_from", &row.valid_from)?;
    let valid_to = read_date(row, "valid_to", &row.valid_to)?;
    let start = later(dtstart, valid_from);
    let end = earlier(until, valid_to);
    if let (Some((start, start_field)), Some((end, end_field))) = (start, end)
        && end < start
    {
        return Err(bad(
            LeftOutReason::BadDate,
            end_field,
            format!("`{end_field}` {end} is before `{start_field}` {start}"),
        ));
    }
    let (start, end) = (start.map(|(d, _)| d), end.map(|(d, _)| d));

    let days = match (&row.byday, &row.weekday) {
        (None, Some(text)) => match read_weekday(text) {
            Some(day) => Some(vec![day]),
            None => {
                return Err(bad(
                    LeftOutReason::BadValue,
                    "weekday",
                    format!(
                        "{} is not a day of the week: use a name such as Monday, or a number from 1 (Monday) to 7 (Sunday)",
                        quote(text)
                    ),
                ));
            }
        },
        (Some(text), _) => match read_days(text) {
            Ok(days) if days.is_empty() => None,
            Ok(days) => Some(days),
            Err(DayError::Positional(token)) => {
                return skip(
                    import,
                    "byday",
                    format!("`byday` {} picks a weekday of the month", quote(&token)),
                );
            }
            Err(DayError::Unknown(token)) => {
                return Err(bad(
                    LeftOutReason::BadValue,
                    "byday",
                    format!(
                        "{} is not a day of the week: use MO, TU, WE, TH, FR, SA or SU",
                        quote(&token)
                    ),
                ));
            }
        },
        (None, None) => None,
    };
    let days = match (days, daily) {
        (Some(days), _) => days,
        (None, true) => Weekday::ALL.to_vec(),
        // RFC 5545: a weekly rule without BYDAY repeats on DTSTART's weekday.
        (None, false) => match dtstart {
            Some((date, _)) => vec![date.weekday()],
            None => {
                return skip(
                    import,
                    "byday",
                    "no `byday` or `dtstart` says which days".to_owned(),
                );
            }
        },
    };

    let (Some(opens_text), Some(closes_text)) = (&row.opens_at, &row.closes_at) else {
        let missing = if row.opens_at.is_none() {
            "opens_at"
        } else {
            "closes_at"
        };
        return skip(import, missing, format!("no `{missing}` is given"));
    };
    let (opens, opens_offset) = read_clock(opens_text)
        .map_err(|message| bad(LeftOutReason::BadTime, "opens_at", message))?;
    let (closes, closes_offset) = read_clock(closes_text)
        .map_err(|message| bad(LeftOutReason::BadTime, "closes_at", message))?;
    if opens == Time::END_OF_DAY {
        return Err(bad(
            LeftOutReason::BadTime,
            "opens_at",
            "`opens_at` 24:00 is the end of the day: a session starting at midnight opens at 00:00"
                .to_owned(),
        ));
    }
    if opens == closes {
        return Err(bad(
            LeftOutReason::BadTime,
            "closes_at",
            format!("`closes_at` {closes} is the same as `opens_at`: give the time it closes"),
        ));
    }

    for (field, value, what) in [
        (
            "bymonthday",
            &row.bymonthday,
            "days of the month, which only monthly schedules use",
        ),
        (
            "byyearday",
            &row.byyearday,
            "days of the year, which only yearly schedules use",
        ),
    ] {
        if let Some(value) = value {
            origin.warn(
                import,
                field,
                format!("`{field}` {} names {what}: it is ignored", quote(value)),
            );
        }
    }
    if let Some(weeks) = &row.byweekno {
        origin.warn(
            import,
            "byweekno",
            format!(
                "`byweekno` {} limits the sessions to some weeks of the year, which cannot be shown: the days and times are kept for every week between the dates; check them",
                quote(weeks)
            ),
        );
    }
    if interval > 1
        && let Some(wkst) = &row.wkst
        && !wkst.eq_ignore_ascii_case("MO")
    {
        origin.warn(
            import,
            "wkst",
            format!("weeks are counted from Monday, not from `wkst` {}: check which weeks the sessions fall in", quote(wkst)),
        );
    }

    let mut slots = vec![WeeklySlot {
        days,
        start: opens,
        end: closes,
    }];

    let offset = match (opens_offset.or(closes_offset), &row.timezone) {
        (Some(offset), _) => Some((offset, "opens_at")),
        (None, Some(text)) => match read_timezone(text) {
            Some(offset) => Some((offset, "timezone")),
            None => {
                origin.warn(
                    import,
                    "timezone",
                    format!(
                        "{} is not a UTC offset in hours such as 1 or -5: the times are read as the catalogue's own time",
                        quote(text)
                    ),
                );
                None
            }
        },
        (None, None) => None,
    };
    if let Some((offset, field)) = offset {
        let reference = start.unwrap_or(Date::from_days_since_epoch(REFERENCE_DAYS));
        let converted = convert(&slots, offset, reference, zone);
        if converted != slots {
            let mut message = format!(
                "the times are at {} (from `{field}`), so they were converted to the catalogue's time: {} became {}",
                describe_offset(offset),
                describe_slots(&slots),
                describe_slots(&converted)
            );
            if has_summer_time(zone, reference) {
                message.push_str(&format!(
                    "; the catalogue's clock changes for summer time, so the converted times are right only around {reference}"
                ));
            }
            origin.warn(import, field, message);
            slots = converted;
        }
    }

    let mut end = end;
    if let Some(text) = &row.count {
        match whole_number(text) {
            None => {
                return Err(bad(
                    LeftOutReason::BadValue,
                    "count",
                    format!("{} is not a whole number of sessions", quote(text)),
                ));
            }
            Some(0) => origin.warn(import, "count", "`count` 0 is ignored"),
            Some(count) => match start {
                None => origin.warn(
                    import,
                    "count",
                    "`count` is ignored: without `dtstart` it is not known when the sessions start",
                ),
                Some(first) => {
                    if let Some(last) = last_of_count(&slots, first, end, interval, count) {
                        end = Some(last);
                    }
                }
            },
        }
    }

    if let (Some(first), Some(last)) = (start, end) {
        let probe = Schedule {
            start_date: Some(first),
            end_date: Some(last),
            weekly: slots.clone(),
            interval_weeks: interval,
            ..Schedule::default()
        };
        let before = DateTime::new(first.add_days(-1), Time::MIDNIGHT);
        if probe.next_sessions(before, 1).is_empty() {
            origin.warn(
                import,
                "byday",
                format!(
                    "the schedule gives no session: it runs from {first} to {last}, and none of its days ({}) falls in that time",
                    describe_slots(&slots)
                ),
            );
        }
    }

    Ok(Reading::Weekly(Weekly {
        slots,
        start,
        end,
        interval,
    }))
}

/// The date of the `count`th session from `first`, if it is within reach.
fn last_of_count(
    slots: &[WeeklySlot],
    first: Date,
    end: Option<Date>,
    interval: u8,
    count: u32,
) -> Option<Date> {
    let wanted = usize::try_from(count.min(MAX_COUNT)).ok()?;
    let probe = Schedule {
        start_date: Some(first),
        end_date: end,
        weekly: slots.to_vec(),
        interval_weeks: interval,
        ..Schedule::default()
    };
    let sessions = probe.next_sessions(DateTime::new(first.add_days(-1), Time::MIDNIGHT), wanted);
    if count > MAX_COUNT || sessions.len() < wanted {
        return None;
    }
    sessions.last().map(|s| s.date)
}

/// Reads an optional date field, `YYYY-MM-DD` or the date part of a date-time.
fn read_date(
    row: &ScheduleRow,
    field: &'static str,
    value: &Option<String>,
) -> Result<Option<(Date, &'static str)>, Bad> {
    let Some(text) = value else { return Ok(None) };
    Date::parse(date_part(text))
        .map(|date| Some((date, field)))
        .map_err(|message| Bad {
            reason: LeftOutReason::BadDate,
            origin: row.origin.clone(),
            field,
            message: message.into(),
        })
}

/// The date part of `2023-03-15T10:30:45Z` or `2023-03-15 10:30`; the text otherwise.
pub(super) fn date_part(text: &str) -> &str {
    let text = text.trim();
    match (text.get(..10), text.as_bytes().get(10)) {
        (Some(date), Some(b'T' | b't' | b' ')) => date,
        _ => text,
    }
}

/// The later of two optional dates, with the name of the field it came from.
fn later(
    a: Option<(Date, &'static str)>,
    b: Option<(Date, &'static str)>,
) -> Option<(Date, &'static str)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The earlier of two optional dates, with the name of the field it came from.
fn earlier(
    a: Option<(Date, &'static str)>,
    b: Option<(Date, &'static str)>,
) -> Option<(Date, &'static str)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.0 < a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// Reads a whole number written as digits, such as `2` or `2.0` (a JSON number).
fn whole_number(text: &str) -> Option<u32> {
    let text = text.trim();
    let digits = text.strip_suffix(".0").unwrap_or(text);
    digits.parse().ok()
}

/// The day of an HSDS 1.x `weekday`: an English name or its start (`Monday`,
/// `Tues`), or a number read as ISO 8601 does, 1 Monday to 7 Sunday, with 0 also
/// Sunday (as counted from Sunday, which agrees on every other day).
pub(super) fn read_weekday(text: &str) -> Option<Weekday> {
    let text = text.trim();
    let number = text.strip_suffix(".0").unwrap_or(text);
    if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
        return match number.parse::<u8>().ok()? {
            0 | 7 => Some(Weekday::Sun),
            n @ 1..=6 => Weekday::ALL.get(usize::from(n - 1)).copied(),
            _ => None,
        };
    }
    weekday(text)
}

/// Why `byday` could not be read.
enum DayError {
    /// A day with a position such as `2MO`, which only monthly rules use.
    Positional(String),
    /// Not a day at all.
    Unknown(String),
}

/// Reads `MO,WE`, `MO WE`, or English names such as `Monday, Wed`.
fn read_days(text: &str) -> Result<Vec<Weekday>, DayError> {
    let mut days = Vec::new();
    for token in text
        .split([',', ';', ' ', '/'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let day = match weekday(token) {
            Some(day) => day,
            None if token.starts_with(['+', '-'])
                || token.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                return Err(DayError::Positional(token.to_owned()));
            }
            None => return Err(DayError::Unknown(token.to_owned())),
        };
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days.sort_unstable();
    Ok(days)
}

/// A clock time and its UTC offset in minutes if one is written: `10:00`,
/// `10:00:00`, `10:00Z`, `09:00-05:00`, `10:00:00.000+01:00`.
fn read_clock(text: &str) -> Result<(Time, Option<i32>), String> {
    let text = text.trim();
    if let Some(time) = read_twelve_hour(text) {
        return Ok((time, None));
    }
    let (clock, offset) = if let Some(clock) = text.strip_suffix(['Z', 'z']) {
        (clock, Some(0))
    } else if let Some(at) = text.rfind(['+', '-']).filter(|&at| at > 0) {
        let (clock, offset) = text.split_at_checked(at).unwrap_or((text, ""));
        let Some(offset) = read_offset(offset) else {
            return Err(format!(
                "{} is not a time of day in the form HH:MM with an offset such as +01:00",
                quote(text)
            ));
        };
        (clock, Some(offset))
    } else {
        (text, None)
    };
    // Fractions of a second, as in `10:00:00.000`, are dropped with the seconds.
    let clock = match clock.split_once('.') {
        Some((whole, _)) if whole.matches(':').count() == 2 => whole,
        _ => clock,
    };
    Ok((Time::parse(clock)?, offset))
}

/// A time on the twelve-hour clock, as older HSDS exports write it: `9am`,
/// `4:00 PM`, `12.30 p.m.`. `None` when the text has no `am` or `pm`.
fn read_twelve_hour(text: &str) -> Option<Time> {
    let lower = text.to_ascii_lowercase();
    let lower = lower.trim().trim_end_matches('.');
    let (clock, afternoon) = match (
        lower
            .strip_suffix("am")
            .or_else(|| lower.strip_suffix("a.m")),
        lower
            .strip_suffix("pm")
            .or_else(|| lower.strip_suffix("p.m")),
    ) {
        (Some(clock), _) => (clock, false),
        (_, Some(clock)) => (clock, true),
        _ => return None,
    };
    let clock = clock.trim();
    let (hours, minutes) = clock.split_once([':', '.']).unwrap_or((clock, "00"));
    let hours: u16 = hours.parse().ok().filter(|h| (1..=12).contains(h))?;
    let minutes: u16 = minutes
        .parse()
        .ok()
        .filter(|m| *m < 60 && minutes.len() == 2)?;
    let hours = match (hours, afternoon) {
        (12, false) => 0,
        (12, true) => 12,
        (h, false) => h,
        (h, true) => h + 12,
    };
    Time::parse(&format!("{hours:02}:{minutes:02}")).ok()
}

/// Minutes east of UTC from `+03:00`, `+0300`, `+03`, `-5`.
fn read_offset(text: &str) -> Option<i32> {
    let (sign, rest) = match text.strip_prefix('+') {
        Some(rest) => (1, rest),
        None => (-1, text.strip_prefix('-')?),
    };
    let (hours, minutes) = match rest.split_once(':') {
        Some((h, m)) => (h, m),
        None if rest.len() == 4 => rest.split_at_checked(2)?,
        None => (rest, "0"),
    };
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(hours) || !all_digits(minutes) {
        return None;
    }
    let (hours, minutes): (i32, i32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 60 + minutes))
}

/// Minutes east of UTC from HSDS `timezone`, hours such as `3`, `-5`, `5.5`, `+1`,
/// `UTC+1` or `+01:00`.
fn read_timezone(text: &str) -> Option<i32> {
    let text = text.trim();
    let upper = text.to_ascii_uppercase();
    let rest = upper
        .strip_prefix("UTC")
        .or_else(|| upper.strip_prefix("GMT"))
        .unwrap_or(&upper)
        .trim();
    if rest.is_empty() {
        return Some(0);
    }
    if rest.contains(':') {
        let signed = if rest.starts_with(['+', '-']) {
            rest.to_owned()
        } else {
            format!("+{rest}")
        };
        return read_offset(&signed);
    }
    let hours: f64 = rest.parse().ok()?;
    if !(hours.is_finite() && hours.abs() <= 14.0) {
        return None;
    }
    // Within ±14 hours: the minutes fit an i32.
    Some((hours * 60.0).round() as i32)
}

/// "UTC+3", "UTC-5", "UTC+5:30", "UTC".
fn describe_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let (hours, rest) = (minutes.abs() / 60, minutes.abs() % 60);
    match (hours, rest) {
        (0, 0) => "UTC".to_owned(),
        (h, 0) => format!("UTC{sign}{h}"),
        (h, m) => format!("UTC{sign}{h}:{m:02}"),
    }
}

/// "th, fr 10:00–18:00; sa 09:00–12:00".
fn describe_slots(slots: &[WeeklySlot]) -> String {
    slots
        .iter()
        .map(|slot| {
            let days: Vec<&str> = slot.days.iter().map(|d| d.code()).collect();
            format!("{} {}–{}", days.join(", "), slot.start, slot.end)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The row's rule in short, for messages: `freq=MONTHLY byday=2MO opens_at=10:00`.
fn describe_row(row: &ScheduleRow) -> String {
    let parts: Vec<String> = [
        ("freq", &row.freq),
        ("interval", &row.interval),
        ("byday", &row.byday),
        ("weekday", &row.weekday),
        ("bymonthday", &row.bymonthday),
        ("opens_at", &row.opens_at),
        ("closes_at", &row.closes_at),
    ]
    .into_iter()
    .filter_map(|(name, value)| value.as_ref().map(|v| format!("{name}={v}")))
    .collect();
    let rule = if parts.is_empty() {
        "(empty)".to_owned()
    } else {
        parts.join(" ")
    };
    // Longer than `quote` allows, so that a whole ordinary rule shows.
    let mut text = match rule.char_indices().nth(120) {
        Some((cut, _)) => format!("`{}…`", rule.get(..cut).unwrap_or(&rule)),
        None => format!("`{rule}`"),
    };
    if let Some(description) = &row.description {
        text.push_str(&format!(" ({})", quote(description)));
    }
    text
}

/// True when the zone's offset differs half a year after `date`.
fn has_summer_time(zone: &TimeZone, date: Date) -> bool {
    let at = date.days_since_epoch() * 86_400;
    zone.utc_offset_minutes_at_utc(at) != zone.utc_offset_minutes_at_utc(at + 182 * 86_400)
}

/// Weekly slots at a UTC offset, converted to the zone's wall-clock time as it is in
/// the week from `reference`. Days move when a time crosses midnight.
fn convert(
    slots: &[WeeklySlot],
    offset_minutes: i32,
    reference: Date,
    zone: &TimeZone,
) -> Vec<WeeklySlot> {
    let to_zone = |at: DateTime| {
        zone.to_local(at.minutes_since_epoch() * 60 - i64::from(offset_minutes) * 60)
    };
    let mut converted: Vec<WeeklySlot> = Vec::new();
    for slot in slots {
        for &day in &slot.days {
            let ahead = (i64::from(day.number_from_monday())
                - i64::from(reference.weekday().number_from_monday()))
            .rem_euclid(7);
            let date = reference.add_days(ahead);
            let end_date = if slot.end <= slot.start {
                date.add_days(1)
            } else {
                date
            };
            let start = to_zone(DateTime::new(date, slot.start));
            let end = to_zone(DateTime::new(end_date, slot.end));
            let day = start.date.weekday();
            match converted
                .iter_mut()
                .find(|s| s.start == start.time && s.end == end.time)
            {
                Some(existing) => {
                    if !existing.days.contains(&day) {
                        existing.days.push(day);
                        existing.days.sort_unstable();
                    }
                }
                None => converted.push(WeeklySlot {
                    days: vec![day],
                    start: start.time,
                    end: end.time,
                }),
            }
        }
    }
    converted
}

#[cfg(test)]
mod tests {
    use super::*;
    use learnlocal_core::problem::Severity;

    fn time(text: &str) -> Time {
        Time::parse(text).expect("test time")
    }

    fn date(text: &str) -> Date {
        Date::parse(text).expect("test date")
    }

    fn weekly(byday: &str, opens: &str, closes: &str) -> ScheduleRow {
        ScheduleRow {
            freq: Some("WEEKLY".into()),
            byday: Some(byday.into()),
            opens_at: Some(opens.into()),
            closes_at: Some(closes.into()),
            ..ScheduleRow::default()
        }
    }

    /// A row, the zone it is read in, and the slots, start, end and interval expected.
    type Case<'z> = (
        ScheduleRow,
        &'z TimeZone,
        Vec<WeeklySlot>,
        Option<Date>,
        Option<Date>,
        u8,
    );

    fn warnings(import: &Import) -> Vec<String> {
        import
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .map(|p| format!("{}: {}", p.field.as_deref().unwrap_or(""), p.message))
            .collect()
    }

    /// Weekly rows become weekly slots with their dates and interval; times with an
    /// offset are converted to the catalogue's zone.
    #[test]
    fn weekly_rows_become_slots() {
        let utc = TimeZone::utc();
        let dublin = TimeZone::parse_posix("GMT0IST,M3.5.0/1,M10.5.0").expect("rule");
        let cases: Vec<Case> = vec![
            (
                weekly("MO,WE", "10:00", "12:30"),
                &utc,
                vec![WeeklySlot {
                    days: vec![Weekday::Mon, Weekday::Wed],
                    start: time("10:00"),
                    end: time("12:30"),
                }],
                None,
                None,
                1,
            ),
            (
                ScheduleRow {
                    interval: Some("2".into()),
                    dtstart: Some("2026-01-05".into()),
                    valid_to: Some("2026-06-30".into()),
                    until: Some("2026-07-31T00:00:00Z".into()),
                    ..weekly("tu", "18:00:00", "20:00:00")
                },
                &utc,
                vec![WeeklySlot {
                    days: vec![Weekday::Tue],
                    start: time("18:00"),
                    end: time("20:00"),
                }],
                Some(date("2026-01-05")),
                Some(date("2026-06-30")),
                2,
            ),
            (
                ScheduleRow {
                    dtstart: Some("2026-07-01".into()),
                    ..weekly("FR", "09:00Z", "11:00Z")
                },
                &dublin,
                vec![WeeklySlot {
                    days: vec![Weekday::Fri],
                    start: time("10:00"),
                    end: time("12:00"),
                }],
                Some(date("2026-07-01")),
                None,
                1,
            ),
            (
                ScheduleRow {
                    timezone: Some("3".into()),
                    ..weekly("SU", "01:00", "02:00")
                },
                &utc,
                vec![WeeklySlot {
                    days: vec![Weekday::Sat],
                    start: time("22:00"),
                    end: time("23:00"),
                }],
                None,
                None,
                1,
            ),
            (
                ScheduleRow {
                    freq: Some("DAILY".into()),
                    byday: None,
                    ..weekly("", "08:00", "09:00")
                },
                &utc,
                vec![WeeklySlot {
                    days: Weekday::ALL.to_vec(),
                    start: time("08:00"),
                    end: time("09:00"),
                }],
                None,
                None,
                1,
            ),
        ];
        for (row, zone, slots, start, end, interval) in cases {
            let mut import = Import::default();
            let schedule =
                for_opportunity(std::slice::from_ref(&row), zone, &mut import).expect("readable");
            assert_eq!(schedule.weekly, slots, "{row:?}");
            assert_eq!(
                (
                    schedule.start_date,
                    schedule.end_date,
                    schedule.interval_weeks
                ),
                (start, end, interval),
                "{row:?}"
            );
        }
    }

    /// Monthly and other shapes leave the schedule empty with the agreed warning;
    /// values that do not parse make the record unusable, with the reason.
    #[test]
    fn unsupported_and_bad_rows() {
        let zone = TimeZone::utc();
        let monthly = ScheduleRow {
            freq: Some("MONTHLY".into()),
            ..weekly("2MO", "10:00", "12:00")
        };
        let mut import = Import::default();
        let schedule = for_opportunity(&[monthly], &zone, &mut import).expect("kept");
        assert!(schedule.is_empty());
        let w = warnings(&import);
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("freq: schedule `freq=MONTHLY byday=2MO opens_at=10:00 closes_at=12:00` could not be read: only weekly schedules are imported"), "{w:?}");

        let bad_cases = [
            (
                ScheduleRow {
                    dtstart: Some("2026-02-30".into()),
                    ..weekly("MO", "10:00", "11:00")
                },
                LeftOutReason::BadDate,
                "dtstart",
            ),
            (
                weekly("MO", "10.00", "11:00"),
                LeftOutReason::BadTime,
                "opens_at",
            ),
            (
                weekly("XX", "10:00", "11:00"),
                LeftOutReason::BadValue,
                "byday",
            ),
            (
                ScheduleRow {
                    interval: Some("two".into()),
                    ..weekly("MO", "10:00", "11:00")
                },
                LeftOutReason::BadValue,
                "interval",
            ),
            (
                ScheduleRow {
                    valid_from: Some("2026-05-01".into()),
                    valid_to: Some("2026-04-01".into()),
                    ..weekly("MO", "10:00", "11:00")
                },
                LeftOutReason::BadDate,
                "valid_to",
            ),
        ];
        for (row, reason, field) in bad_cases {
            let mut import = Import::default();
            let bad =
                for_opportunity(std::slice::from_ref(&row), &zone, &mut import).expect_err("bad");
            assert_eq!((bad.reason, bad.field), (reason, field), "{row:?}");
        }
    }

    /// `count` ends the rule at its last session, and a holiday row with closed
    /// dates becomes one-off slots beside the regular weekly slots.
    #[test]
    fn count_and_extra_rows() {
        let zone = TimeZone::utc();
        let counted = ScheduleRow {
            dtstart: Some("2026-01-05".into()),
            count: Some("3".into()),
            ..weekly("MO,TH", "10:00", "11:00")
        };
        let mut import = Import::default();
        let schedule = for_opportunity(&[counted], &zone, &mut import).expect("readable");
        assert_eq!(schedule.end_date, Some(date("2026-01-12")));

        let regular = weekly("MO", "10:00", "12:00");
        let holiday = ScheduleRow {
            valid_from: Some("2026-12-21".into()),
            valid_to: Some("2026-12-24".into()),
            ..weekly("TU,WE", "14:00", "15:00")
        };
        let mut import = Import::default();
        let schedule = for_opportunity(&[holiday, regular], &zone, &mut import).expect("readable");
        assert_eq!(
            schedule.weekly,
            vec![WeeklySlot {
                days: vec![Weekday::Mon],
                start: time("10:00"),
                end: time("12:00")
            }]
        );
        assert_eq!(
            schedule.dates,
            vec![
                DatedSlot {
                    date: date("2026-12-22"),
                    start: time("14:00"),
                    end: time("15:00")
                },
                DatedSlot {
                    date: date("2026-12-23"),
                    start: time("14:00"),
                    end: time("15:00")
                },
            ]
        );
    }

    /// Clock times with offsets and fractions of seconds are read; offsets outside
    /// ±14 hours are not.
    #[test]
    fn clock_times_and_offsets() {
        assert_eq!(
            read_clock("10:00:00.000+01:00"),
            Ok((time("10:00"), Some(60)))
        );
        assert_eq!(read_clock("09:00-05:00"), Ok((time("09:00"), Some(-300))));
        assert_eq!(read_clock("9:30"), Ok((time("09:30"), None)));
        assert!(read_clock("10:00+99:00").is_err());
        assert_eq!(read_timezone("5.5"), Some(330));
        assert_eq!(read_timezone("UTC-5"), Some(-300));
        assert_eq!(read_timezone("Europe/London"), None);
        assert_eq!(date_part("2023-03-15T10:30:45.123Z"), "2023-03-15");
    }
}
