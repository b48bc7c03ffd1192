//! The catalogue's own tables: `catalogue.csv` (its settings), `skills.csv` (the
//! taxonomy) and `neighbourhoods.csv` (the gazetteer).
//!
//! Must never let a wrong setting pass quietly: a missing or unreadable setting is
//! an error or a warning naming its row.

use super::sheet::{Failed, Record, Row, Sheet, cell, match_columns, match_columns_with};
use super::translations::{self, SKILL_FIELDS, translation_field};
use super::values::{parse_bool, parse_number, parse_whole};
use super::venues::coordinates;
use crate::LeftOutReason;
use crate::zone::{iana_zone, same_clock};
use learnlocal_core::catalogue::{
    Bounds, Catalogue, Keeper, LatLon, Neighbourhood, SCHEMA_VERSION, Skill, TimeZoneSpec,
};
use learnlocal_core::lang::{DEFAULT_LANGUAGE, canonical_case, tag_problem};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::text::{fold, slugify};
use learnlocal_core::tz::TimeZone;

/// The settings of `catalogue.csv`, typed. [`CatalogueSettings::catalogue`] turns
/// them into a catalogue header with empty lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CatalogueSettings {
    /// `name`.
    pub name: String,
    /// `language`: the language tag of the catalogue's own text (`en` when not
    /// given).
    pub language: Option<String>,
    /// `demonstration` (yes/no).
    pub demonstration: bool,
    /// `keeper_name`, `keeper_email`, `keeper_url`.
    pub keeper: Keeper,
    /// `time_zone` (IANA name) and `time_zone_rule` (POSIX TZ rule; taken from
    /// the tz database when left out and the name is one it knows).
    pub time_zone: TimeZoneSpec,
    /// `centre_lat`, `centre_lon`.
    pub centre: LatLon,
    /// When both `centre_lat` and `centre_lon` are `auto`, the row of
    /// `centre_lat`: the centre is the middle of the venues, found once they are
    /// all read ([`crate::area::fill_in`]).
    pub centre_auto: Option<usize>,
    /// `centre_label`.
    pub centre_label: String,
    /// `bounds_south`, `bounds_west`, `bounds_north`, `bounds_east` (all or none).
    pub bounds: Option<Bounds>,
    /// When all four bounds are `auto`, the row of `bounds_south`: the area is the
    /// venues' own, found once they are all read ([`crate::area::fill_in`]).
    pub bounds_auto: Option<usize>,
    /// `currency`: the ISO 4217 code prices without one are in (optional).
    pub currency: Option<String>,
}

impl CatalogueSettings {
    /// A catalogue with these settings, the current schema version and no records.
    pub fn catalogue(&self) -> Catalogue {
        Catalogue {
            schema_version: SCHEMA_VERSION,
            name: self.name.clone(),
            language: self
                .language
                .clone()
                .unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned()),
            demonstration: self.demonstration,
            keeper: self.keeper.clone(),
            time_zone: self.time_zone.clone(),
            centre: self.centre,
            centre_label: self.centre_label.clone(),
            bounds: self.bounds,
            currency: self.currency.clone(),
            ..Catalogue::default()
        }
    }
}

/// The value of a setting the data tool works out from the venues.
pub const AUTO: &str = "auto";

pub(super) const SETTING_KEYS: &[&str] = &[
    "name",
    "language",
    "demonstration",
    "keeper_name",
    "keeper_email",
    "keeper_url",
    "time_zone",
    "time_zone_rule",
    "centre_lat",
    "centre_lon",
    "centre_label",
    "bounds_south",
    "bounds_west",
    "bounds_north",
    "bounds_east",
    "currency",
];

