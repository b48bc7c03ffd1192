//! The shapes of OpenActive input and how its JSON values are read: feed entries
//! (an RPDE item, a `@graph` member), the class an item's `@type` gives, an item
//! with the item it inherits from, and text, numbers, labels and ids from values.
//!
//! Must never map anything to a record: it only tells what the input holds.

use super::Object;
use learnlocal_core::catalogue::Venue;
use learnlocal_core::text::fold;
use serde_json::Value;
use std::fmt;

/// One item of the input, before it is mapped.
pub(super) enum Entry<'a> {
    /// An item to map.
    Item {
        index: usize,
        feed_id: Option<String>,
        data: &'a Object,
    },
    /// An RPDE item in the `deleted` state.
    Deleted {
        index: usize,
        feed_id: Option<String>,
    },
    /// Something that is not an item at all.
    Unusable {
        index: usize,
        feed_id: Option<String>,
        why: String,
    },
}

/// Why the input holds no items to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum ShapeError {
    /// `items` or `@graph` is not a list.
    NotAList {
        /// The key: `items` or `@graph`.
        key: &'static str,
        /// What it is instead, e.g. "a number".
        found: &'static str,
    },
    /// The JSON is neither an item, a list of items nor a feed page.
    NotAnItem {
        /// What it is instead.
        found: &'static str,
    },
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAList { key, found } => write!(f, "`{key}` is {found}, not a list of items"),
            Self::NotAnItem { found } => write!(
                f,
                "the JSON is {found}, not an OpenActive item, a list of items or an RPDE feed page"
            ),
        }
    }
}

/// A problem's message is the error's.
impl From<ShapeError> for String {
    fn from(error: ShapeError) -> String {
        error.to_string()
    }
}

/// The items of the input, whatever its shape.
pub(super) fn entries(root: &Value) -> Result<Vec<Entry<'_>>, ShapeError> {
    fn list(items: &[Value]) -> Vec<Entry<'_>> {
        items.iter().enumerate().map(|(i, v)| entry(i, v)).collect()
    }
    match root {
        Value::Object(map) => {
            for key in ["items", "@graph"] {
                if let Some(items) = map.get(key) {
                    return match items {
                        Value::Array(items) => Ok(list(items)),
                        other => Err(ShapeError::NotAList {
                            key,
                            found: describe(other),
                        }),
                    };
                }
            }
            Ok(vec![entry(0, root)])
        }
        Value::Array(items) => Ok(list(items)),
        other => Err(ShapeError::NotAnItem {
            found: describe(other),
        }),
    }
}

/// One item: a plain JSON-LD object or an RPDE item wrapping one in `data`.
pub(super) fn entry(index: usize, value: &Value) -> Entry<'_> {
    let Value::Object(map) = value else {
        return Entry::Unusable {
            index,
            feed_id: None,
            why: format!("the item is {}, not an object", describe(value)),
        };
    };
    let is_rpde =
        map.contains_key("state") || (map.contains_key("data") && map.contains_key("kind"));
    if !is_rpde {
        return Entry::Item {
            index,
            feed_id: None,
            data: map,
        };
    }
    let feed_id = map.get("id").and_then(id_text);
    if map
        .get("state")
        .and_then(Value::as_str)
        .is_some_and(|s| s.trim().eq_ignore_ascii_case("deleted"))
    {
        return Entry::Deleted { index, feed_id };
    }
    match map.get("data") {
        Some(Value::Object(data)) => Entry::Item {
            index,
            feed_id,
            data,
        },
        Some(other) => Entry::Unusable {
            index,
            feed_id,
            why: format!("`data` is {}, not an object", describe(other)),
        },
        None => Entry::Unusable {
            index,
            feed_id,
            why: "the feed item has no `data`".to_owned(),
        },
    }
}

/// "a number", "a list", ... for messages.
pub(super) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// What an item is, by its `@type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Series,
    Session,
    Course,
    Event,
    OnDemand,
    Place,
    Facility,
    Other,
}

/// The item's types, each reduced to its last segment (`schema:Event` → `Event`).
pub(super) fn type_names(map: &Object) -> Vec<&str> {
    let value = map.get("@type").or_else(|| map.get("type"));
    let mut names = Vec::new();
    match value {
        Some(Value::String(s)) => names.push(last_segment(s)),
        Some(Value::Array(list)) => {
            names.extend(list.iter().filter_map(Value::as_str).map(last_segment));
        }
        _ => {}
    }
    names
}

