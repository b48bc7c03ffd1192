//! What the keeper's workbench in the browser does with the files dropped on it,
//! kept here so it is tested natively and the page stays a thin shell.
//!
//! The files are read ([`crate::files`]) into the catalogue they are added to
//! (the site's own, one chosen among the files, or a new one for a place), the
//! result is run through the app's own reader, as `cargo data build` does, and
//! everything is said in the data tool's words: one line per problem, with the
//! file's name in front, and one summary line per file. Pure: the page passes
//! the files' text and the moment to look from.

use crate::area::fill_in;
use crate::files::{FilesRead, InputFile, read_files};
use crate::table::CatalogueSettings;
use crate::zone::iana_zone;
use crate::{DEFAULT_CURRENCY, ImportContext};
use learnlocal_core::catalogue::{Catalogue, Keeper, TimeZoneSpec};
use learnlocal_core::opportunity::Opportunity;
use learnlocal_core::problem::Place;
use learnlocal_core::time::DateTime;
use std::collections::HashSet;

/// A new catalogue's settings, as `cargo data init` takes them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewPlace {
    /// The place, as residents say it.
    pub name: String,
    /// An IANA time zone (`Europe/Warsaw`).
    pub time_zone: String,
    /// Where residents write about the catalogue.
    pub keeper_email: String,
    /// ISO 4217, for prices that do not name one; empty for the default.
    pub currency: String,
}

/// What the files are added to.
#[derive(Debug, Clone)]
pub enum Base {
    /// An existing catalogue (the site's own; one chosen among the files wins).
    Existing(Box<Catalogue>),
    /// A new catalogue for a place, its centre and area worked out from the venues.
    New(NewPlace),
}

/// How serious a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// A record left out, or a file that cannot be used.
    Error,
    /// A record kept with something suspicious.
    Warning,
    /// A summary.
    Note,
}

/// One line of the report, in the data tool's words (`file: error: row 3 …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// How serious it is.
    pub level: Level,
    /// The text, with the file's name in front.
    pub text: String,
}

/// One imported record as the finder would list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Course, library or activity.
    pub kind: String,
    /// The venue's name, or "Online".
    pub place: String,
    /// The next session, if there is one: "2026-03-18 10:00–12:00".
    pub next: Option<String>,
    /// "Free", the first price, or nothing known.
    pub cost: String,
}

/// What the workbench shows.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Every problem and summary, file by file, then the catalogue's own.
    pub lines: Vec<Line>,
    /// The records the files gave, as the finder would list them.
    pub preview: Vec<Preview>,
    /// The catalogue to download, as the app will read it, if one could be made.
    pub catalogue: Option<Catalogue>,
    /// How many errors and warnings the lines hold.
    pub errors: usize,
    /// How many warnings.
    pub warnings: usize,
}

/// The name the made catalogue's own problems are filed under.
pub const CATALOGUE_FILE: &str = "catalogue.json";

