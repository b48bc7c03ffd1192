//! When an OpenActive item happens: a session's own dates, an `eventSchedule`
//! (weekly slots, dates, exceptions, counts), sub-events and cancellations, and
//! the ISO 8601 dates and times the feed writes them in.
//!
//! Must never make unbounded work from a typing mistake, or shift a time that is
//! local already: only times with an offset are converted to the catalogue's zone.

use super::Object;
use super::model::{Item, as_text, last_segment, number, values};
use super::reader::Reader;
use crate::record::{Fail, Rec};
use crate::sessions::{MAX_DATED_SLOTS, add_minutes, dated_slots, nth_weekly_date, parse_duration};
use crate::vocab::{shorten, weekday};
use crate::zone::{iana_zone, same_clock};
use crate::{ImportContext, LeftOutReason};
use learnlocal_core::schedule::{DatedSlot, Schedule, WeeklySlot};
use learnlocal_core::text::fold;
use learnlocal_core::time::{Date, DateTime, Time, Weekday};
use serde_json::Value;
use std::fmt;

impl<'a> Reader<'a, '_> {
    /// The slots of one scheduled session (its own `startDate`..`endDate`), and
    /// whether it is cancelled.
    pub(super) fn session_slots(
        &self,
        rec: &mut Rec,
        item: Item<'a>,
    ) -> Result<(Vec<DatedSlot>, bool), Fail> {
        let own = Item {
            own: item.own,
            parent: None,
        };
        let cancelled = own
            .text("eventStatus")
            .is_some_and(|s| fold(last_segment(s)) == "eventcancelled");
        let Some(start) = own.text("startDate") else {
            return Err(rec.fail(
                "startDate",
                "the session has no `startDate`",
                LeftOutReason::BadDate,
            ));
        };
        let slots = self.event_slots(rec, own, start)?;
        Ok((slots.dates, cancelled))
    }

    /// The schedule of a series, course or event: `eventSchedule`, else its
    /// `subEvent` dates, else its own `startDate` and `endDate`.
    pub(super) fn schedule(&self, rec: &mut Rec, item: Item<'a>) -> Result<Schedule, Fail> {
        if let Some((value, path)) = item.get("eventSchedule") {
            let list = values(Some(value));
            if !list.is_empty() {
                let mut schedule = Schedule::default();
                let mut first_range: Option<(Option<Date>, Option<Date>, u8)> = None;
                for (i, entry) in list.into_iter().enumerate() {
                    let path = if value.is_array() {
                        format!("{path}[{i}]")
                    } else {
                        path.clone()
                    };
                    let Some(s) = self.object(entry) else {
                        rec.warn(
                            &path,
                            "the schedule is not an object; left out of the schedule",
                        );
                        continue;
                    };
                    let part = self.one_schedule(rec, s, &path)?;
                    merge_schedule(rec, &mut schedule, part, &path, &mut first_range);
                }
                self.cancelled_sub_events(rec, item, &mut schedule);
                return Ok(schedule);
            }
        }
        let subs: Vec<&Object> = values(item.own.get("subEvent"))
            .into_iter()
            .filter_map(|v| self.object(v))
            .collect();
        if !subs.is_empty() {
            let mut schedule = Schedule::default();
            for (i, sub) in subs.into_iter().enumerate() {
                let sub_item = Item {
                    own: sub,
                    parent: None,
                };
                let cancelled = sub_item
                    .text("eventStatus")
                    .is_some_and(|s| fold(last_segment(s)) == "eventcancelled");
                let Some(start) = sub_item.text("startDate") else {
                    continue;
                };
                let mut sub_rec = Rec {
                    place: rec.place.clone(),
                    warnings: Vec::new(),
                };
                match self.event_slots(&mut sub_rec, sub_item, start) {
                    Ok(s) if !cancelled => schedule.dates.extend(s.dates),
                    Ok(_) => {}
                    Err((problem, _)) => rec.warn(
                        &format!("subEvent[{i}].{}", problem.field.unwrap_or_default()),
                        format!(
                            "{}; the session is left out of the schedule",
                            problem.message
                        ),
                    ),
                }
                for w in sub_rec.warnings {
                    rec.warn(
                        &format!("subEvent[{i}].{}", w.field.unwrap_or_default()),
                        w.message,
                    );
                }
            }
            schedule.dates.sort_by_key(|d| (d.date, d.start, d.end));
            schedule.dates.dedup();
            return Ok(schedule);
        }
        match item.text("startDate") {
            Some(start) => self.event_slots(rec, item, start),
            None => Ok(Schedule::default()),
        }
    }

    /// Cancelled `subEvent`s of a series with a weekly schedule become exceptions.
    pub(super) fn cancelled_sub_events(
        &self,
        rec: &mut Rec,
        item: Item<'a>,
        schedule: &mut Schedule,
    ) {
        for (i, sub) in values(item.own.get("subEvent")).into_iter().enumerate() {
            let Some(sub) = self.object(sub) else {
                continue;
            };
            let cancelled = sub
                .get("eventStatus")
                .and_then(as_text)
                .is_some_and(|s| fold(last_segment(s)) == "eventcancelled");
            if !cancelled {
                continue;
            }
            match sub.get("startDate").and_then(as_text).map(parse_iso) {
                Some(Ok(when)) => {
                    let date = when.local(self.ctx).date;
                    if !schedule.except.contains(&date) {
                        schedule.except.push(date);
                    }
                }
                Some(Err(e)) => rec.warn(&format!("subEvent[{i}].startDate"), e),
                None => {}
            }
        }
        schedule.except.sort();
    }

    /// The slots of a single event from `startDate` (text given) and `endDate` or
    /// `duration`.
    pub(super) fn event_slots(
        &self,
        rec: &mut Rec,
        item: Item<'a>,
        start_text: &str,
    ) -> Result<Schedule, Fail> {
        let start_path = item.path("startDate");
        let start =
            parse_iso(start_text).map_err(|e| rec.fail(&start_path, e, LeftOutReason::BadDate))?;
        let end = match item.get("endDate") {
            Some((value, path)) => match as_text(value) {
                Some(text) => {
                    Some(parse_iso(text).map_err(|e| rec.fail(&path, e, LeftOutReason::BadDate))?)
                }
                None => None,
            },
            None => None,
        };
        let (start, end) = match (start, end) {
            (When::Date(first), end) => {
                // A date without a time: the dates are kept, the times are not known.
                let last = match end {
                    Some(When::Date(d)) => d,
                    Some(other) => other.local(self.ctx).date,
                    None => first,
                };
                rec.warn(
                    &start_path,
                    "`startDate` has no time of day, so only the dates are kept: give the times in `eventSchedule` or a date and time",
                );
                return Ok(Schedule {
                    start_date: Some(first),
                    end_date: Some(last.max(first)),
                    ..Schedule::default()
                });
            }
            (start, end) => {
                let start = start.local(self.ctx);
                let end = match end {
                    Some(end) => end.local(self.ctx),
                    None => {
                        let minutes = match item.get("duration") {
                            Some((v, path)) => match as_text(v).and_then(parse_duration) {
                                Some(d) => d.minutes(),
                                None => {
                                    rec.warn(&path, "`duration` is not an ISO 8601 duration such as PT1H; one hour is assumed");
                                    60
                                }
                            },
                            None => {
                                rec.warn(
                                    &item.path("endDate"),
                                    "no `endDate` or `duration`: one hour is assumed",
                                );
                                60
                            }
                        };
                        DateTime::from_minutes_since_epoch(
                            start.minutes_since_epoch().saturating_add(minutes),
                        )
                    }
                };
                (start, end)
            }
        };
        if end.minutes_since_epoch() <= start.minutes_since_epoch() {
            return Err(rec.fail(
                &item.path("endDate"),
                format!("the event ends ({end}) before it starts ({start})"),
                LeftOutReason::BadDate,
            ));
        }
        let (dates, capped) = dated_slots(start, end);
        if capped {
            rec.warn(
                &item.path("endDate"),
                format!("the event lasts more than {MAX_DATED_SLOTS} days; only the first {MAX_DATED_SLOTS} are listed"),
            );
        }
        Ok(Schedule {
            dates,
            ..Schedule::default()
        })
    }

    /// One `Schedule` or `PartialSchedule`.
    pub(super) fn one_schedule(
        &self,
        rec: &mut Rec,
        s: &'a Object,
        path: &str,
    ) -> Result<Schedule, Fail> {
        let at = |k: &str| format!("{path}.{k}");
        let text = |k: &str| s.get(k).and_then(as_text);
        let date = |rec: &Rec, k: &str| -> Result<Option<Date>, Fail> {
            match text(k) {
                None => Ok(None),
                Some(t) => parse_iso(t)
                    .map(|w| Some(w.local_date(self.ctx)))
                    .map_err(|e| rec.fail(&at(k), e, LeftOutReason::BadDate)),
            }
        };
        let start_date = date(rec, "startDate")?;
        let end_date = date(rec, "endDate")?;
        if let (Some(start), Some(end)) = (start_date, end_date)
            && end < start
        {
            return Err(rec.fail(
                &at("endDate"),
                format!("`endDate` {end} is before `startDate` {start}"),
                LeftOutReason::BadDate,
            ));
        }
        if let Some(zone) = text("scheduleTimezone")
            && let Some(known) = iana_zone(zone)
            && !same_clock(&known.zone, &self.ctx.zone)
        {
            rec.warn(
                &at("scheduleTimezone"),
                format!(
                    "the times are in {zone}, not the catalogue's zone; they are kept as written"
                ),
            );
        }
        // When the sessions start and end.
        let Some(start_text) = text("startTime") else {
            rec.warn(
                &at("startTime"),
                "the schedule has no `startTime`, so its sessions are not listed",
            );
            return Ok(Schedule {
                start_date,
                end_date,
                ..Schedule::default()
            });
        };
        let start = Time::parse(start_text)
            .map_err(|e| rec.fail(&at("startTime"), e, LeftOutReason::BadTime))?;
        if start == Time::END_OF_DAY {
            return Err(rec.fail(
                &at("startTime"),
                "`startTime` 24:00 is the end of a day: use 00:00",
                LeftOutReason::BadTime,
            ));
        }
        let end = match (text("endTime"), text("duration")) {
            (Some(t), _) => {
                Time::parse(t).map_err(|e| rec.fail(&at("endTime"), e, LeftOutReason::BadTime))?
            }
            (None, Some(d)) => {
                match parse_duration(d) {
                    Some(d) => add_minutes(start, d.minutes()),
                    None => {
                        rec.warn(&at("duration"), format!("`{d}` is not an ISO 8601 duration such as PT1H; one hour is assumed"));
                        add_minutes(start, 60)
                    }
                }
            }
            (None, None) => {
                rec.warn(
                    &at("endTime"),
                    "no `endTime` or `duration`: one hour is assumed",
                );
                add_minutes(start, 60)
            }
        };
        // Which days.
        let mut days = Vec::new();
        for (i, d) in values(s.get("byDay")).into_iter().enumerate() {
            let field = if s.get("byDay").is_some_and(Value::is_array) {
                at(&format!("byDay[{i}]"))
            } else {
                at("byDay")
            };
            add_day(&mut days, rec, &field, d);
        }
        days.sort();
        for k in ["byMonth", "byMonthDay", "byMonthWeek"] {
            if s.contains_key(k) {
                rec.warn(&at(k), format!("`{k}` is not supported and is ignored"));
            }
        }
        let mut except = Vec::new();
        for (i, d) in values(s.get("exceptDate")).into_iter().enumerate() {
            match as_text(d).map(parse_iso) {
                Some(Ok(w)) => except.push(w.local_date(self.ctx)),
                Some(Err(e)) => rec.warn(
                    &at(&format!("exceptDate[{i}]")),
                    format!("{e}; the exception is ignored"),
                ),
                None => rec.warn(
                    &at(&format!("exceptDate[{i}]")),
                    "an exception must be a date such as 2018-10-16",
                ),
            }
        }
        except.sort();
        except.dedup();
        let count = match s.get("repeatCount") {
            None | Some(Value::Null) => None,
            Some(v) => match number(v).filter(|n| *n >= 1.0 && n.fract() == 0.0) {
                Some(n) => Some(n.min(f64::from(u32::MAX)) as u32),
                None => {
                    rec.warn(
                        &at("repeatCount"),
                        format!("`{v}` is not a whole number of times from 1; ignored"),
                    );
                    None
                }
            },
        };
        let frequency = match text("repeatFrequency") {
            Some(f) => match parse_duration(f) {
                Some(d) => Some((d, f)),
                None => {
                    return Err(rec.fail(
                        &at("repeatFrequency"),
                        format!("`{f}` is not a repeat frequency such as P1W (weekly) or P2W (every other week)"),
                        LeftOutReason::BadValue,
                    ));
                }
            },
            None => None,
        };
        let weeks = match frequency {
            None if !days.is_empty() => Some(1),
            None => None,
            Some((d, _)) if d.is_weeks_only() => Some(d.weeks),
            Some((d, _)) if d.is_days_only() && d.days % 7 == 0 => Some(d.days / 7),
            Some(_) => None,
        };
        let daily = frequency.is_some_and(|(d, _)| d.is_days_only() && d.days == 1);
        if let Some(weeks) = weeks.filter(|w| *w > 0) {
            let Ok(interval) = u8::try_from(weeks) else {
                return Err(rec.fail(
                    &at("repeatFrequency"),
                    format!("every {weeks} weeks is more than the 255 weeks LearnLocal can show"),
                    LeftOutReason::BadValue,
                ));
            };
            if days.is_empty() {
                match start_date {
                    Some(d) => days.push(d.weekday()),
                    None => {
                        rec.warn(&at("byDay"), "the schedule has no `byDay` and no `startDate`, so its days are not known");
                        return Ok(Schedule::default());
                    }
                }
            }
            let end_date = limit_by_count(
                rec,
                start_date,
                end_date,
                count,
                &days,
                interval,
                &at("repeatCount"),
            );
            return Ok(Schedule {
                start_date,
                end_date,
                weekly: vec![WeeklySlot { days, start, end }],
                interval_weeks: interval,
                except,
                ..Schedule::default()
            });
        }
        if daily {
            // Every day: a weekly slot on every day (or on the days given).
            if days.is_empty() {
                days = Weekday::ALL.to_vec();
            }
            let end_date = limit_by_count(
                rec,
                start_date,
                end_date,
                count,
                &days,
                1,
                &at("repeatCount"),
            );
            return Ok(Schedule {
                start_date,
                end_date,
                weekly: vec![WeeklySlot { days, start, end }],
                interval_weeks: 1,
                except,
                ..Schedule::default()
            });
        }
        // Anything else: every N days when bounded, else the first occurrence.
        let Some(first) = start_date else {
            rec.warn(
                &at("startDate"),
                "the schedule has no `startDate` or `byDay`, so its sessions are not known",
            );
            return Ok(Schedule::default());
        };
        let slot = |date: Date| DatedSlot { date, start, end };
        if let Some((d, f)) = frequency {
            if d.is_days_only() && d.days > 0 && (end_date.is_some() || count.is_some()) {
                let mut dates = Vec::new();
                let mut date = first;
                let limit = count.map_or(MAX_DATED_SLOTS, |c| (c as usize).min(MAX_DATED_SLOTS));
                while dates.len() < limit && end_date.is_none_or(|e| date <= e) {
                    if !except.contains(&date) {
                        dates.push(slot(date));
                    }
                    let next = date.add_days(i64::from(d.days));
                    if next == date {
                        break;
                    }
                    date = next;
                }
                return Ok(Schedule {
                    dates,
                    ..Schedule::default()
                });
            }
            rec.warn(
                &at("repeatFrequency"),
                format!("repeating every `{f}` is not supported: only the first session, {first}, is listed"),
            );
        }
        Ok(Schedule {
            dates: vec![slot(first)],
            ..Schedule::default()
        })
    }
}

