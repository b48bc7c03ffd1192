//! When an opportunity happens: weekly slots, monthly slots (such as the first
//! Tuesday), one-off dates and exceptions, and the sessions they give.
//!
//! All times are the catalogue's local wall-clock time (see `tz` for turning "now"
//! into it). This module never reads the clock, since the caller passes the moment
//! to look from, and never panics or loops without bound, whatever the data: the
//! search for repeating sessions looks at most [`SCAN_HORIZON_WEEKS`] weeks ahead.

use serde::{Deserialize, Serialize};

use crate::time::{Date, DateTime, Time, Weekday, days_in_month};

/// How far ahead, in weeks (a little over three years), [`Schedule::next_sessions`]
/// looks for weekly and monthly sessions, counting from where it starts looking: the
/// day before `after`, or `start_date` when that is later. Such sessions beyond it
/// are never returned (so a monthly slot repeating less often than every 36 months
/// may show none). This keeps schedules that never produce a session (every date
/// excepted, no days) from making the search run on.
pub const SCAN_HORIZON_WEEKS: i64 = 157;

/// Days since 1970-01-01 of the Monday 1969-12-29, from which every-N-weeks
/// schedules without a `start_date` count their weeks.
const EPOCH_MONDAY_DAYS: i64 = -3;

/// A weekly recurring time slot: on each of `days`, from `start` to `end` (local time).
///
/// When `end` is not after `start` (such as 22:00 to 02:00) the slot runs past
/// midnight and ends at `end` the next day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklySlot {
    /// The days of the week it happens on.
    pub days: Vec<Weekday>,
    /// When it starts.
    pub start: Time,
    /// When it ends.
    pub end: Time,
}

/// A monthly recurring slot, such as the first Tuesday or the last weekday of the
/// month, from `start` to `end` (local time).
///
/// Of the days in a month that fall on one of `days`, counted from the first (1,
/// 2, ...) or from the last (-1, -2, ...), those named in `nth` have a session:
/// `days` Tuesday with `nth` 1 is the first Tuesday; `days` Monday to Friday with
/// `nth` -1 is the last weekday. This is RFC 5545's `BYDAY=1TU`, and `BYDAY` with
/// `BYSETPOS` for several days. When `end` is not after `start` the slot runs past
/// midnight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthlySlot {
    /// The days of the week counted.
    pub days: Vec<Weekday>,
    /// Which of those days in the month: 1 the first, 2 the second, -1 the last.
    pub nth: Vec<i8>,
    /// When it starts.
    pub start: Time,
    /// When it ends.
    pub end: Time,
}

impl MonthlySlot {
    /// True when `date` is one of the slot's days of its month.
    pub fn falls_on(&self, date: Date) -> bool {
        if !self.days.contains(&date.weekday()) {
            return false;
        }
        let day = i64::from(date.day());
        let last = i64::from(days_in_month(i64::from(date.year()), date.month()));
        let (mut from_first, mut from_last) = (0, 0);
        for other in 1..=last {
            if self.days.contains(&date.add_days(other - day).weekday()) {
                from_first += i64::from(other <= day);
                from_last += i64::from(other >= day);
            }
        }
        self.nth
            .iter()
            .any(|&n| i64::from(n) == from_first || i64::from(n) == -from_last)
    }
}

/// A one-off slot on a given date.
///
/// When `end` is not after `start` the slot runs past midnight and ends at `end` the
/// next day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedSlot {
    /// The day it starts on.
    pub date: Date,
    /// When it starts.
    pub start: Time,
    /// When it ends.
    pub end: Time,
}

impl DatedSlot {
    /// This slot as a session.
    pub fn session(&self) -> Session {
        Session {
            date: self.date,
            start: self.start,
            end: self.end,
        }
    }
}

/// When something happens, in the catalogue's local time. Empty means "ask the provider".
/// The subset of RFC 5545 that publishers use: weekly recurrence on given weekdays
/// (optionally every N weeks), monthly recurrence on given weekdays of the month (the
/// first Tuesday; optionally every N months), between optional start and end dates,
/// plus explicit dates, minus exception dates.
///
/// Weekly and monthly sessions happen on dates from `start_date` to `end_date`
/// inclusive (by the date a session starts), except the `except` dates. Explicit
/// `dates` always happen: neither the date range nor `except` applies to them, as
/// with RDATE in RFC 5545. With `interval_weeks` N above 1, weekly sessions happen
/// in every Nth week (weeks start on Monday), counting from the week of
/// `start_date`; without a `start_date`, from the week of Monday 1969-12-29, which
/// is arbitrary, so give a `start_date` with any interval. `interval_months` counts
/// months the same way, from the month of `start_date` (else January 1970).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// The first day weekly slots can happen on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// The last day weekly slots can happen on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    /// Slots repeating every week (or every `interval_weeks` weeks).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weekly: Vec<WeeklySlot>,
    /// Every how many weeks the weekly slots repeat (RRULE INTERVAL); 1 when absent.
    /// 0 is a mistake (reported by [`Schedule::problems`]) and is read as 1.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub interval_weeks: u8,
    /// Slots repeating every month (or every `interval_months` months).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub monthly: Vec<MonthlySlot>,
    /// Every how many months the monthly slots repeat; 1 when absent. 0 is a
    /// mistake (reported) and is read as 1.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub interval_months: u8,
    /// One-off slots.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<DatedSlot>,
    /// Dates on which a weekly slot does not happen (RRULE EXDATE).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except: Vec<Date>,
}

