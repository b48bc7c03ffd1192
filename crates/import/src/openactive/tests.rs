//! The OpenActive reader through its one entry point, [`read`](super::read),
//! on the OpenActive 2.x examples and on hostile input.

use super::details::money;
use super::read;
use super::schedules::parse_iso;
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::catalogue::{LatLon, Venue, VenueAccess};
use learnlocal_core::opportunity::{
    AgeRange, Audience, Cost, JoinMethod, Kind, Level, Mode, Price, SessionAccess,
};
use learnlocal_core::problem::Place;
use learnlocal_core::schedule::{DatedSlot, Schedule, WeeklySlot};
use learnlocal_core::time::{Date, Time, Weekday};

use learnlocal_core::catalogue::Skill;
use learnlocal_core::tz::TimeZone;

/// The test context: London time, a few skills, pounds.
fn ctx() -> ImportContext {
    ImportContext {
        zone: TimeZone::parse_posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap(),
        source: "OpenActive test feed".into(),
        default_currency: "GBP".into(),
        skills: vec![
            Skill {
                id: "netball".into(),
                label: "Netball".into(),
                ..Skill::default()
            },
            Skill {
                id: "fitness".into(),
                label: "Bodypump™".into(),
                ..Skill::default()
            },
            Skill {
                id: "cycling".into(),
                label: "Road Cycling".into(),
                ..Skill::default()
            },
        ],
        ..ImportContext::default()
    }
}

/// The OpenActive examples, read in place.
const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/openactive-2.x/"
);

fn fixture(name: &str) -> String {
    let path = format!("{FIXTURES}{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn time(text: &str) -> Time {
    Time::parse(text).unwrap()
}

fn slot(days: &[Weekday], start: &str, end: &str) -> WeeklySlot {
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

fn price(amount: f64, label: &str) -> Price {
    Price {
        amount,
        currency: "GBP".into(),
        label: Some(label.into()),
    }
}

/// Reads a fixture and checks nothing was left out and there are no errors.
fn import(name: &str) -> Import {
    let import = read(&fixture(name), &ctx());
    assert!(import.left_out.is_empty(), "{name}: {:?}", import.problems);
    assert!(
        import.problems.iter().all(|p| !p.is_error()),
        "{name}: {:?}",
        import.problems
    );
    import
}

/// The Middlesbrough venue the session examples share.
fn assert_middlesbrough(venue: &Venue) {
    assert_eq!(venue.id, "oa-middlesbrough-sports-village");
    assert_eq!(venue.name, "Middlesbrough Sports Village");
    assert_eq!(
        venue.address.as_deref(),
        Some("Alan Peacock Way, Village East")
    );
    assert_eq!(venue.postcode.as_deref(), Some("TS4 3AE"));
    assert_eq!(
        venue.location,
        LatLon {
            lat: 54.543964,
            lon: -1.20978500000001
        }
    );
    assert_eq!(venue.phone.as_deref(), Some("01642 728555"));
}

/// A session series maps title, weekly schedule, prices with the senior
/// concession, provider, age, level, skills and its venue with opening hours.
#[test]
fn session_series() {
    let import = import("sessionseries_example_1.json");
    assert_eq!(import.opportunities.len(), 1);
    let o = &import.opportunities[0];
    assert_eq!(o.id, "oa-1402cbp20150217");
    assert_eq!(o.title, "Virtual BODYPUMP");
    assert_eq!(o.kind, Kind::Activity);
    assert_eq!(o.mode, Mode::InPerson);
    assert_eq!(
        o.summary,
        "This is the virtual version of the original barbell class, which will help you get lean, toned and fit - fast."
    );
    assert_eq!(o.source.as_deref(), Some("OpenActive test feed"));
    assert_eq!(
        o.schedule,
        Schedule {
            start_date: Some(date("2018-10-02")),
            end_date: Some(date("2018-11-04")),
            weekly: vec![slot(&[Weekday::Tue], "20:15", "20:45")],
            ..Schedule::default()
        }
    );
    assert_eq!(
        o.cost,
        Cost {
            free: false,
            prices: vec![price(3.3, "Oxygen - Adult"), price(3.3, "Oxygen - Senior")],
            concessions: vec!["Oxygen - Senior: £3.30".into()],
        }
    );
    let provider = o.provider.as_ref().unwrap();
    assert_eq!(provider.name, "Everyone Active");
    assert_eq!(provider.phone.as_deref(), Some("01455 890508"));
    assert_eq!(provider.email.as_deref(), Some("customerservices@gll.org"));
    assert_eq!(
        o.age,
        Some(AgeRange {
            min: Some(16),
            max: None
        })
    );
    assert!(o.audience.is_empty());
    assert_eq!(o.level, Level::Beginner);
    assert_eq!(o.skills, vec!["fitness"]);
    assert_eq!(o.booking.how, vec![JoinMethod::Web]);
    // Visual impairment has no session-support match: warned and described.
    assert!(o.access.is_empty());
    assert!(
        o.description
            .as_deref()
            .unwrap()
            .ends_with("Accessibility support: Visual impairment.")
    );
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.field.as_deref() == Some("accessibilitySupport")
                && p.message.contains("Visual impairment"))
    );
    assert_eq!(o.venue.as_deref(), Some("oa-middlesbrough-sports-village"));
    assert_eq!(import.venues.len(), 1);
    let venue = &import.venues[0];
    assert_middlesbrough(venue);
    // Plain parking is not disabled parking; changing rooms are not access.
    assert!(venue.accessibility.is_empty());
    use Weekday::*;
    assert_eq!(
        venue.opening_hours,
        vec![
            slot(&[Mon, Tue, Wed, Thu], "06:00", "13:00"),
            slot(&[Mon, Tue, Wed, Thu], "16:00", "20:00"),
            slot(&[Fri], "06:00", "12:00"),
            slot(&[Sat, Sun], "08:00", "12:00"),
        ]
    );
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.message.contains("public holidays"))
    );
}

