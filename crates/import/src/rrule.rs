//! RFC 5545 repeat rules (`RRULE` text such as `FREQ=WEEKLY;INTERVAL=4` or
//! `FREQ=MONTHLY;BYDAY=1TU`) read into what a schedule can hold, for every format
//! that carries them: iCalendar's `RRULE`, a spreadsheet's `rrule` column, and
//! later HSDS's rule split into fields.
//!
//! Must never approximate: a rule the schedule cannot hold (yearly, every other
//! day, the 14th of the month, at given hours) is an error that says what cannot
//! be shown, and the caller reports it. Must never make unbounded work from a
//! rule: a count is reached by whole weeks at once, or month by month up to the
//! year 9999.

use crate::sessions::nth_weekly_date;
use learnlocal_core::schedule::{MonthlySlot, Schedule, WeeklySlot};
use learnlocal_core::time::{Date, DateTime, Time, Weekday};
use learnlocal_core::tz::TimeZone;

/// How often a rule repeats (its `FREQ`), of those a schedule can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Freq {
    Daily,
    Weekly,
    Monthly,
}

/// A rule as written, each part read but not yet turned into slots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rule {
    freq: Freq,
    /// `INTERVAL`, from 1.
    interval: u8,
    /// `BYDAY`: each day with its number in the month, if any (`1TU`, `-1FR`).
    pub(crate) by_day: Vec<(Option<i8>, Weekday)>,
    /// `BYSETPOS`: which of the days in the month.
    set_pos: Vec<i8>,
    /// `WKST`, the day weeks start on.
    week_start: Weekday,
    /// `COUNT`: how many sessions in all.
    pub(crate) count: Option<u32>,
    /// `UNTIL` as written: its meaning depends on the format's times.
    pub(crate) until: Option<String>,
}

/// What a rule repeats: weekly or monthly slots, and every how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Repeat {
    /// On `days` every `interval` weeks.
    Weekly { days: Vec<Weekday>, interval: u8 },
    /// Each (days, nth) pair is a monthly slot, every `interval` months.
    Monthly {
        slots: Vec<(Vec<Weekday>, Vec<i8>)>,
        interval: u8,
    },
}

/// The parts of RFC 5545 rules that no schedule of ours can hold, with what
/// each means, for the message.
const CANNOT_SHOW: [(&str, &str); 7] = [
    ("BYMONTHDAY", "days of the month by number"),
    ("BYMONTH", "only some months"),
    ("BYYEARDAY", "days of the year"),
    ("BYWEEKNO", "weeks of the year"),
    ("BYHOUR", "several times in a day"),
    ("BYMINUTE", "several times in a day"),
    ("BYSECOND", "several times in a day"),
];

