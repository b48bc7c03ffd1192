//! Sessions every event format makes the same way: the dated slots of an event
//! from its start to its end, the date a weekly series reaches its count, ISO 8601
//! durations (OpenActive's `duration`, iCalendar's `DURATION`), and a schedule put
//! in order.
//!
//! Must never read the clock or make unbounded work from a typing mistake: long
//! events are cut at [`MAX_DATED_SLOTS`] and counts are reached arithmetically.

use learnlocal_core::schedule::{DatedSlot, Schedule};
use learnlocal_core::time::{Date, DateTime, Time, Weekday};

/// At most this many one-day slots are made from one long event or one
/// enumerated schedule, so a typing mistake in a year cannot make thousands.
pub(crate) const MAX_DATED_SLOTS: usize = 366;

/// Puts a schedule's dates and exceptions in order, without repeats. Called once
/// at the end, as sessions join their series one by one.
pub(crate) fn tidy(schedule: &mut Schedule) {
    schedule.dates.sort_by_key(|d| (d.date, d.start, d.end));
    schedule.dates.dedup();
    schedule.except.sort();
    schedule.except.dedup();
}

/// Adds minutes to a time of day, wrapping past midnight (a session ending the
/// next day ends at a time not after its start).
pub(crate) fn add_minutes(start: Time, minutes: i64) -> Time {
    let total = (i64::from(start.minutes_since_midnight()) + minutes).rem_euclid(24 * 60);
    // Under 1440 after rem_euclid, so it fits in u16.
    Time::from_minutes_since_midnight(u16::try_from(total).unwrap_or(0)).unwrap_or(Time::MIDNIGHT)
}

/// An ISO 8601 duration such as `PT1H30M`, `P1W` or `P3D`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct IsoDuration {
    pub(crate) years: u32,
    pub(crate) months: u32,
    pub(crate) weeks: u32,
    pub(crate) days: u32,
    pub(crate) hours: u32,
    pub(crate) minutes: u32,
    pub(crate) seconds: u32,
}

impl IsoDuration {
    /// The length in minutes, counting a month as 30 days and a year as 365.
    pub(crate) fn minutes(&self) -> i64 {
        let days = i64::from(self.years) * 365
            + i64::from(self.months) * 30
            + i64::from(self.weeks) * 7
            + i64::from(self.days);
        days * 1440
            + i64::from(self.hours) * 60
            + i64::from(self.minutes)
            + i64::from(self.seconds) / 60
    }

    pub(crate) fn is_weeks_only(&self) -> bool {
        *self
            == IsoDuration {
                weeks: self.weeks,
                ..IsoDuration::default()
            }
    }

    pub(crate) fn is_days_only(&self) -> bool {
        *self
            == IsoDuration {
                days: self.days,
                ..IsoDuration::default()
            }
    }
}

/// Reads an ISO 8601 duration (`P1W`, `PT2H40M0S`, `P1DT2H`); `None` when it is
/// not one. Fractions are not accepted; numbers are at most nine digits.
pub(crate) fn parse_duration(text: &str) -> Option<IsoDuration> {
    let text = text.trim();
    let rest = text.strip_prefix(['P', 'p'])?;
    let mut d = IsoDuration::default();
    let mut in_time = false;
    let mut digits = String::new();
    let mut any = false;
    for c in rest.chars() {
        match c {
            '0'..='9' => {
                if digits.len() >= 9 {
                    return None;
                }
                digits.push(c);
            }
            'T' | 't' if digits.is_empty() && !in_time => in_time = true,
            _ => {
                let n: u32 = digits.parse().ok()?;
                digits.clear();
                any = true;
                let slot = match (c.to_ascii_uppercase(), in_time) {
                    ('Y', false) => &mut d.years,
                    ('M', false) => &mut d.months,
                    ('W', false) => &mut d.weeks,
                    ('D', false) => &mut d.days,
                    ('H', true) => &mut d.hours,
                    ('M', true) => &mut d.minutes,
                    ('S', true) => &mut d.seconds,
                    _ => return None,
                };
                *slot = n;
            }
        }
    }
    (any && digits.is_empty()).then_some(d)
}

