//! Which HSDS version a tabular package or a JSON file follows, told from its
//! tables and columns (or keys), and the names the versions before 3.0 gave the
//! tables 3.0 reads.
//!
//! The versions differ in layout, not in meaning, so the reader reads every
//! version's tables and columns whatever it finds; the version is only named, so
//! a keeper can see how the package was read:
//! - HSDS 1.0 named each file after one record (`service.csv`, `location.csv`)
//!   and linked a service to its location by `services.location_id`;
//! - HSDS 1.1 and 1.2 named them in the plural, added `services_at_location.csv`,
//!   and kept opening times in `regular_schedules.csv` (one `weekday` a row) and
//!   `holiday_schedules.csv`;
//! - HSDS 2.0 replaced both schedule tables with RRULE `schedules.csv`;
//! - HSDS 3.0 renamed `services_at_location.csv`, `physical_addresses.csv` and
//!   `accessibility_for_disabilities.csv`, gave languages a `name` and a `code`,
//!   and priced services in `cost_options.csv`.
//!
//! JSON follows the tables: the API of 1.x and 2.0 (HSDA) nests a record's linked
//! rows under the table's name (`regular_schedules`, `physical_addresses`), so
//! the same names tell its version.
//!
//! This module never does IO and never panics.

use serde_json::Value;
use std::fmt;

/// The HSDS version whose layout a package follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Version {
    /// 1.0 to 1.2: `regular_schedules.csv` and `holiday_schedules.csv`.
    One,
    /// 2.0: RRULE `schedules.csv`, with the older names of other tables.
    Two,
    /// 3.0.
    Three,
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::One => "HSDS 1.x",
            Self::Two => "HSDS 2.0",
            Self::Three => "HSDS 3.0",
        })
    }
}

/// File names of older versions and the table name they are read under.
const ALIASES: &[(&str, &str)] = &[
    ("organization.csv", "organizations.csv"),
    ("service.csv", "services.csv"),
    ("location.csv", "locations.csv"),
    ("phone.csv", "phones.csv"),
    ("language.csv", "languages.csv"),
    ("services_at_location.csv", "service_at_location.csv"),
    ("regular_schedule.csv", "regular_schedules.csv"),
    ("holiday_schedule.csv", "holiday_schedules.csv"),
    ("physical_address.csv", "physical_addresses.csv"),
    ("postal_address.csv", "postal_addresses.csv"),
    ("service_taxonomy.csv", "services_taxonomy.csv"),
];

/// The name a table is read under: its own, or the one its older name stands for.
pub(super) fn table_key(file_name: &str) -> &str {
    ALIASES
        .iter()
        .find(|(old, _)| *old == file_name)
        .map_or(file_name, |(_, key)| key)
}

/// Tables only HSDS 1.x has (under the name they are read under).
const ONLY_ONE: &[&str] = &["regular_schedules.csv", "holiday_schedules.csv", "fee.csv"];
/// Tables HSDS 1.x and 2.0 have and 3.0 renamed or dropped.
const BEFORE_THREE: &[&str] = &[
    "physical_addresses.csv",
    "postal_addresses.csv",
    "accessibility_for_disabilities.csv",
    "service_attributes.csv",
    "other_attributes.csv",
    "services_taxonomy.csv",
    "taxonomy.csv",
];

/// What a package is made of, for telling its version.
pub(super) struct Shape<'a> {
    /// Each table's file name as given, lower case.
    pub files: Vec<&'a str>,
    /// The columns of `services.csv`, lower case.
    pub service_columns: Vec<&'a str>,
    /// The columns of `languages.csv`, lower case.
    pub language_columns: Vec<&'a str>,
}

