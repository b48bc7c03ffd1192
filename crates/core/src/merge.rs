//! Several catalogues as one: cities' catalogues combined into a national one
//! (`cargo data merge`), which `cargo data shard` then splits for publishing.
//!
//! The first catalogue gives the header (keeper, zone, currency, language, map,
//! kiosk; the name unless one is given); the centre and bounds are worked out
//! again from every venue, and it is demonstration data if any source is. Skills are united by id; neighbourhoods, venues and
//! opportunities are kept, with duplicates found and reported:
//!
//! - a venue of a later catalogue with the same id at the same place (within
//!   [`SAME_PLACE_M`]), or with the same name (ignoring case and accents) within
//!   it, is the same venue: it is merged into the first and its opportunities
//!   point there. The same id at another place is another venue: it is renamed
//!   with its catalogue's prefix;
//! - providers (fields of the opportunities) with the same name ignoring case,
//!   accents and spacing, or the same e-mail address, are one provider: every
//!   record gets the first one's spelling (with any website, phone or e-mail the
//!   first lacks taken from the others). Providers of different catalogues that
//!   share only a website are noted and kept apart: a parent organisation's
//!   website is often given for each of its departments;
//! - an opportunity or neighbourhood id already taken is renamed with the
//!   prefix.
//!
//! A catalogue in another time zone is refused: a catalogue has one zone for all
//! its schedules, and moving a city's times into another zone would change them.
//!
//! Pure: no IO. Every note names the file (by its position in the input), the
//! record and the field, as `cargo data validate` does.

use crate::catalogue::{Bounds, Catalogue, LatLon, Neighbourhood, Venue};
use crate::distance::distance_m;
use crate::opportunity::{Opportunity, Provider};
use crate::problem::{Place, Problem, quote};
use crate::text::{fold, slugify};
use std::collections::HashMap;
use std::sync::Arc;

/// How near two venues of the same name (or id) must be to be one venue, in
/// metres: a building's size, and more than the error of a geocoded address.
pub const SAME_PLACE_M: f64 = 100.0;

/// One catalogue to merge, with the name of the file it came from.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file's name, as notes about other files name it.
    pub file: String,
    /// The catalogue, as the app's reader read it.
    pub catalogue: Catalogue,
}

/// What the keeper chose for the merged catalogue.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Its name; the first catalogue's when `None`.
    pub name: Option<String>,
    /// What people call its centre (the median of every venue); its name when
    /// `None`, as the centre of a country is no city's centre.
    pub centre_label: Option<String>,
}

/// A note about one file's record.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// The file, by its position among the sources.
    pub file: usize,
    /// Where, which field and what was done (a warning), or why the merge is
    /// refused (an error).
    pub problem: Problem,
}

/// The merged catalogue and what was done to make it.
#[derive(Debug, Clone)]
pub struct Merged {
    /// One catalogue holding every source's records.
    pub catalogue: Catalogue,
    /// Every duplicate found, rename and difference, in the sources' order.
    pub notes: Vec<Note>,
}

/// Merges the sources, in order, into one catalogue; `Err` with the errors
/// that make the merge impossible (no source, or another time zone).
pub fn merge(sources: Vec<Source>, options: &Options) -> Result<Merged, Vec<Note>> {
    let Some(first) = sources.first() else {
        return Err(vec![Note {
            file: 0,
            problem: Problem::error(Place::Catalogue, None, "no catalogue to merge"),
        }]);
    };
    let zone = first.catalogue.time_zone.name.clone();
    let refused: Vec<Note> = sources
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, s)| s.catalogue.time_zone.name != zone)
        .map(|(file, s)| Note {
            file,
            problem: Problem::error(
                Place::Catalogue,
                Some("time_zone"),
                format!(
                    "{} is not {}, the zone of {}: a catalogue has one time zone for \
                     all its schedules, so catalogues of different zones are not merged \
                     (publish them as separate sites)",
                    quote(&s.catalogue.time_zone.name),
                    quote(&zone),
                    first.file
                ),
            ),
        })
        .collect();
    if !refused.is_empty() {
        return Err(refused);
    }
    let header = first.catalogue.clone();
    let mut merging = Merging::new(header, &sources, options);
    for (file, source) in sources.into_iter().enumerate() {
        merging.add(file, source.catalogue);
    }
    Ok(merging.finish())
}

