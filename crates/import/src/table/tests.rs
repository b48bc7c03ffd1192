//! LearnLocal's spreadsheets through their readers: each file's rows kept or
//! explained, the demo sources built whole, and hostile input.

use super::settings::read_settings;
use super::sheet::{Sheet, split_list};
use super::*;
use crate::{Import, ImportContext, LeftOut, LeftOutReason};
use Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use learnlocal_core::catalogue::{
    Bounds, Keeper, LatLon, Neighbourhood, SCHEMA_VERSION, Skill, TimeZoneSpec, Venue, VenueAccess,
};
use learnlocal_core::opportunity::{
    AgeRange, Audience, Booking, Cost, JoinMethod, Kind, Level, Mode, Opportunity, Price, Provider,
    SessionAccess,
};
use learnlocal_core::problem::Place;
use learnlocal_core::schedule::{DatedSlot, Schedule, WeeklySlot};
use learnlocal_core::time::{Date, DateTime, Time, Weekday};
use learnlocal_core::tz::TimeZone;

fn t(text: &str) -> Time {
    Time::parse(text).unwrap()
}

fn slot(days: &[Weekday], start: &str, end: &str) -> WeeklySlot {
    WeeklySlot {
        days: days.to_vec(),
        start: t(start),
        end: t(end),
    }
}

fn venue(id: &str, name: &str, lat: f64, lon: f64) -> Venue {
    Venue {
        id: id.into(),
        name: name.into(),
        address: None,
        postcode: None,
        neighbourhood: None,
        location: LatLon { lat, lon },
        accessibility: vec![],
        opening_hours: vec![],
        url: None,
        phone: None,
    }
}

fn messages(import: &Import) -> Vec<String> {
    import.problems.iter().map(ToString::to_string).collect()
}

fn reasons(import: &Import) -> Vec<(usize, LeftOutReason)> {
    import
        .left_out
        .iter()
        .map(|LeftOut { place, reason }| match place {
            Place::Row { line, .. } => (*line, *reason),
            _ => (0, *reason),
        })
        .collect()
}

/// Opening hours read day ranges, day lists and several entries, and days
/// with the same times share one slot.
#[test]
fn opening_hours_are_grouped_by_time() {
    let cases: Vec<(&str, Vec<WeeklySlot>)> = vec![
        (
            "mo-fr 10:00-17:30;sa 10:00-13:00;tu,th 14:00-20:00",
            vec![
                slot(&[Mon, Tue, Wed, Thu, Fri], "10:00", "17:30"),
                slot(&[Sat], "10:00", "13:00"),
                slot(&[Tue, Thu], "14:00", "20:00"),
            ],
        ),
        (
            "mo 09:00-12:00; we 09:00-12:00",
            vec![slot(&[Mon, Wed], "09:00", "12:00")],
        ),
        (
            "fr-mo 10:00-14:00",
            vec![slot(&[Mon, Fri, Sat, Sun], "10:00", "14:00")],
        ),
        (
            "Monday 09:00-13:00,14:00-17:00",
            vec![
                slot(&[Mon], "09:00", "13:00"),
                slot(&[Mon], "14:00", "17:00"),
            ],
        ),
        ("su 22:00–02:00", vec![slot(&[Sun], "22:00", "02:00")]),
        ("", vec![]),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_opening_hours(text), Ok(expected), "{text}");
    }
}