/// Reads `files` into `base` and checks the result as the app would at the
/// moment `unix_seconds`, read in the catalogue's time zone.
pub fn run(base: Base, files: &[InputFile], unix_seconds: i64) -> Outcome {
    let mut lines = Vec::new();
    let (mut catalogue, settings) = match base {
        Base::Existing(catalogue) => (*catalogue, None),
        Base::New(place) => match new_catalogue(&place) {
            Ok(made) => made,
            Err(message) => {
                return Outcome {
                    lines: vec![Line {
                        level: Level::Error,
                        text: format!("new catalogue: error: {message}"),
                    }],
                    preview: Vec::new(),
                    catalogue: None,
                    errors: 1,
                    warnings: 0,
                };
            }
        },
    };
    // A catalogue among the files is the one to add the others to.
    let mut read: FilesRead = read_files(files, |chosen| {
        ImportContext::from_catalogue(chosen.unwrap_or(&catalogue), "workbench")
    });
    if let Some((_, chosen)) = read.catalogue.take() {
        catalogue = chosen;
    }
    for (file, message) in &read.refused {
        lines.push(Line {
            level: Level::Error,
            text: format!("{file}: error: {message}"),
        });
    }
    let mut imported: HashSet<String> = HashSet::new();
    for (file, mut import) in read.imports {
        for opportunity in &mut import.opportunities {
            if opportunity.source.is_none() {
                opportunity.source = Some(file.as_str().into());
            }
        }
        for problem in &import.problems {
            lines.push(Line {
                level: if problem.is_error() {
                    Level::Error
                } else {
                    Level::Warning
                },
                text: format!("{file}: {problem}"),
            });
        }
        lines.push(Line {
            level: Level::Note,
            text: format!("{file}: {}", import.summary()),
        });
        imported.extend(import.venues.iter().map(|v| v.id.clone()));
        imported.extend(import.opportunities.iter().map(|o| o.id.clone()));
        catalogue = catalogue.merge(import.venues, import.opportunities);
    }
    if let Some(settings) = &settings {
        for problem in fill_in(&mut catalogue, settings) {
            lines.push(Line {
                level: Level::Error,
                text: format!("new catalogue: {problem}"),
            });
        }
    }
    let now: DateTime = catalogue.time_zone.rule.to_local(unix_seconds);
    // The app's own reader, as every catalogue the data tool writes goes through.
    let checked = serde_json::to_string(&catalogue)
        .map_err(|e| e.to_string())
        .and_then(|text| {
            learnlocal_core::read_catalogue(&text, Some(now)).map_err(|e| e.to_string())
        });
    let checked = match checked {
        Ok(loaded) => loaded,
        Err(message) => {
            lines.push(Line {
                level: Level::Error,
                text: format!("{CATALOGUE_FILE}: error: {message}"),
            });
            return finish(lines, Vec::new(), None);
        }
    };
    // Only what concerns the files' records (or, for a new catalogue, everything).
    let new = settings.is_some();
    for problem in &checked.problems {
        let ours = new
            || match &problem.place {
                Place::Venue { id: Some(id), .. } | Place::Opportunity { id: Some(id), .. } => {
                    imported.contains(id)
                }
                _ => false,
            };
        if ours {
            lines.push(Line {
                level: if problem.is_error() {
                    Level::Error
                } else {
                    Level::Warning
                },
                text: format!("{CATALOGUE_FILE}: {problem}"),
            });
        }
    }
    let preview = checked
        .catalogue
        .opportunities
        .iter()
        .filter(|o| imported.contains(&o.id))
        .map(|o| preview_of(&checked.catalogue, o, now))
        .collect();
    finish(lines, preview, Some(checked.catalogue))
}

fn finish(lines: Vec<Line>, preview: Vec<Preview>, catalogue: Option<Catalogue>) -> Outcome {
    let errors = lines.iter().filter(|l| l.level == Level::Error).count();
    let warnings = lines.iter().filter(|l| l.level == Level::Warning).count();
    Outcome {
        lines,
        preview,
        catalogue,
        errors,
        warnings,
    }
}

/// A new catalogue's header, with its centre and bounds left to the venues.
fn new_catalogue(place: &NewPlace) -> Result<(Catalogue, Option<CatalogueSettings>), String> {
    let name = place.name.trim();
    if name.is_empty() {
        return Err("give the place's name".to_owned());
    }
    let Some(zone) = iana_zone(&place.time_zone) else {
        return Err(format!(
            "`{}` is not a time zone the tz database knows; give an IANA name such as Europe/Warsaw",
            place.time_zone.trim()
        ));
    };
    let currency = place.currency.trim().to_ascii_uppercase();
    let settings = CatalogueSettings {
        name: name.to_owned(),
        keeper: Keeper {
            name: String::new(),
            email: Some(place.keeper_email.trim().to_owned()).filter(|e| !e.is_empty()),
            url: None,
        },
        time_zone: TimeZoneSpec {
            name: zone.name,
            rule: zone.zone,
        },
        centre_label: name.to_owned(),
        centre_auto: Some(1),
        bounds_auto: Some(1),
        currency: Some(currency).filter(|c| !c.is_empty()),
        ..CatalogueSettings::default()
    };
    let mut catalogue = settings.catalogue();
    if catalogue.currency.is_none() {
        catalogue.currency = Some(DEFAULT_CURRENCY.to_owned());
    }
    Ok((catalogue, Some(settings)))
}

