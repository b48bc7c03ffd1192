//! iCalendar (RFC 5545) out: the `.ics` file behind "Add to calendar" on an
//! opportunity's page, for the whole series or for the next session.
//!
//! Times are written as the catalogue's wall-clock times with a `VTIMEZONE` built
//! from the catalogue's POSIX rule, so calendar programs place them right wherever
//! the person is. This module must never do IO, never read the clock (the caller
//! passes "now") and never panic, and no catalogue value may break the file's
//! structure: lines end in CRLF, are folded at 75 octets on character boundaries,
//! and every TEXT value is escaped, with control characters dropped.

use crate::catalogue::{Catalogue, LatLon, TimeZoneSpec};
use crate::opportunity::{Mode, Opportunity};
use crate::schedule::{MonthlySlot, Schedule, Session};
use crate::sorted::{sort_small, sort_small_by};
use crate::text::slugify;
use crate::time::{Date, DateTime, Time, Weekday, days_from_civil, days_in_month};
use crate::tz::TimeZone;
use std::collections::HashSet;

/// The product identifier written in every calendar.
const PRODID: &str = "-//LearnLocal//LearnLocal//EN";

/// The longest a physical line may be, in octets, CRLF not counted (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// The longest slug in a file name, so that the whole name with `.ics` is at most 60.
const MAX_SLUG_CHARS: usize = 56;

/// Seconds in a day.
const SECONDS_PER_DAY: i64 = 86_400;

/// The first year from which yearly rules of a `VTIMEZONE` are read, and where
/// their DTSTART is.
const RULE_FIRST_YEAR: i32 = 1970;

/// How many years yearly rules are read from: one whole 28-year cycle of weekdays,
/// so a rule that fits them all is the zone's rule.
const RULE_YEARS: i32 = 28;

/// For a zone whose changes no yearly rule describes, the years listed after the
/// start of a series with no end.
const LISTED_YEARS: i32 = 10;

/// For a zone whose changes no yearly rule describes, the most years listed.
const MAX_LISTED_YEARS: i32 = 60;

/// Which events to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarScope {
    /// Every session: one VEVENT per weekly or monthly slot with an RRULE, plus one
    /// per dated slot.
    Series,
    /// Only the next session after `now`: the first that has not started yet (a
    /// session in progress is over for the purpose of adding it to a calendar).
    NextSession,
}

/// The words a calendar file writes, from the app's messages in the person's
/// language: the core holds no interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarWords<'a> {
    /// The place of an online-only event (LOCATION), e.g. "Online".
    pub online: &'a str,
    /// The file's name when neither the title nor the id gives one, e.g.
    /// "calendar" (made ASCII like a title; "learnlocal" if nothing is left).
    pub file_name: &'a str,
}

/// The iCalendar text for one opportunity, or None when it has no session to put
/// in a calendar (empty schedule, or NextSession with none left).
///
/// `now` is the catalogue's local wall-clock time. With [`CalendarScope::Series`]
/// each weekly or monthly slot starts (DTSTART) on its first session on or after
/// the schedule's `start_date`, or on or after `now`'s date when there is no
/// `start_date`; its `except` dates become EXDATEs (even the first session's), its
/// `end_date` becomes UNTIL. A monthly slot's rule is `FREQ=MONTHLY;BYDAY=1TU`
/// for one weekday, or `BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1` for several. Dated
/// slots are single events; one that repeats a weekly or monthly session exactly
/// is left out. With [`CalendarScope::NextSession`] the
/// session is found by [`Schedule::next_sessions`], so at most about three years
/// ahead.
///
/// UIDs are `<opportunity id>-<n>@learnlocal` for the series, n counting weekly
/// slots, then monthly slots, then dated slots from 1 in schedule order, and
/// `<opportunity id>-<YYYYMMDD>T<HHMM>@learnlocal` (the session's local start) for
/// the next session, so importing both never replaces the series.
///
/// `page_url` is used (as URL and in DESCRIPTION) only when it is an http or https
/// address without spaces or control characters. Times are written in the
/// catalogue's zone, with its `VTIMEZONE`. `words` gives the file's few words in
/// the person's language.
pub fn opportunity_calendar(
    catalogue: &Catalogue,
    opportunity: &Opportunity,
    scope: CalendarScope,
    now: DateTime,
    page_url: Option<&str>,
    words: &CalendarWords<'_>,
) -> Option<String> {
    let events = match scope {
        CalendarScope::Series => series_events(&opportunity.schedule, now),
        CalendarScope::NextSession => next_session_event(&opportunity.schedule, now)
            .into_iter()
            .collect(),
    };
    if events.is_empty() {
        return None;
    }
    let clock = Clock::new(&catalogue.time_zone);
    let details = Details::new(catalogue, opportunity, page_url.and_then(web_url), words);
    let mut lines: Vec<String> = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    .map(str::to_owned)
    .to_vec();
    lines.extend(vtimezone(clock.zone, &clock.tzid, year_span(&events)));
    let stamp = utc_text(clock.utc_seconds(now));
    for event in &events {
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!(
            "UID:{}",
            escape_text(&format!("{}-{}@learnlocal", opportunity.id, event.key))
        ));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(clock.local_property("DTSTART", event.start));
        lines.push(clock.local_property("DTEND", event.end));
        if let Some(repeat) = &event.repeat {
            lines.push(clock.rrule(repeat));
            for except in &repeat.except {
                lines.push(clock.local_property("EXDATE", *except));
            }
        }
        lines.extend(details.lines.iter().cloned());
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut text = String::new();
    for line in &lines {
        push_folded(&mut text, line);
    }
    Some(text)
}

/// A file name for it, e.g. "email-basics.ics" (slug of the title, ASCII, at most
/// 60 chars in all). An untitled opportunity is named by its id, and one with
/// neither in Latin letters or digits is named by `words.file_name`
/// ("calendar.ics").
pub fn calendar_file_name(opportunity: &Opportunity, words: &CalendarWords<'_>) -> String {
    let mut slug = slugify(&opportunity.title);
    if slug.is_empty() {
        slug = slugify(&opportunity.id);
    }
    if slug.len() > MAX_SLUG_CHARS {
        // The slug is ASCII, so any byte index is a character boundary.
        let cut = if slug.as_bytes().get(MAX_SLUG_CHARS) == Some(&b'-') {
            MAX_SLUG_CHARS
        } else {
            slug[..MAX_SLUG_CHARS].rfind('-').unwrap_or(MAX_SLUG_CHARS)
        };
        slug.truncate(cut);
    }
    let slug = slug.trim_matches('-');
    if !slug.is_empty() {
        return format!("{slug}.ics");
    }
    match slugify(words.file_name) {
        fallback if fallback.is_empty() => "learnlocal.ics".to_owned(),
        fallback => format!("{fallback}.ics"),
    }
}

// ---------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------

/// One VEVENT to write, in local wall-clock time.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Event {
    /// The part of the UID between the opportunity's id and `@learnlocal`.
    key: String,
    /// When it (or the first of the series) starts; may be written 24:00.
    start: DateTime,
    /// When it (or the first of the series) ends.
    end: DateTime,
    /// The rule, for a weekly or monthly slot of a series.
    repeat: Option<Repeat>,
}

/// A weekly or monthly RRULE with its exceptions.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Repeat {
    /// Days the sessions start on, Monday first, without repeats.
    days: Vec<Weekday>,
    /// For a monthly rule, which of those days in the month (1 the first, -1 the
    /// last); `None` for a weekly rule.
    nth: Option<Vec<i8>>,
    /// Every how many weeks (or months), from 1.
    interval: u8,
    /// The last day a session may start on.
    until: Option<Date>,
    /// Starts of sessions that do not happen.
    except: Vec<DateTime>,
}

