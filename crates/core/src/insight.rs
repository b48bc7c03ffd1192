//! Where learning is missing: for each neighbourhood of the gazetteer, the
//! opportunities in reach, broken down by skill, access feature, time of day,
//! cost and language, per 1,000 residents where the population is known, and
//! the gaps (a neighbourhood with none of a skill, none step-free, none in the
//! evening, none free), largest first; and the figures as CSV.
//!
//! For the coordinators' page and the data tool's `report` alike, so that both
//! give the same figures and the same CSV, byte for byte. Like the rest of the
//! core it does no IO and reads no clock: "now" is the search index's moment.
//! It writes no words for people: gaps are structure, and the shells say them.
//!
//! What is counted, and what is not:
//! - An opportunity is counted when it passes the settings' filters (the
//!   finder's own: [`crate::search::find`] with the finder's query keys) and its
//!   schedule has not ended: one with sessions whose last has passed is left
//!   out, and counted in [`Insight::ended`]. One with no times at all ("ask the
//!   provider") is counted, under [`TimeOfDay::NotGiven`].
//! - An opportunity at a venue is in reach of a neighbourhood when the venue is
//!   in it (the venue's `neighbourhood`), or within the walk of its centre:
//!   great-circle distance at most `walk_minutes` ×
//!   [`WALK_METRES_PER_MINUTE`] metres (the finder's easy pace, 4.8 km/h). It
//!   counts once for every neighbourhood it is in reach of; those in reach of
//!   none are counted in [`Insight::beyond_reach`].
//! - Online-only opportunities (no venue) count for everyone, so they are
//!   counted apart, in [`Insight::online`], and never close a gap.
//! - Breakdowns overlap: an opportunity with two skills counts under both, one
//!   on weekday mornings and Saturdays under daytime and weekend.

use crate::catalogue::{Catalogue, VenueAccess};
use crate::distance::distance_m;
use crate::filter::{AccessNeed, Filters, WALK_METRES_PER_MINUTE};
use crate::route::encode;
use crate::schedule::PartOfDay;
use crate::search::{Context, SearchIndex, find};
use crate::sorted::{SortedSet, sort_by};
use crate::text::fold;
use crate::time::{Date, Weekday};
use crate::token::Token;
use std::collections::HashMap;

pub mod table;

/// The walk, in minutes, when the URL gives none: a 15-minute walk (1.2 km).
pub const DEFAULT_WALK_MINUTES: u32 = 15;

/// The longest walk the settings take, in minutes.
pub const MAX_WALK_MINUTES: u32 = 60;

/// The query keys of the settings beside the finder's own
/// ([`crate::filter::keys`]).
pub mod keys {
    /// The walk from a neighbourhood's centre, in whole minutes (0 to 60; 0
    /// counts only the venues in the neighbourhood).
    pub const WALK: &str = "walk";
    /// Which gaps matter: skill ids and [`super::Need`] words.
    pub const MATTER: &str = "matter";
}

/// A time of day an opportunity has sessions in, each the same as a finder
/// search with its day and time filters, so the page and the finder agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimeOfDay {
    /// A session on a weekday (Monday to Friday) in the morning or afternoon,
    /// before 17:00: the finder's `day=mo,tu,we,th,fr&time=morning,afternoon`.
    Daytime,
    /// A session in the evening, from 17:00, on any day: `time=evening`.
    Evening,
    /// A session on Saturday or Sunday: `day=sa,su`.
    Weekend,
    /// No times given: people are to ask the provider.
    NotGiven,
}

tokens!(TimeOfDay {
    Daytime => "daytime",
    Evening => "evening",
    Weekend => "weekend",
    NotGiven => "not_given",
});

impl TimeOfDay {
    /// The finder's filters that find the opportunities with sessions at this
    /// time of day; `None` for [`TimeOfDay::NotGiven`].
    pub fn filters(self) -> Option<Filters> {
        use Weekday::*;
        let (days, times): (&[Weekday], &[PartOfDay]) = match self {
            Self::Daytime => (
                &[Mon, Tue, Wed, Thu, Fri],
                &[PartOfDay::Morning, PartOfDay::Afternoon],
            ),
            Self::Evening => (&[], &[PartOfDay::Evening]),
            Self::Weekend => (&[Sat, Sun], &[]),
            Self::NotGiven => return None,
        };
        Some(Filters {
            days: days.iter().copied().collect(),
            times: times.iter().copied().collect(),
            ..Filters::default()
        })
    }
}

/// What taking part costs, as far as the catalogue says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CostKind {
    /// Free (the finder's `free=yes`).
    Free,
    /// Not free, with a price or concessions given.
    Paid,
    /// Neither free nor priced.
    Unknown,
}

tokens!(CostKind {
    Free => "free",
    Paid => "paid",
    Unknown => "unknown",
});

/// A need whose absence makes a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Need {
    /// At a step-free venue.
    StepFree,
    /// In the evening ([`TimeOfDay::Evening`]).
    Evening,
    /// Free.
    Free,
}

tokens!(Need {
    StepFree => "step_free",
    Evening => "evening",
    Free => "free",
});

/// Which gaps matter. Empty, every one does: each skill (of the filters when
/// they choose skills, else of the taxonomy) and each need.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matter {
    /// Skill ids of the taxonomy whose absence matters.
    pub skills: SortedSet<String>,
    /// Needs whose absence matters.
    pub needs: SortedSet<Need>,
}

impl Matter {
    /// True when nothing was chosen, so every gap matters.
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty() && self.needs.is_empty()
    }
}

/// What the coordinator has asked for; the default counts everything within a
/// 15-minute walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InsightSettings {
    /// The finder's filters that make sense here: skills, access needs, days,
    /// parts of the day, free, maximum price and languages. Every other field
    /// is its default.
    pub filters: Filters,
    /// The walk from a neighbourhood's centre, in minutes.
    pub walk_minutes: u32,
    /// Which gaps matter.
    pub matter: Matter,
}

impl Default for InsightSettings {
    fn default() -> Self {
        Self {
            filters: Filters::default(),
            walk_minutes: DEFAULT_WALK_MINUTES,
            matter: Matter::default(),
        }
    }
}

/// The finder's filters that apply here, the others cleared.
fn applicable(f: Filters) -> Filters {
    Filters {
        skills: f.skills,
        access: f.access,
        days: f.days,
        times: f.times,
        free: f.free,
        max_price: f.max_price,
        languages: f.languages,
        ..Filters::default()
    }
}

