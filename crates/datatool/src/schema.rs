//! `validate`'s check of a catalogue against its JSON Schema
//! (`data/catalogue.schema.json`, built into the tool).
//!
//! The app's reader ignores fields it does not know, so a misspelt field
//! (`summery`) would vanish without a word: the schema refuses unknown fields, and
//! each is reported here as a warning naming the record and the field (unless the
//! reader has named it already, as it does inside translations). Any other
//! way the file breaks the schema is an error, unless the app's reader has already
//! reported a problem at the same record and field in its own words.

use learnlocal_core::problem::{Place, Problem};
use serde_json::Value;

/// The schema the catalogue format is described by.
const SCHEMA: &str = include_str!("../../../data/catalogue.schema.json");

/// Every way `text` (a catalogue the app could read) breaks the schema, as
/// problems naming the record and the field; `known` are the reader's own
/// problems, which are not repeated.
pub fn problems(text: &str, known: &[Problem]) -> Result<Vec<Problem>, String> {
    let validator = validator()?;
    let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let mut found = Vec::new();
    for error in validator.iter_errors(&value) {
        let pointer = error.instance_path().as_str().to_owned();
        let (place, field) = locate(&pointer, &value);
        if let jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } =
            error.kind()
        {
            for name in unexpected {
                let field = join(field.as_deref(), name);
                // The reader names a translation's unknown fields in its own words.
                if known
                    .iter()
                    .any(|p| p.place == place && p.field.as_deref() == Some(field.as_str()))
                {
                    continue;
                }
                found.push(Problem::warning(
                    place.clone(),
                    Some(&field),
                    format!(
                        "`{name}` is not a field of the catalogue format, so the app ignores it: \
                         check its spelling against docs/catalogue-format.md"
                    ),
                ));
            }
            continue;
        }
        let already = known.iter().any(|p| {
            p.place == place
                && match (&p.field, &field) {
                    (Some(theirs), Some(ours)) => {
                        ours.starts_with(theirs.as_str()) || theirs.starts_with(ours.as_str())
                    }
                    (None, _) | (_, None) => true,
                }
        });
        if !already {
            found.push(Problem::error(
                place,
                field.as_deref(),
                format!("does not follow the catalogue schema: {error}"),
            ));
        }
    }
    Ok(found)
}

/// The schema's validator, compiled once however many files are checked.
fn validator() -> Result<&'static jsonschema::Validator, String> {
    static VALIDATOR: std::sync::OnceLock<Result<jsonschema::Validator, String>> =
        std::sync::OnceLock::new();
    VALIDATOR
        .get_or_init(|| {
            let schema: Value = serde_json::from_str(SCHEMA)
                .map_err(|e| format!("the tool's own catalogue schema does not read: {e}"))?;
            jsonschema::validator_for(&schema)
                .map_err(|e| format!("the tool's own catalogue schema is not a schema: {e}"))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The record a JSON pointer is in, and the field path inside it
/// (`/opportunities/3/schedule/weekly/0/start` is opportunity 3, with the id the
/// file gives it, and `schedule.weekly[0].start`).
fn locate(pointer: &str, value: &Value) -> (Place, Option<String>) {
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let record = match segments.as_slice() {
        [list, index, ..] if list == "venues" || list == "opportunities" => {
            index.parse::<usize>().ok().map(|index| {
                let id = value
                    .get(list)
                    .and_then(|l| l.get(index))
                    .and_then(|r| r.get("id"))
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                let place = if list == "venues" {
                    Place::Venue { index, id }
                } else {
                    Place::Opportunity { index, id }
                };
                (place, 2)
            })
        }
        _ => None,
    };
    let (place, skip) = record.unwrap_or((Place::Catalogue, 0));
    let mut field = String::new();
    for segment in segments.iter().skip(skip) {
        if segment.parse::<usize>().is_ok() && !field.is_empty() {
            field.push_str(&format!("[{segment}]"));
        } else {
            if !field.is_empty() {
                field.push('.');
            }
            field.push_str(segment);
        }
    }
    (place, Some(field).filter(|f| !f.is_empty()))
}

/// `parent.name`, or `name` at the top.
fn join(parent: Option<&str>, name: &str) -> String {
    match parent {
        Some(parent) => format!("{parent}.{name}"),
        None => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../../../data/catalogue.json");

    #[test]
    fn the_demo_catalogue_follows_its_schema() {
        let found = problems(DEMO, &[]).unwrap();
        assert!(found.is_empty(), "{found:#?}");
    }

    /// A misspelt field is a warning naming the record and the field; a value of
    /// the wrong type is an error naming them.
    #[test]
    fn unknown_fields_and_wrong_values_are_named() {
        let mut catalogue: Value = serde_json::from_str(DEMO).unwrap();
        let first = &mut catalogue["opportunities"][0];
        first["summery"] = Value::from("A typo");
        first["schedule"]["weekly"][0]["strat"] = Value::from("10:00");
        let id = first["id"].as_str().unwrap().to_owned();
        catalogue["venues"][1]["location"]["lat"] = Value::from("north");
        catalogue["colour"] = Value::from("green");
        let text = serde_json::to_string(&catalogue).unwrap();
        let found: Vec<String> = problems(&text, &[])
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        for expected in [
            format!(
                "warning: opportunity 1 (`{id}`), field `summery`: `summery` is not a field of the catalogue format"
            ),
            format!(
                "warning: opportunity 1 (`{id}`), field `schedule.weekly[0].strat`: `strat` is not a field"
            ),
            "warning: catalogue, field `colour`: `colour` is not a field".to_owned(),
        ] {
            assert!(
                found.iter().any(|f| f.starts_with(&expected)),
                "{expected}\nin {found:#?}"
            );
        }
        assert!(
            found.iter().any(|f| f.starts_with("error: venue 2 (")
                && f.contains("field `location.lat`: does not follow the catalogue schema")),
            "{found:#?}"
        );
    }

    /// Inside translations, the reader's own words stand: what it reported is
    /// not repeated, and what it lets pass (a translation with nothing in it is
    /// its warning too) is not an error here.
    #[test]
    fn translation_problems_are_reported_once() {
        let mut catalogue: Value = serde_json::from_str(DEMO).unwrap();
        catalogue["opportunities"][0]["translations"] = serde_json::json!({
            "pl": {"titel": "Biblioteka"},
            "pt-BR": {"title": "Biblioteca"},
            "english": {"title": "Library"}
        });
        catalogue["skills"][0]["translations"]["pl"] = serde_json::json!({"label": ""});
        let text = serde_json::to_string(&catalogue).unwrap();
        let read = learnlocal_core::read_catalogue(&text, None).unwrap();
        let found: Vec<String> = problems(&text, &read.problems)
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found, Vec::<String>::new());
        let from_reader: Vec<&str> = read
            .problems
            .iter()
            .filter_map(|p| p.field.as_deref())
            .filter(|f| f.contains("translations"))
            .collect();
        assert_eq!(
            from_reader,
            [
                "skills[0].translations.pl.label",
                "translations.pl.titel",
                "translations.english",
                "translations.pl"
            ]
        );
        // Without the reader's problems, the schema names them in its own words.
        let alone: Vec<String> = problems(&text, &[])
            .unwrap()
            .iter()
            .map(|p| {
                format!(
                    "{:?} {}",
                    p.severity,
                    p.field.as_deref().unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(
            alone,
            [
                "Warning translations.pl.titel",
                "Error translations",
                "Error skills[0].translations.pl.label"
            ]
        );
    }
}