/// The default `interval_weeks` and `interval_months`: every week or month.
fn one() -> u8 {
    1
}

/// True for the default interval, which is left out when writing.
fn is_one(weeks: &u8) -> bool {
    *weeks == 1
}

impl Default for Schedule {
    /// The empty schedule ("ask the provider"), with intervals of 1 so that it
    /// writes as `{}` and reads back the same.
    fn default() -> Schedule {
        Schedule {
            start_date: None,
            end_date: None,
            weekly: Vec::new(),
            interval_weeks: 1,
            monthly: Vec::new(),
            interval_months: 1,
            dates: Vec::new(),
            except: Vec::new(),
        }
    }
}

/// One occurrence.
///
/// Ordered by date, then start, then end. When `end` is not after `start` the
/// session runs past midnight and ends at `end` the next day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Session {
    /// The day it starts on.
    pub date: Date,
    /// When it starts.
    pub start: Time,
    /// When it ends (the next day when not after `start`).
    pub end: Time,
}

/// A part of the day, by the time a session starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartOfDay {
    /// Starting before 12:00.
    Morning,
    /// Starting from 12:00 and before 17:00.
    Afternoon,
    /// Starting from 17:00.
    Evening,
}

tokens!(PartOfDay {
    Morning => "morning",
    Afternoon => "afternoon",
    Evening => "evening",
});

impl PartOfDay {
    /// The part of the day a time falls in.
    pub fn of(time: Time) -> PartOfDay {
        match time.hour() {
            0..12 => PartOfDay::Morning,
            12..17 => PartOfDay::Afternoon,
            _ => PartOfDay::Evening,
        }
    }
}

impl Session {
    /// The moment it starts.
    pub fn starts_at(&self) -> DateTime {
        DateTime::new(self.date, self.start)
    }

    /// The moment it ends: on the next day when `end` is not after `start`.
    pub fn ends_at(&self) -> DateTime {
        if self.runs_past_midnight() {
            DateTime::new(self.date.add_days(1), self.end)
        } else {
            DateTime::new(self.date, self.end)
        }
    }

    /// True when it ends the day after it starts (`end` not after `start`).
    pub fn runs_past_midnight(&self) -> bool {
        self.end <= self.start
    }

    /// How long it lasts, in minutes.
    pub fn duration_minutes(&self) -> u32 {
        let start = self.starts_at().minutes_since_epoch();
        let end = self.ends_at().minutes_since_epoch();
        u32::try_from(end - start).unwrap_or(0)
    }

    /// True when `at` is during the session: from its start (included) to its end
    /// (not included).
    pub fn contains(&self, at: DateTime) -> bool {
        let at = at.minutes_since_epoch();
        self.starts_at().minutes_since_epoch() <= at && at < self.ends_at().minutes_since_epoch()
    }

    /// The part of the day it starts in.
    pub fn part_of_day(&self) -> PartOfDay {
        PartOfDay::of(self.start)
    }
}

impl Schedule {
    /// True when there are no slots, weekly, monthly or dated: the times are not
    /// known, so people should ask the provider. Dates and exceptions alone make no
    /// sessions.
    pub fn is_empty(&self) -> bool {
        self.weekly.is_empty() && self.monthly.is_empty() && self.dates.is_empty()
    }

    /// True when there are weekly or monthly slots.
    pub fn repeats(&self) -> bool {
        !self.weekly.is_empty() || !self.monthly.is_empty()
    }

    /// Days since 1970-01-01 of the Monday from which every-N-weeks slots count.
    fn anchor_monday_days(&self) -> i64 {
        self.start_date.map_or(EPOCH_MONDAY_DAYS, |date| {
            date.days_since_epoch() - i64::from(date.weekday().number_from_monday() - 1)
        })
    }

    /// True when weekly slots can happen on this date: in a week the interval
    /// allows.
    fn in_weekly_interval(&self, date: Date) -> bool {
        let interval = i64::from(self.interval_weeks.max(1));
        let weeks = (date.days_since_epoch() - self.anchor_monday_days()).div_euclid(7);
        weeks.rem_euclid(interval) == 0
    }

    /// True when monthly slots can happen on this date: in a month the interval
    /// allows, counting from the month of `start_date` (else January 1970).
    fn in_monthly_interval(&self, date: Date) -> bool {
        let month = |d: Date| i64::from(d.year()) * 12 + i64::from(d.month());
        let anchor = self.start_date.map_or(1970 * 12 + 1, month);
        (month(date) - anchor).rem_euclid(i64::from(self.interval_months.max(1))) == 0
    }

    /// Adds the weekly and monthly sessions starting on `date` to `sessions`.
    fn push_repeating_sessions(&self, date: Date, sessions: &mut Vec<Session>) {
        let in_range = self.start_date.is_none_or(|start| start <= date)
            && self.end_date.is_none_or(|end| date <= end);
        if !in_range || self.except.contains(&date) {
            return;
        }
        let session = |start, end| Session { date, start, end };
        if !self.weekly.is_empty() && self.in_weekly_interval(date) {
            let weekday = date.weekday();
            for slot in self.weekly.iter().filter(|s| s.days.contains(&weekday)) {
                sessions.push(session(slot.start, slot.end));
            }
        }
        if !self.monthly.is_empty() && self.in_monthly_interval(date) {
            for slot in self.monthly.iter().filter(|s| s.falls_on(date)) {
                sessions.push(session(slot.start, slot.end));
            }
        }
    }