impl InsightSettings {
    /// Reads the settings from decoded query pairs, as [`Filters::from_query`]
    /// reads the finder's: the same keys for the same filters (others are
    /// ignored), `walk` in whole minutes from 0 to [`MAX_WALK_MINUTES`], and
    /// `matter`, a list of skill ids and need words (a word that is a skill id
    /// of the catalogue is that skill). A value that means nothing is ignored.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        catalogue: &Catalogue,
    ) -> Self {
        let pairs: Vec<(&str, &str)> = pairs.into_iter().collect();
        let mut settings = Self {
            filters: applicable(Filters::from_query(pairs.iter().copied(), catalogue)),
            ..Self::default()
        };
        for (key, value) in pairs {
            match key {
                keys::WALK => {
                    settings.walk_minutes = value
                        .trim()
                        .parse()
                        .ok()
                        .filter(|&m| m <= MAX_WALK_MINUTES)
                        .unwrap_or(settings.walk_minutes)
                }
                keys::MATTER => {
                    for word in value.split(',').map(str::trim) {
                        if catalogue.skills.iter().any(|s| s.id == word) {
                            settings.matter.skills.insert(word.to_owned());
                        } else if let Some(need) = Need::from_token(word) {
                            settings.matter.needs.insert(need);
                        }
                    }
                }
                _ => {}
            }
        }
        settings
    }

    /// The query string (without `?`) that reproduces these settings: the
    /// finder's keys in the finder's order, then `walk` (left out at 15) and
    /// `matter` (skills, then needs); empty for the default.
    pub fn to_query(&self) -> String {
        let mut parts = vec![applicable(self.filters.clone()).to_query()];
        if self.walk_minutes != DEFAULT_WALK_MINUTES {
            parts.push(format!("{}={}", keys::WALK, self.walk_minutes));
        }
        let matter: Vec<&str> = self
            .matter
            .skills
            .iter()
            .map(String::as_str)
            .chain(self.matter.needs.iter().map(|n| n.token()))
            .collect();
        if !matter.is_empty() {
            parts.push(format!(
                "{}={}",
                keys::MATTER,
                encode(&matter.join(","), b",")
            ));
        }
        parts.retain(|p| !p.is_empty());
        parts.join("&")
    }

    /// The walk in metres, at the finder's pace.
    pub fn walk_m(&self) -> f64 {
        f64::from(self.walk_minutes) * WALK_METRES_PER_MINUTE
    }
}

/// How many opportunities, in all and by each breakdown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Opportunities counted.
    pub total: usize,
    /// Per skill of the catalogue's taxonomy, in its order.
    pub skills: Vec<usize>,
    /// Per access need, in [`AccessNeed::ALL`]'s order: the venue's or the
    /// session's.
    pub access: Vec<usize>,
    /// Per time of day, in [`TimeOfDay::ALL`]'s order.
    pub times: Vec<usize>,
    /// Per cost, in [`CostKind::ALL`]'s order.
    pub costs: Vec<usize>,
    /// Per language of [`Insight::languages`], in its order.
    pub languages: Vec<usize>,
}

impl Counts {
    fn zero(skills: usize, languages: usize) -> Self {
        Self {
            total: 0,
            skills: vec![0; skills],
            access: vec![0; AccessNeed::ALL.len()],
            times: vec![0; TimeOfDay::ALL.len()],
            costs: vec![0; CostKind::ALL.len()],
            languages: vec![0; languages],
        }
    }

    fn add(&mut self, facts: &Facts) {
        self.total += 1;
        let bump = |counts: &mut Vec<usize>, positions: &[usize]| {
            for &i in positions {
                if let Some(n) = counts.get_mut(i) {
                    *n += 1;
                }
            }
        };
        bump(&mut self.skills, &facts.skills);
        bump(&mut self.access, &facts.access);
        bump(&mut self.times, &facts.times);
        bump(&mut self.costs, &[facts.cost]);
        bump(&mut self.languages, &facts.languages);
    }

    /// The count of one access need.
    pub fn of_access(&self, need: AccessNeed) -> usize {
        position(AccessNeed::ALL, need).map_or(0, |i| at(&self.access, i))
    }

    /// The count of one time of day.
    pub fn of_time(&self, time: TimeOfDay) -> usize {
        position(&TimeOfDay::ALL, time).map_or(0, |i| at(&self.times, i))
    }

    /// The count of one cost.
    pub fn of_cost(&self, cost: CostKind) -> usize {
        position(&CostKind::ALL, cost).map_or(0, |i| at(&self.costs, i))
    }

    /// How many meet a need.
    pub fn of_need(&self, need: Need) -> usize {
        match need {
            Need::StepFree => self.of_access(AccessNeed::Venue(VenueAccess::StepFree)),
            Need::Evening => self.of_time(TimeOfDay::Evening),
            Need::Free => self.of_cost(CostKind::Free),
        }
    }
}

fn position<T: PartialEq>(all: &[T], value: T) -> Option<usize> {
    all.iter().position(|v| *v == value)
}

fn at(counts: &[usize], i: usize) -> usize {
    counts.get(i).copied().unwrap_or(0)
}

/// One record's breakdowns, by position in each breakdown's list.
struct Facts {
    skills: Vec<usize>,
    access: Vec<usize>,
    times: Vec<usize>,
    cost: usize,
    languages: Vec<usize>,
}

/// A figure per 1,000 residents, held in exact hundredths (rounded half up),
/// so that it is written the same on every device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PerThousand(u64);

impl PerThousand {
    /// `count` per 1,000 of `population`; `None` without a population (or
    /// with a population of 0).
    pub fn of(count: usize, population: Option<u32>) -> Option<Self> {
        let population = u64::from(population.filter(|&p| p > 0)?);
        let count = u64::try_from(count).ok()?;
        // Hundredths of count × 1000 / population, rounded half up.
        let hundredths = count.checked_mul(200_000)?.checked_add(population)? / (2 * population);
        Some(Self(hundredths))
    }

    /// The figure in hundredths.
    pub fn hundredths(self) -> u64 {
        self.0
    }
}

/// Two decimals, with a dot: `0.38`, `12.50`.
impl std::fmt::Display for PerThousand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// The opportunities in reach of one neighbourhood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// Its position in [`Catalogue::neighbourhoods`].
    pub neighbourhood: usize,
    /// Its residents, when the gazetteer gives them.
    pub population: Option<u32>,
    /// True when that population is an estimate, so figures per 1,000
    /// residents are estimates too.
    pub population_estimate: bool,
    /// The opportunities in reach.
    pub counts: Counts,
}

