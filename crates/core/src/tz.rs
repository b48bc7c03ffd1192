//! Time zones from POSIX TZ rule strings, such as `GMT0IST,M3.5.0/1,M10.5.0`.
//!
//! The catalogue names its zone and gives the POSIX rule with the same clock, so the
//! app can turn "now" (Unix seconds, passed in by the caller) into the catalogue's
//! wall-clock time without shipping the time zone database. This module never reads
//! the clock and never panics: a bad rule is an `Err` with a plain-English message,
//! and any instant, however extreme, gives some answer.

use crate::problem::quote;
use crate::time::{Date, DateTime, days_from_civil, days_in_month, is_leap_year};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

const SECONDS_PER_DAY: i64 = 86_400;

/// A day of the year on which summer time starts or ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayRule {
    /// `Jn`: day 1..=365, never counting 29 February.
    Julian1(u16),
    /// `n`: day 0..=365, counting 29 February.
    Julian0(u16),
    /// `Mm.w.d`: weekday `d` (0 is Sunday) of week `w` (1..=5, 5 meaning the last)
    /// of month `m`.
    MonthWeekDay { month: u8, week: u8, weekday: u8 },
}

impl DayRule {
    /// Days since 1970-01-01 of this rule's day in `year`.
    fn days_since_epoch(self, year: i64) -> i64 {
        let january_first = days_from_civil(year, 1, 1);
        match self {
            DayRule::Julian1(n) => {
                let skip_leap_day = is_leap_year(year) && n >= 60;
                january_first + i64::from(n) - 1 + i64::from(skip_leap_day)
            }
            DayRule::Julian0(n) => january_first + i64::from(n),
            DayRule::MonthWeekDay {
                month,
                week,
                weekday,
            } => {
                let first = days_from_civil(year, month, 1);
                // 1970-01-01 was a Thursday, weekday 4 counting Sunday as 0.
                let first_weekday = (first + 4).rem_euclid(7);
                let first_match = (i64::from(weekday) - first_weekday).rem_euclid(7);
                let mut day_of_month = first_match + 7 * (i64::from(week) - 1);
                let length = i64::from(days_in_month(year, month));
                while day_of_month >= length {
                    day_of_month -= 7;
                }
                first + day_of_month
            }
        }
    }
}

/// Summer time (or, for zones like Ireland's written with negative DST, winter time):
/// a second offset and the rules for when it is in effect.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Dst {
    name: String,
    /// Offset east of UTC while in effect.
    offset_seconds: i32,
    start: DayRule,
    /// Seconds after local midnight (on standard time) when it starts.
    start_time_seconds: i32,
    end: DayRule,
    /// Seconds after local midnight (on this time) when it ends.
    end_time_seconds: i32,
}

/// A time zone: a standard offset from UTC and, optionally, a second offset with
/// yearly rules for when it applies. Made by [`TimeZone::parse_posix`], and
/// written (serialized) as the rule it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeZone {
    /// The POSIX rule exactly as given.
    rule: String,
    std_name: String,
    /// Offset east of UTC of standard time.
    std_offset_seconds: i32,
    dst: Option<Dst>,
}

/// Why a POSIX TZ rule could not be read. Its `Display` is a sentence for the
/// person who wrote the rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleError {
    /// The rule is empty or blank.
    Empty,
    /// The text is a zone name such as `Europe/Dublin`, not a rule.
    ZoneName {
        /// The text given.
        rule: String,
    },
    /// The rule does not have the POSIX form.
    Malformed {
        /// The text given.
        rule: String,
        /// What is wrong, and where.
        why: String,
    },
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let not_a_rule = |f: &mut fmt::Formatter<'_>, rule: &str| {
            write!(f, "{} is not a POSIX time zone rule: ", quote(rule))
        };
        match self {
            Self::Empty => f.write_str(
                "The time zone rule is empty: give a POSIX TZ string such as `GMT0BST,M3.5.0/1,M10.5.0`",
            ),
            Self::ZoneName { rule } => {
                not_a_rule(f, rule)?;
                f.write_str(
                    "it looks like a zone name; give the POSIX rule with the same clock, such as `GMT0IST,M3.5.0/1,M10.5.0` for Europe/Dublin",
                )
            }
            Self::Malformed { rule, why } => {
                not_a_rule(f, rule)?;
                f.write_str(why)
            }
        }
    }
}