/// The merge so far.
struct Merging {
    files: Vec<String>,
    prefixes: Vec<String>,
    catalogue: Catalogue,
    notes: Vec<Note>,
    /// Kept venues by id, and by folded name.
    venue_at: HashMap<String, usize>,
    venues_named: HashMap<String, Vec<usize>>,
    /// The file each kept venue came from.
    venue_file: Vec<usize>,
    neighbourhood_at: HashMap<String, usize>,
    neighbourhood_file: Vec<usize>,
    /// Kept opportunity ids, with the file each came from.
    opportunity_ids: HashMap<String, usize>,
    /// The file each kept opportunity came from.
    opportunity_file: Vec<usize>,
    /// The id in its file of each renamed opportunity, by its position.
    renamed_from: HashMap<usize, String>,
}

impl Merging {
    /// The merge of nothing yet, with the first catalogue's `header`.
    fn new(mut header: Catalogue, sources: &[Source], options: &Options) -> Merging {
        header.venues.clear();
        header.opportunities.clear();
        header.neighbourhoods.clear();
        header.skills.clear();
        if let Some(name) = &options.name {
            header.name.clone_from(name);
        }
        header.centre_label = options
            .centre_label
            .clone()
            .unwrap_or_else(|| header.name.clone());
        header.demonstration = sources.iter().any(|s| s.catalogue.demonstration);
        Merging {
            files: sources.iter().map(|s| s.file.clone()).collect(),
            prefixes: prefixes(sources),
            catalogue: header,
            notes: Vec::new(),
            venue_at: HashMap::new(),
            venues_named: HashMap::new(),
            venue_file: Vec::new(),
            neighbourhood_at: HashMap::new(),
            neighbourhood_file: Vec::new(),
            opportunity_ids: HashMap::new(),
            opportunity_file: Vec::new(),
            renamed_from: HashMap::new(),
        }
    }

    fn note(&mut self, file: usize, place: Place, field: &str, message: String) {
        self.notes.push(Note {
            file,
            problem: Problem::warning(place, Some(field), message),
        });
    }

    fn file(&self, file: usize) -> &str {
        self.files.get(file).map_or("", String::as_str)
    }

    /// `id` with the file's prefix, and a number if that is taken too.
    fn renamed(&self, file: usize, id: &str, taken: impl Fn(&str) -> bool) -> String {
        let prefix = self.prefixes.get(file).map_or("c", String::as_str);
        let plain = format!("{prefix}-{id}");
        (1..)
            .map(|n| {
                if n == 1 {
                    plain.clone()
                } else {
                    format!("{plain}-{n}")
                }
            })
            .find(|candidate| !taken(candidate))
            .unwrap_or(plain)
    }

    fn add(&mut self, file: usize, mut catalogue: Catalogue) {
        if file > 0 {
            self.compare_header(file, &catalogue);
        }
        self.add_skills(file, &catalogue);
        let neighbourhoods =
            self.add_neighbourhoods(file, std::mem::take(&mut catalogue.neighbourhoods));
        let venues = self.add_venues(file, std::mem::take(&mut catalogue.venues), &neighbourhoods);
        self.add_opportunities(file, std::mem::take(&mut catalogue.opportunities), &venues);
    }

