//! Reading a catalogue leniently: every good record is kept, every bad one is
//! reported with its position, id and field, and left out.
//!
//! Only a file that is not JSON, or whose header (name, centre, skills, lists)
//! cannot be read, is refused as a whole: nothing useful could be shown from it.
//!
//! The text is read as a stream, and each record is typed as soon as its text has
//! been read: no tree of the whole file is ever built, and no more than one
//! record's text is held at a time, so that reading needs little more memory than
//! the records it keeps. A record that does not fit is named by the field where
//! typing stopped, found from the position serde_json reports in the record's
//! own text (`path`).

mod count;
mod path;
mod shape;

use crate::catalogue::{
    Bounds, Catalogue, Keeper, LatLon, MapSettings, Neighbourhood, Skill, SkillTranslation,
    TimeZoneSpec, Venue,
};
use crate::lang::{DEFAULT_LANGUAGE, TranslatedFields, UNDETERMINED, Written};
use crate::opportunity::{Opportunity, Provider, Translation};
use crate::problem::{Place, Problem};
use crate::schedule::WeeklySlot;
use crate::time::DateTime;
use crate::tz::TimeZone;
use crate::validate;
use count::Lengths;
use serde::de::{DeserializeOwned, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

/// A catalogue as read, with what was wrong in it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// Every record that could be used.
    pub catalogue: Catalogue,
    /// Every problem found, errors (records left out) and warnings.
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// How many records were left out because of errors.
    pub fn left_out(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.is_error() && !matches!(p.place, Place::Catalogue))
            .map(|p| &p.place)
            .collect::<HashSet<_>>()
            .len()
    }
}

/// Why a catalogue could not be read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogueError {
    /// The text is not JSON, or its header does not have the catalogue's shape.
    Malformed {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the parser expected, in its words.
        detail: String,
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
        }
    }
}

impl std::error::Error for CatalogueError {}

/// The catalogue's header, with its records typed one by one as they are read,
/// so that one bad record cannot spoil the rest.
#[derive(Deserialize)]
struct Raw {
    schema_version: u32,
    name: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    demonstration: bool,
    #[serde(default)]
    keeper: Keeper,
    #[serde(default)]
    time_zone: Option<RawTimeZone>,
    #[serde(default)]
    currency: Option<String>,
    centre: LatLon,
    centre_label: String,
    #[serde(default)]
    bounds: Option<Bounds>,
    #[serde(default)]
    neighbourhoods: Vec<Neighbourhood>,
    skills: Vec<RawSkill>,
    #[serde(default)]
    venues: Typed<Venue>,
    opportunities: Typed<Opportunity>,
    // Read once the venues are, since its place may be one.
    #[serde(default)]
    kiosk: Option<Box<RawValue>>,
    // Kept as text and read on its own, so a map setting of the wrong shape is
    // a warning, never a catalogue that cannot be read.
    #[serde(default)]
    map: Option<Box<RawValue>>,
}

/// The map's settings as written.
#[derive(Deserialize)]
struct RawMap {
    #[serde(default)]
    tiles: Option<String>,
    #[serde(default)]
    attribution: Option<String>,
}

/// The map's tiles when they are configured and usable; a warning naming the
/// field otherwise (the map is then drawn without tiles).
fn map_settings(raw: Option<Box<RawValue>>, problems: &mut Vec<Problem>) -> Option<MapSettings> {
    let mut warn = |field: &str, message: String| {
        problems.push(Problem::warning(Place::Catalogue, Some(field), message));
    };
    let raw = raw?;
    let Ok(RawMap { tiles, attribution }) = serde_json::from_str::<RawMap>(raw.get()) else {
        warn(
            "map",
            "is not an object with the texts `tiles` and `attribution`; the map is drawn without tiles"
                .to_owned(),
        );
        return None;
    };
    let tiles = tiles?.trim().to_owned();
    if let Some(problem) = MapSettings::template_problem(&tiles) {
        warn(
            "map.tiles",
            format!("{problem}; the map is drawn without tiles"),
        );
        return None;
    }
    let attribution = attribution.map(|a| a.trim().to_owned()).unwrap_or_default();
    if attribution.is_empty() {
        warn(
            "map.attribution",
            "is missing: tiles are shown only with the credit their licence asks for".to_owned(),
        );
        return None;
    }
    Some(MapSettings { tiles, attribution })
}

/// A skill as written: its translations are typed, and their shape checked,
/// from their own text, so that a bad translation is a warning, never a header
/// that cannot be read.
#[derive(Deserialize)]
struct RawSkill {
    id: String,
    label: String,
    // Kept as text and read as records' translations are, from text, so that
    // the app's wasm holds one reader of translations, not one per kind of input.
    #[serde(default)]
    translations: Option<Box<RawValue>>,
}

/// The skills, with a warning for each part of a translation that is not an
/// object of texts.
fn skills(raw: Vec<RawSkill>, problems: &mut Vec<Problem>) -> Vec<Skill> {
    let mut skills = Vec::with_capacity(raw.len());
    for (i, skill) in raw.into_iter().enumerate() {
        let written: Written = skill
            .translations
            .and_then(|text| serde_json::from_str(text.get()).ok())
            .unwrap_or_default();
        let shape = shape::translation_shape(&written, SkillTranslation::FIELDS);
        for (field, message) in shape {
            problems.push(Problem::warning(
                Place::Catalogue,
                Some(&format!("skills[{i}].{field}")),
                message,
            ));
        }
        skills.push(Skill {
            id: skill.id,
            label: skill.label,
            translations: written.into_translations(),
        });
    }
    skills
}

