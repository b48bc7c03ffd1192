//! Tests of the HSDS layouts before 3.0: the 1.x and 2.0 example packages (written
//! for LearnLocal from the published specifications, see tests/fixtures/SOURCES.md)
//! and small packages written here for each rule form and each bad row.

use super::*;
use crate::LeftOutReason;
use learnlocal_core::catalogue::{Skill, VenueAccess};
use learnlocal_core::opportunity::{Opportunity, SessionAccess};
use learnlocal_core::problem::Severity;
use learnlocal_core::schedule::DatedSlot;
use learnlocal_core::time::{Date, Time, Weekday};
use learnlocal_core::tz::TimeZone;

/// A folder of the shared fixtures, as the data tool reads it: file name to text.
fn package(folder: &str) -> BTreeMap<String, String> {
    let dir = format!(
        "{}/../../tests/fixtures/{folder}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_dir(dir)
        .expect("fixture folder")
        .map(|entry| {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&path).expect("table"))
        })
        .collect()
}

/// A package written inline: (file name, text).
fn inline(files: &[(&str, &str)]) -> BTreeMap<String, String> {
    files
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect()
}

/// A catalogue in Ireland that knows the skills the 2.0 example's terms name.
fn cork() -> ImportContext {
    ImportContext {
        zone: TimeZone::parse_posix("GMT0IST,M3.5.0/1,M10.5.0").expect("zone"),
        skills: vec![
            Skill {
                id: "esol".to_owned(),
                label: "English for speakers of other languages".to_owned(),
                ..Skill::default()
            },
            Skill {
                id: "crafts".to_owned(),
                label: "Crafts and making".to_owned(),
                ..Skill::default()
            },
        ],
        ..ImportContext::default()
    }
}

fn time(text: &str) -> Time {
    Time::parse(text).expect("test time")
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("test date")
}

fn opportunity<'a>(import: &'a Import, id: &str) -> &'a Opportunity {
    import
        .opportunities
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("{id} is imported: {:#?}", import.problems))
}

/// Each weekly slot as (day, opens, closes), one day each, sorted.
fn weekly(o: &Opportunity) -> Vec<(Weekday, String, String)> {
    let mut slots: Vec<(Weekday, String, String)> = o
        .schedule
        .weekly
        .iter()
        .flat_map(|slot| {
            slot.days
                .iter()
                .map(|day| (*day, slot.start.to_string(), slot.end.to_string()))
        })
        .collect();
    slots.sort();
    slots
}

fn slot(day: Weekday, opens: &str, closes: &str) -> (Weekday, String, String) {
    (day, opens.to_owned(), closes.to_owned())
}

/// Every problem as the data tool prints it.
fn messages(import: &Import) -> Vec<String> {
    import.problems.iter().map(ToString::to_string).collect()
}

fn has_message(import: &Import, expected: &str) -> bool {
    messages(import).iter().any(|m| m == expected)
}

