//! iCalendar dates, times and zones: `DTSTART`-style stamps (dates, floating,
//! UTC or with a `TZID`), the zones a calendar defines (`VTIMEZONE`, made into
//! POSIX rules) or names (from the tz database), and the catalogue's local time.
//!
//! Must never guess a zone: a time in a zone neither defined nor known is kept as
//! written, with a warning.

use super::content::{Calendar, Prop, ZoneDef};
use crate::record::Rec;
use crate::vocab::shorten;
use crate::zone::iana_zone;
use crate::{Import, ImportContext};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::time::{Date, DateTime, Time, Weekday};
use learnlocal_core::tz::TimeZone;
use std::collections::HashMap;
use std::fmt;

/// A DATE or DATE-TIME value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Stamp {
    /// A date (`VALUE=DATE`).
    Date(Date),
    /// Local time with no zone ("floating").
    Floating(DateTime),
    /// UTC (`Z`).
    Utc(DateTime),
    /// Local time in the zone named by `TZID`.
    Zoned(DateTime, String),
}

impl Stamp {
    /// The wall-clock moment as written, whatever its zone.
    pub(super) fn written(&self) -> DateTime {
        match self {
            Stamp::Date(d) => DateTime::new(*d, Time::MIDNIGHT),
            Stamp::Floating(dt) | Stamp::Utc(dt) | Stamp::Zoned(dt, _) => *dt,
        }
    }

    pub(super) fn is_date(&self) -> bool {
        matches!(self, Stamp::Date(_))
    }
}

/// Why a date or date-time value cannot be read; each holds the value as
/// written, shortened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum StampError {
    /// Not shaped like a date or date-time.
    NotAStamp(String),
    /// Shaped like a date, but no such day exists.
    NoSuchDay(String),
    /// A date-time where `VALUE=DATE` asks for a date.
    DateOnly(String),
    /// A date-time whose time is not a time of day.
    NotATime(String),
}

impl fmt::Display for StampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (Self::NotAStamp(text)
        | Self::NoSuchDay(text)
        | Self::DateOnly(text)
        | Self::NotATime(text)) = self;
        write!(
            f,
            "`{text}` is not an iCalendar date such as 20240904 or date-time such as 20240904T103000"
        )?;
        match self {
            Self::NotAStamp(_) => Ok(()),
            Self::NoSuchDay(_) => f.write_str(": there is no such day"),
            Self::DateOnly(_) => f.write_str(": `VALUE=DATE` needs a date only"),
            Self::NotATime(_) => f.write_str(": the time is not a time of day"),
        }
    }
}

/// A problem's message is the error's.
impl From<StampError> for String {
    fn from(error: StampError) -> String {
        error.to_string()
    }
}

/// Reads `20240904`, `20240904T103000`, `20240904T103000Z`; `tzid` applies to
/// local date-times.
pub(super) fn parse_stamp(
    text: &str,
    tzid: Option<&str>,
    date_only: bool,
) -> Result<Stamp, StampError> {
    let text = text.trim();
    let shown = || shorten(text, 40);
    let bad = || StampError::NotAStamp(shown());
    let number = |from: usize, to: usize| -> Option<u32> {
        let part = text.get(from..to)?;
        part.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(0, 4), number(4, 6), number(6, 8)) else {
        return Err(bad());
    };
    let date = u8::try_from(month)
        .ok()
        .zip(u8::try_from(day).ok())
        .and_then(|(m, d)| Date::new(i32::try_from(year).ok()?, m, d))
        .ok_or_else(|| StampError::NoSuchDay(shown()))?;
    if text.len() == 8 {
        return Ok(Stamp::Date(date));
    }
    if date_only {
        return Err(StampError::DateOnly(shown()));
    }
    if !text.get(8..9).is_some_and(|t| t.eq_ignore_ascii_case("T")) {
        return Err(bad());
    }
    let utc = text.ends_with(['Z', 'z']);
    let digits = text
        .get(9..text.len() - usize::from(utc))
        .unwrap_or_default();
    if !(digits.len() == 6 || digits.len() == 4) {
        return Err(bad());
    }
    let (Some(hour), Some(minute), second) = (
        number(9, 11),
        number(11, 13),
        if digits.len() == 6 {
            number(13, 15)
        } else {
            Some(0)
        },
    ) else {
        return Err(bad());
    };
    let valid_second = second.is_some_and(|s| s <= 60);
    let time = u8::try_from(hour)
        .ok()
        .zip(u8::try_from(minute).ok())
        .filter(|(h, _)| *h < 24)
        .and_then(|(h, m)| Time::new(h, m))
        .filter(|_| valid_second)
        .ok_or_else(|| StampError::NotATime(shown()))?;
    let dt = DateTime::new(date, time);
    Ok(match (utc, tzid) {
        (true, _) => Stamp::Utc(dt),
        (false, Some(tz)) => Stamp::Zoned(dt, tz.to_owned()),
        (false, None) => Stamp::Floating(dt),
    })
}

