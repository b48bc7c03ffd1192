//! Finding: which opportunities pass the filters, in what order, how many each
//! filter option would give, and how to widen a list that came out empty.
//!
//! Everything a keystroke needs is prepared once in [`SearchIndex`]: per record
//! (folded text, venue position, next session), and per filter option, the set of
//! records that have it, one bit each (skills, kinds, languages, modes, levels,
//! audiences, access needs, free, days and parts of the day, open now), with the
//! distinct words of every record and the records each is in. A search combines
//! the chosen options' sets word by word, finds the typed words in the
//! vocabulary, scores the records those words are in from the postings alone,
//! and counts each option with population counts; only a maximum price and an
//! age look at records one by one. Distances are measured once per venue, and
//! the order by distance, title and id (with the sets of records within each
//! radius) is kept for the last origin searched from, so a keystroke from the
//! same place measures and compares nothing.

use crate::bits::Bits;
use crate::distance::distance_m;
use crate::filter::{AccessNeed, Filters, Radius, StartsWithin};
use crate::opportunity::{Audience, Kind, Level, Mode};
use crate::schedule::{PartOfDay, Schedule, Session};
use crate::sorted::sort_small_by;
use crate::sorted::{SortedMap, SortedSet};
use crate::text::{self, Field, Query, SearchDoc};
use crate::time::{Date, DateTime, Time, Weekday};
use crate::token::Token;
use crate::word_index::{TextMatch, WordIndex};
use crate::{Catalogue, LatLon, Opportunity};
use std::collections::HashMap;

#[cfg(test)]
mod reference;

/// One result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index into [`Catalogue::opportunities`].
    pub index: usize,
    /// Great-circle distance from the origin to the venue, in metres; `None` for
    /// an opportunity that is online only.
    pub distance_m: Option<f64>,
    /// How well the text matched; 0 without text.
    pub score: u32,
}

impl Hit {
    /// Minutes to walk the distance at an easy pace, rounded up; `None` when online.
    pub fn walk_minutes(&self) -> Option<u32> {
        self.distance_m
            .map(|m| (m / crate::filter::WALK_METRES_PER_MINUTE).ceil() as u32)
    }
}

/// What a search needs besides the filters.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The catalogue.
    pub catalogue: &'a Catalogue,
    /// Its prepared index.
    pub index: &'a SearchIndex,
    /// Where distances are measured from.
    pub origin: LatLon,
    /// The current local time in the catalogue's zone.
    pub now: DateTime,
}

/// Per-record data prepared once.
#[derive(Debug, Clone)]
struct Prepared {
    /// Where the title comes in A to Z order, ignoring case and accents:
    /// records with the same folded title have the same rank.
    title_rank: u32,
    /// Position of the record's venue in [`Catalogue::venues`].
    venue: Option<usize>,
    location: Option<LatLon>,
    /// Bit `i` set when the record or its venue provides `AccessNeed::all()[i]`.
    access: u32,
    /// For each weekday from Monday, bits for the parts of the day with a session.
    when: [u8; 7],
    next: Option<Session>,
}

/// Which records have each filter option: what does not change with time.
#[derive(Debug, Clone, Default)]
struct Options {
    /// Every record's words, and the records each is in.
    words: WordIndex,
    /// Records with a venue (not online only).
    located: Bits,
    /// By skill id, in id order: every skill a record names.
    skills: Vec<(String, Bits)>,
    /// By language, in order: every language a record names.
    languages: Vec<(String, Bits)>,
    /// By position in `Kind::ALL`.
    kinds: Vec<Bits>,
    /// By position in `Mode::ALL`.
    modes: Vec<Bits>,
    /// By position in `Level::ALL`.
    levels: Vec<Bits>,
    /// By position in `Audience::ALL`: the records that suit the audience.
    audiences: Vec<Bits>,
    /// By position in `AccessNeed::all()`.
    access: Vec<Bits>,
    /// Free records.
    free: Bits,
}

/// Which records have each time-dependent option, as of the index's moment.
#[derive(Debug, Clone, Default)]
struct Moment {
    /// By weekday from Monday times three plus part of the day (see `PARTS`):
    /// the records with a session to come then.
    when: Vec<Bits>,
    /// The records on at the index's moment: a session in progress, or a
    /// library whose venue is open.
    open_now: Bits,
    /// The records whose next session is this week, and this month.
    starts: [Bits; 2],
}

impl Moment {
    /// The records whose next session is within `starts` of the index's day;
    /// `None` for "any time", which all are.
    fn starting(&self, starts: StartsWithin) -> Option<&Bits> {
        match starts {
            StartsWithin::Any => None,
            StartsWithin::Week => self.starts.first(),
            StartsWithin::Month => self.starts.get(1),
        }
    }
}

/// The catalogue prepared for searching.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    records: Vec<Prepared>,
    options: Options,
    moment: Moment,
    /// The records in distance order from the last origin searched from.
    by_distance: OriginMemo,
    /// The moment the time-dependent parts (each record's next session, which
    /// days still have sessions) were worked out for.
    as_of: DateTime,
    /// When they, or whether something is on now, next change: the earliest start
    /// of a next session still to come, end of one in progress, opening or
    /// closing of a venue, or midnight.
    fresh_until: DateTime,
}

const PARTS: [(PartOfDay, u16, u16); 3] = [
    (PartOfDay::Morning, 0, 12 * 60),
    (PartOfDay::Afternoon, 12 * 60, 17 * 60),
    (PartOfDay::Evening, 17 * 60, 24 * 60),
];

/// The position of a part of the day in `PARTS`.
fn part_position(part: PartOfDay) -> usize {
    PARTS.iter().position(|(p, _, _)| *p == part).unwrap_or(0)
}

/// The parts of the day a session from `start` to `end` (minutes) overlaps.
fn parts_between(start: u16, end: u16) -> u8 {
    let end = if end <= start { 24 * 60 } else { end };
    PARTS
        .iter()
        .enumerate()
        .filter(|(_, (_, from, to))| start < *to && end > *from)
        .fold(0, |bits, (i, _)| bits | (1 << i))
}

fn day_index(day: Weekday) -> usize {
    usize::from(day.number_from_monday().saturating_sub(1)).min(6)
}

impl SearchIndex {
    /// Prepares every record of the catalogue; `now` fixes each record's next
    /// session and which one-off dates are still to come.
    pub fn new(catalogue: &Catalogue, now: DateTime) -> Self {
        // The records' text is needed only to build the word index.
        let (records, docs) = Self::prepare(catalogue, now);
        let options = options_of(catalogue, &records, &docs);
        drop(docs);
        let moment = moment_of(catalogue, &records, now);
        let mut index = Self {
            records,
            options,
            moment,
            by_distance: OriginMemo::default(),
            as_of: now,
            fresh_until: now,
        };
        index.fresh_until = index.fresh_until_from(catalogue, now);
        index
    }

    /// Each record prepared, and its searchable text.
    fn prepare(catalogue: &Catalogue, now: DateTime) -> (Vec<Prepared>, Vec<SearchDoc>) {
        let needs = AccessNeed::all();
        // Venue positions by id, the first venue winning as in `Catalogue::venue`.
        let mut venue_at: HashMap<&str, usize> = HashMap::new();
        for (i, v) in catalogue.venues.iter().enumerate() {
            venue_at.entry(v.id.as_str()).or_insert(i);
        }
        let title_ranks = title_ranks(catalogue);
        catalogue
            .opportunities
            .iter()
            .zip(title_ranks)
            .map(|(o, title_rank)| {
                let venue_index = o.venue.as_deref().and_then(|id| venue_at.get(id).copied());
                let venue = venue_index.and_then(|i| catalogue.venues.get(i));
                let has = |need: &AccessNeed| match need {
                    AccessNeed::Venue(a) => venue.is_some_and(|v| v.accessibility.contains(a)),
                    AccessNeed::Session(a) => o.access.contains(a),
                };
                let access = needs
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| has(n))
                    .fold(0, |bits, (i, _)| bits | (1 << i));
                let prepared = Prepared {
                    title_rank,
                    venue: venue_index,
                    location: venue.map(|v| v.location),
                    access,
                    when: when_mask(o, now.date),
                    next: o.schedule.next_sessions(now, 1).into_iter().next(),
                };
                (prepared, search_doc(catalogue, o, venue))
            })
            .unzip()
    }

    /// The moment the index's next sessions and days were worked out for: the
    /// time to search at, as nothing the search depends on changes until the
    /// index stops being fresh.
    pub fn as_of(&self) -> DateTime {
        self.as_of
    }

    /// The next session of record `index` as of when the index was built or last
    /// refreshed.
    pub fn next_session(&self, index: usize) -> Option<Session> {
        self.records.get(index).and_then(|r| r.next)
    }

    /// True while what the index says about time still holds at `now`: no session
    /// or venue opening has started or ended since, and it is still the same day.
    pub fn is_fresh_at(&self, now: DateTime) -> bool {
        now.minutes_since_epoch() < self.fresh_until.minutes_since_epoch()
    }

    /// The index as of `now`, when time has moved past it: every record's next
    /// session and days still to come worked out again, and the text, places and
    /// access kept as they are (they do not change with time). `None` while the
    /// index is still fresh, so a caller can keep the one it has.
    pub fn refreshed(&self, catalogue: &Catalogue, now: DateTime) -> Option<SearchIndex> {
        if self.is_fresh_at(now) {
            return None;
        }
        let records: Vec<Prepared> = self
            .records
            .iter()
            .zip(&catalogue.opportunities)
            .map(|(p, o)| Prepared {
                when: when_mask(o, now.date),
                next: o.schedule.next_sessions(now, 1).into_iter().next(),
                ..p.clone()
            })
            .collect();
        let moment = moment_of(catalogue, &records, now);
        let mut index = SearchIndex {
            records,
            options: self.options.clone(),
            moment,
            by_distance: OriginMemo::default(),
            as_of: now,
            fresh_until: now,
        };
        index.fresh_until = index.fresh_until_from(catalogue, now);
        Some(index)
    }

    /// The first moment after `now` when a next session starts or ends, a venue
    /// opens or closes, or the day changes.
    fn fresh_until_from(&self, catalogue: &Catalogue, now: DateTime) -> DateTime {
        let midnight = DateTime::new(now.date.add_days(1), Time::MIDNIGHT);
        let after = now.minutes_since_epoch();
        // A session still to come changes things when it starts; one in progress
        // when it ends.
        let change = |s: Session| {
            let start = DateTime::new(s.date, s.start);
            if start.minutes_since_epoch() > after {
                start
            } else {
                s.ends_at()
            }
        };
        let opening_hours = catalogue.venues.iter().filter_map(|v| {
            crate::schedule::Schedule {
                weekly: v.opening_hours.clone(),
                ..Default::default()
            }
            .next_sessions(now, 1)
            .into_iter()
            .next()
        });
        self.records
            .iter()
            .filter_map(|r| r.next)
            .chain(opening_hours)
            .map(change)
            .fold(midnight, |a, b| {
                if b.minutes_since_epoch() < a.minutes_since_epoch() {
                    b
                } else {
                    a
                }
            })
    }
}

