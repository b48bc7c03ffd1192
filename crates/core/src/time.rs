//! Civil (calendar) dates, weekdays and times of day, without a date library.
//!
//! These are wall-clock values with no time zone: `tz` turns them into instants.
//! This module never reads the clock (callers pass "now") and never panics: parsing
//! returns a [`ParseError`] whose `Display` is a plain-English sentence, and date
//! arithmetic saturates at the ends of the supported range, years 0000 to 9999.

use crate::problem::quote;
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Reads an unsigned decimal number made only of ASCII digits (at most 9 of them).
fn digits(text: &[u8]) -> Option<u32> {
    if text.is_empty() || text.len() > 9 || !text.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(text.iter().fold(0, |n, &b| n * 10 + u32::from(b - b'0')))
}

/// Why a date, time, date and time or day of the week could not be read. Each
/// case keeps the text as given; `Display` says in a sentence what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The text is not shaped `YYYY-MM-DD`.
    DateShape {
        /// The text given.
        text: String,
    },
    /// The month is not 01 to 12.
    Month {
        /// The text given.
        text: String,
    },
    /// The day of the month is 00.
    DayZero {
        /// The text given.
        text: String,
    },
    /// The day is past the end of its month.
    PastMonthEnd {
        /// The text given.
        text: String,
        /// The year, 0 to 9999.
        year: i32,
        /// The month, 1 to 12.
        month: u8,
        /// How many days that month has that year.
        length: u8,
    },
    /// The text is not shaped `HH:MM` (or `HH:MM:SS`).
    TimeShape {
        /// The text given.
        text: String,
    },
    /// Hour 24 with minutes or seconds other than 00.
    PastEndOfDay {
        /// The text given.
        text: String,
    },
    /// The hour is past 24.
    Hour {
        /// The text given.
        text: String,
    },
    /// The minute is past 59.
    Minute {
        /// The text given.
        text: String,
    },
    /// The second is past 59.
    Second {
        /// The text given.
        text: String,
    },
    /// The text has no `T` between a date and a time.
    DateTimeShape {
        /// The text given.
        text: String,
    },
    /// The text is not a two-letter day code.
    Weekday {
        /// The text given.
        text: String,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (text, rest): (&str, Cow<'_, str>) = match self {
            Self::DateShape { text } => (text, "is not a date in the form YYYY-MM-DD".into()),
            Self::Month { text } => (text, "is not a date: months go from 01 to 12".into()),
            Self::DayZero { text } => (text, "is not a date: days of the month start at 01".into()),
            Self::PastMonthEnd {
                text,
                year,
                month,
                length,
            } => {
                let name = MONTH_NAMES
                    .get(usize::from(month.saturating_sub(1)))
                    .copied()
                    .unwrap_or_default();
                let why = format!("is not a date: {name} {year:04} has {length} days");
                (text, why.into())
            }
            Self::TimeShape { text } => (text, "is not a time of day in the form HH:MM".into()),
            Self::PastEndOfDay { text } => (
                text,
                "is not a time of day: only 24:00 may use hour 24, to mean the end of the day"
                    .into(),
            ),
            Self::Hour { text } => (text, "is not a time of day: hours go from 00 to 23".into()),
            Self::Minute { text } => (
                text,
                "is not a time of day: minutes go from 00 to 59".into(),
            ),
            Self::Second { text } => (
                text,
                "is not a time of day: seconds go from 00 to 59".into(),
            ),
            Self::DateTimeShape { text } => (
                text,
                "is not a date and time in the form YYYY-MM-DDTHH:MM".into(),
            ),
            Self::Weekday { text } => (
                text,
                "is not a day of the week: use mo, tu, we, th, fr, sa or su".into(),
            ),
        };
        write!(f, "{} {rest}", quote(text))
    }
}

impl std::error::Error for ParseError {}

/// The sentence, for callers that collect messages as text.
impl From<ParseError> for String {
    fn from(error: ParseError) -> String {
        error.to_string()
    }
}

