//! The calendar files the app writes (`learnlocal_core::ics`) read back by our own
//! iCalendar importer: what a person adds to their calendar is what the catalogue
//! says. This lives here because the core must not depend on the importers.

use Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use learnlocal_core::catalogue::{Catalogue, LatLon, TimeZoneSpec, Venue};
use learnlocal_core::ics::{CalendarScope, CalendarWords, opportunity_calendar};
use learnlocal_core::opportunity::{Kind, Opportunity};
use learnlocal_core::schedule::{DatedSlot, MonthlySlot, Schedule, WeeklySlot};
use learnlocal_core::time::{Date, DateTime, Time, Weekday};
use learnlocal_core::tz::TimeZone;
use learnlocal_import::{Import, ImportContext, ical};

const DUBLIN: &str = "GMT0IST,M3.5.0/1,M10.5.0";
const NEW_YORK: &str = "EST5EDT,M3.2.0,M11.1.0";
/// The calendar's words, as the app's English messages give them.
const WORDS: CalendarWords<'static> = CalendarWords {
    online: "Online",
    file_name: "calendar",
};
/// RFC 5545 3.1: content lines are at most 75 octets.
const MAX_LINE_OCTETS: usize = 75;

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

/// What the reader makes of the text, with the catalogue's zone and venue.
fn read_back(text: &str, rule: &str) -> Import {
    let ctx = ImportContext {
        zone: TimeZone::parse_posix(rule).unwrap(),
        venues: vec![library()],
        ..ImportContext::default()
    };
    ical::read(text, &ctx)
}

/// The coordinates of an imported record's venue, new or known.
fn location_of(import: &Import, o: &Opportunity) -> Option<LatLon> {
    let id = o.venue.as_deref()?;
    import
        .venues
        .iter()
        .chain([library()].iter())
        .find(|v| v.id == id)
        .map(|v| v.location)
}

/// Schedules survive a round trip through our own iCalendar reader: the same
/// weekly slots, interval, dates, exceptions, title and coordinates, in Dublin,
/// New York and UTC.
#[test]
fn round_trip_through_the_reader() {
    let cases: Vec<(&str, &str, &str, Schedule)> = vec![
        (
            "weekly with an end and an exception",
            "Europe/Dublin",
            DUBLIN,
            email_basics().schedule,
        ),
        (
            "across the change to winter time, every other week",
            "Europe/Dublin",
            DUBLIN,
            Schedule {
                start_date: Some(date("2026-10-03")),
                end_date: Some(date("2026-12-19")),
                weekly: vec![weekly(&[Sat], "10:00", "12:00")],
                interval_weeks: 2,
                except: vec![date("2026-10-31"), date("2026-11-14")],
                ..Schedule::default()
            },
        ),
        (
            "past midnight and to midnight, in New York",
            "America/New_York",
            NEW_YORK,
            Schedule {
                start_date: Some(date("2026-03-06")),
                end_date: Some(date("2026-04-03")),
                weekly: vec![
                    weekly(&[Fri], "22:00", "02:00"),
                    weekly(&[Sun], "20:00", "24:00"),
                ],
                ..Schedule::default()
            },
        ),
        (
            "dated slots only, in UTC",
            "UTC",
            "UTC0",
            Schedule {
                dates: vec![
                    dated("2026-09-19", "11:00", "13:00"),
                    dated("2026-12-31", "23:00", "01:00"),
                ],
                ..Schedule::default()
            },
        ),
    ];
    for (name, tzid, rule, schedule) in cases {
        let o = with_schedule(schedule.clone());
        let text = series(&catalogue(tzid, rule), &o);
        assert_well_formed(&text);
        let import = read_back(&text, rule);
        assert!(import.left_out.is_empty(), "{name}: {:?}", import.problems);
        assert!(import.problems.is_empty(), "{name}: {:?}", import.problems);
        let wanted = schedule.weekly.len() + schedule.dates.len();
        assert_eq!(import.opportunities.len(), wanted, "{name}");
        for (i, slot) in schedule.weekly.iter().enumerate() {
            let got = &import.opportunities[i].schedule;
            let mut days = slot.days.clone();
            days.sort();
            let except: Vec<Date> = schedule
                .except
                .iter()
                .copied()
                .filter(|d| slot.days.contains(&d.weekday()))
                .collect();
            let first = (0..7)
                .map(|k| schedule.start_date.unwrap().add_days(k))
                .find(|d| slot.days.contains(&d.weekday()));
            let want = Schedule {
                start_date: first,
                end_date: schedule.end_date,
                weekly: vec![WeeklySlot {
                    days,
                    ..slot.clone()
                }],
                interval_weeks: schedule.interval_weeks,
                except,
                ..Schedule::default()
            };
            assert_eq!(*got, want, "{name}: weekly slot {i}");
        }
        for (i, slot) in schedule.dates.iter().enumerate() {
            let got = &import.opportunities[schedule.weekly.len() + i].schedule;
            assert_eq!(
                got.dates,
                std::slice::from_ref(slot),
                "{name}: dated slot {i}"
            );
        }
        for got in &import.opportunities {
            assert_eq!(got.title, "Email basics", "{name}");
            assert_eq!(
                got.url.as_deref(),
                Some("https://learnlocal.ie/o/email-basics")
            );
            assert_eq!(
                location_of(&import, got),
                Some(library().location),
                "{name}"
            );
        }
    }
}

