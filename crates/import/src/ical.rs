//! iCalendar (RFC 5545) in: library and community event calendars (`.ics`) as
//! catalogue records.
//!
//! [`read`] reads the subset of RFC 5545 event calendars use: folded lines,
//! property parameters (`TZID`, `VALUE=DATE`, `CN`), escaped text, `VEVENT`s (other
//! components are skipped) and `VTIMEZONE`s, turned into POSIX rules so times in
//! any zone are converted to the catalogue's. Weekly `RRULE`s become weekly slots
//! with their dates and exceptions; other rules keep their first session and say
//! so. Edited occurrences (`RECURRENCE-ID`) join their series.
//!
//! This module must never do IO (it takes text, never a path), read the clock or
//! panic, whatever the input: every `VEVENT` is either imported or left out with
//! its reason, and every problem names the event (its position among the events
//! and its SUMMARY or UID) and the property.

use super::openactive::{
    Fail, Rec, dated_slots, first_sentence, nth_weekly_date, parse_duration, shorten, slug, tidy,
};
use super::{Import, ImportContext, LeftOutReason};
use learnlocal_core::catalogue::{LatLon, Venue};
use learnlocal_core::opportunity::{Kind, Mode, Opportunity, Provider};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::schedule::{Schedule, WeeklySlot};
use learnlocal_core::text::fold;
use learnlocal_core::time::{Date, DateTime, Time, Weekday};
use learnlocal_core::tz::TimeZone;
use std::collections::HashMap;

/// Reads an iCalendar text. Never panics; text that is not iCalendar is reported
/// as one unreadable record.
pub fn read(text: &str, ctx: &ImportContext) -> Import {
    let mut import = Import::default();
    let calendar = parse(text);
    if !calendar.saw_calendar {
        let start = text.trim_start_matches('\u{feff}').trim_start();
        let shown = if start.is_empty() {
            "the text is empty".to_owned()
        } else {
            format!(
                "it starts with `{}`",
                shorten(start.lines().next().unwrap_or_default(), 40)
            )
        };
        import.leave_out(
            Problem::error(
                Place::Record {
                    index: 0,
                    name: None,
                },
                None,
                format!(
                    "this is not an iCalendar file: it has no `BEGIN:VCALENDAR` line ({shown})"
                ),
            ),
            LeftOutReason::Unreadable,
        );
        return import;
    }
    if calendar.stray_lines > 0 {
        import.problems.push(Problem::warning(
            Place::Catalogue,
            None,
            format!(
                "{} line(s) outside events are not iCalendar properties (`NAME:value`) and were skipped",
                calendar.stray_lines
            ),
        ));
    }
    if calendar.events.is_empty() {
        import.problems.push(Problem::warning(
            Place::Catalogue,
            None,
            "the calendar has no events (`BEGIN:VEVENT`)",
        ));
    }
    let zones = Zones::new(&calendar, &mut import);
    let mut reader = Reader {
        ctx,
        zones,
        import,
        by_uid: HashMap::new(),
        ids: HashMap::new(),
    };
    // Edited occurrences come last, so that their series is there to take them.
    let (edits, masters): (Vec<&Event>, Vec<&Event>) = calendar
        .events
        .iter()
        .partition(|e| e.first("RECURRENCE-ID").is_some());
    for event in masters {
        reader.event(event);
    }
    for event in edits {
        reader.edit(event);
    }
    for o in &mut reader.import.opportunities {
        tidy(&mut o.schedule);
    }
    reader.import
}

/// The POSIX rule of a few zones calendars name in `TZID` without defining them:
/// Europe/Dublin, Europe/London, Europe/Lisbon, Central European zones,
/// America/New_York and UTC. Outlook-style prefixes (`/mozilla.org/…/Europe/London`)
/// are ignored.
pub fn known_zone(name: &str) -> Option<TimeZone> {
    let name = name.trim().trim_matches('"');
    let folded = fold(name);
    const ZONES: &[(&[&str], &str)] = &[
        (
            &["utc", "etc/utc", "gmt", "etc/gmt", "z", "zulu", "universal"],
            "UTC0",
        ),
        (
            &["europe/london", "gb", "europe/belfast"],
            "GMT0BST,M3.5.0/1,M10.5.0",
        ),
        (&["europe/dublin", "eire"], "GMT0IST,M3.5.0/1,M10.5.0"),
        (
            &[
                "europe/lisbon",
                "portugal",
                "atlantic/canary",
                "atlantic/madeira",
            ],
            "WET0WEST,M3.5.0/1,M10.5.0",
        ),
        (
            &[
                "europe/paris",
                "europe/berlin",
                "europe/madrid",
                "europe/rome",
                "europe/amsterdam",
                "europe/brussels",
                "europe/vienna",
                "europe/warsaw",
                "europe/prague",
                "europe/copenhagen",
                "europe/stockholm",
                "europe/oslo",
                "europe/zurich",
                "europe/budapest",
                "europe/luxembourg",
                "cet",
            ],
            "CET-1CEST,M3.5.0,M10.5.0/3",
        ),
        (
            &["america/new_york", "us/eastern", "est5edt"],
            "EST5EDT,M3.2.0,M11.1.0",
        ),
    ];
    let rule = ZONES.iter().find_map(|(names, rule)| {
        names
            .iter()
            .any(|n| folded == *n || folded.ends_with(&format!("/{n}")))
            .then_some(*rule)
    })?;
    TimeZone::parse_posix(rule).ok()
}

/// True when two zones show the same clock through a sample of two years
/// (every three days), so converting between them changes nothing.
pub(crate) fn same_clock(a: &TimeZone, b: &TimeZone) -> bool {
    // 2024-01-01T00:00Z.
    const START: i64 = 1_704_067_200;
    (0..244).all(|k| {
        let t = START + k * 3 * 86_400;
        a.utc_offset_minutes_at_utc(t) == b.utc_offset_minutes_at_utc(t)
    })
}

// ---------------------------------------------------------------------------------
// Content lines and components
// ---------------------------------------------------------------------------------

/// One content line: `NAME;PARAM=value:value`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Prop {
    /// Upper case.
    name: String,
    /// Parameter names in upper case, each with its values.
    params: Vec<(String, Vec<String>)>,
    /// The raw value, still escaped.
    value: String,
}

impl Prop {
    /// The first value of a parameter.
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, values)| values.first())
            .map(|v| v.trim())
    }

    /// The value as text, unescaped and trimmed.
    fn text(&self) -> String {
        unescape(&self.value).trim().to_owned()
    }
}

/// One `VEVENT`: its position among the events and its properties.
#[derive(Debug, Default)]
struct Event {
    index: usize,
    props: Vec<Prop>,
    /// False when the file ends before its `END:VEVENT`.
    closed: bool,
}

impl Event {
    fn first(&self, name: &str) -> Option<&Prop> {
        self.props.iter().find(|p| p.name == name)
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Prop> + 'a {
        self.props.iter().filter(move |p| p.name == name)
    }

