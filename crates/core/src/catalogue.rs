//! The catalogue model: what the app loads and the data tool writes.
//!
//! A catalogue is a city's list of learning opportunities with the tables they
//! refer to: skills, venues and neighbourhoods. The types here are plain data;
//! reading them leniently is [`crate::read`], checking them is [`crate::validate`].

use crate::lang::{DEFAULT_LANGUAGE, InLanguage, TranslatedFields, Translations};
use crate::opportunity::Opportunity;
use crate::schedule::WeeklySlot;
use crate::tz::TimeZone;
use serde::{Deserialize, Serialize};

/// The catalogue format version this build writes and reads.
pub const SCHEMA_VERSION: u32 = 2;

/// A whole catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    /// Format version; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Human name, e.g. "Cork learning opportunities".
    pub name: String,
    /// The language of the catalogue's own text (names, titles, summaries,
    /// labels): a BCP 47 tag, usually ISO 639-1 such as "en"; "en" when the
    /// file does not say. Records and skills may carry translations into others.
    #[serde(default = "default_language")]
    pub language: String,
    /// True when the records are illustrative, not real listings.
    #[serde(default, skip_serializing_if = "is_false")]
    pub demonstration: bool,
    /// Who keeps the catalogue; problems are reported to them.
    #[serde(default)]
    pub keeper: Keeper,
    /// The zone all schedule times are in.
    #[serde(default)]
    pub time_zone: TimeZoneSpec,
    /// The ISO 4217 code of the catalogue's own currency, e.g. "EUR": the one
    /// prices were given in where a source named none, and the one the maximum
    /// price filter counts in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Where distances are measured from until the person chooses a place.
    pub centre: LatLon,
    /// What people call the centre, e.g. "Cork city centre"; distances are from there.
    pub centre_label: String,
    /// The area the catalogue covers; places outside it are suspicious.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounds: Option<Bounds>,
    /// The gazetteer: named neighbourhoods people can search from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub neighbourhoods: Vec<Neighbourhood>,
    /// The skills taxonomy: every id an opportunity may list, with its label.
    pub skills: Vec<Skill>,
    /// The places opportunities happen at.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub venues: Vec<Venue>,
    /// The opportunities themselves.
    pub opportunities: Vec<Opportunity>,
    /// Settings for kiosks, shared screens (`crate::kiosk`); none when the site
    /// has no kiosks of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kiosk: Option<crate::kiosk::KioskSettings>,
    /// Raster map tiles to draw under the app's own map, when the keeper
    /// configures them; without them the map needs no server at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map: Option<MapSettings>,
}

/// Where the map's raster tiles come from, already checked by the reader: a
/// template with `{z}`, `{x}` and `{y}`, on https or http or a path of the
/// site itself, and the attribution its licence asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapSettings {
    /// The tile URL template, e.g. `https://tile.example.org/{z}/{x}/{y}.png`.
    pub tiles: String,
    /// The credit shown on the map, e.g. "© OpenStreetMap contributors".
    pub attribution: String,
}

impl MapSettings {
    /// Why a tile template cannot be used, or `None` when it can: it must be an
    /// https or http URL, or a path on the site (`/tiles/{z}/{x}/{y}.png`), and
    /// name `{z}`, `{x}` and `{y}` with no other `{`.
    pub fn template_problem(tiles: &str) -> Option<String> {
        let web = ["https://", "http://"].iter().any(|scheme| {
            tiles
                .get(..scheme.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
        });
        let own_path = tiles.starts_with('/') && !tiles.starts_with("//");
        if !(web || own_path) {
            return Some(format!(
                "`{tiles}` is not an https or http URL or a path on this site starting with /"
            ));
        }
        if tiles
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '\\')
        {
            return Some(format!("`{tiles}` has spaces, quotes or backslashes"));
        }
        let missing: Vec<&str> = ["{z}", "{x}", "{y}"]
            .into_iter()
            .filter(|part| !tiles.contains(part))
            .collect();
        if !missing.is_empty() {
            return Some(format!("`{tiles}` does not name {}", missing.join(", ")));
        }
        let rest = tiles
            .replace("{z}", "")
            .replace("{x}", "")
            .replace("{y}", "");
        if rest.contains(['{', '}']) {
            return Some(format!(
                "`{tiles}` has a placeholder other than {{z}}, {{x}} and {{y}}"
            ));
        }
        None
    }

