//! Values in LearnLocal's spreadsheets: numbers, yes/no, codes (kinds, levels,
//! audiences, modes, booking), days and opening hours.
//!
//! Must never accept a value it cannot read exactly: each parser says, in a
//! keeper's words, what is wrong and what to write instead.

use super::sheet::split_list;
use crate::vocab::weekday;
use learnlocal_core::opportunity::{JoinMethod, Mode};
use learnlocal_core::schedule::WeeklySlot;
use learnlocal_core::text::fold;
use learnlocal_core::time::{Time, Weekday};
use serde::de::DeserializeOwned;
use std::fmt;

/// Why a spreadsheet value cannot be read. Its `Display` is the message a
/// keeper reads, naming the value as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    /// Not yes or no.
    NotYesNo(String),
    /// A number written with a decimal comma.
    DecimalComma(String),
    /// Not a number.
    NotNumber(String),
    /// Not a whole number of the kind named (`an age in years`).
    NotWhole {
        /// The value as written.
        text: String,
        /// What it should be, e.g. "a number of weeks".
        what: &'static str,
    },
    /// Not one of the codes listed.
    NotCode {
        /// The value as written.
        text: String,
        /// The valid codes, e.g. "course, library, activity".
        valid: &'static str,
    },
    /// Not a day of the week.
    NotDay(String),
    /// Not a time range.
    NotTimeRange(String),
    /// A time that does not parse, with the core's message.
    BadTime(String),
    /// An opening-hours entry without days and times.
    NoDaysAndTimes(String),
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotYesNo(text) => write!(f, "`{text}` is not yes or no"),
            Self::DecimalComma(text) => write!(f, "`{text}` is not a number, use a dot"),
            Self::NotNumber(text) => write!(f, "`{text}` is not a number"),
            Self::NotWhole { text, what } => write!(f, "`{text}` is not {what}"),
            Self::NotCode { text, valid } => write!(f, "`{text}` is not one of {valid}"),
            Self::NotDay(text) => write!(
                f,
                "`{text}` is not a day of the week: use mo, tu, we, th, fr, sa or su"
            ),
            Self::NotTimeRange(text) => {
                write!(f, "`{text}` is not a time range: write it like 10:00-17:30")
            }
            Self::BadTime(message) => f.write_str(message),
            Self::NoDaysAndTimes(entry) => write!(
                f,
                "`{entry}` does not give days and times: write it like mo-fr 10:00-17:30"
            ),
        }
    }
}

impl std::error::Error for ValueError {}

/// A problem's message is the error's.
impl From<ValueError> for String {
    fn from(error: ValueError) -> String {
        error.to_string()
    }
}

/// Reads a yes/no cell: yes/no, true/false, 1/0, y/n in any case.
pub fn parse_bool(text: &str) -> Result<bool, ValueError> {
    match fold(text.trim()).as_str() {
        "yes" | "y" | "true" | "1" => Ok(true),
        "no" | "n" | "false" | "0" => Ok(false),
        _ => Err(ValueError::NotYesNo(text.trim().to_owned())),
    }
}

/// Reads a decimal number written with a dot; says so when it uses a comma.
pub fn parse_number(text: &str) -> Result<f64, ValueError> {
    let text = text.trim();
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() => Ok(n),
        _ if text.contains(',')
            && text
                .replace(',', ".")
                .parse::<f64>()
                .is_ok_and(f64::is_finite) =>
        {
            Err(ValueError::DecimalComma(text.to_owned()))
        }
        _ => Err(ValueError::NotNumber(text.to_owned())),
    }
}

/// Reads a whole number that fits `T`, allowing thousands separators (`12,345`).
pub(super) fn parse_whole<T: TryFrom<u64>>(
    text: &str,
    what: &'static str,
) -> Result<T, ValueError> {
    let digits: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' '))
        .collect();
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| ValueError::NotWhole {
            text: text.trim().to_owned(),
            what,
        })
}

/// Reads one of a fixed set of codes (a kind, a level…) by its catalogue name,
/// ignoring case and treating spaces and hyphens as `_`.
pub(super) fn parse_code<T: DeserializeOwned>(
    text: &str,
    valid: &'static str,
) -> Result<T, ValueError> {
    let code: String = fold(text.trim())
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    serde_json::from_value(serde_json::Value::String(code)).map_err(|_| ValueError::NotCode {
        text: text.trim().to_owned(),
        valid,
    })
}