/// Deserializes any of this module's types from the string its `parse` accepts.
struct ParseVisitor<T> {
    parse: fn(&str) -> Result<T, ParseError>,
    expecting: &'static str,
}

impl<T> Visitor<'_> for ParseVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (self.parse)(text).map_err(E::custom)
    }
}

// ---------------------------------------------------------------------------------
// Date
// ---------------------------------------------------------------------------------

/// A day in the proleptic Gregorian calendar, years 0000 to 9999.
///
/// Serialized as the string `YYYY-MM-DD`.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// True when `year` has a 29 February.
pub(crate) fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The number of days in a month (1..=12) of a year; 0 for a month out of range.
pub(crate) fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a civil date, for any year (Howard Hinnant's
/// `days_from_civil`). The month must be 1..=12; the day may be any number, counting
/// on past the month's end.
pub(crate) fn days_from_civil(year: i64, month: u8, day: i64) -> i64 {
    let month = i64::from(month);
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

impl Date {
    /// The earliest date supported, 0000-01-01.
    pub const MIN: Date = Date {
        year: 0,
        month: 1,
        day: 1,
    };

    /// The latest date supported, 9999-12-31.
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// The date `year`-`month`-`day`, or `None` when there is no such day (such as
    /// 2026-02-29) or the year is outside 0000..=9999.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (0..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(i64::from(year), month);
        valid.then_some(Date { year, month, day })
    }

    /// The year, 0 to 9999.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 (January) to 12 (December).
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Reads a date written `YYYY-MM-DD`, such as `2026-09-14`. Nothing else is
    /// accepted; the error is a sentence saying what is wrong.
    pub fn parse(text: &str) -> Result<Date, ParseError> {
        let b = text.as_bytes();
        let shaped = b.len() == 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-');
        let (Some(year), Some(month), Some(day), true) = (
            digits(b.get(0..4).unwrap_or_default()),
            digits(b.get(5..7).unwrap_or_default()),
            digits(b.get(8..10).unwrap_or_default()),
            shaped,
        ) else {
            return Err(ParseError::DateShape {
                text: text.to_owned(),
            });
        };
        let text = text.to_owned();
        // Four digits and two digits: these fit.
        let (year, month, day) = (year as i32, month as u8, day as u8);
        if !(1..=12).contains(&month) {
            return Err(ParseError::Month { text });
        }
        if day == 0 {
            return Err(ParseError::DayZero { text });
        }
        let length = days_in_month(i64::from(year), month);
        if day > length {
            return Err(ParseError::PastMonthEnd {
                text,
                year,
                month,
                length,
            });
        }
        Ok(Date { year, month, day })
    }

    /// Days since 1970-01-01, which is day 0; earlier dates are negative.
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(i64::from(self.year), self.month, i64::from(self.day))
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    /// Days outside the supported range give `Date::MIN` or `Date::MAX`.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let days = days.clamp(Date::MIN.days_since_epoch(), Date::MAX.days_since_epoch());
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        // The clamp above keeps every value in range.
        Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday, index 3 counting Monday as 0.
        match (self.days_since_epoch() + 3).rem_euclid(7) {
            0 => Weekday::Mon,
            1 => Weekday::Tue,
            2 => Weekday::Wed,
            3 => Weekday::Thu,
            4 => Weekday::Fri,
            5 => Weekday::Sat,
            _ => Weekday::Sun,
        }
    }

    /// The date `days` days later (earlier when negative), saturating at
    /// `Date::MIN` and `Date::MAX`.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch().saturating_add(days))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = ParseError;

    /// Same as [`Date::parse`].
    fn from_str(text: &str) -> Result<Date, ParseError> {
        Date::parse(text)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        deserializer.deserialize_str(ParseVisitor {
            parse: Date::parse,
            expecting: "a date in the form YYYY-MM-DD",
        })
    }
}

// ---------------------------------------------------------------------------------
// Weekday
// ---------------------------------------------------------------------------------