/// A record's searchable text: its title and summary (and their translations,
/// as words of the title and summary: a search in Polish finds it in Polish),
/// its skills' labels, its provider's name and its venue's name.
pub(crate) fn search_doc(
    catalogue: &Catalogue,
    o: &Opportunity,
    venue: Option<&crate::Venue>,
) -> SearchDoc {
    let mut fields = vec![
        (Field::Title, o.title.as_str()),
        (Field::Summary, o.summary.as_str()),
    ];
    for t in o.translations.iter() {
        fields.extend(t.title.as_deref().map(|text| (Field::Title, text)));
        fields.extend(t.summary.as_deref().map(|text| (Field::Summary, text)));
    }
    fields.extend(
        o.skills
            .iter()
            .map(|s| (Field::Skill, catalogue.skill_label(s))),
    );
    if let Some(p) = &o.provider {
        fields.push((Field::Provider, p.name.as_str()));
    }
    if let Some(v) = venue {
        fields.push((Field::Venue, v.name.as_str()));
    }
    SearchDoc::new(fields)
}

/// Each opportunity's place in A to Z order of folded titles, equal titles
/// sharing a rank: the order the folded titles give, without keeping them.
fn title_ranks(catalogue: &Catalogue) -> Vec<u32> {
    let mut titles: Vec<(String, u32)> = catalogue
        .opportunities
        .iter()
        .zip(0..)
        .map(|(o, i)| (text::fold(&o.title), i))
        .collect();
    crate::sorted::sort_by(&mut titles, Ord::cmp);
    let mut ranks = vec![0; titles.len()];
    let mut rank = 0;
    let mut previous: Option<&str> = None;
    for (title, i) in &titles {
        if previous.is_some_and(|p| p != title) {
            rank += 1;
        }
        previous = Some(title);
        if let Some(r) = ranks.get_mut(*i as usize) {
            *r = rank;
        }
    }
    ranks
}

/// The records with each option, one set per option.
fn options_of(catalogue: &Catalogue, records: &[Prepared], docs: &[SearchDoc]) -> Options {
    let n = records.len();
    let opportunities = &catalogue.opportunities;
    let each = |has: &dyn Fn(&Opportunity) -> bool| {
        Bits::from_fn(n, |r| opportunities.get(r).is_some_and(has))
    };
    let mut skills: Vec<(String, Bits)> = Vec::new();
    let mut languages: Vec<(String, Bits)> = Vec::new();
    for (r, o) in opportunities.iter().enumerate().take(n) {
        for skill in &o.skills {
            add_named(&mut skills, skill, r, n);
        }
        for language in &o.languages {
            add_named(&mut languages, language, r, n);
        }
    }
    Options {
        words: WordIndex::new(docs.iter()),
        located: Bits::from_fn(n, |r| records.get(r).is_some_and(|p| p.location.is_some())),
        skills,
        languages,
        kinds: Kind::ALL.iter().map(|k| each(&|o| o.kind == *k)).collect(),
        modes: Mode::ALL.iter().map(|m| each(&|o| o.mode == *m)).collect(),
        levels: Level::ALL
            .iter()
            .map(|l| each(&|o| o.level == *l))
            .collect(),
        audiences: Audience::ALL
            .iter()
            .map(|a| each(&|o| suits(o, *a)))
            .collect(),
        access: (0..AccessNeed::ALL.len())
            .map(|i| {
                Bits::from_fn(n, |r| {
                    records.get(r).is_some_and(|p| p.access & (1 << i) != 0)
                })
            })
            .collect(),
        free: each(&|o| o.cost.free),
    }
}

/// Adds record `r` (of `n`) to the set named `name`, adding the set if new.
fn add_named(sets: &mut Vec<(String, Bits)>, name: &str, r: usize, n: usize) {
    let at = match sets.binary_search_by(|(id, _)| id.as_str().cmp(name)) {
        Ok(at) => at,
        Err(at) => {
            sets.insert(at, (name.to_owned(), Bits::none(n)));
            at
        }
    };
    if let Some((_, bits)) = sets.get_mut(at) {
        bits.insert(r);
    }
}

/// The set named `name`, if any record has it.
fn named<'a>(sets: &'a [(String, Bits)], name: &str) -> Option<&'a Bits> {
    sets.binary_search_by(|(id, _)| id.as_str().cmp(name))
        .ok()
        .and_then(|at| sets.get(at))
        .map(|(_, bits)| bits)
}

/// The records with each time-dependent option at `now`.
fn moment_of(catalogue: &Catalogue, records: &[Prepared], now: DateTime) -> Moment {
    let n = records.len();
    let when = (0..7 * PARTS.len())
        .map(|i| {
            let (day, part) = (i / PARTS.len(), i % PARTS.len());
            Bits::from_fn(n, |r| {
                records
                    .get(r)
                    .and_then(|p| p.when.get(day))
                    .is_some_and(|bits| bits & (1 << part) != 0)
            })
        })
        .collect();
    let starting = |starts: StartsWithin| {
        let by = starts_by(starts, now.date);
        Bits::from_fn(n, |r| {
            records
                .get(r)
                .is_some_and(|p| by.is_none_or(|by| p.next.is_some_and(|s| s.date <= by)))
        })
    };
    Moment {
        when,
        open_now: open_at(catalogue, records, now),
        starts: [starting(StartsWithin::Week), starting(StartsWithin::Month)],
    }
}

/// The records on at `now`: a session in progress, or a library whose venue is
/// open (each venue's hours are looked at once, not once per record).
fn open_at(catalogue: &Catalogue, records: &[Prepared], now: DateTime) -> Bits {
    let venue_open: Vec<bool> = catalogue
        .venues
        .iter()
        .map(|v| {
            Schedule {
                weekly: v.opening_hours.clone(),
                ..Default::default()
            }
            .is_open_at(now)
        })
        .collect();
    Bits::from_fn(records.len(), |r| {
        let (Some(o), Some(p)) = (catalogue.opportunities.get(r), records.get(r)) else {
            return false;
        };
        o.schedule.is_open_at(now)
            || (o.kind == Kind::Library
                && p.venue
                    .and_then(|v| venue_open.get(v))
                    .copied()
                    .unwrap_or(false))
    })
}

/// The days and parts of the day on which a record has sessions to come: its
/// weekly and monthly slots (a first Tuesday is on a Tuesday) unless the series
/// has ended, and its one-off dates from `today` on.
fn when_mask(o: &Opportunity, today: Date) -> [u8; 7] {
    let mut mask = [0u8; 7];
    let minutes = |t: crate::time::Time| t.minutes_since_midnight();
    let ended = o.schedule.end_date.is_some_and(|end| end < today);
    let weekly = o.schedule.weekly.iter().map(|s| (&s.days, s.start, s.end));
    let monthly = o.schedule.monthly.iter().map(|s| (&s.days, s.start, s.end));
    for (days, start, end) in weekly.chain(monthly).filter(|_| !ended) {
        let parts = parts_between(minutes(start), minutes(end));
        for &day in days {
            add_parts(&mut mask, day, parts);
        }
    }
    for dated in o.schedule.dates.iter().filter(|d| d.date >= today) {
        add_parts(
            &mut mask,
            dated.date.weekday(),
            parts_between(minutes(dated.start), minutes(dated.end)),
        );
    }
    mask
}

/// Marks the parts of the day `parts` as having a session on `day`.
fn add_parts(mask: &mut [u8; 7], day: Weekday, parts: u8) {
    if let Some(bits) = mask.get_mut(day_index(day)) {
        *bits |= parts;
    }
}

/// The filter groups, each an independent condition (options within a group widen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Group {
    /// The search text.
    Text,
    /// The radius around the place.
    Distance,
    /// Leaving out online-only records.
    Online,
    /// Skills.
    Skill,
    /// Kinds.
    Kind,
    /// Access needs.
    Access,
    /// Days of the week.
    Day,
    /// Parts of the day.
    Time,
    /// How soon it starts.
    Starts,
    /// Open now.
    OpenNow,
    /// Free, or a maximum price.
    Cost,
    /// Languages.
    Language,
    /// Delivery modes.
    Mode,
    /// Levels.
    Level,
    /// Audiences.
    Audience,
    /// Age.
    Age,
}

impl Group {
    /// Every group.
    pub const ALL: [Self; 16] = [
        Self::Text,
        Self::Distance,
        Self::Online,
        Self::Skill,
        Self::Kind,
        Self::Access,
        Self::Day,
        Self::Time,
        Self::Starts,
        Self::OpenNow,
        Self::Cost,
        Self::Language,
        Self::Mode,
        Self::Level,
        Self::Audience,
        Self::Age,
    ];
}