impl Reach {
    /// A count per 1,000 of this neighbourhood's residents.
    pub fn per_thousand(&self, count: usize) -> Option<PerThousand> {
        PerThousand::of(count, self.population)
    }
}

/// When the opportunities counted were last checked by their keepers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VerifiedSpread {
    /// The earliest date.
    pub oldest: Option<Date>,
    /// The middle date (of two in the middle, the earlier).
    pub median: Option<Date>,
    /// The latest date.
    pub newest: Option<Date>,
    /// How many give a date.
    pub dated: usize,
    /// How many give none.
    pub undated: usize,
}

impl VerifiedSpread {
    fn of(mut dates: Vec<Date>, undated: usize) -> Self {
        sort_by(&mut dates, Date::cmp);
        let median = dates
            .len()
            .checked_sub(1)
            .and_then(|last| dates.get(last / 2));
        Self {
            oldest: dates.first().copied(),
            median: median.copied(),
            newest: dates.last().copied(),
            dated: dates.len(),
            undated,
        }
    }
}

/// What kind of gap.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GapKind {
    /// No opportunity at all passing the filters: every other gap at once,
    /// so it is the only one given for its neighbourhood.
    Nothing,
    /// None meeting a need.
    Need(Need),
    /// None with this skill (a taxonomy id).
    Skill(String),
}

/// A neighbourhood missing something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// Its position in [`Catalogue::neighbourhoods`].
    pub neighbourhood: usize,
    /// What is missing, with the settings' filters applied.
    pub kind: GapKind,
}

/// Every figure, for the settings given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insight {
    /// The walk the figures are for, in minutes.
    pub walk_minutes: u32,
    /// Every language an opportunity of the catalogue is given in, sorted:
    /// the language breakdown's order, the same for any filters.
    pub languages: Vec<String>,
    /// Each neighbourhood of the gazetteer, in its order.
    pub neighbourhoods: Vec<Reach>,
    /// Online-only opportunities, which count for everyone.
    pub online: Counts,
    /// Opportunities at a venue passing the filters but in reach of no
    /// neighbourhood.
    pub beyond_reach: usize,
    /// Opportunities passing the filters (days and times aside) whose
    /// schedule has ended, left out of every figure.
    pub ended: usize,
    /// When what was counted (in reach of a neighbourhood, or online) was
    /// last verified.
    pub verified: VerifiedSpread,
    /// The gaps that matter, largest first: see [`gaps`].
    pub gaps: Vec<Gap>,
}

/// Counts the opportunities in reach of each neighbourhood, as of the index's
/// moment ([`SearchIndex::as_of`]), which decides what has ended and which
/// sessions are still to come. `index` must be the catalogue's.
pub fn count_in_reach(
    catalogue: &Catalogue,
    index: &SearchIndex,
    settings: &InsightSettings,
) -> Insight {
    let n = catalogue.opportunities.len();
    let ctx = Context {
        catalogue,
        index,
        origin: catalogue.centre,
        now: index.as_of(),
    };
    let passing = |filters: &Filters| {
        let mut set = vec![false; n];
        for hit in find(&ctx, filters) {
            if let Some(slot) = set.get_mut(hit.index) {
                *slot = true;
            }
        }
        set
    };
    let filters = applicable(settings.filters.clone());
    let counted = passing(&filters);
    // Ended records have no days or times to come, so they are found by the
    // filters without them.
    let any_time = passing(&Filters {
        days: SortedSet::default(),
        times: SortedSet::default(),
        ..filters.clone()
    });
    let by_time: Vec<Option<Vec<bool>>> = TimeOfDay::ALL
        .iter()
        .map(|t| t.filters().map(|f| passing(&f)))
        .collect();

    let languages = catalogue_languages(catalogue);
    let mut venue_at: HashMap<&str, usize> = HashMap::new();
    for (i, v) in catalogue.venues.iter().enumerate() {
        venue_at.entry(v.id.as_str()).or_insert(i);
    }

    let mut ended = 0;
    // The records counted, each with its venue (`None`: online only).
    let mut records: Vec<(usize, Option<usize>, Facts)> = Vec::new();
    for (i, o) in catalogue.opportunities.iter().enumerate() {
        let has_ended = !o.schedule.is_empty() && index.next_session(i).is_none();
        if has_ended {
            ended += usize::from(at_bool(&any_time, i));
            continue;
        }
        if !at_bool(&counted, i) {
            continue;
        }
        let venue = o.venue.as_deref().and_then(|id| venue_at.get(id).copied());
        let in_set = |set: &Option<Vec<bool>>| match set {
            Some(set) => at_bool(set, i),
            None => o.schedule.is_empty(),
        };
        let facts = Facts {
            skills: o
                .skills
                .iter()
                .filter_map(|s| catalogue.skills.iter().position(|k| k.id == *s))
                .collect(),
            access: AccessNeed::ALL
                .iter()
                .enumerate()
                .filter(|(_, need)| match need {
                    AccessNeed::Venue(a) => venue
                        .and_then(|v| catalogue.venues.get(v))
                        .is_some_and(|v| v.accessibility.contains(a)),
                    AccessNeed::Session(a) => o.access.contains(a),
                })
                .map(|(k, _)| k)
                .collect(),
            times: by_time
                .iter()
                .enumerate()
                .filter(|(_, set)| in_set(set))
                .map(|(k, _)| k)
                .collect(),
            cost: if o.cost.free {
                0
            } else if o.cost.is_unknown() {
                2
            } else {
                1
            },
            languages: o
                .languages
                .iter()
                .filter_map(|l| languages.iter().position(|m| m == l))
                .collect(),
        };
        records.push((i, venue, facts));
    }

    let walk_m = settings.walk_m();
    let zero = || Counts::zero(catalogue.skills.len(), languages.len());
    let mut reached = vec![false; records.len()];
    let neighbourhoods: Vec<Reach> = catalogue
        .neighbourhoods
        .iter()
        .enumerate()
        .map(|(k, hood)| {
            // Which venues are in reach, each measured once.
            let venue_in_reach: Vec<bool> = catalogue
                .venues
                .iter()
                .map(|v| {
                    v.neighbourhood.as_deref() == Some(hood.id.as_str())
                        || distance_m(hood.centre, v.location) <= walk_m
                })
                .collect();
            let mut counts = zero();
            for ((_, venue, facts), seen) in records.iter().zip(reached.iter_mut()) {
                if venue.is_some_and(|v| at_bool(&venue_in_reach, v)) {
                    counts.add(facts);
                    *seen = true;
                }
            }
            Reach {
                neighbourhood: k,
                population: hood.population,
                population_estimate: hood.population_estimate,
                counts,
            }
        })
        .collect();

    let mut online = zero();
    let mut beyond_reach = 0;
    let mut dates = Vec::new();
    let mut undated = 0;
    for ((i, venue, facts), seen) in records.iter().zip(&reached) {
        if venue.is_none() {
            online.add(facts);
        } else if !seen {
            beyond_reach += 1;
            continue;
        }
        match catalogue.opportunities.get(*i).and_then(|o| o.verified) {
            Some(date) => dates.push(date),
            None => undated += 1,
        }
    }

    let mut insight = Insight {
        walk_minutes: settings.walk_minutes,
        languages,
        neighbourhoods,
        online,
        beyond_reach,
        ended,
        verified: VerifiedSpread::of(dates, undated),
        gaps: Vec::new(),
    };
    insight.gaps = gaps(catalogue, &insight, settings);
    insight
}

