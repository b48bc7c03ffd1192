//! Importers: other people's formats in, catalogue records out.
//!
//! This crate serves the keepers' tools (the data tool, the fuzz targets, and the
//! browser workbench's own wasm, through [`workbench`]), never the finder. Like the core it is pure: each reader takes text (never a path) and an
//! [`ImportContext`], and returns an [`Import`]: the records it could use, every
//! problem with its row or record, and every record it left out with the reason.
//! Nothing is dropped silently, and no input makes a reader panic.
//!
//! One folder per format, and no format imports another:
//! - [`table`] reads spreadsheets: LearnLocal's own and builds a whole catalogue
//!   from them, and any other spreadsheet through a column map ([`mapping`], the
//!   same opportunity rows under the keeper's own column names);
//! - [`hsds`] reads Open Referral HSDS (3.0, and the 1.x and 2.0 layouts before
//!   it), tabular and JSON;
//! - [`openactive`] reads OpenActive / schema.org JSON-LD;
//! - [`ical`] reads iCalendar.
//!
//! What the formats share lives once, below them: `csv_text` (CSV records with
//! their line numbers, and the ones that cannot be read), `vocab` (weekday,
//! language and accessibility words, first sentences, id parts), [`zone`] (IANA
//! zones from the tz database as POSIX rules), `record` (a record's warnings),
//! `rrule` (RFC 5545 repeat rules, `FREQ=MONTHLY;BYDAY=1TU`, as weekly or monthly
//! slots, or the reason they cannot be shown) and `sessions` (dated slots, weekly
//! counts, ISO 8601 durations).
//!
//! "Does not panic" is enforced: outside tests, clippy denies `unwrap`, `expect`,
//! indexing and `panic!` in this crate.

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod area;
mod csv_text;
pub mod files;
pub mod hsds;
pub mod ical;
pub mod openactive;
mod record;
mod rrule;
mod sessions;
pub mod table;
pub use table::mapping;
mod vocab;
pub mod workbench;
pub mod zone;

use learnlocal_core::catalogue::{LatLon, Neighbourhood, Skill, Venue};
use learnlocal_core::opportunity::Opportunity;
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::text::fold;
use learnlocal_core::tz::TimeZone;
use std::collections::BTreeMap;
use std::fmt;

/// The currency assumed for prices that do not say, when the catalogue does not
/// say either.
pub const DEFAULT_CURRENCY: &str = "EUR";

/// What an importer needs to know about the catalogue it imports into.
#[derive(Debug, Clone)]
pub struct ImportContext {
    /// The skills taxonomy, to map categories and labels to skill ids.
    pub skills: Vec<Skill>,
    /// The gazetteer, to place records that name a neighbourhood but have no coordinates.
    pub neighbourhoods: Vec<Neighbourhood>,
    /// Venues already known, to place records by venue name or postcode.
    pub venues: Vec<Venue>,
    /// The catalogue's zone: times in other zones (or UTC) are converted to it.
    pub zone: TimeZone,
    /// Written into each record's `source`, e.g. "Plymouth libraries CSV".
    pub source: String,
    /// Currency assumed for prices that do not say: the catalogue's (its settings'
    /// `currency`), else [`DEFAULT_CURRENCY`].
    pub default_currency: String,
}

impl ImportContext {
    /// The context a catalogue gives: its taxonomy, gazetteer, venues, zone and
    /// currency (else [`DEFAULT_CURRENCY`]), with `source` for each record.
    pub fn from_catalogue(catalogue: &learnlocal_core::Catalogue, source: &str) -> Self {
        Self {
            skills: catalogue.skills.clone(),
            neighbourhoods: catalogue.neighbourhoods.clone(),
            venues: catalogue.venues.clone(),
            zone: catalogue.time_zone.rule.clone(),
            source: source.to_owned(),
            default_currency: catalogue
                .currency
                .clone()
                .unwrap_or_else(|| DEFAULT_CURRENCY.to_owned()),
        }
    }
}

impl Default for ImportContext {
    fn default() -> Self {
        Self {
            skills: Vec::new(),
            neighbourhoods: Vec::new(),
            venues: Vec::new(),
            zone: TimeZone::utc(),
            source: String::new(),
            default_currency: DEFAULT_CURRENCY.to_owned(),
        }
    }
}