/// Why a `byDay` or `dayOfWeek` value is not a day of the week.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DayError {
    /// `https://schema.org/PublicHolidays`: not a day of the week.
    PublicHolidays,
    /// Anything else that is not a day, as written.
    NotADay(String),
}

impl fmt::Display for DayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::PublicHolidays => {
                f.write_str("public holidays cannot be shown as a day of the week; left out")
            }
            Self::NotADay(text) => write!(
                f,
                "`{text}` is not a day of the week such as https://schema.org/Monday or MO; left out"
            ),
        }
    }
}

/// A problem's message is the error's.
impl From<DayError> for String {
    fn from(error: DayError) -> String {
        error.to_string()
    }
}

/// Adds the day a `byDay` or `dayOfWeek` value names to `days` (once), or warns
/// about `field` when it names none.
pub(super) fn add_day(days: &mut Vec<Weekday>, rec: &mut Rec, field: &str, value: &Value) {
    match value.as_str().map(weekday_of) {
        Some(Ok(day)) => {
            if !days.contains(&day) {
                days.push(day);
            }
        }
        Some(Err(message)) => rec.warn(field, message),
        None => rec.warn(
            field,
            "a day must be text such as https://schema.org/Monday",
        ),
    }
}

/// The day of a `byDay` or `dayOfWeek` value: `https://schema.org/Monday`,
/// `Monday`, `schema:Monday` or the iCalendar `MO`.
fn weekday_of(text: &str) -> Result<Weekday, DayError> {
    let name = last_segment(text);
    if let Some(day) = weekday(name) {
        return Ok(day);
    }
    if fold(name) == "publicholidays" {
        return Err(DayError::PublicHolidays);
    }
    Err(DayError::NotADay(text.trim().to_owned()))
}