/// The class of an item, and the type name to quote in messages.
pub(super) fn class_of(map: &Object) -> (Class, String) {
    let names = type_names(map);
    let mut best = (
        Class::Other,
        names.first().map_or(String::new(), |n| (*n).to_owned()),
    );
    for name in names {
        let class = match name {
            "ScheduledSession" => Class::Session,
            "SessionSeries" => Class::Series,
            "CourseInstance" | "Course" => Class::Course,
            "OnDemandEvent" => Class::OnDemand,
            "Place"
            | "SportsActivityLocation"
            | "Library"
            | "CivicStructure"
            | "EventVenue"
            | "LocalBusiness"
            | "ExerciseGym"
            | "SportsClub"
            | "PublicSwimmingPool" => Class::Place,
            "Slot" | "FacilityUse" | "IndividualFacilityUse" => Class::Facility,
            n if n.ends_with("Event") || n == "EventSeries" || n == "Festival" => Class::Event,
            _ => continue,
        };
        best = (class, name.to_owned());
        break;
    }
    best
}

/// Non-empty trimmed text of a string value.
pub(super) fn as_text(value: &Value) -> Option<&str> {
    value.as_str().map(str::trim).filter(|s| !s.is_empty())
}

/// An id written as a string or a number.
pub(super) fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The item's own id: `@id`, `id` or `identifier`.
pub(super) fn item_id(map: &Object) -> Option<String> {
    ["@id", "id", "identifier"]
        .iter()
        .find_map(|k| map.get(*k).and_then(id_text))
}

/// The last segment of a URL, CURIE or URN: `https://schema.org/Monday` → `Monday`.
pub(super) fn last_segment(text: &str) -> &str {
    text.trim()
        .rsplit(['/', '#', ':', '?', '='])
        .find(|s| !s.is_empty())
        .unwrap_or_default()
}

/// The values of a property that may be one value or a list.
pub(super) fn values(value: Option<&Value>) -> Vec<&Value> {
    match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
    }
}

/// A number written as a number or as text with a dot.
pub(super) fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    }
    .filter(|n| n.is_finite())
}

/// The label of a concept or a plain string: `prefLabel`, `name` or the text.
pub(super) fn label(value: &Value) -> Option<&str> {
    match value {
        Value::String(s) => Some(s.trim()).filter(|s| !s.is_empty()),
        Value::Object(map) => ["prefLabel", "name", "alternateName"]
            .iter()
            .find_map(|k| map.get(*k).and_then(as_text)),
        _ => None,
    }
}

/// The label of a concept object.
pub(super) fn concept_label(map: &Object) -> Option<&str> {
    ["prefLabel", "name"]
        .iter()
        .find_map(|k| map.get(*k).and_then(as_text))
}

/// True for `true`, `"true"` and a missing value (an amenity listed without a
/// value is present).
pub(super) fn is_true(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => matches!(fold(s.trim()).as_str(), "true" | "yes" | "1"),
        Some(Value::Number(n)) => n.as_f64().is_some_and(|n| n != 0.0),
        _ => false,
    }
}

/// An item, with the item it inherits from (a session's `superEvent`, a course
/// instance's `instanceOfCourse`): its own properties win.
#[derive(Clone, Copy)]
pub(super) struct Item<'a> {
    pub(super) own: &'a Object,
    pub(super) parent: Option<(&'static str, &'a Object)>,
}

impl<'a> Item<'a> {
    /// A property and the path to name it by in messages.
    pub(super) fn get(&self, key: &str) -> Option<(&'a Value, String)> {
        if let Some(v) = self.own.get(key).filter(|v| !v.is_null()) {
            return Some((v, key.to_owned()));
        }
        let (name, parent) = self.parent?;
        parent
            .get(key)
            .filter(|v| !v.is_null())
            .map(|v| (v, format!("{name}.{key}")))
    }

    pub(super) fn value(&self, key: &str) -> Option<&'a Value> {
        self.get(key).map(|(v, _)| v)
    }

    pub(super) fn text(&self, key: &str) -> Option<&'a str> {
        self.value(key).and_then(as_text)
    }

    /// The path a property would be named by, found or not.
    pub(super) fn path(&self, key: &str) -> String {
        self.get(key)
            .map_or_else(|| key.to_owned(), |(_, path)| path)
    }
}

/// A physical location of an item and the path to it.
pub(super) enum Location<'a> {
    /// A schema.org `Place` (or `PostalAddress`).
    Place(&'a Object, String),
    /// A place given only by its name.
    Name(&'a str, String),
}

/// Where an opportunity happens.
pub(super) enum VenueChoice {
    /// A venue the catalogue already has, by id.
    Known(String),
    /// A venue made from the item.
    New(Box<Venue>),
}