    /// All sessions starting on `date`, weekly, monthly and dated, in order,
    /// without duplicates.
    pub fn sessions_on(&self, date: Date) -> Vec<Session> {
        let mut sessions = Vec::new();
        self.push_repeating_sessions(date, &mut sessions);
        sessions.extend(
            self.dates
                .iter()
                .filter(|slot| slot.date == date)
                .map(DatedSlot::session),
        );
        crate::sorted::sort_dedup(&mut sessions);
        sessions
    }

    /// The first `n` sessions that have not ended by `after`, in order (by date,
    /// then start, then end), without duplicates. A session in progress at `after`
    /// counts; one ending exactly at `after` does not.
    ///
    /// Weekly and monthly sessions are looked for at most [`SCAN_HORIZON_WEEKS`]
    /// weeks ahead, so this always returns promptly, with fewer than `n` sessions
    /// when there are not that many in reach.
    pub fn next_sessions(&self, after: DateTime, n: usize) -> Vec<Session> {
        if n == 0 {
            return Vec::new();
        }
        let after_minutes = after.minutes_since_epoch();
        let not_ended = |s: &Session| s.ends_at().minutes_since_epoch() > after_minutes;
        let mut found: Vec<Session> = self
            .dates
            .iter()
            .map(DatedSlot::session)
            .filter(not_ended)
            .collect();
        if self.repeats() {
            // From the day before `after`, for a session running past midnight.
            let mut first_day =
                (after.date.days_since_epoch() - 1).max(Date::MIN.days_since_epoch());
            if let Some(start) = self.start_date {
                first_day = first_day.max(start.days_since_epoch());
            }
            let mut last_day = first_day + SCAN_HORIZON_WEEKS * 7;
            if let Some(end) = self.end_date {
                last_day = last_day.min(end.days_since_epoch());
            }
            last_day = last_day.min(Date::MAX.days_since_epoch());
            // Whole days at a time: once `n` repeating sessions are found, every
            // later one is on a later day, so comes after them.
            let mut repeating_found = 0;
            let mut day_sessions = Vec::new();
            let mut day = first_day;
            while day <= last_day && repeating_found < n {
                self.push_repeating_sessions(Date::from_days_since_epoch(day), &mut day_sessions);
                day_sessions.retain(not_ended);
                crate::sorted::sort_dedup(&mut day_sessions);
                repeating_found += day_sessions.len();
                found.append(&mut day_sessions);
                day += 1;
            }
        }
        crate::sorted::sort_dedup(&mut found);
        found.truncate(n);
        found
    }

    /// True when a session is going on at `at`: from its start (included) to its
    /// end (not included). A slot ending at 24:00 includes 23:59; a slot running
    /// past midnight (`end` not after `start`) is open until `end` the next day.
    pub fn is_open_at(&self, at: DateTime) -> bool {
        // A session containing `at` starts on its date, the day before (past
        // midnight), or the day after when `at` is written as 24:00.
        [-1, 0, 1].into_iter().any(|offset_days| {
            self.sessions_on(at.date.add_days(offset_days))
                .iter()
                .any(|session| session.contains(at))
        })
    }