/// The failing shape from the report: services linked to a location by
/// `services.location_id`, days named in `regular_schedules.csv`, accessibility
/// as a comma list, languages as names and fees as text. Every active service is
/// imported with its venue, weekly times, holidays, languages, access, cost and
/// phone; the inactive one is left out and says why.
#[test]
fn hsds_1_package_imports_every_active_service() {
    let import = read_tabular(&package("hsds-1.x"), &cork());
    assert_eq!(
        import.format.as_deref(),
        Some(
            "HSDS 1.x tabular package (holiday_schedules.csv, regular_schedules.csv), version 1.1 in datapackage.json"
        )
    );
    let ids: Vec<&str> = import.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "hsds-svc-spanish-loc-library",
            "hsds-svc-digital-loc-centre",
            "hsds-svc-cookery-loc-centre"
        ],
        "{:#?}",
        import.problems
    );
    assert!(
        import.summary().starts_with(
            "read as HSDS 1.x tabular package (holiday_schedules.csv, regular_schedules.csv), version 1.1 in datapackage.json; imported 3 opportunities (2 venues); left out 1"
        ),
        "{}",
        import.summary()
    );
    assert!(has_message(
        &import,
        "error: row 5 (services.csv, Sewing Circle), column `status`: `status` is inactive: the service does not run now"
    ));

    let spanish = opportunity(&import, "hsds-svc-spanish-loc-library");
    assert_eq!(spanish.title, "Spanish Conversation Circle");
    assert_eq!(spanish.venue.as_deref(), Some("hsds-loc-library"));
    assert_eq!(
        weekly(spanish),
        [
            slot(Weekday::Tue, "10:00", "12:00"),
            slot(Weekday::Thu, "10:00", "12:00")
        ]
    );
    // Closed from 22 December to 4 January: the Tuesdays and Thursdays between.
    assert_eq!(
        spanish.schedule.except,
        ["2026-12-22", "2026-12-24", "2026-12-29", "2026-12-31"].map(date)
    );
    assert_eq!(spanish.languages, ["es", "en"]);
    assert!(spanish.cost.free);
    assert_eq!(spanish.booking.phone.as_deref(), Some("021 490 1111"));
    // The library's induction loop serves the sessions held there.
    assert_eq!(spanish.access, [SessionAccess::HearingLoop]);
    assert_eq!(
        spanish.provider.as_ref().map(|p| p.name.as_str()),
        Some("Riverside Adult Education")
    );

    let digital = opportunity(&import, "hsds-svc-digital-loc-centre");
    // `2pm` and `4pm` on the twelve-hour clock.
    assert_eq!(weekly(digital), [slot(Weekday::Mon, "14:00", "16:00")]);
    // Easter Monday: open 10:00 to 12:00 instead.
    assert_eq!(digital.schedule.except, [date("2027-03-29")]);
    assert_eq!(
        digital.schedule.dates,
        [DatedSlot {
            date: date("2027-03-29"),
            start: time("10:00"),
            end: time("12:00"),
        }]
    );
    assert_eq!(digital.languages, ["en", "ga"]);
    assert!(!digital.cost.free);
    assert_eq!(
        digital.cost.concessions,
        ["€2 per session, free for over-65s"]
    );
    // The organization's phone, since the service has none of its own.
    assert_eq!(digital.booking.phone, None);
    assert_eq!(
        digital.provider.as_ref().and_then(|p| p.phone.as_deref()),
        Some("021 490 0000")
    );

    let cookery = opportunity(&import, "hsds-svc-cookery-loc-centre");
    assert_eq!(weekly(cookery), [slot(Weekday::Wed, "18:30", "20:30")]);
    assert_eq!(cookery.booking.phone.as_deref(), Some("021 490 2222"));
    assert_eq!(
        cookery.booking.note.as_deref(),
        Some("Book by phone. Phone extension 3.")
    );
    assert_eq!(cookery.access, [SessionAccess::SignLanguage]);

    let venue = |id: &str| {
        import
            .venues
            .iter()
            .find(|v| v.id == id)
            .unwrap_or_else(|| panic!("venue {id}"))
    };
    let library = venue("hsds-loc-library");
    assert_eq!(library.name, "Douglas Community Library");
    assert_eq!(
        library.address.as_deref(),
        Some("Church Street, Douglas, Cork")
    );
    assert_eq!(
        library.accessibility,
        [
            VenueAccess::StepFree,
            VenueAccess::AccessibleToilet,
            VenueAccess::PublicTransport
        ]
    );
    let days: Vec<Vec<Weekday>> = library
        .opening_hours
        .iter()
        .map(|s| s.days.clone())
        .collect();
    assert_eq!(
        days,
        [vec![Weekday::Mon], vec![Weekday::Tue], vec![Weekday::Sat]]
    );
    // Days with the same times are one slot, as a keeper would write them.
    assert_eq!(spanish.schedule.weekly.len(), 1);
    let centre = venue("hsds-loc-centre");
    assert_eq!(
        centre.accessibility,
        [VenueAccess::StepFree, VenueAccess::AccessibleParking]
    );
    assert!(has_message(
        &import,
        "warning: row 3 (accessibility_for_disabilities.csv, Riverside Learning Centre), column `accessibility`: `tape_braille` is not an access feature LearnLocal shows (step-free access, accessible toilet or parking, transport nearby, hearing loop, sign language, large print, easy read): it is left out"
    ));
    assert_eq!(
        import.left_out.len(),
        1,
        "only the inactive service: {:#?}",
        import.problems
    );
}