/// Reads `catalogue.csv`: `key,value` rows with the keys of
/// [`CatalogueSettings`]. `name`, `centre_lat` and `centre_lon` are required; the
/// catalogue's `language` is `en` unless given
/// (`auto` in both: the middle of the venues); a missing time zone means UTC
/// (with a warning). The bounds are optional, and `auto` in all four means the
/// venues' own area.
pub fn read_settings(text: &str) -> (CatalogueSettings, Vec<Problem>) {
    let sheet = Sheet::parse(text);
    let mut settings = CatalogueSettings::default();
    let (_, mut problems, missing) = match_columns(&sheet, &["key", "value"], &["key", "value"]);
    problems.extend(sheet.unreadable_problems());
    if missing.is_some() {
        return (settings, problems);
    }
    let (key_at, value_at) = (sheet.column("key"), sheet.column("value"));
    let mut values: Vec<(&'static str, usize, String)> = Vec::new();
    for row in &sheet.rows {
        let Some(key) = cell(row, key_at) else {
            problems.push(Problem::warning(
                Place::Row {
                    line: row.line,
                    name: None,
                },
                Some("key"),
                "the row has a value but no key, so it is not used",
            ));
            continue;
        };
        let place = Place::Row {
            line: row.line,
            name: Some(key.to_owned()),
        };
        let folded = fold(key);
        let Some(known) = SETTING_KEYS.iter().find(|k| **k == folded) else {
            problems.push(Problem::warning(
                place,
                Some("key"),
                format!(
                    "`{key}` is not a setting; the settings are: {}",
                    SETTING_KEYS.join(", ")
                ),
            ));
            continue;
        };
        if values.iter().any(|(k, _, _)| k == known) {
            problems.push(Problem::warning(
                place,
                Some("key"),
                format!("`{key}` is given twice; the first is used"),
            ));
            continue;
        }
        if let Some(value) = cell(row, value_at) {
            values.push((known, row.line, value.to_owned()));
        }
    }
    let line_of = |key: &str| {
        values
            .iter()
            .find(|(k, _, _)| *k == key)
            .map_or(1, |(_, l, _)| *l)
    };
    let place_of = |key: &str| Place::Row {
        line: line_of(key),
        name: Some(key.to_owned()),
    };
    let get = |key: &str| {
        values
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, _, v)| v.clone())
    };
    let missing = |key: &str, problems: &mut Vec<Problem>| {
        problems.push(Problem::error(
            sheet.header_place(),
            Some(key),
            format!("the setting `{key}` is missing: add a row `{key},…`"),
        ));
    };
    match get("name") {
        Some(name) => settings.name = name,
        None => missing("name", &mut problems),
    }
    if let Some(language) = get("language") {
        match tag_problem(&language) {
            None => settings.language = Some(canonical_case(&language)),
            Some(problem) => problems.push(Problem::error(
                place_of("language"),
                Some("value"),
                format!("{problem}: the language of the catalogue's own text, such as `en`"),
            )),
        }
    }
    if let Some(d) = get("demonstration") {
        match parse_bool(&d) {
            Ok(b) => settings.demonstration = b,
            Err(m) => problems.push(Problem::error(place_of("demonstration"), Some("value"), m)),
        }
    }
    match get("keeper_name") {
        Some(name) => settings.keeper.name = name,
        None => problems.push(Problem::warning(
            sheet.header_place(),
            Some("keeper_name"),
            "no `keeper_name`: residents will not see who keeps the catalogue",
        )),
    }
    settings.keeper.email = get("keeper_email");
    settings.keeper.url = get("keeper_url");
    match (get("time_zone"), get("time_zone_rule")) {
        (Some(name), Some(rule)) => match TimeZone::parse_posix(&rule) {
            Err(m) => {
                problems.push(Problem::error(place_of("time_zone_rule"), Some("value"), m));
            }
            Ok(zone) => {
                if let Some(known) = iana_zone(&name)
                    && !same_clock(&zone, &known.zone)
                {
                    problems.push(Problem::warning(
                            place_of("time_zone_rule"),
                            Some("value"),
                            format!(
                                "`{rule}` does not keep the clock of {name}, whose rule is `{}`: leave `time_zone_rule` out to use that one",
                                known.zone.rule()
                            ),
                        ));
                }
                settings.time_zone = TimeZoneSpec { name, rule: zone };
            }
        },
        (None, None) => problems.push(Problem::warning(
            sheet.header_place(),
            Some("time_zone"),
            "no `time_zone` and `time_zone_rule`: times are read as UTC",
        )),
        // The tz database gives the rule of a zone it knows.
        (Some(name), None) => match iana_zone(&name) {
            Some(known) => {
                settings.time_zone = TimeZoneSpec {
                    name,
                    rule: known.zone,
                };
            }
            None => missing("time_zone_rule", &mut problems),
        },
        (None, Some(_)) => missing("time_zone", &mut problems),
    }
    let number = |key: &str, problems: &mut Vec<Problem>| -> Option<f64> {
        let value = get(key)?;
        parse_number(&value)
            .map_err(|m| problems.push(Problem::error(place_of(key), Some("value"), m)))
            .ok()
    };
    let is_auto = |key: &str| get(key).is_some_and(|v| fold(&v) == AUTO);
    let centre_keys = ["centre_lat", "centre_lon"];
    let centre_autos = centre_keys.iter().filter(|k| is_auto(k)).count();
    if centre_autos == 2 {
        settings.centre_auto = Some(line_of("centre_lat"));
    } else if centre_autos == 1 {
        problems.push(Problem::error(
            place_of(if is_auto("centre_lat") {
                "centre_lat"
            } else {
                "centre_lon"
            }),
            Some("value"),
            "write `auto` in both `centre_lat` and `centre_lon`, or a number in both",
        ));
    }
    let number = |key: &str, problems: &mut Vec<Problem>| -> Option<f64> {
        if is_auto(key) {
            return None;
        }
        number(key, problems)
    };
    match (
        number("centre_lat", &mut problems),
        number("centre_lon", &mut problems),
    ) {
        (Some(lat), Some(lon)) => {
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                problems.push(Problem::error(
                    place_of("centre_lat"),
                    Some("value"),
                    format!("{lat}, {lon} is not a place on earth: latitude and longitude may be swapped"),
                ));
            }
            settings.centre = LatLon { lat, lon };
        }
        _ if centre_autos > 0 => {}
        (lat, lon) => {
            for (key, value) in [("centre_lat", lat), ("centre_lon", lon)] {
                if value.is_none() && get(key).is_none() {
                    missing(key, &mut problems);
                }
            }
        }
    }
    match get("centre_label") {
        Some(label) => settings.centre_label = label,
        None => problems.push(Problem::warning(
            sheet.header_place(),
            Some("centre_label"),
            "no `centre_label`: distances will not say where they are measured from",
        )),
    }
    let edges = ["bounds_south", "bounds_west", "bounds_north", "bounds_east"];
    let given: Vec<Option<f64>> = edges.iter().map(|k| number(k, &mut problems)).collect();
    let bounds_autos = edges.iter().filter(|k| is_auto(k)).count();
    match given.as_slice() {
        _ if bounds_autos == edges.len() => settings.bounds_auto = Some(line_of("bounds_south")),
        _ if bounds_autos > 0 => problems.push(Problem::error(
            sheet.header_place(),
            Some("bounds_south"),
            "write `auto` in all four bounds (bounds_south, bounds_west, bounds_north, bounds_east), or a number in each",
        )),
        [Some(south), Some(west), Some(north), Some(east)] => {
            if south >= north || west >= east {
                problems.push(Problem::error(
                    place_of("bounds_south"),
                    Some("value"),
                    "the bounds are empty: south must be below north and west below east",
                ));
            } else {
                settings.bounds = Some(Bounds {
                    south: *south,
                    west: *west,
                    north: *north,
                    east: *east,
                });
            }
        }
        _ if edges.iter().all(|k| get(k).is_none()) => {}
        _ => problems.push(Problem::error(
            sheet.header_place(),
            Some("bounds_south"),
            "give all four bounds (bounds_south, bounds_west, bounds_north, bounds_east) or none",
        )),
    }
    settings.currency = get("currency").map(|c| c.to_ascii_uppercase());
    (settings, problems)
}