/// Monthly slots survive the round trip: the first Tuesday every other month in
/// New York across its change of clocks, and the last weekday of the month
/// (BYSETPOS) in Dublin, each with its end, interval and exceptions, and the
/// same sessions at the same local times.
#[test]
fn monthly_round_trip() {
    let monthly = |days: &[Weekday], nth: &[i8], start, end| MonthlySlot {
        days: days.to_vec(),
        nth: nth.to_vec(),
        start: time(start),
        end: time(end),
    };
    let cases = [
        (
            "America/New_York",
            NEW_YORK,
            Schedule {
                start_date: Some(date("2026-01-06")),
                end_date: Some(date("2026-12-31")),
                monthly: vec![monthly(&[Tue], &[1], "17:30", "19:00")],
                interval_months: 2,
                except: vec![date("2026-05-05")],
                ..Schedule::default()
            },
        ),
        (
            "Europe/Dublin",
            DUBLIN,
            Schedule {
                start_date: Some(date("2026-09-30")),
                monthly: vec![monthly(&[Mon, Tue, Wed, Thu, Fri], &[-1], "09:30", "12:30")],
                ..Schedule::default()
            },
        ),
    ];
    for (tzid, rule, schedule) in cases.clone() {
        let text = series(&catalogue(tzid, rule), &with_schedule(schedule.clone()));
        assert_well_formed(&text);
        let import = read_back(&text, rule);
        assert!(import.problems.is_empty(), "{tzid}: {:?}", import.problems);
        assert_eq!(import.opportunities.len(), 1, "{tzid}");
        let got = &import.opportunities[0].schedule;
        assert_eq!(*got, schedule, "{tzid}");
        let from = at("2026-01-01T00:00");
        assert_eq!(
            got.next_sessions(from, 12),
            schedule.next_sessions(from, 12),
            "{tzid}"
        );
    }
    let new_york = read_back(
        &series(
            &catalogue("America/New_York", NEW_YORK),
            &with_schedule(cases[0].2.clone()),
        ),
        NEW_YORK,
    );
    let starts: Vec<String> = new_york.opportunities[0]
        .schedule
        .next_sessions(at("2026-01-01T00:00"), 6)
        .iter()
        .map(|s| format!("{} {}", s.date, s.start))
        .collect();
    // 8 March 2026 moves New York's clocks on; 1 November moves them back.
    assert_eq!(
        starts,
        [
            "2026-01-06 17:30",
            "2026-03-03 17:30",
            "2026-07-07 17:30",
            "2026-09-01 17:30",
            "2026-11-03 17:30",
        ]
    );
}

/// A title full of iCalendar syntax is escaped on the way out and read back as the
/// same text (less its control characters), as one event.
#[test]
fn hostile_title_reads_back() {
    let mut hostile = email_basics();
    hostile.title = "BEGIN:VEVENT\r\nEND:VCALENDAR;,\\\n\u{0}\u{7f}".into();
    for scope in [CalendarScope::Series, CalendarScope::NextSession] {
        let text = opportunity_calendar(
            &catalogue("Europe/Dublin", DUBLIN),
            &hostile,
            scope,
            at("2026-09-01T09:00"),
            None,
            &WORDS,
        )
        .expect("a calendar");
        assert_well_formed(&text);
        let import = ical::read(&text, &ImportContext::default());
        assert_eq!(import.opportunities.len(), 1, "{:?}", import.problems);
        assert_eq!(
            import.opportunities[0].title,
            "BEGIN:VEVENT\nEND:VCALENDAR;,\\"
        );
    }
}