/// The HSDS 2.0 layout: `services_at_location.csv`, RRULE `schedules.csv`, the
/// older address, accessibility, language and taxonomy tables, and fees as text.
#[test]
fn hsds_2_package_imports_every_active_service() {
    let import = read_tabular(&package("hsds-2.0"), &cork());
    let format = import.format.as_deref().unwrap_or_default();
    assert!(
        format.starts_with("HSDS 2.0 tabular package (")
            && format.ends_with(", version 2.0.1 in datapackage.json"),
        "{format}"
    );
    let ids: Vec<&str> = import.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "hsds-svc-conversation-loc-hall",
            "hsds-svc-pottery-loc-studio",
            "hsds-svc-chess-loc-hall",
            "hsds-svc-chess-loc-studio"
        ],
        "{:#?}",
        import.problems
    );
    assert!(has_message(
        &import,
        "error: row 5 (services.csv, Computer Basics), column `status`: `status` is defunct: the service does not run now"
    ));
    assert_eq!(import.left_out.len(), 1, "{:#?}", import.problems);

    let conversation = opportunity(&import, "hsds-svc-conversation-loc-hall");
    assert_eq!(conversation.title, "English Conversation Class");
    assert_eq!(weekly(conversation), [slot(Weekday::Wed, "18:00", "20:00")]);
    assert_eq!(conversation.languages, ["en", "ar"]);
    assert_eq!(conversation.skills, ["esol"]);
    assert!(conversation.cost.free);
    // The phone for the service at the hall.
    assert_eq!(conversation.booking.phone.as_deref(), Some("021 430 0101"));
    assert_eq!(conversation.access, [SessionAccess::HearingLoop]);

    let pottery = opportunity(&import, "hsds-svc-pottery-loc-studio");
    assert_eq!(weekly(pottery), [slot(Weekday::Sat, "10:00", "12:30")]);
    assert_eq!(pottery.schedule.interval_weeks, 2);
    assert_eq!(pottery.schedule.start_date, Some(date("2026-09-05")));
    assert_eq!(pottery.skills, ["crafts"]);
    assert_eq!(
        pottery.cost.concessions,
        ["€15 per session, materials included"]
    );
    assert_eq!(pottery.booking.phone.as_deref(), Some("021 430 0202"));

    for id in ["hsds-svc-chess-loc-hall", "hsds-svc-chess-loc-studio"] {
        let chess = opportunity(&import, id);
        assert_eq!(weekly(chess), [slot(Weekday::Thu, "19:00", "21:00")]);
        assert_eq!(chess.languages, ["pl"]);
    }

    let hall = import
        .venues
        .iter()
        .find(|v| v.id == "hsds-loc-hall")
        .expect("hall");
    assert_eq!(
        hall.address.as_deref(),
        Some("Redforge Road, Blackpool, Cork")
    );
    assert_eq!(hall.postcode.as_deref(), Some("T23 XY12"));
    assert_eq!(hall.phone.as_deref(), Some("021 430 0300"));
    assert_eq!(
        hall.accessibility,
        [
            VenueAccess::StepFree,
            VenueAccess::AccessibleToilet,
            VenueAccess::AccessibleParking,
            VenueAccess::PublicTransport
        ]
    );
    assert!(has_message(
        &import,
        "warning: row 3 (accessibility_for_disabilities.csv, Shandon Craft Studio), column `accessibility`: `tty` is not an access feature LearnLocal shows (step-free access, accessible toilet or parking, transport nearby, hearing loop, sign language, large print, easy read): it is left out"
    ));
}