impl ImportContext {
    /// Coordinates for a place given only by name or postcode: a known venue
    /// with that name or postcode, else a gazetteer neighbourhood with that name.
    /// Names are compared folded for case.
    pub fn locate(&self, name: Option<&str>, postcode: Option<&str>) -> Option<LatLon> {
        self.venue_named(name, postcode)
            .map(|v| v.location)
            .or_else(|| {
                let name = fold(name?.trim());
                self.neighbourhoods
                    .iter()
                    .find(|n| !name.is_empty() && (fold(&n.name) == name || n.id == name))
                    .map(|n| n.centre)
            })
    }

    /// A known venue with this name or postcode (names folded for case and
    /// accents, postcodes without spaces).
    pub fn venue_named(&self, name: Option<&str>, postcode: Option<&str>) -> Option<&Venue> {
        let name = name.map(|n| fold(n.trim())).filter(|n| !n.is_empty());
        let postcode = postcode.map(normalise_postcode).filter(|p| !p.is_empty());
        self.venues.iter().find(|v| {
            name.as_deref().is_some_and(|n| fold(&v.name) == n)
                || postcode.as_deref().is_some_and(|p| {
                    v.postcode.as_deref().map(normalise_postcode).as_deref() == Some(p)
                })
        })
    }

    /// Skill ids for free-text categories: a category matches a skill when it
    /// equals the skill's id or label, folded for case.
    pub fn skills_for<'a>(&self, categories: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for category in categories {
            let c = fold(category.trim());
            if let Some(skill) = self
                .skills
                .iter()
                .find(|s| s.id == c || fold(&s.label) == c)
                && !ids.contains(&skill.id)
            {
                ids.push(skill.id.clone());
            }
        }
        ids
    }
}

fn normalise_postcode(p: &str) -> String {
    p.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Why a record was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LeftOutReason {
    /// It has no title.
    NoTitle,
    /// It has no coordinates and no place the gazetteer knows.
    NoLocation,
    /// A date does not parse.
    BadDate,
    /// A time does not parse.
    BadTime,
    /// Another value does not parse (a number, a code, a kind).
    BadValue,
    /// Its id is already used by an earlier record.
    DuplicateId,
    /// The record is not something a person can go to or join.
    NotAnOpportunity,
    /// The record could not be read at all.
    Unreadable,
    /// The place has closed (a library's "year closed").
    Closed,
}

impl fmt::Display for LeftOutReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NoTitle => "no title",
            Self::NoLocation => "no coordinates and no place the gazetteer knows",
            Self::BadDate => "a date that does not parse",
            Self::BadTime => "a time that does not parse",
            Self::BadValue => "a value that does not parse",
            Self::DuplicateId => "an id used twice",
            Self::NotAnOpportunity => "not something a person can go to or join",
            Self::Unreadable => "a record that cannot be read",
            Self::Closed => "closed",
        })
    }
}

/// A record left out, where it was, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The row or record.
    pub place: Place,
    /// Why.
    pub reason: LeftOutReason,
}

/// The result of one import.
#[derive(Debug, Clone, Default)]
pub struct Import {
    /// Venues created or found by the import.
    pub venues: Vec<Venue>,
    /// The records that could be used.
    pub opportunities: Vec<Opportunity>,
    /// Every problem: errors for records left out (one per cause), warnings for
    /// records kept with something suspicious.
    pub problems: Vec<Problem>,
    /// Every record left out, one entry per record.
    pub left_out: Vec<LeftOut>,
    /// What the input was read as, when a reader tells versions or layouts
    /// apart, with what showed it: "HSDS 1.x tabular package (regular_schedules.csv)".
    pub format: Option<String>,
}

impl Import {
    /// Records a left-out record and the error that explains it.
    pub fn leave_out(&mut self, problem: Problem, reason: LeftOutReason) {
        self.left_out.push(LeftOut {
            place: problem.place.clone(),
            reason,
        });
        self.problems.push(problem);
    }

    /// Adds a venue, or merges it into the one with the same id: access features
    /// are joined, and fields the known one lacks are filled in.
    pub fn add_venue(&mut self, venue: Venue) {
        let Some(known) = self.venues.iter_mut().find(|v| v.id == venue.id) else {
            self.venues.push(venue);
            return;
        };
        for a in venue.accessibility {
            if !known.accessibility.contains(&a) {
                known.accessibility.push(a);
            }
        }
        known.accessibility.sort();
        if known.opening_hours.is_empty() {
            known.opening_hours = venue.opening_hours;
        }
        known.address = known.address.take().or(venue.address);
        known.postcode = known.postcode.take().or(venue.postcode);
        known.url = known.url.take().or(venue.url);
        known.phone = known.phone.take().or(venue.phone);
    }