/// An online session series is online with no venue, on Tuesdays and Sundays.
#[test]
fn virtual_session_series() {
    let import = import("sessionseries-split-virtual_example_1.json");
    let o = &import.opportunities[0];
    assert_eq!(o.title, "Virtual BODYPUMP");
    assert_eq!(o.mode, Mode::Online);
    assert_eq!(o.venue, None);
    assert!(import.venues.is_empty());
    assert_eq!(
        o.schedule,
        Schedule {
            start_date: Some(date("2018-10-19")),
            end_date: Some(date("2018-11-04")),
            weekly: vec![slot(&[Weekday::Tue, Weekday::Sun], "08:30", "09:30")],
            ..Schedule::default()
        }
    );
}

/// A scheduled session takes its title and date from itself and the rest
/// (provider, place, prices) from its embedded series.
#[test]
fn scheduled_session() {
    let import = import("scheduledsession_example_1.json");
    assert_eq!(import.opportunities.len(), 1);
    let o = &import.opportunities[0];
    assert_eq!(o.title, "Hot Yoga");
    assert_eq!(o.id, "oa-1402cbp20150217");
    assert_eq!(
        o.schedule,
        Schedule {
            dates: vec![dated("2018-10-03", "20:15", "21:15")],
            ..Schedule::default()
        }
    );
    assert_eq!(o.provider.as_ref().unwrap().name, "Better");
    assert_eq!(o.url.as_deref(), Some("http://www.notyetimplemented.com"));
    assert_eq!(o.cost.prices.len(), 2);
    assert_eq!(o.venue.as_deref(), Some("oa-middlesbrough-sports-village"));
    assert_middlesbrough(&import.venues[0]);
    assert_eq!(o.skills, vec!["fitness"]);
}

