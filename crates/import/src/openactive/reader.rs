//! The OpenActive reader: follows references between items, maps each item by its
//! class, joins sessions to their series, and keeps or leaves out each record.
//!
//! Must never drop an item silently: every item ends kept, merged into its series,
//! used as a reference (an organisation, a concept), or left out with its reason.

use super::Object;
use super::details::{age, audience_for, cost, languages, level, session_access};
use super::model::{
    Class, Entry, Item, Location, VenueChoice, as_text, class_of, concept_label, id_text, item_id,
    label, last_segment, values,
};
use super::places::{has_amenity, is_virtual};
use super::schedules::add_session;
use crate::record::{Fail, Rec};
use crate::sessions::tidy;
use crate::vocab::{first_sentence, id_part, read_access_text};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::catalogue::Venue;
use learnlocal_core::opportunity::{
    Booking, JoinMethod, Kind, Mode, Opportunity, Provider, SessionAccess,
};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::schedule::Schedule;
use learnlocal_core::text::fold;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

pub(super) struct Reader<'a, 'c> {
    pub(super) ctx: &'c ImportContext,
    /// Items by their `@id`, to follow references such as `"superEvent": "https://…"`.
    pub(super) ids: HashMap<String, &'a Object>,
    /// Ids other items refer to: an Organization or Concept referred to is used,
    /// not left out.
    pub(super) referenced: HashSet<String>,
    pub(super) import: Import,
    /// Opportunity id → the source key (item id) it was made from.
    pub(super) opportunity_ids: HashMap<String, String>,
    /// Source key of a series (or a merged session group) → its opportunity's index.
    pub(super) groups: HashMap<String, usize>,
}

impl<'a, 'c> Reader<'a, 'c> {
    pub(super) fn new(ctx: &'c ImportContext, entries: &[Entry<'a>], import: Import) -> Self {
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

    pub(super) fn run(&mut self, entries: &[Entry<'a>]) {
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
    pub(super) fn object(&self, value: &'a Value) -> Option<&'a Object> {
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

    pub(super) fn record_place(index: usize, data: &Object, feed_id: &Option<String>) -> Place {
        let name = data
            .get("name")
            .and_then(as_text)
            .map(str::to_owned)
            .or_else(|| item_id(data))
            .or_else(|| feed_id.clone());
        Place::Record { index, name }
    }

    /// Maps one item that is not a scheduled session.
    pub(super) fn item(
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
    pub(super) fn session(&mut self, index: usize, feed_id: Option<String>, data: &'a Object) {
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
    pub(super) fn keep(
        &mut self,
        rec: Rec,
        mut opportunity: Opportunity,
        venue: Option<Venue>,
        key: &str,
    ) {
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

    /// Builds the record for an item (id left empty for [`Reader::keep`]) and the
    /// venue it needs, or says why it cannot be used.
    pub(super) fn opportunity(
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
        o.source = Some(self.ctx.source.as_str())
            .filter(|s| !s.is_empty())
            .map(Into::into);
        o.url = item.text("url").map(str::to_owned);
        o.provider = self.provider(item).map(Into::into);

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
    pub(super) fn provider(&self, item: Item<'a>) -> Option<Provider> {
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
    pub(super) fn mode(&self, rec: &mut Rec, item: Item<'a>, status: &str) -> Mode {
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
}

/// Collects the ids that values refer to (strings and bare `{"@id": …}`
/// objects naming an item), to a bounded depth.
pub(super) fn collect_references(
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
pub(super) fn last_two_segments(id: &str) -> String {
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