/// HSDS 1.0 named each file after one record and a regular schedule's location
/// `location`; its `fee.csv` holds the fees. Such a package reads like 1.1.
#[test]
fn hsds_1_0_file_names_are_read() {
    let import = read_tabular(
        &inline(&[
            (
                "service.csv",
                "id,location_id,name,description,status\ns1,l1,Knitting Club,Knitting for all.,active\n",
            ),
            (
                "location.csv",
                "id,name,latitude,longitude\nl1,Parish Hall,51.9,-8.47\n",
            ),
            (
                "regular_schedule.csv",
                "id,service_id,location,weekday,opens_at,closes_at\nr1,s1,l1,Fri,19:00,21:00\nr2,,l1,Saturday,9am,1pm\n",
            ),
            ("fee.csv", "id,service_id,fee\nf1,s1,€3 a night\n"),
        ]),
        &cork(),
    );
    assert_eq!(
        import.format.as_deref(),
        Some("HSDS 1.x tabular package (fee.csv, location.csv, regular_schedule.csv)")
    );
    assert_eq!(import.opportunities.len(), 1, "{:#?}", import.problems);
    let knitting = &import.opportunities[0];
    assert_eq!(weekly(knitting), [slot(Weekday::Fri, "19:00", "21:00")]);
    assert_eq!(knitting.cost.concessions, ["€3 a night"]);
    assert_eq!(import.venues[0].opening_hours.len(), 1);
    assert_eq!(import.venues[0].opening_hours[0].start, time("09:00"));
    assert_eq!(import.venues[0].opening_hours[0].end, time("13:00"));
}

/// A 1.x package of one service with these regular schedule rows.
fn with_days(rows: &str) -> Import {
    read_tabular(
        &inline(&[
            (
                "services.csv",
                "id,location_id,name,description,status\ns1,l1,Yoga,Gentle yoga.,active\n",
            ),
            (
                "locations.csv",
                "id,name,latitude,longitude\nl1,Hall,51.9,-8.47\n",
            ),
            (
                "regular_schedules.csv",
                &format!("id,service_id,weekday,opens_at,closes_at\n{rows}"),
            ),
        ]),
        &cork(),
    )
}

/// Days given as numbers are read as ISO 8601 numbers them (1 Monday to 7
/// Sunday, 0 Sunday too), with one warning for the table, since HSDS 1.1 does
/// not say which day is 1; a number or name that is no day leaves the service
/// out and names the row and column.
#[test]
fn numbered_weekdays() {
    let import = with_days("r1,s1,1,10:00,11:00\nr2,s1,7,10:00,11:00\nr3,s1,0,12:00,13:00\n");
    let o = &import.opportunities[0];
    assert_eq!(
        weekly(o),
        [
            slot(Weekday::Mon, "10:00", "11:00"),
            slot(Weekday::Sun, "10:00", "11:00"),
            slot(Weekday::Sun, "12:00", "13:00")
        ]
    );
    let warnings: Vec<String> = messages(&import)
        .into_iter()
        .filter(|m| m.contains("column `weekday`"))
        .collect();
    assert_eq!(
        warnings,
        [
            "warning: row 2 (regular_schedules.csv), column `weekday`: the days are numbers, read as 1 Monday to 7 Sunday (ISO 8601) and 0 as Sunday: HSDS 1.1 does not say which day is 1, so check the days of one service"
        ]
    );

    let import = with_days("r1,s1,Funday,10:00,11:00\n");
    assert!(import.opportunities.is_empty());
    assert_eq!(import.left_out[0].reason, LeftOutReason::BadValue);
    assert!(
        has_message(
            &import,
            "error: row 2 (services.csv, Yoga), column `weekday`: row 2 (regular_schedules.csv, Yoga): `Funday` is not a day of the week: use a name such as Monday, or a number from 1 (Monday) to 7 (Sunday)"
        ),
        "{:#?}",
        messages(&import)
    );
}