/// The version a package's layout follows, and the tables and columns that
/// show it (a few, for the keeper to check).
pub(super) fn detect(shape: &Shape) -> (Version, Vec<String>) {
    let mut one = Vec::new();
    let mut older = Vec::new();
    for file in &shape.files {
        let key = table_key(file);
        if key != *file && key != "service_at_location.csv" {
            // A 1.0 name, such as `service.csv`.
            one.push((*file).to_owned());
        } else if ONLY_ONE.contains(&key) {
            one.push((*file).to_owned());
        } else if BEFORE_THREE.contains(&key) || *file == "services_at_location.csv" {
            older.push((*file).to_owned());
        }
    }
    if shape.service_columns.contains(&"location_id") {
        older.push("services.csv `location_id`".to_owned());
    }
    let language_has = |c: &str| shape.language_columns.contains(&c);
    if language_has("language") && !language_has("name") && !language_has("code") {
        older.push("languages.csv `language`".to_owned());
    }
    if shape.service_columns.contains(&"fees")
        && !shape.service_columns.contains(&"fees_description")
    {
        older.push("services.csv `fees`".to_owned());
    }
    let (version, mut shown) = if !one.is_empty() {
        (Version::One, one)
    } else if !older.is_empty() {
        (Version::Two, older)
    } else {
        (Version::Three, Vec::new())
    };
    shown.truncate(3);
    (version, shown)
}

/// The warning for 1.x days given as numbers, which HSDS 1.1 allows without
/// saying which day is 1.
pub(super) const NUMBERED_DAYS: &str = "the days are numbers, read as 1 Monday to 7 Sunday (ISO 8601) and 0 as Sunday: HSDS 1.1 does not say which day is 1, so check the days of one service";

/// Keys only HSDS 1.x JSON has: its schedule tables nested in a record.
const JSON_ONLY_ONE: &[&str] = &["regular_schedules", "holiday_schedules"];
/// Keys HSDS 1.x and 2.0 JSON have and 3.0 renamed or dropped.
const JSON_BEFORE_THREE: &[&str] = &[
    "physical_addresses",
    "postal_addresses",
    "accessibility_for_disabilities",
    "services_at_location",
    "service_attributes",
];

/// The version a JSON file follows, and the keys that show it (a few, for the
/// keeper to check), looking at every object in it.
pub(super) fn detect_json(value: &Value) -> (Version, Vec<String>) {
    let mut one = Vec::new();
    let mut older = Vec::new();
    json_evidence(value, &mut one, &mut older);
    let (version, mut shown) = if !one.is_empty() {
        (Version::One, one)
    } else if !older.is_empty() {
        (Version::Two, older)
    } else {
        (Version::Three, Vec::new())
    };
    shown.truncate(3);
    (version, shown)
}

/// Adds the keys of `value` and everything in it that only older versions have,
/// each once. Recursion is as deep as the JSON, which `serde_json` limits.
fn json_evidence(value: &Value, one: &mut Vec<String>, older: &mut Vec<String>) {
    let note = |list: &mut Vec<String>, what: String| {
        if !list.contains(&what) {
            list.push(what);
        }
    };
    match value {
        Value::Array(items) => {
            for item in items {
                json_evidence(item, one, older);
            }
        }
        Value::Object(object) => {
            for (key, inner) in object {
                let key = key.as_str();
                if JSON_ONLY_ONE.contains(&key) {
                    note(one, key.to_owned());
                } else if JSON_BEFORE_THREE.contains(&key) {
                    note(older, key.to_owned());
                } else if key == "fees" && inner.is_array() {
                    // HSDS 1.0's `fee` table, nested.
                    note(one, "fees as a list".to_owned());
                } else if key == "fees" && !object.contains_key("fees_description") {
                    note(older, "fees".to_owned());
                } else if key == "languages" && old_languages(inner) {
                    note(older, "languages as `language`".to_owned());
                }
                json_evidence(inner, one, older);
            }
        }
        _ => {}
    }
}

/// True when a `languages` list is in the form before 3.0: names or codes as
/// text, or objects with a `language` and no `name` or `code`.
fn old_languages(languages: &Value) -> bool {
    languages.as_array().is_some_and(|items| {
        items.iter().any(|item| match item {
            Value::String(_) => true,
            Value::Object(o) => {
                o.contains_key("language") && !o.contains_key("name") && !o.contains_key("code")
            }
            _ => false,
        })
    })
}