/// A day of the week. Serialized as the lower-case two-letter code of RFC 5545
/// BYDAY: `"mo"`, `"tu"`, `"we"`, `"th"`, `"fr"`, `"sa"`, `"su"`; upper case is
/// accepted when reading.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// Every weekday, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// 1 for Monday up to 7 for Sunday (ISO 8601).
    pub fn number_from_monday(self) -> u8 {
        self as u8 + 1
    }

    /// The lower-case two-letter code, such as `"mo"`.
    pub fn code(self) -> &'static str {
        match self {
            Weekday::Mon => "mo",
            Weekday::Tue => "tu",
            Weekday::Wed => "we",
            Weekday::Thu => "th",
            Weekday::Fri => "fr",
            Weekday::Sat => "sa",
            Weekday::Sun => "su",
        }
    }

    /// The weekday with this two-letter code, in either case (`"mo"` or `"MO"`).
    pub fn from_code(code: &str) -> Option<Weekday> {
        Weekday::ALL
            .into_iter()
            .find(|day| day.code().eq_ignore_ascii_case(code))
    }

    /// Reads a two-letter code, with a plain-English error.
    fn parse(code: &str) -> Result<Weekday, ParseError> {
        Weekday::from_code(code).ok_or_else(|| ParseError::Weekday {
            text: code.to_owned(),
        })
    }
}

/// A weekday's word is its code; reading ignores case, as the catalogue does.
impl crate::token::Token for Weekday {
    const ALL: &'static [Self] = &Weekday::ALL;

    fn token(self) -> &'static str {
        self.code()
    }

    fn from_token(code: &str) -> Option<Self> {
        Weekday::from_code(code)
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Weekday {
    type Err = ParseError;

    /// Reads a two-letter code such as `"mo"` or `"MO"`.
    fn from_str(code: &str) -> Result<Weekday, ParseError> {
        Weekday::parse(code)
    }
}

impl Serialize for Weekday {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Weekday {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Weekday, D::Error> {
        deserializer.deserialize_str(ParseVisitor {
            parse: Weekday::parse,
            expecting: "a day of the week such as \"mo\"",
        })
    }
}

// ---------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------

/// A time of day to the minute, 00:00 to 24:00. 24:00 is the end of the day and
/// belongs only at the end of a slot.
///
/// Serialized as the string `HH:MM`.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Time {
    minutes: u16,
}

impl Time {
    /// 00:00, the start of the day.
    pub const MIDNIGHT: Time = Time { minutes: 0 };

    /// 24:00, the end of the day.
    pub const END_OF_DAY: Time = Time {
        minutes: MINUTES_PER_DAY,
    };

    /// The time `hour`:`minute`, or `None` when out of range. Hours go 0..=23 and
    /// minutes 0..=59, except that 24:00 (the end of the day) is allowed.
    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        let valid = (hour < 24 && minute < 60) || (hour == 24 && minute == 0);
        valid.then(|| Time {
            minutes: u16::from(hour) * 60 + u16::from(minute),
        })
    }

    /// The time `minutes` after midnight, or `None` past 1440 (24:00).
    pub fn from_minutes_since_midnight(minutes: u16) -> Option<Time> {
        (minutes <= MINUTES_PER_DAY).then_some(Time { minutes })
    }

    /// The hour, 0 to 24 (24 only for 24:00).
    pub fn hour(self) -> u8 {
        (self.minutes / 60) as u8
    }

    /// The minute within the hour, 0 to 59.
    pub fn minute(self) -> u8 {
        (self.minutes % 60) as u8
    }

    /// Minutes since midnight, 0 to 1440.
    pub fn minutes_since_midnight(self) -> u16 {
        self.minutes
    }

    /// Reads a time written `HH:MM`, `H:MM` or `HH:MM:SS` (the seconds are checked,
    /// then dropped). `24:00` is accepted as the end of the day. The error is a
    /// sentence saying what is wrong.
    pub fn parse(text: &str) -> Result<Time, ParseError> {
        let mut parts = text.split(':');
        let (hours, minutes, seconds) = (parts.next(), parts.next(), parts.next());
        let shaped = parts.next().is_none()
            && hours.is_some_and(|h| (1..=2).contains(&h.len()))
            && minutes.is_some_and(|m| m.len() == 2)
            && seconds.is_none_or(|s| s.len() == 2);
        let number = |part: Option<&str>| part.and_then(|p| digits(p.as_bytes()));
        let (Some(hour), Some(minute), Some(second), true) = (
            number(hours),
            number(minutes),
            seconds.map_or(Some(0), |s| digits(s.as_bytes())),
            shaped,
        ) else {
            return Err(ParseError::TimeShape {
                text: text.to_owned(),
            });
        };
        let text = text.to_owned();
        if hour == 24 && (minute, second) != (0, 0) {
            return Err(ParseError::PastEndOfDay { text });
        }
        if hour > 24 {
            return Err(ParseError::Hour { text });
        }
        if minute > 59 {
            return Err(ParseError::Minute { text });
        }
        if second > 59 {
            return Err(ParseError::Second { text });
        }
        Ok(Time {
            minutes: (hour * 60 + minute) as u16,
        })
    }
}