    /// Mistakes in the schedule, each as (field path, plain-English message), such
    /// as (`schedule.weekly[0].end`, "...").
    ///
    /// Reported: `end_date` before `start_date`; `interval_weeks` or
    /// `interval_months` 0; a weekly or monthly slot with no days; a monthly slot
    /// whose `nth` is empty or names a day no month has (0, or a 6th Tuesday); a
    /// slot ending when it starts or starting at 24:00; and `except` dates outside
    /// the date range, which change nothing.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut problems = Vec::new();
        let mut report = |field: String, message: String| problems.push((field, message));
        if let (Some(start), Some(end)) = (self.start_date, self.end_date)
            && end < start
        {
            report(
                "schedule.end_date".to_owned(),
                format!("`end_date` {end} is before `start_date` {start}"),
            );
        }
        if self.interval_weeks == 0 {
            report(
                "schedule.interval_weeks".to_owned(),
                "`interval_weeks` is 0: use 1 for every week, 2 for every other week, and so on"
                    .to_owned(),
            );
        }
        if self.interval_months == 0 {
            report(
                "schedule.interval_months".to_owned(),
                "`interval_months` is 0: use 1 for every month, 2 for every other month, and so on"
                    .to_owned(),
            );
        }
        let slots = self
            .weekly
            .iter()
            .map(|s| (s.start, s.end))
            .enumerate()
            .map(|(i, times)| (format!("schedule.weekly[{i}]"), times));
        let monthly = self
            .monthly
            .iter()
            .map(|s| (s.start, s.end))
            .enumerate()
            .map(|(i, times)| (format!("schedule.monthly[{i}]"), times));
        let dated = self
            .dates
            .iter()
            .map(|s| (s.start, s.end))
            .enumerate()
            .map(|(i, times)| (format!("schedule.dates[{i}]"), times));
        for (i, slot) in self.weekly.iter().enumerate() {
            if slot.days.is_empty() {
                report(
                    format!("schedule.weekly[{i}].days"),
                    "the slot has no days: list the days it happens on, such as [\"mo\", \"we\"]"
                        .to_owned(),
                );
            }
        }
        for (i, slot) in self.monthly.iter().enumerate() {
            let mut days = slot.days.clone();
            crate::sorted::sort_dedup(&mut days);
            if days.is_empty() {
                report(
                    format!("schedule.monthly[{i}].days"),
                    "the slot has no days: list the days it happens on, such as [\"tu\"]"
                        .to_owned(),
                );
            }
            // A month has at most five of each weekday.
            let most = i64::try_from(days.len() * 5).unwrap_or(i64::MAX).min(31);
            let never = slot
                .nth
                .iter()
                .find(|&&n| n == 0 || i64::from(n).abs() > most);
            if slot.nth.is_empty() {
                report(
                    format!("schedule.monthly[{i}].nth"),
                    "`nth` is empty: say which of the days in the month, such as [1] for the first or [-1] for the last"
                        .to_owned(),
                );
            } else if let Some(n) = never.filter(|_| !days.is_empty()) {
                report(
                    format!("schedule.monthly[{i}].nth"),
                    format!(
                        "`nth` {n} names a day no month has: use 1 to {most} from the first, or -1 to -{most} from the last"
                    ),
                );
            }
        }
        for (path, (start, end)) in slots.chain(monthly).chain(dated) {
            if start == Time::END_OF_DAY {
                report(
                    format!("{path}.start"),
                    "`start` 24:00 is the end of the day: a session starting at midnight starts at 00:00"
                        .to_owned(),
                );
            } else if end == start {
                report(
                    format!("{path}.end"),
                    format!("`end` {end} is the same as `start`: give the time it finishes"),
                );
            }
        }
        for (i, date) in self.except.iter().enumerate() {
            let field = format!("schedule.except[{i}]");
            if let Some(start) = self.start_date.filter(|start| date < start) {
                report(
                    field,
                    format!(
                        "`except` date {date} is before `start_date` {start}, so it changes nothing"
                    ),
                );
            } else if let Some(end) = self.end_date.filter(|end| date > end) {
                report(
                    field,
                    format!(
                        "`except` date {date} is after `end_date` {end}, so it changes nothing"
                    ),
                );
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).expect("test date")
    }

    fn time(text: &str) -> Time {
        Time::parse(text).expect("test time")
    }

    fn at(text: &str) -> DateTime {
        DateTime::parse(text).expect("test date-time")
    }

    fn weekly(days: &[Weekday], start: &str, end: &str) -> WeeklySlot {
        WeeklySlot {
            days: days.to_vec(),
            start: time(start),
            end: time(end),
        }
    }

    fn dated(on: &str, start: &str, end: &str) -> DatedSlot {
        DatedSlot {
            date: date(on),
            start: time(start),
            end: time(end),
        }
    }

    /// Sessions written compactly as `YYYY-MM-DD HH:MM-HH:MM`.
    fn shown(sessions: &[Session]) -> Vec<String> {
        sessions
            .iter()
            .map(|s| format!("{} {}-{}", s.date, s.start, s.end))
            .collect()
    }

    use Weekday::{Mon, Sat, Tue, Wed};

    /// Mondays and Wednesdays 18:30-20:00 from 14 September to 7 October 2026,
    /// except 23 September.
    fn evening_class() -> Schedule {
        Schedule {
            start_date: Some(date("2026-09-14")),
            end_date: Some(date("2026-10-07")),
            weekly: vec![weekly(&[Mon, Wed], "18:30", "20:00")],
            except: vec![date("2026-09-23")],
            ..Schedule::default()
        }
    }