impl std::error::Error for RuleError {}

/// The sentence, for callers that collect messages as text.
impl From<RuleError> for String {
    fn from(error: RuleError) -> String {
        error.to_string()
    }
}

/// Reads a POSIX TZ string, keeping the whole input for error messages.
struct Parser<'a> {
    input: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, why: &str) -> RuleError {
        RuleError::Malformed {
            rule: self.input.to_owned(),
            why: why.to_owned(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    /// The text from `start` to the cursor (always at ASCII boundaries here).
    fn since(&self, start: usize) -> &'a str {
        self.input.get(start..self.at).unwrap_or_default()
    }

    /// A zone abbreviation: letters, or `<...>` holding letters, digits, `+` and `-`.
    fn name(&mut self, which: &str) -> Result<String, RuleError> {
        let start = self.at;
        let name = if self.eat(b'<') {
            let inner = self.at;
            while self
                .peek()
                .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-')
            {
                self.at += 1;
            }
            let name = self.since(inner);
            if !self.eat(b'>') {
                return Err(self.error(&format!(
                    "the {which} name starting `<` must end with `>` and hold only letters, digits, + and -"
                )));
            }
            name
        } else {
            while self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
                self.at += 1;
            }
            self.since(start)
        };
        if name.len() < 3 {
            return Err(self.error(&format!(
                "the {which} name must be at least three letters, such as `GMT`, or quoted such as `<+01>`"
            )));
        }
        Ok(name.to_owned())
    }

    /// `[+-]h[h[h]][:mm[:ss]]` as seconds, with at most `max_hours` hours.
    fn clock(&mut self, what: &str, max_hours: u32) -> Result<i32, RuleError> {
        let negative = self.eat(b'-');
        if !negative {
            self.eat(b'+');
        }
        let hours = self.number(1, 3);
        let Some(hours) = hours.filter(|h| *h <= max_hours) else {
            return Err(self.error(&format!(
                "the {what} must be hours from 0 to {max_hours}, optionally with :mm or :mm:ss"
            )));
        };
        let mut seconds = hours * 3600;
        for unit in [60, 1] {
            if !self.eat(b':') {
                break;
            }
            match self.number(2, 2) {
                Some(n) if n < 60 => seconds += n * unit,
                _ => {
                    return Err(self.error(&format!(
                        "the minutes and seconds of the {what} must be two digits from 00 to 59"
                    )));
                }
            }
        }
        // At most 167 hours: fits.
        let seconds = seconds as i32;
        Ok(if negative { -seconds } else { seconds })
    }

    /// A decimal number of `min_digits..=max_digits` digits.
    fn number(&mut self, min_digits: usize, max_digits: usize) -> Option<u32> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) && self.at - start < max_digits {
            self.at += 1;
        }
        let text = self.since(start);
        if text.len() < min_digits || self.peek().is_some_and(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok()
    }

    /// A day rule and its optional `/time` (02:00 when absent).
    fn rule(&mut self, which: &str) -> Result<(DayRule, i32), RuleError> {
        let start = self.at;
        let day = if self.eat(b'M') {
            let month = self.number(1, 2);
            let week = self.eat(b'.').then(|| self.number(1, 1)).flatten();
            let weekday = self.eat(b'.').then(|| self.number(1, 1)).flatten();
            let (Some(month), Some(week), Some(weekday)) = (month, week, weekday) else {
                return Err(self.error(&format!(
                    "the {which} rule must look like `M3.5.0`: month, week, day of the week"
                )));
            };
            let text = self.since(start).to_owned();
            if !(1..=12).contains(&month) {
                return Err(self.error(&format!("month {month} in `{text}` must be from 1 to 12")));
            }
            if !(1..=5).contains(&week) {
                return Err(self.error(&format!(
                    "week {week} in `{text}` must be from 1 to 5 (5 means the last)"
                )));
            }
            if weekday > 6 {
                return Err(self.error(&format!(
                    "day {weekday} in `{text}` must be from 0 (Sunday) to 6 (Saturday)"
                )));
            }
            DayRule::MonthWeekDay {
                month: month as u8,
                week: week as u8,
                weekday: weekday as u8,
            }
        } else if self.eat(b'J') {
            match self.number(1, 3) {
                Some(n) if (1..=365).contains(&n) => DayRule::Julian1(n as u16),
                _ => {
                    return Err(self.error(&format!(
                        "the {which} rule `J` must be followed by a day from 1 to 365"
                    )));
                }
            }
        } else {
            match self.number(1, 3) {
                Some(n) if n <= 365 => DayRule::Julian0(n as u16),
                _ => {
                    return Err(self.error(&format!(
                        "the {which} rule must be `Mm.w.d`, `Jn` or a day number from 0 to 365"
                    )));
                }
            }
        };
        let time = if self.eat(b'/') {
            self.clock(&format!("{which} time"), 167)?
        } else {
            2 * 3600
        };
        Ok((day, time))
    }
}