    /// The origin (`https://tile.example.org`) the tiles come from; `None` for
    /// the site's own paths.
    pub fn tile_origin(&self) -> Option<&str> {
        let after_scheme = self.tiles.find("://")? + 3;
        let end = self
            .tiles
            .get(after_scheme..)?
            .find('/')
            .map_or(self.tiles.len(), |i| i + after_scheme);
        self.tiles.get(..end)
    }
}

impl Default for Catalogue {
    fn default() -> Self {
        Self {
            schema_version: 0,
            name: String::new(),
            language: default_language(),
            demonstration: false,
            keeper: Keeper::default(),
            time_zone: TimeZoneSpec::default(),
            currency: None,
            centre: LatLon::default(),
            centre_label: String::new(),
            bounds: None,
            neighbourhoods: Vec::new(),
            skills: Vec::new(),
            venues: Vec::new(),
            opportunities: Vec::new(),
            kiosk: None,
            map: None,
        }
    }
}

fn default_language() -> String {
    DEFAULT_LANGUAGE.to_owned()
}

fn is_false(b: &bool) -> bool {
    !b
}

/// The person or team who keeps a catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keeper {
    /// Name shown to residents, e.g. "Cork City Libraries".
    pub name: String,
    /// Address for "report a problem".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// A page about the catalogue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A time zone, by name and by rule. The rule is read once, with the catalogue:
/// a value of this type always holds a zone the app can compute with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeZoneSpec {
    /// IANA name, e.g. "Europe/Dublin".
    pub name: String,
    /// The POSIX TZ rule with the same clock, e.g. "GMT0IST,M3.5.0/1,M10.5.0",
    /// read; written back as the rule text.
    pub rule: TimeZone,
}

impl Default for TimeZoneSpec {
    fn default() -> Self {
        Self {
            name: "UTC".to_owned(),
            rule: TimeZone::utc(),
        }
    }
}

/// A point on the earth in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct LatLon {
    /// Latitude in degrees, north positive.
    pub lat: f64,
    /// Longitude in degrees, east positive.
    pub lon: f64,
}

impl LatLon {
    /// The median latitude and the median longitude of the places (the mean of
    /// the middle two for an even count), so one far-off place does not move it;
    /// `None` without places.
    pub fn median(places: &[LatLon]) -> Option<LatLon> {
        let median = |mut values: Vec<f64>| -> Option<f64> {
            values.sort_by(f64::total_cmp);
            let n = values.len();
            let upper = *values.get(n / 2)?;
            let lower = if n.is_multiple_of(2) {
                *values.get(n / 2 - 1)?
            } else {
                upper
            };
            Some((lower + upper) / 2.0)
        };
        Some(LatLon {
            lat: median(places.iter().map(|p| p.lat).collect())?,
            lon: median(places.iter().map(|p| p.lon).collect())?,
        })
    }
}

/// A rectangle in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    /// Southern edge (minimum latitude).
    pub south: f64,
    /// Western edge (minimum longitude).
    pub west: f64,
    /// Northern edge (maximum latitude).
    pub north: f64,
    /// Eastern edge (maximum longitude).
    pub east: f64,
}

impl Bounds {
    /// The margin added around places' own box, as a share of its size on each
    /// side, so that a place at the edge is not on the map's edge.
    pub const MARGIN_SHARE: f64 = 0.05;

    /// The smallest margin, in degrees (about a kilometre): one place still has
    /// an area around it.
    pub const MIN_MARGIN_DEGREES: f64 = 0.01;

    /// The box around the places, with a margin of [`Self::MARGIN_SHARE`] of its
    /// size on each side and at least [`Self::MIN_MARGIN_DEGREES`], kept on the
    /// earth; `None` without places.
    pub fn around(places: &[LatLon]) -> Option<Bounds> {
        let first = places.first()?;
        let mut b = Bounds {
            south: first.lat,
            west: first.lon,
            north: first.lat,
            east: first.lon,
        };
        for p in places {
            b.south = b.south.min(p.lat);
            b.north = b.north.max(p.lat);
            b.west = b.west.min(p.lon);
            b.east = b.east.max(p.lon);
        }
        let lat_margin = ((b.north - b.south) * Self::MARGIN_SHARE).max(Self::MIN_MARGIN_DEGREES);
        let lon_margin = ((b.east - b.west) * Self::MARGIN_SHARE).max(Self::MIN_MARGIN_DEGREES);
        Some(Bounds {
            south: (b.south - lat_margin).max(-90.0),
            west: (b.west - lon_margin).max(-180.0),
            north: (b.north + lat_margin).min(90.0),
            east: (b.east + lon_margin).min(180.0),
        })
    }