    /// The next sessions follow the weekly slots, interval, dates and exceptions.
    #[test]
    fn next_sessions_table() {
        let cases: Vec<(&str, Schedule, &str, usize, Vec<&str>)> = vec![
            (
                "weekly between dates with an exception",
                evening_class(),
                "2026-09-01T00:00",
                10,
                vec![
                    "2026-09-14 18:30-20:00",
                    "2026-09-16 18:30-20:00",
                    "2026-09-21 18:30-20:00",
                    "2026-09-28 18:30-20:00",
                    "2026-09-30 18:30-20:00",
                    "2026-10-05 18:30-20:00",
                    "2026-10-07 18:30-20:00",
                ],
            ),
            (
                "only the first n",
                evening_class(),
                "2026-09-01T00:00",
                2,
                vec!["2026-09-14 18:30-20:00", "2026-09-16 18:30-20:00"],
            ),
            (
                "in progress at `after` counts",
                evening_class(),
                "2026-09-16T19:59",
                2,
                vec!["2026-09-16 18:30-20:00", "2026-09-21 18:30-20:00"],
            ),
            (
                "ending exactly at `after` does not",
                evening_class(),
                "2026-09-16T20:00",
                1,
                vec!["2026-09-21 18:30-20:00"],
            ),
            (
                "after the end date there are none",
                evening_class(),
                "2026-10-07T20:00",
                5,
                vec![],
            ),
            ("n = 0", evening_class(), "2026-09-01T00:00", 0, vec![]),
            (
                "empty schedule",
                Schedule::default(),
                "2026-09-01T00:00",
                5,
                vec![],
            ),
            (
                "every 2 weeks counts from the week of start_date (a Wednesday)",
                Schedule {
                    start_date: Some(date("2026-09-16")),
                    weekly: vec![weekly(&[Mon, Wed], "10:00", "11:00")],
                    interval_weeks: 2,
                    ..Schedule::default()
                },
                "2026-09-01T00:00",
                5,
                vec![
                    "2026-09-16 10:00-11:00",
                    "2026-09-28 10:00-11:00",
                    "2026-09-30 10:00-11:00",
                    "2026-10-12 10:00-11:00",
                    "2026-10-14 10:00-11:00",
                ],
            ),
            (
                "every 2 weeks without start_date counts from Monday 1969-12-29",
                Schedule {
                    weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                    interval_weeks: 2,
                    ..Schedule::default()
                },
                "2026-09-14T00:00",
                2,
                vec!["2026-09-21 10:00-11:00", "2026-10-05 10:00-11:00"],
            ),
            (
                "interval 0 is read as every week",
                Schedule {
                    weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                    interval_weeks: 0,
                    ..Schedule::default()
                },
                "2026-09-14T00:00",
                2,
                vec!["2026-09-14 10:00-11:00", "2026-09-21 10:00-11:00"],
            ),
            (
                "explicit dates only, in order, past ones dropped",
                Schedule {
                    dates: vec![
                        dated("2026-10-03", "14:00", "16:00"),
                        dated("2026-09-26", "10:00", "12:00"),
                        dated("2026-08-01", "10:00", "12:00"),
                        dated("2026-09-26", "09:00", "10:00"),
                    ],
                    ..Schedule::default()
                },
                "2026-09-01T00:00",
                10,
                vec![
                    "2026-09-26 09:00-10:00",
                    "2026-09-26 10:00-12:00",
                    "2026-10-03 14:00-16:00",
                ],
            ),
            (
                "mixed: dates join weekly ones, ignore except and range, duplicates go",
                Schedule {
                    end_date: Some(date("2026-09-30")),
                    dates: vec![
                        dated("2026-09-23", "18:30", "20:00"),
                        dated("2026-09-19", "11:00", "13:00"),
                        dated("2026-10-10", "11:00", "13:00"),
                        dated("2026-09-21", "18:30", "20:00"),
                    ],
                    ..evening_class()
                },
                "2026-09-17T00:00",
                10,
                vec![
                    "2026-09-19 11:00-13:00",
                    "2026-09-21 18:30-20:00",
                    "2026-09-23 18:30-20:00",
                    "2026-09-28 18:30-20:00",
                    "2026-09-30 18:30-20:00",
                    "2026-10-10 11:00-13:00",
                ],
            ),
            (
                "two slots on one day come in time order; a repeated day is one session",
                Schedule {
                    weekly: vec![
                        weekly(&[Sat, Sat], "14:00", "15:00"),
                        weekly(&[Sat], "10:00", "11:00"),
                        weekly(&[Sat], "14:00", "15:00"),
                    ],
                    ..Schedule::default()
                },
                "2026-09-19T00:00",
                3,
                vec![
                    "2026-09-19 10:00-11:00",
                    "2026-09-19 14:00-15:00",
                    "2026-09-26 10:00-11:00",
                ],
            ),
            (
                "an overnight session from the day before is still in progress",
                Schedule {
                    weekly: vec![weekly(&[Tue], "22:00", "02:00")],
                    ..Schedule::default()
                },
                "2026-09-16T01:00",
                2,
                vec!["2026-09-15 22:00-02:00", "2026-09-22 22:00-02:00"],
            ),
            (
                "a slot to 24:00 ends at midnight",
                Schedule {
                    weekly: vec![weekly(&[Mon], "20:00", "24:00")],
                    ..Schedule::default()
                },
                "2026-09-15T00:00",
                1,
                vec!["2026-09-21 20:00-24:00"],
            ),
            (
                "a start_date years ahead is still found",
                Schedule {
                    start_date: Some(date("2031-01-06")),
                    weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                    ..Schedule::default()
                },
                "2026-09-14T00:00",
                1,
                vec!["2031-01-06 10:00-11:00"],
            ),
        ];
        for (name, schedule, after, n, want) in cases {
            let got = schedule.next_sessions(at(after), n);
            assert_eq!(shown(&got), want, "{name}");
        }
    }

    fn monthly(days: &[Weekday], nth: &[i8], start: &str, end: &str) -> MonthlySlot {
        MonthlySlot {
            days: days.to_vec(),
            nth: nth.to_vec(),
            start: time(start),
            end: time(end),
        }
    }

