//! `init DIR`: the source spreadsheets of a new catalogue, for any place.
//!
//! Writes the five files `build` reads: `catalogue.csv` with the place's settings
//! (its language among them, `en` unless given), `skills.csv` (empty, or the
//! demo's taxonomy as an example, labelled in the catalogue's language where the
//! demo has a translation into it), and
//! `neighbourhoods.csv`, `venues.csv` and `opportunities.csv` with their header
//! rows only. The time zone is an IANA name, checked against the tz database
//! (the POSIX rule the app needs is derived from it when the catalogue is built).
//! A centre and bounds not given are `auto`: worked out from the venues when the
//! catalogue is built, and so is the gazetteer when none is written.

use crate::Options;
use learnlocal_core::Skill;
use learnlocal_core::catalogue::SkillTranslation;
use learnlocal_core::lang::{DEFAULT_LANGUAGE, canonical_case, same_tag, tag_problem};
use learnlocal_import::table::{AUTO, SOURCE_FILES, read_skills};
use learnlocal_import::zone::iana_zone;
use std::path::Path;

/// The demo's source files, for their header rows and the example taxonomy.
const DEMO_SKILLS: &str = include_str!("../../../data/sources/skills.csv");
const DEMO_NEIGHBOURHOODS: &str = include_str!("../../../data/sources/neighbourhoods.csv");
const DEMO_VENUES: &str = include_str!("../../../data/sources/venues.csv");
const DEMO_OPPORTUNITIES: &str = include_str!("../../../data/sources/opportunities.csv");