    /// A name for messages: the SUMMARY, else the UID.
    fn name(&self) -> Option<String> {
        self.first("SUMMARY")
            .or_else(|| self.first("UID"))
            .map(Prop::text)
            .filter(|s| !s.is_empty())
    }
}

/// A `VTIMEZONE`'s id and its `STANDARD` and `DAYLIGHT` parts.
#[derive(Debug, Default)]
struct ZoneDef {
    tzid: Option<String>,
    /// Each part: true for DAYLIGHT, and its properties.
    parts: Vec<(bool, Vec<Prop>)>,
}

/// What the whole text holds.
#[derive(Debug, Default)]
struct Calendar {
    saw_calendar: bool,
    /// Properties of the calendar itself (such as `X-WR-TIMEZONE`).
    props: Vec<Prop>,
    events: Vec<Event>,
    zones: Vec<ZoneDef>,
    /// Lines outside events that are not properties.
    stray_lines: usize,
}

/// Joins folded lines: a line starting with a space or tab continues the one
/// before (RFC 5545 §3.1), with CRLF or LF line ends.
fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.trim_start_matches('\u{feff}').split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.push_str(rest);
            continue;
        }
        lines.push(raw.to_owned());
    }
    lines
}

/// Reads a content line; `None` when it is not `NAME[;PARAM=…]:value`.
fn parse_line(line: &str) -> Option<Prop> {
    let name_end = line.find([';', ':'])?;
    let name = line.get(..name_end)?.trim();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let mut rest = line.get(name_end..)?;
    let mut params = Vec::new();
    while let Some(r) = rest.strip_prefix(';') {
        let eq = r.find(['=', ':'])?;
        if r.get(eq..)?.starts_with(':') {
            return None;
        }
        let pname = r.get(..eq)?.trim().to_ascii_uppercase();
        let mut r = r.get(eq + 1..)?;
        let mut values = Vec::new();
        loop {
            if let Some(quoted) = r.strip_prefix('"') {
                let close = quoted.find('"')?;
                values.push(quoted.get(..close)?.to_owned());
                r = quoted.get(close + 1..)?;
            } else {
                let end = r.find([',', ';', ':']).unwrap_or(r.len());
                values.push(r.get(..end)?.to_owned());
                r = r.get(end..)?;
            }
            match r.strip_prefix(',') {
                Some(next) => r = next,
                None => break,
            }
        }
        params.push((pname, values));
        rest = r;
    }
    let value = rest.strip_prefix(':')?;
    Some(Prop {
        name: name.to_ascii_uppercase(),
        params,
        value: value.to_owned(),
    })
}

/// Reads the components: events, time zones and the calendar's own properties.
/// Components are tracked on a stack of names, so nesting costs no recursion.
fn parse(text: &str) -> Calendar {
    let mut cal = Calendar::default();
    let mut stack: Vec<String> = Vec::new();
    for line in unfold(text) {
        if line.trim().is_empty() {
            continue;
        }
        let Some(prop) = parse_line(&line) else {
            match (stack.last().map(String::as_str), cal.events.last_mut()) {
                (Some("VEVENT"), Some(_)) => {}
                _ if cal.saw_calendar => cal.stray_lines += 1,
                _ => {}
            }
            continue;
        };
        let top = stack.last().map(String::as_str);
        match prop.name.as_str() {
            "BEGIN" => {
                let component = prop.value.trim().to_ascii_uppercase();
                match (component.as_str(), top) {
                    ("VCALENDAR", _) => cal.saw_calendar = true,
                    ("VEVENT", Some("VCALENDAR")) => cal.events.push(Event {
                        index: cal.events.len(),
                        ..Event::default()
                    }),
                    ("VTIMEZONE", Some("VCALENDAR")) => cal.zones.push(ZoneDef::default()),
                    ("STANDARD" | "DAYLIGHT", Some("VTIMEZONE")) => {
                        if let Some(zone) = cal.zones.last_mut() {
                            zone.parts.push((component == "DAYLIGHT", Vec::new()));
                        }
                    }
                    _ => {}
                }
                stack.push(component);
            }
            "END" => {
                let component = prop.value.trim().to_ascii_uppercase();
                if let Some(at) = stack.iter().rposition(|c| *c == component) {
                    stack.truncate(at);
                    if component == "VEVENT"
                        && let Some(event) = cal.events.last_mut()
                    {
                        event.closed = true;
                    }
                }
            }
            _ => {
                let parent = stack.len().checked_sub(2).and_then(|i| stack.get(i));
                match (top, parent.map(String::as_str)) {
                    (Some("VEVENT"), Some("VCALENDAR")) => {
                        if let Some(event) = cal.events.last_mut() {
                            event.props.push(prop);
                        }
                    }
                    (Some("VTIMEZONE"), Some("VCALENDAR")) if prop.name == "TZID" => {
                        if let Some(zone) = cal.zones.last_mut() {
                            zone.tzid = Some(prop.text());
                        }
                    }
                    (Some("STANDARD" | "DAYLIGHT"), Some("VTIMEZONE")) => {
                        if let Some((_, props)) =
                            cal.zones.last_mut().and_then(|z| z.parts.last_mut())
                        {
                            props.push(prop);
                        }
                    }
                    (Some("VCALENDAR"), _) => cal.props.push(prop),
                    _ => {}
                }
            }
        }
    }
    cal
}