/// Minutes in a day, and the minutes of 24:00.
const MINUTES_PER_DAY: u16 = 24 * 60;

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl FromStr for Time {
    type Err = ParseError;

    /// Same as [`Time::parse`].
    fn from_str(text: &str) -> Result<Time, ParseError> {
        Time::parse(text)
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Time, D::Error> {
        deserializer.deserialize_str(ParseVisitor {
            parse: Time::parse,
            expecting: "a time of day in the form HH:MM",
        })
    }
}

// ---------------------------------------------------------------------------------
// DateTime
// ---------------------------------------------------------------------------------

/// A local wall-clock moment: a date and a time of day, in no particular zone.
///
/// Ordered by date, then time. A time of 24:00 is the same moment as 00:00 the next
/// day but orders before it; compare [`DateTime::minutes_since_epoch`] when that
/// matters. Serialized as the string `YYYY-MM-DDTHH:MM`.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct DateTime {
    /// The calendar day.
    pub date: Date,
    /// The time on that day.
    pub time: Time,
}

impl DateTime {
    /// The moment `time` on `date`.
    pub fn new(date: Date, time: Time) -> DateTime {
        DateTime { date, time }
    }

    /// Minutes since 1970-01-01T00:00 on the same wall clock (ignoring any zone).
    pub fn minutes_since_epoch(self) -> i64 {
        self.date.days_since_epoch() * i64::from(MINUTES_PER_DAY) + i64::from(self.time.minutes)
    }

    /// The moment `minutes` after 1970-01-01T00:00, with a time before 24:00.
    /// Saturates at the ends of the supported range of dates.
    pub fn from_minutes_since_epoch(minutes: i64) -> DateTime {
        let per_day = i64::from(MINUTES_PER_DAY);
        let days = minutes.div_euclid(per_day);
        let date = Date::from_days_since_epoch(days);
        let time = if date.days_since_epoch() == days {
            Time {
                minutes: minutes.rem_euclid(per_day) as u16,
            }
        } else if days < 0 {
            Time::MIDNIGHT
        } else {
            Time {
                minutes: MINUTES_PER_DAY - 1,
            }
        };
        DateTime { date, time }
    }

    /// Reads a moment written `YYYY-MM-DDTHH:MM` (the time part as [`Time::parse`]
    /// accepts it). `T24:00` is read as 00:00 the next day.
    pub fn parse(text: &str) -> Result<DateTime, ParseError> {
        let Some((date, time)) = text.split_once('T') else {
            return Err(ParseError::DateTimeShape {
                text: text.to_owned(),
            });
        };
        let date = Date::parse(date)?;
        let time = Time::parse(time)?;
        if time == Time::END_OF_DAY && date != Date::MAX {
            return Ok(DateTime::new(date.add_days(1), Time::MIDNIGHT));
        }
        Ok(DateTime { date, time })
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}T{}", self.date, self.time)
    }
}

impl FromStr for DateTime {
    type Err = ParseError;