impl Rule {
    /// Reads rule text, with or without the `RRULE:` in front. The error says,
    /// in words a keeper can act on, what is wrong or cannot be shown.
    pub(crate) fn parse(text: &str) -> Result<Rule, String> {
        let text = text.trim();
        let body = match text.get(..6) {
            Some(head) if head.eq_ignore_ascii_case("RRULE:") => text.get(6..).unwrap_or(""),
            _ => text,
        };
        let mut rule = Rule {
            freq: Freq::Weekly,
            interval: 1,
            by_day: Vec::new(),
            set_pos: Vec::new(),
            week_start: Weekday::Mon,
            count: None,
            until: None,
        };
        let mut seen: Vec<String> = Vec::new();
        for part in body.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((name, value)) = part.split_once('=') else {
                return Err(format!("`{part}` is not a part such as FREQ=WEEKLY"));
            };
            let name = name.trim().to_ascii_uppercase();
            let value = value.trim();
            if seen.contains(&name) {
                return Err(format!("{name} is given twice"));
            }
            seen.push(name.clone());
            match name.as_str() {
                "FREQ" => rule.freq = freq(value)?,
                "INTERVAL" => rule.interval = interval(value)?,
                "BYDAY" => {
                    rule.by_day = list(value)
                        .map(by_day)
                        .collect::<Result<Vec<_>, String>>()?;
                }
                "BYSETPOS" => {
                    rule.set_pos = list(value)
                        .map(set_pos)
                        .collect::<Result<Vec<_>, String>>()?;
                }
                "WKST" => {
                    rule.week_start = Weekday::from_code(value)
                        .ok_or_else(|| format!("WKST `{value}` is not a day such as MO"))?;
                }
                "COUNT" => {
                    rule.count = Some(
                        value
                            .parse::<u32>()
                            .ok()
                            .filter(|n| *n > 0)
                            .ok_or_else(|| {
                                format!("COUNT `{value}` is not a whole number from 1")
                            })?,
                    );
                }
                "UNTIL" => rule.until = Some(value.to_owned()),
                other => {
                    return Err(match CANNOT_SHOW.iter().find(|(n, _)| *n == other) {
                        Some((_, what)) => format!(
                            "{other} ({what}) is not something LearnLocal can show: it shows weekly and monthly repeats on days of the week"
                        ),
                        None => {
                            format!("`{other}` is not a part of a repeat rule LearnLocal knows")
                        }
                    });
                }
            }
        }
        if !seen.iter().any(|n| n == "FREQ") {
            return Err("the rule has no FREQ, such as FREQ=WEEKLY".to_owned());
        }
        Ok(rule)
    }

    /// The distinct days `BYDAY` names, in week order.
    pub(crate) fn days(&self) -> Vec<Weekday> {
        let mut days: Vec<Weekday> = self.by_day.iter().map(|(_, d)| *d).collect();
        days.sort();
        days.dedup();
        days
    }

    /// Takes a spreadsheet's day column as the missing `BYDAY`, except in a
    /// monthly rule without `BYSETPOS`, where the days would not say which of
    /// the month's Tuesdays are meant (that rule is then refused by
    /// [`Rule::repeat`]).
    pub(crate) fn fill_days(&mut self, days: &[Weekday]) {
        if self.by_day.is_empty() && (self.freq != Freq::Monthly || !self.set_pos.is_empty()) {
            self.by_day = days.iter().map(|d| (None, *d)).collect();
        }
    }

    /// True when the rule needs the first session's weekday to know its day: a
    /// weekly rule without `BYDAY`.
    pub(crate) fn needs_first_day(&self) -> bool {
        self.freq == Freq::Weekly && self.by_day.is_empty()
    }

    /// What the rule repeats. `first_day` stands for a missing `BYDAY` in a
    /// weekly rule (RFC 5545: the weekday of the first session).
    pub(crate) fn repeat(&self, first_day: Weekday) -> Result<Repeat, String> {
        let numbered = self.by_day.iter().find_map(|(n, d)| n.map(|n| (n, *d)));
        let days = self.days();
        match self.freq {
            Freq::Daily | Freq::Weekly => {
                if let Some((n, day)) = numbered {
                    return Err(format!(
                        "`{n}{}` (a numbered day) belongs to a monthly rule",
                        day.code().to_ascii_uppercase()
                    ));
                }
                if !self.set_pos.is_empty() {
                    return Err("BYSETPOS belongs to a monthly rule".to_owned());
                }
                if self.freq == Freq::Daily {
                    if self.interval > 1 {
                        return Err(format!(
                            "every {} days is not something LearnLocal can show: it shows weekly and monthly repeats",
                            self.interval
                        ));
                    }
                    let all = if days.is_empty() {
                        Weekday::ALL.to_vec()
                    } else {
                        days
                    };
                    return Ok(Repeat::Weekly {
                        days: all,
                        interval: 1,
                    });
                }
                let days = if days.is_empty() {
                    vec![first_day]
                } else {
                    days
                };
                if self.week_start != Weekday::Mon && self.interval > 1 && days.len() > 1 {
                    return Err(format!(
                        "weeks starting on {} change which of the days are on every {} weeks; LearnLocal's weeks start on Monday (WKST=MO)",
                        self.week_start.code().to_ascii_uppercase(),
                        self.interval
                    ));
                }
                Ok(Repeat::Weekly {
                    days,
                    interval: self.interval,
                })
            }
            Freq::Monthly => self.monthly(numbered.is_some(), days),
        }
    }

    /// The slots of a monthly rule.
    fn monthly(&self, numbered: bool, days: Vec<Weekday>) -> Result<Repeat, String> {
        if days.is_empty() {
            return Err("FREQ=MONTHLY without BYDAY repeats on the first date's day of the month (such as the 14th), which LearnLocal cannot show: say which weekday, such as BYDAY=1TU for the first Tuesday".to_owned());
        }
        let interval = self.interval;
        if !self.set_pos.is_empty() {
            if numbered {
                return Err("numbered days (such as 1TU) and BYSETPOS together are not something LearnLocal can show".to_owned());
            }
            let mut nth = self.set_pos.clone();
            nth.sort_unstable();
            nth.dedup();
            return Ok(Repeat::Monthly {
                slots: vec![(days, nth)],
                interval,
            });
        }
        if !numbered && interval == 1 {
            // Every Tuesday of every month is every Tuesday.
            return Ok(Repeat::Weekly { days, interval: 1 });
        }
        let mut slots: Vec<(Vec<Weekday>, Vec<i8>)> = Vec::new();
        for day in days {
            let mut nth: Vec<i8> = Vec::new();
            for (n, _) in self.by_day.iter().filter(|(_, d)| *d == day) {
                match n {
                    // A day without a number is every one of them in the month.
                    None => nth.extend(1..=5),
                    Some(n) => nth.push(*n),
                }
            }
            nth.sort_unstable();
            nth.dedup();
            slots.push((vec![day], nth));
        }
        Ok(Repeat::Monthly { slots, interval })
    }
}

