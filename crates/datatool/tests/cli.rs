//! The data tool as a catalogue keeper runs it: files in, messages and files out.

mod common;

use common::{root, run};
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("learnlocal-data-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The committed catalogue is exactly what `build` makes from the committed
/// sources, so the app never ships a catalogue its spreadsheets do not explain.
#[test]
fn committed_catalogue_is_built_from_the_sources() {
    let out = scratch("built.json");
    let (code, text) = run(&["build", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("0 errors"), "{text}");
    let built = std::fs::read_to_string(&out).unwrap();
    let committed = std::fs::read_to_string(root().join("data/catalogue.json")).unwrap();
    assert!(
        built == committed,
        "data/catalogue.json is out of date: run `cargo data build`"
    );
    let size_line = text.lines().find(|l| l.contains("bytes brotli")).unwrap();
    assert!(size_line.contains("opportunities;"), "{size_line}");
}

/// A spreadsheet with a decimal comma and a missing title is reported with the
/// file, row, name and column, the good row is kept, and the exit code is 1.
#[test]
fn validate_names_file_row_and_column() {
    let csv = scratch("bad.csv");
    std::fs::write(
        &csv,
        "id,kind,title,summary,venue_name,lat,lon,free,skills\n\
         a,course,Good course,Fine.,Hall,51.9,-8.47,yes,digital\n\
         b,course,Comma course,Bad.,Hall B,\"51,9\",-8.47,yes,digital\n\
         c,course,,No title.,Hall,51.9,-8.47,yes,digital\n",
    )
    .unwrap();
    let (code, text) = run(&["validate", csv.to_str().unwrap()]);
    assert_eq!(code, 1, "{text}");
    let file = csv.display().to_string();
    assert!(
        text.contains(&format!(
            "{file}: error: row 3 (Comma course), column `lat`: `51,9` is not a number, use a dot"
        )),
        "{text}"
    );
    assert!(text.contains(&format!("{file}: error: row 4")), "{text}");
    assert!(text.contains("imported 1 opportunity"), "{text}");
}

/// The Plymouth libraries import through their column map; with no gazetteer
/// for Plymouth every row is reported by row number and library name.
#[test]
fn plymouth_libraries_are_each_reported() {
    let input = fixtures().join("librarydata/libraries_plymouth.csv");
    let (code, text) = run(&[
        "validate",
        "--map",
        "data/mappings/librarydata.mapping.csv",
        input.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("row 2 (Crownhill Library)"), "{text}");
    assert!(
        text.contains("warning: row 18 (West Park Library), column `Year closed`: closed (2019), so it is left out"),
        "{text}"
    );
    assert!(
        text.contains("left out 17: 11 no coordinates and no place the gazetteer knows, 6 closed"),
        "{text}"
    );
}

/// Importing an iCalendar file adds its events to a catalogue and says so.
#[test]
fn import_merges_into_a_catalogue() {
    let into = scratch("into.json");
    std::fs::copy(root().join("data/catalogue.json"), &into).unwrap();
    let ics = scratch("story.ics");
    std::fs::write(
        &ics,
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:story-1\r\nSUMMARY:Story time\r\n\
         DTSTART;TZID=Europe/Dublin:20261202T103000\r\nDTEND;TZID=Europe/Dublin:20261202T111500\r\n\
         RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=6\r\nLOCATION:Blackpool Library\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    let (code, text) = run(&[
        "import",
        "--into",
        into.to_str().unwrap(),
        ics.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("imported 1 opportunity"), "{text}");
    let merged = std::fs::read_to_string(&into).unwrap();
    let loaded = learnlocal_core::read_catalogue(&merged, None).unwrap();
    let story = loaded
        .catalogue
        .opportunity("ics-story-1")
        .expect("imported");
    assert_eq!(story.title, "Story time");
    assert_eq!(story.schedule.weekly.len(), 1);
    assert_eq!(
        loaded.catalogue.venue_of(story).map(|v| v.name.as_str()),
        Some("Blackpool Library")
    );
}

/// An HSDS package in an older layout imports through the tool like a 3.0 one:
/// the summary names the version read, the records reach the catalogue with
/// their venues and times, and the one inactive service is reported.
#[test]
fn older_hsds_packages_import_into_a_catalogue() {
    for (folder, version, count, id, title) in [
        (
            "hsds-2.0",
            "read as HSDS 2.0 tabular package",
            "imported 4 opportunities (2 venues); left out 1",
            "hsds-svc-conversation-loc-hall",
            "English Conversation Class",
        ),
        (
            "hsds-1.x",
            "read as HSDS 1.x tabular package",
            "imported 3 opportunities (2 venues); left out 1",
            "hsds-svc-spanish-loc-library",
            "Spanish Conversation Circle",
        ),
    ] {
        let into = scratch(&format!("{folder}-into.json"));
        std::fs::copy(root().join("data/catalogue.json"), &into).unwrap();
        let package = fixtures().join(folder);
        let (code, text) = run(&[
            "import",
            "--format",
            "hsds",
            "--into",
            into.to_str().unwrap(),
            package.to_str().unwrap(),
        ]);
        // The inactive service left out is an error: the keeper should see it.
        assert_eq!(code, 1, "{folder}: {text}");
        assert!(text.contains("1 error,"), "{folder}: {text}");
        assert!(text.contains(version), "{folder}: {text}");
        assert!(text.contains(count), "{folder}: {text}");
        let merged = std::fs::read_to_string(&into).unwrap();
        let loaded = learnlocal_core::read_catalogue(&merged, None).unwrap();
        let record = loaded.catalogue.opportunity(id).expect("imported");
        assert_eq!(record.title, title, "{folder}");
        assert_eq!(record.schedule.weekly.len(), 1, "{folder}");
        assert!(loaded.catalogue.venue_of(record).is_some(), "{folder}");
    }
}

/// The JSON of the older HSDS APIs is told apart from OpenActive (both may be a
/// bare list) and imports into a catalogue, its summary naming the version read.
#[test]
fn older_hsds_json_imports_into_a_catalogue() {
    let into = scratch("hsds-1-json-into.json");
    std::fs::copy(root().join("data/catalogue.json"), &into).unwrap();
    let file = fixtures().join("hsds-1.x/services_complete.json");
    let (code, text) = run(&[
        "import",
        "--into",
        into.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    // The inactive service and the one without its location are errors.
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("read as HSDS 1.x JSON (holiday_schedules, regular_schedules)"),
        "{text}"
    );
    assert!(
        text.contains("imported 3 opportunities (2 venues); left out 2"),
        "{text}"
    );
    assert!(
        text.contains("location `loc-ballroom` is not among the locations in this file"),
        "{text}"
    );
    let merged = std::fs::read_to_string(&into).unwrap();
    let loaded = learnlocal_core::read_catalogue(&merged, None).unwrap();
    let record = loaded
        .catalogue
        .opportunity("hsds-svc-cookery-loc-centre")
        .expect("imported");
    assert_eq!(record.title, "Family Cookery Course");
    assert_eq!(record.schedule.weekly.len(), 1);
    assert_eq!(
        loaded.catalogue.venue_of(record).map(|v| v.name.as_str()),
        Some("Riverside Learning Centre")
    );
}

/// Each real open-data example is read without an error about the file itself.
#[test]
fn fixtures_are_readable() {
    for file in [
        "openactive-2.x/sessionseries_example_1.json",
        "openactive-2.x/place_example_1.json",
        "hsds-3.0/service_full.json",
    ] {
        let path = fixtures().join(file);
        let (code, text) = run(&["validate", path.to_str().unwrap()]);
        assert!(code == 0 || code == 1, "{file}: {text}");
        assert!(text.contains("imported"), "{file}: {text}");
    }
}

/// Extra inputs to a build, and later imports into the catalogue it writes, read
/// prices that do not name a currency in the catalogue's currency, not in euros.
#[test]
fn extra_inputs_take_the_catalogues_currency() {
    let sources = scratch("gbp-sources");
    std::fs::create_dir_all(&sources).unwrap();
    for name in [
        "catalogue.csv",
        "skills.csv",
        "neighbourhoods.csv",
        "venues.csv",
        "opportunities.csv",
    ] {
        let mut text = std::fs::read_to_string(root().join("data/sources").join(name)).unwrap();
        if name == "catalogue.csv" {
            text = text
                .lines()
                .filter(|line| !line.starts_with("currency,"))
                .map(|line| format!("{line}\n"))
                .collect();
            text.push_str("currency,GBP\n");
        }
        std::fs::write(sources.join(name), text).unwrap();
    }
    let extra = scratch("priced.csv");
    std::fs::write(
        &extra,
        "id,kind,title,summary,venue_name,lat,lon,price,skills\n\
         priced,course,Priced course,Fine.,Hall,51.9,-8.47,12.50,digital\n",
    )
    .unwrap();
    let out = scratch("gbp.json");
    let (code, text) = run(&[
        "build",
        "--sources",
        sources.to_str().unwrap(),
        "--extra",
        extra.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{text}");
    let catalogue: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let priced = catalogue["opportunities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "priced")
        .unwrap();
    assert_eq!(priced["cost"]["prices"][0]["currency"], "GBP", "{priced}");
    assert_eq!(catalogue["currency"], "GBP");

    // Imported later into the written catalogue, a price is in its currency too.
    let later = scratch("later.csv");
    std::fs::write(
        &later,
        "id,kind,title,summary,venue_name,lat,lon,price,skills\n\
         later,course,Later course,Fine.,Hall,51.9,-8.47,3,digital\n",
    )
    .unwrap();
    let (code, text) = run(&[
        "import",
        later.to_str().unwrap(),
        "--into",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{text}");
    let catalogue: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let later = catalogue["opportunities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "later")
        .unwrap();
    assert_eq!(later["cost"]["prices"][0]["currency"], "GBP", "{later}");
}

/// A mobile library timetable for a place in another country and time zone
/// (New York), whose "Frequency" column holds RFC 5545 repeat rules, is built
/// into a catalogue through its column map: every 4 weeks and the first
/// Saturday give their sessions at the same local times on both sides of the
/// change to summer time (8 March 2026), and a yearly rule is left out with its
/// row, column and rule.
///
/// The same from `cargo data init`, for Kraków, is in `tests/init.rs`.
#[test]
fn a_timetable_of_repeat_rules_builds_across_a_change_of_clocks() {
    let sources = scratch("new-york-sources");
    std::fs::create_dir_all(&sources).unwrap();
    let files = [
        (
            "catalogue.csv",
            "key,value\nname,Springfield mobile library (test)\nkeeper_name,Test keeper\n\
             time_zone,America/New_York\ncentre_lat,40.71\ncentre_lon,-74.0\n\
             centre_label,Downtown\nbounds_south,40.5\nbounds_west,-74.3\n\
             bounds_north,40.9\nbounds_east,-73.7\ncurrency,USD\n",
        ),
        ("skills.csv", "id,label\nreading,Reading\n"),
        (
            "neighbourhoods.csv",
            "id,name,lat,lon,population\ndowntown,Downtown,40.71,-74.0,1000\n",
        ),
        ("venues.csv", "id,name,lat,lon\n"),
        ("opportunities.csv", "id,kind,title,summary\n"),
    ];
    for (name, text) in files {
        std::fs::write(sources.join(name), text).unwrap();
    }
    let timetable = scratch("timetable.csv");
    std::fs::write(
        &timetable,
        "Stop,Day,Arrive,Depart,First date,Frequency,Lat,Lon\n\
         Elm Street,Tuesday,17:30,19:00,2026-02-17,FREQ=WEEKLY;INTERVAL=4,40.72,-74.01\n\
         Oak Park,,10:00,11:30,2026-01-01,FREQ=MONTHLY;BYDAY=1SA,40.70,-73.99\n\
         Pine Road,Wednesday,14:00,15:00,2026-01-07,FREQ=YEARLY,40.73,-74.02\n",
    )
    .unwrap();
    let mapping = scratch("timetable.mapping.csv");
    std::fs::write(
        &mapping,
        "field,column\nid_prefix,=van-\nkind,=library\ntitle,Stop\nvenue_name,Stop\n\
         days,Day\nstart_time,Arrive\nend_time,Depart\nstart_date,First date\n\
         rrule,Frequency\nlat,Lat\nlon,Lon\nfree,=yes\n",
    )
    .unwrap();
    let out = scratch("new-york.json");
    let (_, text) = run(&[
        "build",
        "--sources",
        sources.to_str().unwrap(),
        "--extra",
        timetable.to_str().unwrap(),
        "--map",
        mapping.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let file = timetable.display().to_string();
    assert!(
        text.contains(&format!(
            "{file}: error: row 4 (Pine Road), column `Frequency`: `FREQ=YEARLY`: FREQ=YEARLY (once a year) is not something LearnLocal can show"
        )),
        "{text}"
    );
    let loaded =
        learnlocal_core::read_catalogue(&std::fs::read_to_string(&out).unwrap(), None).unwrap();
    let catalogue = &loaded.catalogue;
    assert_eq!(catalogue.time_zone.name, "America/New_York");
    assert!(catalogue.opportunity("van-pine-road").is_none());
    let zone = &catalogue.time_zone.rule;
    // Each session as local time, then as UTC: the offset moves, the local time does not.
    let sessions = |id: &str| -> Vec<String> {
        let o = catalogue.opportunity(id).expect(id);
        o.schedule
            .next_sessions(
                learnlocal_core::time::DateTime::parse("2026-01-01T00:00").unwrap(),
                4,
            )
            .iter()
            .map(|s| {
                let utc = zone.to_utc(s.starts_at());
                let utc = learnlocal_core::time::DateTime::from_minutes_since_epoch(utc / 60);
                format!("{} {} = {} UTC", s.date, s.start, utc.time)
            })
            .collect()
    };
    assert_eq!(
        sessions("van-elm-street"),
        [
            "2026-02-17 17:30 = 22:30 UTC",
            "2026-03-17 17:30 = 21:30 UTC",
            "2026-04-14 17:30 = 21:30 UTC",
            "2026-05-12 17:30 = 21:30 UTC",
        ]
    );
    assert_eq!(
        sessions("van-oak-park"),
        [
            "2026-01-03 10:00 = 15:00 UTC",
            "2026-02-07 10:00 = 15:00 UTC",
            "2026-03-07 10:00 = 15:00 UTC",
            "2026-04-04 10:00 = 14:00 UTC",
        ]
    );
}

/// `generate` writes a synthetic catalogue of exactly the size asked, which the
/// app's reader reads without a single problem, and the same seed writes the
/// same bytes.
#[test]
fn generate_writes_a_readable_catalogue_reproducibly() {
    let first = scratch("synthetic-a.json");
    let second = scratch("synthetic-b.json");
    for out in [&first, &second] {
        let (code, text) = run(&[
            "generate",
            "--size",
            "2000",
            "--seed",
            "9",
            "--area",
            "country",
            "--brotli-quality",
            "1",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{text}");
        assert!(text.contains(": 2000 opportunities, "), "{text}");
        assert!(text.contains("bytes brotli"), "{text}");
        assert!(text.contains("0 errors, 0 warnings"), "{text}");
    }
    let bytes = std::fs::read(&first).unwrap();
    assert!(
        bytes == std::fs::read(&second).unwrap(),
        "same seed, other bytes"
    );
    let loaded = learnlocal_core::read_catalogue(&String::from_utf8(bytes).unwrap(), None).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.catalogue.opportunities.len(), 2000);
    assert_eq!(
        loaded.catalogue.name,
        "Synthetic catalogue (2000 opportunities, seed 9)"
    );
}

/// A size that is not a number, or an unknown area, is refused with the reason.
#[test]
fn generate_explains_bad_options() {
    let (code, text) = run(&["generate", "--size", "lots"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("--size: give a whole number"), "{text}");
    let (code, text) = run(&["generate", "--size", "10", "--area", "moon"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("`moon` is not an area"), "{text}");
}