/// A course instance is a course: three daily days, member and non-member
/// prices, ages 11 to 16 (young people), details from its course.
#[test]
fn course_instance() {
    let import = import("courseinstance_example_1.json");
    let o = &import.opportunities[0];
    assert_eq!(o.id, "oa-76121");
    assert_eq!(o.kind, Kind::Course);
    assert_eq!(o.title, "Netball Youth Camp");
    assert_eq!(
        o.summary,
        "Netball Youth Camps give junior netballers the chance to get together with their friends and take to the court in the holidays!"
    );
    assert_eq!(
        o.schedule,
        Schedule {
            start_date: Some(date("2018-08-01")),
            end_date: Some(date("2018-08-03")),
            weekly: vec![slot(&Weekday::ALL, "09:00", "17:00")],
            ..Schedule::default()
        }
    );
    assert_eq!(
        o.cost.prices,
        vec![price(124.0, "Member"), price(154.0, "Non-member")]
    );
    assert!(o.cost.concessions.is_empty());
    assert_eq!(
        o.age,
        Some(AgeRange {
            min: Some(11),
            max: Some(16)
        })
    );
    assert_eq!(o.audience, vec![Audience::YoungPeople]);
    assert_eq!(o.level, Level::Beginner);
    assert_eq!(o.skills, vec!["netball"]);
    assert_eq!(o.provider.as_ref().unwrap().name, "England Netball");
    let venue = &import.venues[0];
    assert_eq!(venue.id, "oa-trent-college-and-the-elms");
    assert_eq!(venue.address.as_deref(), Some("Long Eaton, Nottingham"));
    assert_eq!(venue.postcode.as_deref(), Some("NG10 4AD"));
    assert_eq!(
        venue.location,
        LatLon {
            lat: 52.901455,
            lon: -1.282734
        }
    );
    // Three days from 1 August end on the 3rd, not on `endDate` the 4th.
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.field.as_deref() == Some("eventSchedule[0].repeatCount"))
    );
}

/// A course instance with a weekly schedule and sub-events uses the schedule.
#[test]
fn course_instance_with_events() {
    let import = import("courseinstance_event_example_1.json");
    let o = &import.opportunities[0];
    assert_eq!(o.kind, Kind::Course);
    assert_eq!(
        o.schedule,
        Schedule {
            start_date: Some(date("2018-10-02")),
            end_date: Some(date("2018-11-04")),
            weekly: vec![slot(&[Weekday::Tue], "20:15", "20:45")],
            ..Schedule::default()
        }
    );
}

/// A one-off event is free, on its date in local time, with its venue, and an
/// unknown level is warned about.
#[test]
fn event() {
    let import = import("event_example_1.json");
    let o = &import.opportunities[0];
    assert_eq!(o.id, "oa-158313");
    assert_eq!(o.title, "Alan's social ride group Gorhambury House loop");
    assert_eq!(
        o.schedule,
        Schedule {
            dates: vec![dated("2019-08-25", "10:00", "12:40")],
            ..Schedule::default()
        }
    );
    assert!(o.cost.free);
    assert!(o.cost.prices.is_empty());
    assert_eq!(o.level, Level::None);
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.message.contains("`Steady`"))
    );
    assert_eq!(o.skills, vec!["cycling"]);
    assert!(o.summary.ends_with('…') && o.summary.chars().count() <= 201);
    assert_middlesbrough(&import.venues[0]);
    assert_eq!(
        o.booking.url.as_deref(),
        Some("https://www.letsride.co.uk/rides/gorhambury-house-loop/book")
    );
}

/// An on-demand event is online, free, with no schedule and no venue.
#[test]
fn on_demand_event() {
    let import = import("ondemandevent_example_1.json");
    let o = &import.opportunities[0];
    assert_eq!(o.title, "Alan's indoor cycling exercises");
    assert_eq!(o.mode, Mode::Online);
    assert_eq!(o.venue, None);
    assert!(o.schedule.is_empty());
    assert!(o.cost.free);
    assert_eq!(o.level, Level::Beginner);
    assert!(import.venues.is_empty());
    assert!(import.problems.is_empty(), "{:?}", import.problems);
}