fn at_bool(set: &[bool], i: usize) -> bool {
    set.get(i).copied().unwrap_or(false)
}

/// Every language an opportunity is given in, sorted, once each.
fn catalogue_languages(catalogue: &Catalogue) -> Vec<String> {
    let set: SortedSet<String> = catalogue
        .opportunities
        .iter()
        .flat_map(|o| o.languages.iter().cloned())
        .collect();
    set.iter().cloned().collect()
}

/// The gaps that matter, largest first.
///
/// A neighbourhood with nothing in reach has the one gap [`GapKind::Nothing`].
/// Otherwise each need that matters with no opportunity meeting it is a gap,
/// and each skill that matters with none. What matters is the settings'
/// [`Matter`]; when it is empty, every need, and every skill of the filters
/// (or of the taxonomy when the filters choose none).
///
/// Largest first: by the neighbourhood's population, most residents first and
/// unknown populations last; then by the neighbourhood's name (ignoring case
/// and accents) and position; then nothing at all, then needs (step-free,
/// evening, free), then skills in the taxonomy's order.
pub fn gaps(catalogue: &Catalogue, insight: &Insight, settings: &InsightSettings) -> Vec<Gap> {
    let matter = &settings.matter;
    let skills: Vec<(usize, &str)> = catalogue
        .skills
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.id.as_str()))
        .filter(|(_, id)| {
            if !matter.is_empty() {
                matter.skills.contains(*id)
            } else if !settings.filters.skills.is_empty() {
                settings.filters.skills.contains(*id)
            } else {
                true
            }
        })
        .collect();
    let needs: Vec<Need> = Need::ALL
        .into_iter()
        .filter(|n| matter.is_empty() || matter.needs.contains(n))
        .collect();
    let mut found: Vec<(Option<u32>, String, Gap)> = Vec::new();
    for reach in &insight.neighbourhoods {
        let name = catalogue
            .neighbourhoods
            .get(reach.neighbourhood)
            .map(|n| fold(&n.name))
            .unwrap_or_default();
        let mut push = |kind| {
            found.push((
                reach.population,
                name.clone(),
                Gap {
                    neighbourhood: reach.neighbourhood,
                    kind,
                },
            ));
        };
        let counts = &reach.counts;
        if counts.total == 0 {
            push(GapKind::Nothing);
            continue;
        }
        for &need in &needs {
            if counts.of_need(need) == 0 {
                push(GapKind::Need(need));
            }
        }
        for &(i, id) in &skills {
            if at(&counts.skills, i) == 0 {
                push(GapKind::Skill(id.to_owned()));
            }
        }
    }
    let rank = |kind: &GapKind| match kind {
        GapKind::Nothing => 0,
        GapKind::Need(need) => 1 + position(&Need::ALL, *need).unwrap_or(0),
        GapKind::Skill(id) => {
            1 + Need::ALL.len()
                + catalogue
                    .skills
                    .iter()
                    .position(|s| s.id == *id)
                    .unwrap_or(0)
        }
    };
    sort_by(&mut found, |(pa, na, a), (pb, nb, b)| {
        pb.cmp(pa)
            .then_with(|| na.cmp(nb))
            .then_with(|| a.neighbourhood.cmp(&b.neighbourhood))
            .then_with(|| rank(&a.kind).cmp(&rank(&b.kind)))
    });
    found.into_iter().map(|(_, _, gap)| gap).collect()
}

/// The CSV's header row, in its column order.
pub const CSV_COLUMNS: [&str; 9] = [
    "scope",
    "neighbourhood_id",
    "neighbourhood",
    "population",
    "population_estimate",
    "measure",
    "value",
    "count",
    "per_1000",
];

/// The figures as CSV (RFC 4180: comma-separated, fields with a comma, quote
/// or line break quoted, lines ending CRLF), one figure a row, with
/// [`CSV_COLUMNS`] as its header.
///
/// Each neighbourhood in the gazetteer's order (`scope` `neighbourhood`), then
/// the online-only opportunities (`scope` `online`, no neighbourhood). For each,
/// the `measure`s in this order: `total`; `skill` per skill id of the taxonomy;
/// `access` per access need word; `time` per [`TimeOfDay`] word; `cost` per
/// [`CostKind`] word; `language` per [`Insight::languages`] code. Every row is
/// written, zeros too, so the columns and rows depend only on the catalogue.
/// `population_estimate` is `yes` or `no` when there is a population; `per_1000`
/// has two decimals, and is empty without a population.
pub fn to_csv(catalogue: &Catalogue, insight: &Insight) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_COLUMNS.iter().map(|c| (*c).to_owned()));
    let rows = |counts: &Counts| -> Vec<(&'static str, String, usize)> {
        let mut rows = vec![("total", String::new(), counts.total)];
        let each = |measure, values: Vec<String>, counts: &[usize]| {
            values
                .into_iter()
                .enumerate()
                .map(|(i, v)| (measure, v, at(counts, i)))
                .collect::<Vec<_>>()
        };
        let skill_ids = catalogue.skills.iter().map(|s| s.id.clone()).collect();
        rows.extend(each("skill", skill_ids, &counts.skills));
        rows.extend(each("access", words(AccessNeed::ALL), &counts.access));
        rows.extend(each("time", words(&TimeOfDay::ALL), &counts.times));
        rows.extend(each("cost", words(&CostKind::ALL), &counts.costs));
        rows.extend(each(
            "language",
            insight.languages.clone(),
            &counts.languages,
        ));
        rows
    };
    for reach in &insight.neighbourhoods {
        let hood = catalogue.neighbourhoods.get(reach.neighbourhood);
        let (id, name) = hood.map_or((String::new(), String::new()), |h| {
            (h.id.clone(), h.name.clone())
        });
        let population = reach.population.map(|p| p.to_string()).unwrap_or_default();
        let estimate = match (reach.population, reach.population_estimate) {
            (None, _) => "",
            (Some(_), true) => "yes",
            (Some(_), false) => "no",
        };
        for (measure, value, count) in rows(&reach.counts) {
            let per = reach
                .per_thousand(count)
                .map(|p| p.to_string())
                .unwrap_or_default();
            push_row(
                &mut out,
                [
                    "neighbourhood".to_owned(),
                    id.clone(),
                    name.clone(),
                    population.clone(),
                    estimate.to_owned(),
                    measure.to_owned(),
                    value,
                    count.to_string(),
                    per,
                ]
                .into_iter(),
            );
        }
    }
    for (measure, value, count) in rows(&insight.online) {
        push_row(
            &mut out,
            [
                "online".to_owned(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                measure.to_owned(),
                value,
                count.to_string(),
                String::new(),
            ]
            .into_iter(),
        );
    }
    out
}