/// One event per weekly slot that has a session, then per monthly slot, then one
/// per dated slot.
fn series_events(schedule: &Schedule, now: DateTime) -> Vec<Event> {
    let mut events = Vec::new();
    let from = schedule.start_date.unwrap_or(now.date);
    let interval = schedule.interval_weeks.max(1);
    // The schedule without its dates and exceptions, with none of its slots.
    let bare = Schedule {
        start_date: schedule.start_date,
        end_date: schedule.end_date,
        interval_weeks: interval,
        interval_months: schedule.interval_months.max(1),
        ..Schedule::default()
    };
    for (i, slot) in schedule.weekly.iter().enumerate() {
        let only = Schedule {
            weekly: vec![slot.clone()],
            ..bare.clone()
        };
        // A slot starting at 24:00 is written as 00:00 the next day, so its days
        // and last day move on by one.
        let shift = i64::from(slot.start == Time::END_OF_DAY);
        let mut days: Vec<Weekday> = slot.days.iter().map(|d| next_day(*d, shift)).collect();
        sort_small(&mut days);
        days.dedup();
        let span = 7 * (i64::from(interval) + 1);
        let repeat = Repeat {
            days,
            nth: None,
            interval,
            until: schedule.end_date.map(|d| d.add_days(shift)),
            except: Vec::new(),
        };
        events.extend(repeating_event(schedule, &only, from, span, i, repeat));
    }
    for (i, slot) in schedule.monthly.iter().enumerate() {
        // 24:00 on the first Tuesday is no day of the month a rule can name; the
        // catalogue's checks report such a slot, and it is left out here.
        if slot.start == Time::END_OF_DAY {
            continue;
        }
        let only = Schedule {
            monthly: vec![slot.clone()],
            ..bare.clone()
        };
        let mut days = slot.days.clone();
        sort_small(&mut days);
        days.dedup();
        let mut nth = slot.nth.clone();
        sort_small(&mut nth);
        nth.dedup();
        let repeat = Repeat {
            days,
            nth: Some(nth),
            interval: bare.interval_months,
            until: schedule.end_date,
            except: Vec::new(),
        };
        let span = crate::schedule::SCAN_HORIZON_WEEKS * 7;
        let key = schedule.weekly.len() + i;
        events.extend(repeating_event(schedule, &only, from, span, key, repeat));
    }
    let repeating_only = Schedule {
        weekly: schedule.weekly.clone(),
        monthly: schedule.monthly.clone(),
        except: schedule.except.clone(),
        ..bare
    };
    let mut seen = HashSet::new();
    let before = schedule.weekly.len() + schedule.monthly.len();
    for (i, slot) in schedule.dates.iter().enumerate() {
        let session = slot.session();
        if !seen.insert(session) || repeats_session(&repeating_only, &session) {
            continue;
        }
        events.push(Event {
            key: (before + i + 1).to_string(),
            start: session.starts_at(),
            end: session.ends_at(),
            repeat: None,
        });
    }
    events
}

/// The event of a one-slot schedule `only`, the `i`th (from 0) repeating slot of
/// `schedule`: first on its first session within `span` days of `from`, with the
/// schedule's exceptions that fall on its sessions. None when it has no session.
fn repeating_event(
    schedule: &Schedule,
    only: &Schedule,
    from: Date,
    span: i64,
    i: usize,
    mut repeat: Repeat,
) -> Option<Event> {
    let first = (0..=span)
        .map(|k| from.add_days(k))
        .find(|d| !only.sessions_on(*d).is_empty())?;
    let session = *only.sessions_on(first).first()?;
    let mut except: Vec<Date> = schedule
        .except
        .iter()
        .copied()
        .filter(|d| *d >= first && !only.sessions_on(*d).is_empty())
        .collect();
    crate::sorted::sort_dedup(&mut except);
    repeat.except = except
        .into_iter()
        .map(|d| DateTime::new(d, session.start))
        .collect();
    Some(Event {
        key: (i + 1).to_string(),
        start: session.starts_at(),
        end: session.ends_at(),
        repeat: Some(repeat),
    })
}

/// True when a weekly or monthly slot gives exactly this session.
fn repeats_session(repeating: &Schedule, session: &Session) -> bool {
    let weekday = session.date.weekday();
    let same = |start: Time, end: Time| start == session.start && end == session.end;
    let could = repeating
        .weekly
        .iter()
        .any(|w| same(w.start, w.end) && w.days.contains(&weekday))
        || repeating
            .monthly
            .iter()
            .any(|m: &MonthlySlot| same(m.start, m.end) && m.days.contains(&weekday));
    could && repeating.sessions_on(session.date).contains(session)
}

/// The next session that has not started by `now`, as an event of its own.
fn next_session_event(schedule: &Schedule, now: DateTime) -> Option<Event> {
    // Sessions in progress come first; at most one per dated slot, and one per
    // weekly or monthly slot from each of yesterday and today.
    let repeating = schedule.weekly.len().saturating_add(schedule.monthly.len());
    let in_progress = schedule
        .dates
        .len()
        .saturating_add(repeating.saturating_mul(2));
    let now_minutes = now.minutes_since_epoch();
    let session = schedule
        .next_sessions(now, in_progress.saturating_add(1))
        .into_iter()
        .find(|s| s.starts_at().minutes_since_epoch() > now_minutes)?;
    let start = normalised(session.starts_at());
    Some(Event {
        key: format!(
            "{:04}{:02}{:02}T{:02}{:02}",
            start.date.year(),
            start.date.month(),
            start.date.day(),
            start.time.hour(),
            start.time.minute()
        ),
        start: session.starts_at(),
        end: session.ends_at(),
        repeat: None,
    })
}

/// The weekday `shift` days after `day`.
fn next_day(day: Weekday, shift: i64) -> Weekday {
    let index = (i64::from(day.number_from_monday()) - 1 + shift).rem_euclid(7);
    Weekday::ALL
        .get(usize::try_from(index).unwrap_or(0))
        .copied()
        .unwrap_or(day)
}

/// The first and last years the events need a zone for: a series with no end
/// gets [`LISTED_YEARS`] after it starts.
fn year_span(events: &[Event]) -> (i32, i32) {
    let first = events
        .iter()
        .map(|e| e.start.date.year())
        .min()
        .unwrap_or(RULE_FIRST_YEAR);
    let last = events
        .iter()
        .map(|e| match &e.repeat {
            Some(Repeat {
                until: Some(until), ..
            }) => until.year(),
            Some(_) => e.start.date.year().saturating_add(LISTED_YEARS),
            None => e.end.date.year(),
        })
        .max()
        .unwrap_or(first);
    (first, last.max(first))
}

// ---------------------------------------------------------------------------------
// What every event says: title, description, place, link
// ---------------------------------------------------------------------------------

/// The content lines every event of the opportunity shares.
struct Details {
    lines: Vec<String>,
}

impl Details {
    fn new(
        catalogue: &Catalogue,
        opportunity: &Opportunity,
        page_url: Option<&str>,
        words: &CalendarWords<'_>,
    ) -> Details {
        let mut lines = vec![format!("SUMMARY:{}", escape_text(&opportunity.title))];
        let description = [Some(opportunity.summary.trim()), page_url]
            .into_iter()
            .flatten()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        if !description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&description)));
        }
        let venue = catalogue.venue_of(opportunity);
        match (opportunity.mode, venue) {
            (Mode::Online, _) => lines.push(format!("LOCATION:{}", escape_text(words.online))),
            (_, Some(venue)) => {
                let place = [
                    Some(venue.name.as_str()),
                    venue.address.as_deref(),
                    venue.postcode.as_deref(),
                ]
                .into_iter()
                .flatten()
                .map(str::trim)
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
                if !place.is_empty() {
                    lines.push(format!("LOCATION:{}", escape_text(&place)));
                }
                if let Some(geo) = geo_text(venue.location) {
                    lines.push(format!("GEO:{geo}"));
                }
            }
            // No venue for something in person is a catalogue mistake: say nothing.
            (_, None) => {}
        }
        if let Some(url) = page_url {
            lines.push(format!("URL:{url}"));
        }
        Details { lines }
    }
}