impl TimeZone {
    /// Coordinated Universal Time, `UTC0`.
    pub fn utc() -> TimeZone {
        TimeZone {
            rule: "UTC0".to_owned(),
            std_name: "UTC".to_owned(),
            std_offset_seconds: 0,
            dst: None,
        }
    }

    /// Reads a POSIX TZ rule string such as `GMT0IST,M3.5.0/1,M10.5.0`.
    ///
    /// Supported: the standard name (letters, or quoted like `<+01>`), its offset
    /// `[+-]hh[:mm[:ss]]` *west* of UTC as POSIX writes it, then optionally the
    /// summer-time name, its offset (one hour ahead of standard time when absent), and
    /// the start and end rules `Mm.w.d`, `Jn` or `n`, each with an optional
    /// `/[+-]hhh[:mm[:ss]]` time (02:00 when absent; negative and over 24 hours
    /// allowed, as in RFC 8536). A summer-time name without rules is refused rather
    /// than guessed. Negative DST, such as Ireland's `IST-1GMT0,M10.5.0,M3.5.0/1`,
    /// gives the same clock as `GMT0IST,M3.5.0/1,M10.5.0`.
    pub fn parse_posix(rule: &str) -> Result<TimeZone, RuleError> {
        let mut p = Parser {
            input: rule,
            bytes: rule.as_bytes(),
            at: 0,
        };
        if rule.trim().is_empty() {
            return Err(RuleError::Empty);
        }
        if rule.contains('/') && !rule.contains(',') {
            return Err(RuleError::ZoneName {
                rule: rule.to_owned(),
            });
        }
        let std_name = p.name("standard time")?;
        if !p
            .peek()
            .is_some_and(|b| b.is_ascii_digit() || b == b'+' || b == b'-')
        {
            return Err(p.error(&format!(
                "the zone name `{std_name}` must be followed by its offset from UTC, such as `{std_name}0`"
            )));
        }
        let std_offset_seconds = -p.clock("standard offset", 24)?;
        if p.done() {
            return Ok(TimeZone {
                rule: rule.to_owned(),
                std_name,
                std_offset_seconds,
                dst: None,
            });
        }
        let dst_name = p.name("summer time")?;
        let offset_seconds = if p.peek().is_some_and(|b| b != b',') {
            -p.clock("summer time offset", 24)?
        } else {
            std_offset_seconds + 3600
        };
        if !p.eat(b',') {
            return Err(p.error(&format!(
                "summer time `{dst_name}` needs rules for when it starts and ends, such as `,M3.5.0/1,M10.5.0`"
            )));
        }
        let (start, start_time_seconds) = p.rule("start")?;
        if !p.eat(b',') {
            return Err(p.error("the start rule must be followed by a comma and the end rule"));
        }
        let (end, end_time_seconds) = p.rule("end")?;
        if !p.done() {
            let rest = p.input.get(p.at..).unwrap_or_default();
            return Err(p.error(&format!(
                "{} after the end rule is not understood",
                quote(rest)
            )));
        }
        Ok(TimeZone {
            rule: rule.to_owned(),
            std_name,
            std_offset_seconds,
            dst: Some(Dst {
                name: dst_name,
                offset_seconds,
                start,
                start_time_seconds,
                end,
                end_time_seconds,
            }),
        })
    }