/// The time zone as written, so that a rule that cannot be read is a problem
/// naming its field rather than a header that cannot be read.
#[derive(Deserialize)]
struct RawTimeZone {
    name: String,
    rule: String,
}

/// The zone a header gives: UTC when it gives none, and UTC with an error
/// when its rule cannot be read.
fn time_zone(raw: Option<RawTimeZone>, problems: &mut Vec<Problem>) -> TimeZoneSpec {
    let Some(RawTimeZone { name, rule }) = raw else {
        return TimeZoneSpec::default();
    };
    match TimeZone::parse_posix(&rule) {
        Ok(rule) => TimeZoneSpec { name, rule },
        Err(error) => {
            problems.push(Problem::error(
                Place::Catalogue,
                Some("time_zone.rule"),
                format!("{error}; times are read as UTC"),
            ));
            TimeZoneSpec::default()
        }
    }
}

/// The size of the buffer the app reads the catalogue's bytes through: large
/// enough that copying from JavaScript's memory costs a few calls, small beside
/// the records.
pub const READ_BUFFER_BYTES: usize = 64 * 1024;

/// Reads a catalogue from its JSON text. `now`, in the catalogue's local time,
/// enables the date-dependent warnings.
pub fn read_catalogue(text: &str, now: Option<DateTime>) -> Result<Loaded, CatalogueError> {
    read_catalogue_from(|| text.as_bytes(), now)
}

