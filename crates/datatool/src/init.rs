//! `init DIR`: the source spreadsheets of a new catalogue, for any place.
//!
//! Writes the five files `build` reads: `catalogue.csv` with the place's settings,
//! `skills.csv` (empty, or the demo's taxonomy as an example), and
//! `neighbourhoods.csv`, `venues.csv` and `opportunities.csv` with their header
//! rows only. The time zone is an IANA name, checked against the tz database
//! (the POSIX rule the app needs is derived from it when the catalogue is built).
//! A centre and bounds not given are `auto`: worked out from the venues when the
//! catalogue is built, and so is the gazetteer when none is written.

use crate::Options;
use learnlocal_import::table::{AUTO, SOURCE_FILES};
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
    let skills = match options.skills.as_deref().unwrap_or("empty") {
        "empty" => first_line(DEMO_SKILLS),
        "example" => DEMO_SKILLS.trim_end().to_owned(),
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
        first_line(DEMO_NEIGHBOURHOODS),
        first_line(DEMO_VENUES),
        first_line(DEMO_OPPORTUNITIES),
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

/// A file's header row.
fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_owned()
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
}
