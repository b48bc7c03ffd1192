//! Checking a catalogue: every problem at once, each naming its record and field.
//!
//! Errors mean a record cannot be used as it is (readers leave it out); warnings
//! mean something looks wrong but the record is usable. Checks that depend on the
//! date (stale records, nothing in the future) run only when given "now".

use crate::LatLon;
use crate::catalogue::{Catalogue, SCHEMA_VERSION, Skill, Venue};
use crate::lang::{TranslatedFields, Translations, same_tag, tag_problem};
use crate::link::safe_href;
use crate::opportunity::{Mode, Opportunity};
use crate::problem::{Place, Problem};
use crate::schedule::Schedule;
use crate::time::DateTime;
use std::collections::{HashMap, HashSet};

/// Records verified longer ago than this many days get a warning.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Every problem in the catalogue: header, venues, opportunities, duplicate ids.
pub fn validate(catalogue: &Catalogue, now: Option<DateTime>) -> Vec<Problem> {
    let mut problems = check_header(catalogue);
    for (index, venue) in catalogue.venues.iter().enumerate() {
        problems.extend(check_venue(catalogue, index, venue));
    }
    problems.extend(duplicate_ids(
        catalogue.venues.iter().map(|v| v.id.as_str()).enumerate(),
        |index, id| Place::Venue { index, id },
    ));
    let venue_ids = VenueIds::of(catalogue);
    for (index, opportunity) in catalogue.opportunities.iter().enumerate() {
        problems.extend(check_opportunity(
            catalogue,
            &venue_ids,
            index,
            opportunity,
            now,
        ));
    }
    problems.extend(duplicate_ids(
        catalogue
            .opportunities
            .iter()
            .map(|o| o.id.as_str())
            .enumerate(),
        |index, id| Place::Opportunity { index, id },
    ));
    problems
}

/// Problems with the catalogue's own fields and taxonomies.
pub fn check_header(catalogue: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut error = |field: &str, message: String| {
        problems.push(Problem::error(Place::Catalogue, Some(field), message));
    };
    if catalogue.schema_version != SCHEMA_VERSION {
        error(
            "schema_version",
            format!(
                "version {} is not the version this app reads ({SCHEMA_VERSION}); records that still fit are used",
                catalogue.schema_version
            ),
        );
    }
    if catalogue.name.trim().is_empty() {
        error("name", "the catalogue has no name".to_owned());
    }
    let language_problem = tag_problem(&catalogue.language).map(|problem| {
        Problem::warning(
            Place::Catalogue,
            Some("language"),
            format!(
                "{problem}; the catalogue's own text is taken to be in an undetermined language (`{}`)",
                crate::lang::UNDETERMINED
            ),
        )
    });
    let keeper_url = link_problems(
        &Place::Catalogue,
        "keeper.url",
        catalogue.keeper.url.as_deref(),
    );
    if let Some(message) = coordinate_problem(catalogue.centre) {
        error("centre", message);
    }
    if let Some(b) = catalogue.bounds
        && !(b.south < b.north && b.west < b.east)
    {
        error(
            "bounds",
            format!(
                "south {} must be below north {} and west {} below east {}",
                b.south, b.north, b.west, b.east
            ),
        );
    }
    let currency_problem = catalogue
        .currency
        .as_deref()
        .filter(|code| !is_iso_4217(code))
        .map(|code| {
            Problem::warning(
                Place::Catalogue,
                Some("currency"),
                format!("`{code}` is not an ISO 4217 currency code such as EUR"),
            )
        });
    for (i, skill) in catalogue.skills.iter().enumerate() {
        if !is_slug(&skill.id) {
            error(
                &format!("skills[{i}].id"),
                format!(
                    "`{}` is not a usable id: use lower-case letters, digits, hyphens and underscores",
                    skill.id
                ),
            );
        }
        if catalogue.skills.iter().take(i).any(|s| s.id == skill.id) {
            error(
                &format!("skills[{i}].id"),
                format!("skill `{}` is listed twice", skill.id),
            );
        }
    }
    for (i, n) in catalogue.neighbourhoods.iter().enumerate() {
        if catalogue
            .neighbourhoods
            .iter()
            .take(i)
            .any(|m| m.id == n.id)
        {
            error(
                &format!("neighbourhoods[{i}].id"),
                format!("neighbourhood `{}` is listed twice", n.id),
            );
        }
        if let Some(message) = coordinate_problem(n.centre) {
            error(&format!("neighbourhoods[{i}].centre"), message);
        }
    }
    problems.extend(language_problem);
    problems.extend(population_problems(catalogue));
    for (i, skill) in catalogue.skills.iter().enumerate() {
        let prefix = format!("skills[{i}].translations");
        for fault in translation_faults(&skill.translations, &catalogue.language) {
            problems.push(Problem::warning(
                Place::Catalogue,
                Some(&fault.field(&prefix)),
                fault.message,
            ));
        }
    }
    problems.extend(keeper_url);
    problems.extend(currency_problem);
    problems
}

