//! The generator's promises: same seed same bytes, exactly N records, nothing
//! the app's reader objects to, and the shares the module documents.

use super::words::{
    CONCESSIONS, DESCRIPTION_SENTENCES, DISTRICT_NAMES, FIRST_NAMES, LOCAL_PROVIDERS, NAME_ENDS,
    NAME_MIDDLES, NAME_QUALIFIERS, NAME_STARTS, NATIONAL_PROVIDERS, STREET_ENDS, STREET_STARTS,
    SURNAMES, TOPICS, VENUE_KINDS,
};
use super::*;
use learnlocal_core::opportunity::{Kind, Mode};
use learnlocal_core::time::{DateTime, Time};
use learnlocal_core::{Catalogue, Opportunity, read_catalogue};
use learnlocal_import::table::read_skills;
use std::collections::{BTreeMap, BTreeSet};

/// The demo catalogue's taxonomy, which `cargo data generate` reads by default.
fn skills() -> Vec<Skill> {
    let (skills, problems) = read_skills(include_str!("../../../../data/sources/skills.csv"));
    assert!(problems.is_empty(), "{problems:?}");
    skills
}

fn settings(size: usize, seed: u64, area: Area) -> Settings {
    Settings {
        size,
        seed,
        area,
        today: Date::new(2026, 9, 1).unwrap(),
        skills: skills(),
    }
}

fn json(catalogue: &Catalogue) -> String {
    serde_json::to_string(catalogue).unwrap()
}

fn share(catalogue: &Catalogue, test: impl Fn(&Opportunity) -> bool) -> f64 {
    let n = catalogue.opportunities.iter().filter(|o| test(o)).count();
    n as f64 / catalogue.opportunities.len() as f64
}

/// The same size, seed and area give the same catalogue, byte for byte.
#[test]
fn the_same_seed_gives_the_same_bytes() {
    for area in [Area::City, Area::Country] {
        let first = json(&generate(&settings(500, 7, area)));
        let second = json(&generate(&settings(500, 7, area)));
        assert!(first == second, "{area:?}");
    }
}

/// Another seed gives other records and other places.
#[test]
fn different_seeds_differ() {
    let a = generate(&settings(200, 1, Area::City));
    let b = generate(&settings(200, 2, Area::City));
    assert_ne!(json(&a), json(&b));
    assert_ne!(
        a.venues.first().map(|v| v.location),
        b.venues.first().map(|v| v.location)
    );
    assert_ne!(
        a.opportunities.iter().map(|o| &o.title).collect::<Vec<_>>(),
        b.opportunities.iter().map(|o| &o.title).collect::<Vec<_>>()
    );
}

/// At sizes 0, 1 and 1,000, in a city and a country, the app's reader keeps
/// every record and reports nothing at all, not even a warning checked against
/// the generator's "today" (records verified within the year, sessions to come).
#[test]
fn reads_back_with_no_problem() {
    let now = DateTime::new(Date::new(2026, 9, 1).unwrap(), Time::MIDNIGHT);
    for area in [Area::City, Area::Country] {
        for size in [0, 1, 1000] {
            let catalogue = generate(&settings(size, 3, area));
            let loaded = read_catalogue(&json(&catalogue), Some(now)).unwrap();
            assert!(
                loaded.problems.is_empty(),
                "{area:?} {size}: {:?}",
                loaded.problems.first()
            );
            assert_eq!(loaded.catalogue.opportunities.len(), size, "{area:?}");
            assert_eq!(loaded.catalogue.venues.len(), catalogue.venues.len());
            assert_eq!(
                loaded.catalogue, catalogue,
                "{area:?} {size}: reads back unchanged"
            );
            assert!(loaded.catalogue.demonstration);
            assert_eq!(
                loaded.catalogue.name,
                format!("Synthetic catalogue ({size} opportunities, seed 3)")
            );
        }
    }
}