/// Merges one `eventSchedule` entry into the whole schedule. The first entry with
/// weekly slots decides the date range and interval; later ones that differ are
/// warned about.
pub(super) fn merge_schedule(
    rec: &mut Rec,
    schedule: &mut Schedule,
    part: Schedule,
    path: &str,
    first: &mut Option<(Option<Date>, Option<Date>, u8)>,
) {
    if !part.weekly.is_empty() {
        let range = (part.start_date, part.end_date, part.interval_weeks);
        match first {
            None => {
                *first = Some(range);
                schedule.start_date = part.start_date;
                schedule.end_date = part.end_date;
                schedule.interval_weeks = part.interval_weeks;
            }
            Some(known) if *known != range => rec.warn(
                path,
                "this schedule's dates or interval differ from the first schedule's; its sessions follow the first schedule's",
            ),
            Some(_) => {}
        }
        schedule.weekly.extend(part.weekly);
        for d in part.except {
            if !schedule.except.contains(&d) {
                schedule.except.push(d);
            }
        }
    } else if schedule.weekly.is_empty() && part.dates.is_empty() {
        // Dates alone (no times): keep them when nothing better is known.
        schedule.start_date = schedule.start_date.or(part.start_date);
        schedule.end_date = schedule.end_date.or(part.end_date);
    }
    schedule.dates.extend(part.dates);
}