/// Mistakes in opening hours are explained in plain words, times with the
/// messages of `Time::parse`.
#[test]
fn opening_hours_mistakes_are_explained() {
    let cases = [
        (
            "mo 10:00-25:00",
            Time::parse("25:00").unwrap_err().to_string(),
        ),
        (
            "mo 10.00-12:00",
            Time::parse("10.00").unwrap_err().to_string(),
        ),
        (
            "xx 10:00-11:00",
            "`xx` is not a day of the week: use mo, tu, we, th, fr, sa or su".to_owned(),
        ),
        (
            "mo",
            "`mo` does not give days and times: write it like mo-fr 10:00-17:30".to_owned(),
        ),
        (
            "mo 10:00",
            "`10:00` is not a time range: write it like 10:00-17:30".to_owned(),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(
            parse_opening_hours(text).map_err(|e| e.to_string()),
            Err(expected),
            "{text}"
        );
    }
}

/// Numbers need a dot, and yes/no cells accept the usual spellings.
#[test]
fn numbers_and_yes_no() {
    let parse_number = |text| parse_number(text).map_err(|e| e.to_string());
    let parse_bool = |text| parse_bool(text).map_err(|e| e.to_string());
    assert_eq!(parse_number(" 51.9 "), Ok(51.9));
    assert_eq!(
        parse_number("51,9"),
        Err("`51,9` is not a number, use a dot".to_owned())
    );
    assert_eq!(parse_number("inf"), Err("`inf` is not a number".to_owned()));
    assert_eq!(
        parse_number("north"),
        Err("`north` is not a number".to_owned())
    );
    for yes in ["yes", "YES", "y", "True", "1"] {
        assert_eq!(parse_bool(yes), Ok(true), "{yes}");
    }
    for no in ["no", "N", "false", "0"] {
        assert_eq!(parse_bool(no), Ok(false), "{no}");
    }
    assert_eq!(
        parse_bool("maybe"),
        Err("`maybe` is not yes or no".to_owned())
    );
}

const VENUES: &str = "\
ID,Name,Address,Postcode,Neighbourhood,Lat,Lon,Step_free,Accessible_toilet,Accessible_parking,Public_transport,Opening_hours,Phone,URL,Colour
cork-city-library,Cork City Library,\"57-61 Grand Parade, Cork\",T12 NT99,centre,51.8968,-8.4747,yes,Y,no,true,mo-fr 10:00-17:30;sa 10:00-13:00,+353 21 492 4900,https://www.corkcitylibraries.ie,blue
central,Central Library,,,,\"51,9\",-8.47,,,,,,,,
swapped,Swapped Hall,,,,-8.47,251.9,,,,,,,,
swapped2,Sydney Hall,,,,151.2,-33.8,,,,,,,,
blackpool-library,Blackpool Library,,T23 X1Y2,,,,yes,maybe,,,mo 25:00-26:00,,,
nowhere,Nowhere Hall,,,,,,,,,,,,,
cork-city-library,Cork City Library again,,,,51.8,-8.4,,,,,,,,
";

/// Venues keep every value of their row; bad coordinates, unknown places and
/// repeated ids leave a venue out with a message naming row, name and column.
#[test]
fn venues_are_read_or_explained() {
    let ctx = ImportContext {
        venues: vec![Venue {
            postcode: Some("T23X1Y2".into()),
            ..venue("old-blackpool", "Blackpool Branch", 51.91, -8.46)
        }],
        ..ImportContext::default()
    };
    let import = read_venues(VENUES, &ctx);
    let cork = import.venues.first().unwrap();
    assert_eq!(
        cork,
        &Venue {
            id: "cork-city-library".into(),
            name: "Cork City Library".into(),
            address: Some("57-61 Grand Parade, Cork".into()),
            postcode: Some("T12 NT99".into()),
            neighbourhood: Some("centre".into()),
            location: LatLon {
                lat: 51.8968,
                lon: -8.4747
            },
            accessibility: vec![
                VenueAccess::StepFree,
                VenueAccess::AccessibleToilet,
                VenueAccess::PublicTransport
            ],
            opening_hours: vec![
                slot(&[Mon, Tue, Wed, Thu, Fri], "10:00", "17:30"),
                slot(&[Sat], "10:00", "13:00")
            ],
            url: Some("https://www.corkcitylibraries.ie".into()),
            phone: Some("+353 21 492 4900".into()),
        }
    );
    // Placed by its postcode, at the known venue; the bad hours are dropped.
    let blackpool = import.venues.get(1).unwrap();
    assert_eq!(blackpool.id, "blackpool-library");
    assert_eq!(
        blackpool.location,
        LatLon {
            lat: 51.91,
            lon: -8.46
        }
    );
    assert_eq!(blackpool.accessibility, vec![VenueAccess::StepFree]);
    assert!(blackpool.opening_hours.is_empty());
    assert_eq!(import.venues.len(), 2);
    assert_eq!(
        reasons(&import),
        vec![
            (3, LeftOutReason::BadValue),
            (4, LeftOutReason::BadValue),
            (5, LeftOutReason::BadValue),
            (7, LeftOutReason::NoLocation),
            (8, LeftOutReason::DuplicateId),
        ]
    );
    let messages = messages(&import);
    for expected in [
        "warning: row 1, column `Colour`: column `Colour` is not used",
        "error: row 3 (Central Library), column `Lat`: `51,9` is not a number, use a dot",
        "error: row 4 (Swapped Hall), column `Lon`: `251.9` is not a longitude: longitudes go from -180 to 180",
        "error: row 5 (Sydney Hall), column `Lat`: `151.2` is not a latitude (they go from -90 to 90), but the longitude `-33.8` could be one: latitude and longitude may be swapped",
        "warning: row 6 (Blackpool Library), column `Accessible_toilet`: `maybe` is not yes or no, so it is left out",
        "warning: row 6 (Blackpool Library), column `Opening_hours`: `25:00` is not a time of day: hours go from 00 to 23; the opening hours are left out",
        "warning: row 6 (Blackpool Library), column `Lat`: no coordinates: placed at 51.91000, -8.46000, where a known place with its name or postcode is",
        "error: row 7 (Nowhere Hall), column `Lat`: no coordinates, and no known venue or neighbourhood is called `Nowhere Hall`",
        "error: row 8 (Cork City Library again), column `ID`: id `cork-city-library` is already used by an earlier row",
    ] {
        assert!(
            messages.contains(&expected.to_owned()),
            "{expected}\nin {messages:#?}"
        );
    }
    assert_eq!(messages.len(), 9, "{messages:#?}");
}

/// A missing required column is one error for the whole file, and every row
/// is still accounted for as left out.
#[test]
fn missing_required_column_is_one_error() {
    let import = read_venues(
        "id,title,lat,lon\na,A,1,1\nb,B,2,2\n",
        &ImportContext::default(),
    );
    assert_eq!(
        messages(&import),
        vec![
            "warning: row 1, column `title`: column `title` is not used",
            "error: row 1, column `name`: column `name` is missing; the header has: id, title, lat, lon",
        ]
    );
    assert_eq!(
        reasons(&import),
        vec![
            (2, LeftOutReason::Unreadable),
            (3, LeftOutReason::Unreadable)
        ]
    );
    let import = read_opportunities("id,kind,name\nx,course,Y\n", &ImportContext::default());
    assert_eq!(
        messages(&import).last().unwrap(),
        "error: row 1, column `title`: column `title` is missing; the header has: id, kind, name"
    );
    assert_eq!(reasons(&import), vec![(2, LeftOutReason::NoTitle)]);
}

fn cork_ctx() -> ImportContext {
    ImportContext {
        skills: vec![
            Skill {
                id: "digital".into(),
                label: "Computers and phones".into(),
                ..Skill::default()
            },
            Skill {
                id: "languages".into(),
                label: "Languages".into(),
                ..Skill::default()
            },
        ],
        venues: vec![Venue {
            opening_hours: vec![slot(&[Mon, Tue], "09:00", "17:00")],
            ..venue("cork-city-library", "Cork City Library", 51.8968, -8.4747)
        }],
        source: "test sheet".into(),
        ..ImportContext::default()
    }
}

/// Every column of a full row reaches the opportunity.
#[test]
fn opportunity_row_is_read_whole() {
    let text = "\
id,kind,title,summary,description,skills,level,audience,age_min,age_max,languages,mode,venue,provider,provider_url,provider_phone,provider_email,start_date,end_date,days,start_time,end_time,interval_weeks,dates,except,free,price,currency,concessions,session_access,booking,booking_phone,booking_email,booking_url,verified,source,url
cork-006,Course,Email basics,Set up email.,Longer text.,digital;Languages;knitting,Beginner,adults;older people,18,,EN;pl,in person,cork-city-library,Cork City Libraries,https://p.example,021 1,p@example.ie,2026-09-14,2026-12-14,mo;we,10:00,12:00,2,2026-12-20,2026-10-26,no,40.00,,Free for jobseekers;Half price for students,hearing_loop;large_print,phone;web,021 2,b@example.ie,https://book.example,2026-08-01,,https://o.example
";
    let import = read_opportunities(text, &cork_ctx());
    assert_eq!(
        messages(&import),
        vec![
            "warning: row 2 (Email basics), column `skills`: `knitting` is not in the skills taxonomy, so the skill filter will not find it"
        ]
    );
    let o = import.opportunities.first().unwrap();
    let mut expected = Opportunity::new("cork-006", Kind::Course, "Email basics", "Set up email.");
    expected.description = Some("Longer text.".into());
    expected.skills = vec!["digital".into(), "languages".into(), "knitting".into()];
    expected.level = Level::Beginner;
    expected.audience = vec![Audience::Adults, Audience::OlderPeople];
    expected.age = Some(AgeRange {
        min: Some(18),
        max: None,
    });
    expected.languages = vec!["en".into(), "pl".into()];
    expected.venue = Some("cork-city-library".into());
    expected.provider = Some(
        Provider {
            name: "Cork City Libraries".into(),
            url: Some("https://p.example".into()),
            phone: Some("021 1".into()),
            email: Some("p@example.ie".into()),
        }
        .into(),
    );
    expected.schedule = Schedule {
        start_date: Some(Date::parse("2026-09-14").unwrap()),
        end_date: Some(Date::parse("2026-12-14").unwrap()),
        weekly: vec![slot(&[Mon, Wed], "10:00", "12:00")],
        interval_weeks: 2,
        dates: vec![DatedSlot {
            date: Date::parse("2026-12-20").unwrap(),
            start: t("10:00"),
            end: t("12:00"),
        }],
        except: vec![Date::parse("2026-10-26").unwrap()],
        ..Schedule::default()
    };
    expected.cost = Cost {
        free: false,
        prices: vec![Price {
            amount: 40.0,
            currency: "EUR".into(),
            label: None,
        }],
        concessions: vec![
            "Free for jobseekers".into(),
            "Half price for students".into(),
        ],
    };
    expected.access = vec![SessionAccess::HearingLoop, SessionAccess::LargePrint];
    expected.booking = Booking {
        how: vec![JoinMethod::Phone, JoinMethod::Web],
        phone: Some("021 2".into()),
        email: Some("b@example.ie".into()),
        url: Some("https://book.example".into()),
        note: None,
    };
    expected.verified = Some(Date::parse("2026-08-01").unwrap());
    expected.source = Some("test sheet".into());
    expected.url = Some("https://o.example".into());
    assert_eq!(o, &expected);
    assert!(import.left_out.is_empty());
}

/// A row whose quote is never closed is left out with its row and the reason,
/// and the rows after it are still read.
#[test]
fn a_row_that_is_not_csv_is_left_out_and_the_rest_read() {
    let text = "id,kind,title,venue\n\
                a,course,Knitting,cork-city-library\n\
                b,course,\"Chess club,cork-city-library\n\
                c,course,Go,cork-city-library\n";
    let import = read_opportunities(text, &cork_ctx());
    let ids: Vec<&str> = import.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(reasons(&import), [(3, LeftOutReason::Unreadable)]);
    assert!(
        messages(&import)
            .iter()
            .any(|m| m.starts_with("error: row 3: a cell opens a quote")),
        "{:?}",
        messages(&import)
    );
}

/// Rows that cannot be used are left out with the reason and a message
/// naming row, title and column; dates and times use the parsers' messages.
#[test]
fn unusable_opportunity_rows_are_explained() {
    let header =
        "id,kind,title,venue,mode,days,start_time,end_time,start_date,dates,interval_weeks";
    let cases = [
        (
            "a,course,Bad date,cork-city-library,,,,,2026-02-30,,",
            LeftOutReason::BadDate,
            format!(
                "error: row 2 (Bad date), column `start_date`: {}",
                Date::parse("2026-02-30").unwrap_err()
            ),
        ),
        (
            "a,course,Bad one-off,cork-city-library,,,10:00,11:00,,2026-10-04;04/10/2026,",
            LeftOutReason::BadDate,
            format!(
                "error: row 2 (Bad one-off), column `dates`: {}",
                Date::parse("04/10/2026").unwrap_err()
            ),
        ),
        (
            "a,course,Bad time,cork-city-library,,mo,9am,11:00,,,",
            LeftOutReason::BadTime,
            format!(
                "error: row 2 (Bad time), column `start_time`: {}",
                Time::parse("9am").unwrap_err()
            ),
        ),
        (
            "a,course,No end,cork-city-library,,mo,10:00,,,,",
            LeftOutReason::BadTime,
            "error: row 2 (No end), column `end_time`: days or dates are given but no `end_time`".to_owned(),
        ),
        (
            "a,course,Bad day,cork-city-library,,mo;funday,10:00,11:00,,,",
            LeftOutReason::BadValue,
            "error: row 2 (Bad day), column `days`: `funday` is not a day of the week: use mo, tu, we, th, fr, sa or su".to_owned(),
        ),
        (
            "a,course,Every 0 weeks,cork-city-library,,mo,10:00,11:00,,,0",
            LeftOutReason::BadValue,
            "error: row 2 (Every 0 weeks), column `interval_weeks`: `0` is not a number of weeks: use 1 for every week, 2 for every other week, or a repeat rule such as FREQ=WEEKLY;INTERVAL=4".to_owned(),
        ),
        (
            "a,course,Lost,atlantis,,,,,,,",
            LeftOutReason::NoLocation,
            "error: row 2 (Lost), column `venue`: venue `atlantis` is not a known venue id".to_owned(),
        ),
        (
            "a,course,Placeless,,,,,,,,",
            LeftOutReason::NoLocation,
            "error: row 2 (Placeless), column `venue`: no venue is given, so nobody can find where it is: give a venue, the place's name and coordinates, or set `mode` to online".to_owned(),
        ),
        (
            "a,workshop,Odd kind,cork-city-library,,,,,,,",
            LeftOutReason::BadValue,
            "error: row 2 (Odd kind), column `kind`: `workshop` is not one of course, library, activity".to_owned(),
        ),
        (
            "a,course,Odd mode,cork-city-library,by post,,,,,,",
            LeftOutReason::BadValue,
            "error: row 2 (Odd mode), column `mode`: `by post` is not one of in_person, online, blended".to_owned(),
        ),
        (
            "a,course,,cork-city-library,,,,,,,",
            LeftOutReason::NoTitle,
            "error: row 2 (a), column `title`: the row has no title".to_owned(),
        ),
    ];
    for (row, reason, message) in cases {
        let import = read_opportunities(&format!("{header}\n{row}\n"), &cork_ctx());
        assert!(import.opportunities.is_empty(), "{row}");
        assert_eq!(reasons(&import), vec![(2, reason)], "{row}");
        assert_eq!(messages(&import), vec![message], "{row}");
    }
}

/// RFC 5545 repeat rules in `rrule`, or in `interval_weeks` where a keeper's
/// "frequency" column is mapped, give the sessions they mean, taking the days,
/// times and first date from their columns.
#[test]
fn repeat_rules_give_their_sessions() {
    let header =
        "id,kind,title,venue,days,start_time,end_time,start_date,end_date,interval_weeks,rrule";
    let cases = [
        (
            "every 4 weeks from the first date, in interval_weeks",
            "tu,10:00,11:30,2026-09-08,,FREQ=WEEKLY;INTERVAL=4,",
            vec![
                "2026-09-08 10:00",
                "2026-10-06 10:00",
                "2026-11-03 10:00",
                "2026-12-01 10:00",
                "2026-12-29 10:00",
            ],
        ),
        (
            "the first Tuesday",
            ",17:30,19:00,,,,FREQ=MONTHLY;BYDAY=1TU",
            vec![
                "2026-09-01 17:30",
                "2026-10-06 17:30",
                "2026-11-03 17:30",
                "2026-12-01 17:30",
                "2027-01-05 17:30",
            ],
        ),
        (
            "the first Tuesday, with the day also in `days`",
            "tu,17:30,19:00,,,,RRULE:FREQ=MONTHLY;BYDAY=1TU",
            vec![
                "2026-09-01 17:30",
                "2026-10-06 17:30",
                "2026-11-03 17:30",
                "2026-12-01 17:30",
                "2027-01-05 17:30",
            ],
        ),
        (
            "the last Friday, three times (COUNT)",
            ",14:00,15:00,2026-09-01,,,FREQ=MONTHLY;BYDAY=-1FR;COUNT=3",
            vec!["2026-09-25 14:00", "2026-10-30 14:00", "2026-11-27 14:00"],
        ),
        (
            "the last weekday (BYSETPOS), the weekdays from `days`",
            "mo-fr,09:30,12:30,,,,FREQ=MONTHLY;BYSETPOS=-1",
            vec![
                "2026-09-30 09:30",
                "2026-10-30 09:30",
                "2026-11-30 09:30",
                "2026-12-31 09:30",
                "2027-01-29 09:30",
            ],
        ),
        (
            "weekly until a date (UNTIL)",
            ",18:00,19:00,2026-09-01,,,FREQ=WEEKLY;BYDAY=TU;UNTIL=20260922",
            vec![
                "2026-09-01 18:00",
                "2026-09-08 18:00",
                "2026-09-15 18:00",
                "2026-09-22 18:00",
            ],
        ),
        (
            "every day",
            ",08:00,09:00,2026-09-01,2026-09-03,,FREQ=DAILY",
            vec!["2026-09-01 08:00", "2026-09-02 08:00", "2026-09-03 08:00"],
        ),
    ];
    for (name, row, want) in cases {
        let text = format!("{header}\nx,course,Van,cork-city-library,{row}\n");
        let import = read_opportunities(&text, &cork_ctx());
        assert!(
            import.problems.is_empty(),
            "{name}: {:?}",
            messages(&import)
        );
        let schedule = &import.opportunities[0].schedule;
        let got: Vec<String> = schedule
            .next_sessions(DateTime::parse("2026-09-01T00:00").unwrap(), 5)
            .iter()
            .map(|s| format!("{} {}", s.date, s.start))
            .collect();
        assert_eq!(got, want, "{name}");
    }
}

/// A repeat rule the schedule cannot hold, or that contradicts the row, leaves
/// the row out with the column, the rule and what to do.
#[test]
fn repeat_rules_that_cannot_be_shown_are_explained() {
    let header = "id,kind,title,venue,days,start_time,end_time,start_date,interval_weeks,rrule";
    let cases = [
        (
            ",10:00,11:00,2026-09-01,,FREQ=YEARLY",
            "column `rrule`: `FREQ=YEARLY`: FREQ=YEARLY (once a year) is not something LearnLocal can show: it shows weekly and monthly repeats; list the dates instead",
        ),
        (
            ",10:00,11:00,2026-09-01,FREQ=MONTHLY;BYMONTHDAY=14,",
            "column `interval_weeks`: `FREQ=MONTHLY;BYMONTHDAY=14`: BYMONTHDAY (days of the month by number) is not something LearnLocal can show: it shows weekly and monthly repeats on days of the week",
        ),
        (
            "tu,10:00,11:00,2026-09-01,,FREQ=MONTHLY",
            "column `rrule`: `FREQ=MONTHLY`: FREQ=MONTHLY without BYDAY repeats on the first date's day of the month (such as the 14th), which LearnLocal cannot show: say which weekday, such as BYDAY=1TU for the first Tuesday",
        ),
        (
            ",10:00,11:00,2026-09-01,,FREQ=DAILY;INTERVAL=2",
            "column `rrule`: `FREQ=DAILY;INTERVAL=2`: every 2 days is not something LearnLocal can show: it shows weekly and monthly repeats",
        ),
        (
            "tu,10:00,11:00,,FREQ=WEEKLY;INTERVAL=4,",
            "column `start_date`: `FREQ=WEEKLY;INTERVAL=4` repeats every 4 weeks, counted from the first date: give `start_date`",
        ),
        (
            ",10:00,11:00,,,FREQ=MONTHLY;BYDAY=1TU;COUNT=6",
            "column `start_date`: `FREQ=MONTHLY;BYDAY=1TU;COUNT=6` has 6 sessions, counted from the first date: give `start_date`",
        ),
        (
            "we,10:00,11:00,,,FREQ=MONTHLY;BYDAY=1TU",
            "column `days`: `days` gives we but the repeat rule `FREQ=MONTHLY;BYDAY=1TU` gives tu: give the days in one place",
        ),
        (
            ",10:00,11:00,,,FREQ=WEEKLY",
            "column `rrule`: `FREQ=WEEKLY`: the rule names no day: give `days`, BYDAY or a `start_date`",
        ),
        (
            "tu,10:00,11:00,2026-09-01,2,FREQ=WEEKLY",
            "column `interval_weeks`: `interval_weeks` 2 and the repeat rule `FREQ=WEEKLY` both say how often: give INTERVAL in the rule and leave `interval_weeks` empty",
        ),
        (
            "tu,10:00,,,,FREQ=MONTHLY;BYDAY=1TU",
            "column `end_time`: a repeat rule is given but no `end_time`",
        ),
    ];
    for (row, want) in cases {
        let text = format!("{header}\nx,course,Van,cork-city-library,{row}\n");
        let import = read_opportunities(&text, &cork_ctx());
        assert!(import.opportunities.is_empty(), "{row}");
        assert_eq!(
            messages(&import),
            vec![format!("error: row 2 (Van), {want}")],
            "{row}"
        );
    }
    // UNTIL, COUNT and `end_date` that disagree: the earliest wins, with a warning.
    let text = "id,kind,title,venue,start_time,end_time,start_date,end_date,rrule\n\
                x,course,Van,cork-city-library,10:00,11:00,2026-09-01,2026-12-31,FREQ=MONTHLY;BYDAY=1TU;COUNT=2\n";
    let import = read_opportunities(text, &cork_ctx());
    assert_eq!(
        import.opportunities[0].schedule.end_date,
        Date::new(2026, 10, 6)
    );
    assert_eq!(
        messages(&import),
        vec!["warning: row 2 (Van), column `rrule`: `end_date`, UNTIL and COUNT give different last dates; the earliest, 2026-10-06, is used".to_owned()]
    );
}

/// Suspicious but harmless values are dropped with a warning and the row kept.
#[test]
fn odd_values_warn_and_keep_the_row() {
    let text = "\
id,kind,title,mode,level,audience,languages,free,price,age_min,booking,verified,provider_url
x,activity,Odd values,online,expert,children;aliens,english,perhaps,\"12,50\",-3,pigeon,yesterday,https://p.example
";
    let import = read_opportunities(text, &ImportContext::default());
    let o = import.opportunities.first().unwrap();
    assert_eq!((o.mode, o.level), (Mode::Online, Level::None));
    assert_eq!(o.audience, vec![Audience::Children]);
    assert!(o.languages.is_empty() && o.cost.is_unknown() && o.age.is_none());
    assert!(o.booking.how.is_empty() && o.verified.is_none() && o.provider.is_none());
    assert_eq!(import.problems.len(), 9, "{:#?}", messages(&import));
    assert!(import.problems.iter().all(|p| !p.is_error()));
    assert!(messages(&import).contains(
        &"warning: row 2 (Odd values), column `price`: `12,50` is not a number, use a dot: write the amount only, such as 40.00, and the currency in `currency`; the price is left out".to_owned()
    ));
}

/// Inline place columns make a venue `<id>-venue`, reused by later rows and
/// found among known venues by name; a library takes its venue's hours.
#[test]
fn inline_venues_are_made_or_reused() {
    let text = "\
id,kind,title,venue_name,address,lat,lon,step_free,opening_hours,currency,price,mode,skills
hall-1,activity,Chess club,Glen Hall,The Glen,51.9133,-8.459,yes,,,5,,
hall-2,activity,Knitting circle,glen hall,,,,,,GBP,3.50,,
lib-1,library,Cork City Library,Cork City Library,,,,,,,,,
lib-2,library,Hollyhill Library,,Hollyhill,51.913,-8.5112,,mo-fr 10:00-17:00;sa 10:00-13:00,,,,
online-1,activity,Online maths,Nowhere Hall,,,,,,,,online,
";
    let import = read_opportunities(text, &cork_ctx());
    assert!(import.left_out.is_empty(), "{:#?}", messages(&import));
    let venue_of = |id: &str| {
        import
            .opportunities
            .iter()
            .find(|o| o.id == id)
            .and_then(|o| o.venue.clone())
    };
    assert_eq!(venue_of("hall-1").as_deref(), Some("hall-1-venue"));
    assert_eq!(venue_of("hall-2").as_deref(), Some("hall-1-venue"));
    assert_eq!(venue_of("lib-1").as_deref(), Some("cork-city-library"));
    assert_eq!(venue_of("lib-2").as_deref(), Some("lib-2-venue"));
    assert_eq!(venue_of("online-1"), None);
    let ids: Vec<&str> = import.venues.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, vec!["hall-1-venue", "lib-2-venue"]);
    let hall = import.venues.first().unwrap();
    assert_eq!(
        (
            hall.name.as_str(),
            hall.address.as_deref(),
            &hall.accessibility
        ),
        ("Glen Hall", Some("The Glen"), &vec![VenueAccess::StepFree])
    );
    let lib = |id: &str| import.opportunities.iter().find(|o| o.id == id).unwrap();
    assert_eq!(
        lib("lib-1").schedule.weekly,
        vec![slot(&[Mon, Tue], "09:00", "17:00")]
    );
    assert_eq!(
        lib("lib-2").schedule.weekly,
        vec![
            slot(&[Mon, Tue, Wed, Thu, Fri], "10:00", "17:00"),
            slot(&[Sat], "10:00", "13:00")
        ]
    );
    assert_eq!(lib("hall-2").cost.prices.first().unwrap().currency, "GBP");
    assert_eq!(
        messages(&import),
        vec![
            "warning: row 6 (Online maths), column `lat`: no coordinates, and no known venue or neighbourhood is called `Nowhere Hall`; it is listed online only"
        ]
    );
}

