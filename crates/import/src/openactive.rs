//! OpenActive 2.x (schema.org JSON-LD) in: session series, scheduled sessions,
//! courses, events, on-demand events and places, as catalogue records.
//!
//! [`read`] accepts one item, a list of items, an RPDE feed page
//! (`{"items": [{"state": "updated", "data": {...}}]}`) or a JSON-LD `@graph`, and
//! maps each item by its `@type`. A `ScheduledSession` is merged with the
//! `SessionSeries` it belongs to (its `superEvent`), and sessions of one series become
//! one record with several dates. Times with an offset (`Z`, `+01:00`) are converted
//! to the catalogue's zone; `eventSchedule` times are local already.
//!
//! This module must never do IO (it takes text, never a path), read the clock or
//! panic, whatever the input: every item is either imported or left out with its
//! reason, and every problem names the item (its position and name) and the
//! property, such as `eventSchedule[0].byDay[1]`.

use crate::record::{Fail, Rec};
use crate::sessions::{
    MAX_DATED_SLOTS, add_minutes, dated_slots, nth_weekly_date, parse_duration, tidy,
};
use crate::vocab::{
    access_named, first_sentence, id_part, language_code, read_access_text, shorten, weekday,
};
use crate::zone::{iana_zone, same_clock};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::catalogue::{LatLon, Venue, VenueAccess};
use learnlocal_core::opportunity::{
    AgeRange, Audience, Booking, Cost, JoinMethod, Kind, Level, Mode, Opportunity, Price, Provider,
    SessionAccess,
};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::schedule::{DatedSlot, Schedule, WeeklySlot};
use learnlocal_core::text::fold;
use learnlocal_core::time::{Date, DateTime, Time, Weekday};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// A JSON object.
type Object = Map<String, Value>;

/// Reads OpenActive or schema.org JSON-LD text: one item, a list of items, an RPDE
/// feed page or a `@graph`. Never panics; text that is not JSON is reported as one
/// unreadable record.
pub fn read(text: &str, ctx: &ImportContext) -> Import {
    let mut import = Import::default();
    let text = text.trim_start_matches('\u{feff}');
    let root: Value = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(e) => {
            import.leave_out(
                Problem::error(
                    Place::Record {
                        index: 0,
                        name: None,
                    },
                    None,
                    format!("the text cannot be read as JSON: {e}"),
                ),
                LeftOutReason::Unreadable,
            );
            return import;
        }
    };
    let entries = match entries(&root) {
        Ok(entries) => entries,
        Err(message) => {
            import.leave_out(
                Problem::error(
                    Place::Record {
                        index: 0,
                        name: None,
                    },
                    None,
                    message,
                ),
                LeftOutReason::Unreadable,
            );
            return import;
        }
    };
    let mut reader = Reader::new(ctx, &entries, import);
    reader.run(&entries);
    reader.import
}

// ---------------------------------------------------------------------------------
// The shapes of input
// ---------------------------------------------------------------------------------

/// One item of the input, before it is mapped.
enum Entry<'a> {
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

/// The items of the input, whatever its shape.
fn entries(root: &Value) -> Result<Vec<Entry<'_>>, String> {
    fn list(items: &[Value]) -> Vec<Entry<'_>> {
        items.iter().enumerate().map(|(i, v)| entry(i, v)).collect()
    }
    match root {
        Value::Object(map) => {
            for key in ["items", "@graph"] {
                if let Some(items) = map.get(key) {
                    return match items {
                        Value::Array(items) => Ok(list(items)),
                        other => Err(format!(
                            "`{key}` is {}, not a list of items",
                            describe(other)
                        )),
                    };
                }
            }
            Ok(vec![entry(0, root)])
        }
        Value::Array(items) => Ok(list(items)),
        other => Err(format!(
            "the JSON is {}, not an OpenActive item, a list of items or an RPDE feed page",
            describe(other)
        )),
    }
}

/// One item: a plain JSON-LD object or an RPDE item wrapping one in `data`.
fn entry(index: usize, value: &Value) -> Entry<'_> {
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
fn describe(value: &Value) -> &'static str {
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
enum Class {
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
fn type_names(map: &Object) -> Vec<&str> {
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
fn class_of(map: &Object) -> (Class, String) {
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

// ---------------------------------------------------------------------------------
// Reading values
// ---------------------------------------------------------------------------------

/// Non-empty trimmed text of a string value.
fn as_text(value: &Value) -> Option<&str> {
    value.as_str().map(str::trim).filter(|s| !s.is_empty())
}

/// An id written as a string or a number.
fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The item's own id: `@id`, `id` or `identifier`.
fn item_id(map: &Object) -> Option<String> {
    ["@id", "id", "identifier"]
        .iter()
        .find_map(|k| map.get(*k).and_then(id_text))
}

/// The last segment of a URL, CURIE or URN: `https://schema.org/Monday` → `Monday`.
fn last_segment(text: &str) -> &str {
    text.trim()
        .rsplit(['/', '#', ':', '?', '='])
        .find(|s| !s.is_empty())
        .unwrap_or_default()
}

/// The values of a property that may be one value or a list.
fn values(value: Option<&Value>) -> Vec<&Value> {
    match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
    }
}

/// A number written as a number or as text with a dot.
fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    }
    .filter(|n| n.is_finite())
}

/// The label of a concept or a plain string: `prefLabel`, `name` or the text.
fn label(value: &Value) -> Option<&str> {
    match value {
        Value::String(s) => Some(s.trim()).filter(|s| !s.is_empty()),
        Value::Object(map) => ["prefLabel", "name", "alternateName"]
            .iter()
            .find_map(|k| map.get(*k).and_then(as_text)),
        _ => None,
    }
}

/// The label of a concept object.
fn concept_label(map: &Object) -> Option<&str> {
    ["prefLabel", "name"]
        .iter()
        .find_map(|k| map.get(*k).and_then(as_text))
}

/// True for `true`, `"true"` and a missing value (an amenity listed without a
/// value is present).
fn is_true(value: Option<&Value>) -> bool {
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
struct Item<'a> {
    own: &'a Object,
    parent: Option<(&'static str, &'a Object)>,
}

impl<'a> Item<'a> {
    /// A property and the path to name it by in messages.
    fn get(&self, key: &str) -> Option<(&'a Value, String)> {
        if let Some(v) = self.own.get(key).filter(|v| !v.is_null()) {
            return Some((v, key.to_owned()));
        }
        let (name, parent) = self.parent?;
        parent
            .get(key)
            .filter(|v| !v.is_null())
            .map(|v| (v, format!("{name}.{key}")))
    }

    fn value(&self, key: &str) -> Option<&'a Value> {
        self.get(key).map(|(v, _)| v)
    }

    fn text(&self, key: &str) -> Option<&'a str> {
        self.value(key).and_then(as_text)
    }

    /// The path a property would be named by, found or not.
    fn path(&self, key: &str) -> String {
        self.get(key)
            .map_or_else(|| key.to_owned(), |(_, path)| path)
    }
}