    /// True when the point is inside or on the edge.
    pub fn contains(&self, p: LatLon) -> bool {
        (self.south..=self.north).contains(&p.lat) && (self.west..=self.east).contains(&p.lon)
    }
}

/// A named part of the city, for "near me" by name and for coverage maps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Neighbourhood {
    /// Stable slug, e.g. `blackpool`.
    pub id: String,
    /// Name as residents say it.
    pub name: String,
    /// A central point.
    pub centre: LatLon,
    /// Boundary ring, if known (first and last points may repeat).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outline: Vec<LatLon>,
    /// Residents, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u32>,
    /// True when `population` is an estimate (rounded, modelled or
    /// illustrative) rather than a count, so that figures per resident are
    /// shown as estimates. Read leniently: anything but `true` is false.
    #[serde(
        default,
        skip_serializing_if = "is_false",
        deserialize_with = "lenient_flag"
    )]
    pub population_estimate: bool,
}

/// `true` is true; any other value, of any type, is false, so that a flag
/// written oddly never makes a catalogue unreadable (the data tool's schema
/// check names it). A visitor of its own rather than an untagged enum, which
/// would bring serde's buffering of any value into the app.
fn lenient_flag<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    use serde::de::{Error, IgnoredAny, MapAccess, SeqAccess, Visitor};
    struct Flag;
    impl<'de> Visitor<'de> for Flag {
        type Value = bool;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("true or false")
        }

        fn visit_bool<E: Error>(self, v: bool) -> Result<bool, E> {
            Ok(v)
        }

        fn visit_i64<E: Error>(self, _: i64) -> Result<bool, E> {
            Ok(false)
        }

        fn visit_u64<E: Error>(self, _: u64) -> Result<bool, E> {
            Ok(false)
        }

        fn visit_f64<E: Error>(self, _: f64) -> Result<bool, E> {
            Ok(false)
        }

        fn visit_str<E: Error>(self, _: &str) -> Result<bool, E> {
            Ok(false)
        }

        fn visit_unit<E: Error>(self) -> Result<bool, E> {
            Ok(false)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(false)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(false)
        }
    }
    deserializer.deserialize_any(Flag)
}

/// A neighbourhood or venue seen as a place to measure distances from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NamedPlace<'a> {
    /// The neighbourhood or venue id.
    pub id: &'a str,
    /// Its name, as residents say it.
    pub name: &'a str,
    /// The neighbourhood's centre or the venue's location.
    pub location: LatLon,
}

/// One entry of the skills taxonomy.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    /// Stable slug used in records and URLs, e.g. `digital`.
    pub id: String,
    /// Plain-language label shown to residents, e.g. "Computers and phones".
    pub label: String,
    /// The label in other languages than the catalogue's; read it through
    /// [`Skill::label_in`].
    #[serde(default, skip_serializing_if = "Translations::is_none")]
    pub translations: Translations<SkillTranslation>,
}

impl Skill {
    /// A skill with its label and no translations.
    pub fn new(id: &str, label: &str) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            translations: Translations::default(),
        }
    }

    /// The label for a person who reads `want` (a language tag such as `pl`):
    /// the best translation's ([`crate::lang::best_match`]), else the skill's
    /// own, in `own`, the catalogue's language.
    pub fn label_in<'a>(&'a self, want: &str, own: &'a str) -> InLanguage<'a> {
        self.translations
            .best("label", want, own)
            .unwrap_or(InLanguage {
                text: &self.label,
                lang: own,
            })
    }
}

/// A skill's label in one other language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkillTranslation {
    /// The language tag (BCP 47, usually ISO 639-1: `pl`, `uk`, `pt-BR`).
    pub lang: String,
    /// The label in that language.
    pub label: Option<String>,
}