/// A service linked by `location_id` to a location the package does not have is
/// left out, naming the column and the id; one linked to nothing says how to
/// link it.
#[test]
fn a_missing_location_is_named() {
    let import = read_tabular(
        &inline(&[
            (
                "services.csv",
                "id,location_id,name,description,status\ns1,l9,Yoga,Gentle yoga.,active\ns2,,Pilates,Core work.,active\n",
            ),
            (
                "locations.csv",
                "id,name,latitude,longitude\nl1,Hall,51.9,-8.47\n",
            ),
        ]),
        &cork(),
    );
    assert!(import.opportunities.is_empty());
    let errors: Vec<String> = import
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "error: row 2 (services.csv, Yoga), column `location_id`: location `l9` is not in locations.csv",
            "error: row 3 (services.csv, Pilates), column `id`: the service is offered at no location, so nobody can find where it is: link it to a location with a row of service_at_location.csv naming its `id`, or its `location_id` (one with `location_type` virtual if it is online)"
        ]
    );
}

/// Holiday rows: a closure removes the weekly sessions it covers, other hours
/// replace them, and a row that cannot be applied is reported and changes
/// nothing.
#[test]
fn holiday_schedules() {
    let package = |holidays: &str| {
        read_tabular(
            &inline(&[
                (
                    "services.csv",
                    "id,location_id,name,description,status\ns1,l1,Yoga,Gentle yoga.,active\n",
                ),
                (
                    "locations.csv",
                    "id,name,latitude,longitude\nl1,Hall,51.9,-8.47\n",
                ),
                (
                    "regular_schedules.csv",
                    "id,service_id,weekday,opens_at,closes_at\nr1,s1,Monday,10:00,11:00\n",
                ),
                (
                    "holiday_schedules.csv",
                    &format!(
                        "id,service_id,location_id,closed,opens_at,closes_at,start_date,end_date\n{holidays}"
                    ),
                ),
            ]),
            &cork(),
        )
    };
    // 2026-08-03 is a Monday; a closure without `end_date` is one day long.
    let import =
        package("h1,s1,,yes,,,2026-08-03,\nh2,s1,,FALSE,09:00,10:00,2026-08-10,2026-08-11\n");
    let o = &import.opportunities[0];
    assert_eq!(o.schedule.except, [date("2026-08-03"), date("2026-08-10")]);
    assert_eq!(
        o.schedule.dates,
        ["2026-08-10", "2026-08-11"].map(|d| DatedSlot {
            date: date(d),
            start: time("09:00"),
            end: time("10:00"),
        })
    );

    let import = package(
        "h1,s1,,true,,,3 August,\nh2,s1,,false,,,2026-08-10,\nh3,s1,,maybe,,,2026-08-17,\nh4,,l1,true,,,2026-08-24,\n",
    );
    let o = &import.opportunities[0];
    assert_eq!(o.schedule.except, [date("2026-08-17")]);
    let warnings: Vec<String> = import
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .map(|p| format!("{}: {}", p.field.as_deref().unwrap_or(""), p.message))
        .collect();
    // The location is made ready before the service's schedule is read.
    assert_eq!(
        warnings,
        [
            "start_date: a place's opening hours are the same every week, so its holiday hours on 2026-08-24 are not shown: give them to the services held there",
            "start_date: `3 August` is not a date in the form YYYY-MM-DD: this holiday is not applied, so check the times shown for it",
            "opens_at: it is open, but no `opens_at` says when: this holiday is not applied, so check the times shown for it",
            "closed: `maybe` is not true or false: read as closed",
        ]
    );
}

/// A table given under its names in two versions is read once, under the newer
/// name; `datapackage.json` declaring another version than the tables show is
/// reported, and the tables win.
#[test]
fn conflicting_names_and_versions_are_reported() {
    let import = read_tabular(
        &inline(&[
            ("datapackage.json", r#"{"version": "2.0.1"}"#),
            (
                "services.csv",
                "id,name,description,status\ns1,Yoga,Gentle yoga.,active\n",
            ),
            (
                "locations.csv",
                "id,name,latitude,longitude\nl1,Hall,51.9,-8.47\nl2,Annex,51.9,-8.48\n",
            ),
            (
                "services_at_location.csv",
                "id,service_id,location_id\na1,s1,l2\n",
            ),
            (
                "service_at_location.csv",
                "id,service_id,location_id\na1,s1,l1\n",
            ),
        ]),
        &cork(),
    );
    let ids: Vec<&str> = import.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["hsds-s1-l1"]);
    let mut warnings = messages(&import);
    warnings.sort();
    assert_eq!(
        warnings,
        [
            "warning: catalogue, field `datapackage.json`: datapackage.json says HSDS version 2.0.1, but the tables are laid out as HSDS 3.0: they are read as they are laid out",
            "warning: catalogue, field `services_at_location.csv`: services_at_location.csv and service_at_location.csv are the same table in different HSDS versions: only service_at_location.csv is read",
        ]
    );
}

