//! The finder as it was before the search index had bit sets and a word index:
//! every group of the filters checked record by record. Kept for the tests only,
//! as the reference the indexed [`super::find`] and [`super::facets`] must equal
//! result for result and count for count.

use super::*;
use crate::distance::distance_m;

fn part_bit(part: PartOfDay) -> u8 {
    1 << part_position(part)
}

impl Group {
    /// The group's own bit in a set of groups (there are fewer than 32).
    fn bit(self) -> u32 {
        1 << (self as u8)
    }
}

/// One record as a search sees it.
struct Candidate<'a> {
    o: &'a Opportunity,
    p: &'a Prepared,
    doc: &'a SearchDoc,
    distance_m: Option<f64>,
}

/// The day-time condition: a session on a chosen day in a chosen part of it.
fn when_matches(mask: &[u8; 7], days: impl Fn(usize) -> bool, parts: u8) -> bool {
    mask.iter()
        .enumerate()
        .any(|(i, bits)| days(i) && bits & parts != 0)
}

fn parts_mask(parts: &SortedSet<PartOfDay>) -> u8 {
    if parts.is_empty() {
        0b111
    } else {
        parts.iter().fold(0, |b, &p| b | part_bit(p))
    }
}

fn day_filter(days: &SortedSet<Weekday>) -> impl Fn(usize) -> bool + '_ {
    move |i| days.is_empty() || days.iter().any(|&d| day_index(d) == i)
}

/// True when the candidate is within the radius (online-only records always are).
fn within(radius: Radius, c: &Candidate<'_>) -> bool {
    match (radius.metres(), c.distance_m) {
        (None, _) | (_, None) => true,
        (Some(limit), Some(d)) => d <= limit,
    }
}

/// True when the candidate's next session is by the date (`None`: any time).
fn starts_in_time(by: Option<Date>, c: &Candidate<'_>) -> bool {
    by.is_none_or(|by| c.p.next.is_some_and(|s| s.date <= by))
}

/// True when a session is on now, or, for a library, its venue is open.
fn open_now(ctx: &Context<'_>, c: &Candidate<'_>) -> bool {
    c.o.schedule.is_open_at(ctx.now)
        || (c.o.kind == Kind::Library
            && c.p
                .venue
                .and_then(|i| ctx.catalogue.venues.get(i))
                .is_some_and(|v| {
                    crate::schedule::Schedule {
                        weekly: v.opening_hours.clone(),
                        ..Default::default()
                    }
                    .is_open_at(ctx.now)
                }))
}

/// True when the candidate passes one group of the filters.
fn passes(group: Group, f: &Filters, query: &Query, ctx: &Context<'_>, c: &Candidate<'_>) -> bool {
    let o = c.o;
    match group {
        Group::Text => query.is_empty() || text::score(query, c.doc).is_some(),
        Group::Distance => within(f.radius, c),
        Group::Online => !(f.exclude_online && c.p.location.is_none()),
        Group::Skill => f.skills.is_empty() || o.skills.iter().any(|s| f.skills.contains(s)),
        Group::Kind => f.kinds.is_empty() || f.kinds.contains(&o.kind),
        Group::Access => {
            let needs = AccessNeed::all();
            f.access.iter().all(|n| {
                needs
                    .iter()
                    .position(|m| m == n)
                    .is_some_and(|i| c.p.access & (1 << i) != 0)
            })
        }
        Group::Day | Group::Time => {
            (f.days.is_empty() && f.times.is_empty())
                || when_matches(&c.p.when, day_filter(&f.days), parts_mask(&f.times))
        }
        Group::Starts => starts_in_time(starts_by(f.starts, ctx.now.date), c),
        Group::OpenNow => !f.open_now || open_now(ctx, c),
        Group::Cost => costs_at_most(f.free, f.max_price, o),
        Group::Language => {
            f.languages.is_empty() || o.languages.iter().any(|l| f.languages.contains(l))
        }
        Group::Mode => f.modes.is_empty() || f.modes.contains(&o.mode),
        Group::Level => f.levels.is_empty() || f.levels.contains(&o.level),
        Group::Audience => f.audiences.is_empty() || f.audiences.iter().any(|&a| suits(o, a)),
        Group::Age => f.age.is_none_or(|age| o.age.is_none_or(|r| r.admits(age))),
    }
}

/// Every record's searchable text, which the index does not keep.
pub(super) fn docs(catalogue: &Catalogue) -> Vec<SearchDoc> {
    SearchIndex::prepare(catalogue, super::facet_truth_tests::noon()).1
}

