//! Which HSDS version a tabular package follows, told from its tables and
//! columns, and the names the versions before 3.0 gave the tables 3.0 reads.
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
