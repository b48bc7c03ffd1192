//! What a shard's records have, in the index: how many records have each filter
//! option (the option counts before a shard is loaded, and whether a search can
//! find anything in it) and the cheapest price. Their words are summarised
//! apart (`words`), in a file loaded only for text.
//!
//! A summary rules a shard out for one filter group at a time
//! ([`Summary::ruled_out_by`]), and only when no record of the shard can pass
//! that group. Time-dependent groups (days, parts of the day, starts within,
//! open now) and the age are never summarised: they depend on the moment of the
//! search, or on ranges a count cannot hold, and rule nothing out.

use crate::catalogue::Venue;
use crate::filter::{AccessNeed, Filters};
use crate::opportunity::{Audience, Kind, Level, Mode, Opportunity};
use crate::search::{Group, suits};
use crate::token::Token;
use serde::{Deserialize, Serialize};

/// The records of one shard, counted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Opportunities.
    pub records: u32,
    /// Opportunities at a venue (all of an area shard's, none of an online one's).
    pub located: u32,
    /// By skill id, in id order: the records naming it.
    pub skills: Vec<(String, u32)>,
    /// By language code, in order: the records held in it.
    pub languages: Vec<(String, u32)>,
    /// By position in `Kind::ALL`.
    pub kinds: Vec<u32>,
    /// By position in `Mode::ALL`.
    pub modes: Vec<u32>,
    /// By position in `Level::ALL`.
    pub levels: Vec<u32>,
    /// By position in `Audience::ALL`: the records that suit it.
    pub audiences: Vec<u32>,
    /// By position in `AccessNeed::ALL`: the records whose venue or session
    /// provides it.
    pub access: Vec<u32>,
    /// Free records.
    pub free: u32,
    /// The lowest price of any record (0 when one is free); none when no record
    /// gives a price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cheapest: Option<f64>,
}

fn count_named(counts: &mut Vec<(String, u32)>, name: &str) {
    match counts.binary_search_by(|(n, _)| n.as_str().cmp(name)) {
        Ok(at) => {
            if let Some((_, n)) = counts.get_mut(at) {
                *n += 1;
            }
        }
        Err(at) => counts.insert(at, (name.to_owned(), 1)),
    }
}

fn named(counts: &[(String, u32)], name: &str) -> u32 {
    counts
        .binary_search_by(|(n, _)| n.as_str().cmp(name))
        .ok()
        .and_then(|at| counts.get(at))
        .map_or(0, |(_, n)| *n)
}

fn by_position<T: PartialEq>(all: &[T], has: impl Fn(&T) -> bool) -> impl Iterator<Item = usize> {
    all.iter()
        .enumerate()
        .filter(move |(_, t)| has(t))
        .map(|(i, _)| i)
}

/// True when no record has any of the options `chosen` picks out of `all`.
fn none_has<T: PartialEq>(counts: &[u32], all: &[T], chosen: impl Fn(&T) -> bool) -> bool {
    by_position(all, chosen).all(|i| counts.get(i).copied().unwrap_or(0) == 0)
}

fn add(counts: &mut Vec<u32>, len: usize, positions: impl Iterator<Item = usize>) {
    counts.resize(len, 0);
    for i in positions {
        if let Some(n) = counts.get_mut(i) {
            *n += 1;
        }
    }
}

impl Summary {
    /// The summary of `records`, each with its venue, as the finder sees them.
    pub(crate) fn of(records: &[(&Opportunity, Option<&Venue>)]) -> Self {
        let mut s = Summary::default();
        let needs = AccessNeed::ALL;
        for &(o, venue) in records {
            s.records += 1;
            s.located += u32::from(venue.is_some());
            for skill in &o.skills {
                count_named(&mut s.skills, skill);
            }
            for language in &o.languages {
                count_named(&mut s.languages, language);
            }
            add(
                &mut s.kinds,
                Kind::ALL.len(),
                by_position(&Kind::ALL, |k| o.kind == *k),
            );
            add(
                &mut s.modes,
                Mode::ALL.len(),
                by_position(&Mode::ALL, |m| o.mode == *m),
            );
            add(
                &mut s.levels,
                Level::ALL.len(),
                by_position(&Level::ALL, |l| o.level == *l),
            );
            add(
                &mut s.audiences,
                Audience::ALL.len(),
                by_position(&Audience::ALL, |a| suits(o, *a)),
            );
            let has = |need: &AccessNeed| match need {
                AccessNeed::Venue(a) => venue.is_some_and(|v| v.accessibility.contains(a)),
                AccessNeed::Session(a) => o.access.contains(a),
            };
            add(&mut s.access, needs.len(), by_position(needs, has));
            s.free += u32::from(o.cost.free);
            if let Some(price) = o.cost.lowest_amount() {
                s.cheapest = Some(s.cheapest.map_or(price, |c| c.min(price)));
            }
        }
        s
    }

    /// True when no record of the shard can pass `group` of `filters`; false
    /// for a group not in use, or one the summary says nothing about.
    pub fn ruled_out_by(&self, group: Group, filters: &Filters) -> bool {
        match group {
            Group::Online => filters.exclude_online && self.located == 0,
            Group::Skill => {
                !filters.skills.is_empty()
                    && filters.skills.iter().all(|id| named(&self.skills, id) == 0)
            }
            Group::Language => {
                !filters.languages.is_empty()
                    && filters
                        .languages
                        .iter()
                        .all(|code| named(&self.languages, code) == 0)
            }
            Group::Kind => {
                !filters.kinds.is_empty()
                    && none_has(&self.kinds, &Kind::ALL, |k| filters.kinds.contains(k))
            }
            Group::Mode => {
                !filters.modes.is_empty()
                    && none_has(&self.modes, &Mode::ALL, |m| filters.modes.contains(m))
            }
            Group::Level => {
                !filters.levels.is_empty()
                    && none_has(&self.levels, &Level::ALL, |l| filters.levels.contains(l))
            }
            Group::Audience => {
                !filters.audiences.is_empty()
                    && none_has(&self.audiences, &Audience::ALL, |a| {
                        filters.audiences.contains(a)
                    })
            }
            // Access needs narrow: a record must meet all of them, so one need no
            // record has rules the shard out.
            Group::Access => by_position(AccessNeed::ALL, |n| filters.access.contains(n))
                .any(|i| self.access.get(i).copied().unwrap_or(0) == 0),
            Group::Cost => {
                let free_out = filters.free && self.free == 0;
                // As `costs_at_most`: a record with no price passes no maximum.
                let price_out = filters
                    .max_price
                    .is_some_and(|max| self.cheapest.is_none_or(|c| c > f64::from(max)));
                free_out || price_out
            }
            // The text is the word summaries' (a file of its own), the
            // distance the plan's, from the bounds.
            Group::Text
            | Group::Distance
            | Group::Day
            | Group::Time
            | Group::Starts
            | Group::OpenNow
            | Group::Age => false,
        }
    }
}