/// A record as one line of the finder's list.
fn preview_of(catalogue: &Catalogue, o: &Opportunity, now: DateTime) -> Preview {
    let kind = format!("{:?}", o.kind).to_lowercase();
    let place = catalogue
        .venue_of(o)
        .map_or_else(|| "Online".to_owned(), |v| v.name.clone());
    let next = o
        .schedule
        .next_sessions(now, 1)
        .first()
        .map(|s| format!("{} {}–{}", s.date, s.start, s.end));
    let cost = if o.cost.free {
        "Free".to_owned()
    } else {
        o.cost
            .prices
            .first()
            .map_or_else(String::new, |p| format!("{:.2} {}", p.amount, p.currency))
    };
    Preview {
        id: o.id.clone(),
        title: o.title.clone(),
        kind,
        place,
        next,
        cost,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHEET: &str = "Stop,Area,Latitude,Longitude,Day,Arrive,Depart,First visit,Frequency\n\
        Tyniec,Dębniki,50.0174,19.8226,Wednesday,10:00,12:00,2026-01-07,FREQ=WEEKLY;INTERVAL=2\n\
        Kliny,Dębniki,50.0130,19.9060,Friday,10:00,11:00,2026-01-09,FREQ=YEARLY\n";
    const MAP: &str = "field,column\nkind,=library\ntitle,Mobile library: {Stop}\nvenue_name,Stop\n\
        neighbourhood,Area\nlat,Latitude\nlon,Longitude\ndays,Day\nstart_time,Arrive\nend_time,Depart\n\
        start_date,First visit\nrrule,Frequency\nmode,=in_person\nfree,=yes\n";

    fn files() -> Vec<InputFile> {
        vec![
            InputFile {
                name: "stops.csv".into(),
                text: SHEET.into(),
            },
            InputFile {
                name: "stops.mapping.csv".into(),
                text: MAP.into(),
            },
        ]
    }

    fn krakow() -> Base {
        Base::New(NewPlace {
            name: "Kraków".into(),
            time_zone: "Europe/Warsaw".into(),
            keeper_email: "biblioteka@example.pl".into(),
            currency: "pln".into(),
        })
    }

    /// 2026-03-10 09:00 in Kraków (08:00 UTC).
    fn now() -> i64 {
        1_773_129_600
    }

    /// A new place from a spreadsheet: the good stop is previewed with its next
    /// visit, the bad one reported in the data tool's words, and the catalogue is
    /// the new place's, with its area from the stop.
    #[test]
    fn a_new_place_from_a_spreadsheet() {
        let outcome = run(krakow(), &files(), now());
        let text: Vec<&str> = outcome.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(
            text.iter().any(|t| t.starts_with(
                "stops.csv: error: row 3 (Mobile library: Kliny), column `Frequency`"
            )),
            "{text:#?}"
        );
        assert!(text.contains(&"stops.csv: imported 1 opportunity (1 venue); left out 1: 1 a value that does not parse"), "{text:#?}");
        assert_eq!(outcome.errors, 1, "{text:#?}");
        assert_eq!(
            outcome.preview,
            [Preview {
                id: "mobile-library-tyniec".into(),
                title: "Mobile library: Tyniec".into(),
                kind: "library".into(),
                place: "Tyniec".into(),
                next: Some("2026-03-18 10:00–12:00".into()),
                cost: "Free".into(),
            }]
        );
        let c = outcome.catalogue.unwrap();
        assert_eq!(
            (c.name.as_str(), c.time_zone.name.as_str()),
            ("Kraków", "Europe/Warsaw")
        );
        assert_eq!(c.currency.as_deref(), Some("PLN"));
        assert!(c.bounds.unwrap().contains(c.venues[0].location));
        assert_eq!(c.neighbourhoods[0].name, "Dębniki");
    }

    /// Added to an existing catalogue, only the files' records are previewed,
    /// and the catalogue keeps its own records.
    #[test]
    fn added_to_an_existing_catalogue() {
        let demo = include_str!("../../../data/catalogue.json");
        let base = learnlocal_core::read_catalogue(demo, None)
            .unwrap()
            .catalogue;
        let before = base.opportunities.len();
        let outcome = run(Base::Existing(Box::new(base)), &files(), now());
        assert_eq!(outcome.preview.len(), 1);
        assert_eq!(outcome.catalogue.unwrap().opportunities.len(), before + 1);
    }

    /// A new place needs a zone the tz database knows.
    #[test]
    fn a_new_place_needs_a_known_zone() {
        let base = Base::New(NewPlace {
            name: "X".into(),
            time_zone: "Mars/Olympus".into(),
            ..NewPlace::default()
        });
        let outcome = run(base, &files(), now());
        assert!(outcome.catalogue.is_none());
        assert_eq!(
            outcome.lines[0].text,
            "new catalogue: error: `Mars/Olympus` is not a time zone the tz database knows; give an IANA name such as Europe/Warsaw"
        );
    }
}