/// `init DIR`: writes the new catalogue's sources into `DIR` (made when missing),
/// never over a file already there.
pub fn init(options: &Options) -> Result<bool, String> {
    let [dir] = options.inputs.as_slice() else {
        return Err("init takes one folder: where the new catalogue's sources go".to_owned());
    };
    let name = required(
        options.name.as_deref(),
        "--name",
        "the place's name, such as \"Kraków\"",
    )?;
    let zone_name = required(
        options.time_zone.as_deref(),
        "--time-zone",
        "an IANA time zone, such as Europe/Warsaw",
    )?;
    let Some(zone) = iana_zone(zone_name) else {
        return Err(format!(
            "--time-zone: `{zone_name}` is not a time zone the tz database knows; give an IANA \
             name such as Europe/Warsaw or America/New_York"
        ));
    };
    let email = required(
        options.keeper_email.as_deref(),
        "--keeper-email",
        "where residents write about the catalogue",
    )?;
    let centre = match options.centre.as_deref() {
        Some(text) => {
            let [lat, lon] = numbers::<2>(text, "--centre", "LAT,LON such as 50.0614,19.9366")?;
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                return Err(format!(
                    "--centre: {lat}, {lon} is not a place on earth; latitude comes first"
                ));
            }
            Some([lat, lon])
        }
        None => None,
    };
    let bounds = match options.bounds.as_deref() {
        Some(text) => {
            let b = numbers::<4>(
                text,
                "--bounds",
                "SOUTH,WEST,NORTH,EAST such as 49.9,19.7,50.2,20.2",
            )?;
            let [south, west, north, east] = b;
            if south >= north || west >= east {
                return Err(
                    "--bounds: give SOUTH,WEST,NORTH,EAST: south below north, west below east"
                        .to_owned(),
                );
            }
            Some(b)
        }
        None => None,
    };
    let language = match options.language.as_deref().map(str::trim) {
        None => DEFAULT_LANGUAGE.to_owned(),
        Some(tag) => match tag_problem(tag) {
            None => canonical_case(tag),
            Some(problem) => {
                return Err(format!(
                    "--language: {problem}: the language of the catalogue's own text"
                ));
            }
        },
    };
    let skills = match options.skills.as_deref().unwrap_or("empty") {
        "empty" => header(DEMO_SKILLS),
        "example" => example_skills(&language),
        other => {
            return Err(format!(
                "--skills: `{other}` is not a choice: use empty or example"
            ));
        }
    };

    let label = options.centre_label.as_deref().unwrap_or(name);
    let text = |v: f64| v.to_string();
    let mut settings = vec![
        ("name", name.to_owned()),
        ("language", language.clone()),
        ("demonstration", "no".to_owned()),
        (
            "keeper_name",
            options.keeper_name.clone().unwrap_or_default(),
        ),
        ("keeper_email", email.to_owned()),
        ("keeper_url", options.keeper_url.clone().unwrap_or_default()),
        ("time_zone", zone.name.clone()),
    ];
    match centre {
        Some([lat, lon]) => settings.extend([("centre_lat", text(lat)), ("centre_lon", text(lon))]),
        None => settings.extend([
            ("centre_lat", AUTO.to_owned()),
            ("centre_lon", AUTO.to_owned()),
        ]),
    }
    settings.push(("centre_label", label.to_owned()));
    let edges = ["bounds_south", "bounds_west", "bounds_north", "bounds_east"];
    match bounds {
        Some(b) => settings.extend(edges.into_iter().zip(b.map(text))),
        None => settings.extend(edges.map(|e| (e, AUTO.to_owned()))),
    }
    if let Some(currency) = &options.currency {
        settings.push(("currency", currency.to_ascii_uppercase()));
    }
    let settings_csv = std::iter::once("key,value".to_owned())
        .chain(settings.iter().map(|(k, v)| format!("{k},{}", csv_cell(v))))
        .collect::<Vec<_>>()
        .join("\n");

    let files = [
        settings_csv,
        skills,
        header(DEMO_NEIGHBOURHOODS),
        header(DEMO_VENUES),
        header(DEMO_OPPORTUNITIES),
    ];
    let existing: Vec<&str> = SOURCE_FILES
        .into_iter()
        .filter(|f| dir.join(f).exists())
        .collect();
    if !existing.is_empty() {
        return Err(format!(
            "{}: already holds {}; init never writes over a catalogue's sources: choose a new folder",
            dir.display(),
            existing.join(", ")
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot be made: {e}", dir.display()))?;
    for (file, content) in SOURCE_FILES.into_iter().zip(files) {
        write(&dir.join(file), &content)?;
    }

    println!(
        "{}: the sources of a new catalogue for {name}",
        dir.display()
    );
    println!(
        "  time zone {} (the app's rule: {})",
        zone.name,
        zone.zone.rule()
    );
    println!("  language of the catalogue's own text: {language}");
    if centre.is_none() || bounds.is_none() {
        println!("  centre and bounds: worked out from the venues when the catalogue is built");
    }
    if options.currency.is_none() {
        println!(
            "  currency: not set, so prices that do not name one are read as EUR (add a `currency` row)"
        );
    }
    println!("Next: add venues and opportunities (or import a spreadsheet), then build:");
    println!(
        "  cargo data build --sources {} --extra YOUR.csv --map YOUR.mapping.csv --out {}",
        dir.display(),
        dir.join("catalogue.json").display()
    );
    Ok(true)
}

/// The value of a required option, or a message saying what to give.
fn required<'a>(value: Option<&'a str>, option: &str, what: &str) -> Result<&'a str, String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| format!("init needs {option}: {what}"))
}

/// `N` comma-separated numbers.
fn numbers<const N: usize>(text: &str, option: &str, form: &str) -> Result<[f64; N], String> {
    let parsed: Vec<f64> = text
        .split(',')
        .map(|part| part.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| format!("{option}: `{text}` is not {form}"))?;
    <[f64; N]>::try_from(parsed)
        .ok()
        .filter(|values| values.iter().all(|v| v.is_finite()))
        .ok_or_else(|| format!("{option}: `{text}` is not {form}"))
}

/// A file's header row, without the demo's translation columns (headers have
/// no quoted cells).
fn header(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    line.split(',')
        .filter(|column| !column.starts_with("translations."))
        .collect::<Vec<_>>()
        .join(",")
}