/// Ids repeat across rows only once; a missing id is made from the title.
#[test]
fn ids_are_unique_and_made_when_missing() {
    let text = "id,kind,title,mode\nx,course,First,online\nx,course,Second,online\n,course,Café Irish,online\n";
    let import = read_opportunities(text, &ImportContext::default());
    let ids: Vec<&str> = import.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, vec!["x", "cafe-irish"]);
    assert_eq!(reasons(&import), vec![(3, LeftOutReason::DuplicateId)]);
    assert_eq!(
        messages(&import).last().unwrap(),
        "warning: row 4 (Café Irish), column `id`: no id: `cafe-irish`, made from the title, is used"
    );
}

const SETTINGS: &str = "\
key,value
name,Cork learning opportunities (demonstration)
language,EN
demonstration,yes
keeper_name,LearnLocal demo keeper
keeper_email,catalogue@example.ie
time_zone,Europe/Dublin
time_zone_rule,\"GMT0IST,M3.5.0/1,M10.5.0\"
centre_lat,51.8985
centre_lon,-8.4756
centre_label,Cork city centre (Patrick Street)
bounds_south,51.84
bounds_west,-8.65
bounds_north,51.95
bounds_east,-8.33
";

/// The settings file fills every header field of the catalogue.
#[test]
fn settings_are_read() {
    let (settings, problems) = read_settings(SETTINGS);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(
        settings,
        CatalogueSettings {
            name: "Cork learning opportunities (demonstration)".into(),
            language: Some("en".into()),
            demonstration: true,
            keeper: Keeper {
                name: "LearnLocal demo keeper".into(),
                email: Some("catalogue@example.ie".into()),
                url: None,
            },
            time_zone: TimeZoneSpec {
                name: "Europe/Dublin".into(),
                rule: TimeZone::parse_posix("GMT0IST,M3.5.0/1,M10.5.0").unwrap(),
            },
            centre: LatLon {
                lat: 51.8985,
                lon: -8.4756
            },
            centre_label: "Cork city centre (Patrick Street)".into(),
            bounds: Some(Bounds {
                south: 51.84,
                west: -8.65,
                north: 51.95,
                east: -8.33
            }),
            currency: None,
            centre_auto: None,
            bounds_auto: None,
        }
    );
}