/// A JSON fixture of the shared fixtures, as text.
fn json_fixture(path: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("JSON fixture")
}

/// The JSON of the HSDS 1.x API (HSDA): a list of "complete" services, each
/// with its organization, phones, languages (as names, or one `language` listing
/// two), fees as text, `regular_schedules` (named and numbered days),
/// `holiday_schedules` and its `locations` or `services_at_location` nested, the
/// locations with `physical_addresses`, `accessibility_for_disabilities` and
/// their own opening hours. It reads as the same records in the 1.x tables do;
/// the inactive service and the one whose location is not in the file are left
/// out, each naming its record and field.
#[test]
fn hsds_1_json_imports_every_active_service() {
    let import = read_json(&json_fixture("hsds-1.x/services_complete.json"), &cork());
    assert!(
        import.summary().starts_with(
            "read as HSDS 1.x JSON (holiday_schedules, regular_schedules); imported 3 opportunities (2 venues); left out 2"
        ),
        "{}",
        import.summary()
    );
    let ids: Vec<&str> = import.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "hsds-svc-spanish-loc-library",
            "hsds-svc-digital-loc-centre",
            "hsds-svc-cookery-loc-centre"
        ]
    );
    let mut problems = messages(&import);
    problems.sort();
    assert_eq!(
        problems,
        [
            "error: record 4 (`Sewing Circle`), field `[3].status`: `status` is inactive: the service does not run now",
            "error: record 5 (`Tea Dance`), field `[4].location_id`: location `loc-ballroom` is not among the locations in this file",
            "warning: record 2 (`Digital Skills Drop-in`), field `[1].locations[0].accessibility_for_disabilities[0].accessibility`: `tape_braille` is not an access feature LearnLocal shows (step-free access, accessible toilet or parking, transport nearby, hearing loop, sign language, large print, easy read): it is left out",
            "warning: record 2 (`Digital Skills Drop-in`), field `[1].regular_schedules[0].weekday`: the days are numbers, read as 1 Monday to 7 Sunday (ISO 8601) and 0 as Sunday: HSDS 1.1 does not say which day is 1, so check the days of one service",
        ]
    );
    assert_eq!(
        import.left_out.iter().map(|l| l.reason).collect::<Vec<_>>(),
        [LeftOutReason::NotAnOpportunity, LeftOutReason::NoLocation]
    );

    let spanish = opportunity(&import, "hsds-svc-spanish-loc-library");
    assert_eq!(spanish.title, "Spanish Conversation Circle");
    assert_eq!(
        weekly(spanish),
        [
            slot(Weekday::Tue, "10:00", "12:00"),
            slot(Weekday::Thu, "10:00", "12:00")
        ]
    );
    assert_eq!(
        spanish.schedule.except,
        ["2026-12-22", "2026-12-24", "2026-12-29", "2026-12-31"].map(date)
    );
    assert_eq!(spanish.languages, ["es", "en"]);
    assert!(spanish.cost.free);
    assert_eq!(spanish.booking.phone.as_deref(), Some("021 490 1111"));
    assert_eq!(spanish.access, [SessionAccess::HearingLoop]);
    assert_eq!(
        spanish.provider.as_ref().map(|p| p.name.as_str()),
        Some("Riverside Adult Education")
    );

    let digital = opportunity(&import, "hsds-svc-digital-loc-centre");
    // Day 1 is Monday; `2pm` and `4pm` on the twelve-hour clock.
    assert_eq!(weekly(digital), [slot(Weekday::Mon, "14:00", "16:00")]);
    assert_eq!(
        digital.schedule.dates,
        [DatedSlot {
            date: date("2027-03-29"),
            start: time("10:00"),
            end: time("12:00"),
        }]
    );
    assert_eq!(digital.languages, ["en", "ga"]);
    assert_eq!(
        digital.cost.concessions,
        ["€2 per session, free for over-65s"]
    );
    assert_eq!(
        digital.provider.as_ref().and_then(|p| p.phone.as_deref()),
        Some("021 490 0000")
    );

    let cookery = opportunity(&import, "hsds-svc-cookery-loc-centre");
    assert_eq!(weekly(cookery), [slot(Weekday::Wed, "18:30", "20:30")]);
    assert_eq!(cookery.booking.phone.as_deref(), Some("021 490 2222"));
    assert_eq!(cookery.access, [SessionAccess::SignLanguage]);

    let library = &import.venues[0];
    assert_eq!(library.name, "Douglas Community Library");
    assert_eq!(
        library.address.as_deref(),
        Some("Church Street, Douglas, Cork")
    );
    assert_eq!(
        library.accessibility,
        [
            VenueAccess::StepFree,
            VenueAccess::AccessibleToilet,
            VenueAccess::PublicTransport
        ]
    );
    let days: Vec<Vec<Weekday>> = library
        .opening_hours
        .iter()
        .map(|s| s.days.clone())
        .collect();
    assert_eq!(days, [vec![Weekday::Mon], vec![Weekday::Sat]]);
    assert_eq!(
        import.venues[1].accessibility,
        [VenueAccess::StepFree, VenueAccess::AccessibleParking]
    );
}