/// The shares are the documented ones, within sampling tolerance at 3,000
/// records: about 60% free, 8% online, some blended, mostly activities and
/// courses with a few libraries, mostly English, and 5 to 15 records a venue.
#[test]
fn shares_are_realistic() {
    for area in [Area::City, Area::Country] {
        let c = generate(&settings(3000, 11, area));
        type Test = fn(&Opportunity) -> bool;
        let expected: [(&str, Test, f64, f64); 10] = [
            ("free", |o| o.cost.free, 0.55, 0.66),
            ("online", |o| o.mode == Mode::Online, 0.06, 0.10),
            ("blended", |o| o.mode == Mode::Blended, 0.02, 0.07),
            ("activities", |o| o.kind == Kind::Activity, 0.45, 0.65),
            ("courses", |o| o.kind == Kind::Course, 0.35, 0.55),
            ("libraries", |o| o.kind == Kind::Library, 0.003, 0.03),
            ("English only", |o| o.languages == ["en"], 0.70, 0.85),
            (
                "priced in euros",
                |o| o.cost.prices.iter().all(|p| p.currency == "EUR"),
                1.0,
                1.0,
            ),
            (
                "dated one-offs",
                |o| !o.schedule.dates.is_empty(),
                0.15,
                0.35,
            ),
            (
                "every two weeks",
                |o| o.schedule.interval_weeks == 2,
                0.02,
                0.08,
            ),
        ];
        for (name, test, low, high) in expected {
            let value = share(&c, test);
            assert!(
                (low..=high).contains(&value),
                "{area:?}: {name} is {value:.3}, not {low} to {high}"
            );
        }
        let mut per_venue: BTreeMap<&str, usize> = BTreeMap::new();
        for o in &c.opportunities {
            if let Some(venue) = &o.venue {
                *per_venue.entry(venue).or_default() += 1;
            }
        }
        let last = c.venues.last().map(|v| v.id.as_str());
        for (venue, n) in per_venue {
            assert!(Some(venue) == last || (5..=15).contains(&n), "{venue}: {n}");
        }
    }
}

/// Every venue is inside the declared bounds and on land, so the reader warns
/// about none; a country's venues spread over the island, a city's do not.
#[test]
fn venues_are_inside_the_bounds() {
    for (area, min_span) in [(Area::City, 0.0), (Area::Country, 2.0)] {
        let c = generate(&settings(2000, 5, area));
        let bounds = c.bounds.unwrap();
        for venue in &c.venues {
            assert!(bounds.contains(venue.location), "{area:?}: {venue:?}");
            assert!(geography::on_land(venue.location), "{area:?}: {venue:?}");
        }
        let lats: Vec<f64> = c.venues.iter().map(|v| v.location.lat).collect();
        let span = lats.iter().copied().fold(f64::MIN, f64::max)
            - lats.iter().copied().fold(f64::MAX, f64::min);
        assert!(
            span >= min_span,
            "{area:?}: venues span {span} degrees of latitude"
        );
        if area == Area::City {
            assert!(
                bounds.north - bounds.south < 0.3,
                "a city is small: {bounds:?}"
            );
        }
    }
}

/// At 1,000 records every skill of the taxonomy is used.
#[test]
fn every_skill_is_used_at_a_thousand() {
    let c = generate(&settings(1000, 1, Area::City));
    let used: BTreeSet<&str> = c
        .opportunities
        .iter()
        .flat_map(|o| &o.skills)
        .map(String::as_str)
        .collect();
    for skill in &c.skills {
        assert!(
            used.contains(skill.id.as_str()),
            "`{}` is never used",
            skill.id
        );
    }
}

/// A skill the generator has no words for still gets records, titled by its
/// label, so a new row in skills.csv never breaks the generator.
#[test]
fn a_new_skill_is_titled_by_its_label() {
    let mut s = settings(400, 1, Area::City);
    s.skills.push(Skill::new("beekeeping", "Beekeeping"));
    let c = generate(&s);
    assert!(
        c.opportunities
            .iter()
            .any(|o| o.skills == ["beekeeping"] && o.title.contains("Beekeeping"))
    );
}

/// The vocabulary covers exactly the demo taxonomy, and no list is empty, so
/// picking from one cannot fail.
#[test]
fn the_words_cover_the_taxonomy() {
    let ids: Vec<String> = skills().into_iter().map(|s| s.id).collect();
    let topics: Vec<String> = TOPICS.iter().map(|t| t.skill.to_owned()).collect();
    assert_eq!(topics, ids);
    for topic in TOPICS {
        assert!(
            !topic.subjects.is_empty() && !topic.titles.is_empty(),
            "{}",
            topic.skill
        );
        assert!(
            !topic.blurbs.is_empty() && !topic.audiences.is_empty(),
            "{}",
            topic.skill
        );
        assert!(
            topic.audiences.iter().all(|a| !a.is_empty()),
            "{}",
            topic.skill
        );
        assert!(
            topic.also.iter().all(|s| ids.contains(&(*s).to_owned())),
            "{}",
            topic.skill
        );
    }
    for list in [
        NAME_STARTS,
        NAME_MIDDLES,
        NAME_ENDS,
        DISTRICT_NAMES,
        NAME_QUALIFIERS,
        STREET_STARTS,
        STREET_ENDS,
        NATIONAL_PROVIDERS,
        DESCRIPTION_SENTENCES,
        CONCESSIONS,
        FIRST_NAMES,
        SURNAMES,
    ] {
        assert!(!list.is_empty());
    }
    assert!(!VENUE_KINDS.is_empty() && !LOCAL_PROVIDERS.is_empty());
}