/// `auto` leaves the centre and the bounds to the venues; `auto` in only some of
/// them is an error naming the setting.
#[test]
fn centre_and_bounds_may_be_left_to_the_venues() {
    let auto = "key,value\nname,Kraków\ntime_zone,Europe/Warsaw\ncentre_lat,auto\ncentre_lon,Auto\n\
                centre_label,Kraków\nbounds_south,auto\nbounds_west,auto\nbounds_north,auto\nbounds_east,auto\n";
    let (settings, problems) = read_settings(auto);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:#?}");
    assert_eq!(
        (settings.centre_auto, settings.bounds_auto),
        (Some(4), Some(7))
    );
    assert_eq!(settings.bounds, None);

    let half = "key,value\nname,X\ntime_zone,UTC\ncentre_lat,auto\ncentre_lon,19.9\nbounds_south,auto\n\
                bounds_west,1\nbounds_north,2\nbounds_east,3\n";
    let (_, problems) = read_settings(half);
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("row 4 (centre_lat), column `value`: write `auto` in both")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("write `auto` in all four bounds")),
        "{text:#?}"
    );
}

/// A zone the tz database knows needs no rule; a rule that does not keep the
/// named zone's clock is a warning; an unknown zone without a rule an error.
#[test]
fn settings_zone_rules() {
    let zone = |rows: &str| {
        let (settings, problems) = read_settings(&format!("key,value\nname,x\n{rows}"));
        let messages: Vec<String> = problems
            .iter()
            .map(ToString::to_string)
            .filter(|m| m.contains("time_zone"))
            .collect();
        (settings.time_zone.rule.rule().to_owned(), messages)
    };
    assert_eq!(
        zone("time_zone,Europe/Dublin\n"),
        ("GMT0IST,M3.5.0/1,M10.5.0".to_owned(), vec![])
    );
    let (rule, messages) =
        zone("time_zone,Europe/Dublin\ntime_zone_rule,\"CET-1CEST,M3.5.0,M10.5.0/3\"\n");
    assert_eq!(rule, "CET-1CEST,M3.5.0,M10.5.0/3");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].contains("does not keep the clock of Europe/Dublin"),
        "{messages:?}"
    );
    let (_, messages) = zone("time_zone,Mars/Base\n");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].contains("the setting `time_zone_rule` is missing"),
        "{messages:?}"
    );
}