/// Reads a property's DATE or DATE-TIME value, with its `TZID` and `VALUE`.
pub(super) fn prop_stamp(prop: &Prop) -> Result<Stamp, StampError> {
    let date_only = prop
        .param("VALUE")
        .is_some_and(|v| v.eq_ignore_ascii_case("DATE"));
    parse_stamp(&prop.value, prop.param("TZID"), date_only)
}

/// The zones the calendar defines or names.
pub(super) struct Zones {
    /// `VTIMEZONE`s by TZID, made into POSIX rules.
    pub(super) defined: HashMap<String, TimeZone>,
    /// The zone of floating times when the calendar says (`X-WR-TIMEZONE`).
    pub(super) floating: Option<TimeZone>,
}

impl Zones {
    pub(super) fn new(cal: &Calendar, import: &mut Import) -> Zones {
        let mut defined = HashMap::new();
        for def in &cal.zones {
            let Some(tzid) = def.tzid.clone() else {
                continue;
            };
            match zone_from_definition(def) {
                Ok(zone) => {
                    defined.insert(tzid, zone);
                }
                Err(why) => {
                    if let Some(known) = iana_zone(&tzid) {
                        defined.insert(tzid, known.zone);
                    } else {
                        import.problems.push(Problem::warning(
                            Place::Catalogue,
                            Some("VTIMEZONE"),
                            format!(
                                "the time zone `{tzid}` cannot be read ({why}); its times are read as the catalogue's local time"
                            ),
                        ));
                    }
                }
            }
        }
        let floating = cal
            .props
            .iter()
            .find(|p| p.name == "X-WR-TIMEZONE")
            .and_then(|p| iana_zone(&p.text()))
            .map(|known| known.zone);
        Zones { defined, floating }
    }

    /// The zone a TZID names.
    pub(super) fn zone(&self, tzid: &str) -> Option<TimeZone> {
        self.defined
            .get(tzid)
            .cloned()
            .or_else(|| iana_zone(tzid).map(|known| known.zone))
    }

    /// The wall-clock moment in the catalogue's zone.
    pub(super) fn local(
        &self,
        stamp: &Stamp,
        ctx: &ImportContext,
        rec: &mut Rec,
        field: &str,
    ) -> DateTime {
        let from_zone = |zone: &TimeZone, dt: DateTime| ctx.zone.to_local(zone.to_utc(dt));
        match stamp {
            Stamp::Date(d) => DateTime::new(*d, Time::MIDNIGHT),
            Stamp::Floating(dt) => match &self.floating {
                Some(zone) => from_zone(zone, *dt),
                None => *dt,
            },
            Stamp::Utc(dt) => ctx
                .zone
                .to_local(dt.minutes_since_epoch().saturating_mul(60)),
            Stamp::Zoned(dt, tzid) => match self.zone(tzid) {
                Some(zone) => from_zone(&zone, *dt),
                None => {
                    rec.warn(
                        field,
                        format!(
                            "the time zone `{tzid}` is not defined in the file or known; the time is read as the catalogue's local time"
                        ),
                    );
                    *dt
                }
            },
        }
    }

    /// The zone a stamp is written in, when it has one.
    pub(super) fn zone_of(&self, stamp: &Stamp) -> Option<TimeZone> {
        match stamp {
            Stamp::Utc(_) => Some(TimeZone::utc()),
            Stamp::Zoned(_, tzid) => self.zone(tzid),
            Stamp::Floating(_) => self.floating.clone(),
            Stamp::Date(_) => None,
        }
    }
}

/// A POSIX rule from a `VTIMEZONE`: the latest `STANDARD` and `DAYLIGHT` parts
/// with yearly rules (`FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU`).
pub(super) fn zone_from_definition(def: &ZoneDef) -> Result<TimeZone, String> {
    let latest = |daylight: bool| {
        def.parts
            .iter()
            .filter(|(d, _)| *d == daylight)
            .max_by_key(|(_, props)| {
                props
                    .iter()
                    .find(|p| p.name == "DTSTART")
                    .map(|p| p.value.clone())
                    .unwrap_or_default()
            })
            .map(|(_, props)| props)
    };
    let get = |props: &[Prop], name: &str| props.iter().find(|p| p.name == name).map(Prop::text);
    let standard = latest(false).ok_or("it has no STANDARD part")?;
    let std_offset = get(standard, "TZOFFSETTO")
        .as_deref()
        .and_then(utc_offset)
        .ok_or("its STANDARD part has no TZOFFSETTO such as +0000")?;
    let std_name = posix_name(get(standard, "TZNAME").as_deref(), "STD");
    let daylight = latest(true).filter(|props| props.iter().any(|p| p.name == "RRULE"));
    let Some(daylight) = daylight else {
        return TimeZone::parse_posix(&format!("{std_name}{}", posix_offset(std_offset)))
            .map_err(String::from);
    };
    let dst_offset = get(daylight, "TZOFFSETTO")
        .as_deref()
        .and_then(utc_offset)
        .ok_or("its DAYLIGHT part has no TZOFFSETTO such as +0100")?;
    let dst_name = posix_name(get(daylight, "TZNAME").as_deref(), "DST");
    let start = transition(daylight)?;
    let end = transition(standard)?;
    TimeZone::parse_posix(&format!(
        "{std_name}{}{dst_name}{},{start},{end}",
        posix_offset(std_offset),
        posix_offset(dst_offset)
    ))
    .map_err(String::from)
}