/// The end date of weekly sessions limited by `repeatCount`, warning when it
/// disagrees with `endDate`.
pub(super) fn limit_by_count(
    rec: &mut Rec,
    start: Option<Date>,
    end: Option<Date>,
    count: Option<u32>,
    days: &[Weekday],
    interval: u8,
    path: &str,
) -> Option<Date> {
    let Some(count) = count else { return end };
    let Some(start) = start else {
        rec.warn(path, "`repeatCount` needs a `startDate`; ignored");
        return end;
    };
    let Some(last) = nth_weekly_date(start, days, interval, count, false) else {
        return end;
    };
    match end {
        Some(end) if end < last => {
            rec.warn(
                path,
                format!("{count} sessions would end on {last}, after `endDate` {end}; the sessions stop at {end}"),
            );
            Some(end)
        }
        Some(end) if end > last => {
            rec.warn(
                path,
                format!("{count} sessions end on {last}, before `endDate` {end}; the sessions stop at {last}"),
            );
            Some(last)
        }
        _ => Some(last),
    }
}

/// Adds a session's slots to a series' schedule (or, when cancelled, its date as
/// an exception), skipping sessions the schedule already has.
pub(super) fn add_session(schedule: &mut Schedule, slots: Vec<DatedSlot>, cancelled: bool) {
    for slot in slots {
        if cancelled {
            if !schedule.weekly.is_empty() && !schedule.except.contains(&slot.date) {
                schedule.except.push(slot.date);
            }
            schedule.dates.retain(|d| *d != slot);
            continue;
        }
        let session = slot.session();
        if !schedule.sessions_on(slot.date).contains(&session) {
            schedule.dates.push(slot);
        }
    }
}