/// The end of the window a "starts within" choice allows, inclusive.
fn starts_by(starts: StartsWithin, today: Date) -> Option<Date> {
    match starts {
        StartsWithin::Any => None,
        StartsWithin::Week => {
            Some(today.add_days(7 - i64::from(today.weekday().number_from_monday())))
        }
        StartsWithin::Month => {
            let first_of_next = if today.month() == 12 {
                Date::new(today.year() + 1, 1, 1)
            } else {
                Date::new(today.year(), today.month() + 1, 1)
            };
            first_of_next.map(|d| d.add_days(-1))
        }
    }
}

/// True when the audience choice admits the record: records for everyone (or
/// that say nothing) suit every audience.
pub(crate) fn suits(o: &Opportunity, audience: Audience) -> bool {
    o.audience.is_empty()
        || o.audience.contains(&Audience::Everyone)
        || o.audience.contains(&audience)
}

/// True when the record is free if `free` asks, and its lowest price is at most
/// `max_price` if one is given.
fn costs_at_most(free: bool, max_price: Option<u32>, o: &Opportunity) -> bool {
    let free_ok = !free || o.cost.free;
    let max_ok =
        max_price.is_none_or(|max| o.cost.lowest_amount().is_some_and(|a| a <= f64::from(max)));
    free_ok && max_ok
}

/// Every record's place in the finder's tie-break order from one origin:
/// distance (online-only records last), then title ignoring case, then id.
#[derive(Debug)]
struct OriginOrder {
    origin: LatLon,
    /// The distance from the origin to each venue, in metres.
    venue_m: Vec<f64>,
    /// The records, in that order.
    order: Vec<u32>,
    /// Each record's position in `order`.
    rank: Vec<u32>,
    /// By position in `Radius::ALL`: the records within it (online-only
    /// records always are).
    within: Vec<Bits>,
}

/// The [`OriginOrder`] of the last origin searched from. The origin rarely
/// changes while a person types, so each search after the first from a place
/// measures no distance and compares no titles: it filters or sorts by rank. A
/// lock rather than a cell, so that the index can be shared; a clone starts empty.
#[derive(Debug, Default)]
struct OriginMemo(std::sync::Mutex<Option<std::sync::Arc<OriginOrder>>>);

impl Clone for OriginMemo {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl OriginOrder {
    /// The records within `radius`; `None` for "any distance", which all are.
    fn within_radius(&self, radius: Radius) -> Option<&Bits> {
        radius.metres()?;
        Radius::ALL
            .iter()
            .position(|r| *r == radius)
            .and_then(|i| self.within.get(i))
    }
}

impl SearchIndex {
    /// The tie-break order from `ctx.origin`, remembered for the next search.
    fn order_from(&self, ctx: &Context<'_>) -> std::sync::Arc<OriginOrder> {
        let same = |o: &OriginOrder| {
            o.origin.lat.to_bits() == ctx.origin.lat.to_bits()
                && o.origin.lon.to_bits() == ctx.origin.lon.to_bits()
        };
        let mut memo = self.by_distance.0.lock().ok();
        if let Some(order) = memo.as_ref().and_then(|m| m.as_ref()).filter(|o| same(o)) {
            return order.clone();
        }
        let order = std::sync::Arc::new(self.order_by_distance(ctx));
        if let Some(memo) = memo.as_mut() {
            **memo = Some(order.clone());
        }
        order
    }

    /// Sorts every record by distance from `ctx.origin`, then title, then id.
    fn order_by_distance(&self, ctx: &Context<'_>) -> OriginOrder {
        let venue_m: Vec<f64> = ctx
            .catalogue
            .venues
            .iter()
            .map(|v| distance_m(ctx.origin, v.location))
            .collect();
        let far = f64::INFINITY;
        let id = |r: u32| {
            ctx.catalogue
                .opportunities
                .get(r as usize)
                .map_or("", |o| o.id.as_str())
        };
        let records: Vec<(u32, f64, &Prepared)> = self
            .records
            .iter()
            .enumerate()
            .map(|(r, p)| (r as u32, distance_of(p, &venue_m).unwrap_or(far), p))
            .collect();
        let mut sorted = records;
        crate::sorted::sort_by(&mut sorted, |(ra, da, pa), (rb, db, pb)| {
            da.total_cmp(db)
                .then_with(|| pa.title_rank.cmp(&pb.title_rank))
                .then_with(|| id(*ra).cmp(id(*rb)))
        });
        let order: Vec<u32> = sorted.iter().map(|(r, _, _)| *r).collect();
        let mut rank = vec![0; order.len()];
        for (at, &r) in order.iter().enumerate() {
            if let Some(place) = rank.get_mut(r as usize) {
                *place = at as u32;
            }
        }
        let n = self.records.len();
        let within = Radius::ALL
            .iter()
            .map(|&radius| {
                Bits::from_fn(n, |r| {
                    self.records
                        .get(r)
                        .is_some_and(|p| within(radius, distance_of(p, &venue_m)))
                })
            })
            .collect();
        OriginOrder {
            origin: ctx.origin,
            venue_m,
            order,
            rank,
            within,
        }
    }
}

/// Which records pass each group of the filters, for one search: a set per group
/// in use (`None` for a group that passes every record). Day and time are one
/// condition, kept under [`Group::Day`]; [`Group::Time`]'s place stays `None`.
struct Passing {
    by_group: [Option<Bits>; Group::ALL.len()],
    len: usize,
    /// The records the text matches, with their scores; `None` without text.
    text: Option<TextMatch>,
}

impl Passing {
    fn new(ctx: &Context<'_>, f: &Filters, query: &Query, by_distance: &OriginOrder) -> Self {
        let index = ctx.index;
        let options = &index.options;
        let n = index.records.len();
        let opportunities = &ctx.catalogue.opportunities;
        let each = |has: &dyn Fn(&Opportunity, &Prepared) -> bool| {
            Bits::from_fn(n, |r| match (opportunities.get(r), index.records.get(r)) {
                (Some(o), Some(p)) => has(o, p),
                _ => false,
            })
        };
        let mut by_group: [Option<Bits>; Group::ALL.len()] = Default::default();
        let mut set = |group: Group, bits: Option<Bits>| {
            if let Some(place) = by_group.get_mut(group as usize) {
                *place = bits;
            }
        };
        let text = (!query.is_empty()).then(|| options.words.matching(query));
        set(Group::Text, text.as_ref().map(|t| t.matched.clone()));
        set(
            Group::Distance,
            f.radius
                .metres()
                .and_then(|_| by_distance.within_radius(f.radius).cloned()),
        );
        set(
            Group::Online,
            f.exclude_online.then(|| options.located.clone()),
        );
        set(
            Group::Skill,
            (!f.skills.is_empty()).then(|| {
                let mut any = Bits::none(n);
                for skill in &f.skills {
                    if let Some(bits) = named(&options.skills, skill) {
                        any.or_with(bits);
                    }
                }
                any
            }),
        );
        set(Group::Kind, any_of(&options.kinds, &Kind::ALL, &f.kinds, n));
        set(
            Group::Access,
            (!f.access.is_empty()).then(|| {
                let mut all = Bits::all(n);
                for need in &f.access {
                    match AccessNeed::ALL
                        .iter()
                        .position(|m| m == need)
                        .and_then(|i| options.access.get(i))
                    {
                        Some(bits) => all.and_with(bits),
                        None => all = Bits::none(n),
                    }
                }
                all
            }),
        );
        set(
            Group::Day,
            (!(f.days.is_empty() && f.times.is_empty()))
                .then(|| index.on_days_in_parts(&f.days, &f.times)),
        );
        set(
            Group::Starts,
            starts_by(f.starts, ctx.now.date).map(|by| {
                match index
                    .moment
                    .starting(f.starts)
                    .filter(|_| ctx.now.date == index.as_of.date)
                {
                    Some(bits) => bits.clone(),
                    None => each(&|_, p| p.next.is_some_and(|s| s.date <= by)),
                }
            }),
        );
        set(Group::OpenNow, f.open_now.then(|| open_now(ctx)));
        set(
            Group::Cost,
            match f.max_price {
                // "Free only" alone is an option set; a price needs the records'.
                None => f.free.then(|| options.free.clone()),
                Some(_) => Some(each(&|o, _| costs_at_most(f.free, f.max_price, o))),
            },
        );
        set(
            Group::Language,
            (!f.languages.is_empty()).then(|| {
                let mut any = Bits::none(n);
                for language in &f.languages {
                    if let Some(bits) = named(&options.languages, language) {
                        any.or_with(bits);
                    }
                }
                any
            }),
        );
        set(Group::Mode, any_of(&options.modes, &Mode::ALL, &f.modes, n));
        set(
            Group::Level,
            any_of(&options.levels, &Level::ALL, &f.levels, n),
        );
        set(
            Group::Audience,
            any_of(&options.audiences, &Audience::ALL, &f.audiences, n),
        );
        set(
            Group::Age,
            f.age
                .map(|age| each(&|o, _| o.age.is_none_or(|r| r.admits(age)))),
        );
        Self {
            by_group,
            len: n,
            text,
        }
    }

    /// The records that pass every group but `skip` (every group with `None`).
    fn all_but(&self, skip: Option<Group>) -> Bits {
        let mut out = Bits::all(self.len);
        for (g, bits) in self.by_group.iter().enumerate() {
            if let Some(bits) = bits
                && skip.is_none_or(|s| s as usize != g)
            {
                out.and_with(bits);
            }
        }
        out
    }