/// Warnings about the gazetteer's populations, which figures per 1,000
/// residents divide by: a population of none, and an estimate of nothing.
fn population_problems(catalogue: &Catalogue) -> Vec<Problem> {
    let warning = |i: usize, field: &str, message: &str| {
        Problem::warning(
            Place::Catalogue,
            Some(&format!("neighbourhoods[{i}].{field}")),
            message.to_owned(),
        )
    };
    let mut problems = Vec::new();
    for (i, n) in catalogue.neighbourhoods.iter().enumerate() {
        if n.population == Some(0) {
            problems.push(warning(
                i,
                "population",
                "is 0, so no figure per 1,000 residents is given: leave it out if it is not known",
            ));
        }
        if n.population_estimate && n.population.is_none() {
            problems.push(warning(
                i,
                "population_estimate",
                "marks the population as an estimate, but no population is given",
            ));
        }
    }
    problems
}

/// Problems with one venue. `index` is its position in the file, for the report.
pub fn check_venue(catalogue: &Catalogue, index: usize, venue: &Venue) -> Vec<Problem> {
    let place = Place::Venue {
        index,
        id: Some(venue.id.clone()),
    };
    let mut problems = Vec::new();
    if venue.id.trim().is_empty() {
        problems.push(Problem::error(
            place.clone(),
            Some("id"),
            "the venue has no id",
        ));
    }
    if venue.name.trim().is_empty() {
        problems.push(Problem::error(
            place.clone(),
            Some("name"),
            "the venue has no name",
        ));
    }
    match coordinate_problem(venue.location) {
        Some(message) => problems.push(Problem::error(place.clone(), Some("location"), message)),
        None => {
            if let Some(bounds) = catalogue.bounds.filter(|b| !b.contains(venue.location)) {
                problems.push(Problem::warning(
                    place.clone(),
                    Some("location"),
                    format!(
                        "{:.5}, {:.5} is outside the catalogue's area ({} to {} north, {} to {} east): check latitude and longitude are not swapped",
                        venue.location.lat, venue.location.lon, bounds.south, bounds.north, bounds.west, bounds.east
                    ),
                ));
            }
        }
    }
    if let Some(n) = &venue.neighbourhood
        && !catalogue.neighbourhoods.is_empty()
        && catalogue.neighbourhood(n).is_none()
    {
        problems.push(Problem::warning(
            place.clone(),
            Some("neighbourhood"),
            format!("`{n}` is not a neighbourhood of the catalogue's gazetteer"),
        ));
    }
    // Opening hours are weekly slots: check them as a schedule would be.
    let hours = Schedule {
        weekly: venue.opening_hours.clone(),
        ..Schedule::default()
    };
    for (field, message) in hours.problems() {
        let field = field.replacen("schedule.weekly", "opening_hours", 1);
        problems.push(Problem::error(place.clone(), Some(&field), message));
    }
    problems.extend(link_problems(&place, "url", venue.url.as_deref()));
    problems
}

/// The ids of a catalogue's venues, gathered once so that checking each
/// opportunity's venue does not scan every venue.
#[derive(Debug, Default)]
pub struct VenueIds(HashSet<String>);

impl VenueIds {
    /// The ids of the catalogue's venues as they are now.
    pub fn of(catalogue: &Catalogue) -> Self {
        Self(catalogue.venues.iter().map(|v| v.id.clone()).collect())
    }

    fn contains(&self, id: &str) -> bool {
        self.0.contains(id)
    }
}