/// The JSON of the HSDS 2.0 API in a search's form: organizations, services and
/// locations listed side by side and linked by id, RRULE `schedules`,
/// `services_at_location`, `physical_addresses`, `accessibility_for_disabilities`,
/// `language` values, taxonomy terms through `service_attributes`, and fees as
/// text. A provider the file does not hold and a monthly rule are warned about.
#[test]
fn hsds_2_json_imports_every_active_service() {
    let import = read_json(&json_fixture("hsds-2.0/search_result.json"), &cork());
    assert_eq!(
        import.format.as_deref(),
        Some("HSDS 2.0 JSON (accessibility_for_disabilities, physical_addresses, fees)")
    );
    let ids: Vec<&str> = import.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "hsds-svc-conversation-loc-hall",
            "hsds-svc-pottery-loc-studio",
            "hsds-svc-choir-loc-hall"
        ]
    );
    assert_eq!(import.left_out.len(), 1, "{:#?}", import.problems);
    let mut problems = messages(&import);
    problems.sort();
    assert_eq!(
        problems,
        [
            "error: record 3 (`Computer Basics`), field `services[2].status`: `status` is defunct: the service does not run now",
            "warning: record 2 (`Pottery for Beginners`), field `locations[1].accessibility_for_disabilities[0].accessibility`: `tty` is not an access feature LearnLocal shows (step-free access, accessible toilet or parking, transport nearby, hearing loop, sign language, large print, easy read): it is left out",
            "warning: record 4 (`Community Choir`), field `services[3].organization_id`: organization `org-elsewhere` is not among the organizations in this file, so the provider is not known",
            "warning: record 4 (`Community Choir`), field `services[3].schedules[0].freq`: schedule `freq=MONTHLY byday=1TU opens_at=19:30 closes_at=21:00` could not be read: only weekly schedules are imported (`freq` is MONTHLY); its times are left out",
        ]
    );

    let conversation = opportunity(&import, "hsds-svc-conversation-loc-hall");
    assert_eq!(conversation.title, "English Conversation Class");
    assert_eq!(weekly(conversation), [slot(Weekday::Wed, "18:00", "20:00")]);
    assert_eq!(conversation.languages, ["en", "ar"]);
    assert_eq!(conversation.skills, ["esol"]);
    assert!(conversation.cost.free);
    assert_eq!(conversation.booking.phone.as_deref(), Some("021 430 0101"));
    // The organization listed beside it, by `organization_id`.
    let provider = conversation.provider.as_ref().expect("provider");
    assert_eq!(provider.name, "Northside Community Learning");
    assert_eq!(provider.phone.as_deref(), Some("021 430 0000"));

    let pottery = opportunity(&import, "hsds-svc-pottery-loc-studio");
    assert_eq!(weekly(pottery), [slot(Weekday::Sat, "10:00", "12:30")]);
    assert_eq!(pottery.schedule.interval_weeks, 2);
    assert_eq!(pottery.schedule.start_date, Some(date("2026-09-05")));
    assert_eq!(
        pottery.cost.concessions,
        ["€15 per session, materials included"]
    );
    assert_eq!(pottery.booking.phone.as_deref(), Some("021 430 0202"));

    let choir = opportunity(&import, "hsds-svc-choir-loc-hall");
    assert!(choir.schedule.weekly.is_empty());
    assert_eq!(choir.provider, None);

    let hall = &import.venues[0];
    assert_eq!(hall.name, "Blackpool Community Hall");
    assert_eq!(
        hall.address.as_deref(),
        Some("Redforge Road, Blackpool, Cork")
    );
    assert_eq!(hall.postcode.as_deref(), Some("T23 XY12"));
    assert_eq!(hall.phone.as_deref(), Some("021 430 0300"));
    assert_eq!(
        hall.accessibility,
        [
            VenueAccess::StepFree,
            VenueAccess::AccessibleToilet,
            VenueAccess::AccessibleParking
        ]
    );
}