    /// The records that pass the group, `None` when it passes all.
    fn group(&self, group: Group) -> Option<&Bits> {
        self.by_group.get(group as usize).and_then(Option::as_ref)
    }
}

impl SearchIndex {
    /// The records with a session on one of `days` (any day when none) in one of
    /// the parts of the day `parts` (any part when none).
    fn on_days_in_parts(&self, days: &SortedSet<Weekday>, parts: &SortedSet<PartOfDay>) -> Bits {
        let mut any = Bits::none(self.records.len());
        for day in Weekday::ALL {
            if !days.is_empty() && !days.contains(&day) {
                continue;
            }
            for (part, _, _) in PARTS {
                if !parts.is_empty() && !parts.contains(&part) {
                    continue;
                }
                if let Some(bits) = self
                    .moment
                    .when
                    .get(day_index(day) * PARTS.len() + part_position(part))
                {
                    any.or_with(bits);
                }
            }
        }
        any
    }
}

/// The records whose kind, mode, level or audience (as `sets`, by position in
/// `all`) is one of those `chosen`; `None` when none are.
fn any_of<T: Ord>(sets: &[Bits], all: &[T], chosen: &SortedSet<T>, n: usize) -> Option<Bits> {
    (!chosen.is_empty()).then(|| {
        let mut any = Bits::none(n);
        for (bits, _) in sets.iter().zip(all).filter(|(_, t)| chosen.contains(*t)) {
            any.or_with(bits);
        }
        any
    })
}

/// The records on at the context's moment: kept in the index for its own
/// moment, worked out again for any other.
fn open_now(ctx: &Context<'_>) -> Bits {
    if ctx.now == ctx.index.as_of {
        ctx.index.moment.open_now.clone()
    } else {
        open_at(ctx.catalogue, &ctx.index.records, ctx.now)
    }
}

/// A record's distance; `None` for a record that is online only.
fn distance_of(p: &Prepared, venue_m: &[f64]) -> Option<f64> {
    p.venue.and_then(|v| venue_m.get(v)).copied()
}

/// True when a record at `distance_m` is within the radius (online-only records
/// always are).
fn within(radius: Radius, distance_m: Option<f64>) -> bool {
    match (radius.metres(), distance_m) {
        (None, _) | (_, None) => true,
        (Some(limit), Some(d)) => d <= limit,
    }
}

/// The opportunities that pass every filter, in the filters' order.
///
/// Distance order puts online-only records last; soonest puts records with no
/// upcoming session last; relevance uses the text score (and is distance order
/// without text). Ties are broken by distance, then title ignoring case, then id,
/// so the order is the same on every device. Only the records that pass every
/// filter are scored and measured.
pub fn find(ctx: &Context<'_>, filters: &Filters) -> Vec<Hit> {
    let query = Query::parse(&filters.text);
    let by_distance = ctx.index.order_from(ctx);
    let venue_m = &by_distance.venue_m;
    let passing = Passing::new(ctx, filters, &query, &by_distance);
    let listed = passing.all_but(None);
    let hit = |index: usize| {
        let p = ctx.index.records.get(index)?;
        let score = match &passing.text {
            None => 0,
            Some(text) => text.score(index)?,
        };
        let hit = Hit {
            index,
            distance_m: distance_of(p, venue_m),
            score,
        };
        Some((hit, p))
    };
    // In tie-break order: the records listed, picked from the whole order when
    // they are many, or sorted by their rank in it when they are few.
    let mut hits: Vec<(Hit, &Prepared)> = if listed.count() * 16 > by_distance.order.len() {
        by_distance
            .order
            .iter()
            .map(|&r| r as usize)
            .filter(|&r| listed.contains(r))
            .filter_map(hit)
            .collect()
    } else {
        let mut hits: Vec<(Hit, &Prepared)> = listed.ones().filter_map(hit).collect();
        let rank = |h: &Hit| by_distance.rank.get(h.index).copied().unwrap_or(u32::MAX);
        crate::sorted::sort_by_key(&mut hits, |(h, _)| rank(h));
        hits
    };
    // Then the chosen order, stably, so that ties keep the tie-break order.
    match filters.sort {
        crate::filter::Sort::Distance => {}
        crate::filter::Sort::Soonest => crate::sorted::sort_by_key(&mut hits, |(_, p)| {
            (p.next.is_none(), p.next.map(|s| s.starts_at()))
        }),
        crate::filter::Sort::Relevance => {
            crate::sorted::sort_by_key(&mut hits, |(h, _)| std::cmp::Reverse(h.score))
        }
        crate::filter::Sort::Title => crate::sorted::sort_by_key(&mut hits, |(_, p)| p.title_rank),
    }
    hits.into_iter().map(|(hit, _)| hit).collect()
}

/// What an option of a check group says about ticking it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionCount {
    /// With this option the only one ticked in its group, the list has this many
    /// results. An option that is ticked shows this too: how many of the results
    /// listed have it. Access needs, which narrow, always give a count: the length
    /// of the list with the need added to those ticked.
    Gives(usize),
    /// Other options of its any-of group are ticked: ticking this one adds this
    /// many results to the list.
    Adds(usize),
}

impl OptionCount {
    /// The number, whichever it is.
    pub fn value(self) -> usize {
        match self {
            Self::Gives(n) | Self::Adds(n) => n,
        }
    }
}

/// How many results each filter option would give, or add, with the other filters
/// as they are. Options that give or add none are present with 0.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    /// By radius choice.
    pub radius: SortedMap<Radius, usize>,
    /// By skill id.
    pub skills: SortedMap<String, OptionCount>,
    /// By kind.
    pub kinds: SortedMap<Kind, OptionCount>,
    /// By access need, added to those already ticked.
    pub access: SortedMap<AccessNeed, OptionCount>,
    /// By day.
    pub days: SortedMap<Weekday, OptionCount>,
    /// By part of the day.
    pub times: SortedMap<PartOfDay, OptionCount>,
    /// By "starts within" choice.
    pub starts: SortedMap<StartsWithin, usize>,
    /// With "open now" on.
    pub open_now: usize,
    /// With "free only" on.
    pub free: usize,
    /// With online-only results left out.
    pub exclude_online: usize,
    /// By language.
    pub languages: SortedMap<String, OptionCount>,
    /// By mode.
    pub modes: SortedMap<Mode, OptionCount>,
    /// By level.
    pub levels: SortedMap<Level, OptionCount>,
    /// By audience.
    pub audiences: SortedMap<Audience, OptionCount>,
}

/// What each option of an any-of group says: with `base` the records that pass
/// every other group, `has` an option's records and `pass` those the group's
/// current choice lets through, an option gives `base ∧ has` and adds
/// `base ∧ has ∧ ¬pass`. With `keep_zero` false, options no record in `base`
/// has are left out (languages are only those of the records counted).
fn option_counts<'a, T: Ord>(
    options: impl IntoIterator<Item = (T, Option<&'a Bits>)>,
    base: &Bits,
    pass: Option<&Bits>,
    ticked: &SortedSet<T>,
    keep_zero: bool,
) -> SortedMap<T, OptionCount> {
    let mut out = SortedMap::new();
    for (option, has) in options {
        let gives = has.map_or(0, |has| base.count_and(has));
        if gives == 0 && !keep_zero {
            continue;
        }
        let count = if ticked.is_empty() || ticked.contains(&option) {
            OptionCount::Gives(gives)
        } else {
            OptionCount::Adds(match (has, pass) {
                (Some(has), Some(pass)) => base.count_and_not(has, pass),
                _ => 0,
            })
        };
        out.insert(option, count);
    }
    out
}

/// Counts every option of every group: a record counts for an option when it
/// passes every other group and would pass this one with the option chosen; it
/// adds to the option when, besides, the group's current choice leaves it out.
/// Day and time are one condition seen from two sides: each side counts with the
/// other side's choice as it is. Access needs narrow: a need's count is the list
/// with it added.
///
/// Each group's "passes every other group" is the intersection of the other
/// groups' sets, and each option's count a population count of that with the
/// option's set; only a maximum price (and "starts within" searched on another
/// day than the index's) looks at the records so selected one by one.
pub fn facets(ctx: &Context<'_>, filters: &Filters) -> Facets {
    let query = Query::parse(&filters.text);
    let by_distance = ctx.index.order_from(ctx);
    let passing = Passing::new(ctx, filters, &query, &by_distance);
    let index = ctx.index;
    let options = &index.options;
    let listed = passing.all_but(None);

    let near = passing.all_but(Some(Group::Distance));
    let radius = Radius::ALL.map(|r| {
        by_distance
            .within_radius(r)
            .map_or_else(|| near.count(), |within| near.count_and(within))
    });
    const STARTS: [StartsWithin; 3] = [StartsWithin::Week, StartsWithin::Month, StartsWithin::Any];
    let soon = passing.all_but(Some(Group::Starts));
    let starts = if ctx.now.date == index.as_of.date {
        STARTS.map(|s| match index.moment.starting(s) {
            Some(starting) => soon.count_and(starting),
            None => soon.count(),
        })
    } else {
        let starts_dates = STARTS.map(|s| starts_by(s, ctx.now.date));
        let mut starts = [0_usize; STARTS.len()];
        for r in soon.ones() {
            let next = index.records.get(r).and_then(|p| p.next);
            for (n, by) in starts.iter_mut().zip(starts_dates) {
                if by.is_none_or(|by| next.is_some_and(|s| s.date <= by)) {
                    *n += 1;
                }
            }
        }
        starts
    };
    let priced = passing.all_but(Some(Group::Cost));
    let free = match filters.max_price {
        None => priced.count_and(&options.free),
        Some(_) => priced
            .ones()
            .filter(|&r| {
                ctx.catalogue
                    .opportunities
                    .get(r)
                    .is_some_and(|o| costs_at_most(true, filters.max_price, o))
            })
            .count(),
    };
    let open = match passing.group(Group::OpenNow) {
        Some(open) => passing.all_but(Some(Group::OpenNow)).count_and(open),
        None => listed.count_and(&open_now(ctx)),
    };

    let any_day = passing.all_but(Some(Group::Day));
    let day_time = passing.group(Group::Day);
    let none = SortedSet::new();
    let day_sets: Vec<Bits> = Weekday::ALL
        .iter()
        .map(|&d| index.on_days_in_parts(&SortedSet::from([d]), &filters.times))
        .collect();
    let time_sets: Vec<Bits> = PartOfDay::ALL
        .iter()
        .map(|&p| index.on_days_in_parts(&filters.days, &SortedSet::from([p])))
        .collect();
    let counts = |group: Group| passing.all_but(Some(group));
    Facets {
        radius: Radius::ALL.into_iter().zip(radius).collect(),
        starts: STARTS.into_iter().zip(starts).collect(),
        open_now: open,
        free,
        exclude_online: listed.count_and(&options.located),
        skills: option_counts(
            ctx.catalogue
                .skills
                .iter()
                .map(|s| (s.id.clone(), named(&options.skills, &s.id))),
            &counts(Group::Skill),
            passing.group(Group::Skill),
            &filters.skills,
            true,
        ),
        kinds: option_counts(
            Kind::ALL
                .iter()
                .copied()
                .zip(options.kinds.iter().map(Some)),
            &counts(Group::Kind),
            passing.group(Group::Kind),
            &filters.kinds,
            true,
        ),
        access: option_counts(
            AccessNeed::ALL
                .iter()
                .copied()
                .zip(options.access.iter().map(Some)),
            &listed,
            None,
            &none,
            true,
        ),
        days: option_counts(
            Weekday::ALL.into_iter().zip(day_sets.iter().map(Some)),
            &any_day,
            day_time,
            &filters.days,
            true,
        ),
        times: option_counts(
            PartOfDay::ALL.into_iter().zip(time_sets.iter().map(Some)),
            &any_day,
            day_time,
            &filters.times,
            true,
        ),
        languages: option_counts(
            options
                .languages
                .iter()
                .map(|(language, bits)| (language.clone(), Some(bits))),
            &counts(Group::Language),
            passing.group(Group::Language),
            &filters.languages,
            false,
        ),
        modes: option_counts(
            Mode::ALL
                .iter()
                .copied()
                .zip(options.modes.iter().map(Some)),
            &counts(Group::Mode),
            passing.group(Group::Mode),
            &filters.modes,
            true,
        ),
        levels: option_counts(
            Level::ALL
                .iter()
                .copied()
                .zip(options.levels.iter().map(Some)),
            &counts(Group::Level),
            passing.group(Group::Level),
            &filters.levels,
            true,
        ),
        audiences: option_counts(
            Audience::ALL
                .iter()
                .copied()
                .zip(options.audiences.iter().map(Some)),
            &counts(Group::Audience),
            passing.group(Group::Audience),
            &filters.audiences,
            true,
        ),
    }
}