/// Problems with one opportunity. `index` is its position in the file;
/// `venue_ids` are the catalogue's venues ([`VenueIds::of`]).
pub fn check_opportunity(
    catalogue: &Catalogue,
    venue_ids: &VenueIds,
    index: usize,
    o: &Opportunity,
    now: Option<DateTime>,
) -> Vec<Problem> {
    let place = Place::Opportunity {
        index,
        id: Some(o.id.clone()).filter(|id| !id.is_empty()),
    };
    let mut problems = Vec::new();
    let mut error = |field: &str, message: String| {
        problems.push(Problem::error(place.clone(), Some(field), message));
    };
    if o.id.trim().is_empty() {
        error("id", "the record has no id".to_owned());
    }
    if o.title.trim().is_empty() {
        error("title", "the record has no title".to_owned());
    }
    let translations: Vec<Problem> = translation_faults(&o.translations, &catalogue.language)
        .into_iter()
        .map(|fault| {
            Problem::warning(
                place.clone(),
                Some(&fault.field("translations")),
                fault.message,
            )
        })
        .collect();
    match (&o.venue, o.mode) {
        (None, Mode::InPerson | Mode::Blended) => error(
            "venue",
            "no venue is given, so nobody can find where it is; give a venue or set `mode` to online".to_owned(),
        ),
        (Some(id), _) if !venue_ids.contains(id) => {
            error("venue", format!("venue `{id}` is not in the catalogue"));
        }
        _ => {}
    }
    for (i, code) in o.languages.iter().enumerate() {
        if !is_iso_639_1(code) {
            error(
                &format!("languages[{i}]"),
                format!(
                    "`{code}` is not an ISO 639-1 language code (two lower-case letters, e.g. `en`, `ga`, `pl`)"
                ),
            );
        }
    }
    if let Some(age) = o.age
        && let (Some(min), Some(max)) = (age.min, age.max)
        && min > max
    {
        error(
            "age",
            format!("the youngest age {min} is above the oldest {max}"),
        );
    }
    for (i, price) in o.cost.prices.iter().enumerate() {
        if !(price.amount.is_finite() && price.amount >= 0.0) {
            error(
                &format!("cost.prices[{i}].amount"),
                format!("{} is not a price", price.amount),
            );
        }
        if !is_iso_4217(&price.currency) {
            error(
                &format!("cost.prices[{i}].currency"),
                format!(
                    "`{}` is not an ISO 4217 currency code such as EUR",
                    price.currency
                ),
            );
        }
    }
    for (field, message) in o.schedule.problems() {
        // An exception outside the date range is harmless: the date simply has
        // no session anyway.
        if field.starts_with("schedule.except") {
            problems.push(Problem::warning(place.clone(), Some(&field), message));
        } else {
            problems.push(Problem::error(place.clone(), Some(&field), message));
        }
    }
    let links = [
        ("url", o.url.as_deref()),
        ("booking.url", o.booking.url.as_deref()),
        (
            "provider.url",
            o.provider.as_ref().and_then(|p| p.url.as_deref()),
        ),
    ];
    for (field, url) in links {
        problems.extend(link_problems(&place, field, url));
    }
    problems.extend(translations);
    let mut warn = |field: Option<&str>, message: String| {
        problems.push(Problem::warning(place.clone(), field, message));
    };
    for (i, skill) in o.skills.iter().enumerate() {
        if !catalogue.skills.iter().any(|s| &s.id == skill) {
            warn(
                Some(&format!("skills[{i}]")),
                format!(
                    "`{skill}` is not in the skills taxonomy, so the skill filter will not find it"
                ),
            );
        }
    }
    if o.skills.is_empty() {
        warn(
            Some("skills"),
            "no skill is given, so the skill filter will not find it".to_owned(),
        );
    }
    if o.cost.free && !o.cost.prices.is_empty() {
        warn(
            Some("cost"),
            "it is marked free but also has prices: which is it?".to_owned(),
        );
    }
    if o.cost.is_unknown() {
        warn(
            Some("cost"),
            "the cost is not given: say whether it is free".to_owned(),
        );
    }
    if let Some(now) = now {
        if !o.schedule.is_empty() && o.schedule.next_sessions(now, 1).is_empty() {
            warn(
                Some("schedule"),
                format!("no session after {now}: has it ended?"),
            );
        }
        match o.verified {
            Some(date)
                if now.date.days_since_epoch() - date.days_since_epoch() > STALE_AFTER_DAYS =>
            {
                warn(
                    Some("verified"),
                    format!("last verified {date}, more than a year ago"),
                );
            }
            None => warn(Some("verified"), "no date of last verification".to_owned()),
            _ => {}
        }
    }
    problems
}