/// Dated slots for an event from `start` to `end` (local): one slot when it
/// lasts under a day (ending the next day if it runs past midnight), else one
/// per day, the first from its start, the middle ones all day, the last to its
/// end. At most [`MAX_DATED_SLOTS`]; the flag says when more were cut.
pub(crate) fn dated_slots(start: DateTime, end: DateTime) -> (Vec<DatedSlot>, bool) {
    let minutes = end.minutes_since_epoch() - start.minutes_since_epoch();
    if minutes <= 0 {
        return (Vec::new(), false);
    }
    if minutes < 24 * 60 {
        let end_time = if end.time == Time::MIDNIGHT && end.date > start.date {
            Time::END_OF_DAY
        } else {
            end.time
        };
        return (
            vec![DatedSlot {
                date: start.date,
                start: start.time,
                end: end_time,
            }],
            false,
        );
    }
    let mut slots = Vec::new();
    let mut date = start.date;
    let last = if end.time == Time::MIDNIGHT {
        end.date.add_days(-1)
    } else {
        end.date
    };
    while date <= last {
        if slots.len() >= MAX_DATED_SLOTS {
            return (slots, true);
        }
        let from = if date == start.date {
            start.time
        } else {
            Time::MIDNIGHT
        };
        let to = if date == end.date {
            end.time
        } else {
            Time::END_OF_DAY
        };
        if from != to {
            slots.push(DatedSlot {
                date,
                start: from,
                end: to,
            });
        }
        let next = date.add_days(1);
        if next == date {
            break;
        }
        date = next;
    }
    (slots, false)
}

/// The date of the `count`th weekly occurrence from `start` on `days`, every
/// `interval` weeks counted from the week of `start` (weeks start on Monday).
/// When `start_counts`, `start` itself is the first occurrence even if it is not
/// on one of the days (as DTSTART is in iCalendar). `None` when the count is not
/// reached within about 3,000 years' worth of looking.
pub(crate) fn nth_weekly_date(
    start: Date,
    days: &[Weekday],
    interval: u8,
    count: u32,
    start_counts: bool,
) -> Option<Date> {
    let mut distinct: Vec<Weekday> = days.to_vec();
    distinct.sort();
    distinct.dedup();
    if count == 0 || distinct.is_empty() {
        return None;
    }
    let period = 7 * i64::from(interval.max(1));
    let first = start.days_since_epoch();
    let monday = first - i64::from(start.weekday().number_from_monday() - 1);
    let limit = Date::MAX.days_since_epoch();
    let hit = |day: i64| {
        let on = (day - monday).rem_euclid(period) < 7
            && distinct.contains(&Date::from_days_since_epoch(day).weekday());
        on || (start_counts && day == first)
    };
    let mut seen = 0u64;
    let count = u64::from(count);
    // The rest of the first period, day by day.
    let mut day = first;
    while day < monday + period {
        if day > limit {
            return None;
        }
        if hit(day) {
            seen += 1;
            if seen == count {
                return Some(Date::from_days_since_epoch(day));
            }
        }
        day += 1;
    }
    // Whole periods at once: each has one occurrence per day listed.
    let per_period = distinct.len() as u64;
    let periods = (count - seen - 1) / per_period;
    day = i64::try_from(periods)
        .ok()
        .and_then(|p| p.checked_mul(period))
        .and_then(|d| d.checked_add(day))?;
    seen += periods * per_period;
    // The last period, day by day.
    for _ in 0..period {
        if day > limit {
            return None;
        }
        if hit(day) {
            seen += 1;
            if seen == count {
                return Some(Date::from_days_since_epoch(day));
            }
        }
        day += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Durations are read in every ISO 8601 form feeds use, and nothing else.
    #[test]
    fn durations() {
        assert_eq!(parse_duration("PT2H40M0S").unwrap().minutes(), 160);
        assert_eq!(parse_duration("P1W").unwrap().weeks, 1);
        assert!(
            parse_duration("P").is_none()
                && parse_duration("PT").is_none()
                && parse_duration("1H").is_none()
        );
        assert!(parse_duration("P99999999999D").is_none());
    }
}