/// A place becomes a venue with address, coordinates, accessibility and
/// opening hours, and no opportunity.
#[test]
fn place() {
    let import = import("place_example_1.json");
    assert!(import.opportunities.is_empty());
    assert_eq!(import.venues.len(), 1);
    let v = &import.venues[0];
    assert_eq!(v.id, "oa-1402cbp20150217");
    assert_eq!(v.name, "Belle Vue Sports Village");
    assert_eq!(v.address.as_deref(), Some("Kirkmanshulme Lane, Manchester"));
    assert_eq!(v.postcode.as_deref(), Some("M12 4TF"));
    assert_eq!(
        v.location,
        LatLon {
            lat: 53.483592,
            lon: -2.269241
        }
    );
    assert_eq!(
        v.accessibility,
        vec![
            VenueAccess::StepFree,
            VenueAccess::AccessibleToilet,
            VenueAccess::AccessibleParking
        ]
    );
    use Weekday::*;
    assert_eq!(
        v.opening_hours,
        vec![
            slot(&[Sat, Sun], "08:30", "18:00"),
            slot(&[Mon, Tue, Wed, Thu, Fri], "06:30", "22:00"),
        ]
    );
    assert_eq!(v.phone.as_deref(), Some("0161 231 0754"));
    // "Accessible Changing" has no match and is reported.
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.message.contains("Accessible Changing"))
    );
}

/// A feed page keeps updated items and reports deleted ones as left out.
#[test]
fn deleted_items_are_left_out() {
    let text = r#"{"items": [
        {"state": "deleted", "kind": "SessionSeries", "id": "gone-1", "modified": 3},
        {"state": "updated", "kind": "SessionSeries", "id": "s1", "modified": 4, "data": {
            "@type": "SessionSeries", "@id": "https://x.example/series/s1", "name": "Chair yoga",
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"}}
    ]}"#;
    let import = read(text, &ctx());
    assert_eq!(import.opportunities.len(), 1);
    assert_eq!(import.left_out.len(), 1);
    assert_eq!(import.left_out[0].reason, LeftOutReason::NotAnOpportunity);
    assert_eq!(
        import.left_out[0].place,
        Place::Record {
            index: 0,
            name: Some("gone-1".into())
        }
    );
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.message == "deleted in the feed")
    );
}