fn candidates<'a>(
    ctx: &'a Context<'a>,
    docs: &'a [SearchDoc],
) -> impl Iterator<Item = Candidate<'a>> + 'a {
    ctx.catalogue
        .opportunities
        .iter()
        .zip(&ctx.index.records)
        .zip(docs)
        .map(|((o, p), doc)| Candidate {
            o,
            p,
            doc,
            distance_m: p.location.map(|l| distance_m(ctx.origin, l)),
        })
}

/// The opportunities that pass every filter, in the filters' order.
///
/// Distance order puts online-only records last; soonest puts records with no
/// upcoming session last; relevance uses the text score (and is distance order
/// without text). Ties are broken by distance, then title ignoring case, then id,
/// so the order is the same on every device.
pub fn find(ctx: &Context<'_>, docs: &[SearchDoc], filters: &Filters) -> Vec<Hit> {
    let query = Query::parse(&filters.text);
    let mut hits: Vec<(Hit, &Prepared, &str)> = candidates(ctx, docs)
        .enumerate()
        .filter(|(_, c)| {
            Group::ALL
                .iter()
                .all(|&g| passes(g, filters, &query, ctx, c))
        })
        .map(|(index, c)| {
            let score = if query.is_empty() {
                0
            } else {
                text::score(&query, c.doc).unwrap_or(0)
            };
            (
                Hit {
                    index,
                    distance_m: c.distance_m,
                    score,
                },
                c.p,
                c.o.id.as_str(),
            )
        })
        .collect();
    let far = f64::INFINITY;
    let by_distance = |a: &Hit, b: &Hit| {
        a.distance_m
            .unwrap_or(far)
            .total_cmp(&b.distance_m.unwrap_or(far))
    };
    hits.sort_by(|(a, pa, ida), (b, pb, idb)| {
        let primary = match filters.sort {
            crate::filter::Sort::Distance => std::cmp::Ordering::Equal,
            crate::filter::Sort::Soonest => match (pa.next, pb.next) {
                (Some(x), Some(y)) => x.starts_at().cmp(&y.starts_at()),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
            crate::filter::Sort::Relevance => b.score.cmp(&a.score),
            crate::filter::Sort::Title => pa.title_rank.cmp(&pb.title_rank),
        };
        primary
            .then_with(|| by_distance(a, b))
            .then_with(|| pa.title_rank.cmp(&pb.title_rank))
            .then_with(|| ida.cmp(idb))
    });
    hits.into_iter().map(|(hit, _, _)| hit).collect()
}

/// The counts of one any-of group, tallied record by record.
///
/// Kept in vectors beside the options rather than in maps keyed by them: a group
/// has a few dozen options at most, and maps would compile a copy of their
/// sorting and tree code per option type into the app.
struct Tally<T> {
    options: Vec<T>,
    /// Per option: records that pass every other group and have the option.
    gives: Vec<usize>,
    /// Per option: those of them that the group's current choice leaves out.
    adds: Vec<usize>,
}

impl<T: Ord + Clone> Tally<T> {
    /// Every option at zero, so options that give nothing are still listed.
    fn new(options: impl IntoIterator<Item = T>) -> Self {
        let options: Vec<T> = options.into_iter().collect();
        Self {
            gives: vec![0; options.len()],
            adds: vec![0; options.len()],
            options,
        }
    }

    /// Counts a record that has `option`, listing the option if it is new;
    /// `left_out` when the group's current choice leaves it out (so ticking the
    /// option would add it).
    fn count(&mut self, option: &T, left_out: bool) {
        let at = match self.options.iter().position(|o| o == option) {
            Some(at) => at,
            None => {
                self.options.push(option.clone());
                self.gives.push(0);
                self.adds.push(0);
                self.options.len() - 1
            }
        };
        self.bump(at, left_out);
    }

    /// Counts a record for an option only if the option is listed (skills the
    /// catalogue does not define are not options).
    fn count_listed(&mut self, option: &T, left_out: bool) {
        if let Some(at) = self.options.iter().position(|o| o == option) {
            self.bump(at, left_out);
        }
    }

    fn bump(&mut self, at: usize, left_out: bool) {
        if let Some(n) = self.gives.get_mut(at) {
            *n += 1;
        }
        if left_out && let Some(n) = self.adds.get_mut(at) {
            *n += 1;
        }
    }

    /// What each option says, given the options ticked in the group.
    fn finish(self, ticked: &SortedSet<T>) -> SortedMap<T, OptionCount> {
        let mut out = SortedMap::new();
        for ((option, gives), adds) in self.options.into_iter().zip(self.gives).zip(self.adds) {
            let count = if ticked.is_empty() || ticked.contains(&option) {
                OptionCount::Gives(gives)
            } else {
                OptionCount::Adds(adds)
            };
            out.insert(option, count);
        }
        out
    }
}

/// Counts every option of every group in one pass over the records: a record
/// counts for an option when it passes every other group and would pass this one
/// with the option chosen; it adds to the option when, besides, the group's
/// current choice leaves it out.
pub fn facets(ctx: &Context<'_>, docs: &[SearchDoc], filters: &Filters) -> Facets {
    let query = Query::parse(&filters.text);
    // Every option starts at zero, so options that give nothing are still listed.
    // (Inserted one by one: collecting would compile a sort per option type.)
    fn zeros<T: Ord>(options: impl IntoIterator<Item = T>) -> SortedMap<T, usize> {
        let mut out = SortedMap::new();
        for option in options {
            out.insert(option, 0);
        }
        out
    }
    let mut out = Facets {
        radius: zeros(Radius::ALL),
        starts: zeros([StartsWithin::Week, StartsWithin::Month, StartsWithin::Any]),
        ..Facets::default()
    };
    let mut skills = Tally::new(ctx.catalogue.skills.iter().map(|s| s.id.clone()));
    let mut kinds = Tally::new(Kind::ALL);
    let mut access = Tally::new(AccessNeed::all());
    let mut days = Tally::new(Weekday::ALL);
    let mut times = Tally::new(PartOfDay::ALL);
    let mut languages = Tally::new(Vec::<String>::new());
    let mut modes = Tally::new(Mode::ALL);
    let mut levels = Tally::new(Level::ALL);
    let mut audiences = Tally::new(Audience::ALL);

    // What each "starts within" choice allows, worked out once, not per record.
    let starts_dates = [StartsWithin::Week, StartsWithin::Month, StartsWithin::Any]
        .map(|s| (s, starts_by(s, ctx.now.date)));
    for c in candidates(ctx, docs) {
        // The groups the record fails, one bit each (no allocation per record).
        let failing = Group::ALL
            .iter()
            .filter(|&&g| !passes(g, filters, &query, ctx, &c))
            .fold(0_u32, |bits, &g| bits | g.bit());
        // Counted for group `g`: passes all the others. Left out by `g`: fails it.
        let counts_for = |g: Group| match failing {
            0 => Some(false),
            only if only == g.bit() => Some(true),
            _ => None,
        };
        // Day and time are one condition seen from two sides: each side counts
        // with the other side's choice as it is.
        let day_time =
            (failing & !(Group::Day.bit() | Group::Time.bit()) == 0).then_some(failing != 0);
        let o = c.o;
        if counts_for(Group::Distance).is_some() {
            for r in Radius::ALL {
                if within(r, &c)
                    && let Some(n) = out.radius.get_mut(&r)
                {
                    *n += 1;
                }
            }
        }
        if failing == 0 && c.p.location.is_some() {
            out.exclude_online += 1;
        }
        if let Some(left_out) = counts_for(Group::Skill) {
            for s in &o.skills {
                skills.count_listed(s, left_out);
            }
        }
        if let Some(left_out) = counts_for(Group::Kind) {
            kinds.count(&o.kind, left_out);
        }
        if failing == 0 {
            // Needs narrow: a need's count is the list with it added, so only
            // records in the list count, for each need they meet.
            for (i, need) in AccessNeed::all().iter().enumerate() {
                if c.p.access & (1 << i) != 0 {
                    access.count(need, false);
                }
            }
        }
        if let Some(left_out) = day_time {
            let parts = parts_mask(&filters.times);
            for d in Weekday::ALL {
                if c.p.when.get(day_index(d)).is_some_and(|b| b & parts != 0) {
                    days.count(&d, left_out);
                }
            }
            let on_days = day_filter(&filters.days);
            for p in PartOfDay::ALL {
                if when_matches(&c.p.when, &on_days, part_bit(p)) {
                    times.count(&p, left_out);
                }
            }
        }
        if counts_for(Group::Starts).is_some() {
            for (s, by) in starts_dates {
                if starts_in_time(by, &c)
                    && let Some(n) = out.starts.get_mut(&s)
                {
                    *n += 1;
                }
            }
        }
        if counts_for(Group::OpenNow).is_some() && open_now(ctx, &c) {
            out.open_now += 1;
        }
        if counts_for(Group::Cost).is_some() && costs_at_most(true, filters.max_price, o) {
            out.free += 1;
        }
        if let Some(left_out) = counts_for(Group::Language) {
            for l in &o.languages {
                languages.count(l, left_out);
            }
        }
        if let Some(left_out) = counts_for(Group::Mode) {
            modes.count(&o.mode, left_out);
        }
        if let Some(left_out) = counts_for(Group::Level) {
            levels.count(&o.level, left_out);
        }
        if let Some(left_out) = counts_for(Group::Audience) {
            for a in Audience::ALL {
                if suits(o, a) {
                    audiences.count(&a, left_out);
                }
            }
        }
    }
    out.skills = skills.finish(&filters.skills);
    out.kinds = kinds.finish(&filters.kinds);
    // Needs narrow: no need ever "adds", each gives the list with it added.
    out.access = access.finish(&SortedSet::new());
    out.days = days.finish(&filters.days);
    out.times = times.finish(&filters.times);
    out.languages = languages.finish(&filters.languages);
    out.modes = modes.finish(&filters.modes);
    out.levels = levels.finish(&filters.levels);
    out.audiences = audiences.finish(&filters.audiences);
    out
}

#[cfg(test)]
mod tests {
    //! The indexed search against this reference: the same results in the same
    //! order, and the same count beside every option.
    use super::super::facet_truth_tests::{Dice, demo, noon, random_filters};
    use super::*;
    use crate::filter::Sort;

    /// Typed text: whole words, word starts, typos, several words, no match.
    const TEXTS: [&str; 16] = [
        "c",
        "co",
        "comp",
        "computr",
        "compuetrs",
        "libary",
        "english class",
        "eng cl",
        "art",
        "a",
        "gaeilge",
        "café",
        "zzzz",
        "yoga family",
        "e-mail",
        "skills digital",
    ];

    /// Checks `find` and `facets` against the reference for many random filters,
    /// text, orders, origins and moments.
    fn agree(catalogue: &Catalogue, index: &SearchIndex, rounds: usize, seed: u64) {
        let docs = docs(catalogue);
        let mut dice = Dice(seed);
        for round in 0..rounds {
            let mut f = random_filters(&mut dice, catalogue);
            if dice.one_in(2) {
                f.text = TEXTS[(dice.next() % TEXTS.len() as u64) as usize].to_owned();
            }
            f.sort = [Sort::Distance, Sort::Soonest, Sort::Relevance, Sort::Title]
                [(dice.next() % 4) as usize];
            let origin = if dice.one_in(3) {
                LatLon {
                    lat: catalogue.centre.lat + 0.02,
                    lon: catalogue.centre.lon - 0.03,
                }
            } else {
                catalogue.centre
            };
            // Mostly the index's own moment; sometimes another, as a caller may.
            let now = if dice.one_in(4) {
                DateTime::parse("2026-11-28T10:30").unwrap()
            } else {
                index.as_of()
            };
            let ctx = Context {
                catalogue,
                index,
                origin,
                now,
            };
            let context = format!("round {round}: ?{} at {now:?}", f.to_query());
            assert_eq!(
                super::super::find(&ctx, &f),
                find(&ctx, &docs, &f),
                "{context}"
            );
            assert_eq!(
                super::super::facets(&ctx, &f),
                facets(&ctx, &docs, &f),
                "{context}"
            );
        }
    }

    /// On the demo catalogue, the indexed finder equals the record-by-record one.
    #[test]
    fn the_index_finds_and_counts_as_the_scan_did() {
        let (catalogue, index) = demo();
        assert_eq!(index.as_of(), noon());
        agree(&catalogue, &index, 400, 0x1d_e8ed);
    }

    /// The same on a big catalogue named by `LEARNLOCAL_CATALOGUE` (a synthetic
    /// one from `cargo data generate`): `cargo test -p learnlocal-core --release
    /// -- --ignored big_catalogue`.
    #[test]
    #[ignore = "needs a catalogue file"]
    fn big_catalogue_agrees() {
        let path = std::env::var("LEARNLOCAL_CATALOGUE").unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        let catalogue = crate::read_catalogue(&text, Some(noon()))
            .unwrap()
            .catalogue;
        let index = SearchIndex::new(&catalogue, noon());
        let n = catalogue.opportunities.len();
        let o = &index.options;
        let sets = 2
            + o.skills.len()
            + o.languages.len()
            + o.kinds.len()
            + o.modes.len()
            + o.levels.len()
            + o.audiences.len()
            + o.access.len()
            + index.moment.when.len()
            + 3;
        let words = o.words.heap_bytes();
        let docs: usize = docs(&catalogue).iter().map(SearchDoc::heap_bytes).sum();
        println!(
            "{n} records: word index {} B each, {sets} bit sets {} B each, search docs (no longer kept) {} B each",
            words / n,
            sets * n.div_ceil(64) * 8 / n,
            docs / n
        );
        agree(&catalogue, &index, 200, 0xb16);
    }
}