/// A date or date-time as written in the feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
    /// A date only.
    Date(Date),
    /// A date-time with no offset: local time already.
    Local(DateTime),
    /// A date-time with an offset, as minutes since 1970-01-01T00:00 UTC.
    Utc(i64),
}

impl When {
    /// The wall-clock time in the catalogue's zone (midnight for a date).
    pub(super) fn local(self, ctx: &ImportContext) -> DateTime {
        match self {
            When::Date(d) => DateTime::new(d, Time::MIDNIGHT),
            When::Local(dt) => dt,
            When::Utc(minutes) => ctx.zone.to_local(minutes.saturating_mul(60)),
        }
    }

    /// The date in the catalogue's zone.
    pub(super) fn local_date(self, ctx: &ImportContext) -> Date {
        self.local(ctx).date
    }
}

/// Reads `2018-10-02`, `2018-10-02T19:15:00Z`, `2018-10-03T20:15:00+01:00`,
/// `2018-10-03T20:15:00.000+0100` or `2018-10-03T20:15` (local).
pub(super) fn parse_iso(text: &str) -> Result<When, String> {
    let text = text.trim();
    let bad = || {
        format!(
            "`{}` is not a date such as 2018-10-02 or a date and time such as 2018-10-02T19:15:00Z",
            shorten(text, 40)
        )
    };
    let Some((date, rest)) = text.split_once(['T', 't', ' ']) else {
        return Date::parse(text).map(When::Date).map_err(|_| bad());
    };
    let date = Date::parse(date).map_err(|e| format!("{e}: {}", bad()))?;
    // The time runs up to the zone: `Z`, `+` or `-`.
    let zone_at = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
    let (time, zone) = (
        rest.get(..zone_at).unwrap_or_default(),
        rest.get(zone_at..).unwrap_or_default(),
    );
    let time = time.split('.').next().unwrap_or_default();
    let time = Time::parse(time).map_err(|e| format!("{e}: {}", bad()))?;
    let local = DateTime::from_minutes_since_epoch(DateTime::new(date, time).minutes_since_epoch());
    if zone.is_empty() {
        return Ok(When::Local(local));
    }
    let offset = if zone.eq_ignore_ascii_case("z") {
        0
    } else {
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let digits: String = zone.chars().skip(1).filter(|c| *c != ':').collect();
        let valid = digits.chars().all(|c| c.is_ascii_digit()) && matches!(digits.len(), 2 | 4);
        let hours = digits.get(0..2).and_then(|h| h.parse::<i64>().ok());
        let minutes = digits.get(2..4).map_or(Some(0), |m| m.parse::<i64>().ok());
        match (valid, hours, minutes) {
            (true, Some(h), Some(m)) if h <= 18 && m < 60 => sign * (h * 60 + m),
            _ => {
                return Err(format!(
                    "the offset `{zone}` is not like Z or +01:00: {}",
                    bad()
                ));
            }
        }
    };
    Ok(When::Utc(local.minutes_since_epoch() - offset))
}
