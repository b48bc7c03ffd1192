//! Synthetic catalogues: made-up but realistic records at any size, for
//! measuring the app at 1,000 to 1,000,000 opportunities.
//!
//! Pure and seeded: the same settings give the same catalogue, byte for byte,
//! on any machine. It reads no clock (dates count from [`Settings::today`]),
//! iterates no hash map, and uses only arithmetic every platform rounds alike
//! (see `rng`). The data tool does the IO: it reads the skills taxonomy and
//! writes the file.
//!
//! The parts: `rng` (SplitMix64 and its draws), `words` (the vocabulary),
//! `names` (made-up place names and unique ids), `geography` (one city, or a
//! country of towns and villages, and where each venue goes), `records` (the
//! venues and opportunities themselves).

mod geography;
mod names;
mod records;
mod rng;
#[cfg(test)]
mod tests;
mod words;

pub use geography::Area;

use geography::Geography;
use learnlocal_core::catalogue::{Catalogue, Keeper, SCHEMA_VERSION, Skill, TimeZoneSpec};
use learnlocal_core::time::Date;
use learnlocal_core::tz::TimeZone;
use names::Names;
use records::{Site, Writer};
use rng::Rng;

/// The zone of every synthetic catalogue: its places are in Ireland.
const ZONE_NAME: &str = "Europe/Dublin";
const ZONE_RULE: &str = "GMT0IST,M3.5.0/1,M10.5.0";
const CURRENCY: &str = "EUR";

/// The share of records held online only, with no venue.
const ONLINE_SHARE: f64 = 0.08;

/// Fewest and most records per venue.
const PER_VENUE: (i64, i64) = (5, 15);

/// What to generate.
#[derive(Debug, Clone)]
pub struct Settings {
    /// How many opportunities, exactly.
    pub size: usize,
    /// The seed: the same seed and settings give the same catalogue.
    pub seed: u64,
    /// One city or a whole country.
    pub area: Area,
    /// The day dates are counted from: courses start around it, records were
    /// verified in the year before it.
    pub today: Date,
    /// The skills taxonomy records are classified by.
    pub skills: Vec<Skill>,
}

/// A catalogue of exactly `settings.size` opportunities.
pub fn generate(settings: &Settings) -> Catalogue {
    let mut places = Rng::stream(settings.seed, "places");
    let mut draws = Rng::stream(settings.seed, "records");
    let mut names = Names::default();
    let expected_venues = (settings.size as f64 * (1.0 - ONLINE_SHARE) / 10.0).ceil() as usize;
    let geography = Geography::plan(settings.area, expected_venues, &mut places, &mut names);
    let mut writer = Writer::new(&settings.skills, settings.today, CURRENCY, settings.seed);
    let width = settings.size.to_string().len().max(4);
    let mut venues = Vec::new();
    let mut opportunities = Vec::with_capacity(settings.size);
    let mut current: Option<(Site, i64)> = None;
    for number in 1..=settings.size {
        let id = format!("syn-{number:0width$}");
        if draws.chance(ONLINE_SHARE) {
            opportunities.push(writer.opportunity(id, None, &mut draws));
            continue;
        }
        let record = match current.take() {
            Some((site, left)) if left > 0 => {
                let record = writer.opportunity(id, Some(&site), &mut draws);
                current = Some((site, left - 1));
                record
            }
            _ => {
                let spot = geography.place_venue(&mut places);
                let (venue, site) = writer.venue(spot, &geography, &mut names, &mut places);
                venues.push(venue);
                let quota = draws.between(PER_VENUE.0, PER_VENUE.1) - 1;
                let record = if site.library {
                    writer.library(id, &site, &mut draws)
                } else {
                    writer.opportunity(id, Some(&site), &mut draws)
                };
                current = Some((site, quota));
                record
            }
        };
        opportunities.push(record);
    }
    let area = match settings.area {
        Area::City => "city",
        Area::Country => "country",
    };
    Catalogue {
        schema_version: SCHEMA_VERSION,
        name: format!(
            "Synthetic catalogue ({} opportunities, seed {})",
            settings.size, settings.seed
        ),
        language: learnlocal_core::lang::DEFAULT_LANGUAGE.to_owned(),
        demonstration: true,
        keeper: Keeper {
            name: format!("LearnLocal synthetic {area}"),
            email: Some("catalogue@example.ie".to_owned()),
            url: None,
        },
        time_zone: TimeZoneSpec {
            name: ZONE_NAME.to_owned(),
            rule: TimeZone::parse_posix(ZONE_RULE).unwrap_or_default(),
        },
        currency: Some(CURRENCY.to_owned()),
        centre: geography.centre,
        centre_label: geography.centre_label,
        bounds: Some(geography.bounds),
        neighbourhoods: geography.neighbourhoods,
        skills: settings.skills.clone(),
        venues,
        opportunities,
        kiosk: None,
        map: None,
    }
}
