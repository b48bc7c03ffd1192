//! When an opportunity happens: weekly slots, one-off dates and exceptions, and the
//! sessions they give.
//!
//! All times are the catalogue's local wall-clock time (see `tz` for turning "now"
//! into it). This module never reads the clock, since the caller passes the moment
//! to look from, and never panics or loops without bound, whatever the data: the
//! search for weekly sessions looks at most [`SCAN_HORIZON_WEEKS`] weeks ahead.

use serde::{Deserialize, Serialize};

use crate::time::{Date, DateTime, Time, Weekday};

/// How far ahead, in weeks (a little over three years), [`Schedule::next_sessions`]
/// looks for weekly sessions, counting from where it starts looking: the day before
/// `after`, or `start_date` when that is later. Weekly sessions beyond it are never
/// returned. This keeps schedules that never produce a session (every date excepted,
/// no days) from making the search run on.
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
/// The subset of RFC 5545 that HSDS and OpenActive use: weekly recurrence on given
/// weekdays (optionally every N weeks) between optional start and end dates, plus explicit
/// dates, minus exception dates.
///
/// Weekly sessions happen on dates from `start_date` to `end_date` inclusive (by the
/// date a session starts), except the `except` dates. Explicit `dates` always happen:
/// neither the date range nor `except` applies to them, as with RDATE in RFC 5545.
/// With `interval_weeks` N above 1, weekly sessions happen in every Nth week
/// (weeks start on Monday), counting from the week of `start_date`; without a
/// `start_date`, from the week of Monday 1969-12-29, which is arbitrary, so give a
/// `start_date` with any interval.
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
    /// One-off slots.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<DatedSlot>,
    /// Dates on which a weekly slot does not happen (RRULE EXDATE).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except: Vec<Date>,
}

/// The default `interval_weeks`: every week.
fn one() -> u8 {
    1
}

/// True for the default `interval_weeks`, which is left out when writing.
fn is_one(weeks: &u8) -> bool {
    *weeks == 1
}

impl Default for Schedule {
    /// The empty schedule ("ask the provider"), with `interval_weeks` 1 so that it
    /// writes as `{}` and reads back the same.
    fn default() -> Schedule {
        Schedule {
            start_date: None,
            end_date: None,
            weekly: Vec::new(),
            interval_weeks: 1,
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
    /// True when there are no slots, weekly or dated: the times are not known, so
    /// people should ask the provider. Dates and exceptions alone make no sessions.
    pub fn is_empty(&self) -> bool {
        self.weekly.is_empty() && self.dates.is_empty()
    }

    /// Days since 1970-01-01 of the Monday from which every-N-weeks slots count.
    fn anchor_monday_days(&self) -> i64 {
        self.start_date.map_or(EPOCH_MONDAY_DAYS, |date| {
            date.days_since_epoch() - i64::from(date.weekday().number_from_monday() - 1)
        })
    }

    /// True when weekly slots can happen on this date: in range, not excepted, and
    /// in a week the interval allows.
    fn weekly_slots_happen_on(&self, date: Date) -> bool {
        let in_range = self.start_date.is_none_or(|start| start <= date)
            && self.end_date.is_none_or(|end| date <= end);
        if !in_range || self.except.contains(&date) {
            return false;
        }
        let interval = i64::from(self.interval_weeks.max(1));
        let weeks = (date.days_since_epoch() - self.anchor_monday_days()).div_euclid(7);
        weeks.rem_euclid(interval) == 0
    }

    /// Adds the weekly sessions starting on `date` to `sessions`.
    fn push_weekly_sessions(&self, date: Date, sessions: &mut Vec<Session>) {
        if !self.weekly_slots_happen_on(date) {
            return;
        }
        let weekday = date.weekday();
        for slot in &self.weekly {
            if slot.days.contains(&weekday) {
                sessions.push(Session {
                    date,
                    start: slot.start,
                    end: slot.end,
                });
            }
        }
    }

    /// All sessions starting on `date`, weekly and dated, in order, without
    /// duplicates.
    pub fn sessions_on(&self, date: Date) -> Vec<Session> {
        let mut sessions = Vec::new();
        self.push_weekly_sessions(date, &mut sessions);
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
    /// Weekly sessions are looked for at most [`SCAN_HORIZON_WEEKS`] weeks ahead, so
    /// this always returns promptly, with fewer than `n` sessions when there are
    /// not that many in reach.
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
        if !self.weekly.is_empty() {
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
            // Whole days at a time: once `n` weekly sessions are found, every later
            // weekly session is on a later day, so comes after them.
            let mut weekly_found = 0;
            let mut day_sessions = Vec::new();
            let mut day = first_day;
            while day <= last_day && weekly_found < n {
                self.push_weekly_sessions(Date::from_days_since_epoch(day), &mut day_sessions);
                day_sessions.retain(not_ended);
                crate::sorted::sort_dedup(&mut day_sessions);
                weekly_found += day_sessions.len();
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
    /// Reported: `end_date` before `start_date`; `interval_weeks` 0; a weekly slot
    /// with no days; a slot ending when it starts or starting at 24:00; and `except`
    /// dates outside the date range, which change nothing.
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
        let slots = self
            .weekly
            .iter()
            .map(|s| (s.start, s.end))
            .enumerate()
            .map(|(i, times)| (format!("schedule.weekly[{i}]"), times));
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
        for (path, (start, end)) in slots.chain(dated) {
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
        let cases: Vec<(Schedule, Vec<(&str, &str)>)> = vec![
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