/// 3.0 JSON shows none of the older keys and says so.
#[test]
fn hsds_3_json_is_named() {
    let text = std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/hsds-3.0/service_full.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    let import = read_json(&text, &cork());
    assert_eq!(import.format.as_deref(), Some("HSDS 3.0 JSON"));
}

/// One 1.x service on its own: HSDS 1.0's fees as a list of `fee` rows, its
/// one location named by `location_id` beside it in the same list, languages
/// as codes, and a `weekday` that is no day leaving it out with the field named.
#[test]
fn hsds_1_json_small_forms() {
    let list = |weekday: &str| {
        format!(
            r#"[
                {{"id": "s1", "name": "Knitting Club", "description": "Knitting for all.", "status": "active",
                  "location_id": "l1", "languages": ["ga", "en"],
                  "fees": [{{"id": "f1", "fee": "€3 a night"}}, {{"id": "f2", "fee": "wool provided"}}],
                  "regular_schedules": [{{"weekday": "{weekday}", "opens_at": "19:00", "closes_at": "21:00"}}]}},
                {{"id": "l1", "name": "Parish Hall", "latitude": 51.9, "longitude": -8.47,
                  "physical_addresses": [{{"address_1": "Main Street", "city": "Cork"}}]}}
            ]"#
        )
    };
    let import = read_json(&list("Fri"), &cork());
    assert_eq!(
        import.format.as_deref(),
        Some("HSDS 1.x JSON (fees as a list, regular_schedules)")
    );
    assert_eq!(import.opportunities.len(), 1, "{:#?}", import.problems);
    let knitting = &import.opportunities[0];
    assert_eq!(knitting.id, "hsds-s1-l1");
    assert_eq!(weekly(knitting), [slot(Weekday::Fri, "19:00", "21:00")]);
    assert_eq!(knitting.languages, ["ga", "en"]);
    assert_eq!(knitting.cost.concessions, ["€3 a night; wool provided"]);
    assert_eq!(import.venues.len(), 1);

    let import = read_json(&list("Funday"), &cork());
    assert!(import.opportunities.is_empty());
    assert!(
        messages(&import).iter().any(|m| m.starts_with(
            "error: record 1 (`Knitting Club`), field `[0].regular_schedules[0].weekday`: `Funday` is not a day of the week"
        )),
        "{:#?}",
        messages(&import)
    );
}