/// One way to widen the search, and how many more results it gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Widening {
    /// The group it relaxes.
    pub group: Group,
    /// The filters after widening.
    pub filters: Filters,
    /// How many more results than now.
    pub gained: usize,
}

/// These filters with one group cleared; `None` when the group is not in use.
/// The distance is never cleared outright: it is widened a step at a time.
fn cleared(group: Group, filters: &Filters) -> Option<Filters> {
    use std::mem::take;
    let mut f = filters.clone();
    let in_use = match group {
        Group::Text => !take(&mut f.text).trim().is_empty(),
        Group::Distance => false,
        Group::Online => take(&mut f.exclude_online),
        Group::Skill => !take(&mut f.skills).is_empty(),
        Group::Kind => !take(&mut f.kinds).is_empty(),
        Group::Access => !take(&mut f.access).is_empty(),
        Group::Day => !take(&mut f.days).is_empty(),
        Group::Time => !take(&mut f.times).is_empty(),
        Group::Starts => take(&mut f.starts) != StartsWithin::Any,
        Group::OpenNow => take(&mut f.open_now),
        Group::Cost => take(&mut f.free) | take(&mut f.max_price).is_some(),
        Group::Language => !take(&mut f.languages).is_empty(),
        Group::Mode => !take(&mut f.modes).is_empty(),
        Group::Level => !take(&mut f.levels).is_empty(),
        Group::Audience => !take(&mut f.audiences).is_empty(),
        Group::Age => take(&mut f.age).is_some(),
    };
    in_use.then_some(f)
}