/// The demo's taxonomy as `skills.csv` for a catalogue in `language`: where the
/// demo has a label in that language, it becomes the label, and the English one
/// a translation.
fn example_skills(language: &str) -> String {
    let (skills, _) = read_skills(DEMO_SKILLS);
    let skills: Vec<Skill> = skills
        .into_iter()
        .map(|skill| in_language(skill, language))
        .collect();
    let mut tags: Vec<&str> = Vec::new();
    for t in skills.iter().flat_map(|s| s.translations.iter()) {
        if !tags.contains(&t.lang.as_str()) {
            tags.push(&t.lang);
        }
    }
    let mut lines = vec![
        ["id", "label"]
            .into_iter()
            .map(str::to_owned)
            .chain(tags.iter().map(|tag| format!("translations.{tag}.label")))
            .collect::<Vec<_>>()
            .join(","),
    ];
    for skill in &skills {
        let cells = [skill.id.as_str(), skill.label.as_str()]
            .into_iter()
            .chain(tags.iter().map(|tag| {
                skill
                    .translations
                    .get(tag)
                    .and_then(|t| t.label.as_deref())
                    .unwrap_or_default()
            }))
            .map(csv_cell)
            .collect::<Vec<_>>();
        lines.push(cells.join(","));
    }
    lines.join("\n")
}

/// A demo skill labelled in `language` when it has a translation that serves
/// it ([`Skill::label_in`]), its English label then a translation; as it is
/// otherwise.
fn in_language(mut skill: Skill, language: &str) -> Skill {
    let best = skill.label_in(language, DEFAULT_LANGUAGE);
    if same_tag(best.lang, DEFAULT_LANGUAGE) {
        return skill;
    }
    let (own, tag) = (best.text.to_owned(), best.lang.to_owned());
    let english = std::mem::replace(&mut skill.label, own);
    skill.translations.edit(|list| {
        list.retain(|t| !same_tag(&t.lang, &tag));
        list.insert(0, SkillTranslation::new(DEFAULT_LANGUAGE, &english));
    });
    skill
}

/// A CSV cell, quoted when it holds a comma, a quote or a line break.
fn csv_cell(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn write(path: &Path, content: &str) -> Result<(), String> {
    std::fs::write(path, format!("{content}\n"))
        .map_err(|e| format!("{}: cannot be written: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_or_explained() {
        assert_eq!(
            numbers::<2>("50.06, 19.94", "--centre", "LAT,LON").unwrap(),
            [50.06, 19.94]
        );
        assert_eq!(
            numbers::<2>("50.06", "--centre", "LAT,LON").unwrap_err(),
            "--centre: `50.06` is not LAT,LON"
        );
        assert!(numbers::<2>("50,NaN", "--centre", "LAT,LON").is_err());
    }

    #[test]
    fn cells_are_quoted_when_needed() {
        assert_eq!(csv_cell("Kraków"), "Kraków");
        assert_eq!(csv_cell("Galway, city"), "\"Galway, city\"");
        assert_eq!(csv_cell("the \"hub\""), "\"the \"\"hub\"\"\"");
    }

    /// Headers keep their columns but the demo's translations.
    #[test]
    fn headers_leave_out_the_demos_translations() {
        assert_eq!(header(DEMO_SKILLS), "id,label");
        assert!(!header(DEMO_OPPORTUNITIES).contains("translations"));
        assert!(header(DEMO_OPPORTUNITIES).starts_with("id,kind,title,summary"));
    }

    /// The example taxonomy of a catalogue in Polish is labelled in Polish, with
    /// the English labels among the translations; in English it is the demo's.
    #[test]
    fn example_skills_are_labelled_in_the_catalogues_language() {
        assert_eq!(example_skills("en"), DEMO_SKILLS.trim_end());
        let polish = example_skills("pl");
        let (skills, problems) = read_skills(&polish);
        assert_eq!(problems, []);
        assert_eq!(skills.len(), read_skills(DEMO_SKILLS).0.len());
        let digital = &skills[0];
        assert_eq!(digital.label, "Komputery i telefony");
        assert_eq!(digital.label_in("en", "pl").text, "Computers and phones");
        assert_eq!(digital.label_in("uk", "pl").text, "Комп’ютери та телефони");
        assert!(digital.translations.get("pl").is_none());
        assert!(polish.starts_with("id,label,translations.en.label,translations.ga.label"));
    }
}