impl Repeat {
    /// Puts the repeat's slots, from `start` to `end`, into the schedule.
    pub(crate) fn apply(&self, schedule: &mut Schedule, start: Time, end: Time) {
        match self {
            Repeat::Weekly { days, interval } => {
                schedule.weekly.push(WeeklySlot {
                    days: days.clone(),
                    start,
                    end,
                });
                schedule.interval_weeks = *interval;
            }
            Repeat::Monthly { slots, interval } => {
                schedule
                    .monthly
                    .extend(slots.iter().map(|(days, nth)| MonthlySlot {
                        days: days.clone(),
                        nth: nth.clone(),
                        start,
                        end,
                    }));
                schedule.interval_months = *interval;
            }
        }
    }

    /// The interval and its unit ("weeks" or "months").
    pub(crate) fn interval(&self) -> (u8, &'static str) {
        match self {
            Repeat::Weekly { interval, .. } => (*interval, "weeks"),
            Repeat::Monthly { interval, .. } => (*interval, "months"),
        }
    }

    /// The date of the `count`th session from `first` (its periods counted from
    /// the week or month of `first`). When `first_counts`, `first` is the first
    /// session even off the rule (iCalendar's DTSTART). `None` when the count is
    /// not reached by the year 9999.
    pub(crate) fn nth_date(&self, first: Date, count: u32, first_counts: bool) -> Option<Date> {
        let (slots, interval) = match self {
            Repeat::Weekly { days, interval } => {
                return nth_weekly_date(first, days, *interval, count, first_counts);
            }
            Repeat::Monthly { slots, interval } => (slots, *interval),
        };
        let slots: Vec<MonthlySlot> = slots
            .iter()
            .map(|(days, nth)| MonthlySlot {
                days: days.clone(),
                nth: nth.clone(),
                start: Time::MIDNIGHT,
                end: Time::END_OF_DAY,
            })
            .collect();
        let on = |day: Date| slots.iter().any(|s| s.falls_on(day));
        let mut seen = 0u32;
        if first_counts && !on(first) {
            seen = 1;
            if count == 1 {
                return Some(first);
            }
        }
        // Month by month, the months the interval leaves on only.
        let mut month_start = Date::new(first.year(), first.month(), 1)?;
        loop {
            let mut day = month_start.max(first);
            while day.month() == month_start.month() {
                if on(day) {
                    seen += 1;
                    if seen >= count {
                        return Some(day);
                    }
                }
                let next = day.add_days(1);
                if next == day {
                    return None;
                }
                day = next;
            }
            let months = i32::from(month_start.month()) - 1 + i32::from(interval.max(1));
            month_start = Date::new(
                month_start.year().checked_add(months / 12)?,
                u8::try_from(months % 12 + 1).ok()?,
                1,
            )?;
        }
    }
}