/// Settings mistakes name the key's row and say what to do.
#[test]
fn settings_mistakes() {
    let text = "key,value\ncentre_lat,\"51,8\"\ncolour,blue\ntime_zone,Mars/Base\ntime_zone_rule,nonsense\nbounds_south,1\nlanguage,Gaeilge\n";
    let (_, problems) = read_settings(text);
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let rule_error = TimeZone::parse_posix("nonsense").unwrap_err();
    for expected in [
        "warning: row 3 (colour), column `key`: `colour` is not a setting; the settings are: name, language, demonstration, keeper_name, keeper_email, keeper_url, time_zone, time_zone_rule, centre_lat, centre_lon, centre_label, bounds_south, bounds_west, bounds_north, bounds_east, currency".to_owned(),
        "error: row 1, column `name`: the setting `name` is missing: add a row `name,…`".to_owned(),
        format!("error: row 5 (time_zone_rule), column `value`: {rule_error}"),
        "error: row 2 (centre_lat), column `value`: `51,8` is not a number, use a dot".to_owned(),
        "error: row 1, column `centre_lon`: the setting `centre_lon` is missing: add a row `centre_lon,…`".to_owned(),
        "error: row 1, column `bounds_south`: give all four bounds (bounds_south, bounds_west, bounds_north, bounds_east) or none".to_owned(),
        "error: row 7 (language), column `value`: `Gaeilge` is not a language tag such as `pl`, `ga` or `pt-BR`: the language of the catalogue's own text, such as `en`".to_owned(),
    ] {
        assert!(messages.contains(&expected), "{expected}\nin {messages:#?}");
    }
}

