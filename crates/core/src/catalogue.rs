//! The catalogue model: what the app loads from `data/catalogue.json`.
//!
//! Parsing is strict about structure and says where it went wrong; it never
//! panics, whatever the input.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The catalogue format version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole catalogue: its identity, the map centre and the opportunities in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    /// Format version; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Human name, e.g. "Cork learning opportunities".
    pub name: String,
    /// True when the records are illustrative, not real listings.
    #[serde(default)]
    pub demonstration: bool,
    /// Where distances are measured from until the person chooses a place.
    pub centre: LatLon,
    /// What people call the centre, e.g. "Cork city centre"; distances are from there.
    pub centre_label: String,
    /// The skills taxonomy: every id an opportunity may list, with its label.
    pub skills: Vec<Skill>,
    /// The opportunities themselves.
    pub opportunities: Vec<Opportunity>,
}

/// A point on the earth in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    /// Latitude in degrees, north positive.
    pub lat: f64,
    /// Longitude in degrees, east positive.
    pub lon: f64,
}

/// One entry of the skills taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    /// Stable slug used in records and URLs, e.g. `digital`.
    pub id: String,
    /// Plain-language label shown to residents, e.g. "Computers and phones".
    pub label: String,
}

/// What sort of thing an opportunity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A taught course, usually over several sessions.
    Course,
    /// A library or other learning place itself.
    Library,
    /// A one-off or recurring activity, club or event.
    Activity,
}

/// Something a person can go to or join.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    /// Stable identifier, unique in the catalogue; used in the detail page's URL.
    pub id: String,
    /// Course, library or activity.
    pub kind: Kind,
    /// Short title.
    pub title: String,
    /// One or two sentences shown in the result list.
    pub summary: String,
    /// Longer description for the detail page.
    #[serde(default)]
    pub description: Option<String>,
    /// Skill ids from the catalogue's taxonomy.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Who runs it.
    #[serde(default)]
    pub provider: Option<String>,
    /// Where it happens.
    pub venue: Venue,
    /// A page with more about it.
    #[serde(default)]
    pub url: Option<String>,
}

/// A place where opportunities happen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Venue {
    /// Name as people know it, e.g. "Blackpool Library".
    pub name: String,
    /// Street address, if known.
    #[serde(default)]
    pub address: Option<String>,
    /// Where it is.
    pub location: LatLon,
}

/// Why a catalogue could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogueError {
    /// The text is not valid JSON or does not have the catalogue's shape.
    Malformed {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the parser expected, in its words.
        detail: String,
    },
    /// The catalogue was written for a format this build does not read.
    UnsupportedVersion {
        /// The version the file declares.
        found: u32,
    },
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed {
                line,
                column,
                detail,
            } => write!(f, "line {line}, column {column}: {detail}"),
            Self::UnsupportedVersion { found } => write!(
                f,
                "schema_version {found} is not supported; this app reads version {SCHEMA_VERSION}"
            ),
        }
    }
}

impl std::error::Error for CatalogueError {}

impl Catalogue {
    /// Reads a catalogue from its JSON text.
    pub fn from_json(text: &str) -> Result<Self, CatalogueError> {
        let catalogue: Self =
            serde_json::from_str(text).map_err(|e| CatalogueError::Malformed {
                line: e.line(),
                column: e.column(),
                detail: e.to_string(),
            })?;
        if catalogue.schema_version != SCHEMA_VERSION {
            return Err(CatalogueError::UnsupportedVersion {
                found: catalogue.schema_version,
            });
        }
        Ok(catalogue)
    }

    /// Finds an opportunity by its id.
    pub fn opportunity(&self, id: &str) -> Option<&Opportunity> {
        self.opportunities.iter().find(|o| o.id == id)
    }

    /// The label of a skill id, or the id itself when the taxonomy lacks it.
    pub fn skill_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.skills
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.label.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
        "schema_version": 1, "name": "Test", "centre": {"lat": 51.9, "lon": -8.47},
        "centre_label": "Cork city centre",
        "skills": [{"id": "digital", "label": "Computers and phones"}],
        "opportunities": [{
            "id": "a", "kind": "course", "title": "Email basics", "summary": "Learn email.",
            "skills": ["digital"],
            "venue": {"name": "Library", "location": {"lat": 51.9, "lon": -8.47}}
        }]
    }"#;

    /// A well-formed catalogue reads with its optional fields defaulted.
    #[test]
    fn reads_a_minimal_catalogue() {
        let c = Catalogue::from_json(MINIMAL).expect("valid catalogue");
        assert_eq!(c.opportunities.len(), 1);
        assert_eq!(c.opportunities[0].kind, Kind::Course);
        assert_eq!(c.opportunities[0].description, None);
        assert!(!c.demonstration);
        assert_eq!(c.skill_label("digital"), "Computers and phones");
        assert_eq!(c.skill_label("unknown"), "unknown");
    }

    /// Broken JSON is reported with the line where it broke.
    #[test]
    fn malformed_json_names_the_line() {
        let err = Catalogue::from_json("{\n\"schema_version\": 1,\n oops").unwrap_err();
        match err {
            CatalogueError::Malformed { line, .. } => assert_eq!(line, 3),
            other => panic!("expected Malformed, got {other:?}"),
        }
    }

    /// A record missing a required field is malformed, with the field named.
    #[test]
    fn missing_field_is_named() {
        let text = MINIMAL.replace(r#""title": "Email basics", "#, "");
        let err = Catalogue::from_json(&text).unwrap_err();
        assert!(err.to_string().contains("`title`"), "{err}");
    }

    /// A future format version is refused rather than misread.
    #[test]
    fn other_schema_version_is_refused() {
        let text = MINIMAL.replace(r#""schema_version": 1"#, r#""schema_version": 7"#);
        assert_eq!(
            Catalogue::from_json(&text),
            Err(CatalogueError::UnsupportedVersion { found: 7 })
        );
    }
}