    /// Monthly slots give the days a person would read off a calendar: the first
    /// Tuesday, the last Friday, the last weekday, every other month, within the
    /// date range and less the exceptions.
    #[test]
    fn monthly_sessions() {
        use Weekday::{Fri, Thu};
        let weekdays = [Mon, Tue, Wed, Thu, Fri];
        let cases: Vec<(&str, Schedule, &str, usize, Vec<&str>)> = vec![
            (
                "first Tuesday",
                Schedule {
                    monthly: vec![monthly(&[Tue], &[1], "10:00", "12:00")],
                    ..Schedule::default()
                },
                "2026-09-02T00:00",
                4,
                vec![
                    "2026-10-06 10:00-12:00",
                    "2026-11-03 10:00-12:00",
                    "2026-12-01 10:00-12:00",
                    "2027-01-05 10:00-12:00",
                ],
            ),
            (
                "last Friday, and the first and third Thursday, in order; one just ended is past",
                Schedule {
                    monthly: vec![
                        monthly(&[Fri], &[-1], "14:00", "15:00"),
                        monthly(&[Thu], &[3, 1], "18:00", "19:30"),
                    ],
                    ..Schedule::default()
                },
                "2026-10-01T19:30",
                5,
                vec![
                    "2026-10-15 18:00-19:30",
                    "2026-10-30 14:00-15:00",
                    "2026-11-05 18:00-19:30",
                    "2026-11-19 18:00-19:30",
                    "2026-11-27 14:00-15:00",
                ],
            ),
            (
                "the last weekday of the month (BYSETPOS=-1)",
                Schedule {
                    monthly: vec![monthly(&weekdays, &[-1], "09:30", "12:30")],
                    ..Schedule::default()
                },
                "2026-10-01T00:00",
                3,
                vec![
                    "2026-10-30 09:30-12:30",
                    "2026-11-30 09:30-12:30",
                    "2026-12-31 09:30-12:30",
                ],
            ),
            (
                "every other month from the start date, to the end date, less an exception",
                Schedule {
                    start_date: Some(date("2026-09-01")),
                    end_date: Some(date("2027-05-31")),
                    monthly: vec![monthly(&[Sat], &[2], "11:00", "13:00")],
                    interval_months: 2,
                    except: vec![date("2027-01-09")],
                    ..Schedule::default()
                },
                "2026-01-01T00:00",
                10,
                vec![
                    "2026-09-12 11:00-13:00",
                    "2026-11-14 11:00-13:00",
                    "2027-03-13 11:00-13:00",
                    "2027-05-08 11:00-13:00",
                ],
            ),
            (
                "a fifth Wednesday only in months that have one; weekly slots join in",
                Schedule {
                    weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                    monthly: vec![monthly(&[Wed], &[5], "19:00", "21:00")],
                    ..Schedule::default()
                },
                "2026-09-28T12:00",
                4,
                vec![
                    "2026-09-30 19:00-21:00",
                    "2026-10-05 10:00-11:00",
                    "2026-10-12 10:00-11:00",
                    "2026-10-19 10:00-11:00",
                ],
            ),
        ];
        for (name, schedule, after, n, want) in cases {
            let got = schedule.next_sessions(at(after), n);
            assert_eq!(shown(&got), want, "{name}");
            assert!(schedule.problems().is_empty(), "{name}");
        }
        let first_tuesday = monthly(&[Tue], &[1], "10:00", "12:00");
        assert!(first_tuesday.falls_on(date("2026-12-01")));
        assert!(!first_tuesday.falls_on(date("2026-12-08")));
        let open = Schedule {
            monthly: vec![first_tuesday],
            ..Schedule::default()
        };
        assert!(open.is_open_at(at("2026-12-01T11:00")));
        assert!(!open.is_open_at(at("2026-12-08T11:00")));
    }

    /// A monthly slot that can never happen returns nothing, promptly.
    #[test]
    fn impossible_monthly_slots_terminate() {
        for nth in [[6], [0], [-6], [i8::MIN]] {
            let schedule = Schedule {
                monthly: vec![monthly(&[Tue], &nth, "10:00", "11:00")],
                interval_months: 255,
                ..Schedule::default()
            };
            assert_eq!(schedule.next_sessions(at("2026-09-01T00:00"), 3), []);
        }
    }

    /// Schedules that can never produce a weekly session return nothing, promptly.
    #[test]
    fn pathological_schedules_terminate() {
        let mondays_in_range: Vec<Date> = (0..10)
            .map(|week| date("2026-09-14").add_days(7 * week))
            .collect();
        let cases = [
            (
                "end before start",
                Schedule {
                    start_date: Some(date("2026-03-01")),
                    end_date: Some(date("2026-01-01")),
                    weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                    ..Schedule::default()
                },
            ),
            (
                "no days",
                Schedule {
                    weekly: vec![weekly(&[], "10:00", "11:00")],
                    ..Schedule::default()
                },
            ),
            (
                "every date excepted",
                Schedule {
                    start_date: Some(date("2026-09-14")),
                    end_date: Some(date("2026-11-16")),
                    weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                    except: mondays_in_range,
                    ..Schedule::default()
                },
            ),
            (
                "at the end of time",
                Schedule {
                    start_date: Some(Date::MAX),
                    weekly: vec![weekly(&[Tue], "10:00", "11:00")],
                    ..Schedule::default()
                },
            ),
        ];
        for (name, schedule) in cases {
            for after in ["2026-09-01T00:00", "0000-01-01T00:00", "9999-12-31T23:59"] {
                assert_eq!(
                    schedule.next_sessions(at(after), usize::MAX),
                    [],
                    "{name} after {after}"
                );
            }
        }
    }