/// `lat;lon` to six decimals (about 10 cm), or None for a point off the globe.
fn geo_text(at: LatLon) -> Option<String> {
    let valid = at.lat.is_finite()
        && at.lon.is_finite()
        && (-90.0..=90.0).contains(&at.lat)
        && (-180.0..=180.0).contains(&at.lon);
    let round = |x: f64| (x * 1e6).round() / 1e6;
    valid.then(|| format!("{};{}", round(at.lat), round(at.lon)))
}

/// The URL, trimmed, when it is an http or https address with something after the
/// scheme and no spaces or control characters (which could break the line).
fn web_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme = ["https://", "http://"]
        .into_iter()
        .find(|s| lower.starts_with(s))?;
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"');
    (clean && url.len() > scheme.len()).then_some(url)
}

// ---------------------------------------------------------------------------------
// Times and the zone
// ---------------------------------------------------------------------------------

/// How local times are written: in the catalogue's zone, named by its TZID.
struct Clock<'a> {
    zone: &'a TimeZone,
    /// The zone's name, safe as a parameter value and as TEXT.
    tzid: String,
}

impl<'a> Clock<'a> {
    fn new(spec: &'a TimeZoneSpec) -> Clock<'a> {
        let tzid: String = spec
            .name
            .chars()
            .filter(|c| !c.is_control() && !matches!(c, '"' | ';' | ':' | ',' | '\\'))
            .collect();
        let tzid = tzid.trim();
        Clock {
            zone: &spec.rule,
            tzid: if tzid.is_empty() { "Local" } else { tzid }.to_owned(),
        }
    }

    /// `NAME;TZID=zone:value`.
    fn local_property(&self, name: &str, local: DateTime) -> String {
        format!("{name};TZID={}:{}", self.tzid, local_text(local))
    }

    /// Unix seconds of a local time.
    fn utc_seconds(&self, local: DateTime) -> i64 {
        self.zone.to_utc(local)
    }

    /// The RRULE of a weekly or monthly slot. UNTIL is the end of its last day,
    /// 23:59:59 local, in UTC as RFC 5545 asks when DTSTART has a zone.
    fn rrule(&self, repeat: &Repeat) -> String {
        let code = |d: &Weekday| d.code().to_ascii_uppercase();
        let days: Vec<String> = repeat.days.iter().map(code).collect();
        let mut rule = match (&repeat.nth, repeat.days.as_slice()) {
            (None, _) => format!("RRULE:FREQ=WEEKLY;BYDAY={}", days.join(",")),
            // One weekday: `BYDAY=1TU,-1TU`, as most calendars write it.
            (Some(nth), [day]) => {
                let days: Vec<String> = nth.iter().map(|n| format!("{n}{}", code(day))).collect();
                format!("RRULE:FREQ=MONTHLY;BYDAY={}", days.join(","))
            }
            (Some(nth), _) => {
                let nth: Vec<String> = nth.iter().map(i8::to_string).collect();
                format!(
                    "RRULE:FREQ=MONTHLY;BYDAY={};BYSETPOS={}",
                    days.join(","),
                    nth.join(",")
                )
            }
        };
        if repeat.interval > 1 {
            rule.push_str(&format!(";INTERVAL={}", repeat.interval));
            if repeat.nth.is_none() {
                rule.push_str(";WKST=MO");
            }
        }
        if let Some(until) = repeat.until {
            let last_minute = DateTime::new(until, Time::new(23, 59).unwrap_or(Time::MIDNIGHT));
            let utc = self.utc_seconds(last_minute).saturating_add(59);
            rule.push_str(&format!(";UNTIL={}", utc_text(utc)));
        }
        rule
    }
}

/// A moment with 24:00 written as 00:00 the next day.
fn normalised(local: DateTime) -> DateTime {
    DateTime::from_minutes_since_epoch(local.minutes_since_epoch())
}

/// A local time as `YYYYMMDDTHHMMSS`, 24:00 written as 00:00 the next day.
fn local_text(local: DateTime) -> String {
    seconds_text(normalised(local).minutes_since_epoch().saturating_mul(60))
}

/// Seconds since 1970-01-01T00:00 (on any clock) as `YYYYMMDDTHHMMSS`.
fn seconds_text(seconds: i64) -> String {
    let date = Date::from_days_since_epoch(seconds.div_euclid(SECONDS_PER_DAY));
    let of_day = seconds.rem_euclid(SECONDS_PER_DAY);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        date.year(),
        date.month(),
        date.day(),
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

/// Unix seconds as a UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`.
fn utc_text(unix_seconds: i64) -> String {
    format!("{}Z", seconds_text(unix_seconds))
}

/// An offset in minutes east of UTC as `+HHMM` or `-HHMM`.
fn offset_text(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let abs = minutes.unsigned_abs();
    format!("{sign}{:02}{:02}", abs / 60, abs % 60)
}

/// A change of the zone's offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Change {
    /// When, in Unix seconds.
    at: i64,
    /// The offset before, in minutes east of UTC.
    from: i32,
    /// The offset after.
    to: i32,
}

impl Change {
    /// The wall-clock time of the change on the clock before it, as VTIMEZONE
    /// writes DTSTART and RDATE, in seconds since 1970-01-01T00:00 on that clock.
    fn local_seconds(&self) -> i64 {
        self.at.saturating_add(i64::from(self.from) * 60)
    }
}

/// How an observance (a STANDARD or DAYLIGHT part) repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Recurs {
    /// It never changes.
    Never,
    /// `RRULE:FREQ=YEARLY;BYMONTH=..;BYDAY=..`.
    Yearly { month: u8, by_day: String },
    /// Each later change, listed (`RDATE`).
    Listed(Vec<Change>),
}

/// One STANDARD or DAYLIGHT part.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Observance {
    /// True for DAYLIGHT: the change is to the larger offset.
    daylight: bool,
    first: Change,
    name: String,
    recurs: Recurs,
}

/// The `VTIMEZONE` lines for the zone.
///
/// A zone without summer time has one STANDARD part. Otherwise the changes are read
/// from the zone itself over [`RULE_YEARS`] years from 1970: when each direction of
/// change falls on the same weekday of a month, at the same time, every year, it is
/// a yearly RRULE starting in 1970. Rules no such RRULE describes (such as a change
/// at 24:00 or at a negative time) list their changes instead, as RDATEs, for the
/// years of `years` (one either side, at most [`MAX_LISTED_YEARS`]). The change to
/// the larger offset is DAYLIGHT, whichever the POSIX rule calls summer time, so
/// both spellings of Ireland's rule give the same parts.
fn vtimezone(zone: &TimeZone, tzid: &str, years: (i32, i32)) -> Vec<String> {
    let mut lines = vec!["BEGIN:VTIMEZONE".to_owned(), format!("TZID:{tzid}")];
    for o in observances(zone, years) {
        let part = if o.daylight { "DAYLIGHT" } else { "STANDARD" };
        lines.push(format!("BEGIN:{part}"));
        lines.push(format!("DTSTART:{}", seconds_text(o.first.local_seconds())));
        lines.push(format!("TZOFFSETFROM:{}", offset_text(o.first.from)));
        lines.push(format!("TZOFFSETTO:{}", offset_text(o.first.to)));
        lines.push(format!("TZNAME:{}", escape_text(&o.name)));
        match o.recurs {
            Recurs::Never => {}
            Recurs::Yearly { month, by_day } => {
                lines.push(format!("RRULE:FREQ=YEARLY;BYMONTH={month};BYDAY={by_day}"))
            }
            Recurs::Listed(later) if !later.is_empty() => {
                let dates: Vec<String> = later
                    .iter()
                    .map(|c| seconds_text(c.local_seconds()))
                    .collect();
                lines.push(format!("RDATE:{}", dates.join(",")));
            }
            Recurs::Listed(_) => {}
        }
        lines.push(format!("END:{part}"));
    }
    lines.push("END:VTIMEZONE".to_owned());
    lines
}