/// A warning for a URL that must not become a link (the reader leaves the link
/// out and keeps the record: [`drop_unsafe_links`]), and for plain http.
fn link_problems(place: &Place, field: &str, url: Option<&str>) -> Vec<Problem> {
    let Some(url) = url else { return Vec::new() };
    match safe_href(url) {
        None => vec![Problem::warning(
            place.clone(),
            Some(field),
            format!(
                "`{url}` cannot be a link: only https, http, mailto and tel addresses are allowed; \
                 the link is left out and the rest of the record kept"
            ),
        )],
        Some(href) if href.to_ascii_lowercase().starts_with("http:") => vec![Problem::warning(
            place.clone(),
            Some(field),
            format!("`{href}` is not https: use the https address if the site has one"),
        )],
        Some(_) => Vec::new(),
    }
}

/// Leaves out of an opportunity every link that must not become one (a
/// `javascript:` or `data:` URL, or text that is no URL), keeping the rest of the
/// record: one bad field never costs a resident the whole listing.
/// [`link_problems`] has warned the keeper of each.
pub fn drop_unsafe_links(o: &mut Opportunity) {
    let unsafe_link = |url: &Option<String>| url.as_deref().is_some_and(|u| safe_href(u).is_none());
    if unsafe_link(&o.url) {
        o.url = None;
    }
    if unsafe_link(&o.booking.url) {
        o.booking.url = None;
    }
    if let Some(provider) = &mut o.provider
        && unsafe_link(&provider.url)
    {
        let mut own = (**provider).clone();
        own.url = None;
        *provider = std::sync::Arc::new(own);
    }
}

/// [`drop_unsafe_links`] for a venue.
pub fn drop_unsafe_venue_link(v: &mut Venue) {
    if v.url.as_deref().is_some_and(|u| safe_href(u).is_none()) {
        v.url = None;
    }
}

/// Something in a list of translations that cannot be shown, and what is left
/// out for it.
struct Fault {
    /// The translation's tag, as written.
    lang: String,
    /// The field of the translation, or `None` for the whole translation.
    name: Option<&'static str>,
    /// What is wrong and what is done about it.
    message: String,
    /// The translation's position.
    index: usize,
}

impl Fault {
    /// The fault's field path below `prefix`: `translations.pl.title`.
    fn field(&self, prefix: &str) -> String {
        // A tag is the keeper's text: a long one is cut, as quotes are.
        let quoted = crate::problem::quote(&self.lang);
        let lang = quoted.trim_matches('`');
        match self.name {
            Some(name) => format!("{prefix}.{lang}.{name}"),
            None => format!("{prefix}.{lang}"),
        }
    }
}

/// Every translation that cannot be shown (its tag is not a language tag, it is
/// in the catalogue's own language `own`, or an earlier one has its language
/// already, or it gives no text), and every translated text that is empty.
/// Warnings all: the record is kept, without them ([`drop_unusable_translations`]).
fn translation_faults<T: TranslatedFields>(list: &Translations<T>, own: &str) -> Vec<Fault> {
    let mut faults = Vec::new();
    for (index, t) in list.iter().enumerate() {
        let tag = t.lang();
        let whole = |message: String| Fault {
            lang: tag.to_owned(),
            name: None,
            message,
            index,
        };
        if let Some(problem) = tag_problem(tag) {
            faults.push(whole(format!("{problem}; the translation is left out")));
            continue;
        }
        if same_tag(tag, own) {
            faults.push(whole(format!(
                "`{tag}` is the catalogue's own language, so this translation would never be shown; it is left out"
            )));
            continue;
        }
        if list
            .iter()
            .take(index)
            .any(|earlier| same_tag(earlier.lang(), tag))
        {
            faults.push(whole(format!(
                "`{tag}` is translated twice; the first translation is used and this one left out"
            )));
            continue;
        }
        if T::FIELDS.iter().all(|name| t.text(name).is_none()) {
            faults.push(whole(format!(
                "the translation gives no text (its fields are {}); it is left out",
                T::FIELDS.join(", ")
            )));
            continue;
        }
        for name in T::FIELDS {
            if t.text(name).is_some_and(|text| text.trim().is_empty()) {
                faults.push(Fault {
                    lang: tag.to_owned(),
                    name: Some(name),
                    message: format!(
                        "the translated {name} is empty; it is left out and the {name} shown in the catalogue's own language"
                    ),
                    index,
                });
            }
        }
    }
    faults
}