/// Skills need slug ids, once each; neighbourhoods need coordinates.
#[test]
fn skills_and_neighbourhoods() {
    let (skills, problems) = read_skills(
        "id,label\ndigital,Computers and phones\nReading Groups,Reading groups\ndigital,Again\nmusic,\n",
    );
    assert_eq!(
        skills,
        vec![
            Skill::new("digital", "Computers and phones"),
            Skill::new("music", "music")
        ]
    );
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec![
            "error: row 3 (Reading groups), column `id`: `Reading Groups` is not a usable id: use lower-case letters, digits and hyphens, such as `reading-groups`",
            "error: row 4 (Again), column `id`: skill `digital` is listed twice",
            "warning: row 5 (music), column `label`: no label: the id is shown instead",
        ]
    );
    let (list, problems) = read_neighbourhoods(
        "id,name,lat,lon,population\nblackpool,Blackpool,51.9105,-8.4636,\"12,345\"\nglen,The Glen,,,\n",
    );
    assert_eq!(
        list,
        vec![Neighbourhood {
            id: "blackpool".into(),
            name: "Blackpool".into(),
            centre: LatLon {
                lat: 51.9105,
                lon: -8.4636
            },
            outline: vec![],
            population: Some(12345),
            population_estimate: false,
        }]
    );
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec!["error: row 3 (The Glen), column `lat`: no coordinates, so it is left out"]
    );
    // A population may be marked as an estimate; a word that is not yes or no
    // is a warning, and the population is read as a count.
    let (list, problems) = read_neighbourhoods(
        "id,name,lat,lon,population,population_estimate
         a,A,51.9,-8.46,900,yes
b,B,51.9,-8.46,900,
c,C,51.9,-8.46,900,roughly
",
    );
    let estimates: Vec<bool> = list.iter().map(|n| n.population_estimate).collect();
    assert_eq!(estimates, [true, false, false]);
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec![
            "warning: row 4 (C), column `population_estimate`: `roughly` is not yes or no; the population is read as a count"
        ]
    );
}

