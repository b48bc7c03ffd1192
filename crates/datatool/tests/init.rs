//! A catalogue for a place the project has never seen, as a keeper makes it:
//! `init` with a name, an IANA zone and a contact, then `build` from their own
//! spreadsheet through a mapping. The spreadsheet is a mobile library's timetable
//! for Kraków (Europe/Warsaw), whose stops carry their own coordinates.

mod common;

use common::{root, run};
use learnlocal_core::read_catalogue;
use learnlocal_core::time::DateTime;
use std::path::{Path, PathBuf};

/// A new empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "learnlocal-init-test-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn s(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// Starts Kraków's sources in `dir`.
fn init_krakow(dir: &Path) -> (i32, String) {
    run(&[
        "init",
        s(dir),
        "--name",
        "Kraków",
        "--time-zone",
        "europe/warsaw",
        "--keeper-email",
        "biblioteka@example.pl",
        "--keeper-name",
        "Biblioteka Kraków (example)",
        "--currency",
        "pln",
    ])
}

#[test]
fn init_writes_the_sources_of_a_new_place() {
    let dir = scratch("sources");
    let (code, out) = init_krakow(&dir);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("time zone Europe/Warsaw (the app's rule: CET-1CEST,M3.5.0,M10.5.0/3)"),
        "{out}"
    );
    let settings = std::fs::read_to_string(dir.join("catalogue.csv")).unwrap();
    for line in [
        "name,Kraków",
        "time_zone,Europe/Warsaw",
        "centre_lat,auto",
        "bounds_east,auto",
        "keeper_email,biblioteka@example.pl",
        "currency,PLN",
        "demonstration,no",
    ] {
        assert!(settings.lines().any(|l| l == line), "{line} in\n{settings}");
    }
    // The other files are the header rows the build reads, and nothing else.
    for file in [
        "skills.csv",
        "neighbourhoods.csv",
        "venues.csv",
        "opportunities.csv",
    ] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        assert_eq!(text.lines().count(), 1, "{file}: {text}");
    }

    // Never over a catalogue already there.
    let (code, out) = init_krakow(&dir);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("already holds catalogue.csv, skills.csv, neighbourhoods.csv, venues.csv, opportunities.csv; init never writes over"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn init_explains_what_is_missing_or_wrong() {
    let dir = scratch("bad");
    let (code, out) = run(&["init", s(&dir), "--name", "X", "--keeper-email", "a@b"]);
    assert_eq!(code, 2);
    assert!(
        out.contains("init needs --time-zone: an IANA time zone, such as Europe/Warsaw"),
        "{out}"
    );
    let (code, out) = run(&[
        "init",
        s(&dir),
        "--name",
        "X",
        "--keeper-email",
        "a@b",
        "--time-zone",
        "Europe/Krakow",
    ]);
    assert_eq!(code, 2);
    assert!(
        out.contains("--time-zone: `Europe/Krakow` is not a time zone the tz database knows"),
        "{out}"
    );
    let (code, out) = run(&[
        "init",
        s(&dir),
        "--name",
        "X",
        "--keeper-email",
        "a@b",
        "--time-zone",
        "UTC",
        "--centre",
        "19.9,50.1,3",
    ]);
    assert_eq!(code, 2);
    assert!(
        out.contains("--centre: `19.9,50.1,3` is not LAT,LON"),
        "{out}"
    );
    assert!(!dir.exists(), "nothing is written when an option is wrong");
}

/// `--language` names the language of the catalogue's own text: it is checked,
/// written in its usual case into the settings, and the example taxonomy is
/// labelled in it where the demo has a translation.
#[test]
fn init_takes_the_catalogues_language() {
    let dir = scratch("language");
    let base = [
        "init",
        s(&dir),
        "--name",
        "Kraków",
        "--time-zone",
        "Europe/Warsaw",
        "--keeper-email",
        "biblioteka@example.pl",
        "--skills",
        "example",
    ];
    let (code, out) = run(&[&base[..], &["--language", "polish"]].concat());
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("--language: `polish` is not a language tag such as `pl`, `ga` or `pt-BR`"),
        "{out}"
    );
    assert!(!dir.exists(), "nothing is written when an option is wrong");
    let (code, out) = run(&[&base[..], &["--language", "PL-pl"]].concat());
    assert_eq!(code, 0, "{out}");
    let settings = std::fs::read_to_string(dir.join("catalogue.csv")).unwrap();
    assert!(
        settings.lines().any(|l| l == "language,pl-PL"),
        "{settings}"
    );
    let skills = std::fs::read_to_string(dir.join("skills.csv")).unwrap();
    // pl-PL is served by the demo's pl labels.
    assert!(
        skills
            .lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("digital,Komputery i telefony,Computers and phones,")),
        "{skills}"
    );
    let opportunities = std::fs::read_to_string(dir.join("opportunities.csv")).unwrap();
    assert!(!opportunities.contains("translations."), "{opportunities}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The timetable builds into a catalogue of its own place: every stop is a venue
/// from its own coordinates, the areas become the gazetteer, the centre and the
/// area come from the stops (so no venue is "outside the catalogue's area"), and
/// the mapping's template and value table shape the records.
#[test]
fn a_spreadsheet_with_coordinates_builds_a_catalogue_for_the_new_place() {
    let dir = scratch("build");
    assert_eq!(init_krakow(&dir).0, 0);
    let out_file = dir.join("catalogue.json");
    let fixture = root().join("tests/fixtures/new-place/krakow-mobile-library.csv");
    let mapping = root().join("tests/fixtures/new-place/krakow-mobile-library.mapping.csv");
    let (code, out) = run(&[
        "build",
        "--sources",
        s(&dir),
        "--extra",
        s(&fixture),
        "--map",
        s(&mapping),
        "--out",
        s(&out_file),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("outside the catalogue's area"), "{out}");
    assert!(out.contains("imported 6 opportunities (6 venues)"), "{out}");

    let text = std::fs::read_to_string(&out_file).unwrap();
    let loaded = read_catalogue(&text, None).unwrap();
    let c = &loaded.catalogue;
    assert_eq!(c.name, "Kraków");
    // The timetable's text is English, the language init writes by default.
    assert_eq!(c.language, "en");
    assert_eq!(c.time_zone.name, "Europe/Warsaw");
    assert_eq!(c.currency.as_deref(), Some("PLN"));
    assert_eq!(c.centre_label, "Kraków");
    // The median of the stops' latitudes and longitudes.
    assert!((c.centre.lat - 50.019_25).abs() < 1e-6, "{:?}", c.centre);
    assert!((c.centre.lon - 19.973_9).abs() < 1e-6, "{:?}", c.centre);
    let bounds = c.bounds.expect("bounds from the stops");
    assert!(c.venues.iter().all(|v| bounds.contains(v.location)));
    let areas: Vec<&str> = c.neighbourhoods.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(
        areas,
        [
            "Nowa Huta",
            "Bieżanów-Prokocim",
            "Dębniki",
            "Mistrzejowice",
            "Swoszowice"
        ]
    );
    let tyniec = c
        .opportunities
        .iter()
        .find(|o| o.title == "Mobile library: Tyniec")
        .expect("the Tyniec stop");
    assert_eq!(
        tyniec.summary,
        "The mobile library stops at Tyniec (Dębniki)."
    );
    let venue = c.venue(tyniec.venue.as_deref().unwrap()).unwrap();
    assert_eq!(venue.neighbourhood.as_deref(), Some("debniki"));
    // Every other Wednesday from the first visit, 10:00 to 12:00 in Kraków, on
    // both sides of the change to summer time (29 March 2026): the local times
    // stay, the UTC times move by an hour.
    let after = DateTime::parse("2026-03-10T09:00").unwrap();
    let next = tyniec.schedule.next_sessions(after, 2);
    let shown: Vec<String> = next
        .iter()
        .map(|s| format!("{} {}-{}", s.date, s.start, s.end))
        .collect();
    assert_eq!(shown, ["2026-03-18 10:00-12:00", "2026-04-01 10:00-12:00"]);
    let utc_hours: Vec<i64> = next
        .iter()
        .map(|s| c.time_zone.rule.to_utc(s.starts_at()).rem_euclid(86_400) / 3600)
        .collect();
    assert_eq!(utc_hours, [9, 8]);
    // The last Saturday of each month, from a rule in the same column.
    let swoszowice = c
        .opportunities
        .iter()
        .find(|o| o.title == "Mobile library: Swoszowice")
        .expect("the Swoszowice stop");
    let last_saturdays: Vec<String> = swoszowice
        .schedule
        .next_sessions(after, 3)
        .iter()
        .map(|s| s.date.to_string())
        .collect();
    assert_eq!(last_saturdays, ["2026-03-28", "2026-04-25", "2026-05-30"]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `validate` checks a catalogue against its JSON Schema: a misspelt field, which
/// the app would silently ignore, is reported with its record and field.
#[test]
fn validate_reports_fields_the_format_does_not_have() {
    let demo = std::fs::read_to_string(root().join("data/catalogue.json")).unwrap();
    let typo = demo.replacen("\"summary\":", "\"summery\":\"A typo\",\"summary\":", 1);
    assert_ne!(typo, demo);
    let file = scratch("typo.json");
    std::fs::write(&file, typo).unwrap();
    let (_, out) = run(&["validate", "--now", "2026-10-01T10:00", s(&file)]);
    assert!(
        out.contains("warning: opportunity 1 (`cork-0001`), field `summery`: `summery` is not a field of the catalogue format, so the app ignores it"),
        "{out}"
    );
    let _ = std::fs::remove_file(&file);
}