/// Leaves out of a list of translations everything [`translation_faults`]
/// reports, and a translation left with no text.
fn drop_faults<T: TranslatedFields>(list: &mut Translations<T>, own: &str) {
    let faults = translation_faults(list, own);
    if faults.is_empty() {
        return;
    }
    list.edit(|list| {
        for fault in &faults {
            if let (Some(name), Some(t)) = (fault.name, list.get_mut(fault.index))
                && let Some(text) = t.field_mut(name)
            {
                *text = None;
            }
        }
        let mut index = 0;
        list.retain(|t| {
            let whole = faults.iter().any(|f| f.index == index && f.name.is_none());
            index += 1;
            !whole && T::FIELDS.iter().any(|name| t.text(name).is_some())
        });
    });
}

/// Leaves out of an opportunity every translation, and every translated text,
/// that cannot be shown, keeping the rest of the record: a bad translation never
/// costs a resident the listing. [`check_opportunity`] has warned the keeper of
/// each. `own` is the catalogue's language.
pub fn drop_unusable_translations(o: &mut Opportunity, own: &str) {
    drop_faults(&mut o.translations, own);
}

/// [`drop_unusable_translations`] for the skills' labels; [`check_header`] has
/// warned of each.
pub fn drop_unusable_skill_translations(skills: &mut [Skill], own: &str) {
    for skill in skills {
        drop_faults(&mut skill.translations, own);
    }
}

/// Errors for every id used more than once, at each later use.
fn duplicate_ids<'a>(
    ids: impl Iterator<Item = (usize, &'a str)>,
    place: impl Fn(usize, Option<String>) -> Place,
) -> Vec<Problem> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut problems = Vec::new();
    for (index, id) in ids {
        if let Some(&earlier) = first.get(id) {
            problems.push(Problem::error(
                place(index, Some(id.to_owned())),
                Some("id"),
                format!("id `{id}` is already used by record {}", earlier + 1),
            ));
        } else {
            first.insert(id, index);
        }
    }
    problems
}

/// Why a coordinate pair is impossible, if it is.
fn coordinate_problem(p: LatLon) -> Option<String> {
    if !(p.lat.is_finite() && (-90.0..=90.0).contains(&p.lat)) {
        Some(format!("latitude {} is not between -90 and 90", p.lat))
    } else if !(p.lon.is_finite() && (-180.0..=180.0).contains(&p.lon)) {
        Some(format!("longitude {} is not between -180 and 180", p.lon))
    } else if p.lat == 0.0 && p.lon == 0.0 {
        Some("0, 0 is in the Atlantic Ocean: the coordinates are missing".to_owned())
    } else {
        None
    }
}

/// True for lower-case ASCII slugs such as `reading-groups`.
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// True when `code` is an ISO 639-1 code; the list lives in [`crate::lang`].
pub use crate::lang::is_iso_639_1;