/// Reads a catalogue from a stream of its JSON text, as [`read_catalogue`]: the
/// app passes the response's bytes, which stay outside its memory, through a
/// buffer. serde_json reads the stream a byte at a time, so give it a buffered
/// reader (or a slice).
///
/// `open` gives the text from its start, and is called twice: a first, quick
/// pass (a scan of its bytes, `count`) only counts the venues and
/// opportunities, so that each list gets the room it needs at once instead of
/// growing by doubling, which would hold the old and the new room together and
/// leave up to half of it unused.
pub fn read_catalogue_from<R: std::io::Read>(
    open: impl Fn() -> R,
    now: Option<DateTime>,
) -> Result<Loaded, CatalogueError> {
    // The first pass never fails: a text that is not JSON is reported by the second.
    let lengths = count::count_lists(open());
    EXPECTED.set(lengths);
    let raw = serde_json::from_reader::<_, Raw>(open());
    EXPECTED.set(Lengths::default());
    let raw = raw.map_err(|e| CatalogueError::Malformed {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    let mut problems = Vec::new();
    let time_zone = time_zone(raw.time_zone, &mut problems);
    let skills = skills(raw.skills, &mut problems);
    let map = map_settings(raw.map, &mut problems);
    let mut catalogue = Catalogue {
        schema_version: raw.schema_version,
        name: raw.name,
        language: raw.language.unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned()),
        demonstration: raw.demonstration,
        keeper: raw.keeper,
        time_zone,
        currency: raw.currency,
        centre: raw.centre,
        centre_label: raw.centre_label,
        bounds: raw.bounds,
        neighbourhoods: raw.neighbourhoods,
        skills,
        map,
        ..Catalogue::default()
    };
    problems.extend(validate::check_header(&catalogue));
    // A language that is no tag would mislabel every text: it is unknown instead.
    if crate::lang::tag_problem(&catalogue.language).is_some() {
        UNDETERMINED.clone_into(&mut catalogue.language);
    }
    validate::drop_unusable_skill_translations(&mut catalogue.skills, &catalogue.language);
    // A keeper's link that must not become one is left out (with a warning).
    if catalogue
        .keeper
        .url
        .as_deref()
        .is_some_and(|u| crate::link::safe_href(u).is_none())
    {
        catalogue.keeper.url = None;
    }

    // Venues first: opportunities are checked against the venues that survive.
    let venues = raw.venues;
    problems.extend(venues.problems);
    let keep = {
        let mut seen = HashSet::new();
        venues
            .records
            .iter()
            .zip(&venues.positions)
            .map(|(venue, &index)| {
                let mut found = validate::check_venue(&catalogue, index, venue);
                if !seen.insert(venue.id.as_str()) {
                    found.push(duplicate(
                        Place::Venue {
                            index,
                            id: Some(venue.id.clone()),
                        },
                        &venue.id,
                    ));
                }
                keep_unless_error(found, &mut problems)
            })
            .collect::<Vec<bool>>()
    };
    catalogue.venues = retain(venues.records, &keep);
    catalogue
        .venues
        .iter_mut()
        .for_each(validate::drop_unsafe_venue_link);
    catalogue.kiosk = raw
        .kiosk
        .and_then(|text| kiosk_settings(&text, &mut problems))
        .map(|settings| crate::kiosk::checked(settings, &catalogue, &mut problems));

    let opportunities = raw.opportunities;
    problems.extend(opportunities.problems);
    let venue_ids = validate::VenueIds::of(&catalogue);
    let keep = {
        let mut seen = HashSet::new();
        opportunities
            .records
            .iter()
            .zip(&opportunities.positions)
            .map(|(opportunity, &index)| {
                let mut found =
                    validate::check_opportunity(&catalogue, &venue_ids, index, opportunity, now);
                if !seen.insert(opportunity.id.as_str()) {
                    found.push(duplicate(
                        Place::Opportunity {
                            index,
                            id: Some(opportunity.id.clone()),
                        },
                        &opportunity.id,
                    ));
                }
                keep_unless_error(found, &mut problems)
            })
            .collect::<Vec<bool>>()
    };
    catalogue.opportunities = retain(opportunities.records, &keep);
    let own = catalogue.language.as_str();
    for o in &mut catalogue.opportunities {
        validate::drop_unsafe_links(o);
        validate::drop_unusable_translations(o, own);
    }
    Ok(Loaded {
        catalogue,
        problems,
    })
}

fn duplicate(place: Place, id: &str) -> Problem {
    Problem::error(
        place,
        Some("id"),
        format!("id `{id}` is used by an earlier record"),
    )
}

/// True when `found` has no error; adds `found` to `problems`.
fn keep_unless_error(found: Vec<Problem>, problems: &mut Vec<Problem>) -> bool {
    let keep = !found.iter().any(Problem::is_error);
    problems.extend(found);
    keep
}

/// The records whose `keep` is true, in their order, in a vector no longer
/// than they need.
fn retain<T>(mut records: Vec<T>, keep: &[bool]) -> Vec<T> {
    let mut keep = keep.iter();
    records.retain(|_| keep.next().copied().unwrap_or(false));
    records.shrink_to_fit();
    records
}

thread_local! {
    /// The lengths the first pass counted, for the second pass's lists: serde
    /// gives a list's `Deserialize` no way to be told.
    static EXPECTED: std::cell::Cell<Lengths> = std::cell::Cell::new(Lengths::default());
}

/// A kind of record of the catalogue's lists.
trait Record: DeserializeOwned {
    /// Where a record of this kind is, for a problem.
    fn place(index: usize, id: Option<String>) -> Place;

    /// How many records of this kind the first pass counted.
    fn expected(lengths: Lengths) -> usize;

    /// Gives back the room its lists were given while they were read (serde
    /// cannot know a list's length before reading it from a stream, so a list
    /// of one starts with room for four, or eight small values), and shares
    /// the values many records repeat.
    fn shrink_to_fit(&mut self, shared: &mut Shared);

    /// What typing passed over in the record's text without a word, as
    /// (field, message) warnings: for an opportunity, what is not a translation.
    /// Asked only when typing says it passed over something
    /// ([`crate::lang::take_passed_over`]).
    fn shape_problems(_text: &str) -> Vec<(String, String)> {
        Vec::new()
    }
}

/// The values records repeat, one copy of each: providers and sources.
#[derive(Default)]
struct Shared {
    providers: HashSet<Arc<Provider>>,
    texts: HashSet<Arc<str>>,
}

impl Shared {
    /// The one copy of `value`, which becomes it when it is the first.
    fn share<T: Eq + std::hash::Hash + ?Sized>(
        set: &mut HashSet<Arc<T>>,
        value: &mut Option<Arc<T>>,
    ) {
        if let Some(v) = value {
            match set.get(v) {
                Some(one) => *v = Arc::clone(one),
                None => {
                    set.insert(Arc::clone(v));
                }
            }
        }
    }
}

impl Record for Venue {
    fn place(index: usize, id: Option<String>) -> Place {
        Place::Venue { index, id }
    }

    fn expected(lengths: Lengths) -> usize {
        lengths.venues
    }

    fn shrink_to_fit(&mut self, _: &mut Shared) {
        self.accessibility.shrink_to_fit();
        shrink_slots(&mut self.opening_hours);
    }
}

impl Record for Opportunity {
    fn place(index: usize, id: Option<String>) -> Place {
        Place::Opportunity { index, id }
    }

    fn expected(lengths: Lengths) -> usize {
        lengths.opportunities
    }

    fn shrink_to_fit(&mut self, shared: &mut Shared) {
        Shared::share(&mut shared.providers, &mut self.provider);
        Shared::share(&mut shared.texts, &mut self.source);
        self.skills.shrink_to_fit();
        self.audience.shrink_to_fit();
        self.languages.shrink_to_fit();
        shrink_slots(&mut self.schedule.weekly);
        self.schedule.monthly.shrink_to_fit();
        self.schedule.dates.shrink_to_fit();
        self.schedule.except.shrink_to_fit();
        self.cost.prices.shrink_to_fit();
        self.cost.concessions.shrink_to_fit();
        self.access.shrink_to_fit();
        self.booking.how.shrink_to_fit();
        if !self.translations.is_empty() {
            self.translations.edit(|_| {});
        }
    }

    fn shape_problems(text: &str) -> Vec<(String, String)> {
        #[derive(Deserialize)]
        struct Only {
            #[serde(default)]
            translations: Written,
        }
        serde_json::from_str::<Only>(text).map_or_else(
            |_| Vec::new(),
            |only| shape::translation_shape(&only.translations, Translation::FIELDS),
        )
    }
}

fn shrink_slots(slots: &mut Vec<WeeklySlot>) {
    slots.shrink_to_fit();
    for slot in slots {
        slot.days.shrink_to_fit();
    }
}

/// One of the catalogue's lists, typed record by record as it is read: the
/// records that fit, with their positions in the list, and a problem for each
/// one that does not.
struct Typed<T> {
    records: Vec<T>,
    positions: Vec<usize>,
    problems: Vec<Problem>,
}

impl<T> Default for Typed<T> {
    fn default() -> Self {
        Self {
            records: Vec::new(),
            positions: Vec::new(),
            problems: Vec::new(),
        }
    }
}

impl<'de, T: Record> Deserialize<'de> for Typed<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(TypedVisitor(PhantomData))
    }
}