/// Sessions of one series in a graph join the series' record as dates, times
/// in UTC are converted to London time in winter and summer, and a cancelled
/// session becomes an exception.
#[test]
fn graph_sessions_join_their_series() {
    let text = r#"{"@context": "https://openactive.io/", "@graph": [
        {"@type": "SessionSeries", "@id": "https://x.example/series/7", "name": "Knit and natter",
         "location": {"@id": "https://x.example/places/lib"},
         "organizer": {"@id": "https://x.example/orgs/1"},
         "eventSchedule": [{"@type": "PartialSchedule", "repeatFrequency": "P2W", "byDay": ["MO", "https://schema.org/Wednesday"],
            "startTime": "10:00", "endTime": "11:30", "startDate": "2024-01-01", "repeatCount": 4,
            "exceptDate": ["2024-01-03T10:00:00Z"]}]},
        {"@type": "ScheduledSession", "@id": "https://x.example/sessions/1", "superEvent": "https://x.example/series/7",
         "startDate": "2024-07-05T13:00:00Z", "endDate": "2024-07-05T14:00:00Z"},
        {"@type": "ScheduledSession", "@id": "https://x.example/sessions/2", "superEvent": "https://x.example/series/7",
         "startDate": "2024-01-15T10:00:00Z", "endDate": "2024-01-15T11:30:00Z", "eventStatus": "https://schema.org/EventCancelled"},
        {"@type": "Place", "@id": "https://x.example/places/lib", "name": "Central Library",
         "geo": {"latitude": "50.37", "longitude": -4.14},
         "amenityFeature": [{"@type": "LocationFeatureSpecification", "name": "Wheelchair accessible", "value": true},
                            {"name": "Accessible toilets", "value": true},
                            {"name": "Disabled parking", "value": true},
                            {"name": "Accessible Parking", "value": false}]},
        {"@type": "Organization", "@id": "https://x.example/orgs/1", "name": "City Libraries", "telephone": "01752 000000"},
        {"@type": "Brand", "@id": "https://x.example/brands/1", "name": "Unused"}
    ]}"#;
    let import = read(text, &ctx());
    assert_eq!(import.opportunities.len(), 1, "{:?}", import.problems);
    let o = &import.opportunities[0];
    assert_eq!(o.id, "oa-7");
    assert_eq!(o.provider.as_ref().unwrap().name, "City Libraries");
    assert_eq!(o.venue.as_deref(), Some("oa-lib"));
    assert_eq!(
        o.schedule,
        Schedule {
            start_date: Some(date("2024-01-01")),
            // Mo 1, We 3, Mo 15, We 17: every other week, four sessions.
            end_date: Some(date("2024-01-17")),
            weekly: vec![slot(&[Weekday::Mon, Weekday::Wed], "10:00", "11:30")],
            interval_weeks: 2,
            // 13:00 UTC in July is 14:00 in London.
            dates: vec![dated("2024-07-05", "14:00", "15:00")],
            except: vec![date("2024-01-03"), date("2024-01-15")],
            ..Schedule::default()
        }
    );
    let v = import.venues.iter().find(|v| v.id == "oa-lib").unwrap();
    assert_eq!(
        v.accessibility,
        vec![
            VenueAccess::StepFree,
            VenueAccess::AccessibleToilet,
            VenueAccess::AccessibleParking
        ]
    );
    // The cancelled session and the unused brand are left out; the
    // organisation is used by the series.
    let reasons: Vec<_> = import
        .left_out
        .iter()
        .map(|l| (l.place.clone(), l.reason))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (
                Place::Record {
                    index: 5,
                    name: Some("Unused".into())
                },
                LeftOutReason::NotAnOpportunity
            ),
            (
                Place::Record {
                    index: 2,
                    name: Some("Knit and natter".into())
                },
                LeftOutReason::NotAnOpportunity
            ),
        ]
    );
}

/// Mixed attendance is blended; languages come from codes and names; offers
/// of 0 are free; unknown currencies fall back with a warning.
#[test]
fn blended_languages_and_free() {
    let text = r#"[{"@type": "Event", "@id": "urn:uuid:abc-1", "name": "Conversation café",
        "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
        "location": [{"@type": "VirtualLocation", "url": "https://meet.example"},
                     {"@type": "Place", "name": "Central Library", "geo": {"latitude": 53.35, "longitude": -6.26}}],
        "inLanguage": ["pl", "English", {"@type": "Language", "name": "Irish"}, "Klingon"],
        "startDate": "2024-01-10T18:00:00Z", "duration": "PT90M",
        "offers": [{"@type": "Offer", "price": 0, "priceCurrency": "GBP"}],
        "accessibilitySupport": [{"prefLabel": "Hearing loop"}, {"prefLabel": "British Sign Language"}],
        "accessibilityInformation": "Step-free access from the car park. There is no disabled parking."}]"#;
    let import = read(text, &ctx());
    let o = &import.opportunities[0];
    assert_eq!(o.id, "oa-abc-1");
    assert_eq!(o.mode, Mode::Blended);
    assert_eq!(o.languages, vec!["pl", "en", "ga"]);
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.message.contains("Klingon"))
    );
    assert!(o.cost.free);
    assert_eq!(
        o.access,
        vec![SessionAccess::SignLanguage, SessionAccess::HearingLoop]
    );
    // Winter: UTC is London time.
    assert_eq!(
        o.schedule.dates,
        vec![dated("2024-01-10", "18:00", "19:30")]
    );
    assert_eq!(import.venues[0].accessibility, vec![VenueAccess::StepFree]);
}