/// Ways to widen the search, most results gained first: the next wider radius,
/// and each active filter cleared. Only ways that gain something are listed.
pub fn widenings(ctx: &Context<'_>, filters: &Filters) -> Vec<Widening> {
    let now = find(ctx, filters).len();
    let mut options: Vec<(Group, Filters)> = Vec::new();
    if let Some(r) = filters.radius.wider() {
        options.push((
            Group::Distance,
            Filters {
                radius: r,
                ..filters.clone()
            },
        ));
    }
    options.extend(
        Group::ALL
            .into_iter()
            .filter_map(|g| Some((g, cleared(g, filters)?))),
    );
    let mut widenings: Vec<Widening> = options
        .into_iter()
        .filter_map(|(group, filters)| {
            let gained = find(ctx, &filters).len().saturating_sub(now);
            (gained > 0).then_some(Widening {
                group,
                filters,
                gained,
            })
        })
        .collect();
    sort_small_by(&mut widenings, |a, b| {
        b.gained.cmp(&a.gained).then(a.group.cmp(&b.group))
    });
    widenings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Skill, Venue, VenueAccess};
    use crate::opportunity::{AgeRange, Price, SessionAccess};
    use crate::schedule::{DatedSlot, Schedule, WeeklySlot};
    use crate::time::Time;

    const CENTRE: LatLon = LatLon {
        lat: 51.8985,
        lon: -8.4756,
    };

    fn t(hhmm: &str) -> Time {
        Time::parse(hhmm).unwrap()
    }

    fn venue(id: &str, north_m: f64, access: &[VenueAccess]) -> Venue {
        Venue {
            id: id.into(),
            name: format!("Venue {id}"),
            address: None,
            postcode: None,
            neighbourhood: None,
            location: LatLon {
                lat: CENTRE.lat + north_m / 111_195.0,
                lon: CENTRE.lon,
            },
            accessibility: access.to_vec(),
            opening_hours: vec![WeeklySlot {
                days: vec![
                    Weekday::Mon,
                    Weekday::Tue,
                    Weekday::Wed,
                    Weekday::Thu,
                    Weekday::Fri,
                ],
                start: t("10:00"),
                end: t("17:00"),
            }],
            url: None,
            phone: None,
        }
    }

    fn weekly(days: &[Weekday], start: &str, end: &str) -> Schedule {
        Schedule {
            weekly: vec![WeeklySlot {
                days: days.to_vec(),
                start: t(start),
                end: t(end),
            }],
            ..Schedule::default()
        }
    }

    fn record(
        id: &str,
        title: &str,
        venue: Option<&str>,
        edit: impl Fn(&mut Opportunity),
    ) -> Opportunity {
        let mut o = Opportunity::new(id, Kind::Course, title, "A course.");
        o.venue = venue.map(str::to_owned);
        if venue.is_none() {
            o.mode = Mode::Online;
        }
        edit(&mut o);
        o
    }

    /// A small town: three venues at 300 m, 2 km and 8 km north of the centre,
    /// and records that differ in one thing each.
    fn town() -> Catalogue {
        use Weekday::*;
        let opportunities = vec![
            record(
                "evening-digital",
                "Computers in the evening",
                Some("near"),
                |o| {
                    o.skills = vec!["digital".into()];
                    o.schedule = weekly(&[Tue], "18:30", "20:00");
                    o.cost.free = true;
                    o.languages = vec!["en".into()];
                },
            ),
            record("morning-cooking", "Cooking mornings", Some("mid"), |o| {
                o.skills = vec!["cooking".into()];
                o.kind = Kind::Activity;
                o.schedule = weekly(&[Sat], "10:00", "12:00");
                o.cost.prices = vec![Price {
                    amount: 30.0,
                    currency: "EUR".into(),
                    label: None,
                }];
                o.access = vec![SessionAccess::HearingLoop];
                o.languages = vec!["ga".into(), "en".into()];
            }),
            record("far-digital", "Computers far away", Some("far"), |o| {
                o.skills = vec!["digital".into()];
                o.schedule = weekly(&[Tue], "19:00", "21:00");
                o.cost.free = true;
                o.level = Level::Beginner;
            }),
            record("online-digital", "Computers online", None, |o| {
                o.skills = vec!["digital".into()];
                o.schedule = weekly(&[Wed], "14:00", "15:00");
                o.cost.prices = vec![Price {
                    amount: 5.0,
                    currency: "EUR".into(),
                    label: None,
                }];
                o.audience = vec![Audience::OlderPeople];
            }),
            record("library", "Library", Some("near"), |o| {
                o.kind = Kind::Library;
                o.cost.free = true;
                o.schedule = weekly(&[Mon, Tue, Wed, Thu, Fri], "10:00", "17:00");
            }),
            record("kids-once", "Science for kids", Some("mid"), |o| {
                o.kind = Kind::Activity;
                o.skills = vec!["science".into()];
                o.age = Some(AgeRange {
                    min: Some(6),
                    max: Some(12),
                });
                o.audience = vec![Audience::Children];
                o.schedule = Schedule {
                    dates: vec![DatedSlot {
                        date: Date::new(2026, 12, 5).unwrap(),
                        start: t("14:00"),
                        end: t("16:00"),
                    }],
                    ..Schedule::default()
                };
                o.cost.free = true;
            }),
        ];
        Catalogue {
            centre: CENTRE,
            skills: ["digital", "cooking", "science"]
                .map(|id| Skill::new(id, id))
                .to_vec(),
            venues: vec![
                venue(
                    "near",
                    300.0,
                    &[VenueAccess::StepFree, VenueAccess::AccessibleToilet],
                ),
                venue("mid", 2_000.0, &[VenueAccess::StepFree]),
                venue("far", 8_000.0, &[]),
            ],
            opportunities,
            ..Catalogue::default()
        }
    }

    /// Wednesday 25 November 2026, 12:00.
    fn now() -> DateTime {
        DateTime::parse("2026-11-25T12:00").unwrap()
    }

    /// An index says when it stops being true: at the end of the earliest next
    /// session (one in progress is still next), or at midnight. Refreshed after that, a record whose session has
    /// begun moves on to its following one, a one-off that is over no longer
    /// counts for its day, and nothing else changes.
    #[test]
    fn the_index_is_refreshed_when_a_session_starts() {
        let c = town();
        let at = |text: &str| DateTime::parse(text).unwrap();
        let index = SearchIndex::new(&c, now());
        let online = c
            .opportunities
            .iter()
            .position(|o| o.id == "online-digital")
            .unwrap();
        let wednesday_2pm = Session {
            date: Date::new(2026, 11, 25).unwrap(),
            start: t("14:00"),
            end: t("15:00"),
        };
        assert_eq!(index.next_session(online), Some(wednesday_2pm));
        // Wednesday 14:00 is the first change: the online session starts.
        assert_eq!(index.as_of(), now());
        assert!(index.is_fresh_at(at("2026-11-25T13:59")));
        assert!(!index.is_fresh_at(at("2026-11-25T14:00")));
        assert!(index.refreshed(&c, at("2026-11-25T13:30")).is_none());
        // While it is on, it is still the next one; when it ends, it is not.
        let during = index.refreshed(&c, at("2026-11-25T14:00")).unwrap();
        assert_eq!(during.next_session(online), Some(wednesday_2pm));
        assert!(during.is_fresh_at(at("2026-11-25T14:59")));
        assert!(!during.is_fresh_at(at("2026-11-25T15:00")));

        let later = during.refreshed(&c, at("2026-11-25T15:00")).unwrap();
        assert_eq!(later.as_of(), at("2026-11-25T15:00"));
        assert_eq!(
            later.next_session(online),
            Some(Session {
                date: Date::new(2026, 12, 2).unwrap(),
                ..wednesday_2pm
            })
        );
        for (i, o) in c
            .opportunities
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != online)
        {
            assert_eq!(later.next_session(i), index.next_session(i), "{}", o.id);
        }
        // The library's opening ends at 17:00: stale again then.
        assert!(later.is_fresh_at(at("2026-11-25T16:59")));
        assert!(!later.is_fresh_at(at("2026-11-25T17:00")));
        // With no sessions at all, an index is true until midnight.
        let empty = SearchIndex::new(&Catalogue::default(), now());
        assert!(empty.is_fresh_at(at("2026-11-25T23:59")));
        assert!(!empty.is_fresh_at(at("2026-11-26T00:00")));

        // After the one-off Saturday class, Saturday lists only the weekly one.
        let saturday = Filters::from_query([("day", "sa")], &c);
        let sunday = at("2026-12-06T09:00");
        let after = index.refreshed(&c, sunday).unwrap();
        let ctx = Context {
            catalogue: &c,
            index: &after,
            origin: CENTRE,
            now: sunday,
        };
        let listed: Vec<&str> = find(&ctx, &saturday)
            .iter()
            .map(|h| c.opportunities[h.index].id.as_str())
            .collect();
        assert_eq!(listed, ["morning-cooking"]);
    }

    fn ids(filters: &Filters) -> Vec<String> {
        let c = town();
        let index = SearchIndex::new(&c, now());
        let ctx = Context {
            catalogue: &c,
            index: &index,
            origin: CENTRE,
            now: now(),
        };
        find(&ctx, filters)
            .iter()
            .map(|h| c.opportunities[h.index].id.clone())
            .collect()
    }

    fn query(q: &str) -> Filters {
        let c = town();
        let pairs: Vec<(&str, &str)> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.split_once('='))
            .collect();
        Filters::from_query(pairs, &c)
    }

    /// A record is found by the words of its translated title and summary, as
    /// by its own: a person searching in Polish or Ukrainian finds it, and a
    /// word of a translated title counts as a title word.
    #[test]
    fn translated_titles_and_summaries_are_searched() {
        let mut c = town();
        let far = c
            .opportunities
            .iter_mut()
            .find(|o| o.id == "far-digital")
            .unwrap();
        far.translations = vec![
            crate::Translation {
                title: Some("Komputery dla początkujących".into()),
                ..crate::Translation::new("pl")
            },
            crate::Translation {
                summary: Some("Курс для початківців".into()),
                description: Some("Опис".into()),
                ..crate::Translation::new("uk")
            },
        ]
        .into();
        let index = SearchIndex::new(&c, now());
        let ctx = Context {
            catalogue: &c,
            index: &index,
            origin: CENTRE,
            now: now(),
        };
        let found = |text: &str| -> Vec<(&str, u32)> {
            let filters = Filters {
                text: text.to_owned(),
                ..Filters::default()
            };
            find(&ctx, &filters)
                .iter()
                .map(|h| (c.opportunities[h.index].id.as_str(), h.score))
                .collect()
        };
        let title = found("komputery");
        assert_eq!(
            title.iter().map(|h| h.0).collect::<Vec<_>>(),
            ["far-digital"]
        );
        assert_eq!(found("poczatkujacych").len(), 1, "folded like any text");
        assert_eq!(
            found("курс").iter().map(|h| h.0).collect::<Vec<_>>(),
            ["far-digital"]
        );
        assert_eq!(found("опис"), [], "descriptions are not searched");
        // A whole word of the translated title scores as a title word does.
        let own = found("away");
        assert_eq!(own.len(), 1);
        assert_eq!(title[0].1, own[0].1);
        assert_eq!(found("computers").len(), 3);
    }

    /// Each filter group, alone, keeps exactly the records it should, in
    /// distance order (online-only last).
    #[test]
    fn each_filter_group() {
        let table: &[(&str, &[&str])] = &[
            (
                "",
                &[
                    "evening-digital",
                    "library",
                    "morning-cooking",
                    "kids-once",
                    "far-digital",
                    "online-digital",
                ],
            ),
            (
                "within=walk15",
                &["evening-digital", "library", "online-digital"],
            ),
            (
                "within=3km&online=no",
                &["evening-digital", "library", "morning-cooking", "kids-once"],
            ),
            (
                "skill=digital",
                &["evening-digital", "far-digital", "online-digital"],
            ),
            (
                "skill=digital,cooking",
                &[
                    "evening-digital",
                    "morning-cooking",
                    "far-digital",
                    "online-digital",
                ],
            ),
            ("kind=activity", &["morning-cooking", "kids-once"]),
            // All of the needs, between the venue and the session.
            (
                "access=step_free",
                &["evening-digital", "library", "morning-cooking", "kids-once"],
            ),
            ("access=step_free,hearing_loop", &["morning-cooking"]),
            (
                "access=step_free,accessible_toilet",
                &["evening-digital", "library"],
            ),
            ("access=hearing_loop,accessible_toilet", &[]),
            ("day=sa", &["morning-cooking", "kids-once"]),
            ("time=evening", &["evening-digital", "far-digital"]),
            ("day=tu&time=evening", &["evening-digital", "far-digital"]),
            ("day=sa&time=evening", &[]),
            // The library is open 10-17, so in the morning and the afternoon.
            (
                "time=afternoon",
                &["library", "kids-once", "online-digital"],
            ),
            // Wednesday noon: by Sunday come the library (open now), the
            // Saturday class and today's online session; Tuesdays are next week.
            (
                "starts=week",
                &["library", "morning-cooking", "online-digital"],
            ),
            // November ends on Monday 30th: the same three.
            (
                "starts=month",
                &["library", "morning-cooking", "online-digital"],
            ),
            ("open=now", &["library"]),
            (
                "free=yes",
                &["evening-digital", "library", "kids-once", "far-digital"],
            ),
            (
                "max=10",
                &[
                    "evening-digital",
                    "library",
                    "kids-once",
                    "far-digital",
                    "online-digital",
                ],
            ),
            ("lang=ga", &["morning-cooking"]),
            ("mode=online", &["online-digital"]),
            ("level=beginner", &["far-digital"]),
            // Records for everyone suit every audience.
            (
                "for=older_people",
                &[
                    "evening-digital",
                    "library",
                    "morning-cooking",
                    "far-digital",
                    "online-digital",
                ],
            ),
            (
                "age=30",
                &[
                    "evening-digital",
                    "library",
                    "morning-cooking",
                    "far-digital",
                    "online-digital",
                ],
            ),
            (
                "age=8",
                &[
                    "evening-digital",
                    "library",
                    "morning-cooking",
                    "kids-once",
                    "far-digital",
                    "online-digital",
                ],
            ),
            (
                "q=computers",
                &["evening-digital", "far-digital", "online-digital"],
            ),
            ("q=computers%20evening", &["evening-digital"]),
        ];
        for (q, expected) in table {
            let q = q.replace("%20", " ");
            assert_eq!(ids(&query(&q)), *expected, "?{q}");
        }
    }

    /// "This week" ends on Sunday and "this month" at the month's end.
    #[test]
    fn starts_within_uses_the_calendar() {
        let today = Date::new(2026, 11, 25).unwrap();
        assert_eq!(
            starts_by(StartsWithin::Week, today),
            Date::new(2026, 11, 29)
        );
        assert_eq!(
            starts_by(StartsWithin::Month, today),
            Date::new(2026, 11, 30)
        );
        assert_eq!(
            starts_by(StartsWithin::Month, Date::new(2026, 12, 3).unwrap()),
            Date::new(2026, 12, 31)
        );
        assert_eq!(starts_by(StartsWithin::Any, today), None);
    }

    /// Orders: soonest next session, best text match, and A to Z.
    #[test]
    fn sort_orders() {
        assert_eq!(
            ids(&query("sort=soonest")),
            [
                "library",
                "online-digital",
                "morning-cooking",
                "evening-digital",
                "far-digital",
                "kids-once"
            ]
        );
        assert_eq!(
            ids(&query("sort=az&skill=digital")),
            ["far-digital", "evening-digital", "online-digital"]
        );
        // Without text, relevance is distance order.
        assert_eq!(
            ids(&query("sort=relevance&skill=digital")),
            ids(&query("skill=digital"))
        );
    }

    /// Each option's count is what choosing it would give with the others as they
    /// are; once an option of an any-of group is ticked, the others say what they add.
    #[test]
    fn facet_counts() {
        use OptionCount::{Adds, Gives};
        let c = town();
        let index = SearchIndex::new(&c, now());
        let ctx = Context {
            catalogue: &c,
            index: &index,
            origin: CENTRE,
            now: now(),
        };
        let f = query("skill=digital&within=3km");
        let facets = facets(&ctx, &f);
        // Skills count within 3 km (online ones included): digital is ticked and
        // gives its two; cooking and science would each add one class.
        assert_eq!(facets.skills["digital"], Gives(2));
        assert_eq!(facets.skills["cooking"], Adds(1));
        assert_eq!(facets.skills["science"], Adds(1));
        // Radii count digital records.
        assert_eq!(facets.radius[&Radius::Walk15], 2);
        assert_eq!(facets.radius[&Radius::Km10], 3);
        assert_eq!(facets.radius[&Radius::Anywhere], 3);
        // Kinds: nothing ticked, so counts; no digital activity within 3 km, and zero is still listed.
        assert_eq!(facets.kinds[&Kind::Course], Gives(2));
        assert_eq!(facets.kinds[&Kind::Activity], Gives(0));
        assert_eq!(facets.days[&Weekday::Tue], Gives(1));
        assert_eq!(facets.days[&Weekday::Wed], Gives(1));
        assert_eq!(facets.times[&PartOfDay::Evening], Gives(1));
        assert_eq!(facets.free, 1);
        // Access needs narrow: each gives the list with it added.
        assert_eq!(
            facets.access[&AccessNeed::Venue(VenueAccess::StepFree)],
            Gives(1)
        );
        // Each count equals the length of the search it predicts.
        for (skill, n) in &facets.skills {
            let g = f.with_skill_toggled(skill);
            let now_len = find(&ctx, &f).len();
            match n {
                Gives(n) => {
                    let mut alone = f.clone();
                    alone.skills = [skill.clone()].into();
                    assert_eq!(find(&ctx, &alone).len(), *n, "skill {skill}");
                }
                Adds(n) => assert_eq!(find(&ctx, &g).len() - now_len, *n, "skill {skill}"),
            }
        }
        // Two days ticked: the others add what their sessions bring.
        let f = query("day=tu,we");
        let days = super::facets(&ctx, &f).days;
        assert_eq!(days[&Weekday::Tue], Gives(3));
        assert_eq!(days[&Weekday::Sat], Adds(2));
        assert_eq!(days[&Weekday::Mon], Adds(0));
    }

    /// An empty list offers the widenings that bring results back, most first.
    #[test]
    fn widening_an_empty_list() {
        let c = town();
        let index = SearchIndex::new(&c, now());
        let ctx = Context {
            catalogue: &c,
            index: &index,
            origin: CENTRE,
            now: now(),
        };
        let f = query("skill=cooking&within=1km&day=tu&online=no");
        assert!(find(&ctx, &f).is_empty());
        let w = widenings(&ctx, &f);
        let groups: Vec<(Group, usize)> = w.iter().map(|w| (w.group, w.gained)).collect();
        // Any skill within 1 km on a Tuesday: the evening class and the library.
        assert_eq!(groups, [(Group::Skill, 2)]);
        let f = query("skill=cooking&within=1km&online=no");
        let w = widenings(&ctx, &f);
        let groups: Vec<(Group, usize)> = w.iter().map(|w| (w.group, w.gained)).collect();
        // Any skill nearby gives two; the next radius (3 km) reaches the cooking class.
        assert_eq!(groups, [(Group::Skill, 2), (Group::Distance, 1)]);
        assert_eq!(w[1].filters.radius, Radius::Km3);
    }

    /// Walking minutes round up at 80 metres a minute.
    #[test]
    fn walking_minutes() {
        let hit = |m| Hit {
            index: 0,
            distance_m: m,
            score: 0,
        };
        assert_eq!(hit(Some(1200.0)).walk_minutes(), Some(15));
        assert_eq!(hit(Some(1201.0)).walk_minutes(), Some(16));
        assert_eq!(hit(None).walk_minutes(), None);
    }

    /// Equal distances are ordered by title regardless of case, then by id.
    #[test]
    fn ties_are_broken_by_title_then_id() {
        let mut c = town();
        c.opportunities = ["z2:zumba", "b:Baking", "z1:Zumba"]
            .iter()
            .map(|s| {
                let (id, title) = s.split_once(':').unwrap();
                record(id, title, Some("mid"), |_| {})
            })
            .collect();
        let index = SearchIndex::new(&c, now());
        let ctx = Context {
            catalogue: &c,
            index: &index,
            origin: CENTRE,
            now: now(),
        };
        let got: Vec<&str> = find(&ctx, &Filters::default())
            .iter()
            .map(|h| c.opportunities[h.index].id.as_str())
            .collect();
        assert_eq!(got, ["b", "z1", "z2"]);
    }

    /// An empty catalogue gives nothing and no panic.
    #[test]
    fn empty_catalogue() {
        let c = Catalogue::default();
        let index = SearchIndex::new(&c, now());
        let ctx = Context {
            catalogue: &c,
            index: &index,
            origin: CENTRE,
            now: now(),
        };
        assert!(find(&ctx, &query("skill=digital")).is_empty());
        assert!(widenings(&ctx, &query("free=yes")).is_empty());
        assert_eq!(facets(&ctx, &Filters::default()).free, 0);
    }
}

