use super::*;
use crate::catalogue::SCHEMA_VERSION;
use crate::read_catalogue;
use crate::validate::validate;

/// A small catalogue named `name` in `zone`, with these venues, opportunities
/// and skills (JSON lists' items).
fn catalogue(name: &str, zone: &str, skills: &str, venues: &str, opportunities: &str) -> Catalogue {
    let json = format!(
        r#"{{
        "schema_version": {SCHEMA_VERSION}, "name": "{name}", "currency": "EUR",
        "time_zone": {{"name": "{zone}", "rule": "GMT0IST,M3.5.0/1,M10.5.0"}},
        "centre": {{"lat": 51.9, "lon": -8.47}}, "centre_label": "Centre",
        "neighbourhoods": [{{"id": "centre", "name": "Centre", "centre": {{"lat": 51.9, "lon": -8.47}}}}],
        "skills": [{skills}],
        "venues": [{venues}],
        "opportunities": [{opportunities}]
    }}"#
    );
    let loaded = read_catalogue(&json, None).unwrap();
    assert!(
        loaded.problems.iter().all(|p| !p.is_error()),
        "{:?}",
        loaded.problems
    );
    loaded.catalogue
}

const DIGITAL: &str = r#"{"id": "digital", "label": "Computers and phones"}"#;

fn venue(id: &str, name: &str, lat: f64, lon: f64) -> String {
    format!(r#"{{"id": "{id}", "name": "{name}", "location": {{"lat": {lat}, "lon": {lon}}}}}"#)
}

fn opportunity(id: &str, venue: &str, provider: &str) -> String {
    format!(
        r#"{{"id": "{id}", "kind": "course", "title": "Email {id}", "summary": "Learn email.",
             "venue": "{venue}", "skills": ["digital"], "cost": {{"free": true}},
             "provider": {provider}}}"#
    )
}

fn source(file: &str, catalogue: Catalogue) -> Source {
    Source {
        file: file.to_owned(),
        catalogue,
    }
}

fn notes_of(merged: &Merged, file: usize) -> Vec<String> {
    merged
        .notes
        .iter()
        .filter(|n| n.file == file)
        .map(|n| n.problem.to_string())
        .collect()
}