    /// Notes the header fields of a later catalogue that the first's replace.
    fn compare_header(&mut self, file: usize, catalogue: &Catalogue) {
        let first = self.file(0).to_owned();
        let header = &self.catalogue;
        let mut differences = Vec::new();
        if catalogue.currency != header.currency {
            differences.push((
                "currency",
                format!(
                    "{} differs from {} of {first}: prices keep their own currency, and \
                     the maximum price filter counts in {}",
                    quote(catalogue.currency.as_deref().unwrap_or("none")),
                    quote(header.currency.as_deref().unwrap_or("none")),
                    quote(header.currency.as_deref().unwrap_or("none")),
                ),
            ));
        }
        if catalogue.language != header.language {
            differences.push((
                "language",
                format!(
                    "{} differs from {} of {first}: the merged catalogue's text is taken \
                     to be in {}; translate its records, or merge it into a catalogue of \
                     its own language",
                    quote(&catalogue.language),
                    quote(&header.language),
                    quote(&header.language),
                ),
            ));
        }
        if catalogue.map != header.map && catalogue.map.is_some() {
            differences.push((
                "map",
                format!("its map tiles are left for those of {first}"),
            ));
        }
        if catalogue.kiosk != header.kiosk && catalogue.kiosk.is_some() {
            differences.push((
                "kiosk",
                format!("its kiosk settings are left for those of {first}"),
            ));
        }
        for (field, message) in differences {
            self.note(file, Place::Catalogue, field, message);
        }
    }

    fn add_skills(&mut self, file: usize, catalogue: &Catalogue) {
        for (i, skill) in catalogue.skills.iter().enumerate() {
            match self.catalogue.skills.iter().find(|s| s.id == skill.id) {
                Some(kept) if kept.label != skill.label => {
                    let message = format!(
                        "skill `{}` is labelled {} here and {} in the merged catalogue; \
                         the first label is kept",
                        skill.id,
                        quote(&skill.label),
                        quote(&kept.label)
                    );
                    self.note(
                        file,
                        Place::Catalogue,
                        &format!("skills[{i}].label"),
                        message,
                    );
                }
                Some(_) => {}
                None => self.catalogue.skills.push(skill.clone()),
            }
        }
    }

    /// Adds the file's neighbourhoods; the id each one has in the merged
    /// catalogue, by its id in the file.
    fn add_neighbourhoods(
        &mut self,
        file: usize,
        neighbourhoods: Vec<Neighbourhood>,
    ) -> HashMap<String, String> {
        let mut ids = HashMap::new();
        for (i, mut hood) in neighbourhoods.into_iter().enumerate() {
            let field = format!("neighbourhoods[{i}].id");
            if let Some(&at) = self.neighbourhood_at.get(&hood.id) {
                // The same name near the same place: the same neighbourhood,
                // as two catalogues of one city have it.
                if let Some(kept) = self.catalogue.neighbourhoods.get(at)
                    && folded_name(&kept.name) == folded_name(&hood.name)
                    && distance_m(kept.centre, hood.centre) <= 5_000.0
                {
                    ids.insert(hood.id.clone(), kept.id.clone());
                    continue;
                }
                let new_id =
                    self.renamed(file, &hood.id, |id| self.neighbourhood_at.contains_key(id));
                let message = format!(
                    "`{}` is also a neighbourhood of {} ({}): renamed `{new_id}`",
                    hood.id,
                    self.file(self.neighbourhood_file.get(at).copied().unwrap_or(0)),
                    quote(&kept_name(&self.catalogue.neighbourhoods, at)),
                );
                self.note(file, Place::Catalogue, &field, message);
                ids.insert(hood.id.clone(), new_id.clone());
                hood.id = new_id;
            } else {
                ids.insert(hood.id.clone(), hood.id.clone());
            }
            self.neighbourhood_at
                .insert(hood.id.clone(), self.catalogue.neighbourhoods.len());
            self.neighbourhood_file.push(file);
            self.catalogue.neighbourhoods.push(hood);
        }
        ids
    }

