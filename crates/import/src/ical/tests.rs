//! The iCalendar reader through its entry point, [`read`](super::read), on
//! calendars as libraries and community groups publish them, and on hostile input.

use super::content::{parse_line, split_list};
use super::read;
use super::zones::posix_offset;
use crate::zone::iana_zone;
use crate::{ImportContext, LeftOutReason};
use learnlocal_core::catalogue::{LatLon, Venue};
use learnlocal_core::opportunity::Mode;
use learnlocal_core::problem::Place;
use learnlocal_core::schedule::{MonthlySlot, Schedule, WeeklySlot};
use learnlocal_core::time::{Date, Time, Weekday};
use learnlocal_core::tz::TimeZone;

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
                ..Skill::default()
            },
            Skill {
                id: "crafts".into(),
                label: "Crafts".into(),
                ..Skill::default()
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

/// Monthly rules become monthly slots, COUNT their last session; a rule no
/// schedule can hold keeps the first session and a warning says what it cannot
/// show.
#[test]
fn monthly_rules_and_rules_that_cannot_be_shown() {
    let event = |rule: &str, start: &str| {
        let text = calendar(&format!(
            "BEGIN:VEVENT\nUID:m\nSUMMARY:Van\nGEO:53.3;-6.2\nLOCATION:Hall\nDTSTART:{start}\nDURATION:PT90M\nRRULE:{rule}\nEND:VEVENT"
        ));
        read(&text, &ctx())
    };
    let import = event(
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3",
        "20240131T093000",
    );
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    let s = &import.opportunities[0].schedule;
    assert_eq!(s.monthly[0].nth, [-1]);
    assert_eq!(s.monthly[0].days.len(), 5);
    // 31 January, 29 February, 29 March 2024.
    assert_eq!(s.end_date, Some(date("2024-03-29")));
    assert!(s.dates.is_empty(), "DTSTART is on the rule");

    let cases = [
        (
            "FREQ=MONTHLY;BYMONTHDAY=14",
            "`FREQ=MONTHLY;BYMONTHDAY=14`: BYMONTHDAY (days of the month by number) is not something LearnLocal can show: it shows weekly and monthly repeats on days of the week; only the first session, 2024-01-14, is listed",
        ),
        (
            "FREQ=YEARLY",
            "`FREQ=YEARLY`: FREQ=YEARLY (once a year) is not something LearnLocal can show: it shows weekly and monthly repeats; list the dates instead; only the first session, 2024-01-14, is listed",
        ),
        (
            "FREQ=DAILY;INTERVAL=3",
            "`FREQ=DAILY;INTERVAL=3`: every 3 days is not something LearnLocal can show: it shows weekly and monthly repeats; only the first session, 2024-01-14, is listed",
        ),
    ];
    for (rule, want) in cases {
        let import = event(rule, "20240114T100000");
        let s = &import.opportunities[0].schedule;
        assert_eq!(s.dates, [dated("2024-01-14", "10:00", "11:30")], "{rule}");
        assert!(s.weekly.is_empty() && s.monthly.is_empty(), "{rule}");
        let messages: Vec<(&str, &str)> = import
            .problems
            .iter()
            .map(|p| (p.field.as_deref().unwrap_or(""), p.message.as_str()))
            .collect();
        assert_eq!(messages, [("RRULE", want)], "{rule}");
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
            population_estimate: false,
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
        monthly.schedule.monthly,
        vec![MonthlySlot {
            days: vec![Weekday::Sat],
            nth: vec![1],
            start: Time::parse("10:00").unwrap(),
            end: Time::parse("13:00").unwrap(),
        }]
    );
    assert_eq!(monthly.schedule.start_date, Some(date("2024-01-06")));
    assert_eq!(
        monthly.schedule.dates,
        vec![
            dated("2024-01-20", "10:00", "13:00"),
            dated("2024-01-27", "14:00", "17:00"),
        ]
    );
    assert!(
        !import
            .problems
            .iter()
            .any(|p| p.field.as_deref() == Some("RRULE")),
        "{:?}",
        import.problems
    );
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
        calendar(
            "BEGIN:VEVENT\nSUMMARY:x\nGEO:1e400;-1e400\nLOCATION:x\nDTSTART:99991231T235959Z\nDTEND:00000101T000000Z\nRRULE:FREQ=WEEKLY;INTERVAL=99999999999;COUNT=4294967295\nEND:VEVENT",
        ),
        calendar(
            "BEGIN:VEVENT\nSUMMARY:x\nGEO:53;-6\nLOCATION:x\nDTSTART:99991231T230000\nDURATION:P99999999W\nRRULE:FREQ=WEEKLY;COUNT=4294967295;BYDAY=1MO,ZZ,,\nRDATE;VALUE=PERIOD:00000101T000000Z/P999999999D,x/y\nEXDATE:,,\nEND:VEVENT",
        ),
        calendar(
            "BEGIN:VEVENT\nSUMMARY:x\nGEO:53;-6\nLOCATION:x\nDTSTART;TZID=\"unterminated:20240101T100000\nDTSTART;TZID=Nowhere/Else:20240101T100000\nORGANIZER;CN=:mailto:\nEND:VEVENT",
        ),
        calendar(
            "BEGIN:VTIMEZONE\nTZID:Bad\nBEGIN:STANDARD\nTZOFFSETTO:+9999\nRRULE:FREQ=YEARLY;BYMONTH=13;BYDAY=-3XX\nEND:STANDARD\nBEGIN:DAYLIGHT\nTZOFFSETTO:+0100\nRRULE:BYDAY=SU\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY:x\nGEO:53;-6\nLOCATION:x\nDTSTART;TZID=Bad:20240101T100000\nEND:VEVENT",
        ),
        String::from_utf8_lossy(
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:\xff\xfe\xfd\nDTSTART:2024\xc3\nEND:VEVENT",
        )
        .into_owned(),
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
    assert!(iana_zone("Europe/Paris").is_some());
    assert!(iana_zone("Mars/Olympus").is_none());
}