/// A city merged with another: venues with the same id at the same place, or
/// the same name (ignoring case and accents) within 100 m, become one and the
/// later file's opportunities point at it; the same id far away is renamed
/// with the later catalogue's prefix; a taken opportunity id is renamed; every
/// note names the file, the record and the field.
#[test]
fn duplicate_venues_merge_and_clashing_ids_are_renamed() {
    let cork = catalogue(
        "Cork learning",
        "Europe/Dublin",
        DIGITAL,
        &[
            venue("library", "City Library", 51.8968, -8.4747),
            venue("hall", "Community Hall", 51.90, -8.48),
            venue("museum", "Public Museum", 51.895, -8.49),
        ]
        .join(","),
        &[
            opportunity("a", "library", r#"{"name": "Libraries"}"#),
            opportunity("b", "hall", r#"{"name": "Hall Trust"}"#),
        ]
        .join(","),
    );
    let galway = catalogue(
        "Galway learning",
        "Europe/Dublin",
        DIGITAL,
        &[
            // The same id 30 m away: the same venue.
            venue("library", "City Library", 51.8970, -8.4745),
            // Another id, the same name folded, 50 m away: the same venue.
            venue("the-museum", "PUBLIC MUSÉUM", 51.8954, -8.4902),
            // The same id, 157 km away: another venue.
            venue("hall", "Community Hall", 53.27, -9.05),
        ]
        .join(","),
        &[
            opportunity("a", "library", r#"{"name": "Libraries"}"#),
            opportunity("g1", "the-museum", r#"{"name": "Libraries"}"#),
            opportunity("g2", "hall", r#"{"name": "Hall Trust"}"#),
        ]
        .join(","),
    );
    let merged = merge(
        vec![source("cork.json", cork), source("galway.json", galway)],
        &Options::default(),
    )
    .unwrap();
    let c = &merged.catalogue;
    let ids: Vec<&str> = c.venues.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, ["library", "hall", "museum", "galway-hall"]);
    let at = |id: &str| c.opportunities.iter().find(|o| o.id == id).unwrap();
    assert_eq!(at("galway-a").venue.as_deref(), Some("library"));
    assert_eq!(at("g1").venue.as_deref(), Some("museum"));
    assert_eq!(at("g2").venue.as_deref(), Some("galway-hall"));
    assert_eq!(c.opportunities.len(), 5);
    assert!(notes_of(&merged, 0).is_empty(), "{:?}", merged.notes);
    let notes = notes_of(&merged, 1);
    let expected = [
        "warning: venue 1 (`library`), field `id`: the same venue as `library` (`City Library`) of cork.json: same id, 26 m apart",
        "warning: venue 2 (`the-museum`), field `name`: the same venue as `museum` (`Public Museum`) of cork.json: same name, 47 m apart",
        "warning: venue 3 (`hall`), field `id`: `hall` is also a venue of cork.json (`Community Hall`), 157.1 km away: another venue, renamed `galway-hall`",
        "warning: opportunity 1 (`a`), field `id`: `a` is already the id of an opportunity of cork.json: renamed `galway-a`",
    ];
    assert_eq!(notes.len(), expected.len(), "{notes:#?}");
    for (note, start) in notes.iter().zip(expected) {
        assert!(
            note.starts_with(start),
            "{note}\n does not start with\n{start}"
        );
    }
    // The result is a valid catalogue.
    let errors: Vec<_> = validate(c, None)
        .into_iter()
        .filter(|p| p.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// Providers with the same name ignoring case, accents and spacing, or the
/// same e-mail, are one provider with the first one's spelling (and the
/// details it lacked), noted once per file and spelling; providers of two
/// files sharing only a website are noted and kept apart; others stay.
#[test]
fn duplicate_providers_are_unified() {
    let first = catalogue(
        "Cork",
        "Europe/Dublin",
        DIGITAL,
        &venue("v", "V", 51.9, -8.47),
        &[
            opportunity("a", "v", r#"{"name": "Cork City Libraries"}"#),
            opportunity(
                "b",
                "v",
                r#"{"name": "Cork ETB", "url": "https://www.corketb.ie/"}"#,
            ),
            opportunity("c", "v", r#"{"name": "Men's Shed"}"#),
        ]
        .join(","),
    );
    let second = catalogue(
        "Kerry",
        "Europe/Dublin",
        DIGITAL,
        &venue("w", "W", 52.06, -9.5),
        &[
            opportunity(
                "k1",
                "w",
                r#"{"name": " cork city  libraries", "email": "Libs@example.ie"}"#,
            ),
            opportunity("k2", "w", r#"{"name": "CORK CITY LIBRARIES"}"#),
            opportunity("k2b", "w", r#"{"name": "CORK CITY LIBRARIES"}"#),
            opportunity(
                "k3",
                "w",
                r#"{"name": "Cork Education and Training Board", "url": "http://corketb.ie"}"#,
            ),
            opportunity(
                "k4",
                "w",
                r#"{"name": "Library Service", "email": "libs@example.ie "}"#,
            ),
            opportunity("k5", "w", r#"{"name": "Women's Shed"}"#),
        ]
        .join(","),
    );
    let merged = merge(
        vec![source("cork.json", first), source("kerry.json", second)],
        &Options::default(),
    )
    .unwrap();
    let provider = |id: &str| {
        merged
            .catalogue
            .opportunities
            .iter()
            .find(|o| o.id == id)
            .and_then(|o| o.provider.clone())
            .unwrap()
    };
    let libraries = provider("a");
    assert_eq!(libraries.name, "Cork City Libraries");
    assert_eq!(libraries.email.as_deref(), Some("Libs@example.ie"));
    for id in ["k1", "k2", "k2b", "k4"] {
        assert!(Arc::ptr_eq(&libraries, &provider(id)), "{id}");
    }
    assert_eq!(provider("k3").name, "Cork Education and Training Board");
    assert_eq!(provider("k5").name, "Women's Shed");
    assert_eq!(provider("c").name, "Men's Shed");
    let notes = notes_of(&merged, 1);
    let expected = [
        "warning: opportunity 1 (`k1`), field `provider`: ` cork city  libraries` is the provider `Cork City Libraries` of cork.json (the same name)",
        "warning: opportunity 2 (`k2`), field `provider`: `CORK CITY LIBRARIES` is the provider `Cork City Libraries` of cork.json (the same name)",
        "warning: opportunity 4 (`k3`), field `provider`: `Cork Education and Training Board` has the website of `Cork ETB` of cork.json, but another name: kept apart",
        "warning: opportunity 5 (`k4`), field `provider`: `Library Service` is the provider `Cork City Libraries` of cork.json (the same e-mail)",
    ];
    assert_eq!(notes.len(), expected.len(), "{notes:#?}");
    for (note, start) in notes.iter().zip(expected) {
        assert!(
            note.starts_with(start),
            "{note}\n does not start with\n{start}"
        );
    }
}

/// The header is the first catalogue's, with the name given; skills are
/// united by id (a different label noted, the first kept); the centre and
/// bounds come from every venue; a different currency is noted.
#[test]
fn the_header_skills_and_area_come_from_every_catalogue() {
    let first = catalogue(
        "Cork",
        "Europe/Dublin",
        DIGITAL,
        &venue("v", "V", 51.9, -8.47),
        &opportunity("a", "v", r#"{"name": "P"}"#),
    );
    let mut second = catalogue(
        "Belfast",
        "Europe/Dublin",
        &[
            r#"{"id": "digital", "label": "Digital skills"}"#,
            r#"{"id": "music", "label": "Music"}"#,
        ]
        .join(","),
        &venue("w", "W", 54.6, -5.93),
        &opportunity("b", "w", r#"{"name": "Q"}"#),
    );
    second.currency = Some("GBP".to_owned());
    let merged = merge(
        vec![source("cork.json", first), source("belfast.json", second)],
        &Options {
            name: Some("Ireland".to_owned()),
            centre_label: None,
        },
    )
    .unwrap();
    let c = &merged.catalogue;
    assert_eq!(c.name, "Ireland");
    assert_eq!(c.centre_label, "Ireland");
    assert_eq!(c.currency.as_deref(), Some("EUR"));
    let skills: Vec<(&str, &str)> = c
        .skills
        .iter()
        .map(|s| (s.id.as_str(), s.label.as_str()))
        .collect();
    assert_eq!(
        skills,
        [("digital", "Computers and phones"), ("music", "Music")]
    );
    assert!((c.centre.lat - 53.25).abs() < 1e-9, "{:?}", c.centre);
    let bounds = c.bounds.unwrap();
    assert!(
        bounds.south < 51.9 && bounds.north > 54.6 && bounds.west < -8.47 && bounds.east > -5.93
    );
    // One neighbourhood id in both, with the same name, near: kept once.
    assert_eq!(c.neighbourhoods.len(), 1);
    let notes = notes_of(&merged, 1);
    assert_eq!(notes.len(), 2, "{notes:#?}");
    assert!(
        notes[0].starts_with(
            "warning: catalogue, field `currency`: `GBP` differs from `EUR` of cork.json"
        ),
        "{}",
        notes[0]
    );
    assert!(notes[1].starts_with("warning: catalogue, field `skills[0].label`: skill `digital` is labelled `Digital skills` here"), "{}", notes[1]);
}

/// A catalogue in another time zone is refused, naming the file's zone and
/// the first's: schedules cannot keep their meaning in one zone.
#[test]
fn another_time_zone_is_refused() {
    let dublin = catalogue("Cork", "Europe/Dublin", DIGITAL, "", "");
    let lisbon = catalogue("Lisbon", "Europe/Lisbon", DIGITAL, "", "");
    let refused = merge(
        vec![
            source("cork.json", dublin.clone()),
            source("lisbon.json", lisbon),
            source("cork2.json", dublin),
        ],
        &Options::default(),
    )
    .unwrap_err();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].file, 1);
    let text = refused[0].problem.to_string();
    assert!(
        text.starts_with(
            "error: catalogue, field `time_zone`: `Europe/Lisbon` is not `Europe/Dublin`, the zone of cork.json"
        ),
        "{text}"
    );
    assert!(merge(Vec::new(), &Options::default()).is_err());
}

/// The demo catalogue merged with itself keeps one copy of every venue (each
/// is the same venue), renames every opportunity of the copy, notes no
/// provider, and validates.
#[test]
fn the_demo_merged_with_itself() {
    let text = include_str!("../../../../data/catalogue.json");
    let demo = read_catalogue(text, None).unwrap().catalogue;
    let merged = merge(
        vec![
            source("a.json", demo.clone()),
            source("b.json", demo.clone()),
        ],
        &Options::default(),
    )
    .unwrap();
    let c = &merged.catalogue;
    assert_eq!(c.venues.len(), demo.venues.len());
    assert_eq!(c.neighbourhoods.len(), demo.neighbourhoods.len());
    assert_eq!(c.skills, demo.skills);
    assert_eq!(c.opportunities.len(), 2 * demo.opportunities.len());
    assert!(
        notes_of(&merged, 0).is_empty(),
        "{:#?}",
        notes_of(&merged, 0)
    );
    let notes = notes_of(&merged, 1);
    assert_eq!(notes.len(), demo.venues.len() + demo.opportunities.len());
    assert!(notes.iter().all(|n| !n.contains("`provider`")));
    let errors: Vec<_> = validate(c, None)
        .into_iter()
        .filter(|p| p.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}