/// The STANDARD and DAYLIGHT parts of the zone, STANDARD first.
fn observances(zone: &TimeZone, years: (i32, i32)) -> Vec<Observance> {
    let constant = |at: i64| {
        let offset = zone.utc_offset_minutes_at_utc(at);
        vec![Observance {
            daylight: false,
            first: Change {
                // 1970-01-01T00:00 on the zone's clock.
                at: -i64::from(offset) * 60,
                from: offset,
                to: offset,
            },
            name: zone.abbreviation_at_utc(at).to_owned(),
            recurs: Recurs::Never,
        }]
    };
    if zone.dst_name().is_none() {
        return constant(0);
    }
    let rule_years = changes(zone, RULE_FIRST_YEAR, RULE_FIRST_YEAR + RULE_YEARS);
    if rule_years.is_empty() {
        return constant(0);
    }
    let groups = by_direction(&rule_years);
    let yearly: Option<Vec<Observance>> = groups
        .iter()
        .map(|group| {
            let (month, by_day) = yearly_rule(group)?;
            let &first = group.first()?;
            Some(observance(zone, first, Recurs::Yearly { month, by_day }))
        })
        .collect();
    if let Some(parts) = yearly.filter(|parts| parts.len() == 2) {
        return parts;
    }
    let first = years.0.saturating_sub(1).clamp(0, 9999);
    let last = years
        .1
        .saturating_add(1)
        .min(first.saturating_add(MAX_LISTED_YEARS))
        .clamp(first, 9999);
    let listed = changes(zone, first, last + 1);
    if listed.is_empty() {
        return constant(days_from_civil(i64::from(first), 1, 1) * SECONDS_PER_DAY);
    }
    by_direction(&listed)
        .iter()
        .filter_map(|group| {
            let (&first, later) = group.split_first()?;
            Some(observance(zone, first, Recurs::Listed(later.to_vec())))
        })
        .collect()
}

/// One observance starting with its first change, named after it.
fn observance(zone: &TimeZone, first: Change, recurs: Recurs) -> Observance {
    Observance {
        daylight: first.to > first.from,
        first,
        name: zone.abbreviation_at_utc(first.at).to_owned(),
        recurs,
    }
}

/// Changes grouped by their offsets before and after, in time order; the groups
/// are ordered STANDARD (to a smaller offset) first. No group is empty.
fn by_direction(changes: &[Change]) -> Vec<Vec<Change>> {
    let mut groups: Vec<Vec<Change>> = Vec::new();
    for change in changes {
        match groups.iter_mut().find(|g| {
            g.first()
                .is_some_and(|f| (f.from, f.to) == (change.from, change.to))
        }) {
            Some(group) => group.push(*change),
            None => groups.push(vec![*change]),
        }
    }
    sort_small_by(&mut groups, |a, b| {
        let rising = |g: &Vec<Change>| g.first().is_some_and(|f| f.to > f.from);
        rising(a).cmp(&rising(b))
    });
    groups
}

/// The yearly rule a group of changes follows over the rule years, as (BYMONTH,
/// BYDAY): one change a year, each in the same month on the same weekday at the
/// same time, in the same week of the month (`2SU`) or in its last week (`-1SU`).
fn yearly_rule(group: &[Change]) -> Option<(u8, String)> {
    if group.len() != usize::try_from(RULE_YEARS).ok()? {
        return None;
    }
    let local: Vec<(Date, i64)> = group
        .iter()
        .map(|c| {
            let s = c.local_seconds();
            (
                Date::from_days_since_epoch(s.div_euclid(SECONDS_PER_DAY)),
                s.rem_euclid(SECONDS_PER_DAY),
            )
        })
        .collect();
    let (first, time) = *local.first()?;
    let steady = local.iter().enumerate().all(|(i, (date, t))| {
        i32::try_from(i).is_ok_and(|i| date.year() == RULE_FIRST_YEAR + i)
            && date.month() == first.month()
            && date.weekday() == first.weekday()
            && *t == time
    });
    if !steady {
        return None;
    }
    let week = |date: &Date| (date.day() - 1) / 7 + 1;
    let is_last = |date: &Date| {
        u32::from(date.day()) + 7 > u32::from(days_in_month(i64::from(date.year()), date.month()))
    };
    let day = first.weekday().code().to_ascii_uppercase();
    let ordinal = if local.iter().all(|(d, _)| week(d) == week(&first)) && week(&first) <= 4 {
        week(&first).to_string()
    } else if local.iter().all(|(d, _)| is_last(d)) {
        "-1".to_owned()
    } else {
        return None;
    };
    Some((first.month(), format!("{ordinal}{day}")))
}