/// Reads `skills.csv` (`id,label`, and `translations.<language tag>.label`
/// columns for the label in other languages). Ids must be lower-case slugs such
/// as `reading-groups`; a skill without a usable id, or a repeated one, is left out.
pub fn read_skills(text: &str) -> (Vec<Skill>, Vec<Problem>) {
    let sheet = Sheet::parse(text);
    let (columns, mut problems, missing) =
        match_columns_with(&sheet, &["id", "label"], &["id", "label"], |heading| {
            translation_field(heading, SKILL_FIELDS)
        });
    // The translation columns, by the names they were read as.
    let translated: Vec<(String, usize)> = columns
        .iter()
        .filter(|(name, _)| name.starts_with(translations::PREFIX))
        .map(|(name, at)| (name.to_string(), *at))
        .collect();
    problems.extend(sheet.unreadable_problems());
    let mut skills: Vec<Skill> = Vec::new();
    if missing.is_some() {
        return (skills, problems);
    }
    let (id_at, label_at) = (sheet.column("id"), sheet.column("label"));
    for row in &sheet.rows {
        let label = cell(row, label_at);
        let place = Place::Row {
            line: row.line,
            name: label.or(cell(row, id_at)).map(str::to_owned),
        };
        let Some(id) = cell(row, id_at) else {
            problems.push(Problem::error(
                place,
                Some("id"),
                "the skill has no id, so it is left out",
            ));
            continue;
        };
        let slug = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !slug {
            problems.push(Problem::error(
                place,
                Some("id"),
                format!("`{id}` is not a usable id: use lower-case letters, digits and hyphens, such as `{}`", slugify(id)),
            ));
            continue;
        }
        if skills.iter().any(|s| s.id == id) {
            problems.push(Problem::error(
                place,
                Some("id"),
                format!("skill `{id}` is listed twice"),
            ));
            continue;
        }
        let label = match label {
            Some(label) => label.to_owned(),
            None => {
                problems.push(Problem::warning(
                    place,
                    Some("label"),
                    "no label: the id is shown instead",
                ));
                id.to_owned()
            }
        };
        let mut skill = Skill::new(id, &label);
        skill.translations = translations::collect(
            translated
                .iter()
                .filter_map(|(name, at)| Some((name.as_str(), cell(row, Some(*at))?))),
        );
        skills.push(skill);
    }
    (skills, problems)
}