fn words<T: Token>(all: &[T]) -> Vec<String> {
    all.iter().map(|v| v.token().to_owned()).collect()
}

/// Appends one CSV record and its CRLF.
fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{LatLon, Neighbourhood, Skill, Venue};
    use crate::opportunity::{Kind, Mode, Opportunity, Price, SessionAccess};
    use crate::schedule::{DatedSlot, Schedule, WeeklySlot};
    use crate::time::{DateTime, Time};
    use crate::{Hit, read_catalogue};

    /// Wednesday 25 November 2026, 12:00.
    fn now() -> DateTime {
        DateTime::parse("2026-11-25T12:00").unwrap()
    }

    fn t(hhmm: &str) -> Time {
        Time::parse(hhmm).unwrap()
    }

    const NORTH: LatLon = LatLon {
        lat: 51.91,
        lon: -8.47,
    };

    /// A point `metres` north of `from`, placed by measuring a degree with the
    /// same distance the module uses.
    fn north_of(from: LatLon, metres: f64) -> LatLon {
        let degree = distance_m(
            from,
            LatLon {
                lat: from.lat + 1.0,
                ..from
            },
        );
        LatLon {
            lat: from.lat + metres / degree,
            ..from
        }
    }

    fn hood(id: &str, centre: LatLon, population: Option<u32>, estimate: bool) -> Neighbourhood {
        Neighbourhood {
            id: id.into(),
            name: id.to_uppercase(),
            centre,
            outline: vec![],
            population,
            population_estimate: estimate,
        }
    }

    fn venue(id: &str, hood: Option<&str>, at: LatLon, step_free: bool) -> Venue {
        Venue {
            id: id.into(),
            name: id.into(),
            address: None,
            postcode: None,
            neighbourhood: hood.map(str::to_owned),
            location: at,
            accessibility: if step_free {
                vec![VenueAccess::StepFree]
            } else {
                vec![]
            },
            opening_hours: vec![],
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

    /// A record at `venue` (online only for `None`), free, in English, with
    /// weekday mornings, changed by `edit`.
    fn record(
        id: &str,
        venue: Option<&str>,
        skill: &str,
        edit: impl Fn(&mut Opportunity),
    ) -> Opportunity {
        let mut o = Opportunity::new(id, Kind::Course, id, "A course.");
        o.venue = venue.map(str::to_owned);
        o.mode = if venue.is_some() {
            Mode::InPerson
        } else {
            Mode::Online
        };
        o.skills = vec![skill.to_owned()];
        o.languages = vec!["en".to_owned()];
        o.cost.free = true;
        o.schedule = weekly(&[Weekday::Mon], "10:00", "12:00");
        o.verified = Date::new(2026, 10, 1);
        edit(&mut o);
        o
    }

    /// North (1,000 residents, an estimate) with a step-free library in it;
    /// South (no population) 3 km away with a hall; Far (500 residents,
    /// counted) 20 km away with nothing.
    fn town(opportunities: Vec<Opportunity>) -> Catalogue {
        let south = north_of(NORTH, -3_000.0);
        Catalogue {
            name: "Town".into(),
            centre: NORTH,
            neighbourhoods: vec![
                hood("north", NORTH, Some(1_000), true),
                hood("south", south, None, false),
                hood("far", north_of(NORTH, 20_000.0), Some(500), false),
            ],
            skills: vec![
                Skill::new("digital", "Computers"),
                Skill::new("cooking", "Cooking"),
            ],
            venues: vec![
                venue("library", Some("north"), north_of(NORTH, 100.0), true),
                venue("hall", Some("south"), south, false),
            ],
            opportunities,
            ..Catalogue::default()
        }
    }

    fn count(catalogue: &Catalogue, query: &str) -> Insight {
        let index = SearchIndex::new(catalogue, now());
        count_in_reach(catalogue, &index, &settings(catalogue, query))
    }

    fn settings(catalogue: &Catalogue, query: &str) -> InsightSettings {
        let pairs: Vec<(&str, &str)> = query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .collect();
        InsightSettings::from_query(pairs, catalogue)
    }

    fn reach<'a>(insight: &'a Insight, catalogue: &Catalogue, id: &str) -> &'a Reach {
        let k = catalogue
            .neighbourhoods
            .iter()
            .position(|n| n.id == id)
            .unwrap();
        &insight.neighbourhoods[k]
    }

    /// A neighbourhood with nothing in reach has zero in every figure and the
    /// one gap "nothing", which stands for all the others.
    #[test]
    fn a_neighbourhood_with_nothing() {
        let c = town(vec![
            record("a", Some("library"), "digital", |_| {}),
            record("b", Some("hall"), "cooking", |_| {}),
        ]);
        let insight = count(&c, "");
        let far = reach(&insight, &c, "far");
        assert_eq!(
            far.counts,
            Counts::zero(c.skills.len(), insight.languages.len())
        );
        let far_gaps: Vec<&GapKind> = insight
            .gaps
            .iter()
            .filter(|g| c.neighbourhoods[g.neighbourhood].id == "far")
            .map(|g| &g.kind)
            .collect();
        assert_eq!(far_gaps, [&GapKind::Nothing]);
        assert_eq!(
            far.per_thousand(far.counts.total)
                .map(|p| p.to_string())
                .as_deref(),
            Some("0.00")
        );
    }

    /// A venue outside the neighbourhood counts when its distance from the
    /// centre is within the walk, and not when it is a little beyond.
    #[test]
    fn a_venue_on_the_walk_boundary() {
        let walk_m = f64::from(DEFAULT_WALK_MINUTES) * WALK_METRES_PER_MINUTE;
        let mut c = town(vec![
            record("inside", Some("just-inside"), "digital", |_| {}),
            record("outside", Some("just-outside"), "cooking", |_| {}),
        ]);
        let far = c.neighbourhoods[2].centre;
        c.venues.push(venue(
            "just-inside",
            None,
            north_of(far, walk_m - 5.0),
            false,
        ));
        c.venues.push(venue(
            "just-outside",
            None,
            north_of(far, walk_m + 5.0),
            false,
        ));
        let d = |v: usize| distance_m(far, c.venues[v].location);
        assert!(d(2) <= walk_m && d(2) > walk_m - 10.0, "{}", d(2));
        assert!(d(3) > walk_m && d(3) < walk_m + 10.0, "{}", d(3));

        let insight = count(&c, "");
        let far_counts = &reach(&insight, &c, "far").counts;
        assert_eq!(far_counts.total, 1);
        assert_eq!(far_counts.skills, [1, 0], "the digital record only");
        assert_eq!(insight.beyond_reach, 1, "the record just outside");

        // A minute's more walk takes in the one just outside.
        let longer = count(&c, &format!("walk={}", DEFAULT_WALK_MINUTES + 1));
        assert_eq!(reach(&longer, &c, "far").counts.total, 2);
        assert_eq!(longer.beyond_reach, 0);
        // No walk at all counts the venues in the neighbourhood only.
        let none = count(&c, "walk=0");
        assert_eq!(reach(&none, &c, "far").counts.total, 0);
        assert_eq!(none.beyond_reach, 2);
    }

    /// Online-only records are counted apart, for everyone, and close no gap.
    #[test]
    fn online_only_opportunities_are_counted_apart() {
        let c = town(vec![
            record("here", Some("library"), "digital", |o| o.cost.free = false),
            record("web", None, "digital", |_| {}),
            record("web-cooking", None, "cooking", |o| {
                o.schedule = weekly(&[Weekday::Tue], "19:00", "20:00")
            }),
        ]);
        let insight = count(&c, "");
        assert_eq!(insight.online.total, 2);
        assert_eq!(insight.online.skills, [1, 1]);
        assert_eq!(insight.online.of_time(TimeOfDay::Evening), 1);
        let north = reach(&insight, &c, "north");
        assert_eq!(north.counts.total, 1);
        let north_gaps: Vec<&GapKind> = insight
            .gaps
            .iter()
            .filter(|g| g.neighbourhood == north.neighbourhood)
            .map(|g| &g.kind)
            .collect();
        // Free cooking in the evening is online only: still gaps in North.
        assert_eq!(
            north_gaps,
            [
                &GapKind::Need(Need::Evening),
                &GapKind::Need(Need::Free),
                &GapKind::Skill("cooking".into())
            ]
        );
        // Online rows come last in the CSV, with no neighbourhood or rate.
        let csv = to_csv(&c, &insight);
        assert!(csv.contains("\r\nonline,,,,,total,,2,\r\n"), "{csv}");
    }

    /// A schedule whose last session has passed is left out of every figure
    /// and counted as ended; one with no times at all is counted, as such.
    #[test]
    fn a_schedule_that_has_ended() {
        let past = DatedSlot {
            date: now().date.add_days(-7),
            start: t("10:00"),
            end: t("12:00"),
        };
        let c = town(vec![
            record("over", Some("library"), "digital", |o| {
                o.schedule = Schedule {
                    dates: vec![past.clone()],
                    ..Schedule::default()
                }
            }),
            record("series-over", None, "digital", |o| {
                o.schedule.end_date = Some(now().date.add_days(-1))
            }),
            record("ask", Some("library"), "cooking", |o| {
                o.schedule = Schedule::default()
            }),
        ]);
        let insight = count(&c, "");
        assert_eq!(insight.ended, 2);
        assert_eq!(insight.online.total, 0);
        let north = &reach(&insight, &c, "north").counts;
        assert_eq!(north.total, 1);
        assert_eq!(north.of_time(TimeOfDay::NotGiven), 1);
        // Ended records are counted as ended only when they pass the filters.
        assert_eq!(count(&c, "skill=cooking").ended, 0);
        // Asking for a time leaves out the record with none, and still
        // counts the ended ones that match otherwise.
        let mornings = count(&c, "time=morning");
        assert_eq!(reach(&mornings, &c, "north").counts.total, 0);
        assert_eq!(mornings.ended, 2);
    }

    /// Without a population there is no rate; an estimated one is marked so
    /// in the CSV.
    #[test]
    fn populations_missing_or_estimated() {
        let c = town(vec![
            record("a", Some("library"), "digital", |_| {}),
            record("b", Some("hall"), "digital", |_| {}),
            record("c", Some("hall"), "digital", |_| {}),
        ]);
        let insight = count(&c, "");
        let south = reach(&insight, &c, "south");
        assert_eq!(south.counts.total, 2);
        assert_eq!(south.per_thousand(2), None);
        let north = reach(&insight, &c, "north");
        assert_eq!(north.per_thousand(1), PerThousand::of(1, Some(1_000)));
        let csv = to_csv(&c, &insight);
        assert!(
            csv.contains("\r\nneighbourhood,south,SOUTH,,,total,,2,\r\n"),
            "{csv}"
        );
        assert!(
            csv.contains("\r\nneighbourhood,north,NORTH,1000,yes,total,,1,1.00\r\n"),
            "{csv}"
        );
        assert!(
            csv.contains("\r\nneighbourhood,far,FAR,500,no,total,,0,0.00\r\n"),
            "{csv}"
        );
    }

    /// Rates are exact hundredths, rounded half up, the same everywhere.
    #[test]
    fn rates_per_thousand() {
        let rate = |n, p| PerThousand::of(n, p).map(|r| r.to_string());
        assert_eq!(rate(3, Some(8_000)).as_deref(), Some("0.38"));
        assert_eq!(rate(1, Some(3)).as_deref(), Some("333.33"));
        assert_eq!(rate(2, Some(3)).as_deref(), Some("666.67"));
        assert_eq!(rate(25, Some(2_000)).as_deref(), Some("12.50"));
        assert_eq!(rate(0, Some(10)).as_deref(), Some("0.00"));
        assert_eq!(rate(1, Some(0)), None);
        assert_eq!(rate(1, None), None);
        assert!(PerThousand::of(usize::MAX, Some(1)).is_none());
    }

    /// The finder's filters narrow what is counted, exactly as in the finder.
    #[test]
    fn the_filters_narrow_the_counts() {
        let c = town(vec![
            record("digital-free", Some("library"), "digital", |_| {}),
            record("digital-paid", Some("library"), "digital", |o| {
                o.cost.free = false;
                o.cost.prices = vec![Price {
                    amount: 10.0,
                    currency: "EUR".into(),
                    label: None,
                }];
            }),
            record("cooking-evening", Some("library"), "cooking", |o| {
                o.schedule = weekly(&[Weekday::Thu], "18:00", "20:00");
                o.access = vec![SessionAccess::HearingLoop];
                o.languages = vec!["ga".into()];
            }),
            record("hall-digital", Some("hall"), "digital", |_| {}),
        ]);
        assert_eq!(count(&c, "").languages, ["en", "ga"]);
        let north = |query: &str| reach(&count(&c, query), &c, "north").counts.clone();
        assert_eq!(north("").total, 3);
        assert_eq!(north("skill=digital").total, 2);
        assert_eq!(north("skill=digital&free=yes").total, 1);
        assert_eq!(north("max=5").total, 2, "free counts as a price of 0");
        assert_eq!(north("time=evening").total, 1);
        assert_eq!(north("day=th").total, 1);
        assert_eq!(north("access=hearing_loop").total, 1);
        assert_eq!(
            north("access=step_free").total,
            3,
            "the library is step-free"
        );
        assert_eq!(north("lang=ga").total, 1);
        // Keys that do not apply here are ignored.
        assert_eq!(
            north("q=nothing&near=south&within=1km&kind=lecture").total,
            3
        );

        let all = north("");
        assert_eq!(all.of_cost(CostKind::Free), 2);
        assert_eq!(all.of_cost(CostKind::Paid), 1);
        assert_eq!(all.of_time(TimeOfDay::Daytime), 2);
        assert_eq!(all.of_time(TimeOfDay::Evening), 1);
        assert_eq!(all.of_time(TimeOfDay::Weekend), 0);
        assert_eq!(
            all.of_access(AccessNeed::Session(SessionAccess::HearingLoop)),
            1
        );
        assert_eq!(all.languages, [2, 1], "en, then ga");
    }

    /// Gaps come largest first: most residents first, unknown populations
    /// last, then by name; nothing at all, then needs, then skills. The
    /// gaps that matter can be chosen.
    #[test]
    fn gaps_largest_first_and_which_matter() {
        let mut c = town(vec![
            record("library-evening", Some("library"), "digital", |o| {
                o.schedule = weekly(&[Weekday::Thu], "18:00", "20:00");
            }),
            record("hall-paid", Some("hall"), "cooking", |o| {
                o.cost.free = false
            }),
        ]);
        // A fourth neighbourhood as big as North, named before it.
        c.neighbourhoods.push(hood(
            "middle",
            north_of(NORTH, 50_000.0),
            Some(1_000),
            false,
        ));
        let insight = count(&c, "");
        let named: Vec<(String, GapKind)> = insight
            .gaps
            .iter()
            .map(|g| (c.neighbourhoods[g.neighbourhood].id.clone(), g.kind.clone()))
            .collect();
        let gap = |id: &str, kind: GapKind| (id.to_owned(), kind);
        assert_eq!(
            named,
            [
                gap("middle", GapKind::Nothing),
                gap("north", GapKind::Skill("cooking".into())),
                gap("far", GapKind::Nothing),
                gap("south", GapKind::Need(Need::StepFree)),
                gap("south", GapKind::Need(Need::Evening)),
                gap("south", GapKind::Need(Need::Free)),
                gap("south", GapKind::Skill("digital".into())),
            ]
        );
        // Only the chosen gaps, and "nothing", which implies them.
        let chosen = count(&c, "matter=evening,cooking");
        let kinds: Vec<(usize, GapKind)> = chosen
            .gaps
            .iter()
            .map(|g| (g.neighbourhood, g.kind.clone()))
            .collect();
        assert_eq!(
            kinds,
            [
                (3, GapKind::Nothing),
                (0, GapKind::Skill("cooking".into())),
                (2, GapKind::Nothing),
                (1, GapKind::Need(Need::Evening)),
            ]
        );
        // With skills filtered, the skill gaps are of those skills only: a
        // skill nobody offers adds no gap when it is not asked for.
        c.skills.push(Skill::new("music", "Music"));
        let without_music: Vec<(String, GapKind)> = count(&c, "skill=digital,cooking")
            .gaps
            .iter()
            .map(|g| (c.neighbourhoods[g.neighbourhood].id.clone(), g.kind.clone()))
            .collect();
        assert_eq!(without_music, named);
        let with_music = count(&c, "").gaps;
        assert_eq!(
            with_music
                .iter()
                .filter(|g| g.kind == GapKind::Skill("music".into()))
                .count(),
            2,
            "North and South, which have something"
        );
    }

    /// Last verified: the oldest, the middle (the earlier of two) and the
    /// newest date of what was counted, and how many give none.
    #[test]
    fn the_last_verified_spread() {
        let on = |y, m, d| move |o: &mut Opportunity| o.verified = Date::new(y, m, d);
        let c = town(vec![
            record("a", Some("library"), "digital", on(2026, 3, 1)),
            record("b", Some("library"), "digital", on(2025, 1, 9)),
            record("c", None, "digital", on(2026, 9, 30)),
            record("d", Some("hall"), "digital", on(2026, 6, 1)),
            record("e", Some("hall"), "digital", |o| o.verified = None),
        ]);
        let spread = count(&c, "").verified;
        assert_eq!(spread.oldest, Date::new(2025, 1, 9));
        assert_eq!(spread.median, Date::new(2026, 3, 1));
        assert_eq!(spread.newest, Date::new(2026, 9, 30));
        assert_eq!((spread.dated, spread.undated), (4, 1));
        assert_eq!(VerifiedSpread::of(vec![], 0), VerifiedSpread::default());
    }

    /// The settings' query reads every key it knows and writes them back the
    /// same; bad values are ignored, and the default writes nothing.
    #[test]
    fn settings_round_trip_through_the_url() {
        let c = town(vec![]);
        let s = settings(
            &c,
            "skill=digital,unknown&access=step_free,hearing_loop&day=sa&time=evening&free=yes\
             &max=20&lang=ga,en&walk=10&matter=cooking,free,step_free,nonsense&q=x&sort=az",
        );
        assert_eq!(s.walk_minutes, 10);
        assert_eq!(s.filters.skills.len(), 1);
        assert_eq!(s.filters.text, "", "not a setting here");
        assert_eq!(s.matter.skills, ["cooking".to_owned()].into());
        assert_eq!(s.matter.needs, [Need::StepFree, Need::Free].into());
        let query = s.to_query();
        assert_eq!(
            query,
            "skill=digital&access=step_free,hearing_loop&day=sa&time=evening&lang=en,ga\
             &free=yes&max=20&walk=10&matter=cooking,step_free,free"
        );
        assert_eq!(settings(&c, &query), s);
        assert_eq!(InsightSettings::default().to_query(), "");
        assert_eq!(settings(&c, ""), InsightSettings::default());
        for bad in [
            "walk=61",
            "walk=-1",
            "walk=ten",
            "walk=",
            "matter=",
            "matter=xyz",
        ] {
            assert_eq!(settings(&c, bad), InsightSettings::default(), "{bad}");
        }
        assert_eq!(settings(&c, "walk=0").walk_minutes, 0);
        assert_eq!(settings(&c, "walk=15&walk=x").to_query(), "");
    }

    /// The CSV has its header, one row per figure for every neighbourhood and
    /// then online, CRLF line ends, and quotes where RFC 4180 needs them.
    #[test]
    fn csv_shape_and_quoting() {
        let mut c = town(vec![record("a", Some("library"), "digital", |_| {})]);
        c.neighbourhoods[0].name = "North, \"Upper\"".into();
        let insight = count(&c, "");
        let csv = to_csv(&c, &insight);
        assert!(csv.starts_with(&format!("{}\r\n", CSV_COLUMNS.join(","))));
        assert!(
            csv.contains("neighbourhood,north,\"North, \"\"Upper\"\"\",1000,yes,total,,1,1.00\r\n")
        );
        let per_scope = 1
            + c.skills.len()
            + AccessNeed::ALL.len()
            + TimeOfDay::ALL.len()
            + CostKind::ALL.len()
            + insight.languages.len();
        let rows = csv.split("\r\n").filter(|l| !l.is_empty()).count();
        assert_eq!(rows, 1 + per_scope * (c.neighbourhoods.len() + 1));
        assert!(csv.ends_with("\r\n"));
        assert!(!csv.replace("\r\n", "").contains('\n'));
    }

    /// On the demo catalogue, each breakdown equals the total counted when the
    /// finder's filter for it is set: the page and the finder agree on what a
    /// skill, a need, a time of day, free and a language are.
    #[test]
    fn breakdowns_agree_with_the_finders_filters() {
        let text = include_str!("../../../data/catalogue.json");
        let c = read_catalogue(text, None).unwrap().catalogue;
        let index = SearchIndex::new(&c, now());
        let run = |query: &str| count_in_reach(&c, &index, &settings(&c, query));
        let all = run("");
        let totals = |insight: &Insight| -> Vec<usize> {
            insight
                .neighbourhoods
                .iter()
                .map(|r| r.counts.total)
                .chain([insight.online.total])
                .collect()
        };
        let column = |pick: &dyn Fn(&Counts) -> usize| -> Vec<usize> {
            all.neighbourhoods
                .iter()
                .map(|r| pick(&r.counts))
                .chain([pick(&all.online)])
                .collect()
        };
        for (i, skill) in c.skills.iter().enumerate() {
            let by = column(&|k: &Counts| k.skills[i]);
            assert_eq!(
                totals(&run(&format!("skill={}", skill.id))),
                by,
                "{}",
                skill.id
            );
        }
        for &need in AccessNeed::ALL {
            let by = column(&|k: &Counts| k.of_access(need));
            assert_eq!(
                totals(&run(&format!("access={}", need.token()))),
                by,
                "{need:?}"
            );
        }
        for time in [TimeOfDay::Daytime, TimeOfDay::Evening, TimeOfDay::Weekend] {
            let by = column(&|k: &Counts| k.of_time(time));
            let query = time.filters().unwrap().to_query();
            assert_eq!(totals(&run(&query)), by, "{query}");
        }
        let free = column(&|k: &Counts| k.of_cost(CostKind::Free));
        assert_eq!(totals(&run("free=yes")), free);
        for (i, lang) in all.languages.iter().enumerate() {
            let by = column(&|k: &Counts| k.languages[i]);
            assert_eq!(totals(&run(&format!("lang={lang}"))), by, "{lang}");
        }
        // Something is counted, and something has ended.
        assert!(totals(&all).iter().sum::<usize>() > 0);
        assert!(all.ended > 0, "the demo has courses that have ended");
        // Every in-person record counted in a neighbourhood is one the finder
        // lists within the walk of its centre, or at a venue in it.
        let mayfield = c
            .neighbourhoods
            .iter()
            .position(|n| n.id == "mayfield")
            .unwrap();
        let filters = Filters {
            place: Some(crate::filter::PlaceRef::Named("mayfield".into())),
            ..Filters::default()
        };
        let ctx = Context {
            catalogue: &c,
            index: &index,
            origin: c.neighbourhoods[mayfield].centre,
            now: now(),
        };
        let walk_m = InsightSettings::default().walk_m();
        let in_reach = |hit: &Hit| {
            let o = &c.opportunities[hit.index];
            let v = c.venue_of(o);
            v.is_some()
                && (o.schedule.is_empty() || index.next_session(hit.index).is_some())
                && (hit.distance_m.is_some_and(|d| d <= walk_m)
                    || v.is_some_and(|v| v.neighbourhood.as_deref() == Some("mayfield")))
        };
        let expected = find(&ctx, &filters).iter().filter(|h| in_reach(h)).count();
        assert_eq!(all.neighbourhoods[mayfield].counts.total, expected);
    }
}
