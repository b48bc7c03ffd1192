//! An event's schedule: one session (or one per day), or weekly or monthly slots
//! from its `RRULE` (read by the shared `rrule` module) with its count, end,
//! interval and exceptions, plus `RDATE`s.
//!
//! Must never make unbounded work from a rule: counts are reached by whole
//! periods, and rules a schedule cannot hold keep their first session and say
//! what cannot be shown.

use super::content::{Event, Prop};
use super::reader::{Reader, Times};
use super::zones::{Stamp, parse_stamp};
use crate::LeftOutReason;
use crate::record::{Fail, Rec};
use crate::rrule::{Repeat, Rule};
use crate::sessions::{dated_slots, parse_duration};
use crate::vocab::shorten;
use crate::zone::same_clock;
use learnlocal_core::schedule::Schedule;
use learnlocal_core::time::{DateTime, Time, Weekday};

impl Reader<'_> {
    /// The schedule: one dated slot (or one per day), or weekly or monthly slots
    /// from an RRULE; RDATE adds dates and EXDATE removes repeating ones.
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
        let repeating = match rules.first() {
            Some(rule) => self.repeating(rec, event, times, &rule.value)?,
            None => None,
        };
        match repeating {
            Some(r) => schedule = r,
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

    /// Weekly or monthly slots from an RRULE; `None`, after a warning that names
    /// what cannot be shown, for any other rule, which keeps the first session
    /// only.
    pub(super) fn repeating(
        &self,
        rec: &mut Rec,
        event: &Event,
        times: &Times,
        rule: &str,
    ) -> Result<Option<Schedule>, Fail> {
        let first = times.local_start;
        // Days as written, shifted when converting the time moved the date.
        let written = times.start.written();
        let shift = first.date.days_since_epoch() - written.date.days_since_epoch();
        let parsed = Rule::parse(rule).and_then(|r| {
            let repeat = r.repeat(written.date.weekday())?;
            Ok((r, repeat))
        });
        let (parsed, repeat) = match parsed {
            Ok((parsed, Repeat::Weekly { days, interval })) => {
                let mut days: Vec<Weekday> = days.iter().map(|d| shift_day(*d, shift)).collect();
                days.sort();
                days.dedup();
                (parsed, Repeat::Weekly { days, interval })
            }
            Ok((_, Repeat::Monthly { .. })) if shift != 0 => {
                rec.warn(
                    "RRULE",
                    format!(
                        "`{}` repeats monthly, but its time falls on another day in the catalogue's zone, which LearnLocal cannot show: only the first session, {}, is listed",
                        shorten(rule, 80),
                        first.date
                    ),
                );
                return Ok(None);
            }
            Ok(both) => both,
            Err(why) => {
                rec.warn(
                    "RRULE",
                    format!(
                        "`{}`: {why}; only the first session, {}, is listed",
                        shorten(rule, 80),
                        first.date
                    ),
                );
                return Ok(None);
            }
        };
        if let Some(zone) = self.zones.zone_of(&times.start)
            && !same_clock(&zone, &self.ctx.zone)
        {
            rec.warn(
                "DTSTART",
                "the event's zone changes its clocks on other dates than the catalogue's, so some repeating sessions may be an hour off",
            );
        }
        let length = times.local_end.minutes_since_epoch() - first.minutes_since_epoch();
        let end = if length >= 24 * 60 {
            if !(times.start.is_date() && length == 24 * 60) {
                rec.warn(
                    "DTEND",
                    "repeating sessions longer than a day are shown ending at midnight",
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
            ..Schedule::default()
        };
        repeat.apply(&mut schedule, first.time, end);
        // The last date: UNTIL (inclusive) or the COUNTth session.
        let until = match &parsed.until {
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
        let by_count = parsed
            .count
            .and_then(|n| repeat.nth_date(first.date, n, true));
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
        let on_rule = !schedule.sessions_on(first.date).is_empty();
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
        if !on_rule && !schedule.except.contains(&first.date) {
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