/// The `version` a `datapackage.json` declares, when it reads as an HSDS version
/// (such as `2.0.1`); a package's own version (`2024-05`) is not one.
pub(super) fn declared_version(datapackage: &str) -> Option<String> {
    let value: Value = serde_json::from_str(datapackage).ok()?;
    let version = value.get("version")?.as_str()?.trim();
    let major = version.split('.').next()?;
    (matches!(major, "1" | "2" | "3") && version.contains('.')).then(|| version.to_owned())
}

/// True when a declared version (`2.0.1`) is of `version`'s major version.
pub(super) fn agrees(declared: &str, version: Version) -> bool {
    let major = declared.split('.').next().unwrap_or_default();
    matches!(
        (major, version),
        ("1", Version::One) | ("2", Version::Two) | ("3", Version::Three)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape<'a>(files: &[&'a str], services: &[&'a str], languages: &[&'a str]) -> Shape<'a> {
        Shape {
            files: files.to_vec(),
            service_columns: services.to_vec(),
            language_columns: languages.to_vec(),
        }
    }

    /// Each version is told by the tables and columns only it has, and the
    /// evidence names them.
    #[test]
    fn versions_are_told_by_their_tables() {
        let (version, shown) = detect(&shape(
            &["service.csv", "location.csv", "regular_schedule.csv"],
            &["id", "location_id"],
            &[],
        ));
        assert_eq!(version, Version::One);
        assert_eq!(
            shown,
            ["service.csv", "location.csv", "regular_schedule.csv"]
        );

        let (version, _) = detect(&shape(
            &[
                "services.csv",
                "services_at_location.csv",
                "regular_schedules.csv",
            ],
            &["id"],
            &[],
        ));
        assert_eq!(version, Version::One);

        let (version, shown) = detect(&shape(
            &["services.csv", "services_at_location.csv", "schedules.csv"],
            &["id", "fees"],
            &["id", "service_id", "language"],
        ));
        assert_eq!(version, Version::Two);
        assert_eq!(
            shown,
            [
                "services_at_location.csv",
                "languages.csv `language`",
                "services.csv `fees`"
            ]
        );

        let (version, shown) = detect(&shape(
            &["services.csv", "service_at_location.csv", "schedules.csv"],
            &["id", "fees", "fees_description"],
            &["id", "name", "code"],
        ));
        assert_eq!(version, Version::Three);
        assert!(shown.is_empty());
    }

    /// JSON is told by the keys only its version has, wherever they are nested,
    /// and 3.0 JSON shows none of them.
    #[test]
    fn json_versions_are_told_by_their_keys() {
        let json = |text: &str| detect_json(&serde_json::from_str(text).expect("json"));
        let (version, shown) = json(
            r#"[{"id": "s1", "locations": [{"regular_schedules": [], "physical_addresses": []}], "holiday_schedules": []}]"#,
        );
        assert_eq!(version, Version::One);
        assert_eq!(shown, ["holiday_schedules", "regular_schedules"]);
        let (version, shown) = json(
            r#"{"id": "s1", "fees": "Free", "languages": ["en"], "schedules": [{"freq": "WEEKLY"}]}"#,
        );
        assert_eq!(version, Version::Two);
        assert_eq!(shown, ["fees", "languages as `language`"]);
        let (version, shown) = json(
            r#"{"id": "s1", "fees_description": "Free", "languages": [{"name": "English", "code": "en"}], "schedules": []}"#,
        );
        assert_eq!(version, Version::Three);
        assert!(shown.is_empty());
    }

    /// Only a version in the form of an HSDS version is taken from
    /// `datapackage.json`.
    #[test]
    fn declared_versions() {
        assert_eq!(
            declared_version(r#"{"version": "2.0.1"}"#).as_deref(),
            Some("2.0.1")
        );
        assert_eq!(declared_version(r#"{"version": "2024"}"#), None);
        assert_eq!(declared_version(r#"{"name": "x"}"#), None);
        assert_eq!(declared_version("not json"), None);
        assert!(agrees("1.1", Version::One));
        assert!(!agrees("3.0.0", Version::Two));
    }
}