#[cfg(test)]
mod open_now_tests {
    use super::*;
    use crate::catalogue::Venue;
    use crate::schedule::{Schedule, WeeklySlot};
    use crate::time::Time;
    use crate::tz::TimeZone;

    /// "Open now" is judged on the catalogue's clock: the same UTC instant is
    /// after closing in Irish summer time and before it in winter.
    #[test]
    fn open_now_uses_the_catalogue_time_zone() {
        let dublin = TimeZone::parse_posix("GMT0IST,M3.5.0/1,M10.5.0").unwrap();
        let venue = Venue {
            id: "lib".into(),
            name: "Library".into(),
            address: None,
            postcode: None,
            neighbourhood: None,
            location: LatLon {
                lat: 51.9,
                lon: -8.47,
            },
            accessibility: vec![],
            opening_hours: vec![],
            url: None,
            phone: None,
        };
        let mut library = Opportunity::new("lib", Kind::Library, "Library", "");
        library.venue = Some("lib".into());
        library.schedule = Schedule {
            weekly: vec![WeeklySlot {
                days: Weekday::ALL.to_vec(),
                start: Time::new(10, 0).unwrap(),
                end: Time::new(17, 0).unwrap(),
            }],
            ..Schedule::default()
        };
        let c = Catalogue {
            venues: vec![venue],
            opportunities: vec![library],
            ..Catalogue::default()
        };
        let open_at = |utc: &str| {
            let local = DateTime::parse(utc).unwrap();
            let unix = TimeZone::utc().to_utc(local);
            let now = dublin.to_local(unix);
            let index = SearchIndex::new(&c, now);
            let ctx = Context {
                catalogue: &c,
                index: &index,
                origin: c.centre,
                now,
            };
            let f = Filters {
                open_now: true,
                ..Filters::default()
            };
            !find(&ctx, &f).is_empty()
        };
        // 16:30 UTC is 17:30 in Dublin in July (closed) but 16:30 in January (open).
        assert!(!open_at("2026-07-15T16:30"));
        assert!(open_at("2026-01-15T16:30"));
        // 09:30 UTC is 10:30 in July (open) but 09:30 in January (not yet).
        assert!(open_at("2026-07-15T09:30"));
        assert!(!open_at("2026-01-15T09:30"));
    }
}

#[cfg(test)]
mod ended_series_tests {
    use super::*;
    use crate::schedule::{Schedule, WeeklySlot};
    use crate::time::Time;

    /// A weekly series that has ended matches no day or time of day any more.
    #[test]
    fn ended_series_match_no_day() {
        let mut summer = Opportunity::new("summer", Kind::Course, "Summer class", "");
        summer.mode = Mode::Online;
        summer.schedule = Schedule {
            end_date: Date::new(2026, 6, 30),
            weekly: vec![WeeklySlot {
                days: vec![Weekday::Tue],
                start: Time::new(10, 0).unwrap(),
                end: Time::new(12, 0).unwrap(),
            }],
            ..Schedule::default()
        };
        let c = Catalogue {
            opportunities: vec![summer],
            ..Catalogue::default()
        };
        let count = |today: &str| {
            let now = DateTime::parse(today).unwrap();
            let index = SearchIndex::new(&c, now);
            let ctx = Context {
                catalogue: &c,
                index: &index,
                origin: c.centre,
                now,
            };
            let f = Filters {
                days: [Weekday::Tue].into(),
                ..Filters::default()
            };
            find(&ctx, &f).len()
        };
        assert_eq!(count("2026-06-01T09:00"), 1);
        assert_eq!(count("2026-11-25T09:00"), 0);
    }
}

#[cfg(test)]
mod monthly_tests {
    use super::*;
    use crate::schedule::{MonthlySlot, Schedule};
    use crate::time::Time;