/// The last date an `UNTIL` allows for sessions starting at `start`:
/// `20261231`, `2026-12-31`, `20261231T180000` (local time) or
/// `20261231T230000Z` (UTC, put in the catalogue's `zone`). A session starting
/// after UNTIL's time on its day is not included, as RFC 5545 has it.
pub(crate) fn until_date(text: &str, zone: &TimeZone, start: Time) -> Result<Date, String> {
    let text = text.trim();
    if let Ok(date) = Date::parse(text) {
        return Ok(date);
    }
    let bad = || format!("UNTIL `{text}` is not a date such as 20261231 or 20261231T235959Z");
    let number = |from: usize, to: usize| text.get(from..to).and_then(|s| s.parse::<u8>().ok());
    let year = text.get(..4).and_then(|s| s.parse::<i32>().ok());
    let date = match (year, number(4, 6), number(6, 8)) {
        (Some(y), Some(m), Some(d))
            if text
                .get(..8)
                .is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit())) =>
        {
            Date::new(y, m, d).ok_or_else(bad)?
        }
        _ => return Err(bad()),
    };
    let rest = text.get(8..).unwrap_or_default();
    if rest.is_empty() {
        return Ok(date);
    }
    let (clock, utc) = match rest.strip_suffix(['Z', 'z']) {
        Some(clock) => (clock, true),
        None => (rest, false),
    };
    let digits = clock
        .strip_prefix(['T', 't'])
        .filter(|d| matches!(d.len(), 4 | 6) && d.bytes().all(|b| b.is_ascii_digit()));
    let time = digits
        .and_then(|d| Time::new(d.get(..2)?.parse().ok()?, d.get(2..4)?.parse().ok()?))
        .ok_or_else(bad)?;
    let mut local = DateTime::new(date, time);
    if utc {
        local = zone.to_local(local.minutes_since_epoch().saturating_mul(60));
    }
    Ok(if local.time < start {
        local.date.add_days(-1)
    } else {
        local.date
    })
}

/// The items of a comma-separated value.
fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn freq(value: &str) -> Result<Freq, String> {
    match value.to_ascii_uppercase().as_str() {
        "DAILY" => Ok(Freq::Daily),
        "WEEKLY" => Ok(Freq::Weekly),
        "MONTHLY" => Ok(Freq::Monthly),
        "YEARLY" => Err("FREQ=YEARLY (once a year) is not something LearnLocal can show: it shows weekly and monthly repeats; list the dates instead".to_owned()),
        "HOURLY" | "MINUTELY" | "SECONDLY" => Err(format!(
            "FREQ={} (several times a day) is not something LearnLocal can show: it shows weekly and monthly repeats",
            value.to_ascii_uppercase()
        )),
        _ => Err(format!(
            "FREQ `{value}` is not a frequency such as WEEKLY or MONTHLY"
        )),
    }
}

fn interval(value: &str) -> Result<u8, String> {
    match value.parse::<u32>() {
        Ok(0) => Err(
            "INTERVAL=0 is not allowed: use 1 for every week, 2 for every other week".to_owned(),
        ),
        Ok(n) => u8::try_from(n)
            .map_err(|_| format!("INTERVAL={n} is more than LearnLocal can show: at most 255")),
        Err(_) => Err(format!("INTERVAL `{value}` is not a whole number")),
    }
}

/// One `BYDAY` item: `TU`, `1TU`, `+2WE`, `-1FR`.
fn by_day(item: &str) -> Result<(Option<i8>, Weekday), String> {
    let letters = item.trim_start_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
    let number = item.get(..item.len() - letters.len()).unwrap_or("");
    let bad = || format!("`{item}` in BYDAY is not a day such as TU, or 1TU for the first Tuesday");
    let day = Weekday::from_code(letters).ok_or_else(bad)?;
    if number.is_empty() {
        return Ok((None, day));
    }
    let n: i8 = number.trim_start_matches('+').parse().map_err(|_| bad())?;
    match n {
        0 => Err(bad()),
        -5..=5 => Ok((Some(n), day)),
        _ => Err(format!(
            "`{item}`: no month has that many {}s",
            day.code().to_ascii_uppercase()
        )),
    }
}

