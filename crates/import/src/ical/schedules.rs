//! An event's schedule: one session (or one per day), or weekly slots from a
//! weekly `RRULE` with its count, end, interval and exceptions, plus `RDATE`s.
//!
//! Must never make unbounded work from a rule: counts are reached arithmetically
//! and other rules keep their first session and say so.

use super::content::{Event, Prop};
use super::reader::{Reader, Times};
use super::zones::{Stamp, parse_stamp, rule_parts};
use crate::LeftOutReason;
use crate::record::{Fail, Rec};
use crate::sessions::{dated_slots, nth_weekly_date, parse_duration};
use crate::vocab::shorten;
use crate::zone::same_clock;
use learnlocal_core::schedule::{Schedule, WeeklySlot};
use learnlocal_core::time::{DateTime, Time, Weekday};

impl Reader<'_> {
    /// The schedule: one dated slot (or one per day), or weekly slots from a
    /// weekly RRULE; RDATE adds dates and EXDATE removes weekly ones.
    pub(super) fn schedule(
        &self,
        rec: &mut Rec,
        event: &Event,
        times: &Times,
    ) -> Result<Schedule, Fail> {
        let mut schedule = Schedule::default();
        let length =
            times.local_end.minutes_since_epoch() - times.local_start.minutes_since_epoch();
        let rules: Vec<&Prop> = event.all("RRULE").collect();
        if rules.len() > 1 {
            rec.warn(
                "RRULE",
                "the event has more than one RRULE; only the first is used",
            );
        }
        let weekly = match rules.first() {
            Some(rule) => self.weekly(rec, event, times, &rule.value)?,
            None => None,
        };
        match weekly {
            Some(w) => schedule = w,
            None => {
                let (dates, capped) = dated_slots(times.local_start, times.local_end);
                if capped {
                    rec.warn(
                        "DTEND",
                        "the event lasts more than a year; only its first days are listed",
                    );
                }
                schedule.dates = dates;
            }
        }
        // Extra dates, with the event's length.
        for rdate in event.all("RDATE") {
            let period = rdate
                .param("VALUE")
                .is_some_and(|v| v.eq_ignore_ascii_case("PERIOD"));
            for item in rdate
                .value
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                let (start_text, end_text) = match item.split_once('/') {
                    Some((s, e)) if period || !e.is_empty() => (s, Some(e)),
                    _ => (item, None),
                };
                let stamp = match parse_stamp(start_text, rdate.param("TZID"), false) {
                    Ok(s) => s,
                    Err(e) => {
                        rec.warn("RDATE", format!("{e}; the date is ignored"));
                        continue;
                    }
                };
                let start = self.zones.local(&stamp, self.ctx, rec, "RDATE");
                let end = match end_text {
                    Some(e) if e.starts_with(['P', 'p']) => parse_duration(e).map(|d| d.minutes()),
                    Some(e) => parse_stamp(e, rdate.param("TZID"), false).ok().map(|s| {
                        self.zones
                            .local(&s, self.ctx, rec, "RDATE")
                            .minutes_since_epoch()
                            - start.minutes_since_epoch()
                    }),
                    None => Some(length),
                }
                .filter(|m| *m > 0)
                .unwrap_or(length);
                let end = DateTime::from_minutes_since_epoch(
                    start.minutes_since_epoch().saturating_add(end),
                );
                let (slots, _) = dated_slots(start, end);
                for slot in slots {
                    if !schedule.dates.contains(&slot) {
                        schedule.dates.push(slot);
                    }
                }
            }
        }
        schedule.dates.sort_by_key(|d| (d.date, d.start, d.end));
        Ok(schedule)
    }

    /// Weekly slots from a weekly RRULE; `None` (after a warning) for any other
    /// rule, which keeps the first session only.
    pub(super) fn weekly(
        &self,
        rec: &mut Rec,
        event: &Event,
        times: &Times,
        rule: &str,
    ) -> Result<Option<Schedule>, Fail> {
        let parts = rule_parts(rule);
        let first = times.local_start;
        let freq = parts
            .get("FREQ")
            .map(|f| f.to_ascii_uppercase())
            .unwrap_or_default();
        if freq != "WEEKLY" {
            let how = match freq.as_str() {
                "DAILY" => "daily",
                "MONTHLY" => "monthly",
                "YEARLY" => "yearly",
                "" => "with no FREQ",
                _ => "in a way",
            };
            rec.warn(
                "RRULE",
                format!(
                    "`{}` repeats {how}, which LearnLocal cannot show yet: only the first session, {}, is listed",
                    shorten(rule, 80),
                    first.date
                ),
            );
            return Ok(None);
        }
        let ignored: Vec<&str> = parts
            .keys()
            .map(String::as_str)
            .filter(|k| {
                !matches!(
                    *k,
                    "FREQ" | "INTERVAL" | "BYDAY" | "UNTIL" | "COUNT" | "WKST"
                )
            })
            .collect();
        if !ignored.is_empty() {
            let mut ignored = ignored;
            ignored.sort_unstable();
            rec.warn(
                "RRULE",
                format!(
                    "`{}` in `{}` is not supported and is ignored",
                    ignored.join(", "),
                    shorten(rule, 80)
                ),
            );
        }
        let interval = match parts.get("INTERVAL") {
            None => 1,
            Some(text) => match text.parse::<u32>() {
                Ok(0) => {
                    rec.warn("RRULE", "INTERVAL=0 is not allowed; every week is assumed");
                    1
                }
                Ok(n) => match u8::try_from(n) {
                    Ok(n) => n,
                    Err(_) => {
                        rec.warn("RRULE", format!("every {n} weeks is more than LearnLocal can show: only the first session, {}, is listed", first.date));
                        return Ok(None);
                    }
                },
                Err(_) => {
                    return Err(rec.fail(
                        "RRULE",
                        format!("INTERVAL `{text}` is not a whole number"),
                        LeftOutReason::BadValue,
                    ));
                }
            },
        };
        // Days as written, shifted when converting the time moved the date.
        let written = times.start.written();
        let shift = first.date.days_since_epoch() - written.date.days_since_epoch();
        let mut days = Vec::new();
        match parts.get("BYDAY") {
            Some(list) => {
                for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    let letters = code
                        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
                    if letters.len() != code.len() {
                        rec.warn(
                            "RRULE",
                            format!(
                                "`{code}` in a weekly rule has a week number, which is ignored"
                            ),
                        );
                    }
                    match Weekday::from_code(letters) {
                        Some(day) => {
                            let shifted = shift_day(day, shift);
                            if !days.contains(&shifted) {
                                days.push(shifted);
                            }
                        }
                        None => rec.warn(
                            "RRULE",
                            format!("`{code}` is not a day such as MO; ignored"),
                        ),
                    }
                }
            }
            None => days.push(first.date.weekday()),
        }
        if days.is_empty() {
            return Err(rec.fail(
                "RRULE",
                format!(
                    "BYDAY `{}` names no day",
                    parts.get("BYDAY").map_or("", String::as_str)
                ),
                LeftOutReason::BadValue,
            ));
        }
        days.sort();
        if let Some(zone) = self.zones.zone_of(&times.start)
            && !same_clock(&zone, &self.ctx.zone)
        {
            rec.warn(
                "DTSTART",
                "the event's zone changes its clocks on other dates than the catalogue's, so some weekly sessions may be an hour off",
            );
        }
        let length = times.local_end.minutes_since_epoch() - first.minutes_since_epoch();
        let end = if length >= 24 * 60 {
            if !(times.start.is_date() && length == 24 * 60) {
                rec.warn(
                    "DTEND",
                    "weekly sessions longer than a day are shown ending at midnight",
                );
            }
            Time::END_OF_DAY
        } else if times.local_end.time == Time::MIDNIGHT && length > 0 {
            Time::END_OF_DAY
        } else {
            times.local_end.time
        };
        let mut schedule = Schedule {
            start_date: Some(first.date),
            weekly: vec![WeeklySlot {
                days: days.clone(),
                start: first.time,
                end,
            }],
            interval_weeks: interval,
            ..Schedule::default()
        };
        // The last date: UNTIL (inclusive) or the COUNTth session.
        let until = match parts.get("UNTIL") {
            Some(text) => match parse_stamp(text, None, false) {
                Ok(stamp) => {
                    // A floating UNTIL is in the event's zone (RFC 5545 3.3.10).
                    let stamp = match (stamp, &times.start) {
                        (Stamp::Floating(dt), Stamp::Zoned(_, tzid)) => {
                            Stamp::Zoned(dt, tzid.clone())
                        }
                        (s, _) => s,
                    };
                    let until = self.zones.local(&stamp, self.ctx, rec, "RRULE");
                    // A session starting after UNTIL's time that day is not included.
                    Some(if !stamp.is_date() && until.time < first.time {
                        until.date.add_days(-1)
                    } else {
                        until.date
                    })
                }
                Err(e) => {
                    rec.warn(
                        "RRULE",
                        format!("UNTIL: {e}; the series is read as having no end"),
                    );
                    None
                }
            },
            None => None,
        };
        let by_count = match parts.get("COUNT") {
            Some(text) => match text.parse::<u32>() {
                Ok(n) if n > 0 => nth_weekly_date(first.date, &days, interval, n, true),
                _ => {
                    rec.warn(
                        "RRULE",
                        format!("COUNT `{text}` is not a whole number from 1; ignored"),
                    );
                    None
                }
            },
            None => None,
        };
        schedule.end_date = match (until, by_count) {
            (Some(u), Some(c)) => {
                rec.warn(
                    "RRULE",
                    "the rule has both UNTIL and COUNT; the earlier end is used",
                );
                Some(u.min(c))
            }
            (u, c) => u.or(c),
        };
        if let Some(end) = schedule.end_date
            && end < first.date
        {
            return Err(rec.fail(
                "RRULE",
                format!(
                    "the rule ends ({end}) before the first session ({})",
                    first.date
                ),
                LeftOutReason::BadDate,
            ));
        }
        // Exceptions.
        for exdate in event.all("EXDATE") {
            let date_only = exdate
                .param("VALUE")
                .is_some_and(|v| v.eq_ignore_ascii_case("DATE"));
            for item in exdate
                .value
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                match parse_stamp(item, exdate.param("TZID"), date_only) {
                    Ok(stamp) => {
                        let date = self.zones.local(&stamp, self.ctx, rec, "EXDATE").date;
                        if !schedule.except.contains(&date) {
                            schedule.except.push(date);
                        }
                    }
                    Err(e) => rec.warn("EXDATE", format!("{e}; the exception is ignored")),
                }
            }
        }
        schedule.except.sort();
        // DTSTART is always the first session, even off the rule's days.
        if !days.contains(&first.date.weekday()) && !schedule.except.contains(&first.date) {
            let (slots, _) = dated_slots(first, times.local_end);
            schedule.dates.extend(slots);
        }
        Ok(Some(schedule))
    }
}

/// The weekday `shift` days after `day`.
pub(super) fn shift_day(day: Weekday, shift: i64) -> Weekday {
    let index = (i64::from(day.number_from_monday()) - 1 + shift).rem_euclid(7);
    Weekday::ALL
        .get(usize::try_from(index).unwrap_or(0))
        .copied()
        .unwrap_or(day)
}