pub(super) const KINDS: &str = "course, library, activity";
pub(super) const LEVELS: &str = "none, beginner, intermediate, advanced";
pub(super) const AUDIENCES: &str = "everyone, adults, older_people, young_people, children, families, newcomers, jobseekers, carers";
pub(super) const MODES: &str = "in_person, online, blended";
pub(super) const ACCESS: &str =
    "sign_language, hearing_loop, childcare, quiet, carer_free, large_print, easy_read";
pub(super) const BOOKINGS: &str = "walk_in, phone, email, web";

pub(super) fn parse_mode(text: &str) -> Result<Mode, ValueError> {
    match fold(text.trim()).as_str() {
        "hybrid" => Ok(Mode::Blended),
        _ => parse_code(text, MODES),
    }
}

pub(super) fn parse_join(text: &str) -> Result<JoinMethod, ValueError> {
    match fold(text.trim()).as_str() {
        "online" | "website" | "url" => Ok(JoinMethod::Web),
        "walkin" | "drop_in" | "drop-in" | "drop in" => Ok(JoinMethod::WalkIn),
        _ => parse_code(text, BOOKINGS),
    }
}

/// Reads one day: its two-letter code, or any longer start of its English name.
pub(super) fn parse_day(text: &str) -> Result<Weekday, ValueError> {
    weekday(text).ok_or_else(|| ValueError::NotDay(text.trim().to_owned()))
}

/// Reads days such as `mo;we`, `mo-fr` or `tu,th,sa-su` (a range may wrap past
/// Sunday). The result is in week order without repeats.
pub fn parse_days(text: &str) -> Result<Vec<Weekday>, ValueError> {
    let mut days = Vec::new();
    for item in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match item.split_once(['-', '–']) {
            Some((from, to)) => {
                let (from, to) = (parse_day(from)?, parse_day(to)?);
                let (a, b) = (usize::from(from as u8), usize::from(to as u8));
                let span = (b + 7 - a) % 7;
                days.extend((0..=span).filter_map(|k| Weekday::ALL.get((a + k) % 7).copied()));
            }
            None => days.push(parse_day(item)?),
        }
    }
    days.sort();
    days.dedup();
    Ok(days)
}

/// Reads a time range such as `10:00-17:30` (an en dash also works); the times
/// use [`Time::parse`] and its messages.
pub fn parse_time_range(text: &str) -> Result<(Time, Time), ValueError> {
    let text = text.trim();
    let Some((start, end)) = text.split_once(['-', '–']) else {
        return Err(ValueError::NotTimeRange(text.to_owned()));
    };
    let time = |t: &str| Time::parse(t.trim()).map_err(|e| ValueError::BadTime(e.into()));
    Ok((time(start)?, time(end)?))
}

/// Merges (day, start, end) entries into weekly slots, one per distinct time
/// range, in the order the ranges first appear, each with its days in week order.
pub(crate) fn group_slots(
    entries: impl IntoIterator<Item = (Weekday, Time, Time)>,
) -> Vec<WeeklySlot> {
    let mut slots: Vec<WeeklySlot> = Vec::new();
    for (day, start, end) in entries {
        match slots.iter_mut().find(|s| s.start == start && s.end == end) {
            Some(slot) => {
                if !slot.days.contains(&day) {
                    slot.days.push(day);
                    slot.days.sort();
                }
            }
            None => slots.push(WeeklySlot {
                days: vec![day],
                start,
                end,
            }),
        }
    }
    slots
}

/// Reads opening hours such as `mo-fr 10:00-17:30;sa 10:00-13:00;tu,th 14:00-20:00`:
/// `;`-separated entries, each days then one time range (several ranges may be
/// separated by commas). Days with the same times share a slot.
pub fn parse_opening_hours(text: &str) -> Result<Vec<WeeklySlot>, ValueError> {
    let mut entries = Vec::new();
    for entry in split_list(text) {
        let Some((days, times)) = entry.rsplit_once(char::is_whitespace) else {
            return Err(ValueError::NoDaysAndTimes(entry.to_owned()));
        };
        let days = parse_days(days)?;
        for range in times.split(',').map(str::trim).filter(|r| !r.is_empty()) {
            let (start, end) = parse_time_range(range)?;
            entries.extend(days.iter().map(|&d| (d, start, end)));
        }
    }
    Ok(group_slots(entries))
}

/// Reads one day's opening hours from a per-weekday column: empty or `closed` is
/// closed, else one or more ranges separated by commas (`09:00-13:00,14:00-17:00`).
pub fn parse_day_hours(text: &str) -> Result<Vec<(Time, Time)>, ValueError> {
    let text = text.trim();
    if text.is_empty() || fold(text) == "closed" {
        return Ok(Vec::new());
    }
    text.split([',', ';'])
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(parse_time_range)
        .collect()
}