    /// Adds the file's venues, merging duplicates; the id each one has in the
    /// merged catalogue, by its id in the file.
    fn add_venues(
        &mut self,
        file: usize,
        venues: Vec<Venue>,
        neighbourhoods: &HashMap<String, String>,
    ) -> HashMap<String, String> {
        let mut ids = HashMap::new();
        for (i, mut venue) in venues.into_iter().enumerate() {
            let place = Place::Venue {
                index: i,
                id: Some(venue.id.clone()),
            };
            if let Some(hood) = &venue.neighbourhood
                && let Some(new) = neighbourhoods.get(hood)
            {
                venue.neighbourhood = Some(new.clone());
            }
            let same_id = self.venue_at.get(&venue.id).copied();
            let near = |at: usize| {
                let kept: &Venue = self.catalogue.venues.get(at)?;
                let d = distance_m(kept.location, venue.location);
                (d <= SAME_PLACE_M).then_some(d)
            };
            let by_id = same_id.and_then(|at| near(at).map(|d| (at, d, "id")));
            let folded = folded_name(&venue.name);
            let by_name = || {
                self.venues_named
                    .get(&folded)
                    .into_iter()
                    .flatten()
                    .find_map(|&at| near(at).map(|d| (at, d, "name")))
            };
            if let Some((at, d, how)) = by_id.or_else(by_name)
                && let Some(kept) = self.catalogue.venues.get(at)
            {
                let (kept_id, kept_name) = (kept.id.clone(), kept.name.clone());
                let kept_file = self.venue_file.get(at).copied().unwrap_or(0);
                let message = format!(
                    "the same venue as `{kept_id}` ({}) of {}: same {how}, {d:.0} m apart; \
                     merged into it, its opportunities with it",
                    quote(&kept_name),
                    self.file(kept_file)
                );
                self.note(
                    file,
                    place,
                    if how == "id" { "id" } else { "name" },
                    message,
                );
                ids.insert(venue.id, kept_id);
                continue;
            }
            if let Some(at) = same_id
                && let Some(kept) = self.catalogue.venues.get(at)
            {
                let d = distance_m(kept.location, venue.location);
                let kept_file = self.venue_file.get(at).copied().unwrap_or(0);
                let new_id = self.renamed(file, &venue.id, |id| self.venue_at.contains_key(id));
                let message = format!(
                    "`{}` is also a venue of {} ({}), {:.1} km away: another venue, \
                     renamed `{new_id}`",
                    venue.id,
                    self.file(kept_file),
                    quote(&kept.name),
                    d / 1000.0
                );
                self.note(file, place, "id", message);
                ids.insert(venue.id.clone(), new_id.clone());
                venue.id = new_id;
            } else {
                ids.insert(venue.id.clone(), venue.id.clone());
            }
            let at = self.catalogue.venues.len();
            self.venue_at.insert(venue.id.clone(), at);
            self.venues_named.entry(folded).or_default().push(at);
            self.venue_file.push(file);
            self.catalogue.venues.push(venue);
        }
        ids
    }

    fn add_opportunities(
        &mut self,
        file: usize,
        opportunities: Vec<Opportunity>,
        venues: &HashMap<String, String>,
    ) {
        for (i, mut opportunity) in opportunities.into_iter().enumerate() {
            if let Some(venue) = &opportunity.venue
                && let Some(new) = venues.get(venue)
            {
                opportunity.venue = Some(new.clone());
            }
            if let Some(&other) = self.opportunity_ids.get(&opportunity.id) {
                let new_id = self.renamed(file, &opportunity.id, |id| {
                    self.opportunity_ids.contains_key(id)
                });
                let message = format!(
                    "`{}` is already the id of an opportunity of {}: renamed `{new_id}`",
                    opportunity.id,
                    self.file(other)
                );
                let place = Place::Opportunity {
                    index: i,
                    id: Some(opportunity.id.clone()),
                };
                self.note(file, place, "id", message);
                let own = std::mem::replace(&mut opportunity.id, new_id);
                self.renamed_from
                    .insert(self.catalogue.opportunities.len(), own);
            }
            self.opportunity_ids.insert(opportunity.id.clone(), file);
            self.opportunity_file.push(file);
            self.catalogue.opportunities.push(opportunity);
        }
    }

    /// Unifies the providers, then works out the centre and bounds.
    fn finish(mut self) -> Merged {
        self.unify_providers();
        let places: Vec<LatLon> = self.catalogue.venues.iter().map(|v| v.location).collect();
        if let Some(centre) = LatLon::median(&places) {
            self.catalogue.centre = centre;
        }
        if let Some(bounds) = Bounds::around(&places) {
            self.catalogue.bounds = Some(bounds);
        }
        Merged {
            catalogue: self.catalogue,
            notes: self.notes,
        }
    }