    /// Same as [`DateTime::parse`].
    fn from_str(text: &str) -> Result<DateTime, ParseError> {
        DateTime::parse(text)
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DateTime, D::Error> {
        deserializer.deserialize_str(ParseVisitor {
            parse: DateTime::parse,
            expecting: "a date and time in the form YYYY-MM-DDTHH:MM",
        })
    }
}

/// The moment an HTTP date gives (`Sun, 06 Nov 1994 08:49:37 GMT`, the form of
/// the `Date` and `Last-Modified` headers), as seconds since 1970 (UTC); `None`
/// for any other text.
pub fn unix_seconds_from_http_date(text: &str) -> Option<i64> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| m == month)? as u8 + 1;
    let date = Date::new(year.parse().ok()?, month, day.parse().ok()?)?;
    let mut clock = time.split(':').map(|p| p.parse::<i64>().ok());
    let (Some(Some(h)), Some(Some(m)), Some(Some(s)), None) =
        (clock.next(), clock.next(), clock.next(), clock.next())
    else {
        return None;
    };
    if !(0..24).contains(&h) || !(0..60).contains(&m) || !(0..61).contains(&s) {
        return None;
    }
    Some(date.days_since_epoch() * 86_400 + h * 3600 + m * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).expect("test date")
    }

    /// `Date::new` accepts real days only, leap years included.
    #[test]
    fn date_new_validates() {
        let cases: [(i32, u8, u8, bool); 12] = [
            (2026, 1, 31, true),
            (2026, 2, 28, true),
            (2026, 2, 29, false),
            (2024, 2, 29, true),
            (2000, 2, 29, true),
            (1900, 2, 29, false),
            (2026, 4, 31, false),
            (2026, 0, 1, false),
            (2026, 13, 1, false),
            (2026, 1, 0, false),
            (10_000, 1, 1, false),
            (-1, 1, 1, false),
        ];
        for (y, m, d, ok) in cases {
            assert_eq!(Date::new(y, m, d).is_some(), ok, "{y}-{m}-{d}");
        }
        let d = Date::new(2026, 9, 14).unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2026, 9, 14));
    }

    /// Date parsing accepts exactly YYYY-MM-DD and explains every refusal.
    #[test]
    fn date_parse_messages() {
        let cases = [
            ("2026-09-14", Ok(Date::new(2026, 9, 14).unwrap())),
            ("2024-02-29", Ok(Date::new(2024, 2, 29).unwrap())),
            (
                "2026-02-30",
                Err("`2026-02-30` is not a date: February 2026 has 28 days"),
            ),
            (
                "2026-04-31",
                Err("`2026-04-31` is not a date: April 2026 has 30 days"),
            ),
            (
                "31/12/2026",
                Err("`31/12/2026` is not a date in the form YYYY-MM-DD"),
            ),
            (
                "2026-13-01",
                Err("`2026-13-01` is not a date: months go from 01 to 12"),
            ),
            (
                "2026-01-00",
                Err("`2026-01-00` is not a date: days of the month start at 01"),
            ),
            (
                "2026-9-14",
                Err("`2026-9-14` is not a date in the form YYYY-MM-DD"),
            ),
            ("", Err("`` is not a date in the form YYYY-MM-DD")),
            (
                " 2026-09-14",
                Err("` 2026-09-14` is not a date in the form YYYY-MM-DD"),
            ),
            (
                "2026-09-1x",
                Err("`2026-09-1x` is not a date in the form YYYY-MM-DD"),
            ),
            (
                "+026-09-14",
                Err("`+026-09-14` is not a date in the form YYYY-MM-DD"),
            ),
            (
                "2026-0é-14",
                Err("`2026-0é-14` is not a date in the form YYYY-MM-DD"),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(
                Date::parse(text).map_err(|e| e.to_string()),
                want.map_err(str::to_owned),
                "{text}"
            );
        }
    }

    /// Errors are typed by the rule broken, so callers can tell a missing day
    /// from a mistyped one without reading the sentence.
    #[test]
    fn errors_name_the_rule_broken() {
        assert_eq!(
            Date::parse("2026-02-30"),
            Err(ParseError::PastMonthEnd {
                text: "2026-02-30".into(),
                year: 2026,
                month: 2,
                length: 28
            })
        );
        assert_eq!(
            Time::parse("10:60"),
            Err(ParseError::Minute {
                text: "10:60".into()
            })
        );
        assert_eq!(
            "xx".parse::<Weekday>(),
            Err(ParseError::Weekday { text: "xx".into() })
        );
        let message: String = Date::parse("2026-13-01").unwrap_err().into();
        assert_eq!(
            message,
            "`2026-13-01` is not a date: months go from 01 to 12"
        );
    }

    /// A very long bad input gives a short message.
    #[test]
    fn long_input_is_shortened_in_messages() {
        let long = "x".repeat(10_000);
        let message = Date::parse(&long).unwrap_err().to_string();
        assert!(message.len() < 120, "{message}");
        assert!(message.contains('…'));
    }

    /// Dates display, serialize and deserialize as YYYY-MM-DD, with the same errors.
    #[test]
    fn date_text_and_serde_round_trip() {
        let d = date("0900-01-05");
        assert_eq!(d.to_string(), "0900-01-05");
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"0900-01-05\"");
        let back: Date = serde_json::from_str("\"0900-01-05\"").unwrap();
        assert_eq!(back, d);
        let err = serde_json::from_str::<Date>("\"2026-02-30\"").unwrap_err();
        assert!(
            err.to_string()
                .contains("`2026-02-30` is not a date: February 2026 has 28 days"),
            "{err}"
        );
        assert!(serde_json::from_str::<Date>("20260914").is_err());
        assert_eq!("2026-09-14".parse::<Date>(), Ok(date("2026-09-14")));
    }

    /// Day numbers match known dates, and converting there and back is exact.
    #[test]
    fn days_since_epoch_known_values() {
        let cases = [
            ("1970-01-01", 0),
            ("1969-12-31", -1),
            ("1969-12-29", -3),
            ("2000-03-01", 11_017),
            ("2026-03-29", 20_541),
            ("0000-01-01", -719_528),
            ("9999-12-31", 2_932_896),
        ];
        for (text, days) in cases {
            assert_eq!(date(text).days_since_epoch(), days, "{text}");
            assert_eq!(Date::from_days_since_epoch(days), date(text), "{days}");
        }
        for days in -800_000..3_000_000 {
            let d = Date::from_days_since_epoch(days);
            let expected = days.clamp(-719_528, 2_932_896);
            assert_eq!(d.days_since_epoch(), expected);
            assert_eq!(Date::new(d.year(), d.month(), d.day()), Some(d));
        }
    }

    /// Day numbers beyond the supported years saturate instead of overflowing.
    #[test]
    fn extreme_day_numbers_saturate() {
        assert_eq!(Date::from_days_since_epoch(i64::MAX), Date::MAX);
        assert_eq!(Date::from_days_since_epoch(i64::MIN), Date::MIN);
        assert_eq!(Date::MAX.add_days(1), Date::MAX);
        assert_eq!(Date::MIN.add_days(i64::MIN), Date::MIN);
        assert_eq!(Date::MAX.add_days(i64::MAX), Date::MAX);
        assert_eq!(
            DateTime::from_minutes_since_epoch(i64::MAX),
            DateTime::parse("9999-12-31T23:59").unwrap()
        );
        assert_eq!(
            DateTime::from_minutes_since_epoch(i64::MIN),
            DateTime::parse("0000-01-01T00:00").unwrap()
        );
    }

    /// Adding days crosses months, years and leap days.
    #[test]
    fn add_days_crosses_boundaries() {
        let cases = [
            ("2026-01-31", 1, "2026-02-01"),
            ("2024-02-28", 1, "2024-02-29"),
            ("2026-02-28", 1, "2026-03-01"),
            ("2026-12-31", 1, "2027-01-01"),
            ("2026-03-01", -1, "2026-02-28"),
            ("2026-09-14", 365, "2027-09-14"),
            ("2026-09-14", 0, "2026-09-14"),
        ];
        for (from, days, to) in cases {
            assert_eq!(date(from).add_days(days), date(to), "{from} + {days}");
        }
    }

    /// Weekdays match the calendar.
    #[test]
    fn weekdays_match_the_calendar() {
        let cases = [
            ("1970-01-01", Weekday::Thu),
            ("1969-12-29", Weekday::Mon),
            ("2026-09-14", Weekday::Mon),
            ("2026-03-29", Weekday::Sun),
            ("2000-02-29", Weekday::Tue),
            ("0000-01-01", Weekday::Sat),
        ];
        for (text, weekday) in cases {
            assert_eq!(date(text).weekday(), weekday, "{text}");
        }
    }

    /// Weekday codes are RFC 5545 BYDAY lowercased, read in either case.
    #[test]
    fn weekday_codes() {
        for (i, day) in Weekday::ALL.into_iter().enumerate() {
            assert_eq!(usize::from(day.number_from_monday()), i + 1);
            assert_eq!(Weekday::from_code(day.code()), Some(day));
            assert_eq!(
                Weekday::from_code(&day.code().to_ascii_uppercase()),
                Some(day)
            );
            let json = serde_json::to_string(&day).unwrap();
            assert_eq!(json, format!("\"{}\"", day.code()));
            assert_eq!(serde_json::from_str::<Weekday>(&json).unwrap(), day);
        }
        assert_eq!(Weekday::Sun.number_from_monday(), 7);
        assert_eq!(
            serde_json::from_str::<Weekday>("\"MO\"").unwrap(),
            Weekday::Mon
        );
        assert_eq!(Weekday::from_code("monday"), None);
        assert_eq!(Weekday::from_code(""), None);
        let err = serde_json::from_str::<Weekday>("\"xx\"").unwrap_err();
        assert!(
            err.to_string().contains("`xx` is not a day of the week"),
            "{err}"
        );
    }

    /// `Time::new` accepts 00:00 to 23:59, and 24:00.
    #[test]
    fn time_new_validates() {
        let cases: [(u8, u8, Option<u16>); 7] = [
            (0, 0, Some(0)),
            (18, 30, Some(1110)),
            (23, 59, Some(1439)),
            (24, 0, Some(1440)),
            (24, 1, None),
            (25, 0, None),
            (12, 60, None),
        ];
        for (h, m, minutes) in cases {
            let t = Time::new(h, m);
            assert_eq!(t.map(Time::minutes_since_midnight), minutes, "{h}:{m}");
            if let Some(t) = t {
                assert_eq!((t.hour(), t.minute()), (h, m));
            }
        }
        assert_eq!(
            Time::from_minutes_since_midnight(1440),
            Some(Time::END_OF_DAY)
        );
        assert_eq!(Time::from_minutes_since_midnight(1441), None);
    }

    /// Time parsing accepts HH:MM, H:MM and HH:MM:SS and explains every refusal.
    #[test]
    fn time_parse_messages() {
        let cases = [
            ("18:30", Ok((18, 30))),
            ("9:05", Ok((9, 5))),
            ("09:05:59", Ok((9, 5))),
            ("00:00", Ok((0, 0))),
            ("24:00", Ok((24, 0))),
            ("24:00:00", Ok((24, 0))),
            (
                "25:00",
                Err("`25:00` is not a time of day: hours go from 00 to 23"),
            ),
            (
                "12:60",
                Err("`12:60` is not a time of day: minutes go from 00 to 59"),
            ),
            (
                "12:00:60",
                Err("`12:00:60` is not a time of day: seconds go from 00 to 59"),
            ),
            (
                "24:30",
                Err(
                    "`24:30` is not a time of day: only 24:00 may use hour 24, to mean the end of the day",
                ),
            ),
            ("noon", Err("`noon` is not a time of day in the form HH:MM")),
            ("18:3", Err("`18:3` is not a time of day in the form HH:MM")),
            (
                "18h30",
                Err("`18h30` is not a time of day in the form HH:MM"),
            ),
            ("", Err("`` is not a time of day in the form HH:MM")),
            (
                "1:2:3:4",
                Err("`1:2:3:4` is not a time of day in the form HH:MM"),
            ),
            (
                "18:30:00:00",
                Err("`18:30:00:00` is not a time of day in the form HH:MM"),
            ),
            (
                "-1:00",
                Err("`-1:00` is not a time of day in the form HH:MM"),
            ),
            ("é:00", Err("`é:00` is not a time of day in the form HH:MM")),
            (
                "118:30",
                Err("`118:30` is not a time of day in the form HH:MM"),
            ),
        ];
        for (text, want) in cases {
            let want = want
                .map(|(h, m)| Time::new(h, m).unwrap())
                .map_err(str::to_owned);
            assert_eq!(Time::parse(text).map_err(|e| e.to_string()), want, "{text}");
        }
    }

    /// Times display and serialize as HH:MM.
    #[test]
    fn time_text_and_serde_round_trip() {
        let cases = [("07:05", "07:05"), ("7:05", "07:05"), ("24:00", "24:00")];
        for (text, shown) in cases {
            let t = Time::parse(text).unwrap();
            assert_eq!(t.to_string(), shown);
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{shown}\""));
            assert_eq!(serde_json::from_str::<Time>(&json).unwrap(), t);
        }
        let err = serde_json::from_str::<Time>("\"25:00\"").unwrap_err();
        assert!(err.to_string().contains("hours go from 00 to 23"), "{err}");
    }

    /// Date-times read and write YYYY-MM-DDTHH:MM and order by date then time.
    #[test]
    fn date_time_text_and_order() {
        let a = DateTime::parse("2026-09-14T18:30").unwrap();
        assert_eq!(a.to_string(), "2026-09-14T18:30");
        assert_eq!(a.date, date("2026-09-14"));
        assert_eq!(a.time, Time::new(18, 30).unwrap());
        let b = DateTime::parse("2026-09-15T07:00").unwrap();
        assert!(a < b);
        assert_eq!(
            DateTime::parse("2026-12-31T24:00").unwrap().to_string(),
            "2027-01-01T00:00"
        );
        assert_eq!(
            serde_json::from_str::<DateTime>("\"2026-09-14T18:30\"").unwrap(),
            a
        );
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"2026-09-14T18:30\"");
        assert_eq!(
            DateTime::parse("2026-09-14 18:30").map_err(|e| e.to_string()),
            Err(
                "`2026-09-14 18:30` is not a date and time in the form YYYY-MM-DDTHH:MM".to_owned()
            )
        );
        assert!(DateTime::parse("2026-02-30T10:00").is_err());
        assert!(DateTime::parse("2026-02-10T10:60").is_err());
        assert!(DateTime::parse("T").is_err());
    }

    /// Minutes since the epoch count the wall clock and convert back exactly.
    #[test]
    fn date_time_minutes_since_epoch() {
        let cases = [
            ("1970-01-01T00:00", 0),
            ("1969-12-31T23:59", -1),
            ("1970-01-02T01:01", 1440 + 61),
        ];
        for (text, minutes) in cases {
            let dt = DateTime::parse(text).unwrap();
            assert_eq!(dt.minutes_since_epoch(), minutes, "{text}");
            assert_eq!(DateTime::from_minutes_since_epoch(minutes), dt);
        }
        let end = DateTime::new(date("2026-01-01"), Time::END_OF_DAY);
        let next = DateTime::parse("2026-01-02T00:00").unwrap();
        assert_eq!(end.minutes_since_epoch(), next.minutes_since_epoch());
    }

    #[test]
    fn http_dates_are_read() {
        assert_eq!(
            super::unix_seconds_from_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777)
        );
        assert_eq!(
            super::unix_seconds_from_http_date("Mon, 30 Nov 2026 12:00:00 GMT"),
            Some(1_796_040_000)
        );
        for bad in [
            "",
            "yesterday",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 25:49:37 GMT",
        ] {
            assert_eq!(super::unix_seconds_from_http_date(bad), None, "{bad}");
        }
    }
}