/// `+0100`, `-0500`, `+053000` as seconds east of UTC.
pub(super) fn utc_offset(text: &str) -> Option<i32> {
    let text = text.trim();
    let sign = match text.get(..1)? {
        "+" => 1,
        "-" => -1,
        _ => return None,
    };
    let digits = text.get(1..)?;
    if !(digits.len() == 4 || digits.len() == 6) || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let part = |from: usize| {
        digits
            .get(from..from + 2)
            .and_then(|p| p.parse::<i32>().ok())
    };
    let seconds = part(0)? * 3600 + part(2)? * 60 + if digits.len() == 6 { part(4)? } else { 0 };
    Some(sign * seconds)
}

/// An offset east of UTC as POSIX writes it (west of UTC): 3600 → `-1`.
pub(super) fn posix_offset(seconds_east: i32) -> String {
    let west = -seconds_east;
    let sign = if west < 0 { "-" } else { "" };
    let abs = west.unsigned_abs();
    let (h, m, s) = (abs / 3600, abs % 3600 / 60, abs % 60);
    match (m, s) {
        (0, 0) => format!("{sign}{h}"),
        (_, 0) => format!("{sign}{h}:{m:02}"),
        _ => format!("{sign}{h}:{m:02}:{s:02}"),
    }
}

/// A zone abbreviation quoted for POSIX (`<IST>`), or the fallback.
pub(super) fn posix_name(name: Option<&str>, fallback: &str) -> String {
    let clean: String = name
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '+' || *c == '-')
        .collect();
    if clean.len() >= 3 {
        format!("<{clean}>")
    } else {
        format!("<{fallback}>")
    }
}

/// A part's yearly change as a POSIX rule `Mm.w.d/hh:mm:ss`, from its RRULE
/// (`BYMONTH=3;BYDAY=-1SU`) and the time of its DTSTART.
pub(super) fn transition(props: &[Prop]) -> Result<String, String> {
    let rule = props
        .iter()
        .find(|p| p.name == "RRULE")
        .map(|p| p.value.clone())
        .ok_or("a part has no yearly RRULE")?;
    let parts = rule_parts(&rule);
    let month: u8 = parts
        .get("BYMONTH")
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| format!("`{rule}` has no BYMONTH"))?;
    let by_day = parts
        .get("BYDAY")
        .ok_or_else(|| format!("`{rule}` has no BYDAY"))?;
    let split = by_day
        .find(|c: char| c.is_ascii_alphabetic())
        .ok_or_else(|| format!("`{rule}` has no day in BYDAY"))?;
    let ordinal = match by_day.get(..split).unwrap_or_default() {
        "" | "+" => 1,
        n => n
            .parse::<i32>()
            .map_err(|_| format!("`{rule}`: `{by_day}` has no usable week number"))?,
    };
    let day = by_day.get(split..).and_then(Weekday::from_code);
    let week = match ordinal {
        -1 => 5,
        1..=4 => ordinal,
        _ => {
            return Err(format!(
                "`{rule}`: only weeks 1 to 4 and the last (-1) are supported"
            ));
        }
    };
    let day = day.ok_or_else(|| format!("`{rule}`: `{by_day}` is not a day"))?;
    // POSIX counts days from Sunday = 0.
    let posix_day = day.number_from_monday() % 7;
    let time = props
        .iter()
        .find(|p| p.name == "DTSTART")
        .and_then(|p| parse_stamp(&p.value, None, false).ok())
        .map_or(Time::new(2, 0).unwrap_or(Time::MIDNIGHT), |s| {
            s.written().time
        });
    Ok(format!(
        "M{month}.{week}.{posix_day}/{}:{:02}",
        time.hour(),
        time.minute()
    ))
}

/// The `NAME=value` parts of a rule, names in upper case.
pub(super) fn rule_parts(rule: &str) -> HashMap<String, String> {
    rule.split(';')
        .filter_map(|part| part.split_once('='))
        .map(|(k, v)| (k.trim().to_ascii_uppercase(), v.trim().to_owned()))
        .collect()
}