    /// Providers with the same folded name or e-mail become one: the first
    /// one's, with the details it lacks from the others. Each other spelling
    /// is noted once per file, at its first opportunity. Providers of
    /// different files with different names that share a website are noted
    /// but kept apart: a website is often a parent organisation's, shared by
    /// its departments (the demo's two MTU colleges, or the city council and
    /// its museum), which are providers of their own.
    fn unify_providers(&mut self) {
        // Distinct providers in order of first use: the provider, its file
        // and the position of its first opportunity.
        let mut distinct: Vec<(Provider, usize, usize)> = Vec::new();
        let mut seen: HashMap<(usize, ProviderKey), usize> = HashMap::new();
        for (at, opportunity) in self.catalogue.opportunities.iter().enumerate() {
            let Some(provider) = &opportunity.provider else {
                continue;
            };
            let file = self.opportunity_file.get(at).copied().unwrap_or(0);
            let key = (file, ProviderKey::of(provider));
            if let std::collections::hash_map::Entry::Vacant(entry) = seen.entry(key) {
                entry.insert(distinct.len());
                distinct.push((Provider::clone(provider), file, at));
            }
        }
        // Each distinct provider's group: the first it shares a folded name
        // or an e-mail with.
        let mut group_of_key: HashMap<String, usize> = HashMap::new();
        let mut group: Vec<usize> = Vec::with_capacity(distinct.len());
        for (i, (provider, _, _)) in distinct.iter().enumerate() {
            let keys = match_keys(provider);
            let g = keys
                .iter()
                .find_map(|k| group_of_key.get(k))
                .copied()
                .unwrap_or(i);
            for k in keys {
                group_of_key.entry(k).or_insert(g);
            }
            group.push(g);
        }
        // The first of each group, completed from the others.
        let mut unified: HashMap<usize, Provider> = HashMap::new();
        for ((provider, _, _), &g) in distinct.iter().zip(&group) {
            let entry = unified.entry(g).or_insert_with(|| provider.clone());
            for (mine, theirs) in [
                (&mut entry.url, &provider.url),
                (&mut entry.phone, &provider.phone),
                (&mut entry.email, &provider.email),
            ] {
                if mine.is_none() {
                    mine.clone_from(theirs);
                }
            }
        }
        let shared: HashMap<usize, Arc<Provider>> =
            unified.into_iter().map(|(g, p)| (g, Arc::new(p))).collect();
        // What is noted, by distinct provider: the message.
        let mut messages: HashMap<usize, String> = HashMap::new();
        let mut first_at_website: HashMap<String, usize> = HashMap::new();
        for (i, ((own, file, _), &g)) in distinct.iter().zip(&group).enumerate() {
            let Some((first, first_file, _)) = distinct.get(g) else {
                continue;
            };
            let first_file = self.file(*first_file);
            if g != i {
                if own == first {
                    continue;
                }
                let how = if own.name == first.name {
                    "the same name, with other details"
                } else if folded_name(&own.name) == folded_name(&first.name) {
                    "the same name"
                } else {
                    "the same e-mail"
                };
                messages.insert(
                    i,
                    format!(
                        "{} is the provider {} of {first_file} ({how}): unified to that spelling",
                        quote(&own.name),
                        quote(&first.name),
                    ),
                );
                continue;
            }
            let Some(site) = website(&own.url) else {
                continue;
            };
            match first_at_website.get(&site) {
                None => {
                    first_at_website.insert(site, i);
                }
                Some(&j) => {
                    if let Some((other, other_file, _)) = distinct.get(j)
                        && other_file != file
                    {
                        messages.insert(
                            i,
                            format!(
                                "{} has the website of {} of {}, but another name: kept \
                                 apart, as a website may be a parent organisation's; give \
                                 them one name if they are one provider",
                                quote(&own.name),
                                quote(&other.name),
                                self.file(*other_file)
                            ),
                        );
                    }
                }
            }
        }
        let mut notes = Vec::new();
        for at in 0..self.catalogue.opportunities.len() {
            let file = self.opportunity_file.get(at).copied().unwrap_or(0);
            let Some(opportunity) = self.catalogue.opportunities.get_mut(at) else {
                continue;
            };
            let Some(provider) = &opportunity.provider else {
                continue;
            };
            let Some(&i) = seen.get(&(file, ProviderKey::of(provider))) else {
                continue;
            };
            if let Some((_, file, first_at)) = distinct.get(i)
                && *first_at == at
                && let Some(message) = messages.remove(&i)
            {
                let id = self.renamed_from.get(&at).unwrap_or(&opportunity.id);
                notes.push((*file, at, id.clone(), message));
            }
            if let Some(one) = group.get(i).and_then(|g| shared.get(g)) {
                opportunity.provider = Some(Arc::clone(one));
            }
        }
        for (file, at, id, message) in notes {
            let place = Place::Opportunity {
                index: source_position(&self.opportunity_file, at),
                id: Some(id),
            };
            self.note(file, place, "provider", message);
        }
    }
}