impl SkillTranslation {
    /// The label `label` in `lang`.
    pub fn new(lang: &str, label: &str) -> Self {
        Self {
            lang: lang.to_owned(),
            label: Some(label.to_owned()),
        }
    }
}

impl TranslatedFields for SkillTranslation {
    const FIELDS: &'static [&'static str] = &["label"];

    fn empty(lang: String) -> Self {
        Self { lang, label: None }
    }

    fn lang(&self) -> &str {
        &self.lang
    }

    fn field_mut(&mut self, name: &str) -> Option<&mut Option<String>> {
        (name == "label").then_some(&mut self.label)
    }

    fn text(&self, name: &str) -> Option<&str> {
        (name == "label").then_some(self.label.as_deref()).flatten()
    }
}

/// A place where opportunities happen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Venue {
    /// Stable identifier, unique in the catalogue.
    pub id: String,
    /// Name as people know it, e.g. "Blackpool Library".
    pub name: String,
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Postcode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// Neighbourhood id from the gazetteer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neighbourhood: Option<String>,
    /// Where it is.
    pub location: LatLon,
    /// What the building offers disabled people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accessibility: Vec<VenueAccess>,
    /// When the building is open, in the catalogue's time zone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opening_hours: Vec<WeeklySlot>,
    /// The place's own web page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The place's phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// Accessibility of a building (as opposed to a session's own support).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VenueAccess {
    /// Level or ramped entrance, lift to every floor used.
    StepFree,
    /// A wheelchair-accessible toilet.
    AccessibleToilet,
    /// Blue-badge parking at or beside the place.
    AccessibleParking,
    /// A bus stop or station within a short walk.
    PublicTransport,
}

tokens!(VenueAccess {
    StepFree => "step_free",
    AccessibleToilet => "accessible_toilet",
    AccessibleParking => "accessible_parking",
    PublicTransport => "public_transport",
});

impl Catalogue {
    /// Adds records, replacing those with the same id in place; new ones go at
    /// the end, in the order given.
    pub fn merge(mut self, venues: Vec<Venue>, opportunities: Vec<Opportunity>) -> Self {
        for venue in venues {
            match self.venues.iter_mut().find(|v| v.id == venue.id) {
                Some(slot) => *slot = venue,
                None => self.venues.push(venue),
            }
        }
        for opportunity in opportunities {
            match self
                .opportunities
                .iter_mut()
                .find(|o| o.id == opportunity.id)
            {
                Some(slot) => *slot = opportunity,
                None => self.opportunities.push(opportunity),
            }
        }
        self
    }

    /// Finds an opportunity by its id.
    pub fn opportunity(&self, id: &str) -> Option<&Opportunity> {
        self.opportunities.iter().find(|o| o.id == id)
    }

    /// Finds a venue by its id.
    pub fn venue(&self, id: &str) -> Option<&Venue> {
        self.venues.iter().find(|v| v.id == id)
    }

    /// The venue an opportunity happens at; `None` for online-only ones.
    pub fn venue_of(&self, opportunity: &Opportunity) -> Option<&Venue> {
        opportunity.venue.as_deref().and_then(|id| self.venue(id))
    }

    /// Finds a neighbourhood by its id.
    pub fn neighbourhood(&self, id: &str) -> Option<&Neighbourhood> {
        self.neighbourhoods.iter().find(|n| n.id == id)
    }