/// A physical location of an item and the path to it.
enum Location<'a> {
    /// A schema.org `Place` (or `PostalAddress`).
    Place(&'a Object, String),
    /// A place given only by its name.
    Name(&'a str, String),
}

/// Where an opportunity happens.
enum VenueChoice {
    /// A venue the catalogue already has, by id.
    Known(String),
    /// A venue made from the item.
    New(Box<Venue>),
}

// ---------------------------------------------------------------------------------
// The reader
// ---------------------------------------------------------------------------------

struct Reader<'a, 'c> {
    ctx: &'c ImportContext,
    /// Items by their `@id`, to follow references such as `"superEvent": "https://…"`.
    ids: HashMap<String, &'a Object>,
    /// Ids other items refer to: an Organization or Concept referred to is used,
    /// not left out.
    referenced: HashSet<String>,
    import: Import,
    /// Opportunity id → the source key (item id) it was made from.
    opportunity_ids: HashMap<String, String>,
    /// Source key of a series (or a merged session group) → its opportunity's index.
    groups: HashMap<String, usize>,
}

impl<'a, 'c> Reader<'a, 'c> {
    fn new(ctx: &'c ImportContext, entries: &[Entry<'a>], import: Import) -> Self {
        let mut ids = HashMap::new();
        for e in entries {
            if let Entry::Item { data, .. } = e
                && let Some(id) = ["@id", "id"]
                    .iter()
                    .find_map(|k| data.get(*k).and_then(id_text))
            {
                ids.entry(id).or_insert(*data);
            }
        }
        let mut referenced = HashSet::new();
        for e in entries {
            if let Entry::Item { data, .. } = e {
                for (key, value) in *data {
                    if !matches!(key.as_str(), "@id" | "id") {
                        collect_references(value, &ids, &mut referenced, 0);
                    }
                }
            }
        }
        Reader {
            ctx,
            ids,
            referenced,
            import,
            opportunity_ids: HashMap::new(),
            groups: HashMap::new(),
        }
    }

    fn run(&mut self, entries: &[Entry<'a>]) {
        // Sessions come last, so that a series in the same input is there to take
        // their dates.
        let mut sessions = Vec::new();
        for e in entries {
            match e {
                Entry::Deleted { index, feed_id } => self.import.leave_out(
                    Problem::error(
                        Place::Record {
                            index: *index,
                            name: feed_id.clone(),
                        },
                        Some("state"),
                        "deleted in the feed",
                    ),
                    LeftOutReason::NotAnOpportunity,
                ),
                Entry::Unusable {
                    index,
                    feed_id,
                    why,
                } => self.import.leave_out(
                    Problem::error(
                        Place::Record {
                            index: *index,
                            name: feed_id.clone(),
                        },
                        None,
                        why.clone(),
                    ),
                    LeftOutReason::Unreadable,
                ),
                Entry::Item {
                    index,
                    feed_id,
                    data,
                } => {
                    let (class, type_name) = class_of(data);
                    if class == Class::Session {
                        sessions.push((*index, feed_id.clone(), *data));
                    } else {
                        self.item(*index, feed_id.clone(), data, class, &type_name);
                    }
                }
            }
        }
        for (index, feed_id, data) in sessions {
            self.session(index, feed_id, data);
        }
        for o in &mut self.import.opportunities {
            tidy(&mut o.schedule);
        }
    }

    /// Follows a reference: a string or a bare `{"@id": …}` naming another item
    /// gives that item; an object is itself.
    fn object(&self, value: &'a Value) -> Option<&'a Object> {
        match value {
            Value::Object(map) => {
                let bare = map
                    .keys()
                    .all(|k| matches!(k.as_str(), "@id" | "id" | "@type" | "type"));
                let target = ["@id", "id"]
                    .iter()
                    .find_map(|k| map.get(*k).and_then(Value::as_str))
                    .and_then(|id| self.ids.get(id.trim()));
                match (bare, target) {
                    (true, Some(target)) => Some(*target),
                    _ => Some(map),
                }
            }
            Value::String(s) => self.ids.get(s.trim()).copied(),
            Value::Array(list) => list.first().and_then(|v| self.object(v)),
            _ => None,
        }
    }

    fn record_place(index: usize, data: &Object, feed_id: &Option<String>) -> Place {
        let name = data
            .get("name")
            .and_then(as_text)
            .map(str::to_owned)
            .or_else(|| item_id(data))
            .or_else(|| feed_id.clone());
        Place::Record { index, name }
    }

    /// Maps one item that is not a scheduled session.
    fn item(
        &mut self,
        index: usize,
        feed_id: Option<String>,
        data: &'a Object,
        class: Class,
        type_name: &str,
    ) {
        let place = Self::record_place(index, data, &feed_id);
        let mut rec = Rec {
            place: place.clone(),
            warnings: Vec::new(),
        };
        match class {
            Class::Place => {
                match self.venue_from_place(&mut rec, data, "") {
                    Ok(VenueChoice::New(venue)) => self.import.add_venue(*venue),
                    Ok(VenueChoice::Known(_)) => {}
                    Err((problem, reason)) => return self.import.leave_out(problem, reason),
                }
                self.import.problems.extend(rec.warnings);
            }
            Class::Facility => self.import.leave_out(
                Problem::error(
                    place,
                    Some("@type"),
                    format!("a `{type_name}` is a facility booking slot, not a session or course"),
                ),
                LeftOutReason::NotAnOpportunity,
            ),
            Class::Other => {
                let used = item_id(data).is_some_and(|id| self.referenced.contains(&id));
                if used {
                    // An Organization, Concept or Offer other items refer to: it
                    // is read where it is referred to.
                    return;
                }
                let message = if type_name.is_empty() {
                    "the item has no `@type`, so it is not known what it is".to_owned()
                } else {
                    format!(
                        "a `{type_name}` is not something this importer reads: it reads SessionSeries, ScheduledSession, CourseInstance, Course, Event, OnDemandEvent and Place"
                    )
                };
                self.import.leave_out(
                    Problem::error(place, Some("@type"), message),
                    LeftOutReason::NotAnOpportunity,
                );
            }
            Class::Series | Class::Course | Class::Event | Class::OnDemand | Class::Session => {
                let parent = data
                    .get("instanceOfCourse")
                    .map(|v| ("instanceOfCourse", v))
                    .or_else(|| data.get("superEvent").map(|v| ("superEvent", v)))
                    .and_then(|(name, v)| self.object(v).map(|o| (name, o)));
                let item = Item { own: data, parent };
                let key = item_id(data)
                    .or(feed_id)
                    .unwrap_or_else(|| format!("record-{}", index + 1));
                match self.opportunity(&mut rec, item, class) {
                    Ok((opportunity, venue)) => {
                        self.keep(rec, opportunity, venue, &key);
                    }
                    Err((problem, reason)) => self.import.leave_out(problem, reason),
                }
            }
        }
    }

    /// Maps one scheduled session: its dates join its series' record when there is
    /// one, else it becomes a record merged with its `superEvent`.
    fn session(&mut self, index: usize, feed_id: Option<String>, data: &'a Object) {
        let super_event = data.get("superEvent");
        let parent = super_event.and_then(|v| self.object(v));
        let series_key = super_event.and_then(|v| match v {
            Value::String(s) => Some(s.trim().to_owned()),
            Value::Object(map) => item_id(map),
            _ => None,
        });
        let item = Item {
            own: data,
            parent: parent.map(|p| ("superEvent", p)),
        };
        let name = item
            .text("name")
            .map(str::to_owned)
            .or_else(|| item_id(data))
            .or_else(|| feed_id.clone());
        let mut rec = Rec {
            place: Place::Record { index, name },
            warnings: Vec::new(),
        };
        let existing = series_key
            .as_ref()
            .and_then(|k| self.groups.get(k).copied());
        if let Some(at) = existing {
            match self.session_slots(&mut rec, item) {
                Ok((slots, cancelled)) => {
                    if let Some(opportunity) = self.import.opportunities.get_mut(at) {
                        add_session(&mut opportunity.schedule, slots, cancelled);
                    }
                    if cancelled {
                        let (problem, reason) = rec.fail(
                            "eventStatus",
                            "the session is cancelled; its date is kept as an exception of its series",
                            LeftOutReason::NotAnOpportunity,
                        );
                        self.import.leave_out(problem, reason);
                    } else {
                        self.import.problems.extend(rec.warnings);
                    }
                }
                Err((problem, reason)) => self.import.leave_out(problem, reason),
            }
            return;
        }
        if parent.is_none()
            && let Some(key) = &series_key
            && data.get("location").is_none()
            && data.get("eventAttendanceMode").is_none()
        {
            let (problem, reason) = rec.fail(
                "superEvent",
                format!(
                    "the session's series `{key}` is not in this input, so the session has no place or details: import the SessionSeries feed with it"
                ),
                LeftOutReason::NoLocation,
            );
            return self.import.leave_out(problem, reason);
        }
        let key = series_key
            .or_else(|| item_id(data))
            .or(feed_id)
            .unwrap_or_else(|| format!("record-{}", index + 1));
        match self.opportunity(&mut rec, item, Class::Session) {
            Ok((opportunity, venue)) => {
                self.keep(rec, opportunity, venue, &key);
            }
            Err((problem, reason)) => self.import.leave_out(problem, reason),
        }
    }

    /// Gives a built record its id (from `key`, the item's id) and keeps it.
    fn keep(&mut self, rec: Rec, mut opportunity: Opportunity, venue: Option<Venue>, key: &str) {
        let candidates = [
            format!("oa-{}", id_part(last_segment(key))),
            format!("oa-{}", id_part(&last_two_segments(key))),
        ];
        let mut chosen = None;
        for id in candidates {
            match self.opportunity_ids.get(&id) {
                None => {
                    chosen = Some(id);
                    break;
                }
                Some(other) if other == key => break,
                Some(_) => {}
            }
        }
        let Some(id) = chosen else {
            let problem = Problem::error(
                rec.place,
                Some("@id"),
                format!("the id `{key}` is already used by an earlier record"),
            );
            return self.import.leave_out(problem, LeftOutReason::DuplicateId);
        };
        self.opportunity_ids.insert(id.clone(), key.to_owned());
        opportunity.id = id;
        if let Some(venue) = venue {
            self.import.add_venue(venue);
        }
        self.groups
            .insert(key.to_owned(), self.import.opportunities.len());
        self.import.opportunities.push(opportunity);
        self.import.problems.extend(rec.warnings);
    }

    // -----------------------------------------------------------------------------
    // One opportunity
    // -----------------------------------------------------------------------------

    /// Builds the record for an item (id left empty for [`Reader::keep`]) and the
    /// venue it needs, or says why it cannot be used.
    fn opportunity(
        &self,
        rec: &mut Rec,
        item: Item<'a>,
        class: Class,
    ) -> Result<(Opportunity, Option<Venue>), Fail> {
        let Some(title) = item.text("name") else {
            return Err(rec.fail(
                "name",
                "the item has no `name`, so it has no title",
                LeftOutReason::NoTitle,
            ));
        };
        rec.place = match &rec.place {
            Place::Record { index, .. } => Place::Record {
                index: *index,
                name: Some(title.to_owned()),
            },
            other => other.clone(),
        };
        let status = item
            .text("eventStatus")
            .map(|s| fold(last_segment(s)))
            .unwrap_or_default();
        if status == "eventcancelled" {
            return Err(rec.fail(
                &item.path("eventStatus"),
                "the event is cancelled (`EventCancelled`)",
                LeftOutReason::NotAnOpportunity,
            ));
        }
        if status == "eventpostponed" {
            rec.warn(
                &item.path("eventStatus"),
                "the event is postponed: its dates may change",
            );
        }
        let kind = if class == Class::Course {
            Kind::Course
        } else {
            Kind::Activity
        };
        let description = item
            .text("description")
            .map(|d| d.replace("\r\n", "\n").trim().to_owned());
        let summary = description
            .as_deref()
            .map(first_sentence)
            .unwrap_or_default();
        let mut o = Opportunity::new("", kind, title, &summary);
        o.description = description.filter(|d| *d != summary);
        o.source = Some(self.ctx.source.clone()).filter(|s| !s.is_empty());
        o.url = item.text("url").map(str::to_owned);
        o.provider = self.provider(item);

        // How it is attended, and where.
        o.mode = match class {
            Class::OnDemand => Mode::Online,
            _ => self.mode(rec, item, &status),
        };
        let mut venue = None;
        let mut creche = false;
        if o.mode != Mode::Online {
            let location = self.physical_location(item).ok_or_else(|| {
                rec.fail(
                    &item.path("location"),
                    "the item has no `location` with a place, so nobody can find where it is",
                    LeftOutReason::NoLocation,
                )
            })?;
            let choice = match location {
                Location::Place(place, path) => {
                    creche = has_amenity(place, "creche");
                    self.venue_from_place(rec, place, &path)?
                }
                Location::Name(name, path) => self.venue_from_name(rec, name, &path)?,
            };
            match choice {
                VenueChoice::Known(id) => o.venue = Some(id),
                VenueChoice::New(v) => {
                    o.venue = Some(v.id.clone());
                    venue = Some(*v);
                }
            }
        }

        // What it is and who it is for.
        let mut labels: Vec<&str> = values(item.value("activity"))
            .into_iter()
            .filter_map(|v| self.object(v).and_then(concept_label).or_else(|| label(v)))
            .collect();
        labels.extend(values(item.value("category")).into_iter().filter_map(label));
        o.skills = self.ctx.skills_for(labels);
        o.level = level(rec, item);
        o.age = age(rec, item);
        o.audience = o.age.map(audience_for).unwrap_or_default();
        o.languages = languages(rec, item);
        o.schedule = match class {
            Class::OnDemand => Schedule::default(),
            Class::Session => {
                let (slots, _) = self.session_slots(rec, item)?;
                Schedule {
                    dates: slots,
                    ..Schedule::default()
                }
            }
            _ => self.schedule(rec, item)?,
        };
        let (cost, booking_url) = cost(rec, item, &self.ctx.default_currency);
        o.cost = cost;
        if let Some(url) = booking_url {
            o.booking = Booking {
                how: vec![JoinMethod::Web],
                url: Some(url),
                ..Booking::default()
            };
        }
        let (access, unmapped) = session_access(item);
        o.access = access;
        if creche && !o.access.contains(&SessionAccess::Childcare) {
            o.access.push(SessionAccess::Childcare);
        }
        if let Some(info) = item.text("accessibilityInformation") {
            let found = read_access_text(info).0;
            let venue_access = found.venue;
            if found.session.contains(&SessionAccess::HearingLoop)
                && !o.access.contains(&SessionAccess::HearingLoop)
            {
                o.access.push(SessionAccess::HearingLoop);
            }
            if let Some(v) = venue.as_mut() {
                for a in venue_access {
                    if !v.accessibility.contains(&a) {
                        v.accessibility.push(a);
                    }
                }
                v.accessibility.sort();
            }
        }
        o.access.sort();
        if !unmapped.is_empty() {
            let list = unmapped.join(", ");
            rec.warn(
                &item.path("accessibilitySupport"),
                format!(
                    "`{list}`: LearnLocal has no matching session support (sign language, hearing loop, childcare, quiet, carer free, large print, easy read), so it is added to the description"
                ),
            );
            let line = format!("Accessibility support: {list}.");
            o.description = Some(match o.description.take() {
                Some(d) => format!("{d}\n\n{line}"),
                None => line,
            });
        }
        Ok((o, venue))
    }

    /// The organiser, from `organizer` (or `provider`).
    fn provider(&self, item: Item<'a>) -> Option<Provider> {
        let value = item.value("organizer").or_else(|| item.value("provider"))?;
        if let Value::String(s) = value
            && !self.ids.contains_key(s.trim())
        {
            let name = s.trim();
            return (!name.is_empty() && !name.contains("://")).then(|| Provider {
                name: name.to_owned(),
                ..Provider::default()
            });
        }
        let org = self.object(value)?;
        let text = |k: &str| org.get(k).and_then(as_text).map(str::to_owned);
        let person = [text("givenName"), text("familyName")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let name = text("name")
            .or_else(|| text("legalName"))
            .or_else(|| Some(person).filter(|p| !p.is_empty()))?;
        Some(Provider {
            name,
            url: text("url"),
            phone: text("telephone"),
            email: text("email"),
        })
    }

    /// In person, online or both: `eventAttendanceMode`, else the kinds of
    /// `location`.
    fn mode(&self, rec: &mut Rec, item: Item<'a>, status: &str) -> Mode {
        if status == "eventmovedonline" {
            return Mode::Online;
        }
        if let Some((value, path)) = item.get("eventAttendanceMode")
            && let Some(text) = as_text(value)
        {
            match fold(last_segment(text)).as_str() {
                "onlineeventattendancemode" => return Mode::Online,
                "mixedeventattendancemode" => return Mode::Blended,
                "offlineeventattendancemode" => return Mode::InPerson,
                _ => rec.warn(
                    &path,
                    format!(
                        "`{text}` is not OfflineEventAttendanceMode, OnlineEventAttendanceMode or MixedEventAttendanceMode; read as in person"
                    ),
                ),
            }
        }
        let locations: Vec<&Object> = values(item.value("location"))
            .into_iter()
            .filter_map(|v| self.object(v))
            .collect();
        let virtual_ = locations.iter().any(|l| is_virtual(l));
        let physical = locations.iter().any(|l| !is_virtual(l))
            || item.value("location").is_some_and(Value::is_string);
        match (virtual_, physical) {
            (true, true) => Mode::Blended,
            (true, false) => Mode::Online,
            _ => Mode::InPerson,
        }
    }

    /// The first physical location, and the path to it.
    fn physical_location(&self, item: Item<'a>) -> Option<Location<'a>> {
        let (value, path) = item.get("location")?;
        let one = |v: &'a Value, path: String| match v {
            Value::String(s) if !self.ids.contains_key(s.trim()) => {
                as_text(v).map(|name| Location::Name(name, path))
            }
            other => {
                let place = self.object(other).filter(|o| !is_virtual(o))?;
                Some(Location::Place(place, path))
            }
        };
        match value {
            Value::Array(list) => list
                .iter()
                .enumerate()
                .find_map(|(i, v)| one(v, format!("{path}[{i}]"))),
            other => one(other, path),
        }
    }

    /// A venue from a place known only by its name.
    fn venue_from_name(&self, rec: &Rec, name: &str, path: &str) -> Result<VenueChoice, Fail> {
        let name = name.trim();
        if let Some(v) = self.ctx.venue_named(Some(name), None) {
            return Ok(VenueChoice::Known(v.id.clone()));
        }
        match self.ctx.locate(Some(name), None) {
            Some(location) => Ok(VenueChoice::New(Box::new(Venue {
                id: format!("oa-{}", id_part(name)),
                name: name.to_owned(),
                address: None,
                postcode: None,
                neighbourhood: None,
                location,
                accessibility: Vec::new(),
                opening_hours: Vec::new(),
                url: None,
                phone: None,
            }))),
            None => Err(rec.fail(
                path,
                format!(
                    "`{name}` has no coordinates and is not a venue or neighbourhood the catalogue knows"
                ),
                LeftOutReason::NoLocation,
            )),
        }
    }

    /// A venue from a schema.org `Place` (or a `PostalAddress` used as one).
    /// `path` is where it is in the item ("" for a Place item itself).
    fn venue_from_place(
        &self,
        rec: &mut Rec,
        place: &'a Object,
        path: &str,
    ) -> Result<VenueChoice, Fail> {
        let at = |key: &str| {
            if path.is_empty() {
                key.to_owned()
            } else {
                format!("{path}.{key}")
            }
        };
        let text = |k: &str| place.get(k).and_then(as_text);
        let is_address = type_names(place).contains(&"PostalAddress");
        let address_object = if is_address {
            Some(place)
        } else {
            place.get("address").and_then(|a| self.object(a))
        };
        let (address, postcode) = match address_object {
            Some(a) => postal_address(a),
            None => (
                place.get("address").and_then(as_text).map(str::to_owned),
                None,
            ),
        };
        let name = text("name").map(str::to_owned).or_else(|| address.clone());
        let coordinates = self.coordinates(rec, place, &at("geo"));
        let location = match coordinates {
            Some(location) => location,
            None => {
                if let Some(v) = self.ctx.venue_named(name.as_deref(), postcode.as_deref()) {
                    return Ok(VenueChoice::Known(v.id.clone()));
                }
                match self.ctx.locate(name.as_deref(), postcode.as_deref()) {
                    Some(location) => {
                        rec.warn(
                            &at("geo"),
                            "no coordinates: placed at the centre of the neighbourhood of the same name",
                        );
                        location
                    }
                    None => {
                        let what = name
                            .as_deref()
                            .map_or_else(|| "The place".to_owned(), |n| format!("`{n}`"));
                        return Err(rec.fail(
                            &at("geo"),
                            format!(
                                "{what} has no `geo` latitude and longitude and is not a venue or neighbourhood the catalogue knows"
                            ),
                            LeftOutReason::NoLocation,
                        ));
                    }
                }
            }
        };
        let name = name.unwrap_or_else(|| {
            rec.warn(
                &at("name"),
                "the place has no name; named by its coordinates",
            );
            format!("Place at {:.5}, {:.5}", location.lat, location.lon)
        });
        let id_source = ["@id", "id"]
            .iter()
            .find_map(|k| place.get(*k).and_then(id_text))
            .map(|id| last_segment(&id).to_owned())
            .unwrap_or_else(|| name.clone());
        let mut venue = Venue {
            id: format!("oa-{}", id_part(&id_source)),
            name,
            address,
            postcode,
            neighbourhood: None,
            location,
            accessibility: Vec::new(),
            opening_hours: opening_hours(rec, place, &at("openingHoursSpecification")),
            url: text("url").map(str::to_owned),
            phone: text("telephone").map(str::to_owned),
        };
        venue.accessibility = place_access(rec, place, path);
        Ok(VenueChoice::New(Box::new(venue)))
    }

    /// `geo` latitude and longitude (or the place's own), checked.
    fn coordinates(&self, rec: &mut Rec, place: &'a Object, path: &str) -> Option<LatLon> {
        let geo = place
            .get("geo")
            .and_then(|g| self.object(g))
            .unwrap_or(place);
        let lat = geo.get("latitude")?;
        let lon = geo.get("longitude")?;
        let (Some(lat_n), Some(lon_n)) = (number(lat), number(lon)) else {
            let shown = |v: &Value| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            rec.warn(
                path,
                format!(
                    "`{}`, `{}` are not numbers (use a dot for decimals); the place is looked up by name instead",
                    shown(lat),
                    shown(lon)
                ),
            );
            return None;
        };
        if !(-90.0..=90.0).contains(&lat_n) || !(-180.0..=180.0).contains(&lon_n) {
            rec.warn(
                path,
                format!(
                    "latitude {lat_n}, longitude {lon_n} is not a place on earth; the place is looked up by name instead"
                ),
            );
            return None;
        }
        if lat_n == 0.0 && lon_n == 0.0 {
            rec.warn(
                path,
                "0, 0 is in the Atlantic Ocean: the coordinates are missing; the place is looked up by name instead",
            );
            return None;
        }
        Some(LatLon {
            lat: lat_n,
            lon: lon_n,
        })
    }

    // -----------------------------------------------------------------------------
    // Schedules
    // -----------------------------------------------------------------------------

    /// The slots of one scheduled session (its own `startDate`..`endDate`), and
    /// whether it is cancelled.
    fn session_slots(&self, rec: &mut Rec, item: Item<'a>) -> Result<(Vec<DatedSlot>, bool), Fail> {
        let own = Item {
            own: item.own,
            parent: None,
        };
        let cancelled = own
            .text("eventStatus")
            .is_some_and(|s| fold(last_segment(s)) == "eventcancelled");
        let Some(start) = own.text("startDate") else {
            return Err(rec.fail(
                "startDate",
                "the session has no `startDate`",
                LeftOutReason::BadDate,
            ));
        };
        let slots = self.event_slots(rec, own, start)?;
        Ok((slots.dates, cancelled))
    }

    /// The schedule of a series, course or event: `eventSchedule`, else its
    /// `subEvent` dates, else its own `startDate` and `endDate`.
    fn schedule(&self, rec: &mut Rec, item: Item<'a>) -> Result<Schedule, Fail> {
        if let Some((value, path)) = item.get("eventSchedule") {
            let list = values(Some(value));
            if !list.is_empty() {
                let mut schedule = Schedule::default();
                let mut first_range: Option<(Option<Date>, Option<Date>, u8)> = None;
                for (i, entry) in list.into_iter().enumerate() {
                    let path = if value.is_array() {
                        format!("{path}[{i}]")
                    } else {
                        path.clone()
                    };
                    let Some(s) = self.object(entry) else {
                        rec.warn(
                            &path,
                            "the schedule is not an object; left out of the schedule",
                        );
                        continue;
                    };
                    let part = self.one_schedule(rec, s, &path)?;
                    merge_schedule(rec, &mut schedule, part, &path, &mut first_range);
                }
                self.cancelled_sub_events(rec, item, &mut schedule);
                return Ok(schedule);
            }
        }
        let subs: Vec<&Object> = values(item.own.get("subEvent"))
            .into_iter()
            .filter_map(|v| self.object(v))
            .collect();
        if !subs.is_empty() {
            let mut schedule = Schedule::default();
            for (i, sub) in subs.into_iter().enumerate() {
                let sub_item = Item {
                    own: sub,
                    parent: None,
                };
                let cancelled = sub_item
                    .text("eventStatus")
                    .is_some_and(|s| fold(last_segment(s)) == "eventcancelled");
                let Some(start) = sub_item.text("startDate") else {
                    continue;
                };
                let mut sub_rec = Rec {
                    place: rec.place.clone(),
                    warnings: Vec::new(),
                };
                match self.event_slots(&mut sub_rec, sub_item, start) {
                    Ok(s) if !cancelled => schedule.dates.extend(s.dates),
                    Ok(_) => {}
                    Err((problem, _)) => rec.warn(
                        &format!("subEvent[{i}].{}", problem.field.unwrap_or_default()),
                        format!(
                            "{}; the session is left out of the schedule",
                            problem.message
                        ),
                    ),
                }
                for w in sub_rec.warnings {
                    rec.warn(
                        &format!("subEvent[{i}].{}", w.field.unwrap_or_default()),
                        w.message,
                    );
                }
            }
            schedule.dates.sort_by_key(|d| (d.date, d.start, d.end));
            schedule.dates.dedup();
            return Ok(schedule);
        }
        match item.text("startDate") {
            Some(start) => self.event_slots(rec, item, start),
            None => Ok(Schedule::default()),
        }
    }

    /// Cancelled `subEvent`s of a series with a weekly schedule become exceptions.
    fn cancelled_sub_events(&self, rec: &mut Rec, item: Item<'a>, schedule: &mut Schedule) {
        for (i, sub) in values(item.own.get("subEvent")).into_iter().enumerate() {
            let Some(sub) = self.object(sub) else {
                continue;
            };
            let cancelled = sub
                .get("eventStatus")
                .and_then(as_text)
                .is_some_and(|s| fold(last_segment(s)) == "eventcancelled");
            if !cancelled {
                continue;
            }
            match sub.get("startDate").and_then(as_text).map(parse_iso) {
                Some(Ok(when)) => {
                    let date = when.local(self.ctx).date;
                    if !schedule.except.contains(&date) {
                        schedule.except.push(date);
                    }
                }
                Some(Err(e)) => rec.warn(&format!("subEvent[{i}].startDate"), e),
                None => {}
            }
        }
        schedule.except.sort();
    }

    /// The slots of a single event from `startDate` (text given) and `endDate` or
    /// `duration`.
    fn event_slots(
        &self,
        rec: &mut Rec,
        item: Item<'a>,
        start_text: &str,
    ) -> Result<Schedule, Fail> {
        let start_path = item.path("startDate");
        let start =
            parse_iso(start_text).map_err(|e| rec.fail(&start_path, e, LeftOutReason::BadDate))?;
        let end = match item.get("endDate") {
            Some((value, path)) => match as_text(value) {
                Some(text) => {
                    Some(parse_iso(text).map_err(|e| rec.fail(&path, e, LeftOutReason::BadDate))?)
                }
                None => None,
            },
            None => None,
        };
        let (start, end) = match (start, end) {
            (When::Date(first), end) => {
                // A date without a time: the dates are kept, the times are not known.
                let last = match end {
                    Some(When::Date(d)) => d,
                    Some(other) => other.local(self.ctx).date,
                    None => first,
                };
                rec.warn(
                    &start_path,
                    "`startDate` has no time of day, so only the dates are kept: give the times in `eventSchedule` or a date and time",
                );
                return Ok(Schedule {
                    start_date: Some(first),
                    end_date: Some(last.max(first)),
                    ..Schedule::default()
                });
            }
            (start, end) => {
                let start = start.local(self.ctx);
                let end = match end {
                    Some(end) => end.local(self.ctx),
                    None => {
                        let minutes = match item.get("duration") {
                            Some((v, path)) => match as_text(v).and_then(parse_duration) {
                                Some(d) => d.minutes(),
                                None => {
                                    rec.warn(&path, "`duration` is not an ISO 8601 duration such as PT1H; one hour is assumed");
                                    60
                                }
                            },
                            None => {
                                rec.warn(
                                    &item.path("endDate"),
                                    "no `endDate` or `duration`: one hour is assumed",
                                );
                                60
                            }
                        };
                        DateTime::from_minutes_since_epoch(
                            start.minutes_since_epoch().saturating_add(minutes),
                        )
                    }
                };
                (start, end)
            }
        };
        if end.minutes_since_epoch() <= start.minutes_since_epoch() {
            return Err(rec.fail(
                &item.path("endDate"),
                format!("the event ends ({end}) before it starts ({start})"),
                LeftOutReason::BadDate,
            ));
        }
        let (dates, capped) = dated_slots(start, end);
        if capped {
            rec.warn(
                &item.path("endDate"),
                format!("the event lasts more than {MAX_DATED_SLOTS} days; only the first {MAX_DATED_SLOTS} are listed"),
            );
        }
        Ok(Schedule {
            dates,
            ..Schedule::default()
        })
    }

    /// One `Schedule` or `PartialSchedule`.
    fn one_schedule(&self, rec: &mut Rec, s: &'a Object, path: &str) -> Result<Schedule, Fail> {
        let at = |k: &str| format!("{path}.{k}");
        let text = |k: &str| s.get(k).and_then(as_text);
        let date = |rec: &Rec, k: &str| -> Result<Option<Date>, Fail> {
            match text(k) {
                None => Ok(None),
                Some(t) => parse_iso(t)
                    .map(|w| Some(w.local_date(self.ctx)))
                    .map_err(|e| rec.fail(&at(k), e, LeftOutReason::BadDate)),
            }
        };
        let start_date = date(rec, "startDate")?;
        let end_date = date(rec, "endDate")?;
        if let (Some(start), Some(end)) = (start_date, end_date)
            && end < start
        {
            return Err(rec.fail(
                &at("endDate"),
                format!("`endDate` {end} is before `startDate` {start}"),
                LeftOutReason::BadDate,
            ));
        }
        if let Some(zone) = text("scheduleTimezone")
            && let Some(known) = iana_zone(zone)
            && !same_clock(&known.zone, &self.ctx.zone)
        {
            rec.warn(
                &at("scheduleTimezone"),
                format!(
                    "the times are in {zone}, not the catalogue's zone; they are kept as written"
                ),
            );
        }
        // When the sessions start and end.
        let Some(start_text) = text("startTime") else {
            rec.warn(
                &at("startTime"),
                "the schedule has no `startTime`, so its sessions are not listed",
            );
            return Ok(Schedule {
                start_date,
                end_date,
                ..Schedule::default()
            });
        };
        let start = Time::parse(start_text)
            .map_err(|e| rec.fail(&at("startTime"), e, LeftOutReason::BadTime))?;
        if start == Time::END_OF_DAY {
            return Err(rec.fail(
                &at("startTime"),
                "`startTime` 24:00 is the end of a day: use 00:00",
                LeftOutReason::BadTime,
            ));
        }
        let end = match (text("endTime"), text("duration")) {
            (Some(t), _) => {
                Time::parse(t).map_err(|e| rec.fail(&at("endTime"), e, LeftOutReason::BadTime))?
            }
            (None, Some(d)) => {
                match parse_duration(d) {
                    Some(d) => add_minutes(start, d.minutes()),
                    None => {
                        rec.warn(&at("duration"), format!("`{d}` is not an ISO 8601 duration such as PT1H; one hour is assumed"));
                        add_minutes(start, 60)
                    }
                }
            }
            (None, None) => {
                rec.warn(
                    &at("endTime"),
                    "no `endTime` or `duration`: one hour is assumed",
                );
                add_minutes(start, 60)
            }
        };
        // Which days.
        let mut days = Vec::new();
        for (i, d) in values(s.get("byDay")).into_iter().enumerate() {
            let field = if s.get("byDay").is_some_and(Value::is_array) {
                at(&format!("byDay[{i}]"))
            } else {
                at("byDay")
            };
            match d.as_str().map(weekday_of) {
                Some(Ok(day)) => {
                    if !days.contains(&day) {
                        days.push(day);
                    }
                }
                Some(Err(message)) => rec.warn(&field, message),
                None => rec.warn(
                    &field,
                    "a day must be text such as https://schema.org/Monday",
                ),
            }
        }
        days.sort();
        for k in ["byMonth", "byMonthDay", "byMonthWeek"] {
            if s.contains_key(k) {
                rec.warn(&at(k), format!("`{k}` is not supported and is ignored"));
            }
        }
        let mut except = Vec::new();
        for (i, d) in values(s.get("exceptDate")).into_iter().enumerate() {
            match as_text(d).map(parse_iso) {
                Some(Ok(w)) => except.push(w.local_date(self.ctx)),
                Some(Err(e)) => rec.warn(
                    &at(&format!("exceptDate[{i}]")),
                    format!("{e}; the exception is ignored"),
                ),
                None => rec.warn(
                    &at(&format!("exceptDate[{i}]")),
                    "an exception must be a date such as 2018-10-16",
                ),
            }
        }
        except.sort();
        except.dedup();
        let count = match s.get("repeatCount") {
            None | Some(Value::Null) => None,
            Some(v) => match number(v).filter(|n| *n >= 1.0 && n.fract() == 0.0) {
                Some(n) => Some(n.min(f64::from(u32::MAX)) as u32),
                None => {
                    rec.warn(
                        &at("repeatCount"),
                        format!("`{v}` is not a whole number of times from 1; ignored"),
                    );
                    None
                }
            },
        };
        let frequency = match text("repeatFrequency") {
            Some(f) => match parse_duration(f) {
                Some(d) => Some((d, f)),
                None => {
                    return Err(rec.fail(
                        &at("repeatFrequency"),
                        format!("`{f}` is not a repeat frequency such as P1W (weekly) or P2W (every other week)"),
                        LeftOutReason::BadValue,
                    ));
                }
            },
            None => None,
        };
        let weeks = match frequency {
            None if !days.is_empty() => Some(1),
            None => None,
            Some((d, _)) if d.is_weeks_only() => Some(d.weeks),
            Some((d, _)) if d.is_days_only() && d.days % 7 == 0 => Some(d.days / 7),
            Some(_) => None,
        };
        let daily = frequency.is_some_and(|(d, _)| d.is_days_only() && d.days == 1);
        if let Some(weeks) = weeks.filter(|w| *w > 0) {
            let Ok(interval) = u8::try_from(weeks) else {
                return Err(rec.fail(
                    &at("repeatFrequency"),
                    format!("every {weeks} weeks is more than the 255 weeks LearnLocal can show"),
                    LeftOutReason::BadValue,
                ));
            };
            if days.is_empty() {
                match start_date {
                    Some(d) => days.push(d.weekday()),
                    None => {
                        rec.warn(&at("byDay"), "the schedule has no `byDay` and no `startDate`, so its days are not known");
                        return Ok(Schedule::default());
                    }
                }
            }
            let end_date = limit_by_count(
                rec,
                start_date,
                end_date,
                count,
                &days,
                interval,
                &at("repeatCount"),
            );
            return Ok(Schedule {
                start_date,
                end_date,
                weekly: vec![WeeklySlot { days, start, end }],
                interval_weeks: interval,
                dates: Vec::new(),
                except,
            });
        }
        if daily {
            // Every day: a weekly slot on every day (or on the days given).
            if days.is_empty() {
                days = Weekday::ALL.to_vec();
            }
            let end_date = limit_by_count(
                rec,
                start_date,
                end_date,
                count,
                &days,
                1,
                &at("repeatCount"),
            );
            return Ok(Schedule {
                start_date,
                end_date,
                weekly: vec![WeeklySlot { days, start, end }],
                interval_weeks: 1,
                dates: Vec::new(),
                except,
            });
        }
        // Anything else: every N days when bounded, else the first occurrence.
        let Some(first) = start_date else {
            rec.warn(
                &at("startDate"),
                "the schedule has no `startDate` or `byDay`, so its sessions are not known",
            );
            return Ok(Schedule::default());
        };
        let slot = |date: Date| DatedSlot { date, start, end };
        if let Some((d, f)) = frequency {
            if d.is_days_only() && d.days > 0 && (end_date.is_some() || count.is_some()) {
                let mut dates = Vec::new();
                let mut date = first;
                let limit = count.map_or(MAX_DATED_SLOTS, |c| (c as usize).min(MAX_DATED_SLOTS));
                while dates.len() < limit && end_date.is_none_or(|e| date <= e) {
                    if !except.contains(&date) {
                        dates.push(slot(date));
                    }
                    let next = date.add_days(i64::from(d.days));
                    if next == date {
                        break;
                    }
                    date = next;
                }
                return Ok(Schedule {
                    dates,
                    ..Schedule::default()
                });
            }
            rec.warn(
                &at("repeatFrequency"),
                format!("repeating every `{f}` is not supported: only the first session, {first}, is listed"),
            );
        }
        Ok(Schedule {
            dates: vec![slot(first)],
            ..Schedule::default()
        })
    }
}

/// Collects the ids that values refer to (strings and bare `{"@id": …}`
/// objects naming an item), to a bounded depth.
fn collect_references(
    value: &Value,
    ids: &HashMap<String, &Object>,
    found: &mut HashSet<String>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    match value {
        Value::String(s) if ids.contains_key(s.trim()) => {
            found.insert(s.trim().to_owned());
        }
        Value::Array(list) => {
            for v in list {
                collect_references(v, ids, found, depth + 1);
            }
        }
        Value::Object(map) => {
            for v in map.values() {
                collect_references(v, ids, found, depth + 1);
            }
        }
        _ => {}
    }
}

/// The last two segments of an id, for telling apart ids whose last segments
/// are the same (`/events/1` and `/courses/1`).
fn last_two_segments(id: &str) -> String {
    let parts: Vec<&str> = id
        .trim()
        .split(['/', '#', ':', '?', '='])
        .filter(|s| !s.is_empty())
        .collect();
    let n = parts.len();
    parts
        .get(n.saturating_sub(2)..)
        .unwrap_or_default()
        .join("-")
}

/// True for a `VirtualLocation`.
fn is_virtual(place: &Object) -> bool {
    type_names(place).contains(&"VirtualLocation")
}

/// True when a place lists an amenity (by `@type` or name) with a true value.
fn has_amenity(place: &Object, wanted: &str) -> bool {
    values(place.get("amenityFeature")).into_iter().any(|a| {
        let Value::Object(a) = a else { return false };
        let names = type_names(a);
        let name = a
            .get("name")
            .and_then(as_text)
            .map(fold)
            .unwrap_or_default();
        (names.iter().any(|n| fold(n) == wanted) || name == wanted) && is_true(a.get("value"))
    })
}

/// Street address (street and locality) and postcode of a `PostalAddress`.
fn postal_address(a: &Object) -> (Option<String>, Option<String>) {
    let parts: Vec<&str> = ["streetAddress", "addressLocality"]
        .iter()
        .filter_map(|k| a.get(*k).and_then(as_text))
        .map(|s| s.trim_matches(|c: char| c == ',' || c.is_whitespace()))
        .filter(|s| !s.is_empty())
        .collect();
    let address = Some(parts.join(", ")).filter(|s| !s.is_empty());
    let postcode = a.get("postalCode").and_then(as_text).map(str::to_owned);
    (address, postcode)
}

/// Opening hours from `openingHoursSpecification`.
fn opening_hours(rec: &mut Rec, place: &Object, path: &str) -> Vec<WeeklySlot> {
    let mut slots: Vec<WeeklySlot> = Vec::new();
    let list = values(place.get("openingHoursSpecification"));
    for (i, spec) in list.into_iter().enumerate() {
        let at = format!("{path}[{i}]");
        let Value::Object(spec) = spec else { continue };
        let (Some(opens), Some(closes)) = (
            spec.get("opens").and_then(as_text),
            spec.get("closes").and_then(as_text),
        ) else {
            rec.warn(&at, "opening hours need `opens` and `closes`; left out");
            continue;
        };
        let (start, end) = match (Time::parse(opens), Time::parse(closes)) {
            (Ok(s), Ok(e)) => (s, e),
            (Err(e), _) => {
                rec.warn(
                    &format!("{at}.opens"),
                    format!("{e}; left out of the opening hours"),
                );
                continue;
            }
            (_, Err(e)) => {
                rec.warn(
                    &format!("{at}.closes"),
                    format!("{e}; left out of the opening hours"),
                );
                continue;
            }
        };
        if start == end {
            // 00:00 to 00:00 is how schema.org writes "closed".
            continue;
        }
        // Closing at 00:00 means at the end of the day.
        let end = if end == Time::MIDNIGHT {
            Time::END_OF_DAY
        } else {
            end
        };
        let mut days = Vec::new();
        let day_list = spec.get("dayOfWeek");
        for (j, d) in values(day_list).into_iter().enumerate() {
            let field = format!("{at}.dayOfWeek[{j}]");
            match d.as_str().map(weekday_of) {
                Some(Ok(day)) => {
                    if !days.contains(&day) {
                        days.push(day);
                    }
                }
                Some(Err(message)) => rec.warn(&field, message),
                None => rec.warn(
                    &field,
                    "a day must be text such as https://schema.org/Monday",
                ),
            }
        }
        if days.is_empty() {
            continue;
        }
        days.sort();
        match slots.iter_mut().find(|s| s.start == start && s.end == end) {
            Some(slot) => {
                for d in days {
                    if !slot.days.contains(&d) {
                        slot.days.push(d);
                    }
                }
                slot.days.sort();
            }
            None => slots.push(WeeklySlot { days, start, end }),
        }
    }
    slots
}

/// The day of a `byDay` or `dayOfWeek` value: `https://schema.org/Monday`,
/// `Monday`, `schema:Monday` or the iCalendar `MO`.
fn weekday_of(text: &str) -> Result<Weekday, String> {
    let name = last_segment(text);
    if let Some(day) = weekday(name) {
        return Ok(day);
    }
    if fold(name) == "publicholidays" {
        return Err("public holidays cannot be shown as a day of the week; left out".to_owned());
    }
    Err(format!(
        "`{}` is not a day of the week such as https://schema.org/Monday or MO; left out",
        text.trim()
    ))
}

/// Merges one `eventSchedule` entry into the whole schedule. The first entry with
/// weekly slots decides the date range and interval; later ones that differ are
/// warned about.
fn merge_schedule(
    rec: &mut Rec,
    schedule: &mut Schedule,
    part: Schedule,
    path: &str,
    first: &mut Option<(Option<Date>, Option<Date>, u8)>,
) {
    if !part.weekly.is_empty() {
        let range = (part.start_date, part.end_date, part.interval_weeks);
        match first {
            None => {
                *first = Some(range);
                schedule.start_date = part.start_date;
                schedule.end_date = part.end_date;
                schedule.interval_weeks = part.interval_weeks;
            }
            Some(known) if *known != range => rec.warn(
                path,
                "this schedule's dates or interval differ from the first schedule's; its sessions follow the first schedule's",
            ),
            Some(_) => {}
        }
        schedule.weekly.extend(part.weekly);
        for d in part.except {
            if !schedule.except.contains(&d) {
                schedule.except.push(d);
            }
        }
    } else if schedule.weekly.is_empty() && part.dates.is_empty() {
        // Dates alone (no times): keep them when nothing better is known.
        schedule.start_date = schedule.start_date.or(part.start_date);
        schedule.end_date = schedule.end_date.or(part.end_date);
    }
    schedule.dates.extend(part.dates);
}

/// The end date of weekly sessions limited by `repeatCount`, warning when it
/// disagrees with `endDate`.
fn limit_by_count(
    rec: &mut Rec,
    start: Option<Date>,
    end: Option<Date>,
    count: Option<u32>,
    days: &[Weekday],
    interval: u8,
    path: &str,
) -> Option<Date> {
    let Some(count) = count else { return end };
    let Some(start) = start else {
        rec.warn(path, "`repeatCount` needs a `startDate`; ignored");
        return end;
    };
    let Some(last) = nth_weekly_date(start, days, interval, count, false) else {
        return end;
    };
    match end {
        Some(end) if end < last => {
            rec.warn(
                path,
                format!("{count} sessions would end on {last}, after `endDate` {end}; the sessions stop at {end}"),
            );
            Some(end)
        }
        Some(end) if end > last => {
            rec.warn(
                path,
                format!("{count} sessions end on {last}, before `endDate` {end}; the sessions stop at {last}"),
            );
            Some(last)
        }
        _ => Some(last),
    }
}

/// Adds a session's slots to a series' schedule (or, when cancelled, its date as
/// an exception), skipping sessions the schedule already has.
fn add_session(schedule: &mut Schedule, slots: Vec<DatedSlot>, cancelled: bool) {
    for slot in slots {
        if cancelled {
            if !schedule.weekly.is_empty() && !schedule.except.contains(&slot.date) {
                schedule.except.push(slot.date);
            }
            schedule.dates.retain(|d| *d != slot);
            continue;
        }
        let session = slot.session();
        if !schedule.sessions_on(slot.date).contains(&session) {
            schedule.dates.push(slot);
        }
    }
}

// ---------------------------------------------------------------------------------
// Dates, times and durations as OpenActive writes them
// ---------------------------------------------------------------------------------

/// A date or date-time as written in the feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    /// A date only.
    Date(Date),
    /// A date-time with no offset: local time already.
    Local(DateTime),
    /// A date-time with an offset, as minutes since 1970-01-01T00:00 UTC.
    Utc(i64),
}

impl When {
    /// The wall-clock time in the catalogue's zone (midnight for a date).
    fn local(self, ctx: &ImportContext) -> DateTime {
        match self {
            When::Date(d) => DateTime::new(d, Time::MIDNIGHT),
            When::Local(dt) => dt,
            When::Utc(minutes) => ctx.zone.to_local(minutes.saturating_mul(60)),
        }
    }

    /// The date in the catalogue's zone.
    fn local_date(self, ctx: &ImportContext) -> Date {
        self.local(ctx).date
    }
}

/// Reads `2018-10-02`, `2018-10-02T19:15:00Z`, `2018-10-03T20:15:00+01:00`,
/// `2018-10-03T20:15:00.000+0100` or `2018-10-03T20:15` (local).
fn parse_iso(text: &str) -> Result<When, String> {
    let text = text.trim();
    let bad = || {
        format!(
            "`{}` is not a date such as 2018-10-02 or a date and time such as 2018-10-02T19:15:00Z",
            shorten(text, 40)
        )
    };
    let Some((date, rest)) = text.split_once(['T', 't', ' ']) else {
        return Date::parse(text).map(When::Date).map_err(|_| bad());
    };
    let date = Date::parse(date).map_err(|e| format!("{e}: {}", bad()))?;
    // The time runs up to the zone: `Z`, `+` or `-`.
    let zone_at = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
    let (time, zone) = (
        rest.get(..zone_at).unwrap_or_default(),
        rest.get(zone_at..).unwrap_or_default(),
    );
    let time = time.split('.').next().unwrap_or_default();
    let time = Time::parse(time).map_err(|e| format!("{e}: {}", bad()))?;
    let local = DateTime::from_minutes_since_epoch(DateTime::new(date, time).minutes_since_epoch());
    if zone.is_empty() {
        return Ok(When::Local(local));
    }
    let offset = if zone.eq_ignore_ascii_case("z") {
        0
    } else {
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let digits: String = zone.chars().skip(1).filter(|c| *c != ':').collect();
        let valid = digits.chars().all(|c| c.is_ascii_digit()) && matches!(digits.len(), 2 | 4);
        let hours = digits.get(0..2).and_then(|h| h.parse::<i64>().ok());
        let minutes = digits.get(2..4).map_or(Some(0), |m| m.parse::<i64>().ok());
        match (valid, hours, minutes) {
            (true, Some(h), Some(m)) if h <= 18 && m < 60 => sign * (h * 60 + m),
            _ => {
                return Err(format!(
                    "the offset `{zone}` is not like Z or +01:00: {}",
                    bad()
                ));
            }
        }
    };
    Ok(When::Utc(local.minutes_since_epoch() - offset))
}

// ---------------------------------------------------------------------------------
// Level, age, languages, cost and accessibility
// ---------------------------------------------------------------------------------

/// The lowest level listed: a course for beginners and improvers is open to
/// beginners.
fn level(rec: &mut Rec, item: Item<'_>) -> Level {
    let Some((value, path)) = item.get("level") else {
        return Level::None;
    };
    let mut found: Option<Level> = None;
    let mut unknown = Vec::new();
    for v in values(Some(value)) {
        let Some(text) = label(v) else { continue };
        let folded = fold(text);
        let level = if folded.contains("beginner")
            || folded.contains("introduct")
            || folded.contains("novice")
        {
            Level::Beginner
        } else if folded.contains("intermediate") || folded.contains("improver") {
            Level::Intermediate
        } else if folded.contains("advanced") || folded.contains("expert") {
            Level::Advanced
        } else {
            unknown.push(text.to_owned());
            continue;
        };
        found = Some(found.map_or(level, |f| f.min(level)));
    }
    if found.is_none() && !unknown.is_empty() {
        rec.warn(
            &path,
            format!(
                "`{}` is not beginner, intermediate or advanced; no level is given",
                unknown.join(", ")
            ),
        );
    }
    found.unwrap_or(Level::None)
}

/// Age limits from `ageRange` (`minValue`, `maxValue`).
fn age(rec: &mut Rec, item: Item<'_>) -> Option<AgeRange> {
    let (value, path) = item.get("ageRange")?;
    let Value::Object(range) = value else {
        rec.warn(&path, "`ageRange` is not a QuantitativeValue; ignored");
        return None;
    };
    let mut read = |key: &str| -> Option<u8> {
        let v = range.get(key).filter(|v| !v.is_null())?;
        match number(v).filter(|n| n.fract() == 0.0 && (0.0..=150.0).contains(n)) {
            // Checked to be a whole number from 0 to 150 above.
            Some(n) => Some(n as u8),
            None => {
                rec.warn(
                    &format!("{path}.{key}"),
                    format!("`{v}` is not an age in whole years; ignored"),
                );
                None
            }
        }
    };
    let min = read("minValue").filter(|m| *m > 0);
    let max = read("maxValue");
    if let (Some(a), Some(b)) = (min, max)
        && a > b
    {
        rec.warn(
            &path,
            format!("the youngest age {a} is above the oldest {b}; ignored"),
        );
        return None;
    }
    (min.is_some() || max.is_some()).then_some(AgeRange { min, max })
}

/// Who an age range is for, when it clearly says.
fn audience_for(age: AgeRange) -> Vec<Audience> {
    match (age.min, age.max) {
        (_, Some(max)) if max <= 12 => vec![Audience::Children],
        (Some(min), Some(max)) if min >= 10 && max <= 25 => vec![Audience::YoungPeople],
        (Some(min), _) if min >= 60 => vec![Audience::OlderPeople],
        (Some(min), None) if min >= 18 => vec![Audience::Adults],
        _ => Vec::new(),
    }
}

/// Language codes from `inLanguage`: codes (`en`, `en-GB`), names (`English`) or
/// `Language` objects.
fn languages(rec: &mut Rec, item: Item<'_>) -> Vec<String> {
    let Some((value, path)) = item.get("inLanguage") else {
        return Vec::new();
    };
    let mut codes = Vec::new();
    for v in values(Some(value)) {
        let candidates: Vec<&str> = match v {
            Value::Object(map) => ["alternateName", "identifier", "name"]
                .iter()
                .filter_map(|k| map.get(*k).and_then(as_text))
                .collect(),
            other => as_text(other).into_iter().collect(),
        };
        match candidates.iter().find_map(|c| language_code(c)) {
            Some(code) => {
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            None => rec.warn(
                &path,
                format!(
                    "`{}` is not a language LearnLocal knows; give an ISO 639-1 code such as `en`",
                    candidates.first().copied().unwrap_or("?")
                ),
            ),
        }
    }
    codes
}

/// Words in an offer's name that mark a reduced price.
const CONCESSION_WORDS: &[&str] = &[
    "concession",
    "senior",
    "student",
    "unwaged",
    "jobseeker",
    "unemployed",
    "pensioner",
    "oap",
    "retired",
    "over 60",
    "over 65",
    "60+",
    "65+",
    "disabled",
    "disability",
    "carer",
    "reduced",
    "discount",
    "junior",
    "child",
    "youth",
    "under 18",
];

/// The cost from `offers` (and `isAccessibleForFree`), and the first booking
/// link an offer gives.
fn cost(rec: &mut Rec, item: Item<'_>, default_currency: &str) -> (Cost, Option<String>) {
    let mut cost = Cost::default();
    let mut booking = None;
    let mut zero_offers = 0;
    let offers_path = item.path("offers");
    let offers = item.value("offers");
    let list = values(offers);
    let indexed = offers.is_some_and(Value::is_array);
    for (i, offer) in list.into_iter().enumerate() {
        let at = if indexed {
            format!("{offers_path}[{i}]")
        } else {
            offers_path.clone()
        };
        let Value::Object(offer) = offer else {
            rec.warn(&at, "the offer is not an object; ignored");
            continue;
        };
        if booking.is_none() {
            booking = offer.get("url").and_then(as_text).map(str::to_owned);
        }
        let Some(price_value) = offer.get("price").filter(|v| !v.is_null()) else {
            continue;
        };
        let Some(amount) = number(price_value).filter(|n| *n >= 0.0) else {
            rec.warn(
                &format!("{at}.price"),
                format!("`{price_value}` is not a price (use a number such as 3.30); ignored"),
            );
            continue;
        };
        if amount == 0.0 {
            zero_offers += 1;
        }
        let currency = match offer.get("priceCurrency").and_then(as_text) {
            Some(c) if c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()) => {
                c.to_ascii_uppercase()
            }
            Some(c) => {
                rec.warn(
                    &format!("{at}.priceCurrency"),
                    format!(
                        "`{c}` is not a currency code such as GBP; {default_currency} is assumed"
                    ),
                );
                default_currency.to_owned()
            }
            None => {
                if amount > 0.0 {
                    rec.warn(
                        &format!("{at}.priceCurrency"),
                        format!("no `priceCurrency`: {default_currency} is assumed"),
                    );
                }
                default_currency.to_owned()
            }
        };
        let name = offer.get("name").and_then(as_text).map(str::to_owned);
        if let Some(name) = &name
            && amount > 0.0
        {
            let folded = fold(name);
            if CONCESSION_WORDS.iter().any(|w| folded.contains(w)) {
                cost.concessions
                    .push(format!("{name}: {}", money(amount, &currency)));
            }
        }
        cost.prices.push(Price {
            amount,
            currency,
            label: name,
        });
    }
    let free_flag = item
        .value("isAccessibleForFree")
        .is_some_and(|v| v.as_bool() == Some(true));
    if (!cost.prices.is_empty() && zero_offers == cost.prices.len())
        || (cost.prices.is_empty() && free_flag)
    {
        cost.free = true;
        cost.prices.clear();
        cost.concessions.clear();
    }
    (cost, booking)
}

/// An amount with its currency as people write it: `£3.30`, `€40`, `12.50 CHF`.
pub(crate) fn money(amount: f64, currency: &str) -> String {
    let number = if amount.fract() == 0.0 {
        format!("{amount:.0}")
    } else {
        format!("{amount:.2}")
    };
    match currency {
        "GBP" => format!("£{number}"),
        "EUR" => format!("€{number}"),
        "USD" => format!("${number}"),
        other => format!("{number} {other}"),
    }
}

/// Session support from `accessibilitySupport`, and the labels that have no match.
fn session_access(item: Item<'_>) -> (Vec<SessionAccess>, Vec<String>) {
    let mut access = Vec::new();
    let mut unmapped = Vec::new();
    for v in values(item.value("accessibilitySupport")) {
        let Some(text) = label(v) else { continue };
        let named = access_named(text).session;
        if named.is_empty() {
            unmapped.push(text.to_owned());
        }
        for a in named {
            if !access.contains(&a) {
                access.push(a);
            }
        }
    }
    (access, unmapped)
}

/// Building accessibility of a place: its `amenityFeature`s, its
/// `accessibility…` properties and their text.
fn place_access(rec: &mut Rec, place: &Object, path: &str) -> Vec<VenueAccess> {
    let at = |k: &str| {
        if path.is_empty() {
            k.to_owned()
        } else {
            format!("{path}.{k}")
        }
    };
    let mut access = Vec::new();
    let mut unmapped = Vec::new();
    let add = |a: VenueAccess, access: &mut Vec<VenueAccess>| {
        if !access.contains(&a) {
            access.push(a);
        }
    };
    for feature in values(place.get("amenityFeature")) {
        let Value::Object(f) = feature else { continue };
        if !is_true(f.get("value")) {
            continue;
        }
        let name = f
            .get("name")
            .and_then(as_text)
            .map(str::to_owned)
            .or_else(|| type_names(f).first().map(|s| (*s).to_owned()))
            .unwrap_or_default();
        let named = access_named(&name).venue;
        match named.is_empty() {
            false => named.into_iter().for_each(|a| add(a, &mut access)),
            true => {
                let n = fold(&name);
                let about_access = [
                    "accessib",
                    "disab",
                    "wheelchair",
                    "hearing",
                    "visual",
                    "adapted",
                ]
                .iter()
                .any(|w| n.contains(w));
                if about_access {
                    unmapped.push(name);
                }
            }
        }
    }
    for (key, value) in place {
        let bare = key.strip_prefix("beta:").unwrap_or(key);
        if !bare.starts_with("accessibility") {
            continue;
        }
        for v in values(Some(value)) {
            let Some(text) = label(v) else { continue };
            for a in read_access_text(text).0.venue {
                add(a, &mut access);
            }
        }
    }
    if !unmapped.is_empty() {
        rec.warn(
            &at("amenityFeature"),
            format!(
                "`{}`: LearnLocal's venue accessibility has no match (step-free, accessible toilet, accessible parking, public transport)",
                unmapped.join(", ")
            ),
        );
    }
    access.sort();
    access
}

#[cfg(test)]
mod tests {
    use super::*;
    use learnlocal_core::catalogue::Skill;
    use learnlocal_core::tz::TimeZone;

    /// The test context: London time, a few skills, pounds.
    fn ctx() -> ImportContext {
        ImportContext {
            zone: TimeZone::parse_posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap(),
            source: "OpenActive test feed".into(),
            default_currency: "GBP".into(),
            skills: vec![
                Skill {
                    id: "netball".into(),
                    label: "Netball".into(),
                },
                Skill {
                    id: "fitness".into(),
                    label: "Bodypump™".into(),
                },
                Skill {
                    id: "cycling".into(),
                    label: "Road Cycling".into(),
                },
            ],
            ..ImportContext::default()
        }
    }

    /// The OpenActive examples, read in place.
    const FIXTURES: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/openactive-2.x/"
    );

    fn fixture(name: &str) -> String {
        let path = format!("{FIXTURES}{name}");
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn time(text: &str) -> Time {
        Time::parse(text).unwrap()
    }

    fn slot(days: &[Weekday], start: &str, end: &str) -> WeeklySlot {
        WeeklySlot {
            days: days.to_vec(),
            start: time(start),
            end: time(end),
        }
    }

    fn dated(day: &str, start: &str, end: &str) -> DatedSlot {
        DatedSlot {
            date: date(day),
            start: time(start),
            end: time(end),
        }
    }

    fn price(amount: f64, label: &str) -> Price {
        Price {
            amount,
            currency: "GBP".into(),
            label: Some(label.into()),
        }
    }

    /// Reads a fixture and checks nothing was left out and there are no errors.
    fn import(name: &str) -> Import {
        let import = read(&fixture(name), &ctx());
        assert!(import.left_out.is_empty(), "{name}: {:?}", import.problems);
        assert!(
            import.problems.iter().all(|p| !p.is_error()),
            "{name}: {:?}",
            import.problems
        );
        import
    }

    /// The Middlesbrough venue the session examples share.
    fn assert_middlesbrough(venue: &Venue) {
        assert_eq!(venue.id, "oa-middlesbrough-sports-village");
        assert_eq!(venue.name, "Middlesbrough Sports Village");
        assert_eq!(
            venue.address.as_deref(),
            Some("Alan Peacock Way, Village East")
        );
        assert_eq!(venue.postcode.as_deref(), Some("TS4 3AE"));
        assert_eq!(
            venue.location,
            LatLon {
                lat: 54.543964,
                lon: -1.20978500000001
            }
        );
        assert_eq!(venue.phone.as_deref(), Some("01642 728555"));
    }

    /// A session series maps title, weekly schedule, prices with the senior
    /// concession, provider, age, level, skills and its venue with opening hours.
    #[test]
    fn session_series() {
        let import = import("sessionseries_example_1.json");
        assert_eq!(import.opportunities.len(), 1);
        let o = &import.opportunities[0];
        assert_eq!(o.id, "oa-1402cbp20150217");
        assert_eq!(o.title, "Virtual BODYPUMP");
        assert_eq!(o.kind, Kind::Activity);
        assert_eq!(o.mode, Mode::InPerson);
        assert_eq!(
            o.summary,
            "This is the virtual version of the original barbell class, which will help you get lean, toned and fit - fast."
        );
        assert_eq!(o.source.as_deref(), Some("OpenActive test feed"));
        assert_eq!(
            o.schedule,
            Schedule {
                start_date: Some(date("2018-10-02")),
                end_date: Some(date("2018-11-04")),
                weekly: vec![slot(&[Weekday::Tue], "20:15", "20:45")],
                ..Schedule::default()
            }
        );
        assert_eq!(
            o.cost,
            Cost {
                free: false,
                prices: vec![price(3.3, "Oxygen - Adult"), price(3.3, "Oxygen - Senior")],
                concessions: vec!["Oxygen - Senior: £3.30".into()],
            }
        );
        let provider = o.provider.as_ref().unwrap();
        assert_eq!(provider.name, "Everyone Active");
        assert_eq!(provider.phone.as_deref(), Some("01455 890508"));
        assert_eq!(provider.email.as_deref(), Some("customerservices@gll.org"));
        assert_eq!(
            o.age,
            Some(AgeRange {
                min: Some(16),
                max: None
            })
        );
        assert!(o.audience.is_empty());
        assert_eq!(o.level, Level::Beginner);
        assert_eq!(o.skills, vec!["fitness"]);
        assert_eq!(o.booking.how, vec![JoinMethod::Web]);
        // Visual impairment has no session-support match: warned and described.
        assert!(o.access.is_empty());
        assert!(
            o.description
                .as_deref()
                .unwrap()
                .ends_with("Accessibility support: Visual impairment.")
        );
        assert!(
            import
                .problems
                .iter()
                .any(|p| p.field.as_deref() == Some("accessibilitySupport")
                    && p.message.contains("Visual impairment"))
        );
        assert_eq!(o.venue.as_deref(), Some("oa-middlesbrough-sports-village"));
        assert_eq!(import.venues.len(), 1);
        let venue = &import.venues[0];
        assert_middlesbrough(venue);
        // Plain parking is not disabled parking; changing rooms are not access.
        assert!(venue.accessibility.is_empty());
        use Weekday::*;
        assert_eq!(
            venue.opening_hours,
            vec![
                slot(&[Mon, Tue, Wed, Thu], "06:00", "13:00"),
                slot(&[Mon, Tue, Wed, Thu], "16:00", "20:00"),
                slot(&[Fri], "06:00", "12:00"),
                slot(&[Sat, Sun], "08:00", "12:00"),
            ]
        );
        assert!(
            import
                .problems
                .iter()
                .any(|p| p.message.contains("public holidays"))
        );
    }

    /// An online session series is online with no venue, on Tuesdays and Sundays.
    #[test]
    fn virtual_session_series() {
        let import = import("sessionseries-split-virtual_example_1.json");
        let o = &import.opportunities[0];
        assert_eq!(o.title, "Virtual BODYPUMP");
        assert_eq!(o.mode, Mode::Online);
        assert_eq!(o.venue, None);
        assert!(import.venues.is_empty());
        assert_eq!(
            o.schedule,
            Schedule {
                start_date: Some(date("2018-10-19")),
                end_date: Some(date("2018-11-04")),
                weekly: vec![slot(&[Weekday::Tue, Weekday::Sun], "08:30", "09:30")],
                ..Schedule::default()
            }
        );
    }

    /// A scheduled session takes its title and date from itself and the rest
    /// (provider, place, prices) from its embedded series.
    #[test]
    fn scheduled_session() {
        let import = import("scheduledsession_example_1.json");
        assert_eq!(import.opportunities.len(), 1);
        let o = &import.opportunities[0];
        assert_eq!(o.title, "Hot Yoga");
        assert_eq!(o.id, "oa-1402cbp20150217");
        assert_eq!(
            o.schedule,
            Schedule {
                dates: vec![dated("2018-10-03", "20:15", "21:15")],
                ..Schedule::default()
            }
        );
        assert_eq!(o.provider.as_ref().unwrap().name, "Better");
        assert_eq!(o.url.as_deref(), Some("http://www.notyetimplemented.com"));
        assert_eq!(o.cost.prices.len(), 2);
        assert_eq!(o.venue.as_deref(), Some("oa-middlesbrough-sports-village"));
        assert_middlesbrough(&import.venues[0]);
        assert_eq!(o.skills, vec!["fitness"]);
    }

    /// A course instance is a course: three daily days, member and non-member
    /// prices, ages 11 to 16 (young people), details from its course.
    #[test]
    fn course_instance() {
        let import = import("courseinstance_example_1.json");
        let o = &import.opportunities[0];
        assert_eq!(o.id, "oa-76121");
        assert_eq!(o.kind, Kind::Course);
        assert_eq!(o.title, "Netball Youth Camp");
        assert_eq!(
            o.summary,
            "Netball Youth Camps give junior netballers the chance to get together with their friends and take to the court in the holidays!"
        );
        assert_eq!(
            o.schedule,
            Schedule {
                start_date: Some(date("2018-08-01")),
                end_date: Some(date("2018-08-03")),
                weekly: vec![slot(&Weekday::ALL, "09:00", "17:00")],
                ..Schedule::default()
            }
        );
        assert_eq!(
            o.cost.prices,
            vec![price(124.0, "Member"), price(154.0, "Non-member")]
        );
        assert!(o.cost.concessions.is_empty());
        assert_eq!(
            o.age,
            Some(AgeRange {
                min: Some(11),
                max: Some(16)
            })
        );
        assert_eq!(o.audience, vec![Audience::YoungPeople]);
        assert_eq!(o.level, Level::Beginner);
        assert_eq!(o.skills, vec!["netball"]);
        assert_eq!(o.provider.as_ref().unwrap().name, "England Netball");
        let venue = &import.venues[0];
        assert_eq!(venue.id, "oa-trent-college-and-the-elms");
        assert_eq!(venue.address.as_deref(), Some("Long Eaton, Nottingham"));
        assert_eq!(venue.postcode.as_deref(), Some("NG10 4AD"));
        assert_eq!(
            venue.location,
            LatLon {
                lat: 52.901455,
                lon: -1.282734
            }
        );
        // Three days from 1 August end on the 3rd, not on `endDate` the 4th.
        assert!(
            import
                .problems
                .iter()
                .any(|p| p.field.as_deref() == Some("eventSchedule[0].repeatCount"))
        );
    }

    /// A course instance with a weekly schedule and sub-events uses the schedule.
    #[test]
    fn course_instance_with_events() {
        let import = import("courseinstance_event_example_1.json");
        let o = &import.opportunities[0];
        assert_eq!(o.kind, Kind::Course);
        assert_eq!(
            o.schedule,
            Schedule {
                start_date: Some(date("2018-10-02")),
                end_date: Some(date("2018-11-04")),
                weekly: vec![slot(&[Weekday::Tue], "20:15", "20:45")],
                ..Schedule::default()
            }
        );
    }

    /// A one-off event is free, on its date in local time, with its venue, and an
    /// unknown level is warned about.
    #[test]
    fn event() {
        let import = import("event_example_1.json");
        let o = &import.opportunities[0];
        assert_eq!(o.id, "oa-158313");
        assert_eq!(o.title, "Alan's social ride group Gorhambury House loop");
        assert_eq!(
            o.schedule,
            Schedule {
                dates: vec![dated("2019-08-25", "10:00", "12:40")],
                ..Schedule::default()
            }
        );
        assert!(o.cost.free);
        assert!(o.cost.prices.is_empty());
        assert_eq!(o.level, Level::None);
        assert!(
            import
                .problems
                .iter()
                .any(|p| p.message.contains("`Steady`"))
        );
        assert_eq!(o.skills, vec!["cycling"]);
        assert!(o.summary.ends_with('…') && o.summary.chars().count() <= 201);
        assert_middlesbrough(&import.venues[0]);
        assert_eq!(
            o.booking.url.as_deref(),
            Some("https://www.letsride.co.uk/rides/gorhambury-house-loop/book")
        );
    }

    /// An on-demand event is online, free, with no schedule and no venue.
    #[test]
    fn on_demand_event() {
        let import = import("ondemandevent_example_1.json");
        let o = &import.opportunities[0];
        assert_eq!(o.title, "Alan's indoor cycling exercises");
        assert_eq!(o.mode, Mode::Online);
        assert_eq!(o.venue, None);
        assert!(o.schedule.is_empty());
        assert!(o.cost.free);
        assert_eq!(o.level, Level::Beginner);
        assert!(import.venues.is_empty());
        assert!(import.problems.is_empty(), "{:?}", import.problems);
    }

    /// A place becomes a venue with address, coordinates, accessibility and
    /// opening hours, and no opportunity.
    #[test]
    fn place() {
        let import = import("place_example_1.json");
        assert!(import.opportunities.is_empty());
        assert_eq!(import.venues.len(), 1);
        let v = &import.venues[0];
        assert_eq!(v.id, "oa-1402cbp20150217");
        assert_eq!(v.name, "Belle Vue Sports Village");
        assert_eq!(v.address.as_deref(), Some("Kirkmanshulme Lane, Manchester"));
        assert_eq!(v.postcode.as_deref(), Some("M12 4TF"));
        assert_eq!(
            v.location,
            LatLon {
                lat: 53.483592,
                lon: -2.269241
            }
        );
        assert_eq!(
            v.accessibility,
            vec![
                VenueAccess::StepFree,
                VenueAccess::AccessibleToilet,
                VenueAccess::AccessibleParking
            ]
        );
        use Weekday::*;
        assert_eq!(
            v.opening_hours,
            vec![
                slot(&[Sat, Sun], "08:30", "18:00"),
                slot(&[Mon, Tue, Wed, Thu, Fri], "06:30", "22:00"),
            ]
        );
        assert_eq!(v.phone.as_deref(), Some("0161 231 0754"));
        // "Accessible Changing" has no match and is reported.
        assert!(
            import
                .problems
                .iter()
                .any(|p| p.message.contains("Accessible Changing"))
        );
    }

    /// A feed page keeps updated items and reports deleted ones as left out.
    #[test]
    fn deleted_items_are_left_out() {
        let text = r#"{"items": [
            {"state": "deleted", "kind": "SessionSeries", "id": "gone-1", "modified": 3},
            {"state": "updated", "kind": "SessionSeries", "id": "s1", "modified": 4, "data": {
                "@type": "SessionSeries", "@id": "https://x.example/series/s1", "name": "Chair yoga",
                "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"}}
        ]}"#;
        let import = read(text, &ctx());
        assert_eq!(import.opportunities.len(), 1);
        assert_eq!(import.left_out.len(), 1);
        assert_eq!(import.left_out[0].reason, LeftOutReason::NotAnOpportunity);
        assert_eq!(
            import.left_out[0].place,
            Place::Record {
                index: 0,
                name: Some("gone-1".into())
            }
        );
        assert!(
            import
                .problems
                .iter()
                .any(|p| p.message == "deleted in the feed")
        );
    }

    /// Sessions of one series in a graph join the series' record as dates, times
    /// in UTC are converted to London time in winter and summer, and a cancelled
    /// session becomes an exception.
    #[test]
    fn graph_sessions_join_their_series() {
        let text = r#"{"@context": "https://openactive.io/", "@graph": [
            {"@type": "SessionSeries", "@id": "https://x.example/series/7", "name": "Knit and natter",
             "location": {"@id": "https://x.example/places/lib"},
             "organizer": {"@id": "https://x.example/orgs/1"},
             "eventSchedule": [{"@type": "PartialSchedule", "repeatFrequency": "P2W", "byDay": ["MO", "https://schema.org/Wednesday"],
                "startTime": "10:00", "endTime": "11:30", "startDate": "2024-01-01", "repeatCount": 4,
                "exceptDate": ["2024-01-03T10:00:00Z"]}]},
            {"@type": "ScheduledSession", "@id": "https://x.example/sessions/1", "superEvent": "https://x.example/series/7",
             "startDate": "2024-07-05T13:00:00Z", "endDate": "2024-07-05T14:00:00Z"},
            {"@type": "ScheduledSession", "@id": "https://x.example/sessions/2", "superEvent": "https://x.example/series/7",
             "startDate": "2024-01-15T10:00:00Z", "endDate": "2024-01-15T11:30:00Z", "eventStatus": "https://schema.org/EventCancelled"},
            {"@type": "Place", "@id": "https://x.example/places/lib", "name": "Central Library",
             "geo": {"latitude": "50.37", "longitude": -4.14},
             "amenityFeature": [{"@type": "LocationFeatureSpecification", "name": "Wheelchair accessible", "value": true},
                                {"name": "Accessible toilets", "value": true},
                                {"name": "Disabled parking", "value": true},
                                {"name": "Accessible Parking", "value": false}]},
            {"@type": "Organization", "@id": "https://x.example/orgs/1", "name": "City Libraries", "telephone": "01752 000000"},
            {"@type": "Brand", "@id": "https://x.example/brands/1", "name": "Unused"}
        ]}"#;
        let import = read(text, &ctx());
        assert_eq!(import.opportunities.len(), 1, "{:?}", import.problems);
        let o = &import.opportunities[0];
        assert_eq!(o.id, "oa-7");
        assert_eq!(o.provider.as_ref().unwrap().name, "City Libraries");
        assert_eq!(o.venue.as_deref(), Some("oa-lib"));
        assert_eq!(
            o.schedule,
            Schedule {
                start_date: Some(date("2024-01-01")),
                // Mo 1, We 3, Mo 15, We 17: every other week, four sessions.
                end_date: Some(date("2024-01-17")),
                weekly: vec![slot(&[Weekday::Mon, Weekday::Wed], "10:00", "11:30")],
                interval_weeks: 2,
                // 13:00 UTC in July is 14:00 in London.
                dates: vec![dated("2024-07-05", "14:00", "15:00")],
                except: vec![date("2024-01-03"), date("2024-01-15")],
            }
        );
        let v = import.venues.iter().find(|v| v.id == "oa-lib").unwrap();
        assert_eq!(
            v.accessibility,
            vec![
                VenueAccess::StepFree,
                VenueAccess::AccessibleToilet,
                VenueAccess::AccessibleParking
            ]
        );
        // The cancelled session and the unused brand are left out; the
        // organisation is used by the series.
        let reasons: Vec<_> = import
            .left_out
            .iter()
            .map(|l| (l.place.clone(), l.reason))
            .collect();
        assert_eq!(
            reasons,
            vec![
                (
                    Place::Record {
                        index: 5,
                        name: Some("Unused".into())
                    },
                    LeftOutReason::NotAnOpportunity
                ),
                (
                    Place::Record {
                        index: 2,
                        name: Some("Knit and natter".into())
                    },
                    LeftOutReason::NotAnOpportunity
                ),
            ]
        );
    }

    /// Mixed attendance is blended; languages come from codes and names; offers
    /// of 0 are free; unknown currencies fall back with a warning.
    #[test]
    fn blended_languages_and_free() {
        let text = r#"[{"@type": "Event", "@id": "urn:uuid:abc-1", "name": "Conversation café",
            "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
            "location": [{"@type": "VirtualLocation", "url": "https://meet.example"},
                         {"@type": "Place", "name": "Central Library", "geo": {"latitude": 53.35, "longitude": -6.26}}],
            "inLanguage": ["pl", "English", {"@type": "Language", "name": "Irish"}, "Klingon"],
            "startDate": "2024-01-10T18:00:00Z", "duration": "PT90M",
            "offers": [{"@type": "Offer", "price": 0, "priceCurrency": "GBP"}],
            "accessibilitySupport": [{"prefLabel": "Hearing loop"}, {"prefLabel": "British Sign Language"}],
            "accessibilityInformation": "Step-free access from the car park. There is no disabled parking."}]"#;
        let import = read(text, &ctx());
        let o = &import.opportunities[0];
        assert_eq!(o.id, "oa-abc-1");
        assert_eq!(o.mode, Mode::Blended);
        assert_eq!(o.languages, vec!["pl", "en", "ga"]);
        assert!(
            import
                .problems
                .iter()
                .any(|p| p.message.contains("Klingon"))
        );
        assert!(o.cost.free);
        assert_eq!(
            o.access,
            vec![SessionAccess::SignLanguage, SessionAccess::HearingLoop]
        );
        // Winter: UTC is London time.
        assert_eq!(
            o.schedule.dates,
            vec![dated("2024-01-10", "18:00", "19:30")]
        );
        assert_eq!(import.venues[0].accessibility, vec![VenueAccess::StepFree]);
    }

    /// Records that cannot be used are left out with the reason, the record's
    /// position and name, and the property.
    #[test]
    fn unusable_records_are_left_out() {
        let text = r#"[
            {"@type": "Event", "@id": "e/1", "startDate": "2024-01-10T18:00:00Z"},
            {"@type": "Event", "@id": "e/2", "name": "Nowhere", "startDate": "2024-01-10T18:00:00Z"},
            {"@type": "Event", "@id": "e/3", "name": "Bad date", "startDate": "10/01/2024", "location": {"name": "X", "geo": {"latitude": 1, "longitude": 1}}},
            {"@type": "Slot", "@id": "e/4", "name": "Court 1"},
            {"@type": "Event", "@id": "e/5", "name": "Cancelled", "eventStatus": "https://schema.org/EventCancelled"},
            {"@type": "Event", "@id": "e/6", "name": "Unknown place", "location": {"name": "Atlantis"}},
            42
        ]"#;
        let import = read(text, &ctx());
        assert!(import.opportunities.is_empty());
        let got: Vec<(usize, LeftOutReason)> = import
            .left_out
            .iter()
            .map(|l| match &l.place {
                Place::Record { index, .. } => (*index, l.reason),
                other => panic!("{other:?}"),
            })
            .collect();
        use LeftOutReason::*;
        assert_eq!(
            got,
            vec![
                (0, NoTitle),
                (1, NoLocation),
                (2, BadDate),
                (3, NotAnOpportunity),
                (4, NotAnOpportunity),
                (5, NoLocation),
                (6, Unreadable)
            ]
        );
        let bad_date = import
            .problems
            .iter()
            .find(|p| p.field.as_deref() == Some("startDate"))
            .unwrap();
        assert_eq!(
            bad_date.place,
            Place::Record {
                index: 2,
                name: Some("Bad date".into())
            }
        );
        assert!(bad_date.message.contains("`10/01/2024`"));
        let atlantis = import
            .problems
            .iter()
            .find(|p| p.message.contains("Atlantis"))
            .unwrap();
        assert_eq!(atlantis.field.as_deref(), Some("location.geo"));
    }

    /// A place with no coordinates is placed by a known venue of the same name.
    #[test]
    fn known_venue_by_name() {
        let mut ctx = ctx();
        ctx.venues.push(Venue {
            id: "central".into(),
            name: "Central Library".into(),
            address: None,
            postcode: None,
            neighbourhood: None,
            location: LatLon {
                lat: 50.0,
                lon: -4.0,
            },
            accessibility: vec![],
            opening_hours: vec![],
            url: None,
            phone: None,
        });
        let text = r#"{"@type": "Event", "name": "Rhyme time", "location": {"@type": "Place", "name": "central library"},
            "startDate": "2024-06-01T10:00:00+01:00", "endDate": "2024-06-01T10:30:00+01:00"}"#;
        let import = read(text, &ctx);
        let o = &import.opportunities[0];
        assert_eq!(o.venue.as_deref(), Some("central"));
        assert!(import.venues.is_empty());
        assert_eq!(
            o.schedule.dates,
            vec![dated("2024-06-01", "10:00", "10:30")]
        );
        // Without an id the record's id comes from its position.
        assert_eq!(o.id, "oa-record-1");
    }

    /// Dates and times are read with offsets, fractions and local times.
    #[test]
    fn iso_dates() {
        let c = ctx();
        let local = |t: &str| parse_iso(t).unwrap().local(&c).to_string();
        let cases = [
            ("2018-10-02T19:15:00Z", "2018-10-02T20:15"),
            ("2018-12-02T19:15:00Z", "2018-12-02T19:15"),
            ("2018-10-03T20:15:00+01:00", "2018-10-03T20:15"),
            ("2018-10-03T20:15:00.000+0100", "2018-10-03T20:15"),
            ("2018-10-03T15:15:00-04:00", "2018-10-03T20:15"),
            ("2018-10-03T20:15", "2018-10-03T20:15"),
            ("2018-10-03", "2018-10-03T00:00"),
        ];
        for (text, want) in cases {
            assert_eq!(local(text), want, "{text}");
        }
        for bad in [
            "",
            "2018-13-01",
            "2018-10-03T25:00Z",
            "2018-10-03T20:15+99:00",
            "tomorrow",
        ] {
            assert!(parse_iso(bad).is_err(), "{bad}");
        }
    }

    /// Money is written as people write it.
    #[test]
    fn money_is_written_plainly() {
        assert_eq!(money(3.3, "GBP"), "£3.30");
        assert_eq!(money(40.0, "EUR"), "€40");
    }

    /// Hostile input never panics: empty, truncated, deeply nested, huge numbers,
    /// wrong shapes, replaced invalid UTF-8 and random bytes.
    #[test]
    fn hostile_input_does_not_panic() {
        let c = ctx();
        let mut inputs: Vec<String> = vec![
            String::new(),
            "{".into(),
            "null".into(),
            "[[[[[[".into(),
            "[".repeat(100_000),
            format!("{}1{}", "[".repeat(200), "]".repeat(200)),
            r#"{"items": 5}"#.into(),
            r#"{"@graph": [null, 1, "x", {"@type": ["Event"], "name": "", "location": 7}]}"#.into(),
            r#"{"@type": "Event", "name": "x", "startDate": "2024-01-01T10:00:00Z", "endDate": "9999-12-31T23:59:59-18:00", "location": {"geo": {"latitude": 1e308, "longitude": -1e308}}}"#.into(),
            r#"{"@type": "SessionSeries", "name": "x", "eventAttendanceMode": "Online", "location": {"@type": "VirtualLocation"},
               "eventSchedule": {"repeatFrequency": "P999999999D", "startDate": "0000-01-01", "endDate": "9999-12-31", "startTime": "23:59", "repeatCount": 1e300, "byDay": [1, "XX"]},
               "ageRange": {"minValue": -5, "maxValue": 1e20}, "offers": [{"price": "NaN"}, {"price": 1e308, "priceCurrency": "€€€"}]}"#.into(),
            r#"{"@type": "Event", "name": "long", "startDate": "0000-01-01T00:00:00+18:00", "endDate": "9999-12-31T23:59:59Z", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"}"#.into(),
            r#"{"@type": "CourseInstance", "name": "x", "instanceOfCourse": "self", "@id": "self", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode", "eventSchedule": [{"repeatFrequency": "P1W", "startDate": "2024-01-01", "repeatCount": 4294967295, "startTime": "10:00", "byDay": "MO"}]}"#.into(),
            String::from_utf8_lossy(b"{\"name\": \"\xff\xfe\", \"@type\": \"Event\"}").into_owned(),
        ];
        // Random bytes from a fixed seed, read as lossy UTF-8.
        let alphabet = b"{}[]\":,0123456789.eE-+ abcnulltrue@typeName";
        inputs.extend(crate::random_texts(
            0x2545_f491_4f6c_dd1d,
            200,
            300,
            alphabet,
        ));
        // Fixture texts cut at every 97th character.
        let whole = fixture("sessionseries_example_1.json");
        for (cut, _) in whole.char_indices().step_by(97) {
            inputs.push(whole[..cut].to_owned());
        }
        for input in &inputs {
            let import = read(input, &c);
            // Whatever happened, something says so or something was read.
            let _ = import.summary();
        }
        assert!(
            read("", &c).problems[0]
                .message
                .starts_with("the text cannot be read as JSON")
        );
    }
}
