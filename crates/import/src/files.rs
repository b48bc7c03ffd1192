//! A keeper's files, by name and text, to imports: what the browser workbench
//! reads when files are dropped on it (the data tool reads paths, and tells a
//! folder from a file; here a package is its files chosen together).
//!
//! Each file's format is told from its name and content, as the data tool does:
//! a LearnLocal catalogue (`.json` with `schema_version`), LearnLocal's own
//! spreadsheets, a column mapping (a CSV with `field,column`) and the spreadsheet
//! it maps, the tables of an Open Referral HSDS package (`services.csv` and the
//! others, read together), HSDS JSON, OpenActive / schema.org JSON-LD, and
//! iCalendar. Pure: no IO, no clock, no panic on any input.

use crate::{Import, ImportContext, hsds, ical, mapping, openactive, table};
use learnlocal_core::Catalogue;
use std::collections::BTreeMap;

/// A file as the keeper chose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Its name, such as `timetable.csv` (any folder in front is ignored).
    pub name: String,
    /// Its text.
    pub text: String,
}

/// What a set of files gave.
#[derive(Debug, Default)]
pub struct FilesRead {
    /// One import per file, or per HSDS package (named by its `services.csv`),
    /// with the name problems are filed under.
    pub imports: Vec<(String, Import)>,
    /// Files that could not be used at all, with why, in the words of the data tool.
    pub refused: Vec<(String, String)>,
    /// A LearnLocal catalogue among the files, read by the app's reader: the one to
    /// add the others to.
    pub catalogue: Option<(String, Catalogue)>,
}

/// The tables an HSDS package may hold (any version), by file name.
const HSDS_TABLES: &[&str] = &[
    "services.csv",
    "locations.csv",
    "service_at_location.csv",
    "services_at_location.csv",
    "organizations.csv",
    "organization_identifiers.csv",
    "phones.csv",
    "schedules.csv",
    "regular_schedules.csv",
    "holiday_schedules.csv",
    "addresses.csv",
    "physical_addresses.csv",
    "postal_addresses.csv",
    "accessibility.csv",
    "accessibility_for_disabilities.csv",
    "languages.csv",
    "contacts.csv",
    "cost_options.csv",
    "eligibility.csv",
    "funding.csv",
    "programs.csv",
    "required_documents.csv",
    "service_areas.csv",
    "taxonomies.csv",
    "taxonomy_terms.csv",
    "service_taxonomy.csv",
    "attributes.csv",
    "metadata.csv",
    "meta_table_descriptions.csv",
    "payment_accepted.csv",
    // The names HSDS 1.x and 2.0 gave some of them.
    "organization.csv",
    "service.csv",
    "location.csv",
    "phone.csv",
    "language.csv",
    "regular_schedule.csv",
    "holiday_schedule.csv",
    "physical_address.csv",
    "postal_address.csv",
    "services_taxonomy.csv",
    "service_attributes.csv",
    "taxonomy.csv",
    "fee.csv",
    "interpretation_services.csv",
    // The package's description, read for its version.
    "datapackage.json",
];

/// A file read by one reader on its own.
#[derive(Debug, Clone, Copy)]
enum Feed {
    OpenActive,
    Hsds,
    ICal,
}

/// The file's own name, without any folder, in lower case.
fn base_name(name: &str) -> String {
    name.rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase()
}

/// The lower-case names of a CSV's header row.
fn header(text: &str) -> Vec<String> {
    text.trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default()
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
        .collect()
}

/// What a JSON file holds, as far as choosing its reader goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    /// A LearnLocal catalogue: it has a `schema_version`.
    Catalogue,
    /// OpenActive or schema.org JSON-LD (`@context`, `@type`, `@graph`), or an
    /// RPDE feed page (`items` with `data` or `state`), or a list of either.
    OpenActive,
    /// Open Referral HSDS: anything else, such as a service, an organization, a
    /// page of them (`contents`), or a list of them as the HSDA API of HSDS 1.x
    /// and 2.0 returns every response.
    Hsds,
}

/// Tells a JSON file's kind from its top-level keys, or a list's first item.
/// The data tool tells JSON files apart by this too.
pub fn json_kind(value: &serde_json::Value) -> JsonKind {
    let linked_data = |item: &serde_json::Value| {
        item.as_object().is_none_or(|o| {
            o.keys().any(|k| k.starts_with('@'))
                || o.contains_key("data")
                || o.contains_key("state")
        })
    };
    let has = |key: &str| value.get(key).is_some();
    let rpde = value
        .get("items")
        .and_then(|i| i.get(0))
        .is_some_and(|i| i.get("data").is_some() || i.get("state").is_some());
    // A list of plain objects is HSDS; an empty list, or one of JSON-LD or feed
    // items, is read as OpenActive, as it always was.
    let linked_list = value
        .as_array()
        .is_some_and(|items| items.first().is_none_or(linked_data));
    if has("schema_version") {
        JsonKind::Catalogue
    } else if has("@context") || has("@type") || has("@graph") || rpde || linked_list {
        JsonKind::OpenActive
    } else {
        JsonKind::Hsds
    }
}

