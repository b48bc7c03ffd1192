//! A whole catalogue from its five source files, with each file's problems kept
//! apart so a tool can name the file.
//!
//! Must never validate or write: the caller runs the core's checks and does IO.

use super::opportunities::read_opportunities;
use super::settings::{CatalogueSettings, read_neighbourhoods, read_settings, read_skills};
use super::venues::read_venues;
use crate::{ImportContext, LeftOut};
use learnlocal_core::catalogue::Catalogue;
use learnlocal_core::problem::Problem;

/// What one source file gave: its name, its problems, and the rows left out.
#[derive(Debug, Clone, Default)]
pub struct FileReport {
    /// The file's name, such as `venues.csv`.
    pub file: &'static str,
    /// Every problem in it, in row order within each kind of check.
    pub problems: Vec<Problem>,
    /// The venue and opportunity rows left out, with why (empty for the other files).
    pub left_out: Vec<LeftOut>,
}

/// A catalogue built from the five source files, with each file's report.
#[derive(Debug, Clone)]
pub struct Built {
    /// The catalogue, indexed, at [`SCHEMA_VERSION`](learnlocal_core::catalogue::SCHEMA_VERSION).
    pub catalogue: Catalogue,
    /// The settings of `catalogue.csv`, for what is left to the venues
    /// ([`crate::area::fill_in`], once every import is in).
    pub settings: CatalogueSettings,
    /// One report per file, in the order `catalogue.csv`, `skills.csv`,
    /// `neighbourhoods.csv`, `venues.csv`, `opportunities.csv`.
    pub files: Vec<FileReport>,
}

impl Built {
    /// Every problem with the name of the file it is in.
    pub fn problems(&self) -> impl Iterator<Item = (&'static str, &Problem)> {
        self.files
            .iter()
            .flat_map(|f| f.problems.iter().map(move |p| (f.file, p)))
    }

    /// How many errors there are in all the files.
    pub fn error_count(&self) -> usize {
        self.problems().filter(|(_, p)| p.is_error()).count()
    }
}

/// The names of the five source files, in the order [`build_catalogue`] takes them.
pub const SOURCE_FILES: [&str; 5] = [
    "catalogue.csv",
    "skills.csv",
    "neighbourhoods.csv",
    "venues.csv",
    "opportunities.csv",
];

/// Builds a whole catalogue from the texts of `catalogue.csv`, `skills.csv`,
/// `neighbourhoods.csv`, `venues.csv` and `opportunities.csv`. Venues are placed
/// with the neighbourhoods as gazetteer; opportunities refer to the venues and may
/// add inline ones; skills are checked against `skills.csv`. Problems stay with
/// their file. The catalogue is not validated here: run [`learnlocal_core::validate`] on it.
pub fn build_catalogue(
    settings_csv: &str,
    skills_csv: &str,
    neighbourhoods_csv: &str,
    venues_csv: &str,
    opportunities_csv: &str,
) -> Built {
    let [
        settings_file,
        skills_file,
        neighbourhoods_file,
        venues_file,
        opportunities_file,
    ] = SOURCE_FILES;
    let (settings, settings_problems) = read_settings(settings_csv);
    let (skills, skills_problems) = read_skills(skills_csv);
    let (neighbourhoods, neighbourhood_problems) = read_neighbourhoods(neighbourhoods_csv);
    let mut ctx = ImportContext {
        skills: skills.clone(),
        neighbourhoods: neighbourhoods.clone(),
        zone: settings.time_zone.rule.clone(),
        ..ImportContext::default()
    };
    if let Some(currency) = &settings.currency {
        ctx.default_currency = currency.clone();
    }
    let venues = read_venues(venues_csv, &ctx);
    ctx.venues = venues.venues.clone();
    let opportunities = read_opportunities(opportunities_csv, &ctx);
    let mut catalogue = settings.catalogue();
    catalogue.skills = skills;
    catalogue.neighbourhoods = neighbourhoods;
    catalogue.venues = venues.venues;
    catalogue.venues.extend(opportunities.venues);
    catalogue.opportunities = opportunities.opportunities;
    let report = |file, problems| FileReport {
        file,
        problems,
        left_out: Vec::new(),
    };
    Built {
        catalogue,
        settings,
        files: vec![
            report(settings_file, settings_problems),
            report(skills_file, skills_problems),
            report(neighbourhoods_file, neighbourhood_problems),
            FileReport {
                file: venues_file,
                problems: venues.problems,
                left_out: venues.left_out,
            },
            FileReport {
                file: opportunities_file,
                problems: opportunities.problems,
                left_out: opportunities.left_out,
            },
        ],
    }
}