/// The position of the merged catalogue's opportunity `at` in its own file.
fn source_position(files: &[usize], at: usize) -> usize {
    let file = files.get(at).copied();
    files
        .get(..at)
        .unwrap_or_default()
        .iter()
        .filter(|f| Some(**f) == file)
        .count()
}

/// A provider as written, to find its other uses.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ProviderKey(String, Option<String>, Option<String>, Option<String>);

impl ProviderKey {
    fn of(p: &Provider) -> ProviderKey {
        ProviderKey(
            p.name.clone(),
            p.url.clone(),
            p.phone.clone(),
            p.email.clone(),
        )
    }
}

/// The keys two providers are the same by: the folded name and the e-mail in
/// lower case.
fn match_keys(p: &Provider) -> Vec<String> {
    let mut keys = vec![format!("name:{}", folded_name(&p.name))];
    keys.extend(email(&p.email).map(|e| format!("email:{e}")));
    keys
}

/// A website as it is compared: without scheme, `www.` and a final `/`, in
/// lower case.
fn website(url: &Option<String>) -> Option<String> {
    let lower = url.as_deref()?.trim().to_lowercase();
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|s| lower.strip_prefix(s))
        .unwrap_or(&lower);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let rest = rest.trim_end_matches('/');
    (!rest.is_empty()).then(|| rest.to_owned())
}

/// A name as it is compared: folded (case and accents ignored), spaces
/// trimmed and runs of them made one.
fn folded_name(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn email(address: &Option<String>) -> Option<String> {
    let lower = address.as_deref()?.trim().to_lowercase();
    (!lower.is_empty()).then_some(lower)
}

fn kept_name(neighbourhoods: &[Neighbourhood], at: usize) -> String {
    neighbourhoods
        .get(at)
        .map_or_else(String::new, |n| n.name.clone())
}

/// Each source's prefix for renamed records: the first word of its name as a
/// slug (`cork` for "Cork learning opportunities"), with a number when two
/// catalogues' names start alike, and `c` and its position when it has none.
fn prefixes(sources: &[Source]) -> Vec<String> {
    let mut taken: Vec<String> = Vec::with_capacity(sources.len());
    for (i, source) in sources.iter().enumerate() {
        let slug = slugify(&source.catalogue.name);
        let word = slug.split('-').find(|w| !w.is_empty()).unwrap_or("");
        let base = if word.is_empty() {
            format!("c{}", i + 1)
        } else {
            word.to_owned()
        };
        let prefix = (1..)
            .map(|n| {
                if n == 1 {
                    base.clone()
                } else {
                    format!("{base}{n}")
                }
            })
            .find(|p| !taken.contains(p))
            .unwrap_or(base);
        taken.push(prefix);
    }
    taken
}

#[cfg(test)]
mod tests;