/// A catalogue is in English unless its settings say otherwise; the tag is
/// written in its usual case.
#[test]
fn the_catalogue_language_is_a_setting() {
    let (settings, _) = read_settings("key,value\nname,Kraków\n");
    assert_eq!(settings.language, None);
    assert_eq!(settings.catalogue().language, "en");
    let (settings, problems) = read_settings("key,value\nname,Kraków\nlanguage,PL\n");
    assert!(
        problems.iter().all(|p| !p.to_string().contains("language")),
        "{problems:#?}"
    );
    assert_eq!(settings.catalogue().language, "pl");
}

/// `translations.<tag>.label` columns give a skill's label in other languages;
/// an empty cell gives none, and a column that cannot be a translation is
/// named and not used.
#[test]
fn skill_labels_may_be_translated() {
    let (skills, problems) = read_skills(
        "id,label,translations.pl.label,Translations.PT-BR.Label,translations.polish.label,translations.uk.title\n\
         digital,Computers and phones,Komputery i telefony,Computadores e telefones,x,y\n\
         music,Music,,Música,,\n",
    );
    let labels = |skill: &Skill| {
        skill
            .translations
            .iter()
            .map(|t| format!("{}={}", t.lang, t.label.as_deref().unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        labels(&skills[0]),
        ["pl=Komputery i telefony", "pt-BR=Computadores e telefones"]
    );
    assert_eq!(labels(&skills[1]), ["pt-BR=Música"]);
    assert_eq!(skills[1].label_in("pt", "en").text, "Música");
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "warning: row 1, column `translations.polish.label`: column `translations.polish.label` is not used: `polish` is not a language tag such as `pl`, `ga` or `pt-BR`",
            "warning: row 1, column `translations.uk.title`: column `translations.uk.title` is not used: `title` cannot be translated here: the fields that can are label, as in `translations.pl.label`",
        ]
    );
}

/// `translations.<tag>.title`, `.summary` and `.description` columns of
/// `opportunities.csv` give the record's text in other languages, field by
/// field; a row's empty cells give nothing.
#[test]
fn opportunity_text_may_be_translated() {
    let text = "id,kind,title,summary,mode,translations.pl.title,translations.pl.summary,translations.uk.title,translations.xx.title\n\
                email,course,Email basics,Learn email.,online,Podstawy poczty,Naucz się poczty.,Основи пошти,?\n\
                web,course,The web,Learn the web.,online,,,,\n";
    let import = read_opportunities(text, &ImportContext::default());
    assert_eq!(import.opportunities.len(), 2);
    let email = &import.opportunities[0];
    assert_eq!(email.title_in("pl", "en").text, "Podstawy poczty");
    assert_eq!(email.summary_in("pl", "en").text, "Naucz się poczty.");
    assert_eq!(email.title_in("uk", "en").text, "Основи пошти");
    assert_eq!(email.summary_in("uk", "en").text, "Learn email.");
    assert!(import.opportunities[1].translations.is_none());
    assert_eq!(
        messages(&import),
        [
            "warning: row 1, column `translations.xx.title`: column `translations.xx.title` is not used: `xx` is not a language tag such as `pl`, `ga` or `pt-BR`: `xx` is not an ISO 639-1 language code"
        ]
    );
}