    /// Finds a place distances can be measured from, by the id the URL's `near`
    /// holds: a neighbourhood of the gazetteer, or else a venue.
    pub fn place(&self, id: &str) -> Option<NamedPlace<'_>> {
        self.neighbourhood(id)
            .map(|n| NamedPlace {
                id: &n.id,
                name: &n.name,
                location: n.centre,
            })
            .or_else(|| {
                self.venue(id).map(|v| NamedPlace {
                    id: &v.id,
                    name: &v.name,
                    location: v.location,
                })
            })
    }

    /// The label of a skill id, or the id itself when the taxonomy lacks it.
    pub fn skill_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.skills
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.label.as_str())
    }

    /// The label of a skill id for a person who reads `want`, with its language
    /// ([`Skill::label_in`]); the id itself, in the catalogue's language, when
    /// the taxonomy lacks it.
    pub fn skill_label_in<'a>(&'a self, id: &'a str, want: &str) -> InLanguage<'a> {
        match self.skills.iter().find(|s| s.id == id) {
            Some(skill) => skill.label_in(want, &self.language),
            None => InLanguage {
                text: id,
                lang: &self.language,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A skill's label answers in the language asked for, else in the
    /// catalogue's own; an unknown skill answers with its id.
    #[test]
    fn skill_labels_in_a_language() {
        let mut skill = Skill::new("digital", "Computers and phones");
        skill.translations = vec![
            SkillTranslation::new("pl", "Komputery i telefony"),
            SkillTranslation::new("zh-Hans", "电脑和手机"),
        ]
        .into();
        let catalogue = Catalogue {
            skills: vec![skill],
            ..Catalogue::default()
        };
        assert_eq!(catalogue.language, "en");
        let label = |id, want| {
            let l = catalogue.skill_label_in(id, want);
            (l.text, l.lang)
        };
        assert_eq!(label("digital", "pl"), ("Komputery i telefony", "pl"));
        assert_eq!(label("digital", "zh"), ("电脑和手机", "zh-Hans"));
        assert_eq!(label("digital", "ga"), ("Computers and phones", "en"));
        assert_eq!(label("cooking", "pl"), ("cooking", "en"));
        assert!(catalogue.skill_label_in("digital", "pl").differs_from("en"));
        assert!(!catalogue.skill_label_in("digital", "ga").differs_from("EN"));
    }

    /// A population is marked as an estimate only by `true`; any other value
    /// reads as a count rather than making the catalogue unreadable, and a
    /// count is written without the flag.
    #[test]
    fn population_estimates_are_read_leniently() {
        let read = |flag: &str| {
            let text = format!(
                r#"{{"id":"a","name":"A","centre":{{"lat":51.9,"lon":-8.4}},"population":900{flag}}}"#
            );
            serde_json::from_str::<Neighbourhood>(&text).map(|n| n.population_estimate)
        };
        assert_eq!(read(r#","population_estimate":true"#).ok(), Some(true));
        for other in [
            "",
            r#","population_estimate":false"#,
            r#","population_estimate":"yes""#,
            r#","population_estimate":null"#,
            r#","population_estimate":1"#,
            r#","population_estimate":-2.5"#,
            r#","population_estimate":{"a":[1]}"#,
        ] {
            assert_eq!(read(other).ok(), Some(false), "{other}");
        }
        let counted = serde_json::from_str::<Neighbourhood>(
            r#"{"id":"a","name":"A","centre":{"lat":51.9,"lon":-8.4},"population":900}"#,
        )
        .unwrap();
        assert!(
            !serde_json::to_string(&counted)
                .unwrap()
                .contains("estimate")
        );
        let estimated = Neighbourhood {
            population_estimate: true,
            ..counted
        };
        assert!(
            serde_json::to_string(&estimated)
                .unwrap()
                .contains(r#""population_estimate":true"#)
        );
    }

    /// Tile templates are on the web or the site, with their three
    /// placeholders; the origin is what the CSP allows.
    #[test]
    fn tile_templates() {
        for good in [
            "https://tile.example.org/{z}/{x}/{y}.png",
            "HTTP://a.example:8080/t/{z}-{x}-{y}",
            "/tiles/{z}/{x}/{y}.png",
        ] {
            assert_eq!(MapSettings::template_problem(good), None, "{good}");
        }
        for bad in [
            "javascript:alert(1)//{z}{x}{y}",
            "//evil.example/{z}/{x}/{y}",
            "tiles/{z}/{x}/{y}.png",
            "https://a.example/{z}/{x}.png",
            "https://a.example/{s}/{z}/{x}/{y}.png",
            "https://a.example/{z}/{x}/{y}.png x",
            "data:image/png,{z}{x}{y}",
        ] {
            assert!(MapSettings::template_problem(bad).is_some(), "{bad}");
        }
        let settings = |tiles: &str| MapSettings {
            tiles: tiles.to_owned(),
            attribution: "©".to_owned(),
        };
        assert_eq!(
            settings("https://tile.example.org/{z}/{x}/{y}.png").tile_origin(),
            Some("https://tile.example.org")
        );
        assert_eq!(
            settings("http://a.example:8080").tile_origin(),
            Some("http://a.example:8080")
        );
        assert_eq!(settings("/tiles/{z}/{x}/{y}.png").tile_origin(), None);
    }
}