    /// A mobile library on the first Tuesday of each month, 17:30-19:00: the
    /// finder's Tuesday and evening filters find it, Wednesday does not, "this
    /// week" finds it only in the week of a first Tuesday, and "open now" during
    /// one.
    #[test]
    fn first_tuesday_matches_tuesday_evenings() {
        let mut van = Opportunity::new("van", Kind::Library, "Mobile library", "");
        van.mode = Mode::Online;
        van.schedule = Schedule {
            monthly: vec![MonthlySlot {
                days: vec![Weekday::Tue],
                nth: vec![1],
                start: Time::new(17, 30).unwrap(),
                end: Time::new(19, 0).unwrap(),
            }],
            ..Schedule::default()
        };
        let c = Catalogue {
            opportunities: vec![van],
            ..Catalogue::default()
        };
        let count = |at: &str, f: Filters| {
            let now = DateTime::parse(at).unwrap();
            let index = SearchIndex::new(&c, now);
            let ctx = Context {
                catalogue: &c,
                index: &index,
                origin: c.centre,
                now,
            };
            find(&ctx, &f).len()
        };
        let on = |days: &[Weekday], times: &[PartOfDay]| Filters {
            days: days.iter().copied().collect(),
            times: times.iter().copied().collect(),
            ..Filters::default()
        };
        let monday = "2026-11-30T09:00";
        assert_eq!(count(monday, on(&[Weekday::Tue], &[])), 1);
        assert_eq!(count(monday, on(&[Weekday::Tue], &[PartOfDay::Evening])), 1);
        assert_eq!(count(monday, on(&[Weekday::Tue], &[PartOfDay::Morning])), 0);
        assert_eq!(count(monday, on(&[Weekday::Wed], &[])), 0);
        let this_week = Filters {
            starts: StartsWithin::Week,
            ..Filters::default()
        };
        assert_eq!(
            count(monday, this_week.clone()),
            1,
            "1 December is a first Tuesday"
        );
        assert_eq!(
            count("2026-12-02T09:00", this_week),
            0,
            "the next is 5 January"
        );
        let open_now = Filters {
            open_now: true,
            ..Filters::default()
        };
        assert_eq!(count("2026-12-01T18:00", open_now.clone()), 1);
        assert_eq!(count("2026-12-08T18:00", open_now), 0);
    }
}

#[cfg(test)]
mod facet_truth_tests {
    //! The counts beside the options, checked against the list they predict, for
    //! many random filter combinations on the demo catalogue.
    use super::*;
    use crate::read_catalogue;
    use std::fmt::Debug;

    /// Wednesday 25 November 2026, 12:00.
    pub(super) fn noon() -> DateTime {
        DateTime::parse("2026-11-25T12:00").unwrap()
    }

    /// The demo catalogue and its index.
    pub(super) fn demo() -> (Catalogue, SearchIndex) {
        let text = include_str!("../../../data/catalogue.json");
        let catalogue = read_catalogue(text, None).unwrap().catalogue;
        let index = SearchIndex::new(&catalogue, noon());
        (catalogue, index)
    }

    /// Searching the demo catalogue from its centre at noon.
    fn demo_context<'a>(catalogue: &'a Catalogue, index: &'a SearchIndex) -> Context<'a> {
        Context {
            catalogue,
            index,
            origin: catalogue.centre,
            now: noon(),
        }
    }

    /// A small, seeded random number generator (xorshift), so failures repeat.
    pub(super) struct Dice(pub(super) u64);

    impl Dice {
        pub(super) fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        /// True one time in `n`.
        pub(super) fn one_in(&mut self, n: u64) -> bool {
            self.next().is_multiple_of(n)
        }
        /// A few of `options`, each with a one-in-`n` chance.
        fn some<T: Ord + Clone>(&mut self, options: &[T], n: u64) -> SortedSet<T> {
            options.iter().filter(|_| self.one_in(n)).cloned().collect()
        }
    }

    /// Filters that use a few groups at a time, so most lists are not empty.
    pub(super) fn random_filters(dice: &mut Dice, catalogue: &Catalogue) -> Filters {
        let skills: Vec<String> = catalogue.skills.iter().map(|s| s.id.clone()).collect();
        let languages: Vec<String> = ["en", "ga", "pl", "uk", "fr"].map(String::from).to_vec();
        let words = ["computer", "english", "library", "class", "art"];
        let pick = |dice: &mut Dice, n: usize| usize::try_from(dice.next() % n as u64).unwrap_or(0);
        let mut f = Filters::default();
        if dice.one_in(5) {
            f.text = words[pick(dice, words.len())].to_owned();
        }
        if dice.one_in(3) {
            f.radius = Radius::ALL[pick(dice, Radius::ALL.len())];
        }
        f.exclude_online = dice.one_in(6);
        if dice.one_in(2) {
            f.skills = dice.some(&skills, 6);
        }
        if dice.one_in(3) {
            f.kinds = dice.some(&Kind::ALL, 2);
        }
        if dice.one_in(4) {
            f.access = dice.some(&AccessNeed::all(), 8);
        }
        if dice.one_in(3) {
            f.days = dice.some(&Weekday::ALL, 3);
        }
        if dice.one_in(3) {
            f.times = dice.some(&PartOfDay::ALL, 2);
        }
        if dice.one_in(5) {
            f.starts = [StartsWithin::Week, StartsWithin::Month][pick(dice, 2)];
        }
        f.open_now = dice.one_in(12);
        f.free = dice.one_in(6);
        f.max_price = dice.one_in(8).then_some(10);
        if dice.one_in(4) {
            f.languages = dice.some(&languages, 2);
        }
        if dice.one_in(4) {
            f.modes = dice.some(&Mode::ALL, 2);
        }
        if dice.one_in(4) {
            f.levels = dice.some(&Level::ALL, 2);
        }
        if dice.one_in(4) {
            f.audiences = dice.some(&Audience::ALL, 4);
        }
        f.age = dice.one_in(8).then_some(9);
        f
    }

    /// Checks one any-of group: an option's count is the list ticking it gives
    /// (alone in its group, when it is ticked), or what ticking it adds.
    fn check_group<T: Ord + Clone + Debug>(
        ctx: &Context<'_>,
        f: &Filters,
        counts: &SortedMap<T, OptionCount>,
        set: fn(&mut Filters) -> &mut SortedSet<T>,
    ) {
        let before = find(ctx, f).len();
        let ticked = set(&mut f.clone()).clone();
        for (option, count) in counts {
            let mut with = f.clone();
            set(&mut with).insert(option.clone());
            let mut alone = f.clone();
            *set(&mut alone) = [option.clone()].into();
            let context = format!("{option:?} with ?{}", f.to_query());
            match *count {
                OptionCount::Gives(n) if ticked.contains(option) => {
                    assert_eq!(n, find(ctx, &alone).len(), "ticked {context}")
                }
                OptionCount::Gives(n) => {
                    assert!(ticked.is_empty(), "a count, not +N, for {context}");
                    assert_eq!(n, find(ctx, &with).len(), "{context}");
                }
                OptionCount::Adds(n) => {
                    assert!(
                        !ticked.is_empty(),
                        "+N only beside a ticked option: {context}"
                    );
                    let after = find(ctx, &with).len();
                    assert_eq!(n, after - before, "+{n} for {context}");
                }
            }
        }
    }

    /// For random filters on the demo catalogue, every count beside an option is
    /// the length of the list it predicts: ticking it gives N, or adds +N.
    #[test]
    fn every_count_is_the_list_it_predicts() {
        let (catalogue, index) = demo();
        let ctx = demo_context(&catalogue, &index);
        let mut dice = Dice(0x5eed_1ea1_7001);
        for _ in 0..60 {
            let f = random_filters(&mut dice, &catalogue);
            let got = facets(&ctx, &f);
            check_group(&ctx, &f, &got.skills, |f| &mut f.skills);
            check_group(&ctx, &f, &got.kinds, |f| &mut f.kinds);
            check_group(&ctx, &f, &got.days, |f| &mut f.days);
            check_group(&ctx, &f, &got.times, |f| &mut f.times);
            check_group(&ctx, &f, &got.languages, |f| &mut f.languages);
            check_group(&ctx, &f, &got.modes, |f| &mut f.modes);
            check_group(&ctx, &f, &got.levels, |f| &mut f.levels);
            check_group(&ctx, &f, &got.audiences, |f| &mut f.audiences);
            // Access needs narrow: each count is the list with the need added.
            for (need, count) in &got.access {
                let mut with = f.clone();
                with.access.insert(*need);
                let n = find(&ctx, &with).len();
                assert_eq!(
                    *count,
                    OptionCount::Gives(n),
                    "{need:?} with ?{}",
                    f.to_query()
                );
            }
            for (radius, n) in &got.radius {
                let with = Filters {
                    radius: *radius,
                    ..f.clone()
                };
                assert_eq!(*n, find(&ctx, &with).len(), "{radius:?}");
            }
            for (starts, n) in &got.starts {
                let with = Filters {
                    starts: *starts,
                    ..f.clone()
                };
                assert_eq!(*n, find(&ctx, &with).len(), "{starts:?}");
            }
            let open = Filters {
                open_now: true,
                ..f.clone()
            };
            assert_eq!(got.open_now, find(&ctx, &open).len(), "open now");
            let free = Filters {
                free: true,
                ..f.clone()
            };
            assert_eq!(got.free, find(&ctx, &free).len(), "free");
        }
    }

    /// The demo catalogue's own example: with "Computers and phones" ticked,
    /// "Jobs and careers" says what it adds, not what it gives alone.
    #[test]
    fn a_second_skill_says_what_it_adds() {
        let (catalogue, index) = demo();
        let ctx = demo_context(&catalogue, &index);
        let digital = Filters::default().with_skill_toggled("digital");
        let both = digital.with_skill_toggled("employability");
        let alone = Filters::default().with_skill_toggled("employability");
        let got = facets(&ctx, &digital);
        let added = find(&ctx, &both).len() - find(&ctx, &digital).len();
        assert_eq!(got.skills["employability"], OptionCount::Adds(added));
        assert!(
            added < find(&ctx, &alone).len(),
            "some jobs courses are also computer courses"
        );
        assert_eq!(
            got.skills["digital"],
            OptionCount::Gives(find(&ctx, &digital).len())
        );
    }
}