/// The zone's changes of offset from 1 January of `from_year` (UTC) to 1 January of
/// `to_year`, found by looking once a day and then to the second.
fn changes(zone: &TimeZone, from_year: i32, to_year: i32) -> Vec<Change> {
    let first_day = days_from_civil(i64::from(from_year), 1, 1);
    let last_day = days_from_civil(i64::from(to_year), 1, 1);
    let mut found = Vec::new();
    let mut before = first_day * SECONDS_PER_DAY;
    let mut offset = zone.utc_offset_minutes_at_utc(before);
    for day in first_day + 1..=last_day {
        let after = day * SECONDS_PER_DAY;
        let next = zone.utc_offset_minutes_at_utc(after);
        if next != offset {
            let (mut low, mut high) = (before, after);
            while high - low > 1 {
                let middle = low + (high - low) / 2;
                if zone.utc_offset_minutes_at_utc(middle) == offset {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            found.push(Change {
                at: high,
                from: offset,
                to: zone.utc_offset_minutes_at_utc(high),
            });
        }
        before = after;
        offset = next;
    }
    found
}

// ---------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------

/// Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` are escaped, every line
/// break (CRLF, CR, LF, NEL, U+2028, U+2029) becomes `\n`, and other control
/// characters except tab are dropped.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at [`MAX_LINE_OCTETS`] octets on character
/// boundaries, each continuation starting with a space, every line ending in CRLF.
fn push_folded(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let octets = c.len_utf8();
        if used + octets > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += octets;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Venue;
    use crate::opportunity::Kind;
    use crate::schedule::{DatedSlot, WeeklySlot};
    use Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

    /// The calendar's words as a caller in another language gives them.
    const WORDS: CalendarWords<'static> = CalendarWords {
        online: "Ar líne",
        file_name: "Féilire",
    };

    const DUBLIN: &str = "GMT0IST,M3.5.0/1,M10.5.0";
    const NEW_YORK: &str = "EST5EDT,M3.2.0,M11.1.0";

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn time(text: &str) -> Time {
        Time::parse(text).unwrap()
    }

    fn at(text: &str) -> DateTime {
        DateTime::parse(text).unwrap()
    }

    fn weekly(days: &[Weekday], start: &str, end: &str) -> WeeklySlot {
        WeeklySlot {
            days: days.to_vec(),
            start: time(start),
            end: time(end),
        }
    }

    fn monthly(days: &[Weekday], nth: &[i8], start: &str, end: &str) -> MonthlySlot {
        MonthlySlot {
            days: days.to_vec(),
            nth: nth.to_vec(),
            start: time(start),
            end: time(end),
        }
    }

    fn dated(day: &str, start: &str, end: &str) -> DatedSlot {
        DatedSlot {
            date: date(day),
            start: time(start),
            end: time(end),
        }
    }

    fn library() -> Venue {
        Venue {
            id: "blackpool-library".into(),
            name: "Blackpool Library".into(),
            address: Some("Redforge Road".into()),
            postcode: Some("T23 X1Y2".into()),
            neighbourhood: None,
            location: LatLon {
                lat: 51.9139,
                lon: -8.4695,
            },
            accessibility: vec![],
            opening_hours: vec![],
            url: None,
            phone: None,
        }
    }

    fn catalogue(name: &str, rule: &str) -> Catalogue {
        Catalogue {
            schema_version: 2,
            name: "Cork".into(),
            time_zone: TimeZoneSpec {
                name: name.into(),
                rule: TimeZone::parse_posix(rule).unwrap(),
            },
            venues: vec![library()],
            ..Catalogue::default()
        }
    }

    fn dublin() -> Catalogue {
        catalogue("Europe/Dublin", DUBLIN)
    }

    /// Email basics: Mondays and Wednesdays 18:30-20:00 from 14 September to
    /// 7 October 2026, not on 23 September, at Blackpool Library.
    fn email_basics() -> Opportunity {
        let mut o = Opportunity::new(
            "email-basics",
            Kind::Course,
            "Email basics",
            "Learn to send and read email.",
        );
        o.venue = Some("blackpool-library".into());
        o.schedule = Schedule {
            start_date: Some(date("2026-09-14")),
            end_date: Some(date("2026-10-07")),
            weekly: vec![weekly(&[Mon, Wed], "18:30", "20:00")],
            except: vec![date("2026-09-23")],
            ..Schedule::default()
        };
        o
    }

    fn with_schedule(schedule: Schedule) -> Opportunity {
        Opportunity {
            schedule,
            ..email_basics()
        }
    }

    fn series(catalogue: &Catalogue, o: &Opportunity) -> String {
        opportunity_calendar(
            catalogue,
            o,
            CalendarScope::Series,
            at("2026-09-01T09:00"),
            Some("https://learnlocal.ie/o/email-basics"),
            &WORDS,
        )
        .expect("a calendar")
    }

    /// The content lines, unfolded.
    fn unfolded(text: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for line in text.split("\r\n") {
            match (line.strip_prefix(' '), lines.last_mut()) {
                (Some(rest), Some(last)) => last.push_str(rest),
                _ => lines.push(line.to_owned()),
            }
        }
        if lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        lines
    }

    /// The lines of one component, such as the first `VTIMEZONE`.
    fn component(text: &str, name: &str) -> Vec<String> {
        let lines = unfolded(text);
        let begin = lines.iter().position(|l| *l == format!("BEGIN:{name}"));
        let end = lines.iter().position(|l| *l == format!("END:{name}"));
        match (begin, end) {
            (Some(b), Some(e)) if b <= e => lines[b..=e].to_vec(),
            _ => Vec::new(),
        }
    }

    /// Checks the structure: CRLF only, short lines, balanced components, every
    /// line a property.
    fn assert_well_formed(text: &str) {
        assert!(text.ends_with("\r\n"), "ends with CRLF");
        let body = text.strip_suffix("\r\n").unwrap_or(text);
        for line in body.split("\r\n") {
            assert!(!line.contains(['\r', '\n']), "bare CR or LF in {line:?}");
            assert!(
                line.len() <= MAX_LINE_OCTETS,
                "{} octets: {line}",
                line.len()
            );
        }
        let mut stack = Vec::new();
        for line in unfolded(text) {
            let name_end = line.find([':', ';']).expect("a property name");
            let name = &line[..name_end];
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '-'),
                "{line}"
            );
            if let Some(c) = line.strip_prefix("BEGIN:") {
                stack.push(c.to_owned());
            } else if let Some(c) = line.strip_prefix("END:") {
                assert_eq!(stack.pop().as_deref(), Some(c), "{line}");
            }
        }
        assert!(stack.is_empty(), "unclosed {stack:?}");
    }

    /// One small calendar, exactly: CRLF ends, the VTIMEZONE, the RRULE with UNTIL in
    /// UTC and an EXDATE, and a 200-character summary folded before a two-octet
    /// character that would have crossed the 75th octet.
    #[test]
    fn golden_calendar() {
        let summary = format!("{}é{}", "a".repeat(62), "b".repeat(137));
        assert_eq!(summary.chars().count(), 200);
        let o = Opportunity {
            summary,
            ..email_basics()
        };
        let text = opportunity_calendar(
            &dublin(),
            &o,
            CalendarScope::Series,
            at("2026-09-01T10:00"),
            None,
            &WORDS,
        )
        .unwrap();
        let want = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//LearnLocal//LearnLocal//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Dublin",
            "BEGIN:STANDARD",
            "DTSTART:19701025T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:19700329T010000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:IST",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:email-basics-1@learnlocal",
            "DTSTAMP:20260901T090000Z",
            "DTSTART;TZID=Europe/Dublin:20260914T183000",
            "DTEND;TZID=Europe/Dublin:20260914T200000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261007T225959Z",
            "EXDATE;TZID=Europe/Dublin:20260923T183000",
            "SUMMARY:Email basics",
            &format!("DESCRIPTION:{}", "a".repeat(62)),
            &format!(" é{}", "b".repeat(72)),
            &format!(" {}", "b".repeat(65)),
            "LOCATION:Blackpool Library\\, Redforge Road\\, T23 X1Y2",
            "GEO:51.9139;-8.4695",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
        .join("\r\n");
        assert_eq!(text, want);
        assert_eq!(calendar_file_name(&o, &WORDS), "email-basics.ics");
    }

    /// TEXT values escape backslashes, semicolons and commas, turn every kind of
    /// line break into `\n`, and drop other control characters.
    #[test]
    fn text_escaping() {
        let cases = [
            ("plain", "plain"),
            ("a,b;c\\d", "a\\,b\\;c\\\\d"),
            ("one\ntwo", "one\\ntwo"),
            ("one\r\ntwo", "one\\ntwo"),
            ("one\rtwo", "one\\ntwo"),
            ("one\r\n\r\ntwo", "one\\n\\ntwo"),
            ("a\u{2028}b\u{85}c", "a\\nb\\nc"),
            ("bell\u{7}del\u{7f}nul\u{0}", "belldelnul"),
            ("tab\there", "tab\there"),
            ("\\n is not a break", "\\\\n is not a break"),
            ("Café Éire: 10€", "Café Éire: 10€"),
        ];
        for (text, want) in cases {
            assert_eq!(escape_text(text), want, "{text:?}");
        }
    }

    /// Folding keeps every line at most 75 octets, never splits a character, and
    /// unfolds to the same line.
    #[test]
    fn folding() {
        let cases = [
            ("short", 1),
            (&"x".repeat(75) as &str, 1),
            (&"x".repeat(76), 2),
            (&"x".repeat(75 + 74), 2),
            (&"x".repeat(75 + 74 + 1), 3),
            (&format!("{}€", "x".repeat(73)), 2),
            (&"😀".repeat(40), 3),
            ("", 1),
        ];
        for (line, lines) in cases {
            let mut out = String::new();
            push_folded(&mut out, line);
            let physical: Vec<&str> = out.strip_suffix("\r\n").unwrap().split("\r\n").collect();
            assert_eq!(physical.len(), lines, "{line}");
            assert!(
                physical.iter().all(|l| l.len() <= MAX_LINE_OCTETS),
                "{line}"
            );
            assert_eq!(unfolded(&out), [line.to_owned()], "{line}");
        }
    }

    /// The next session is the first that has not started yet (one in progress does
    /// not count), from weekly or dated slots, and there is none after the last.
    #[test]
    fn next_session() {
        let schedule = Schedule {
            dates: vec![dated("2026-09-19", "11:00", "13:00")],
            ..email_basics().schedule
        };
        let cases = [
            (
                "before the course",
                "2026-09-01T09:00",
                Some("20260914T183000"),
            ),
            (
                "a minute before",
                "2026-09-14T18:29",
                Some("20260914T183000"),
            ),
            ("as it starts", "2026-09-14T18:30", Some("20260916T183000")),
            ("in progress", "2026-09-14T19:00", Some("20260916T183000")),
            (
                "a dated slot comes first",
                "2026-09-17T09:00",
                Some("20260919T110000"),
            ),
            (
                "skips the exception",
                "2026-09-21T20:00",
                Some("20260928T183000"),
            ),
            ("the last one", "2026-10-06T12:00", Some("20261007T183000")),
            ("during the last one", "2026-10-07T19:00", None),
            ("after the course", "2026-11-01T09:00", None),
        ];
        for (name, now, want) in cases {
            let o = with_schedule(schedule.clone());
            let text = opportunity_calendar(
                &dublin(),
                &o,
                CalendarScope::NextSession,
                at(now),
                None,
                &WORDS,
            );
            let Some(want) = want else {
                assert_eq!(text, None, "{name}");
                continue;
            };
            let text = text.unwrap_or_else(|| panic!("{name}: no calendar"));
            assert_well_formed(&text);
            let event = component(&text, "VEVENT");
            let start = format!("DTSTART;TZID=Europe/Dublin:{want}");
            assert!(event.contains(&start), "{name}: {event:?}");
            let uid = format!("UID:email-basics-{}@learnlocal", &want[..13]);
            assert!(event.contains(&uid), "{name}: {event:?}");
            assert!(!event.iter().any(|l| l.starts_with("RRULE")), "{name}");
        }
        let overnight = with_schedule(Schedule {
            weekly: vec![weekly(&[Tue], "22:00", "02:00")],
            ..Schedule::default()
        });
        let text = opportunity_calendar(
            &dublin(),
            &overnight,
            CalendarScope::NextSession,
            at("2026-09-16T01:00"),
            None,
            &WORDS,
        )
        .unwrap();
        let event = component(&text, "VEVENT");
        assert!(event.contains(&"DTSTART;TZID=Europe/Dublin:20260922T220000".to_owned()));
        assert!(event.contains(&"DTEND;TZID=Europe/Dublin:20260923T020000".to_owned()));
    }

    /// No calendar for an empty schedule or one that gives no session; a series
    /// that has ended still gives its calendar.
    #[test]
    fn nothing_to_add() {
        let cases = [
            ("empty", Schedule::default(), CalendarScope::Series, false),
            (
                "empty",
                Schedule::default(),
                CalendarScope::NextSession,
                false,
            ),
            (
                "only a range",
                Schedule {
                    start_date: Some(date("2026-09-14")),
                    ..Schedule::default()
                },
                CalendarScope::Series,
                false,
            ),
            (
                "a slot with no days",
                Schedule {
                    weekly: vec![weekly(&[], "10:00", "11:00")],
                    ..Schedule::default()
                },
                CalendarScope::Series,
                false,
            ),
            (
                "ends before it starts",
                Schedule {
                    end_date: Some(date("2026-09-01")),
                    ..email_basics().schedule
                },
                CalendarScope::Series,
                false,
            ),
            (
                "ended",
                email_basics().schedule,
                CalendarScope::Series,
                true,
            ),
            (
                "ended",
                email_basics().schedule,
                CalendarScope::NextSession,
                false,
            ),
        ];
        for (name, schedule, scope, some) in cases {
            let got = opportunity_calendar(
                &dublin(),
                &with_schedule(schedule),
                scope,
                at("2027-01-01T09:00"),
                None,
                &WORDS,
            );
            assert_eq!(got.is_some(), some, "{name} {scope:?}");
        }
    }

    /// VTIMEZONEs: Dublin (either spelling) and New York get yearly STANDARD and
    /// DAYLIGHT rules, UTC and fixed zones one STANDARD part, and rules no yearly
    /// RRULE describes list their changes.
    #[test]
    fn vtimezones() {
        let dublin_parts = vec![
            "BEGIN:VTIMEZONE",
            "TZID:Zone",
            "BEGIN:STANDARD",
            "DTSTART:19701025T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:19700329T010000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:IST",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ];
        let cases = [
            (DUBLIN, dublin_parts.clone()),
            ("IST-1GMT0,M10.5.0,M3.5.0/1", dublin_parts),
            (
                NEW_YORK,
                vec![
                    "BEGIN:VTIMEZONE",
                    "TZID:Zone",
                    "BEGIN:STANDARD",
                    "DTSTART:19701101T020000",
                    "TZOFFSETFROM:-0400",
                    "TZOFFSETTO:-0500",
                    "TZNAME:EST",
                    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                    "END:STANDARD",
                    "BEGIN:DAYLIGHT",
                    "DTSTART:19700308T020000",
                    "TZOFFSETFROM:-0500",
                    "TZOFFSETTO:-0400",
                    "TZNAME:EDT",
                    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                    "END:DAYLIGHT",
                    "END:VTIMEZONE",
                ],
            ),
            (
                "UTC0",
                vec![
                    "BEGIN:VTIMEZONE",
                    "TZID:Zone",
                    "BEGIN:STANDARD",
                    "DTSTART:19700101T000000",
                    "TZOFFSETFROM:+0000",
                    "TZOFFSETTO:+0000",
                    "TZNAME:UTC",
                    "END:STANDARD",
                    "END:VTIMEZONE",
                ],
            ),
            (
                "<+0530>-5:30",
                vec![
                    "BEGIN:VTIMEZONE",
                    "TZID:Zone",
                    "BEGIN:STANDARD",
                    "DTSTART:19700101T000000",
                    "TZOFFSETFROM:+0530",
                    "TZOFFSETTO:+0530",
                    "TZNAME:+0530",
                    "END:STANDARD",
                    "END:VTIMEZONE",
                ],
            ),
            (
                "EST5EDT,0/0,J365/25",
                vec![
                    "BEGIN:VTIMEZONE",
                    "TZID:Zone",
                    "BEGIN:STANDARD",
                    "DTSTART:19700101T000000",
                    "TZOFFSETFROM:-0400",
                    "TZOFFSETTO:-0400",
                    "TZNAME:EDT",
                    "END:STANDARD",
                    "END:VTIMEZONE",
                ],
            ),
            (
                // Greenland-style: summer time starts at 23:00 the day before the
                // last Sunday of March, which is not always the last Saturday.
                "<-02>2<-01>,M3.5.0/-1,M10.5.0/0",
                vec![
                    "BEGIN:VTIMEZONE",
                    "TZID:Zone",
                    "BEGIN:STANDARD",
                    "DTSTART:20251026T000000",
                    "TZOFFSETFROM:-0100",
                    "TZOFFSETTO:-0200",
                    "TZNAME:-02",
                    "RDATE:20261025T000000,20271031T000000",
                    "END:STANDARD",
                    "BEGIN:DAYLIGHT",
                    "DTSTART:20250329T230000",
                    "TZOFFSETFROM:-0200",
                    "TZOFFSETTO:-0100",
                    "TZNAME:-01",
                    "RDATE:20260328T230000,20270327T230000",
                    "END:DAYLIGHT",
                    "END:VTIMEZONE",
                ],
            ),
        ];
        for (rule, want) in cases {
            let zone = TimeZone::parse_posix(rule).unwrap();
            assert_eq!(vtimezone(&zone, "Zone", (2026, 2026)), want, "{rule}");
        }
    }

    /// The calendar's own VTIMEZONE is the one the reader turns back into the same
    /// clock, and a catalogue named "UTC" gets a trivial one.
    #[test]
    fn vtimezone_in_the_calendar() {
        for (name, rule) in [
            ("Europe/Dublin", DUBLIN),
            ("America/New_York", NEW_YORK),
            ("UTC", "UTC0"),
        ] {
            let text = series(&catalogue(name, rule), &email_basics());
            let zone = component(&text, "VTIMEZONE");
            assert_eq!(
                zone.get(1).map(String::as_str),
                Some(&*format!("TZID:{name}"))
            );
            let event = component(&text, "VEVENT");
            assert!(
                event.contains(&format!("DTSTART;TZID={name}:20260914T183000")),
                "{event:?}"
            );
        }
        let text = series(&catalogue("UTC", "UTC0"), &email_basics());
        assert!(unfolded(&text).contains(&"DTSTAMP:20260901T090000Z".to_owned()));
        assert!(
            unfolded(&text)
                .contains(&"RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261007T235959Z".to_owned())
        );
    }

    /// The zone's name is cleaned of characters that would break a parameter. (A
    /// rule that cannot be read never reaches here: reading the catalogue reports
    /// it and takes UTC, see `read::tests::unreadable_zone_rule_is_reported_once`.)
    #[test]
    fn odd_zone_names() {
        let cases = [
            ("Europe/Dublin", "Europe/Dublin"),
            ("Evil\";:,\\\r\nZone", "EvilZone"),
            ("  ", "Local"),
        ];
        for (name, tzid) in cases {
            let text = series(&catalogue(name, DUBLIN), &email_basics());
            assert_well_formed(&text);
            let lines = unfolded(&text);
            assert!(lines.contains(&format!("TZID:{tzid}")), "{name:?}");
            assert!(
                lines.contains(&format!("DTSTART;TZID={tzid}:20260914T183000")),
                "{name:?}"
            );
        }
    }

    /// Weekly series details: the first session on or after the start date (or
    /// now's date), INTERVAL, slots past or to midnight, a start of 24:00, and dated
    /// slots that repeat a weekly session left out.
    #[test]
    fn series_details() {
        let cases: Vec<(&str, Schedule, Vec<&str>)> = vec![
            (
                "starts on the first slot day on or after start_date",
                Schedule {
                    start_date: Some(date("2026-09-10")),
                    weekly: vec![weekly(&[Tue, Mon], "10:00", "11:00")],
                    ..Schedule::default()
                },
                vec![
                    "DTSTART;TZID=Europe/Dublin:20260914T100000",
                    "DTEND;TZID=Europe/Dublin:20260914T110000",
                    "RRULE:FREQ=WEEKLY;BYDAY=MO,TU",
                ],
            ),
            (
                "no start_date: from now's date",
                Schedule {
                    weekly: vec![weekly(&[Thu], "10:00", "11:00")],
                    ..Schedule::default()
                },
                vec!["DTSTART;TZID=Europe/Dublin:20260903T100000"],
            ),
            (
                "every other week, first session in an on-week",
                Schedule {
                    start_date: Some(date("2026-09-16")),
                    weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                    interval_weeks: 2,
                    ..Schedule::default()
                },
                vec![
                    "DTSTART;TZID=Europe/Dublin:20260928T100000",
                    "RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=2;WKST=MO",
                ],
            ),
            (
                "an exception on the first session is an EXDATE; others off the days are not",
                Schedule {
                    start_date: Some(date("2026-09-14")),
                    weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                    except: vec![date("2026-09-15"), date("2026-09-21"), date("2026-09-14")],
                    ..Schedule::default()
                },
                vec![
                    "DTSTART;TZID=Europe/Dublin:20260914T100000",
                    "EXDATE;TZID=Europe/Dublin:20260914T100000",
                    "EXDATE;TZID=Europe/Dublin:20260921T100000",
                ],
            ),
            (
                "past midnight ends the next day; to 24:00 ends at 00:00 the next day",
                Schedule {
                    start_date: Some(date("2026-09-14")),
                    weekly: vec![
                        weekly(&[Mon], "22:00", "02:00"),
                        weekly(&[Tue], "20:00", "24:00"),
                    ],
                    ..Schedule::default()
                },
                vec![
                    "DTSTART;TZID=Europe/Dublin:20260914T220000",
                    "DTEND;TZID=Europe/Dublin:20260915T020000",
                    "DTSTART;TZID=Europe/Dublin:20260915T200000",
                    "DTEND;TZID=Europe/Dublin:20260916T000000",
                ],
            ),
            (
                "a start of 24:00 is 00:00 the next day, on the next weekday",
                Schedule {
                    start_date: Some(date("2026-09-14")),
                    end_date: Some(date("2026-09-28")),
                    weekly: vec![weekly(&[Mon, Sun], "24:00", "01:00")],
                    except: vec![date("2026-09-21")],
                    ..Schedule::default()
                },
                vec![
                    "DTSTART;TZID=Europe/Dublin:20260915T000000",
                    "DTEND;TZID=Europe/Dublin:20260915T010000",
                    "RRULE:FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20260929T225959Z",
                    "EXDATE;TZID=Europe/Dublin:20260922T000000",
                ],
            ),
            (
                "dated slots: repeats of a weekly session and of each other go",
                Schedule {
                    start_date: Some(date("2026-09-14")),
                    weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                    except: vec![date("2026-09-21")],
                    dates: vec![
                        dated("2026-09-14", "10:00", "11:00"),
                        dated("2026-09-21", "10:00", "11:00"),
                        dated("2026-09-21", "10:00", "11:00"),
                    ],
                    ..Schedule::default()
                },
                vec![
                    "UID:email-basics-1@learnlocal",
                    "UID:email-basics-3@learnlocal",
                    "DTSTART;TZID=Europe/Dublin:20260921T100000",
                ],
            ),
            (
                "first and third Tuesday every other month, until an end, less an exception",
                Schedule {
                    start_date: Some(date("2026-09-02")),
                    end_date: Some(date("2027-06-30")),
                    monthly: vec![monthly(&[Tue], &[3, 1], "10:00", "12:00")],
                    interval_months: 2,
                    except: vec![date("2026-11-03"), date("2026-11-04")],
                    ..Schedule::default()
                },
                vec![
                    "DTSTART;TZID=Europe/Dublin:20260915T100000",
                    "DTEND;TZID=Europe/Dublin:20260915T120000",
                    "RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU;INTERVAL=2;UNTIL=20270630T225959Z",
                    "EXDATE;TZID=Europe/Dublin:20261103T100000",
                ],
            ),
            (
                "the last weekday of the month, after a weekly slot and before a date",
                Schedule {
                    weekly: vec![weekly(&[Sat], "10:00", "11:00")],
                    monthly: vec![monthly(&[Fri, Mon, Tue, Wed, Thu], &[-1], "09:30", "12:30")],
                    dates: vec![
                        dated("2026-09-30", "09:30", "12:30"),
                        dated("2026-10-01", "09:30", "12:30"),
                    ],
                    ..Schedule::default()
                },
                vec![
                    "UID:email-basics-1@learnlocal",
                    "UID:email-basics-2@learnlocal",
                    "UID:email-basics-4@learnlocal",
                    "DTSTART;TZID=Europe/Dublin:20260930T093000",
                    "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
                    "DTSTART;TZID=Europe/Dublin:20261001T093000",
                ],
            ),
        ];
        for (name, schedule, want) in cases {
            let text = series(&dublin(), &with_schedule(schedule.clone()));
            assert_well_formed(&text);
            let lines = unfolded(&text);
            for line in want {
                assert!(
                    lines.contains(&line.to_owned()),
                    "{name}: {line} in {lines:#?}"
                );
            }
            let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
            let uids: HashSet<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
            assert_eq!(uids.len(), events, "{name}: unique UIDs");
        }
        let repeat_only = series(
            &dublin(),
            &with_schedule(Schedule {
                start_date: Some(date("2026-09-14")),
                weekly: vec![weekly(&[Mon], "10:00", "11:00")],
                dates: vec![dated("2026-09-14", "10:00", "11:00")],
                ..Schedule::default()
            }),
        );
        assert_eq!(
            unfolded(&repeat_only)
                .iter()
                .filter(|l| *l == "BEGIN:VEVENT")
                .count(),
            1
        );
    }

    /// A case of `place_and_link`: name, record, page URL, lines wanted, line starts
    /// not wanted.
    type PlaceCase = (
        &'static str,
        Opportunity,
        Option<&'static str>,
        Vec<&'static str>,
        Vec<&'static str>,
    );

    /// Place and link: a venue gives its name and address and GEO, online-only
    /// gives the caller's word for online, a missing venue gives nothing, and only http(s) page URLs
    /// are used.
    #[test]
    fn place_and_link() {
        let online = Opportunity {
            mode: Mode::Online,
            venue: None,
            ..email_basics()
        };
        let lost = Opportunity {
            venue: Some("nowhere".into()),
            ..email_basics()
        };
        let cases: Vec<PlaceCase> = vec![
            (
                "venue and page",
                email_basics(),
                Some(" https://learnlocal.ie/o/1 "),
                vec![
                    "LOCATION:Blackpool Library\\, Redforge Road\\, T23 X1Y2",
                    "GEO:51.9139;-8.4695",
                    "URL:https://learnlocal.ie/o/1",
                    "DESCRIPTION:Learn to send and read email.\\n\\nhttps://learnlocal.ie/o/1",
                ],
                vec![],
            ),
            (
                "online",
                online,
                Some("HTTP://example.org/x"),
                vec!["LOCATION:Ar líne", "URL:HTTP://example.org/x"],
                vec!["GEO:"],
            ),
            (
                "unknown venue",
                lost,
                None,
                vec![],
                vec!["LOCATION:", "GEO:", "URL:"],
            ),
            (
                "javascript",
                email_basics(),
                Some("javascript:alert(1)"),
                vec!["DESCRIPTION:Learn to send and read email."],
                vec!["URL:"],
            ),
            (
                "a URL with a line break",
                email_basics(),
                Some("https://example.org/\r\nX-EVIL:1"),
                vec![],
                vec!["URL:", "X-EVIL"],
            ),
            (
                "mailto",
                email_basics(),
                Some("mailto:a@b.c"),
                vec![],
                vec!["URL:"],
            ),
            (
                "scheme only",
                email_basics(),
                Some("https://"),
                vec![],
                vec!["URL:"],
            ),
        ];
        for (name, o, url, present, absent) in cases {
            let text = opportunity_calendar(
                &dublin(),
                &o,
                CalendarScope::Series,
                at("2026-09-01T09:00"),
                url,
                &WORDS,
            )
            .unwrap();
            assert_well_formed(&text);
            let event = component(&text, "VEVENT");
            for line in present {
                assert!(
                    event.contains(&line.to_owned()),
                    "{name}: {line} in {event:#?}"
                );
            }
            for start in absent {
                assert!(
                    !event.iter().any(|l| l.starts_with(start)),
                    "{name}: {start}"
                );
            }
        }
    }

    /// Hostile values never break the structure: every line at most 75 octets, no
    /// bare CR or LF, balanced components. (The import crate's `ics_round_trip`
    /// test reads such a title back.)
    #[test]
    fn hostile_values() {
        let long = "Line one.\r\nLine two; with, commas\\ and é😀 ".repeat(250);
        assert!(long.chars().count() > 10_000);
        let mut hostile = Opportunity::new(
            "id;with,odd\r\nchars",
            Kind::Course,
            "BEGIN:VEVENT\r\nEND:VCALENDAR;,\\\n\u{0}\u{7f}",
            &long,
        );
        hostile.venue = Some("blackpool-library".into());
        hostile.schedule = email_basics().schedule;
        let mut venue = library();
        venue.name = "Hall\r\nEND:VEVENT".into();
        venue.address = Some("x".repeat(500));
        let catalogue = Catalogue {
            venues: vec![venue],
            time_zone: TimeZoneSpec {
                name: "Europe/Dublin\r\nX-EVIL:1".into(),
                rule: TimeZone::parse_posix(DUBLIN).unwrap(),
            },
            ..dublin()
        };
        for scope in [CalendarScope::Series, CalendarScope::NextSession] {
            let text = opportunity_calendar(
                &catalogue,
                &hostile,
                scope,
                at("2026-09-01T09:00"),
                Some("https://example.org/a,b;c"),
                &WORDS,
            )
            .unwrap();
            assert_well_formed(&text);
            let lines = unfolded(&text);
            assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
            assert_eq!(lines.iter().filter(|l| *l == "END:VCALENDAR").count(), 1);
            assert!(!lines.iter().any(|l| l.starts_with("X-EVIL")));
        }
        let off_the_globe = [
            (f64::NAN, 1.0),
            (1.0, f64::INFINITY),
            (91.0, 0.0),
            (0.0, -181.0),
        ];
        for (lat, lon) in off_the_globe {
            assert_eq!(geo_text(LatLon { lat, lon }), None, "{lat};{lon}");
        }
    }

    /// Extreme dates and times give an answer, never a panic.
    #[test]
    fn extremes_do_not_panic() {
        let schedules = [
            Schedule {
                start_date: Some(Date::MAX),
                weekly: vec![weekly(&[Fri], "24:00", "24:00")],
                dates: vec![dated("9999-12-31", "23:00", "01:00")],
                interval_weeks: 255,
                ..Schedule::default()
            },
            Schedule {
                start_date: Some(Date::MIN),
                end_date: Some(Date::MAX),
                weekly: vec![weekly(&Weekday::ALL, "00:00", "24:00")],
                except: vec![Date::MIN, Date::MAX],
                interval_weeks: 0,
                ..Schedule::default()
            },
            Schedule {
                start_date: Some(Date::MAX.add_days(-40)),
                monthly: vec![
                    monthly(
                        &Weekday::ALL,
                        &[i8::MIN, -31, 31, i8::MAX],
                        "23:00",
                        "01:00",
                    ),
                    monthly(&[Sun], &[5], "24:00", "24:00"),
                    monthly(&[], &[], "10:00", "11:00"),
                ],
                interval_months: 255,
                ..Schedule::default()
            },
            Schedule {
                end_date: Some(Date::MIN.add_days(40)),
                monthly: vec![monthly(&[Mon], &[1, -1], "00:00", "24:00")],
                interval_months: 0,
                ..Schedule::default()
            },
        ];
        let rules = [
            DUBLIN,
            "UTC0",
            "<+0530>-5:30:00<+0630>-6:30,J1/-167,365/167:59:59",
            "AAA24BBB-24,M2.5.6/167,M2.5.6/-167",
        ];
        for schedule in &schedules {
            for rule in rules {
                for now in ["0000-01-01T00:00", "2026-09-01T09:00", "9999-12-31T24:00"] {
                    for scope in [CalendarScope::Series, CalendarScope::NextSession] {
                        let o = with_schedule(schedule.clone());
                        if let Some(text) = opportunity_calendar(
                            &catalogue("Z", rule),
                            &o,
                            scope,
                            at(now),
                            None,
                            &WORDS,
                        ) {
                            assert_well_formed(&text);
                        }
                    }
                }
            }
        }
    }

    /// File names are the title's slug, ASCII, at most 60 characters with `.ics`.
    #[test]
    fn file_names() {
        let cases = [
            ("Email basics", "x", "email-basics.ics"),
            (
                "Ciorcal Comhrá: Gaeilge!",
                "x",
                "ciorcal-comhra-gaeilge.ics",
            ),
            ("Children's Storytime", "x", "childrens-storytime.ics"),
            ("", "yoga-2026", "yoga-2026.ics"),
            ("😀 ✨", "日本", "feilire.ics"),
            (
                &"word ".repeat(30) as &str,
                "x",
                "word-word-word-word-word-word-word-word-word-word-word.ics",
            ),
            (&"a".repeat(100), "x", &format!("{}.ics", "a".repeat(56))),
        ];
        for (title, id, want) in cases {
            let o = Opportunity::new(id, Kind::Course, title, "");
            let name = calendar_file_name(&o, &WORDS);
            assert_eq!(name, want, "{title}");
            assert!(name.len() <= 60 && name.is_ascii(), "{name}");
        }
    }
}