/// Reads `neighbourhoods.csv` (`id,name,lat,lon,population,population_estimate`;
/// `id`, `name`, `lat` and `lon` required; `population_estimate` yes when the
/// population is an estimate). A neighbourhood without usable coordinates is
/// left out.
pub fn read_neighbourhoods(text: &str) -> (Vec<Neighbourhood>, Vec<Problem>) {
    let sheet = Sheet::parse(text);
    let known = [
        "id",
        "name",
        "lat",
        "lon",
        "population",
        "population_estimate",
    ];
    let (columns, mut problems, missing) =
        match_columns(&sheet, &known, &["id", "name", "lat", "lon"]);
    problems.extend(sheet.unreadable_problems());
    let mut list: Vec<Neighbourhood> = Vec::new();
    if missing.is_some() {
        return (list, problems);
    }
    for rec in Record::from_sheet(&sheet, &columns) {
        let mut row = Row::new(&rec, rec.get("name").or(rec.get("id")));
        let outcome = read_neighbourhood(&mut row, &list);
        problems.append(&mut row.problems);
        match outcome {
            Ok(n) => list.push(n),
            Err((problem, _)) => problems.push(problem),
        }
    }
    (list, problems)
}

pub(super) fn read_neighbourhood(
    row: &mut Row,
    earlier: &[Neighbourhood],
) -> Result<Neighbourhood, Failed> {
    let Some(name) = row.get("name") else {
        return Err(row.fail(
            "name",
            "the neighbourhood has no name, so it is left out",
            LeftOutReason::NoTitle,
        ));
    };
    let id = match row.get("id") {
        Some(id) => id.to_owned(),
        None => {
            let id = slugify(name);
            row.warn("id", format!("no id: `{id}`, made from the name, is used"));
            id
        }
    };
    if earlier.iter().any(|n| n.id == id) {
        return Err(row.fail(
            "id",
            format!("neighbourhood `{id}` is listed twice"),
            LeftOutReason::DuplicateId,
        ));
    }
    let Some(centre) = coordinates(row)? else {
        return Err(row.fail(
            "lat",
            "no coordinates, so it is left out",
            LeftOutReason::NoLocation,
        ));
    };
    let population = match row
        .get("population")
        .map(|p| parse_whole::<u32>(p, "a number of people"))
    {
        None => None,
        Some(Ok(n)) => Some(n),
        Some(Err(m)) => {
            row.warn("population", format!("{m}; it is left out"));
            None
        }
    };
    let population_estimate = match row.get("population_estimate").map(parse_bool) {
        None => false,
        Some(Ok(estimate)) => estimate,
        Some(Err(e)) => {
            row.warn(
                "population_estimate",
                format!("{e}; the population is read as a count"),
            );
            false
        }
    };
    Ok(Neighbourhood {
        id,
        name: name.to_owned(),
        centre,
        outline: Vec::new(),
        population,
        population_estimate,
    })
}