struct TypedVisitor<T>(PhantomData<T>);

impl<'de, T: Record> Visitor<'de> for TypedVisitor<T> {
    type Value = Typed<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Typed<T>, A::Error> {
        let expected = T::expected(EXPECTED.get());
        let mut typed = Typed {
            records: Vec::with_capacity(expected),
            positions: Vec::with_capacity(expected),
            problems: Vec::new(),
        };
        let mut shared = Shared::default();
        let mut index = 0;
        // Each record's text lives only until it has been typed.
        while let Some(text) = seq.next_element::<Box<RawValue>>()? {
            crate::lang::take_passed_over();
            match type_record::<T>(text.get()) {
                Ok(mut record) => {
                    // Only a record whose translations had a fault is read again.
                    if crate::lang::take_passed_over() {
                        let shape = T::shape_problems(text.get());
                        let place = T::place(index, record_id(text.get()));
                        typed
                            .problems
                            .extend(shape.into_iter().map(|(field, message)| {
                                Problem::warning(place.clone(), Some(&field), message)
                            }));
                    }
                    record.shrink_to_fit(&mut shared);
                    typed.records.push(record);
                    typed.positions.push(index);
                }
                Err((field, message)) => typed.problems.push(Problem::error(
                    T::place(index, record_id(text.get())),
                    field.as_deref(),
                    message,
                )),
            }
            index += 1;
        }
        Ok(typed)
    }
}

/// Types one record from its text, or says which field stopped it and why.
fn type_record<T: DeserializeOwned>(text: &str) -> Result<T, (Option<String>, String)> {
    serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = message.strip_suffix(&suffix).unwrap_or(&message);
        let at = path::offset_of(text, e.line(), e.column());
        field_and_message(&path::path_at(text, at), message)
    })
}

/// The header's kiosk settings, typed; a value that does not fit is a warning
/// naming its field, and the site then has no kiosk settings.
fn kiosk_settings(
    text: &RawValue,
    problems: &mut Vec<Problem>,
) -> Option<crate::kiosk::KioskSettings> {
    // Serde would take a list for the settings too: only an object will do.
    let typed = if text.get().starts_with('{') {
        type_record(text.get())
    } else {
        Err((None, "is not an object".to_owned()))
    };
    typed
        .map_err(|(field, message)| {
            let field = field.map_or_else(|| "kiosk".to_owned(), |f| format!("kiosk.{f}"));
            problems.push(Problem::warning(
                Place::Catalogue,
                Some(&field),
                format!("{message}; the kiosk settings are ignored"),
            ));
        })
        .ok()
}

/// The record's `id`, when it is text.
fn record_id(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Id {
        #[serde(default)]
        id: Option<String>,
    }
    serde_json::from_str::<Id>(text).ok().and_then(|r| r.id)
}