    /// A weekly schedule with no end gives at most about three years of sessions.
    #[test]
    fn unbounded_schedules_stop_at_the_horizon() {
        let schedule = Schedule {
            weekly: vec![weekly(&[Mon], "10:00", "11:00")],
            ..Schedule::default()
        };
        let sessions = schedule.next_sessions(at("2026-09-14T00:00"), usize::MAX);
        let weeks = usize::try_from(SCAN_HORIZON_WEEKS).unwrap();
        assert!(
            (weeks - 1..=weeks + 1).contains(&sessions.len()),
            "{}",
            sessions.len()
        );
        assert_eq!(sessions[0].date, date("2026-09-14"));
    }

    /// A session is open from its start (included) to its end (not included),
    /// including slots to 24:00 and slots running past midnight.
    #[test]
    fn is_open_at_boundaries() {
        let overnight = Schedule {
            weekly: vec![weekly(&[Tue], "22:00", "02:00")],
            ..Schedule::default()
        };
        let to_midnight = Schedule {
            weekly: vec![weekly(&[Mon], "20:00", "24:00")],
            ..Schedule::default()
        };
        let one_off = Schedule {
            dates: vec![dated("2026-09-19", "11:00", "13:00")],
            ..Schedule::default()
        };
        let cases = [
            (&evening_class(), "2026-09-14T18:29", false),
            (&evening_class(), "2026-09-14T18:30", true),
            (&evening_class(), "2026-09-14T19:59", true),
            (&evening_class(), "2026-09-14T20:00", false),
            (&evening_class(), "2026-09-15T19:00", false),
            (&evening_class(), "2026-09-23T19:00", false),
            (&evening_class(), "2026-09-07T19:00", false),
            (&evening_class(), "2026-10-12T19:00", false),
            (&overnight, "2026-09-15T21:59", false),
            (&overnight, "2026-09-15T22:00", true),
            (&overnight, "2026-09-15T23:59", true),
            (&overnight, "2026-09-16T00:00", true),
            (&overnight, "2026-09-16T01:59", true),
            (&overnight, "2026-09-16T02:00", false),
            (&overnight, "2026-09-14T23:00", false),
            (&to_midnight, "2026-09-14T23:59", true),
            (&to_midnight, "2026-09-15T00:00", false),
            (&one_off, "2026-09-19T11:00", true),
            (&one_off, "2026-09-19T13:00", false),
            (&Schedule::default(), "2026-09-19T12:00", false),
        ];
        for (schedule, moment, open) in cases {
            assert_eq!(schedule.is_open_at(at(moment)), open, "{moment}");
        }
        let end_of_day = DateTime::new(date("2026-09-15"), Time::END_OF_DAY);
        assert!(
            overnight.is_open_at(end_of_day),
            "24:00 is the next day's 00:00"
        );
        assert!(!to_midnight.is_open_at(DateTime::new(date("2026-09-14"), Time::END_OF_DAY)));
    }

    /// Problems name the field and say what is wrong in plain words.
    #[test]
    fn problems_messages() {
        let mut cases: Vec<(Schedule, Vec<(&str, &str)>)> = vec![
            (evening_class(), vec![]),
            (Schedule::default(), vec![]),
            (
                Schedule {
                    start_date: Some(date("2026-03-01")),
                    end_date: Some(date("2026-01-01")),
                    ..Schedule::default()
                },
                vec![(
                    "schedule.end_date",
                    "`end_date` 2026-01-01 is before `start_date` 2026-03-01",
                )],
            ),
            (
                Schedule {
                    weekly: vec![
                        weekly(&[Mon], "10:00", "11:00"),
                        weekly(&[], "18:30", "18:30"),
                        weekly(&[Wed], "24:00", "01:00"),
                    ],
                    interval_weeks: 0,
                    dates: vec![dated("2026-09-19", "11:00", "11:00")],
                    ..Schedule::default()
                },
                vec![
                    (
                        "schedule.interval_weeks",
                        "`interval_weeks` is 0: use 1 for every week, 2 for every other week, and so on",
                    ),
                    (
                        "schedule.weekly[1].days",
                        "the slot has no days: list the days it happens on, such as [\"mo\", \"we\"]",
                    ),
                    (
                        "schedule.weekly[1].end",
                        "`end` 18:30 is the same as `start`: give the time it finishes",
                    ),
                    (
                        "schedule.weekly[2].start",
                        "`start` 24:00 is the end of the day: a session starting at midnight starts at 00:00",
                    ),
                    (
                        "schedule.dates[0].end",
                        "`end` 11:00 is the same as `start`: give the time it finishes",
                    ),
                ],
            ),
            (
                Schedule {
                    except: vec![date("2026-09-07"), date("2026-09-23"), date("2026-10-12")],
                    ..evening_class()
                },
                vec![
                    (
                        "schedule.except[0]",
                        "`except` date 2026-09-07 is before `start_date` 2026-09-14, so it changes nothing",
                    ),
                    (
                        "schedule.except[2]",
                        "`except` date 2026-10-12 is after `end_date` 2026-10-07, so it changes nothing",
                    ),
                ],
            ),
        ];
        cases.push((
            Schedule {
                monthly: vec![
                    monthly(&[Tue], &[1], "10:00", "10:00"),
                    monthly(&[], &[1], "10:00", "11:00"),
                    monthly(&[Tue], &[], "10:00", "11:00"),
                    monthly(&[Tue], &[2, 6], "10:00", "11:00"),
                    monthly(&[Mon, Tue], &[-11], "10:00", "11:00"),
                ],
                interval_months: 0,
                ..Schedule::default()
            },
            vec![
                (
                    "schedule.interval_months",
                    "`interval_months` is 0: use 1 for every month, 2 for every other month, and so on",
                ),
                (
                    "schedule.monthly[1].days",
                    "the slot has no days: list the days it happens on, such as [\"tu\"]",
                ),
                (
                    "schedule.monthly[2].nth",
                    "`nth` is empty: say which of the days in the month, such as [1] for the first or [-1] for the last",
                ),
                (
                    "schedule.monthly[3].nth",
                    "`nth` 6 names a day no month has: use 1 to 5 from the first, or -1 to -5 from the last",
                ),
                (
                    "schedule.monthly[4].nth",
                    "`nth` -11 names a day no month has: use 1 to 10 from the first, or -1 to -10 from the last",
                ),
                (
                    "schedule.monthly[0].end",
                    "`end` 10:00 is the same as `start`: give the time it finishes",
                ),
            ],
        ));
        for (schedule, want) in cases {
            let want: Vec<(String, String)> = want
                .into_iter()
                .map(|(f, m)| (f.to_owned(), m.to_owned()))
                .collect();
            assert_eq!(schedule.problems(), want, "{schedule:?}");
        }
    }