/// Reads every file with the reader its format needs. A LearnLocal catalogue
/// among them is read first, and `context` gives the import context from it (or
/// from nothing), so the other files are placed against the catalogue they go
/// into, each read once. A mapping applies to the spreadsheets that are not
/// LearnLocal's.
pub fn read_files(
    files: &[InputFile],
    context: impl FnOnce(Option<&Catalogue>) -> ImportContext,
) -> FilesRead {
    let mut read = FilesRead::default();
    let mut mappings = Vec::new();
    let mut hsds_tables = BTreeMap::new();
    let mut sheets = Vec::new();
    // Feeds, read once the context is known.
    let mut feeds: Vec<(&InputFile, Feed)> = Vec::new();
    for file in files {
        let name = base_name(&file.name);
        let text = file.text.trim_start_matches('\u{feff}');
        let extension = name.rsplit_once('.').map_or("", |(_, e)| e);
        match extension {
            _ if name == "datapackage.json" => {
                hsds_tables.insert(name, text.to_owned());
            }
            "csv" => {
                let columns = header(text);
                if columns.first().is_some_and(|c| c == "field")
                    && columns.iter().any(|c| c == "column")
                {
                    mappings.push(file);
                } else if HSDS_TABLES.contains(&name.as_str()) {
                    hsds_tables.insert(name, text.to_owned());
                } else {
                    sheets.push((file, columns));
                }
            }
            "json" | "jsonld" => match serde_json::from_str::<serde_json::Value>(text) {
                Err(e) => read.refused.push((
                    file.name.clone(),
                    format!(
                        "line {}, column {}: not valid JSON: {e}",
                        e.line(),
                        e.column()
                    ),
                )),
                Ok(value) => match json_kind(&value) {
                    JsonKind::Catalogue => match learnlocal_core::read_catalogue(text, None) {
                        Ok(loaded) => {
                            read.catalogue = Some((file.name.clone(), loaded.catalogue));
                        }
                        Err(e) => read.refused.push((file.name.clone(), e.to_string())),
                    },
                    JsonKind::OpenActive => feeds.push((file, Feed::OpenActive)),
                    JsonKind::Hsds => feeds.push((file, Feed::Hsds)),
                },
            },
            "ics" | "ical" | "ifb" => feeds.push((file, Feed::ICal)),
            _ => read.refused.push((
                file.name.clone(),
                "cannot tell its format from the name: give a .csv, .json or .ics file".to_owned(),
            )),
        }
    }
    let ctx = &context(read.catalogue.as_ref().map(|(_, c)| c));
    for (file, feed) in feeds {
        let text = file.text.trim_start_matches('\u{feff}');
        let import = match feed {
            Feed::OpenActive => openactive::read(text, ctx),
            Feed::Hsds => hsds::read_json(text, ctx),
            Feed::ICal => ical::read(text, ctx),
        };
        read.imports.push((file.name.clone(), import));
    }
    if !hsds_tables.is_empty() {
        let label = files
            .iter()
            .find(|f| matches!(base_name(&f.name).as_str(), "services.csv" | "service.csv"))
            .map_or_else(|| "services.csv".to_owned(), |f| f.name.clone());
        if hsds_tables.contains_key("services.csv") || hsds_tables.contains_key("service.csv") {
            read.imports
                .push((label, hsds::read_tabular(&hsds_tables, ctx)));
        } else {
            let names: Vec<&str> = hsds_tables.keys().map(String::as_str).collect();
            read.refused.push((
                names.join(", "),
                "these are tables of an Open Referral HSDS package, but its services.csv is not among the files: choose it too".to_owned(),
            ));
        }
    }
    let map = match mappings.as_slice() {
        [] => None,
        [only] => match mapping::ColumnMap::parse(&only.text) {
            Ok(map) => Some(map),
            Err(problems) => {
                for p in problems {
                    read.refused.push((only.name.clone(), p.to_string()));
                }
                None
            }
        },
        [first, ..] => {
            let names: Vec<&str> = mappings.iter().map(|m| m.name.as_str()).collect();
            read.refused.push((
                names.join(", "),
                format!(
                    "more than one column mapping: choose one mapping with its spreadsheets; {} is not used",
                    first.name
                ),
            ));
            None
        }
    };
    for (file, columns) in sheets {
        let has = |name: &str| columns.iter().any(|c| c == name);
        let text = file.text.trim_start_matches('\u{feff}');
        let import = if let Some(map) = &map {
            mapping::read_mapped(text, map, ctx)
        } else if has("id") && has("kind") && has("title") {
            table::read_opportunities(text, ctx)
        } else if has("id") && has("name") && has("lat") && has("lon") {
            table::read_venues(text, ctx)
        } else {
            read.refused.push((
                file.name.clone(),
                "its columns are not LearnLocal's: choose its column mapping too (see data/mappings/template.mapping.csv)".to_owned(),
            ));
            continue;
        };
        read.imports.push((file.name.clone(), import));
    }
    read
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> InputFile {
        InputFile {
            name: name.to_owned(),
            text: text.to_owned(),
        }
    }

    const SHEET: &str = "Stop,Latitude,Longitude\nTyniec,50.0174,19.8226\n";
    const MAP: &str = "field,column\nkind,=activity\ntitle,Mobile library: {Stop}\nlat,Latitude\nlon,Longitude\nvenue_name,Stop\nmode,=in_person\n";

    #[test]
    fn a_spreadsheet_is_read_through_the_mapping_chosen_with_it() {
        let read = read_files(
            &[file("stops.csv", SHEET), file("stops.mapping.csv", MAP)],
            |_| ImportContext::default(),
        );
        assert!(read.refused.is_empty(), "{:?}", read.refused);
        let [(name, import)] = read.imports.as_slice() else {
            panic!("{:?}", read.imports.len())
        };
        assert_eq!(name, "stops.csv");
        assert_eq!(import.opportunities[0].title, "Mobile library: Tyniec");
    }

    #[test]
    fn files_that_cannot_be_read_say_why() {
        let read = read_files(
            &[
                file("stops.csv", SHEET),
                file("notes.txt", "hello"),
                file("broken.json", "{"),
                file("phones.csv", "id,number\n"),
            ],
            |_| ImportContext::default(),
        );
        let refused: Vec<String> = read
            .refused
            .iter()
            .map(|(f, m)| format!("{f}: {m}"))
            .collect();
        assert_eq!(
            refused,
            [
                "notes.txt: cannot tell its format from the name: give a .csv, .json or .ics file",
                "broken.json: line 1, column 1: not valid JSON: EOF while parsing an object at line 1 column 1",
                "phones.csv: these are tables of an Open Referral HSDS package, but its services.csv is not among the files: choose it too",
                "stops.csv: its columns are not LearnLocal's: choose its column mapping too (see data/mappings/template.mapping.csv)",
            ]
        );
    }

    #[test]
    fn an_hsds_package_and_a_catalogue_are_recognised() {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/hsds-3.0/csv"
        );
        let mut files: Vec<InputFile> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "csv"))
            .map(|p| {
                file(
                    &format!("csv/{}", p.file_name().unwrap().to_str().unwrap()),
                    &std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/catalogue.json");
        files.push(file(
            "catalogue.json",
            &std::fs::read_to_string(demo).unwrap(),
        ));
        // The other files are read against the catalogue among them.
        let mut context_of = None;
        let read = read_files(&files, |found| {
            context_of = found.map(|c| c.name.clone());
            ImportContext::default()
        });
        assert_eq!(
            context_of.as_deref(),
            Some("Cork learning opportunities (demonstration)")
        );
        assert!(read.refused.is_empty(), "{:?}", read.refused);
        assert_eq!(read.imports.len(), 1);
        assert_eq!(read.imports[0].0, "csv/services.csv");
        let (name, catalogue) = read.catalogue.unwrap();
        assert_eq!(name, "catalogue.json");
        assert!(catalogue.opportunities.len() > 400);
    }

    /// A list of plain objects is HSDS (the 1.x and 2.0 API returns every
    /// response as a list), a list of JSON-LD or feed items OpenActive, as is an
    /// empty list; a catalogue is known by its `schema_version`.
    #[test]
    fn json_kinds() {
        let kind = |text: &str| json_kind(&serde_json::from_str(text).unwrap());
        assert_eq!(kind(r#"[{"id": "s1", "name": "Yoga"}]"#), JsonKind::Hsds);
        assert_eq!(
            kind(r#"{"organizations": [], "services": []}"#),
            JsonKind::Hsds
        );
        assert_eq!(
            kind(r#"{"id": "s1", "regular_schedules": []}"#),
            JsonKind::Hsds
        );
        assert_eq!(
            kind(r#"[{"@type": "SessionSeries"}]"#),
            JsonKind::OpenActive
        );
        assert_eq!(
            kind(r#"[{"state": "updated", "data": {}}]"#),
            JsonKind::OpenActive
        );
        assert_eq!(kind("[]"), JsonKind::OpenActive);
        assert_eq!(kind(r#"{"schema_version": 1}"#), JsonKind::Catalogue);

        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/");
        let text =
            std::fs::read_to_string(format!("{dir}hsds-1.x/services_complete.json")).unwrap();
        let read = read_files(&[file("services.json", &text)], |_| {
            ImportContext::default()
        });
        assert_eq!(read.imports.len(), 1);
        assert!(
            read.imports[0]
                .1
                .summary()
                .starts_with("read as HSDS 1.x JSON"),
            "{}",
            read.imports[0].1.summary()
        );
    }
}