/// Names the field of a typing error: the path where typing stopped, or, for a
/// missing field, the field itself within it.
fn field_and_message(path: &str, message: &str) -> (Option<String>, String) {
    let path = (!path.is_empty()).then(|| path.to_owned());
    if let Some(rest) = message.strip_prefix("missing field `")
        && let Some(name) = rest.split('`').next()
    {
        let field = match path {
            Some(p) => format!("{p}.{name}"),
            None => name.to_owned(),
        };
        return (Some(field), "this field is required but missing".to_owned());
    }
    (path, message.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::SCHEMA_VERSION;
    use crate::problem::Severity;

    fn catalogue_json(venues: &str, opportunities: &str) -> String {
        format!(
            r#"{{
            "schema_version": {SCHEMA_VERSION}, "name": "Test",
            "time_zone": {{"name": "Europe/Dublin", "rule": "GMT0IST,M3.5.0/1,M10.5.0"}},
            "centre": {{"lat": 51.9, "lon": -8.47}}, "centre_label": "Centre",
            "bounds": {{"south": 51.8, "west": -8.7, "north": 52.0, "east": -8.3}},
            "skills": [{{"id": "digital", "label": "Computers and phones"}}],
            "venues": [{venues}],
            "opportunities": [{opportunities}]
        }}"#
        )
    }

    const LIBRARY: &str =
        r#"{"id": "lib", "name": "Library", "location": {"lat": 51.9, "lon": -8.47}}"#;

    fn opportunity(id: &str, extra: &str) -> String {
        format!(
            r#"{{"id": "{id}", "kind": "course", "title": "Email", "summary": "Learn email.",
                 "venue": "lib", "skills": ["digital"], "cost": {{"free": true}}{extra}}}"#
        )
    }

    /// The header's kiosk settings are read after the venues, so their place
    /// may be one; a value of the wrong type is a warning naming its field, and
    /// never keeps the catalogue from loading.
    #[test]
    fn kiosk_settings_are_read_leniently() {
        let with = |kiosk: &str| {
            let json = catalogue_json(LIBRARY, &opportunity("a", "")).replacen(
                '{',
                &format!(r#"{{"kiosk": {kiosk},"#),
                1,
            );
            let loaded = read_catalogue(&json, None).unwrap();
            assert_eq!(loaded.catalogue.opportunities.len(), 1);
            let fields: Vec<String> = loaded
                .problems
                .iter()
                .filter_map(|p| p.field.clone())
                .collect();
            (loaded.catalogue.kiosk, fields)
        };
        let (kiosk, problems) = with(r#"{"always": true, "place": "lib", "idle_seconds": 60}"#);
        assert!(problems.is_empty(), "{problems:?}");
        let kiosk = kiosk.unwrap();
        assert!(kiosk.always);
        assert_eq!(kiosk.place.as_deref(), Some("lib"));
        assert_eq!(kiosk.idle_seconds, Some(60));
        assert_eq!(
            with(r#"{"idle_seconds": "soon"}"#),
            (None, vec!["kiosk.idle_seconds".to_owned()])
        );
        assert_eq!(with("[true]"), (None, vec!["kiosk".to_owned()]));
        let (kiosk, problems) = with(r#"{"place": "nowhere"}"#);
        assert_eq!(kiosk.unwrap().place, None);
        assert_eq!(problems, ["kiosk.place"]);
        assert_eq!(with("{}").0, Some(crate::kiosk::KioskSettings::default()));
    }

    /// A record whose only fault is a link that must not become one keeps
    /// everything else, without that link; the keeper is warned of each.
    #[test]
    fn unsafe_links_are_left_out_and_the_records_kept() {
        let venue = r#"{"id": "lib", "name": "Library", "location": {"lat": 51.9, "lon": -8.47},
                        "url": "data:text/html,<script>alert(1)</script>"}"#;
        let hostile = opportunity(
            "o1",
            r#", "url": "javascript:alert(3)", "booking": {"url": " JavaScript:alert(4)"},
               "provider": {"name": "Provider", "url": "vbscript:x"}"#,
        );
        let loaded = read_catalogue(&catalogue_json(venue, &hostile), None).unwrap();
        let o = &loaded.catalogue.opportunities[0];
        assert_eq!((o.id.as_str(), o.title.as_str()), ("o1", "Email"));
        assert_eq!(o.url, None);
        assert_eq!(o.booking.url, None);
        let provider = o.provider.as_ref().unwrap();
        assert_eq!(
            (provider.name.as_str(), provider.url.as_deref()),
            ("Provider", None)
        );
        assert_eq!(loaded.catalogue.venues[0].url, None);
        let warned: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(warned.len(), 4, "{warned:#?}");
        assert!(
            loaded
                .problems
                .iter()
                .all(|p| p.severity == Severity::Warning),
            "{warned:#?}"
        );
        assert!(
            warned.contains(&"warning: opportunity 1 (`o1`), field `url`: `javascript:alert(3)` cannot be a link: only https, http, mailto and tel addresses are allowed; the link is left out and the rest of the record kept".to_owned()),
            "{warned:#?}"
        );
    }

    /// A clean catalogue reads with no problems and its lookups working.
    #[test]
    fn reads_a_clean_catalogue() {
        let text = catalogue_json(LIBRARY, &opportunity("a", ""));
        let loaded = read_catalogue(&text, None).expect("readable");
        assert_eq!(loaded.problems, []);
        let c = &loaded.catalogue;
        assert_eq!(c.opportunities.len(), 1);
        assert_eq!(
            c.venue_of(&c.opportunities[0]).map(|v| v.name.as_str()),
            Some("Library")
        );
    }

    /// Broken records are reported by position, id and field; good ones are kept.
    #[test]
    fn keeps_good_records_and_reports_bad_ones() {
        let opportunities = [
            opportunity("good", ""),
            r#"{"id": "no-title", "kind": "course", "summary": "x", "venue": "lib"}"#.to_owned(),
            opportunity("bad-kind", "").replace(r#""kind": "course""#, r#""kind": "lecture""#),
            opportunity(
                "bad-time",
                r#", "schedule": {"weekly": [{"days": ["mo"], "start": "10:00", "end": "25:00"}]}"#,
            ),
            opportunity("lost", "").replace(r#""venue": "lib""#, r#""venue": "nowhere""#),
            opportunity("good", ""),
        ]
        .join(",");
        let loaded = read_catalogue(&catalogue_json(LIBRARY, &opportunities), None).unwrap();
        let kept: Vec<&str> = loaded
            .catalogue
            .opportunities
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(kept, ["good"]);
        let errors: Vec<String> = loaded
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert_eq!(
            errors[0],
            "error: opportunity 2 (`no-title`), field `title`: this field is required but missing"
        );
        assert!(
            errors[1].starts_with(
                "error: opportunity 3 (`bad-kind`), field `kind`: unknown variant `lecture`"
            ),
            "{}",
            errors[1]
        );
        assert!(
            errors[2].starts_with(
                "error: opportunity 4 (`bad-time`), field `schedule.weekly[0].end`: `25:00`"
            ),
            "{}",
            errors[2]
        );
        assert_eq!(
            errors[3],
            "error: opportunity 5 (`lost`), field `venue`: venue `nowhere` is not in the catalogue"
        );
        assert_eq!(
            errors[4],
            "error: opportunity 6 (`good`), field `id`: id `good` is used by an earlier record"
        );
        assert_eq!(loaded.left_out(), 5);
    }

    /// The demo catalogue, read record by record from a stream, is exactly the
    /// catalogue a plain typed read of the whole text gives, with no error;
    /// and records of the same provider share one copy of it.
    #[test]
    fn reads_the_demo_catalogue_as_a_plain_typed_read_does() {
        let text = include_str!("../../../../data/catalogue.json");
        let loaded = read_catalogue(text, None).unwrap();
        assert!(!loaded.problems.iter().any(Problem::is_error));
        let plain: Catalogue = serde_json::from_str(text).unwrap();
        assert_eq!(loaded.catalogue, plain);
        let with = |name: &str| {
            loaded
                .catalogue
                .opportunities
                .iter()
                .filter_map(|o| o.provider.as_ref())
                .filter(|p| p.name == name)
                .cloned()
                .collect::<Vec<_>>()
        };
        let libraries = with("Cork City Libraries");
        assert!(libraries.len() > 1);
        assert!(libraries.iter().all(|p| Arc::ptr_eq(p, &libraries[0])));
    }

    /// A field is named the same in a file written over many lines.
    #[test]
    fn names_fields_in_a_file_written_over_many_lines() {
        let bad = opportunity(
            "bad-time",
            r#", "schedule": {"weekly": [{"days": ["mo"], "start": "10:00", "end": "25:00"}]}"#,
        );
        let text = catalogue_json(LIBRARY, &bad).replace(", ", ",\n  ");
        let loaded = read_catalogue(&text, None).unwrap();
        let errors: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].starts_with(
                "error: opportunity 1 (`bad-time`), field `schedule.weekly[0].end`: `25:00`"
            ),
            "{}",
            errors[0]
        );
    }

    /// A venue left out takes its opportunities with it, each reported.
    #[test]
    fn bad_venue_leaves_out_its_opportunities() {
        let venue = LIBRARY.replace("51.9", "151.9");
        let loaded = read_catalogue(&catalogue_json(&venue, &opportunity("a", "")), None).unwrap();
        assert!(loaded.catalogue.opportunities.is_empty());
        let text: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "error: venue 1 (`lib`), field `location`: latitude 151.9 is not between -90 and 90",
                "error: opportunity 1 (`a`), field `venue`: venue `lib` is not in the catalogue",
            ]
        );
    }

    /// The zone's rule is read with the header: the catalogue carries the parsed
    /// zone, and writing it gives the same `name` and `rule` strings back.
    #[test]
    fn the_zone_is_read_once_with_the_header() {
        let text = catalogue_json(LIBRARY, &opportunity("a", ""));
        let loaded = read_catalogue(&text, None).unwrap();
        let zone = &loaded.catalogue.time_zone;
        assert_eq!(zone.name, "Europe/Dublin");
        assert_eq!(zone.rule.dst_name(), Some("IST"));
        let written = serde_json::to_value(&loaded.catalogue).unwrap();
        assert_eq!(
            written["time_zone"],
            serde_json::json!({"name": "Europe/Dublin", "rule": "GMT0IST,M3.5.0/1,M10.5.0"})
        );
        let without = text.replace(
            r#""time_zone": {"name": "Europe/Dublin", "rule": "GMT0IST,M3.5.0/1,M10.5.0"},"#,
            "",
        );
        let loaded = read_catalogue(&without, None).unwrap();
        assert_eq!(loaded.problems, []);
        assert_eq!(loaded.catalogue.time_zone, TimeZoneSpec::default());
    }

    /// A rule that cannot be read is one error naming `time_zone.rule`; the
    /// records are still used, with times read as UTC.
    #[test]
    fn unreadable_zone_rule_is_reported_once() {
        let text = catalogue_json(LIBRARY, &opportunity("a", ""))
            .replace("GMT0IST,M3.5.0/1,M10.5.0", "Europe/Dublin");
        let loaded = read_catalogue(&text, None).unwrap();
        let text: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [format!(
                "error: catalogue, field `time_zone.rule`: {}; times are read as UTC",
                TimeZone::parse_posix("Europe/Dublin").unwrap_err()
            )]
        );
        assert_eq!(loaded.catalogue.time_zone, TimeZoneSpec::default());
        assert_eq!(loaded.catalogue.opportunities.len(), 1);
        assert_eq!(loaded.left_out(), 0);
    }

    /// The catalogue's currency is kept.
    #[test]
    fn the_currency_is_kept() {
        let text = catalogue_json(LIBRARY, "").replace(
            r#""name": "Test","#,
            r#""name": "Test", "currency": "EUR","#,
        );
        let loaded = read_catalogue(&text, None).unwrap();
        assert_eq!(loaded.catalogue.currency.as_deref(), Some("EUR"));
        let written = serde_json::to_value(&loaded.catalogue).unwrap();
        assert_eq!(written["currency"], "EUR");
    }

    /// Translations are read with the catalogue's language: each record and
    /// skill answers in the language asked for, and writing the catalogue gives
    /// the same shape back.
    #[test]
    fn reads_translations_and_the_language() {
        let text = catalogue_json(
            LIBRARY,
            &opportunity(
                "a",
                r#", "translations": {"pl": {"title": "Poczta e-mail", "summary": "Naucz się poczty."},
                                      "uk": {"title": "Електронна пошта"}}"#,
            ),
        )
        .replace(r#""name": "Test","#, r#""name": "Test", "language": "en","#)
        .replace(
            r#""label": "Computers and phones"}"#,
            r#""label": "Computers and phones", "translations": {"ga": {"label": "Ríomhairí agus fóin"}}}"#,
        );
        let loaded = read_catalogue(&text, None).unwrap();
        assert_eq!(loaded.problems, []);
        let c = &loaded.catalogue;
        assert_eq!(c.language, "en");
        let o = &c.opportunities[0];
        let title = o.title_in("pl", &c.language);
        assert_eq!((title.text, title.lang), ("Poczta e-mail", "pl"));
        let summary = o.summary_in("uk", &c.language);
        assert_eq!((summary.text, summary.lang), ("Learn email.", "en"));
        let label = c.skill_label_in("digital", "ga");
        assert_eq!((label.text, label.lang), ("Ríomhairí agus fóin", "ga"));
        let written = serde_json::to_value(c).unwrap();
        assert_eq!(written["language"], "en");
        assert_eq!(
            written["opportunities"][0]["translations"],
            serde_json::json!({
                "pl": {"title": "Poczta e-mail", "summary": "Naucz się poczty."},
                "uk": {"title": "Електронна пошта"}
            })
        );
        assert_eq!(
            written["skills"][0]["translations"],
            serde_json::json!({"ga": {"label": "Ríomhairí agus fóin"}})
        );
        let plain: Catalogue = serde_json::from_str(&text).unwrap();
        assert_eq!(&plain, c);
    }

    /// A catalogue that does not give its language is in English, as every
    /// catalogue was before the field existed; one whose language is no tag is
    /// warned of and taken to be in an undetermined language.
    #[test]
    fn the_language_is_english_unless_given() {
        let text = catalogue_json(LIBRARY, &opportunity("a", ""));
        let loaded = read_catalogue(&text, None).unwrap();
        assert_eq!(loaded.problems, []);
        assert_eq!(loaded.catalogue.language, "en");
        let text = text.replace(
            r#""name": "Test","#,
            r#""name": "Test", "language": "English","#,
        );
        let loaded = read_catalogue(&text, None).unwrap();
        let warned: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            warned,
            [
                "warning: catalogue, field `language`: `English` is not a language tag such as `pl`, `ga` or `pt-BR`; the catalogue's own text is taken to be in an undetermined language (`und`)"
            ]
        );
        assert_eq!(loaded.catalogue.language, "und");
        assert_eq!(loaded.catalogue.opportunities.len(), 1);
    }

    /// A bad translation is a warning naming the record and the field, and only
    /// it is left out: the record, and its good translations, are kept.
    #[test]
    fn bad_translations_are_left_out_and_the_records_kept() {
        let opportunities = [
            opportunity("good", ""),
            opportunity(
                "comp-basics",
                r#", "translations": {
                    "pl": {"title": " ", "summary": "Naucz się poczty."},
                    "english": {"title": "Email"},
                    "en": {"title": "Email"},
                    "PL": {"title": "Znowu"},
                    "uk": {"titel": "Пошта", "summary": 5},
                    "ar": "البريد",
                    "pt-BR": {"title": "<script>alert(1)</script>"}
                }"#,
            ),
        ]
        .join(",");
        let text = catalogue_json(LIBRARY, &opportunities).replace(
            r#""label": "Computers and phones"}"#,
            r#""label": "Computers and phones", "translations": {"pl": {"label": ""}, "ga": ["Ríomhairí"]}}"#,
        );
        let loaded = read_catalogue(&text, None).unwrap();
        let warned: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        let at = "warning: opportunity 2 (`comp-basics`), field";
        assert_eq!(
            warned,
            [
                r#"warning: catalogue, field `skills[0].translations.ga`: a translation must be an object of texts, such as {"label": "…"}; it is ignored"#.to_owned(),
                "warning: catalogue, field `skills[0].translations.pl.label`: the translated label is empty; it is left out and the label shown in the catalogue's own language".to_owned(),
                "warning: catalogue, field `skills[0].translations.ga`: the translation gives no text (its fields are label); it is left out".to_owned(),
                format!("{at} `translations.uk.titel`: `titel` is not a field of a translation (they are title, summary, description); it is ignored"),
                format!("{at} `translations.uk.summary`: a translated summary must be text; it is ignored"),
                format!(r#"{at} `translations.ar`: a translation must be an object of texts, such as {{"title": "…"}}; it is ignored"#),
                format!("{at} `translations.pl.title`: the translated title is empty; it is left out and the title shown in the catalogue's own language"),
                format!("{at} `translations.english`: `english` is not a language tag such as `pl`, `ga` or `pt-BR`; the translation is left out"),
                format!("{at} `translations.en`: `en` is the catalogue's own language, so this translation would never be shown; it is left out"),
                format!("{at} `translations.PL`: `PL` is translated twice; the first translation is used and this one left out"),
                format!("{at} `translations.uk`: the translation gives no text (its fields are title, summary, description); it is left out"),
                format!("{at} `translations.ar`: the translation gives no text (its fields are title, summary, description); it is left out"),
            ]
        );
        assert!(loaded.problems.iter().all(|p| !p.is_error()));
        let c = &loaded.catalogue;
        assert_eq!(c.opportunities.len(), 2);
        let o = &c.opportunities[1];
        let kept: Vec<&str> = o.translations.iter().map(|t| t.lang.as_str()).collect();
        assert_eq!(kept, ["pl", "pt-BR"]);
        let pl = o.translations.get("pl").unwrap();
        assert_eq!(
            (pl.title.as_deref(), pl.summary.as_deref()),
            (None, Some("Naucz się poczty."))
        );
        assert_eq!(o.title_in("pl", "en").text, "Email");
        // Hostile text is text like any other: kept as written, never read as HTML.
        assert_eq!(o.title_in("pt", "en").text, "<script>alert(1)</script>");
        assert!(c.skills[0].translations.is_empty());
        assert_eq!(
            c.skill_label_in("digital", "pl").text,
            "Computers and phones"
        );
    }

    /// Translations that are not an object are one warning naming the field,
    /// and a long key is cut in the field's name as quotes are.
    #[test]
    fn translations_that_are_not_an_object_are_named() {
        let long = "x".repeat(300);
        let opportunities = [
            opportunity("a", r#", "translations": ["pl", "Tytuł"]"#),
            opportunity(
                "b",
                &format!(r#", "translations": {{"{long}": {{"title": "?"}}}}"#),
            ),
            opportunity("c", r#", "translations": null"#),
        ]
        .join(",");
        let loaded = read_catalogue(&catalogue_json(LIBRARY, &opportunities), None).unwrap();
        let warned: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        let cut = format!("{}…", "x".repeat(40));
        assert_eq!(
            warned,
            [
                r#"warning: opportunity 1 (`a`), field `translations`: translations must be an object from language tag to texts, such as {"pl": {"title": "…"}}; they are ignored"#.to_owned(),
                format!("warning: opportunity 2 (`b`), field `translations.{cut}`: `{cut}` is not a language tag such as `pl`, `ga` or `pt-BR`; the translation is left out"),
            ]
        );
        assert_eq!(loaded.catalogue.opportunities.len(), 3);
        assert!(
            loaded
                .catalogue
                .opportunities
                .iter()
                .all(|o| o.translations.is_none())
        );
    }

    /// Another schema version is reported, and records that still fit are shown.
    #[test]
    fn other_schema_version_is_reported_not_fatal() {
        let text = catalogue_json(LIBRARY, &opportunity("a", "")).replace(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            "\"schema_version\": 9",
        );
        let loaded = read_catalogue(&text, None).unwrap();
        assert_eq!(loaded.catalogue.opportunities.len(), 1);
        assert_eq!(loaded.problems.len(), 1);
        assert_eq!(loaded.problems[0].field.as_deref(), Some("schema_version"));
        assert_eq!(loaded.left_out(), 0);
    }

    /// Text that is not JSON, or a header without its required fields, is refused
    /// with the line where it broke.
    #[test]
    fn unreadable_files_are_refused_with_a_line() {
        let err = read_catalogue("{\n\"schema_version\": 2,\n oops", None).unwrap_err();
        assert!(
            matches!(err, CatalogueError::Malformed { line: 3, .. }),
            "{err:?}"
        );
        let err = read_catalogue(r#"{"schema_version": 2, "name": "x"}"#, None).unwrap_err();
        assert!(err.to_string().contains("missing field `centre`"), "{err}");
    }

    /// Map tiles are read when usable; any other map setting is a warning
    /// naming its field, and the catalogue is read all the same.
    #[test]
    fn map_settings_are_read_leniently() {
        let with_map = |map: &str| {
            let text = catalogue_json(LIBRARY, &opportunity("o1", "")).replacen(
                "\"skills\"",
                &format!("\"map\": {map}, \"skills\""),
                1,
            );
            let loaded = read_catalogue(&text, None).unwrap();
            let fields: Vec<String> = loaded
                .problems
                .iter()
                .filter_map(|p| p.field.clone())
                .collect();
            assert_eq!(loaded.catalogue.opportunities.len(), 1);
            (loaded.catalogue.map, fields)
        };
        let (map, fields) = with_map(
            r#"{"tiles": " /tiles/{z}/{x}/{y}.png ", "attribution": "© OpenStreetMap contributors"}"#,
        );
        assert_eq!(map.unwrap().tiles, "/tiles/{z}/{x}/{y}.png");
        assert!(fields.is_empty(), "{fields:?}");
        assert_eq!(
            with_map(r#"{"tiles": "javascript:{z}{x}{y}", "attribution": "x"}"#).1,
            ["map.tiles"]
        );
        assert_eq!(
            with_map(r#"{"tiles": "/t/{z}/{x}/{y}"}"#).1,
            ["map.attribution"]
        );
        assert_eq!(with_map(r#""tiles""#).1, ["map"]);
        assert_eq!(with_map(r#"{}"#), (None, vec![]));
    }
}