    /// The JSON shape: empty fields and an interval of 1 are left out, and read back.
    #[test]
    fn serde_shape() {
        assert_eq!(serde_json::to_string(&Schedule::default()).unwrap(), "{}");
        let empty: Schedule = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, Schedule::default());
        assert_eq!(empty.interval_weeks, 1);
        assert!(empty.is_empty());

        let json = r#"{"start_date":"2026-09-14","end_date":"2026-10-07","weekly":[{"days":["mo","we"],"start":"18:30","end":"20:00"}],"except":["2026-09-23"]}"#;
        let schedule: Schedule = serde_json::from_str(json).unwrap();
        assert_eq!(schedule, evening_class());
        assert_eq!(serde_json::to_string(&schedule).unwrap(), json);

        let fortnightly = r#"{"weekly":[{"days":["SA"],"start":"9:00","end":"10:00"}],"interval_weeks":2,"dates":[{"date":"2026-12-24","start":"10:00","end":"12:00"}]}"#;
        let schedule: Schedule = serde_json::from_str(fortnightly).unwrap();
        assert_eq!(schedule.interval_weeks, 2);
        assert_eq!(schedule.weekly[0].days, [Sat]);
        assert_eq!(
            serde_json::to_string(&schedule).unwrap(),
            fortnightly.replace("SA", "sa").replace("9:00", "09:00")
        );
        assert!(!schedule.is_empty());

        let monthly_json = r#"{"start_date":"2026-09-01","monthly":[{"days":["mo","tu","we","th","fr"],"nth":[-1],"start":"09:30","end":"12:30"}],"interval_months":3}"#;
        let schedule: Schedule = serde_json::from_str(monthly_json).unwrap();
        assert_eq!(schedule.interval_months, 3);
        assert_eq!(schedule.monthly[0].nth, [-1]);
        assert_eq!(serde_json::to_string(&schedule).unwrap(), monthly_json);
        assert!(!schedule.is_empty());

        let only_dates = Schedule {
            start_date: Some(date("2026-09-14")),
            ..Schedule::default()
        };
        assert!(
            only_dates.is_empty(),
            "a range without slots makes no sessions"
        );
    }

    /// Sessions know their part of the day, end and length.
    #[test]
    fn session_helpers() {
        let cases = [
            ("00:00", "01:00", PartOfDay::Morning, 60, "2026-09-14T01:00"),
            ("11:59", "12:30", PartOfDay::Morning, 31, "2026-09-14T12:30"),
            (
                "12:00",
                "13:00",
                PartOfDay::Afternoon,
                60,
                "2026-09-14T13:00",
            ),
            (
                "16:59",
                "18:00",
                PartOfDay::Afternoon,
                61,
                "2026-09-14T18:00",
            ),
            ("17:00", "18:00", PartOfDay::Evening, 60, "2026-09-14T18:00"),
            (
                "22:00",
                "02:00",
                PartOfDay::Evening,
                240,
                "2026-09-15T02:00",
            ),
            (
                "20:00",
                "24:00",
                PartOfDay::Evening,
                240,
                "2026-09-14T24:00",
            ),
            (
                "09:00",
                "09:00",
                PartOfDay::Morning,
                1440,
                "2026-09-15T09:00",
            ),
        ];
        for (start, end, part, minutes, ends_at) in cases {
            let s = Session {
                date: date("2026-09-14"),
                start: time(start),
                end: time(end),
            };
            assert_eq!(s.part_of_day(), part, "{start}");
            assert_eq!(s.duration_minutes(), minutes, "{start}-{end}");
            assert_eq!(s.ends_at().to_string(), ends_at, "{start}-{end}");
        }
        assert_eq!(
            serde_json::to_string(&PartOfDay::Evening).unwrap(),
            "\"evening\""
        );
    }
}