    /// The POSIX rule this zone was read from, exactly as given.
    pub fn rule(&self) -> &str {
        &self.rule
    }

    /// The abbreviation of standard time, such as `GMT`.
    pub fn std_name(&self) -> &str {
        &self.std_name
    }

    /// The abbreviation of summer time, such as `IST`, if the zone has one.
    pub fn dst_name(&self) -> Option<&str> {
        self.dst.as_ref().map(|dst| dst.name.as_str())
    }

    /// Whether the second (summer-time) offset is in effect at this instant, and
    /// the offset in effect, in seconds east of UTC.
    fn offset_seconds_at_utc(&self, unix_seconds: i64) -> (bool, i32) {
        let Some(dst) = &self.dst else {
            return (false, self.std_offset_seconds);
        };
        let local_days = unix_seconds
            .saturating_add(i64::from(self.std_offset_seconds))
            .div_euclid(SECONDS_PER_DAY);
        let year = i64::from(Date::from_days_since_epoch(local_days).year());
        // The last change at or before the instant, looking at the neighbouring
        // years too: rule times may reach days past the year's end. At the same
        // instant an end sorts before a start, so all-year summer time
        // (`J1/0,J365/25` style) stays in effect.
        let mut last: Option<(i64, bool)> = None;
        for y in year - 1..=year + 1 {
            let start = dst.start.days_since_epoch(y) * SECONDS_PER_DAY
                + i64::from(dst.start_time_seconds)
                - i64::from(self.std_offset_seconds);
            let end = dst.end.days_since_epoch(y) * SECONDS_PER_DAY
                + i64::from(dst.end_time_seconds)
                - i64::from(dst.offset_seconds);
            for change in [(end, false), (start, true)] {
                if change.0 <= unix_seconds && last.is_none_or(|l| change >= l) {
                    last = Some(change);
                }
            }
        }
        // Before any change seen (only at the very start of time): the state the
        // year starts in, which is summer time when it ends before it starts.
        let in_dst = last.map_or_else(
            || {
                let y = year - 1;
                dst.end.days_since_epoch(y) < dst.start.days_since_epoch(y)
            },
            |(_, is_start)| is_start,
        );
        let offset = if in_dst {
            dst.offset_seconds
        } else {
            self.std_offset_seconds
        };
        (in_dst, offset)
    }

    /// The offset from UTC at this instant, in minutes east of UTC (Dublin in
    /// summer: 60; New York in winter: -300). Offsets with seconds are rounded down to
    /// the minute.
    pub fn utc_offset_minutes_at_utc(&self, unix_seconds: i64) -> i32 {
        self.offset_seconds_at_utc(unix_seconds).1.div_euclid(60)
    }

    /// The abbreviation in effect at this instant, such as `IST` or `GMT`.
    pub fn abbreviation_at_utc(&self, unix_seconds: i64) -> &str {
        match (&self.dst, self.offset_seconds_at_utc(unix_seconds).0) {
            (Some(dst), true) => &dst.name,
            _ => &self.std_name,
        }
    }

    /// The wall-clock time in this zone at an instant, to the minute (seconds are
    /// dropped, rounding towards the past).
    pub fn to_local(&self, unix_seconds: i64) -> DateTime {
        let offset = self.offset_seconds_at_utc(unix_seconds).1;
        let local_seconds = unix_seconds.saturating_add(i64::from(offset));
        DateTime::from_minutes_since_epoch(local_seconds.div_euclid(60))
    }

