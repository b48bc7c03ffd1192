//! Recognising input files and running the core's reader for each format.

use learnlocal_import::files::{self, JsonKind};
use learnlocal_import::{Import, ImportContext, hsds, ical, mapping, openactive, table};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The formats the tool reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A LearnLocal catalogue (the file the app loads).
    Catalogue,
    /// LearnLocal's opportunities spreadsheet.
    Opportunities,
    /// LearnLocal's venues spreadsheet.
    Venues,
    /// Any spreadsheet, through a column mapping.
    Mapped,
    /// An Open Referral HSDS tabular package (a folder of CSV files) in the layout
    /// of HSDS 1.x, 2.0 or 3.0.
    HsdsFolder,
    /// An Open Referral HSDS 3.0 JSON document.
    HsdsJson,
    /// OpenActive / schema.org JSON-LD.
    OpenActive,
    /// An iCalendar file.
    ICal,
}

/// Reads a file, naming it in the error.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: is not UTF-8 text (byte {}): save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\")",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Decides the format from `--format`, `--map`, the file name and its content.
pub fn detect(path: &Path, forced: Option<&str>, has_map: bool) -> Result<Format, String> {
    if let Some(name) = forced {
        return match name {
            "catalogue" => Ok(Format::Catalogue),
            "csv" if has_map => Ok(Format::Mapped),
            "csv" => Ok(Format::Opportunities),
            "venues" => Ok(Format::Venues),
            "hsds" if path.is_dir() => Ok(Format::HsdsFolder),
            "hsds" => Ok(Format::HsdsJson),
            "openactive" => Ok(Format::OpenActive),
            "ical" => Ok(Format::ICal),
            other => Err(format!(
                "`{other}` is not a format: use catalogue, csv, venues, hsds, openactive or ical"
            )),
        };
    }
    if path.is_dir() {
        // HSDS 1.0 named the table `service.csv`.
        return if path.join("services.csv").is_file() || path.join("service.csv").is_file() {
            Ok(Format::HsdsFolder)
        } else {
            Err(format!(
                "{}: a folder is read as an Open Referral HSDS package, but it has no services.csv",
                path.display()
            ))
        };
    }
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match extension.as_str() {
        "ics" | "ical" | "ifb" => Ok(Format::ICal),
        "csv" if has_map => Ok(Format::Mapped),
        "csv" => detect_csv(path),
        "json" | "jsonld" => detect_json(path),
        _ => Err(format!(
            "{}: cannot tell its format from the name; use --format",
            path.display()
        )),
    }
}

fn detect_csv(path: &Path) -> Result<Format, String> {
    let text = read_text(path)?;
    let header: Vec<String> = text
        .lines()
        .next()
        .unwrap_or_default()
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    let has = |name: &str| header.iter().any(|c| c == name);
    if has("id") && has("kind") && has("title") {
        Ok(Format::Opportunities)
    } else if has("id") && has("name") && has("lat") && has("lon") {
        Ok(Format::Venues)
    } else {
        Err(format!(
            "{}: its columns are not LearnLocal's; give a column mapping with --map (see data/mappings/template.mapping.csv)",
            path.display()
        ))
    }
}

fn detect_json(path: &Path) -> Result<Format, String> {
    let text = read_text(path)?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}: line {}, column {}: not valid JSON: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    Ok(match files::json_kind(&value) {
        JsonKind::Catalogue => Format::Catalogue,
        JsonKind::OpenActive => Format::OpenActive,
        JsonKind::Hsds => Format::HsdsJson,
    })
}

/// Runs the reader for `format` on `path`.
pub fn import(
    path: &Path,
    format: Format,
    map: Option<&Path>,
    ctx: &ImportContext,
) -> Result<Import, String> {
    Ok(match format {
        Format::Catalogue => {
            return Err(format!(
                "{}: is a catalogue already; import reads other formats",
                path.display()
            ));
        }
        Format::Opportunities => table::read_opportunities(&read_text(path)?, ctx),
        Format::Venues => table::read_venues(&read_text(path)?, ctx),
        Format::Mapped => {
            let map_path = map.ok_or("a mapped spreadsheet needs --map")?;
            let map = mapping::ColumnMap::parse(&read_text(map_path)?).map_err(|problems| {
                let lines: Vec<String> = problems
                    .iter()
                    .map(|p| format!("{}: {p}", map_path.display()))
                    .collect();
                lines.join("\n")
            })?;
            mapping::read_mapped(&read_text(path)?, &map, ctx)
        }
        Format::HsdsFolder => {
            let mut files = BTreeMap::new();
            let entries = fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
            for entry in entries.flatten() {
                let file = entry.path();
                let Some(name) = file.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                // The tables, and the package's description, which may say its
                // HSDS version.
                let is_table = file
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
                if is_table || name.eq_ignore_ascii_case("datapackage.json") {
                    files.insert(name.to_owned(), read_text(&file)?);
                }
            }
            hsds::read_tabular(&files, ctx)
        }
        Format::HsdsJson => hsds::read_json(&read_text(path)?, ctx),
        Format::OpenActive => openactive::read(&read_text(path)?, ctx),
        Format::ICal => ical::read(&read_text(path)?, ctx),
    })
}