/// Unescapes TEXT: `\,` `\;` `\\` and `\n` (or `\N`) for a line break.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Splits a list value on commas that are not escaped, unescaping each item.
fn split_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in text.chars() {
        if escaped {
            current.push('\\');
            current.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == ',' {
            items.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    if escaped {
        current.push('\\');
    }
    items.push(current);
    items
        .iter()
        .map(|i| unescape(i).trim().to_owned())
        .filter(|i| !i.is_empty())
        .collect()
}

// ---------------------------------------------------------------------------------
// Dates, times and zones
// ---------------------------------------------------------------------------------

/// A DATE or DATE-TIME value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stamp {
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
    fn written(&self) -> DateTime {
        match self {
            Stamp::Date(d) => DateTime::new(*d, Time::MIDNIGHT),
            Stamp::Floating(dt) | Stamp::Utc(dt) | Stamp::Zoned(dt, _) => *dt,
        }
    }

    fn is_date(&self) -> bool {
        matches!(self, Stamp::Date(_))
    }
}

/// Reads `20240904`, `20240904T103000`, `20240904T103000Z`; `tzid` applies to
/// local date-times.
fn parse_stamp(text: &str, tzid: Option<&str>, date_only: bool) -> Result<Stamp, String> {
    let text = text.trim();
    let bad = || {
        format!(
            "`{}` is not an iCalendar date such as 20240904 or date-time such as 20240904T103000",
            shorten(text, 40)
        )
    };
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
        .ok_or_else(|| format!("{}: there is no such day", bad()))?;
    if text.len() == 8 {
        return Ok(Stamp::Date(date));
    }
    if date_only {
        return Err(format!("{}: `VALUE=DATE` needs a date only", bad()));
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
        .ok_or_else(|| format!("{}: the time is not a time of day", bad()))?;
    let dt = DateTime::new(date, time);
    Ok(match (utc, tzid) {
        (true, _) => Stamp::Utc(dt),
        (false, Some(tz)) => Stamp::Zoned(dt, tz.to_owned()),
        (false, None) => Stamp::Floating(dt),
    })
}

/// Reads a property's DATE or DATE-TIME value, with its `TZID` and `VALUE`.
fn prop_stamp(prop: &Prop) -> Result<Stamp, String> {
    let date_only = prop
        .param("VALUE")
        .is_some_and(|v| v.eq_ignore_ascii_case("DATE"));
    parse_stamp(&prop.value, prop.param("TZID"), date_only)
}

/// The zones the calendar defines or names.
struct Zones {
    /// `VTIMEZONE`s by TZID, made into POSIX rules.
    defined: HashMap<String, TimeZone>,
    /// The zone of floating times when the calendar says (`X-WR-TIMEZONE`).
    floating: Option<TimeZone>,
}

impl Zones {
    fn new(cal: &Calendar, import: &mut Import) -> Zones {
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
                    if let Some(zone) = known_zone(&tzid) {
                        defined.insert(tzid, zone);
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
            .and_then(|p| known_zone(&p.text()));
        Zones { defined, floating }
    }

    /// The zone a TZID names.
    fn zone(&self, tzid: &str) -> Option<TimeZone> {
        self.defined.get(tzid).cloned().or_else(|| known_zone(tzid))
    }

    /// The wall-clock moment in the catalogue's zone.
    fn local(&self, stamp: &Stamp, ctx: &ImportContext, rec: &mut Rec, field: &str) -> DateTime {
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
    fn zone_of(&self, stamp: &Stamp) -> Option<TimeZone> {
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
fn zone_from_definition(def: &ZoneDef) -> Result<TimeZone, String> {
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
fn utc_offset(text: &str) -> Option<i32> {
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
fn posix_offset(seconds_east: i32) -> String {
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
fn posix_name(name: Option<&str>, fallback: &str) -> String {
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
fn transition(props: &[Prop]) -> Result<String, String> {
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
fn rule_parts(rule: &str) -> HashMap<String, String> {
    rule.split(';')
        .filter_map(|part| part.split_once('='))
        .map(|(k, v)| (k.trim().to_ascii_uppercase(), v.trim().to_owned()))
        .collect()
}

// ---------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------

struct Reader<'c> {
    ctx: &'c ImportContext,
    zones: Zones,
    import: Import,
    /// UID → index of its record in `import.opportunities`.
    by_uid: HashMap<String, usize>,
    /// Record id → UID it was made from.
    ids: HashMap<String, String>,
}

/// When an event happens, read from DTSTART, DTEND or DURATION.
struct Times {
    start: Stamp,
    /// Start and end in the catalogue's zone.
    local_start: DateTime,
    local_end: DateTime,
}

impl Reader<'_> {
    fn place(event: &Event) -> Place {
        Place::Record {
            index: event.index,
            name: event.name(),
        }
    }

    /// Reads one event (not an edited occurrence) and keeps it or leaves it out.
    fn event(&mut self, event: &Event) {
        let mut rec = Rec::new(Self::place(event));
        if !event.closed {
            rec.warn(
                "END",
                "the file ends before this event's `END:VEVENT`: it may be cut short",
            );
        }
        match self.build(&mut rec, event) {
            Ok((mut opportunity, venue)) => {
                let uid = event.first("UID").map(Prop::text).filter(|u| !u.is_empty());
                let key = uid.clone().unwrap_or_else(|| {
                    let date = opportunity
                        .schedule
                        .dates
                        .first()
                        .map(|d| d.date)
                        .or(opportunity.schedule.start_date)
                        .map(|d| d.to_string())
                        .unwrap_or_default();
                    format!("{} {date}", opportunity.title)
                });
                if uid.is_none() {
                    rec.warn(
                        "UID",
                        "the event has no UID, so its id comes from its title and date and changes if they do",
                    );
                }
                let id = format!("ics-{}", slug(&key));
                if let Some(earlier) = self.ids.get(&id) {
                    let problem = Problem::error(
                        rec.place,
                        Some("UID"),
                        format!(
                            "the UID `{key}` is already used by an earlier event (`{earlier}`); edited occurrences need a RECURRENCE-ID"
                        ),
                    );
                    return self.import.leave_out(problem, LeftOutReason::DuplicateId);
                }
                self.ids.insert(id.clone(), key.clone());
                opportunity.id = id;
                if let Some(venue) = venue {
                    self.import.add_venue(venue);
                }
                if let Some(uid) = uid {
                    self.by_uid.insert(uid, self.import.opportunities.len());
                }
                self.import.opportunities.push(opportunity);
                self.import.problems.extend(rec.warnings);
            }
            Err((problem, reason)) => self.import.leave_out(problem, reason),
        }
    }

    /// Reads an edited occurrence (with RECURRENCE-ID): it moves or cancels one
    /// session of its series. Without its series in the file it is read as an
    /// event of its own.
    fn edit(&mut self, event: &Event) {
        let uid = event.first("UID").map(Prop::text).unwrap_or_default();
        let Some(&at) = self.by_uid.get(&uid) else {
            return self.event(event);
        };
        let mut rec = Rec::new(Self::place(event));
        let Some(recurrence) = event.first("RECURRENCE-ID") else {
            return self.event(event);
        };
        let replaced = match prop_stamp(recurrence) {
            Ok(stamp) => {
                self.zones
                    .local(&stamp, self.ctx, &mut rec, "RECURRENCE-ID")
                    .date
            }
            Err(e) => {
                let (problem, reason) = rec.fail("RECURRENCE-ID", e, LeftOutReason::BadDate);
                return self.import.leave_out(problem, reason);
            }
        };
        let cancelled = is_cancelled(event);
        let slots = if cancelled {
            Vec::new()
        } else {
            match self.times(&mut rec, event) {
                Ok(times) => {
                    let (slots, _) = dated_slots(times.local_start, times.local_end);
                    slots
                }
                Err((problem, reason)) => return self.import.leave_out(problem, reason),
            }
        };
        if let Some(o) = self.import.opportunities.get_mut(at) {
            let schedule = &mut o.schedule;
            if !schedule.weekly.is_empty() && !schedule.except.contains(&replaced) {
                schedule.except.push(replaced);
            }
            schedule.dates.retain(|d| d.date != replaced);
            for slot in slots {
                if !schedule.dates.contains(&slot) {
                    schedule.dates.push(slot);
                }
            }
        }
        if cancelled {
            let (problem, reason) = rec.fail(
                "STATUS",
                format!("this occurrence ({replaced}) is cancelled; its date is kept as an exception of its series"),
                LeftOutReason::NotAnOpportunity,
            );
            self.import.leave_out(problem, reason);
        } else {
            self.import.problems.extend(rec.warnings);
        }
    }

    /// DTSTART and DTEND (or DURATION), in the catalogue's zone.
    fn times(&self, rec: &mut Rec, event: &Event) -> Result<Times, Fail> {
        let Some(start_prop) = event.first("DTSTART") else {
            return Err(rec.fail(
                "DTSTART",
                "the event has no DTSTART, so its date is not known",
                LeftOutReason::BadDate,
            ));
        };
        let start =
            prop_stamp(start_prop).map_err(|e| rec.fail("DTSTART", e, LeftOutReason::BadDate))?;
        let local_start = self.zones.local(&start, self.ctx, rec, "DTSTART");
        let local_end = match (event.first("DTEND"), event.first("DURATION")) {
            (Some(end_prop), _) => {
                let end = prop_stamp(end_prop)
                    .map_err(|e| rec.fail("DTEND", e, LeftOutReason::BadDate))?;
                self.zones.local(&end, self.ctx, rec, "DTEND")
            }
            (None, Some(duration)) => {
                let text = duration.text();
                let minutes = match parse_duration(text.trim_start_matches('+')) {
                    Some(d) if d.years == 0 && d.months == 0 => d.minutes(),
                    _ => {
                        rec.warn(
                            "DURATION",
                            format!(
                                "`{text}` is not a duration such as PT1H30M; one hour is assumed"
                            ),
                        );
                        60
                    }
                };
                DateTime::from_minutes_since_epoch(
                    local_start.minutes_since_epoch().saturating_add(minutes),
                )
            }
            (None, None) if start.is_date() => {
                DateTime::new(local_start.date.add_days(1), Time::MIDNIGHT)
            }
            (None, None) => {
                rec.warn(
                    "DTEND",
                    "the event has no DTEND or DURATION; one hour is assumed",
                );
                DateTime::from_minutes_since_epoch(
                    local_start.minutes_since_epoch().saturating_add(60),
                )
            }
        };
        let length = local_end.minutes_since_epoch() - local_start.minutes_since_epoch();
        let local_end = if length < 0 {
            return Err(rec.fail(
                "DTEND",
                format!("the event ends ({local_end}) before it starts ({local_start})"),
                LeftOutReason::BadDate,
            ));
        } else if length == 0 {
            rec.warn(
                "DTEND",
                "the event ends when it starts; one hour is assumed",
            );
            DateTime::from_minutes_since_epoch(local_start.minutes_since_epoch().saturating_add(60))
        } else {
            local_end
        };
        Ok(Times {
            start,
            local_start,
            local_end,
        })
    }

    /// Builds the record of one event (its id is given by the caller) and the
    /// venue it needs.
    fn build(&self, rec: &mut Rec, event: &Event) -> Result<(Opportunity, Option<Venue>), Fail> {
        let title = event.first("SUMMARY").map(Prop::text).unwrap_or_default();
        if title.is_empty() {
            return Err(rec.fail(
                "SUMMARY",
                "the event has no SUMMARY, so it has no title",
                LeftOutReason::NoTitle,
            ));
        }
        if is_cancelled(event) {
            return Err(rec.fail(
                "STATUS",
                "the event is cancelled (STATUS:CANCELLED)",
                LeftOutReason::NotAnOpportunity,
            ));
        }
        let times = self.times(rec, event)?;
        let schedule = self.schedule(rec, event, &times)?;
        let description = event
            .first("DESCRIPTION")
            .map(Prop::text)
            .filter(|d| !d.is_empty())
            .map(|d| d.replace("\r\n", "\n"));
        let summary = description
            .as_deref()
            .map(first_sentence)
            .unwrap_or_default();
        let mut o = Opportunity::new("", Kind::Activity, &title, &summary);
        o.description = description.filter(|d| *d != summary);
        o.schedule = schedule;
        o.source = Some(self.ctx.source.clone()).filter(|s| !s.is_empty());
        o.url = event.first("URL").map(Prop::text).filter(|u| !u.is_empty());
        o.provider = event.first("ORGANIZER").and_then(provider);
        let categories: Vec<String> = event
            .all("CATEGORIES")
            .flat_map(|p| split_list(&p.value))
            .collect();
        o.skills = self.ctx.skills_for(categories.iter().map(String::as_str));
        let (mode, venue) = self.venue(rec, event)?;
        o.mode = mode;
        let mut new_venue = None;
        match venue {
            Some(VenueRef::Known(id)) => o.venue = Some(id),
            Some(VenueRef::New(v)) => {
                o.venue = Some(v.id.clone());
                new_venue = Some(*v);
            }
            None => {}
        }
        Ok((o, new_venue))
    }

    /// Where the event is: a known venue, a new one from LOCATION and GEO, or
    /// online when LOCATION is a link or says "online".
    fn venue(&self, rec: &mut Rec, event: &Event) -> Result<(Mode, Option<VenueRef>), Fail> {
        let location = event
            .first("LOCATION")
            .map(Prop::text)
            .filter(|l| !l.is_empty());
        let geo = match event.first("GEO") {
            Some(p) => match geo(&p.value) {
                Some(at) => Some(at),
                None => {
                    rec.warn(
                        "GEO",
                        format!(
                            "`{}` is not `latitude;longitude` in degrees with a dot, such as 53.3498;-6.2672; ignored",
                            shorten(&p.value, 40)
                        ),
                    );
                    None
                }
            },
            None => None,
        };
        if let Some(name) = &location
            && geo.is_none()
            && is_online(name)
        {
            return Ok((Mode::Online, None));
        }
        let new_venue = |name: &str, at: LatLon| {
            VenueRef::New(Box::new(Venue {
                id: format!("ics-{}", slug(name)),
                name: name.to_owned(),
                address: None,
                postcode: None,
                neighbourhood: None,
                location: at,
                accessibility: Vec::new(),
                opening_hours: Vec::new(),
                url: None,
                phone: None,
            }))
        };
        match (location, geo) {
            (Some(name), Some(at)) => Ok((
                Mode::InPerson,
                Some(match self.ctx.venue_named(Some(&name), None) {
                    Some(v) => VenueRef::Known(v.id.clone()),
                    None => new_venue(&name, at),
                }),
            )),
            (None, Some(at)) => {
                rec.warn(
                    "LOCATION",
                    "the event has GEO but no LOCATION; the place is named by its coordinates",
                );
                let name = format!("{:.5}, {:.5}", at.lat, at.lon);
                Ok((Mode::InPerson, Some(new_venue(&name, at))))
            }
            (Some(name), None) => {
                // The whole LOCATION, then each comma-separated part
                // ("Central Library, Ilac Centre").
                let candidates: Vec<&str> = std::iter::once(name.as_str())
                    .chain(name.split(',').map(str::trim).filter(|p| !p.is_empty()))
                    .collect();
                if let Some(v) = candidates
                    .iter()
                    .find_map(|c| self.ctx.venue_named(Some(c), None))
                {
                    return Ok((Mode::InPerson, Some(VenueRef::Known(v.id.clone()))));
                }
                if let Some(at) = candidates
                    .iter()
                    .find_map(|c| self.ctx.locate(Some(c), None))
                {
                    rec.warn(
                        "LOCATION",
                        format!("`{name}` has no GEO: placed at the centre of the neighbourhood it names"),
                    );
                    return Ok((Mode::InPerson, Some(new_venue(&name, at))));
                }
                Err(rec.fail(
                    "LOCATION",
                    format!(
                        "`{name}` is not a venue or neighbourhood the catalogue knows and the event has no GEO: add `GEO:latitude;longitude` or the venue to the catalogue"
                    ),
                    LeftOutReason::NoLocation,
                ))
            }
            (None, None) => Err(rec.fail(
                "LOCATION",
                "the event has no LOCATION or GEO, so nobody can find where it is",
                LeftOutReason::NoLocation,
            )),
        }
    }

    /// The schedule: one dated slot (or one per day), or weekly slots from a
    /// weekly RRULE; RDATE adds dates and EXDATE removes weekly ones.
    fn schedule(&self, rec: &mut Rec, event: &Event, times: &Times) -> Result<Schedule, Fail> {
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
    fn weekly(
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

/// Where an event happens.
enum VenueRef {
    /// A venue the catalogue already has, by id.
    Known(String),
    /// A venue made from LOCATION and GEO.
    New(Box<Venue>),
}

/// True for `STATUS:CANCELLED`.
fn is_cancelled(event: &Event) -> bool {
    event
        .first("STATUS")
        .is_some_and(|s| s.text().eq_ignore_ascii_case("CANCELLED"))
}

/// True when LOCATION says the event is online: a link, or words such as
/// "Online" or "Zoom".
fn is_online(location: &str) -> bool {
    let l = fold(location.trim());
    l.starts_with("http://")
        || l.starts_with("https://")
        || matches!(
            l.as_str(),
            "online"
                | "online event"
                | "virtual"
                | "zoom"
                | "microsoft teams"
                | "teams"
                | "google meet"
        )
}

/// `GEO:53.3498;-6.2672` (a comma is accepted too) as a checked point.
fn geo(value: &str) -> Option<LatLon> {
    let (lat, lon) = value.split_once(';').or_else(|| value.split_once(','))?;
    let lat: f64 = lat.trim().parse().ok()?;
    let lon: f64 = lon.trim().parse().ok()?;
    let valid = lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
        && !(lat == 0.0 && lon == 0.0);
    valid.then_some(LatLon { lat, lon })
}

/// The organiser: `CN` as the name, a `mailto:` address as the email.
fn provider(prop: &Prop) -> Option<Provider> {
    let value = prop.text();
    let email = value
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .and_then(|_| value.get(7..))
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_owned);
    let name = prop
        .param("CN")
        .map(|n| unescape(n).trim().to_owned())
        .filter(|n| !n.is_empty())
        .or_else(|| email.clone())?;
    Some(Provider {
        name,
        email,
        ..Provider::default()
    })
}

/// The weekday `shift` days after `day`.
fn shift_day(day: Weekday, shift: i64) -> Weekday {
    let index = (i64::from(day.number_from_monday()) - 1 + shift).rem_euclid(7);
    Weekday::ALL
        .get(usize::try_from(index).unwrap_or(0))
        .copied()
        .unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use learnlocal_core::catalogue::Skill;
    use learnlocal_core::schedule::DatedSlot;

    const DUBLIN: &str = "GMT0IST,M3.5.0/1,M10.5.0";

    /// The test context: Dublin time and a few skills.
    fn ctx() -> ImportContext {
        ImportContext {
            zone: TimeZone::parse_posix(DUBLIN).unwrap(),
            source: "Library events calendar".into(),
            skills: vec![
                Skill {
                    id: "reading".into(),
                    label: "Reading".into(),
                },
                Skill {
                    id: "crafts".into(),
                    label: "Crafts".into(),
                },
            ],
            ..ImportContext::default()
        }
    }

    /// A calendar around some lines, with CRLF line ends as RFC 5545 asks.
    fn calendar(body: &str) -> String {
        let text = format!(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Events//EN\n{body}\nEND:VCALENDAR\n"
        );
        text.replace('\n', "\r\n")
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn time(text: &str) -> Time {
        Time::parse(text).unwrap()
    }

    fn dated(day: &str, start: &str, end: &str) -> DatedSlot {
        DatedSlot {
            date: date(day),
            start: time(start),
            end: time(end),
        }
    }

    /// Dublin's VTIMEZONE as calendar programs write it.
    const DUBLIN_VTIMEZONE: &str = "BEGIN:VTIMEZONE
TZID:Europe/Dublin
BEGIN:STANDARD
DTSTART:19701025T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE";

    /// A weekly storytime with a TZID, UNTIL and EXDATEs becomes weekly slots with
    /// dates and exceptions, with its venue, organiser and skills.
    #[test]
    fn weekly_storytime() {
        let text = calendar(&format!(
            "{DUBLIN_VTIMEZONE}
BEGIN:VEVENT
UID:storytime-2024@dublincitylibraries.ie
SUMMARY:Storytime for under-5s
DESCRIPTION:Stories\\, songs and rhymes for little ones. All welcome\\; no need to book.
LOCATION:Central Library\\, Ilac Centre
GEO:53.3498;-6.2672
DTSTART;TZID=Europe/Dublin:20240904T103000
DTEND;TZID=Europe/Dublin:20240904T111500
RRULE:FREQ=WEEKLY;BYDAY=WE,SA;UNTIL=20241221T235959Z
EXDATE;TZID=Europe/Dublin:20241030T103000,20241102T103000
EXDATE;TZID=Europe/Dublin:20241225T103000
CATEGORIES:Reading,Children
ORGANIZER;CN=\"Dublin City Libraries\":mailto:events@dublincity.ie
URL:https://www.dublincity.ie/libraries/storytime
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
END:VALARM
END:VEVENT"
        ));
        let import = read(&text, &ctx());
        assert!(import.left_out.is_empty(), "{:?}", import.problems);
        assert!(import.problems.is_empty(), "{:?}", import.problems);
        let o = &import.opportunities[0];
        assert_eq!(o.id, "ics-storytime-2024-dublincitylibraries-ie");
        assert_eq!(o.title, "Storytime for under-5s");
        assert_eq!(o.summary, "Stories, songs and rhymes for little ones.");
        assert_eq!(
            o.description.as_deref(),
            Some("Stories, songs and rhymes for little ones. All welcome; no need to book.")
        );
        assert_eq!(
            o.schedule,
            Schedule {
                start_date: Some(date("2024-09-04")),
                end_date: Some(date("2024-12-21")),
                weekly: vec![WeeklySlot {
                    days: vec![Weekday::Wed, Weekday::Sat],
                    start: time("10:30"),
                    end: time("11:15"),
                }],
                except: vec![date("2024-10-30"), date("2024-11-02"), date("2024-12-25")],
                ..Schedule::default()
            }
        );
        assert_eq!(o.skills, vec!["reading"]);
        let provider = o.provider.as_ref().unwrap();
        assert_eq!(provider.name, "Dublin City Libraries");
        assert_eq!(provider.email.as_deref(), Some("events@dublincity.ie"));
        assert_eq!(
            o.url.as_deref(),
            Some("https://www.dublincity.ie/libraries/storytime")
        );
        assert_eq!(o.source.as_deref(), Some("Library events calendar"));
        let v = &import.venues[0];
        assert_eq!(o.venue.as_deref(), Some(v.id.as_str()));
        assert_eq!(v.id, "ics-central-library-ilac-centre");
        assert_eq!(v.name, "Central Library, Ilac Centre");
        assert_eq!(
            v.location,
            LatLon {
                lat: 53.3498,
                lon: -6.2672
            }
        );
    }

    /// A one-off event in UTC is moved to Dublin time: one hour later in summer,
    /// unchanged in winter.
    #[test]
    fn utc_one_off_in_summer_and_winter() {
        let text = calendar(
            "BEGIN:VEVENT
UID:talk-1
SUMMARY:Local history talk
GEO:53.35;-6.26
LOCATION:Pearse Street Library
DTSTART:20240710T170000Z
DTEND:20240710T183000Z
END:VEVENT
BEGIN:VEVENT
UID:talk-2
SUMMARY:Local history talk (winter)
GEO:53.35;-6.26
LOCATION:Pearse Street Library
DTSTART:20240115T170000Z
DURATION:PT1H30M
END:VEVENT",
        );
        let import = read(&text, &ctx());
        let dates: Vec<_> = import
            .opportunities
            .iter()
            .map(|o| o.schedule.dates.clone())
            .collect();
        assert_eq!(
            dates,
            vec![
                vec![dated("2024-07-10", "18:00", "19:30")],
                vec![dated("2024-01-15", "17:00", "18:30")],
            ]
        );
        // One venue for both events.
        assert_eq!(import.venues.len(), 1);
        assert!(import.problems.is_empty(), "{:?}", import.problems);
    }

    /// A TZID known only by name (no VTIMEZONE) is converted with the built-in
    /// table, and Ireland's negative-DST VTIMEZONE reads the same as the usual one.
    #[test]
    fn zones_by_name_and_negative_dst() {
        let irish = "BEGIN:VTIMEZONE
TZID:Irish Standard
BEGIN:STANDARD
DTSTART:19700329T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19701025T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE";
        let text = calendar(&format!(
            "{irish}
BEGIN:VEVENT
UID:ny
SUMMARY:Call with New York
LOCATION:Online
DTSTART;TZID=America/New_York:20240710T100000
DTEND;TZID=America/New_York:20240710T110000
END:VEVENT
BEGIN:VEVENT
UID:irish
SUMMARY:Ciorcal comhrá
GEO:53.35;-6.26
LOCATION:Library
DTSTART;TZID=Irish Standard:20240710T100000
DTEND;TZID=Irish Standard:20240710T110000
END:VEVENT
BEGIN:VEVENT
UID:irish-winter
SUMMARY:Ciorcal comhrá (winter)
GEO:53.35;-6.26
LOCATION:Library
DTSTART;TZID=\"/mozilla.org/20050126_1/Europe/Dublin\":20240110T100000
DTEND;TZID=\"/mozilla.org/20050126_1/Europe/Dublin\":20240110T110000
END:VEVENT"
        ));
        let import = read(&text, &ctx());
        assert!(import.problems.is_empty(), "{:?}", import.problems);
        let o = &import.opportunities;
        // 10:00 in New York in July is 14:00 UTC, 15:00 in Dublin.
        assert_eq!(
            o[0].schedule.dates,
            vec![dated("2024-07-10", "15:00", "16:00")]
        );
        assert_eq!(o[0].mode, Mode::Online);
        assert_eq!(o[0].venue, None);
        assert_eq!(
            o[1].schedule.dates,
            vec![dated("2024-07-10", "10:00", "11:00")]
        );
        assert_eq!(
            o[2].schedule.dates,
            vec![dated("2024-01-10", "10:00", "11:00")]
        );
    }

    /// COUNT ends a weekly series on its last session, with and without INTERVAL.
    #[test]
    fn count_limits_the_series() {
        let cases = [
            (
                "FREQ=WEEKLY;BYDAY=TU;COUNT=6",
                "20240109T180000",
                "2024-02-13",
                1,
            ),
            (
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5",
                "20240101T180000",
                "2024-01-29",
                2,
            ),
            // DTSTART off the rule's days is the first of the COUNT.
            (
                "FREQ=WEEKLY;BYDAY=FR;COUNT=3",
                "20240102T180000",
                "2024-01-12",
                1,
            ),
        ];
        for (rule, start, end, interval) in cases {
            let text = calendar(&format!(
                "BEGIN:VEVENT\nUID:c\nSUMMARY:Class\nGEO:53.3;-6.2\nLOCATION:Hall\nDTSTART:{start}\nDURATION:PT1H\nRRULE:{rule}\nEND:VEVENT"
            ));
            let import = read(&text, &ctx());
            let s = &import.opportunities[0].schedule;
            assert_eq!(s.end_date, Some(date(end)), "{rule}");
            assert_eq!(s.interval_weeks, interval, "{rule}");
        }
    }

    /// Folded lines (CRLF or LF, then a space or tab) are joined and escaped
    /// commas, semicolons and line breaks are read.
    #[test]
    fn folded_lines_and_escapes() {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:knit\r\nSUMMARY:Knit\\, natter \r\n and tea\r\nDESCRIPTION:Bring your own needles\\; wool is provided. Beginners are very \r\n\twelcome\\, and so are\\nexperts.\r\nLOCATION:Hall\nGEO:53.3;\n -6.2\r\nDTSTART;VALUE=DATE:20240301\r\nCATEGORIES:Crafts\\, knitting,Social\r\nEND:VEVENT\r\nEND:VCALENDAR";
        let import = read(text, &ctx());
        let o = &import.opportunities[0];
        assert_eq!(o.title, "Knit, natter and tea");
        assert_eq!(o.summary, "Bring your own needles; wool is provided.");
        assert_eq!(
            o.description.as_deref(),
            Some(
                "Bring your own needles; wool is provided. Beginners are very welcome, and so are\nexperts."
            )
        );
        // "Crafts, knitting" is one category, so it is not the skill "Crafts".
        assert!(o.skills.is_empty());
        // A whole day, with no DTEND.
        assert_eq!(
            o.schedule.dates,
            vec![dated("2024-03-01", "00:00", "24:00")]
        );
        assert_eq!(
            import.venues[0].location,
            LatLon {
                lat: 53.3,
                lon: -6.2
            }
        );
    }

    /// Events that cannot be used are left out, each named by its SUMMARY (or
    /// UID) and position, with the property and reason.
    #[test]
    fn unusable_events_are_left_out() {
        let text = calendar(
            "BEGIN:VEVENT
UID:no-start
SUMMARY:Book club
LOCATION:Hall
GEO:53.3;-6.2
END:VEVENT
BEGIN:VEVENT
UID:nowhere
SUMMARY:Coffee morning
DTSTART:20240301T100000
END:VEVENT
BEGIN:VEVENT
UID:unknown-place
SUMMARY:Quiz night
LOCATION:Room 5\\, The Old Mill
DTSTART:20240301T190000
END:VEVENT
BEGIN:VEVENT
UID:cancelled
SUMMARY:Film club
STATUS:CANCELLED
LOCATION:Hall
GEO:53.3;-6.2
DTSTART:20240301T190000
END:VEVENT
BEGIN:VEVENT
UID:bad-date
SUMMARY:Chess
LOCATION:Hall
GEO:53.3;-6.2
DTSTART:2024-03-01
END:VEVENT
BEGIN:VEVENT
UID:untitled
DTSTART:20240301T190000
END:VEVENT
BEGIN:VTODO
SUMMARY:Not an event
END:VTODO",
        );
        let import = read(&text, &ctx());
        assert!(import.opportunities.is_empty());
        let got: Vec<(Place, Option<String>, LeftOutReason)> = import
            .problems
            .iter()
            .zip(&import.left_out)
            .map(|(p, l)| (p.place.clone(), p.field.clone(), l.reason))
            .collect();
        let record = |index, name: &str| Place::Record {
            index,
            name: Some(name.to_owned()),
        };
        let field = |f: &str| Some(f.to_owned());
        use LeftOutReason::*;
        assert_eq!(
            got,
            vec![
                (record(0, "Book club"), field("DTSTART"), BadDate),
                (record(1, "Coffee morning"), field("LOCATION"), NoLocation),
                (record(2, "Quiz night"), field("LOCATION"), NoLocation),
                (record(3, "Film club"), field("STATUS"), NotAnOpportunity),
                (record(4, "Chess"), field("DTSTART"), BadDate),
                (record(5, "untitled"), field("SUMMARY"), NoTitle),
            ]
        );
        assert!(
            import.problems[2]
                .message
                .contains("`Room 5, The Old Mill`")
        );
        assert_eq!(
            import.problems[0].to_string(),
            "error: record 1 (`Book club`), field `DTSTART`: the event has no DTSTART, so its date is not known"
        );
    }

    /// A LOCATION naming a known venue (or a part of it) uses that venue; one
    /// naming a neighbourhood is placed at its centre with a warning.
    #[test]
    fn locations_from_the_catalogue() {
        let mut ctx = ctx();
        ctx.venues.push(Venue {
            id: "central".into(),
            name: "Central Library".into(),
            address: None,
            postcode: None,
            neighbourhood: None,
            location: LatLon {
                lat: 53.35,
                lon: -6.27,
            },
            accessibility: vec![],
            opening_hours: vec![],
            url: None,
            phone: None,
        });
        ctx.neighbourhoods
            .push(learnlocal_core::catalogue::Neighbourhood {
                id: "cabra".into(),
                name: "Cabra".into(),
                centre: LatLon {
                    lat: 53.36,
                    lon: -6.29,
                },
                outline: vec![],
                population: None,
            });
        let text = calendar(
            "BEGIN:VEVENT
UID:a
SUMMARY:Lego club
LOCATION:Central Library\\, Henry Street
DTSTART:20240301T160000
DTEND:20240301T170000
END:VEVENT
BEGIN:VEVENT
UID:b
SUMMARY:Walk
LOCATION:Cabra
DTSTART:20240302T100000
DTEND:20240302T110000
END:VEVENT",
        );
        let import = read(&text, &ctx);
        assert_eq!(import.opportunities[0].venue.as_deref(), Some("central"));
        assert_eq!(import.opportunities[1].venue.as_deref(), Some("ics-cabra"));
        assert_eq!(import.venues.len(), 1);
        assert_eq!(
            import.venues[0].location,
            LatLon {
                lat: 53.36,
                lon: -6.29
            }
        );
        assert_eq!(import.problems.len(), 1);
    }

    /// Monthly rules keep the first session with a warning naming the rule;
    /// RDATE adds dates; an edited occurrence moves one session of its series
    /// and a cancelled one becomes an exception.
    #[test]
    fn other_rules_rdate_and_edits() {
        let text = calendar(
            "BEGIN:VEVENT
UID:monthly
SUMMARY:Repair café
LOCATION:Hall
GEO:53.3;-6.2
DTSTART:20240106T100000
DTEND:20240106T130000
RRULE:FREQ=MONTHLY;BYDAY=1SA
RDATE:20240120T100000,20240127T140000
END:VEVENT
BEGIN:VEVENT
UID:weekly
RECURRENCE-ID:20240110T180000
SUMMARY:Choir (moved)
DTSTART:20240111T180000
DTEND:20240111T193000
END:VEVENT
BEGIN:VEVENT
UID:weekly
SUMMARY:Choir
LOCATION:Hall
GEO:53.3;-6.2
DTSTART:20240103T180000
DTEND:20240103T193000
RRULE:FREQ=WEEKLY
END:VEVENT
BEGIN:VEVENT
UID:weekly
RECURRENCE-ID:20240117T180000
STATUS:CANCELLED
SUMMARY:Choir
DTSTART:20240117T180000
END:VEVENT",
        );
        let import = read(&text, &ctx());
        assert_eq!(import.opportunities.len(), 2, "{:?}", import.problems);
        let monthly = &import.opportunities[0];
        assert_eq!(
            monthly.schedule.dates,
            vec![
                dated("2024-01-06", "10:00", "13:00"),
                dated("2024-01-20", "10:00", "13:00"),
                dated("2024-01-27", "14:00", "17:00"),
            ]
        );
        assert!(import.problems.iter().any(|p| {
            p.field.as_deref() == Some("RRULE")
                && p.message
                    .contains("`FREQ=MONTHLY;BYDAY=1SA` repeats monthly")
        }));
        let choir = &import.opportunities[1];
        assert_eq!(choir.schedule.weekly[0].days, vec![Weekday::Wed]);
        assert_eq!(
            choir.schedule.except,
            vec![date("2024-01-10"), date("2024-01-17")]
        );
        assert_eq!(
            choir.schedule.dates,
            vec![dated("2024-01-11", "18:00", "19:30")]
        );
        assert_eq!(import.left_out.len(), 1);
        assert_eq!(import.left_out[0].reason, LeftOutReason::NotAnOpportunity);
        assert_eq!(
            import.left_out[0].place,
            Place::Record {
                index: 3,
                name: Some("Choir".into())
            }
        );
    }

    /// Events past midnight end the next day; all-day and multi-day events get
    /// a slot per day.
    #[test]
    fn event_lengths() {
        // (date, start, end) of each slot.
        type Slots<'a> = &'a [(&'a str, &'a str, &'a str)];
        let cases: &[(&str, Slots)] = &[
            (
                "DTSTART:20240301T220000\nDTEND:20240302T013000",
                &[("2024-03-01", "22:00", "01:30")],
            ),
            (
                "DTSTART;VALUE=DATE:20240301\nDTEND;VALUE=DATE:20240302",
                &[("2024-03-01", "00:00", "24:00")],
            ),
            (
                "DTSTART;VALUE=DATE:20240301\nDTEND;VALUE=DATE:20240304",
                &[
                    ("2024-03-01", "00:00", "24:00"),
                    ("2024-03-02", "00:00", "24:00"),
                    ("2024-03-03", "00:00", "24:00"),
                ],
            ),
            (
                "DTSTART:20240301T180000\nDTEND:20240302T120000",
                &[("2024-03-01", "18:00", "12:00")],
            ),
            (
                "DTSTART:20240301T180000\nDTEND:20240303T120000",
                &[
                    ("2024-03-01", "18:00", "24:00"),
                    ("2024-03-02", "00:00", "24:00"),
                    ("2024-03-03", "00:00", "12:00"),
                ],
            ),
        ];
        for (times, want) in cases {
            let text = calendar(&format!(
                "BEGIN:VEVENT\nUID:x\nSUMMARY:X\nGEO:53.3;-6.2\nLOCATION:Hall\n{times}\nEND:VEVENT"
            ));
            let import = read(&text, &ctx());
            let want: Vec<DatedSlot> = want.iter().map(|(d, s, e)| dated(d, s, e)).collect();
            assert_eq!(import.opportunities[0].schedule.dates, want, "{times}");
        }
    }

    /// Text that is not iCalendar is one clear error, not a panic.
    #[test]
    fn garbage_is_a_clear_error() {
        let import = read("hello, this is not a calendar\n\u{0}\u{fffd}", &ctx());
        assert!(import.opportunities.is_empty());
        assert_eq!(import.left_out.len(), 1);
        assert_eq!(import.left_out[0].reason, LeftOutReason::Unreadable);
        assert_eq!(
            import.problems[0].message,
            "this is not an iCalendar file: it has no `BEGIN:VCALENDAR` line (it starts with `hello, this is not a calendar`)"
        );
        let empty = read("", &ctx());
        assert!(empty.problems[0].message.contains("the text is empty"));
    }

    /// Hostile input never panics: truncated files, deep nesting, huge numbers,
    /// odd parameters, replaced invalid UTF-8 and random bytes.
    #[test]
    fn hostile_input_does_not_panic() {
        let c = ctx();
        let storytime = calendar(&format!(
            "{DUBLIN_VTIMEZONE}\nBEGIN:VEVENT\nUID:s\nSUMMARY:S\nGEO:53.3;-6.2\nLOCATION:L\nDTSTART;TZID=Europe/Dublin:20240904T103000\nDTEND;TZID=Europe/Dublin:20240904T111500\nRRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=5\nEXDATE;TZID=Europe/Dublin:20241030T103000\nEND:VEVENT"
        ));
        let mut inputs: Vec<String> = vec![
            String::new(),
            "BEGIN:VCALENDAR".into(),
            "BEGIN:VCALENDAR\nBEGIN:VEVENT".into(),
            format!("BEGIN:VCALENDAR\n{}", "BEGIN:VEVENT\n".repeat(50_000)),
            format!("BEGIN:VCALENDAR\n{}", "END:VEVENT\n".repeat(1000)),
            " \n\t\n\r\n ;:\n:".into(),
            calendar("BEGIN:VEVENT\nSUMMARY:x\nGEO:1e400;-1e400\nLOCATION:x\nDTSTART:99991231T235959Z\nDTEND:00000101T000000Z\nRRULE:FREQ=WEEKLY;INTERVAL=99999999999;COUNT=4294967295\nEND:VEVENT"),
            calendar("BEGIN:VEVENT\nSUMMARY:x\nGEO:53;-6\nLOCATION:x\nDTSTART:99991231T230000\nDURATION:P99999999W\nRRULE:FREQ=WEEKLY;COUNT=4294967295;BYDAY=1MO,ZZ,,\nRDATE;VALUE=PERIOD:00000101T000000Z/P999999999D,x/y\nEXDATE:,,\nEND:VEVENT"),
            calendar("BEGIN:VEVENT\nSUMMARY:x\nGEO:53;-6\nLOCATION:x\nDTSTART;TZID=\"unterminated:20240101T100000\nDTSTART;TZID=Nowhere/Else:20240101T100000\nORGANIZER;CN=:mailto:\nEND:VEVENT"),
            calendar("BEGIN:VTIMEZONE\nTZID:Bad\nBEGIN:STANDARD\nTZOFFSETTO:+9999\nRRULE:FREQ=YEARLY;BYMONTH=13;BYDAY=-3XX\nEND:STANDARD\nBEGIN:DAYLIGHT\nTZOFFSETTO:+0100\nRRULE:BYDAY=SU\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY:x\nGEO:53;-6\nLOCATION:x\nDTSTART;TZID=Bad:20240101T100000\nEND:VEVENT"),
            String::from_utf8_lossy(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:\xff\xfe\xfd\nDTSTART:2024\xc3\nEND:VEVENT").into_owned(),
        ];
        // Random bytes after an event's opening lines.
        let alphabet = b"BEGIN:VCALENDAREVTDSRTZ;=,\\\"\r\n \t0123456789-+TZ";
        for text in crate::random_texts(0x9e37_79b9_7f4a_7c15, 300, 400, alphabet) {
            inputs.push(format!("BEGIN:VCALENDAR\nBEGIN:VEVENT\n{text}"));
        }
        // A good file cut at every 13th character.
        for (cut, _) in storytime.char_indices().step_by(13) {
            inputs.push(storytime[..cut].to_owned());
        }
        for input in &inputs {
            let _ = read(input, &c).summary();
        }
        // The whole file still reads.
        let whole = read(&storytime, &c);
        assert_eq!(
            whole.opportunities[0].schedule.end_date,
            Some(date("2024-10-02"))
        );
    }

    /// The line reader handles quoted parameters holding `:` and `;`, and lists.
    #[test]
    fn content_lines() {
        let p = parse_line("ORGANIZER;CN=\"Smith; Jones: Ltd\";ROLE=CHAIR:mailto:a@b.ie").unwrap();
        assert_eq!(p.name, "ORGANIZER");
        assert_eq!(p.param("CN"), Some("Smith; Jones: Ltd"));
        assert_eq!(p.param("ROLE"), Some("CHAIR"));
        assert_eq!(p.value, "mailto:a@b.ie");
        let p = parse_line("EXDATE;TZID=Europe/Dublin:20241030T103000,20241102T103000").unwrap();
        assert_eq!(p.value, "20241030T103000,20241102T103000");
        assert!(parse_line("no colon here").is_none());
        assert!(parse_line(":value").is_none());
        assert_eq!(split_list("a\\,b,c\\\\,d"), vec!["a,b", "c\\", "d"]);
        assert_eq!(posix_offset(3600), "-1");
        assert_eq!(posix_offset(-5 * 3600), "5");
        assert_eq!(posix_offset(19800), "-5:30");
        assert!(known_zone("Europe/Paris").is_some());
        assert!(known_zone("Mars/Olympus").is_none());
    }
}