    /// The instant (Unix seconds) at which the clock in this zone shows `local`.
    ///
    /// Around a change of offset a wall-clock time can happen twice or never. Either
    /// way the offset in effect *before* the change is used: a time that happens
    /// twice (clocks going back) gives the earlier instant, and a time that never
    /// happens (clocks going forward) is read on the old offset, so 01:30 in Dublin on
    /// the morning clocks go forward gives 01:30 UTC, which the clock shows as 02:30.
    pub fn to_utc(&self, local: DateTime) -> i64 {
        let local_seconds = local.minutes_since_epoch() * 60;
        let Some(dst) = &self.dst else {
            return local_seconds - i64::from(self.std_offset_seconds);
        };
        let offsets = [self.std_offset_seconds, dst.offset_seconds];
        let consistent = offsets
            .iter()
            .map(|&offset| local_seconds - i64::from(offset))
            .filter(|&utc| i64::from(self.offset_seconds_at_utc(utc).1) == local_seconds - utc)
            .min();
        consistent.unwrap_or_else(|| {
            // In the gap, read on the smaller offset, which is the one before the jump.
            let before = offsets.iter().copied().min().unwrap_or_default();
            local_seconds - i64::from(before)
        })
    }
}

impl Default for TimeZone {
    /// UTC.
    fn default() -> Self {
        TimeZone::utc()
    }
}

impl fmt::Display for TimeZone {
    /// The rule, as given.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rule)
    }
}

impl Serialize for TimeZone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.rule)
    }
}

impl<'de> Deserialize<'de> for TimeZone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TimeZone, D::Error> {
        let rule = String::deserialize(deserializer)?;
        TimeZone::parse_posix(&rule).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUBLIN: &str = "GMT0IST,M3.5.0/1,M10.5.0";
    const DUBLIN_NEGATIVE: &str = "IST-1GMT0,M10.5.0,M3.5.0/1";
    const LONDON: &str = "GMT0BST,M3.5.0/1,M10.5.0";
    const PARIS: &str = "CET-1CEST,M3.5.0,M10.5.0/3";
    const NEW_YORK: &str = "EST5EDT,M3.2.0,M11.1.0";

    /// Unix seconds of a UTC wall-clock time such as `2026-03-29T00:59`, plus seconds.
    fn utc(text: &str, seconds: i64) -> i64 {
        DateTime::parse(text).unwrap().minutes_since_epoch() * 60 + seconds
    }