/// One `BYSETPOS` item: which of the days in the month, never 0.
fn set_pos(item: &str) -> Result<i8, String> {
    let n: i16 = item
        .trim_start_matches('+')
        .parse()
        .ok()
        .filter(|n| *n != 0)
        .ok_or_else(|| format!("BYSETPOS `{item}` is not a whole number other than 0"))?;
    i8::try_from(n)
        .ok()
        .filter(|n| (-31..=31).contains(n))
        .ok_or_else(|| format!("BYSETPOS {n}: no month has that many days"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Weekday::{Fri, Mon, Sat, Thu, Tue, Wed};

    fn repeat(text: &str) -> Result<Repeat, String> {
        Rule::parse(text).and_then(|r| r.repeat(Wed))
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// Every rule form publishers write becomes the slots it means.
    #[test]
    fn rule_forms() {
        let weekly = |days: &[Weekday], interval| Repeat::Weekly {
            days: days.to_vec(),
            interval,
        };
        let monthly = |slots: &[(&[Weekday], &[i8])], interval| Repeat::Monthly {
            slots: slots
                .iter()
                .map(|(d, n)| (d.to_vec(), n.to_vec()))
                .collect(),
            interval,
        };
        let cases: Vec<(&str, Repeat)> = vec![
            ("FREQ=WEEKLY;INTERVAL=4", weekly(&[Wed], 4)),
            ("RRULE:freq=weekly;byday=TU,MO", weekly(&[Mon, Tue], 1)),
            ("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;WKST=SU", weekly(&[Sat], 2)),
            ("FREQ=DAILY", weekly(&Weekday::ALL, 1)),
            ("FREQ=DAILY;BYDAY=MO,FR", weekly(&[Mon, Fri], 1)),
            ("FREQ=MONTHLY;BYDAY=1TU", monthly(&[(&[Tue], &[1])], 1)),
            ("FREQ=MONTHLY;BYDAY=-1FR", monthly(&[(&[Fri], &[-1])], 1)),
            (
                "FREQ=MONTHLY;BYDAY=+3TH,1TH;INTERVAL=2",
                monthly(&[(&[Thu], &[1, 3])], 2),
            ),
            (
                "FREQ=MONTHLY;BYDAY=1TU,3WE",
                monthly(&[(&[Tue], &[1]), (&[Wed], &[3])], 1),
            ),
            (
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
                monthly(&[(&[Mon, Tue, Wed, Thu, Fri], &[-1])], 1),
            ),
            ("FREQ=MONTHLY;BYDAY=TU", weekly(&[Tue], 1)),
            (
                "FREQ=MONTHLY;INTERVAL=3;BYDAY=TU",
                monthly(&[(&[Tue], &[1, 2, 3, 4, 5])], 3),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(repeat(text), Ok(want), "{text}");
        }
        let rule = Rule::parse("FREQ=WEEKLY;COUNT=6;UNTIL=20261231").unwrap();
        assert_eq!(rule.count, Some(6));
        assert_eq!(rule.until.as_deref(), Some("20261231"));
    }

    /// What no schedule can hold is refused with the reason, never bent into
    /// something else.
    #[test]
    fn rules_that_cannot_be_shown() {
        let cases = [
            (
                "FREQ=YEARLY",
                "FREQ=YEARLY (once a year) is not something LearnLocal can show",
            ),
            (
                "FREQ=DAILY;INTERVAL=2",
                "every 2 days is not something LearnLocal can show",
            ),
            (
                "FREQ=MONTHLY;BYMONTHDAY=14",
                "BYMONTHDAY (days of the month by number) is not something LearnLocal can show",
            ),
            (
                "FREQ=MONTHLY",
                "FREQ=MONTHLY without BYDAY repeats on the first date's day of the month",
            ),
            (
                "FREQ=WEEKLY;BYHOUR=10,14",
                "BYHOUR (several times in a day)",
            ),
            (
                "FREQ=WEEKLY;BYDAY=1MO",
                "`1MO` (a numbered day) belongs to a monthly rule",
            ),
            (
                "FREQ=WEEKLY;BYDAY=MO;BYSETPOS=1",
                "BYSETPOS belongs to a monthly rule",
            ),
            (
                "FREQ=MONTHLY;BYDAY=1MO;BYSETPOS=1",
                "numbered days (such as 1TU) and BYSETPOS together",
            ),
            (
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO;WKST=SU",
                "weeks starting on SU change which of the days are on every 2 weeks",
            ),
            (
                "FREQ=MONTHLY;BYDAY=6TU",
                "`6TU`: no month has that many TUs",
            ),
            (
                "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=40",
                "BYSETPOS 40: no month has that many days",
            ),
            ("INTERVAL=4", "the rule has no FREQ"),
            (
                "FREQ=WEEKLY;INTERVAL=4;INTERVAL=2",
                "INTERVAL is given twice",
            ),
            ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL=0 is not allowed"),
            (
                "FREQ=WEEKLY;INTERVAL=300",
                "INTERVAL=300 is more than LearnLocal can show",
            ),
            (
                "FREQ=WEEKLY;BYDAY=XX",
                "`XX` in BYDAY is not a day such as TU",
            ),
            (
                "FREQ=WEEKLY;COUNT=0",
                "COUNT `0` is not a whole number from 1",
            ),
            (
                "every 4 weeks",
                "`every 4 weeks` is not a part such as FREQ=WEEKLY",
            ),
            ("FREQ=FORTNIGHTLY", "FREQ `FORTNIGHTLY` is not a frequency"),
            (
                "FREQ=WEEKLY;X-NAME=1",
                "`X-NAME` is not a part of a repeat rule LearnLocal knows",
            ),
        ];
        for (text, want) in cases {
            let got = repeat(text).unwrap_err();
            assert!(got.contains(want), "{text}: {got}");
        }
    }

    /// UNTIL is read as a date, a local time or a UTC time put in the zone; a
    /// session starting after it that day is not included.
    #[test]
    fn until_dates() {
        let new_york = TimeZone::parse_posix("EST5EDT,M3.2.0,M11.1.0").unwrap();
        let ten = Time::new(10, 0).unwrap();
        let cases = [
            ("20261231", "2026-12-31"),
            ("2026-12-31", "2026-12-31"),
            ("20261231T235959", "2026-12-31"),
            ("20261231T090000", "2026-12-30"),
            // 03:59 UTC on 1 January is 22:59 on 31 December in New York.
            ("20270101T035959Z", "2026-12-31"),
        ];
        for (text, want) in cases {
            assert_eq!(until_date(text, &new_york, ten), Ok(date(want)), "{text}");
        }
        for text in [
            "2026",
            "20261331",
            "20261231T25",
            "next year",
            "２０２６１２３１",
        ] {
            let got = until_date(text, &new_york, ten).unwrap_err();
            assert!(
                got.starts_with(&format!("UNTIL `{text}` is not a date")),
                "{got}"
            );
        }
    }

    /// COUNT is the date of the last session, weekly or monthly, with or without
    /// the first date counting when it is off the rule.
    #[test]
    fn counts_end_on_the_last_session() {
        let cases = [
            (
                "FREQ=WEEKLY;INTERVAL=4;COUNT=3",
                "2026-09-02",
                false,
                "2026-10-28",
            ),
            (
                "FREQ=MONTHLY;BYDAY=1TU;COUNT=3",
                "2026-09-01",
                false,
                "2026-11-03",
            ),
            (
                "FREQ=MONTHLY;BYDAY=1TU;COUNT=3",
                "2026-09-02",
                false,
                "2026-12-01",
            ),
            (
                "FREQ=MONTHLY;BYDAY=1TU;COUNT=3",
                "2026-09-02",
                true,
                "2026-11-03",
            ),
            (
                "FREQ=MONTHLY;BYDAY=-1FR;INTERVAL=6;COUNT=2",
                "2026-01-01",
                false,
                "2026-07-31",
            ),
            (
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1;COUNT=4",
                "2026-11-01",
                false,
                "2026-12-31",
            ),
        ];
        for (text, first, first_counts, want) in cases {
            let rule = Rule::parse(text).unwrap();
            let got = rule.repeat(date(first).weekday()).unwrap().nth_date(
                date(first),
                rule.count.unwrap(),
                first_counts,
            );
            assert_eq!(got, Some(date(want)), "{text} from {first}");
        }
        let never = Repeat::Monthly {
            slots: vec![(vec![Tue], vec![5])],
            interval: 12,
        };
        // February has a fifth Tuesday only in leap years starting on a Tuesday.
        assert_eq!(
            never.nth_date(date("2026-02-01"), u32::MAX, false),
            None,
            "stops at the year 9999"
        );
    }
}