/// Records that cannot be used are left out with the reason, the record's
/// position and name, and the property.
#[test]
fn unusable_records_are_left_out() {
    let text = r#"[
        {"@type": "Event", "@id": "e/1", "startDate": "2024-01-10T18:00:00Z"},
        {"@type": "Event", "@id": "e/2", "name": "Nowhere", "startDate": "2024-01-10T18:00:00Z"},
        {"@type": "Event", "@id": "e/3", "name": "Bad date", "startDate": "10/01/2024", "location": {"name": "X", "geo": {"latitude": 1, "longitude": 1}}},
        {"@type": "Slot", "@id": "e/4", "name": "Court 1"},
        {"@type": "Event", "@id": "e/5", "name": "Cancelled", "eventStatus": "https://schema.org/EventCancelled"},
        {"@type": "Event", "@id": "e/6", "name": "Unknown place", "location": {"name": "Atlantis"}},
        42
    ]"#;
    let import = read(text, &ctx());
    assert!(import.opportunities.is_empty());
    let got: Vec<(usize, LeftOutReason)> = import
        .left_out
        .iter()
        .map(|l| match &l.place {
            Place::Record { index, .. } => (*index, l.reason),
            other => panic!("{other:?}"),
        })
        .collect();
    use LeftOutReason::*;
    assert_eq!(
        got,
        vec![
            (0, NoTitle),
            (1, NoLocation),
            (2, BadDate),
            (3, NotAnOpportunity),
            (4, NotAnOpportunity),
            (5, NoLocation),
            (6, Unreadable)
        ]
    );
    let bad_date = import
        .problems
        .iter()
        .find(|p| p.field.as_deref() == Some("startDate"))
        .unwrap();
    assert_eq!(
        bad_date.place,
        Place::Record {
            index: 2,
            name: Some("Bad date".into())
        }
    );
    assert!(bad_date.message.contains("`10/01/2024`"));
    let atlantis = import
        .problems
        .iter()
        .find(|p| p.message.contains("Atlantis"))
        .unwrap();
    assert_eq!(atlantis.field.as_deref(), Some("location.geo"));
}

/// A place with no coordinates is placed by a known venue of the same name.
#[test]
fn known_venue_by_name() {
    let mut ctx = ctx();
    ctx.venues.push(Venue {
        id: "central".into(),
        name: "Central Library".into(),
        address: None,
        postcode: None,
        neighbourhood: None,
        location: LatLon {
            lat: 50.0,
            lon: -4.0,
        },
        accessibility: vec![],
        opening_hours: vec![],
        url: None,
        phone: None,
    });
    let text = r#"{"@type": "Event", "name": "Rhyme time", "location": {"@type": "Place", "name": "central library"},
        "startDate": "2024-06-01T10:00:00+01:00", "endDate": "2024-06-01T10:30:00+01:00"}"#;
    let import = read(text, &ctx);
    let o = &import.opportunities[0];
    assert_eq!(o.venue.as_deref(), Some("central"));
    assert!(import.venues.is_empty());
    assert_eq!(
        o.schedule.dates,
        vec![dated("2024-06-01", "10:00", "10:30")]
    );
    // Without an id the record's id comes from its position.
    assert_eq!(o.id, "oa-record-1");
}