    fn zone(rule: &str) -> TimeZone {
        TimeZone::parse_posix(rule).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Known instants show the wall-clock time and offset the zone really had.
    #[test]
    fn known_instants() {
        let cases = [
            // Dublin, both spellings: spring forward at 01:00 UTC.
            (DUBLIN, "2026-03-29T00:59", 59, "2026-03-29T00:59", 0),
            (DUBLIN, "2026-03-29T01:00", 0, "2026-03-29T02:00", 60),
            (DUBLIN, "2026-10-25T00:59", 0, "2026-10-25T01:59", 60),
            (DUBLIN, "2026-10-25T01:00", 0, "2026-10-25T01:00", 0),
            (DUBLIN, "2026-01-15T12:00", 0, "2026-01-15T12:00", 0),
            (DUBLIN, "2026-07-15T12:00", 0, "2026-07-15T13:00", 60),
            (
                DUBLIN_NEGATIVE,
                "2026-03-29T00:59",
                59,
                "2026-03-29T00:59",
                0,
            ),
            (
                DUBLIN_NEGATIVE,
                "2026-03-29T01:00",
                0,
                "2026-03-29T02:00",
                60,
            ),
            (
                DUBLIN_NEGATIVE,
                "2026-10-25T00:59",
                0,
                "2026-10-25T01:59",
                60,
            ),
            (
                DUBLIN_NEGATIVE,
                "2026-10-25T01:00",
                0,
                "2026-10-25T01:00",
                0,
            ),
            (
                DUBLIN_NEGATIVE,
                "2026-01-15T12:00",
                0,
                "2026-01-15T12:00",
                0,
            ),
            (
                DUBLIN_NEGATIVE,
                "2026-07-15T12:00",
                0,
                "2026-07-15T13:00",
                60,
            ),
            // London matches Dublin.
            (LONDON, "2026-03-29T01:00", 0, "2026-03-29T02:00", 60),
            (LONDON, "2026-12-31T23:59", 0, "2026-12-31T23:59", 0),
            // New York: second Sunday of March at 02:00 EST = 07:00 UTC.
            (NEW_YORK, "2026-03-08T06:59", 0, "2026-03-08T01:59", -300),
            (NEW_YORK, "2026-03-08T07:00", 0, "2026-03-08T03:00", -240),
            (NEW_YORK, "2026-11-01T05:59", 0, "2026-11-01T01:59", -240),
            (NEW_YORK, "2026-11-01T06:00", 0, "2026-11-01T01:00", -300),
            (NEW_YORK, "2026-01-01T03:00", 0, "2025-12-31T22:00", -300),
            // Paris: last Sunday of March 02:00 CET, last of October 03:00 CEST.
            (PARIS, "2026-03-29T00:59", 0, "2026-03-29T01:59", 60),
            (PARIS, "2026-03-29T01:00", 0, "2026-03-29T03:00", 120),
            (PARIS, "2026-10-25T00:59", 0, "2026-10-25T02:59", 120),
            (PARIS, "2026-10-25T01:00", 0, "2026-10-25T02:00", 60),
            (PARIS, "2026-12-31T23:30", 0, "2027-01-01T00:30", 60),
            // Fixed zones.
            ("UTC0", "2026-07-01T12:34", 56, "2026-07-01T12:34", 0),
            (
                "<+0530>-5:30",
                "2026-07-01T12:00",
                0,
                "2026-07-01T17:30",
                330,
            ),
            ("<-03>3", "2026-07-01T12:00", 0, "2026-07-01T09:00", -180),
            // Southern hemisphere: Sydney, summer time across the new year.
            (
                "AEST-10AEDT,M10.1.0,M4.1.0/3",
                "2026-01-01T00:00",
                0,
                "2026-01-01T11:00",
                660,
            ),
            (
                "AEST-10AEDT,M10.1.0,M4.1.0/3",
                "2026-07-01T00:00",
                0,
                "2026-07-01T10:00",
                600,
            ),
            // Julian day rules (J60 is 1 March even in leap years) and n forms.
            (
                "EST5EDT,J60,J300",
                "2024-03-01T06:59",
                0,
                "2024-03-01T01:59",
                -300,
            ),
            (
                "EST5EDT,J60,J300",
                "2024-03-01T07:00",
                0,
                "2024-03-01T03:00",
                -240,
            ),
            (
                "EST5EDT,59,300",
                "2024-02-29T06:59",
                0,
                "2024-02-29T01:59",
                -300,
            ),
            (
                "EST5EDT,59,300",
                "2024-02-29T07:00",
                0,
                "2024-02-29T03:00",
                -240,
            ),
            // All-year summer time per RFC 8536.
            (
                "EST5EDT,0/0,J365/25",
                "2026-01-01T05:00",
                0,
                "2026-01-01T01:00",
                -240,
            ),
            (
                "EST5EDT,0/0,J365/25",
                "2026-12-31T23:00",
                0,
                "2026-12-31T19:00",
                -240,
            ),
            // Negative rule time: Greenland-style `M3.5.0/-2`.
            (
                "<-02>2<-01>,M3.5.0/-1,M10.5.0/0",
                "2026-03-29T00:59",
                0,
                "2026-03-28T22:59",
                -120,
            ),
            (
                "<-02>2<-01>,M3.5.0/-1,M10.5.0/0",
                "2026-03-29T01:00",
                0,
                "2026-03-29T00:00",
                -60,
            ),
        ];
        for (rule, at, seconds, local, offset_minutes) in cases {
            let z = zone(rule);
            let t = utc(at, seconds);
            assert_eq!(z.to_local(t).to_string(), local, "{rule} at {at}");
            assert_eq!(
                z.utc_offset_minutes_at_utc(t),
                offset_minutes,
                "{rule} at {at}"
            );
        }
    }

    /// Converting a wall-clock time to an instant and back gives the same clock,
    /// outside the switch-over hours.
    #[test]
    fn to_utc_round_trips() {
        for rule in [DUBLIN, DUBLIN_NEGATIVE, LONDON, PARIS, NEW_YORK, "UTC0"] {
            let z = zone(rule);
            let mut t = utc("2025-12-25T00:00", 0);
            while t < utc("2027-01-10T00:00", 0) {
                let local = z.to_local(t);
                assert_eq!(z.to_local(z.to_utc(local)), local, "{rule} at {t}");
                t += 1800;
            }
        }
    }

    /// Times that happen twice give the earlier instant; times that never happen
    /// are read on the offset before the change.
    #[test]
    fn to_utc_at_switch_overs() {
        let cases = [
            // Dublin spring gap 01:00-02:00 local.
            (DUBLIN, "2026-03-29T01:30", "2026-03-29T01:30"),
            (DUBLIN_NEGATIVE, "2026-03-29T01:30", "2026-03-29T01:30"),
            (DUBLIN, "2026-03-29T02:00", "2026-03-29T01:00"),
            (DUBLIN, "2026-03-29T00:59", "2026-03-29T00:59"),
            // Dublin autumn: 01:30 happens at 00:30 UTC (IST) and 01:30 UTC (GMT).
            (DUBLIN, "2026-10-25T01:30", "2026-10-25T00:30"),
            (DUBLIN_NEGATIVE, "2026-10-25T01:30", "2026-10-25T00:30"),
            (DUBLIN, "2026-10-25T02:00", "2026-10-25T02:00"),
            // New York.
            (NEW_YORK, "2026-03-08T02:30", "2026-03-08T07:30"),
            (NEW_YORK, "2026-11-01T01:30", "2026-11-01T05:30"),
            (NEW_YORK, "2026-07-04T12:00", "2026-07-04T16:00"),
            ("UTC0", "2026-07-04T12:00", "2026-07-04T12:00"),
        ];
        for (rule, local, want) in cases {
            let z = zone(rule);
            let got = z.to_utc(DateTime::parse(local).unwrap());
            assert_eq!(got, utc(want, 0), "{rule} {local}");
        }
    }

    /// The abbreviation follows the offset in effect.
    #[test]
    fn abbreviations() {
        let z = zone(DUBLIN);
        assert_eq!(z.std_name(), "GMT");
        assert_eq!(z.dst_name(), Some("IST"));
        assert_eq!(z.abbreviation_at_utc(utc("2026-07-01T00:00", 0)), "IST");
        assert_eq!(z.abbreviation_at_utc(utc("2026-01-01T00:00", 0)), "GMT");
        let negative = zone(DUBLIN_NEGATIVE);
        assert_eq!(
            negative.abbreviation_at_utc(utc("2026-07-01T00:00", 0)),
            "IST"
        );
        assert_eq!(
            negative.abbreviation_at_utc(utc("2026-01-01T00:00", 0)),
            "GMT"
        );
        assert_eq!(zone("<+01>-1").std_name(), "+01");
        assert_eq!(TimeZone::utc(), zone("UTC0"));
    }

    /// Bad rules are refused with a sentence saying what is wrong.
    #[test]
    fn bad_rules_are_explained() {
        let cases = [
            ("", "The time zone rule is empty"),
            ("   ", "The time zone rule is empty"),
            (
                "XYZ",
                "the zone name `XYZ` must be followed by its offset from UTC",
            ),
            (
                "EST5EDT,M13.1.0,M11.1.0",
                "month 13 in `M13.1.0` must be from 1 to 12",
            ),
            (
                "EST5EDT,M3.6.0,M11.1.0",
                "week 6 in `M3.6.0` must be from 1 to 5",
            ),
            ("EST5EDT,M3.2.7,M11.1.0", "day 7 in `M3.2.7` must be from 0"),
            (
                "EST5EDT,M3.2,M11.1.0",
                "the start rule must look like `M3.5.0`",
            ),
            ("EST5EDT,M3.2.0", "followed by a comma and the end rule"),
            ("EST5EDT", "needs rules for when it starts and ends"),
            (
                "EST5EDT,J0,J300",
                "`J` must be followed by a day from 1 to 365",
            ),
            (
                "EST5EDT,J366,J300",
                "`J` must be followed by a day from 1 to 365",
            ),
            ("EST5EDT,366,300", "a day number from 0 to 365"),
            (
                "EST5EDT,M3.2.0/200,M11.1.0",
                "start time must be hours from 0 to 167",
            ),
            ("EST5EDT,M3.2.0,M11.1.0/2:7", "two digits from 00 to 59"),
            (
                "EST5EDT,M3.2.0,M11.1.0x",
                "`x` after the end rule is not understood",
            ),
            ("EST25", "standard offset must be hours from 0 to 24"),
            ("EST5:60", "two digits from 00 to 59"),
            ("EST5ED", "summer time name must be at least three letters"),
            ("ES5", "standard time name must be at least three letters"),
            ("5", "standard time name must be at least three letters"),
            ("<+01", "must end with `>`"),
            ("<+0 1>-1", "must end with `>`"),
            (":Europe/Dublin", "it looks like a zone name"),
            ("Europe/Dublin", "it looks like a zone name"),
            ("UTC", "must be followed by its offset"),
            (
                "GMT0IST,M3.5.0/1,M10.5.0,",
                "after the end rule is not understood",
            ),
            ("GMTé0", "must be followed by its offset"),
        ];
        for (rule, fragment) in cases {
            match TimeZone::parse_posix(rule) {
                Ok(z) => panic!("{rule} parsed as {z:?}"),
                Err(error) => {
                    let message = error.to_string();
                    assert!(message.contains(fragment), "{rule}: {message}");
                }
            }
        }
        let message = TimeZone::parse_posix("XYZ").unwrap_err().to_string();
        assert_eq!(
            message,
            "`XYZ` is not a POSIX time zone rule: the zone name `XYZ` must be followed by its offset from UTC, such as `XYZ0`"
        );
    }

    /// A zone is written as the rule it was read from, and a rule that cannot be
    /// read is refused when reading with the same sentence as `parse_posix`.
    #[test]
    fn zones_are_written_as_their_rule() {
        for rule in [DUBLIN, DUBLIN_NEGATIVE, "UTC0"] {
            let json = serde_json::to_string(&zone(rule)).unwrap();
            assert_eq!(json, format!("\"{rule}\""));
            assert_eq!(serde_json::from_str::<TimeZone>(&json).unwrap(), zone(rule));
        }
        assert_eq!(TimeZone::default().rule(), "UTC0");
        let error = serde_json::from_str::<TimeZone>("\"XYZ\"").unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with(&TimeZone::parse_posix("XYZ").unwrap_err().to_string()),
            "{error}"
        );
    }