/// Five small files make one catalogue, indexed, with problems kept per file.
#[test]
fn build_assembles_a_catalogue() {
    let built = build_catalogue(
        SETTINGS,
        "id,label\ndigital,Computers and phones\nreading-groups,Reading groups\n",
        "id,name,lat,lon,population\nblackpool,Blackpool,51.9105,-8.4636,\n",
        "id,name,neighbourhood,lat,lon\nblackpool-library,Blackpool Library,blackpool,51.9105,-8.4636\nglen-hall,Glen Hall,,,\n",
        "id,kind,title,summary,venue,skills,free,days,start_time,end_time,venue_name\n\
         c1,course,Email basics,Learn email.,blackpool-library,Computers and phones,yes,tu,10:00,12:00,\n\
         c2,activity,Book club,Talk books.,,reading-groups,yes,th,18:00,19:00,Blackpool\n\
         c3,library,Blackpool Library,Books.,blackpool-library,reading-groups,yes,,,,\n",
    );
    let c = &built.catalogue;
    assert_eq!(c.schema_version, SCHEMA_VERSION);
    assert_eq!(c.name, "Cork learning opportunities (demonstration)");
    assert_eq!(c.skills.len(), 2);
    let venues: Vec<&str> = c.venues.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(venues, vec!["blackpool-library", "c2-venue"]);
    // The book club's place is the Blackpool neighbourhood, found by name.
    assert_eq!(
        c.venue("c2-venue").map(|v| v.location),
        Some(LatLon {
            lat: 51.9105,
            lon: -8.4636
        })
    );
    let o = c.opportunity("c1").unwrap();
    assert_eq!(o.skills, vec!["digital"]);
    assert_eq!(
        c.venue_of(o).map(|v| v.name.as_str()),
        Some("Blackpool Library")
    );
    let problems: Vec<(&str, String)> = built.problems().map(|(f, p)| (f, p.to_string())).collect();
    assert_eq!(
        problems,
        vec![
            (
                "venues.csv",
                "error: row 3 (Glen Hall), column `lat`: no coordinates, and no known venue or neighbourhood is called `Glen Hall`".to_owned()
            ),
            (
                "opportunities.csv",
                "warning: row 3 (Book club): no coordinates: placed at 51.91050, -8.46360, where a known place with its name or postcode is".to_owned()
            ),
        ]
    );
    assert_eq!(built.error_count(), 1);
    let venue_report = built.files.get(3).unwrap();
    assert_eq!(venue_report.file, "venues.csv");
    assert_eq!(venue_report.left_out.len(), 1);
}

/// The demo catalogue's sources in `data/sources/` build with no errors.
#[test]
fn demo_sources_build_without_errors() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/sources/");
    let read = |name: &str| {
        std::fs::read_to_string(format!("{dir}{name}"))
            .unwrap_or_else(|e| panic!("{dir}{name}: {e}"))
    };
    let [a, b, c, d, e] = SOURCE_FILES.map(read);
    let built = build_catalogue(&a, &b, &c, &d, &e);
    let errors: Vec<String> = built
        .problems()
        .filter(|(_, p)| p.is_error())
        .map(|(f, p)| format!("{f}: {p}"))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let c = &built.catalogue;
    assert!(!c.name.is_empty());
    assert!(!c.opportunities.is_empty() && !c.venues.is_empty() && !c.skills.is_empty());
    for o in &c.opportunities {
        if let Some(id) = &o.venue {
            assert!(c.venue(id).is_some(), "{} refers to {id}", o.id);
        }
    }
}

/// Hostile inputs never make a reader panic.
#[test]
fn hostile_inputs_do_not_panic() {
    let mut inputs: Vec<String> = vec![
        String::new(),
        "\u{feff}".into(),
        "id,kind,title\n".into(),
        "id,kind,title\n\"unterminated,course,x\n".into(),
        "\"".into(),
        ",,,,\n,,,\n".into(),
        format!("id,kind,title,days,start_time,end_time,lat,lon,venue_name\nx,course,{},mo-su;{},24:00,00:00,1e308,-1e308,é\n", "[".repeat(10_000), "su-mo,".repeat(1000)),
        "id,kind,title,price,age_min,interval_weeks,lat,lon,venue_name\nx,course,T,99999999999999999999999,300,999,NaN,inf,V\n".into(),
        "id,kind,title,dates,start_time,end_time,mode\nx,course,T,0000-01-01;9999-12-31;10000-01-01,24:00,24:00,online\n".into(),
        "id,name,lat,lon,opening_hours\nv,V,90,180,mo-mo 00:00-24:00;-;--;mo- 1-2;é 10:00–\n".into(),
        "key,value\ntime_zone,x\ntime_zone_rule,\u{0}\ncentre_lat,-0\nbounds_south,1e400\n".into(),
        String::from_utf8_lossy(b"id,kind,title\n\xff\xfe,\xc3,\xe2\x82\n").into_owned(),
    ];
    // Random bytes from a fixed seed, mostly CSV punctuation and digits to
    // reach deep into the readers, as text with invalid UTF-8 replaced.
    let alphabet = b",;\n\"-:. 0123456789moyesa\r\xc3\xa9";
    inputs.extend(crate::random_texts(
        0x9E37_79B9_7F4A_7C15,
        200,
        300,
        alphabet,
    ));
    let headers = [
        OPPORTUNITY_COLUMNS.join(","),
        VENUE_COLUMNS.join(","),
        INLINE_VENUE_COLUMNS.join(",") + ",id,kind,title",
    ];
    let ctx = cork_ctx();
    for input in &inputs {
        let mut texts = vec![input.clone()];
        texts.extend(headers.iter().map(|h| format!("{h}\n{input}")));
        for text in &texts {
            let import = read_opportunities(text, &ctx);
            // Nothing is dropped silently: every data row, readable or not, is
            // kept or left out.
            let sheet = Sheet::parse(text);
            let rows = sheet.rows.len() + sheet.unreadable.len();
            assert_eq!(
                import.opportunities.len() + import.left_out.len(),
                rows,
                "{text:?}"
            );
            read_venues(text, &ctx);
            read_settings(text);
            read_skills(text);
            read_neighbourhoods(text);
            build_catalogue(text, text, text, text, text);
        }
    }
}

/// Lists in a cell are split at `;`, trimmed, with empty items dropped.
#[test]
fn lists_in_a_cell() {
    assert_eq!(split_list(" a ;; b ;"), vec!["a", "b"]);
}