/// Dates and times are read with offsets, fractions and local times.
#[test]
fn iso_dates() {
    let c = ctx();
    let local = |t: &str| parse_iso(t).unwrap().local(&c).to_string();
    let cases = [
        ("2018-10-02T19:15:00Z", "2018-10-02T20:15"),
        ("2018-12-02T19:15:00Z", "2018-12-02T19:15"),
        ("2018-10-03T20:15:00+01:00", "2018-10-03T20:15"),
        ("2018-10-03T20:15:00.000+0100", "2018-10-03T20:15"),
        ("2018-10-03T15:15:00-04:00", "2018-10-03T20:15"),
        ("2018-10-03T20:15", "2018-10-03T20:15"),
        ("2018-10-03", "2018-10-03T00:00"),
    ];
    for (text, want) in cases {
        assert_eq!(local(text), want, "{text}");
    }
    for bad in [
        "",
        "2018-13-01",
        "2018-10-03T25:00Z",
        "2018-10-03T20:15+99:00",
        "tomorrow",
    ] {
        assert!(parse_iso(bad).is_err(), "{bad}");
    }
}

/// Money is written as people write it.
#[test]
fn money_is_written_plainly() {
    assert_eq!(money(3.3, "GBP"), "£3.30");
    assert_eq!(money(40.0, "EUR"), "€40");
}

/// Hostile input never panics: empty, truncated, deeply nested, huge numbers,
/// wrong shapes, replaced invalid UTF-8 and random bytes.
#[test]
fn hostile_input_does_not_panic() {
    let c = ctx();
    let mut inputs: Vec<String> = vec![
        String::new(),
        "{".into(),
        "null".into(),
        "[[[[[[".into(),
        "[".repeat(100_000),
        format!("{}1{}", "[".repeat(200), "]".repeat(200)),
        r#"{"items": 5}"#.into(),
        r#"{"@graph": [null, 1, "x", {"@type": ["Event"], "name": "", "location": 7}]}"#.into(),
        r#"{"@type": "Event", "name": "x", "startDate": "2024-01-01T10:00:00Z", "endDate": "9999-12-31T23:59:59-18:00", "location": {"geo": {"latitude": 1e308, "longitude": -1e308}}}"#.into(),
        r#"{"@type": "SessionSeries", "name": "x", "eventAttendanceMode": "Online", "location": {"@type": "VirtualLocation"},
           "eventSchedule": {"repeatFrequency": "P999999999D", "startDate": "0000-01-01", "endDate": "9999-12-31", "startTime": "23:59", "repeatCount": 1e300, "byDay": [1, "XX"]},
           "ageRange": {"minValue": -5, "maxValue": 1e20}, "offers": [{"price": "NaN"}, {"price": 1e308, "priceCurrency": "€€€"}]}"#.into(),
        r#"{"@type": "Event", "name": "long", "startDate": "0000-01-01T00:00:00+18:00", "endDate": "9999-12-31T23:59:59Z", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"}"#.into(),
        r#"{"@type": "CourseInstance", "name": "x", "instanceOfCourse": "self", "@id": "self", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode", "eventSchedule": [{"repeatFrequency": "P1W", "startDate": "2024-01-01", "repeatCount": 4294967295, "startTime": "10:00", "byDay": "MO"}]}"#.into(),
        String::from_utf8_lossy(b"{\"name\": \"\xff\xfe\", \"@type\": \"Event\"}").into_owned(),
    ];
    // Random bytes from a fixed seed, read as lossy UTF-8.
    let alphabet = b"{}[]\":,0123456789.eE-+ abcnulltrue@typeName";
    inputs.extend(crate::random_texts(
        0x2545_f491_4f6c_dd1d,
        200,
        300,
        alphabet,
    ));
    // Fixture texts cut at every 97th character.
    let whole = fixture("sessionseries_example_1.json");
    for (cut, _) in whole.char_indices().step_by(97) {
        inputs.push(whole[..cut].to_owned());
    }
    for input in &inputs {
        let import = read(input, &c);
        // Whatever happened, something says so or something was read.
        let _ = import.summary();
    }
    assert!(
        read("", &c).problems[0]
            .message
            .starts_with("the text cannot be read as JSON")
    );
}