/// True for the shape of an ISO 4217 currency code: three upper-case letters.
pub fn is_iso_4217(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Bounds, Skill, TimeZoneSpec};
    use crate::opportunity::{Kind, Price, Provider};
    use crate::problem::Severity;
    use crate::schedule::{Schedule, WeeklySlot};
    use crate::time::{Date, Time, Weekday};

    fn venue() -> Venue {
        Venue {
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
        }
    }

    fn good() -> Opportunity {
        let mut o = Opportunity::new("a", Kind::Course, "Email basics", "Learn email.");
        o.venue = Some("lib".into());
        o.skills = vec!["digital".into()];
        o.cost.free = true;
        o.verified = Date::new(2026, 10, 1);
        o.schedule = Schedule {
            weekly: vec![WeeklySlot {
                days: vec![Weekday::Tue],
                start: Time::new(18, 0).unwrap(),
                end: Time::new(20, 0).unwrap(),
            }],
            ..Schedule::default()
        };
        o
    }

    fn catalogue(opportunities: Vec<Opportunity>) -> Catalogue {
        Catalogue {
            schema_version: SCHEMA_VERSION,
            name: "Test".into(),
            time_zone: TimeZoneSpec {
                name: "Europe/Dublin".into(),
                rule: crate::tz::TimeZone::parse_posix("GMT0IST,M3.5.0/1,M10.5.0").unwrap(),
            },
            centre: LatLon {
                lat: 51.9,
                lon: -8.47,
            },
            centre_label: "Centre".into(),
            bounds: Some(Bounds {
                south: 51.8,
                west: -8.7,
                north: 52.0,
                east: -8.3,
            }),
            skills: vec![Skill::new("digital", "Computers")],
            venues: vec![venue()],
            opportunities,
            ..Catalogue::default()
        }
    }

    fn now() -> DateTime {
        DateTime::parse("2026-11-25T12:00").unwrap()
    }

    /// A record with everything right has no problem at all.
    #[test]
    fn a_good_catalogue_has_no_problems() {
        assert_eq!(validate(&catalogue(vec![good()]), Some(now())), []);
    }

    /// Each kind of mistake in an opportunity gives one problem of the right
    /// severity on the right field, in plain words.
    #[test]
    fn opportunity_checks() {
        type Edit = fn(&mut Opportunity);
        let table: Vec<(Edit, Severity, &str, &str)> = vec![
            (
                |o| o.title = " ".into(),
                Severity::Error,
                "title",
                "the record has no title",
            ),
            (
                |o| o.venue = None,
                Severity::Error,
                "venue",
                "no venue is given",
            ),
            (
                |o| o.venue = Some("x".into()),
                Severity::Error,
                "venue",
                "venue `x` is not in the catalogue",
            ),
            (
                |o| o.languages = vec!["english".into()],
                Severity::Error,
                "languages[0]",
                "`english` is not an ISO 639-1",
            ),
            (
                |o| {
                    o.age = Some(crate::opportunity::AgeRange {
                        min: Some(18),
                        max: Some(5),
                    })
                },
                Severity::Error,
                "age",
                "the youngest age 18 is above the oldest 5",
            ),
            (
                |o| {
                    o.cost.free = false;
                    o.cost.prices = vec![Price {
                        amount: -1.0,
                        currency: "EUR".into(),
                        label: None,
                    }];
                },
                Severity::Error,
                "cost.prices[0].amount",
                "-1 is not a price",
            ),
            (
                |o| {
                    o.cost.free = false;
                    o.cost.prices = vec![Price {
                        amount: 5.0,
                        currency: "euro".into(),
                        label: None,
                    }];
                },
                Severity::Error,
                "cost.prices[0].currency",
                "`euro` is not an ISO 4217",
            ),
            (
                |o| o.url = Some("javascript:alert(1)".into()),
                Severity::Warning,
                "url",
                "cannot be a link: only https, http, mailto and tel addresses are allowed; the link is left out and the rest of the record kept",
            ),
            (
                |o| {
                    o.provider = Some(
                        Provider {
                            name: "P".into(),
                            url: Some("http://example.ie".into()),
                            ..Provider::default()
                        }
                        .into(),
                    )
                },
                Severity::Warning,
                "provider.url",
                "is not https",
            ),
            (
                |o| o.skills = vec!["juggling".into()],
                Severity::Warning,
                "skills[0]",
                "`juggling` is not in the skills taxonomy",
            ),
            (
                |o| o.cost.free = false,
                Severity::Warning,
                "cost",
                "the cost is not given",
            ),
            (
                |o| o.verified = Date::new(2025, 1, 1),
                Severity::Warning,
                "verified",
                "more than a year ago",
            ),
            (
                |o| o.verified = None,
                Severity::Warning,
                "verified",
                "no date of last verification",
            ),
            (
                |o| o.schedule.end_date = Date::new(2026, 6, 30),
                Severity::Warning,
                "schedule",
                "no session after 2026-11-25T12:00",
            ),
        ];
        for (edit, severity, field, words) in table {
            let mut o = good();
            edit(&mut o);
            let problems = validate(&catalogue(vec![o]), Some(now()));
            assert_eq!(problems.len(), 1, "{field}: {problems:#?}");
            let p = &problems[0];
            assert_eq!(
                (p.severity, p.field.as_deref()),
                (severity, Some(field)),
                "{p}"
            );
            assert!(p.message.contains(words), "{field}: {}", p.message);
        }
    }

    /// Without "now", nothing that depends on the date is reported.
    #[test]
    fn date_checks_need_now() {
        let mut o = good();
        o.verified = None;
        o.schedule.end_date = Date::new(2020, 1, 1);
        assert_eq!(validate(&catalogue(vec![o]), None), []);
    }

    /// Venues outside the catalogue's area are suspicious; impossible ones are errors.
    #[test]
    fn venue_checks() {
        let mut c = catalogue(vec![]);
        c.venues[0].location = LatLon {
            lat: -8.47,
            lon: 51.9,
        };
        let p = validate(&c, None);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].severity, Severity::Warning);
        assert!(p[0].message.contains("swapped"), "{}", p[0]);
        c.venues[0].location = LatLon { lat: 0.0, lon: 0.0 };
        assert!(validate(&c, None)[0].message.contains("missing"));
        c.venues[0].location = LatLon {
            lat: 95.0,
            lon: 0.0,
        };
        assert_eq!(validate(&c, None)[0].severity, Severity::Error);
    }

    /// Ids used twice are errors at the second use, naming the first.
    #[test]
    fn duplicate_ids_are_errors() {
        let p = validate(&catalogue(vec![good(), good()]), None);
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].to_string(),
            "error: opportunity 2 (`a`), field `id`: id `a` is already used by record 1"
        );
    }

    /// The catalogue's currency, when given, must look like an ISO 4217 code; a
    /// wrong one is a warning, as no record is left out for it.
    #[test]
    fn catalogue_currency() {
        let mut c = catalogue(vec![good()]);
        c.currency = Some("EUR".into());
        assert_eq!(validate(&c, None), []);
        c.currency = Some("euro".into());
        let p = validate(&c, None);
        assert_eq!(
            p.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "warning: catalogue, field `currency`: `euro` is not an ISO 4217 currency code such as EUR"
            ]
        );
    }

    /// A population of 0, or an estimate of no population, is a warning on its
    /// neighbourhood's field: figures per resident need a real number.
    #[test]
    fn population_checks_are_warnings() {
        let mut c = catalogue(vec![good()]);
        let n = |id: &str, population, population_estimate| crate::Neighbourhood {
            id: id.into(),
            name: id.into(),
            centre: LatLon {
                lat: 51.9,
                lon: -8.47,
            },
            outline: vec![],
            population,
            population_estimate,
        };
        c.neighbourhoods = vec![
            n("counted", Some(100), false),
            n("estimated", Some(100), true),
            n("unknown", None, false),
            n("empty", Some(0), false),
            n("guessed", None, true),
        ];
        let p: Vec<String> = validate(&c, None).iter().map(ToString::to_string).collect();
        assert_eq!(
            p,
            [
                "warning: catalogue, field `neighbourhoods[3].population`: is 0, so no figure per 1,000 residents is given: leave it out if it is not known",
                "warning: catalogue, field `neighbourhoods[4].population_estimate`: marks the population as an estimate, but no population is given",
            ]
        );
    }

    /// Translations are checked with the record and the skills: every fault is
    /// a warning naming the field, and dropping them leaves what can be shown.
    #[test]
    fn translation_checks_are_warnings() {
        use crate::catalogue::SkillTranslation;
        use crate::opportunity::Translation;
        let mut o = good();
        o.translations = vec![
            Translation {
                title: Some("Poczta".into()),
                summary: Some(String::new()),
                ..Translation::new("pl")
            },
            Translation {
                title: Some("Email".into()),
                ..Translation::new("EN")
            },
        ]
        .into();
        let mut c = catalogue(vec![o]);
        c.skills[0].translations = vec![SkillTranslation::new("ga-", "Ríomhairí")].into();
        let p: Vec<String> = validate(&c, None).iter().map(ToString::to_string).collect();
        assert_eq!(
            p,
            [
                "warning: catalogue, field `skills[0].translations.ga-`: `ga-` is not a language tag such as `pl`, `ga` or `pt-BR`: `` is no subtag; the translation is left out",
                "warning: opportunity 1 (`a`), field `translations.pl.summary`: the translated summary is empty; it is left out and the summary shown in the catalogue's own language",
                "warning: opportunity 1 (`a`), field `translations.EN`: `EN` is the catalogue's own language, so this translation would never be shown; it is left out",
            ]
        );
        drop_unusable_skill_translations(&mut c.skills, &c.language);
        assert!(c.skills[0].translations.is_none());
        let o = &mut c.opportunities[0];
        drop_unusable_translations(o, "en");
        assert_eq!(
            o.translations.iter().collect::<Vec<_>>(),
            [&Translation {
                title: Some("Poczta".into()),
                ..Translation::new("pl")
            }]
        );
        assert_eq!(validate(&c, None), []);
    }
}