    /// No input string makes parsing panic, including every prefix of valid rules.
    #[test]
    fn parsing_never_panics() {
        let rules = [
            DUBLIN,
            DUBLIN_NEGATIVE,
            PARIS,
            NEW_YORK,
            "<+0530>-5:30:00<+0630>-6:30,J1/-167,300/167:59:59",
            "ÉST5ÉDT,M3.2.0,M11.1.0",
        ];
        for rule in rules {
            for end in 0..=rule.len() {
                if let Some(prefix) = rule.get(..end) {
                    let _ = TimeZone::parse_posix(prefix);
                }
            }
        }
    }

    /// Extreme instants and extreme rule times give an answer, not a panic.
    #[test]
    fn extreme_instants_do_not_panic() {
        let zones = [
            zone(DUBLIN),
            zone(NEW_YORK),
            zone("UTC0"),
            zone("<+0530>-5:30:00<+0630>-6:30,J1/-167,365/167:59:59"),
            zone("AAA24BBB-24,M2.5.6/167,M2.5.6/-167"),
        ];
        for z in &zones {
            for t in [i64::MIN, i64::MIN / 2, -1, 0, 1, i64::MAX / 2, i64::MAX] {
                let _ = z.utc_offset_minutes_at_utc(t);
                let local = z.to_local(t);
                let _ = z.to_utc(local);
                let _ = z.abbreviation_at_utc(t);
            }
        }
    }
}