    /// Adds another import's results to this one.
    pub fn extend(&mut self, other: Import) {
        self.venues.extend(other.venues);
        self.opportunities.extend(other.opportunities);
        self.problems.extend(other.problems);
        self.left_out.extend(other.left_out);
        self.format = self.format.take().or(other.format);
    }

    /// How many records were left out, by reason.
    pub fn left_out_by_reason(&self) -> BTreeMap<LeftOutReason, usize> {
        let mut counts = BTreeMap::new();
        for l in &self.left_out {
            *counts.entry(l.reason).or_insert(0) += 1;
        }
        counts
    }

    /// "imported 12 opportunities (3 venues); left out 2: 1 no title, 1 …", after
    /// "read as …; " when the reader named the input's [`format`](Self::format).
    pub fn summary(&self) -> String {
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut s = match &self.format {
            Some(format) => format!("read as {format}; "),
            None => String::new(),
        };
        s.push_str(&format!(
            "imported {} ({}); left out {}",
            count(self.opportunities.len(), "opportunity", "opportunities"),
            count(self.venues.len(), "venue", "venues"),
            self.left_out.len()
        ));
        let reasons: Vec<String> = self
            .left_out_by_reason()
            .iter()
            .map(|(reason, n)| format!("{n} {reason}"))
            .collect();
        if !reasons.is_empty() {
            s.push_str(": ");
            s.push_str(&reasons.join(", "));
        }
        s
    }
}

/// `count` texts of random bytes from `alphabet` (xorshift from a fixed `seed`),
/// each up to `max_len` bytes, read as lossy UTF-8: hostile input for the
/// readers' no-panic tests.
#[cfg(test)]
pub(crate) fn random_texts(
    mut seed: u64,
    count: usize,
    max_len: u64,
    alphabet: &[u8],
) -> Vec<String> {
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..count)
        .map(|_| {
            let len = next() % max_len.max(1);
            let bytes: Vec<u8> = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            String::from_utf8_lossy(&bytes).into_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The summary counts what was kept and groups what was left out by reason.
    #[test]
    fn summary_groups_reasons() {
        let mut import = Import::default();
        let row = |line| Place::Row { line, name: None };
        import.leave_out(
            Problem::error(row(2), Some("title"), "no title"),
            LeftOutReason::NoTitle,
        );
        import.leave_out(
            Problem::error(row(3), Some("lat"), "x"),
            LeftOutReason::NoLocation,
        );
        import.leave_out(
            Problem::error(row(5), Some("lat"), "y"),
            LeftOutReason::NoLocation,
        );
        assert_eq!(
            import.summary(),
            "imported 0 opportunities (0 venues); left out 3: 1 no title, 2 no coordinates and no place the gazetteer knows"
        );
    }

    /// Places are found by venue name, postcode, or neighbourhood name, ignoring case.
    #[test]
    fn locate_by_name_postcode_or_neighbourhood() {
        let at = |lat| LatLon { lat, lon: -8.0 };
        let ctx = ImportContext {
            venues: vec![Venue {
                id: "lib".into(),
                name: "Central Library".into(),
                address: None,
                postcode: Some("T12 AB34".into()),
                neighbourhood: None,
                location: at(1.0),
                accessibility: vec![],
                opening_hours: vec![],
                url: None,
                phone: None,
            }],
            neighbourhoods: vec![Neighbourhood {
                id: "blackpool".into(),
                name: "Blackpool".into(),
                centre: at(2.0),
                outline: vec![],
                population: None,
                population_estimate: false,
            }],
            ..ImportContext::default()
        };
        assert_eq!(ctx.locate(Some("central library"), None), Some(at(1.0)));
        assert_eq!(ctx.locate(None, Some("t12ab34")), Some(at(1.0)));
        assert_eq!(ctx.locate(Some("BLACKPOOL"), None), Some(at(2.0)));
        assert_eq!(ctx.locate(Some("Atlantis"), Some("X1")), None);
        assert_eq!(ctx.locate(None, None), None);
    }
}
