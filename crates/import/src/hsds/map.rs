//! HSDS records to catalogue records: a service becomes one opportunity per
//! location it is offered at, a location becomes a venue.
//!
//! Every record ends up in the [`Import`]: kept (with warnings for anything
//! suspicious) or left out with the reason. Nothing here reads files or the clock,
//! and nothing panics on any value.

use super::model::{AccessNote, CostOption, Language, Location, Origin, Phone, Service};
use super::schedules::{self, Bad, date_part};
use crate::vocab::{
    FoundAccess, access_named, first_sentence, has_any, id_part, language_code, normalise,
    read_access_text,
};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::catalogue::{LatLon, Venue, VenueAccess};
use learnlocal_core::opportunity::{
    AgeRange, Booking, Cost, JoinMethod, Kind, Mode, Opportunity, Price, Provider, SessionAccess,
};
use learnlocal_core::problem::quote;
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::schedule::Schedule;
use learnlocal_core::text::fold;
use learnlocal_core::time::Date;
use std::collections::{HashMap, HashSet};

/// A location made ready: its venue (`None` for an online location) and the
/// support its accessibility notes promise for sessions held there.
#[derive(Debug, Clone)]
struct Built {
    venue: Option<Venue>,
    access: Vec<SessionAccess>,
}

/// Why a location cannot be used: the location's field at fault and what is wrong.
/// Kept without the location's path, since the same location can be met at several
/// places of a JSON file.
#[derive(Debug, Clone)]
struct Failure {
    field: &'static str,
    message: String,
}

/// Turns HSDS records into catalogue records, collecting them in an [`Import`].
pub(super) struct Mapper<'a> {
    ctx: &'a ImportContext,
    import: Import,
    /// Locations already made ready, by id, so each is checked (and reported) once.
    built: HashMap<String, Result<Built, Failure>>,
    /// Opportunity ids given so far.
    ids: HashSet<String>,
    /// Venue ids added so far.
    venue_ids: HashSet<String>,
}

impl<'a> Mapper<'a> {
    /// A mapper importing into the catalogue `ctx` describes.
    pub fn new(ctx: &'a ImportContext) -> Self {
        Self {
            ctx,
            import: Import::default(),
            built: HashMap::new(),
            ids: HashSet::new(),
            venue_ids: HashSet::new(),
        }
    }

    /// The import so far, to add problems that belong to no record.
    pub fn import(&mut self) -> &mut Import {
        &mut self.import
    }

    /// The result.
    pub fn finish(self) -> Import {
        self.import
    }

    /// Maps a service: one opportunity per location, or left out with the reason.
    pub fn service(&mut self, s: &Service) {
        let place = s.place.clone();
        let Some(title) = s.name.as_deref() else {
            self.import.leave_out(
                Problem::error(
                    place,
                    Some(&s.origin.field("name")),
                    "the service has no name, so it cannot be listed",
                ),
                LeftOutReason::NoTitle,
            );
            return;
        };
        if let Some(status) = &s.status {
            match fold(status).as_str() {
                "active" => {}
                "inactive" | "defunct" => {
                    self.import.leave_out(
                        Problem::error(
                            place,
                            Some(&s.origin.field("status")),
                            format!("`status` is {status}: the service does not run now"),
                        ),
                        LeftOutReason::NotAnOpportunity,
                    );
                    return;
                }
                "temporarily closed" => s.origin.warn(
                    &mut self.import,
                    "status",
                    "the service is temporarily closed: check when it opens again",
                ),
                _ => s.origin.warn(
                    &mut self.import,
                    "status",
                    format!(
                        "{} is not an HSDS status (active, inactive, defunct or temporarily closed): the service is kept",
                        quote(status)
                    ),
                ),
            }
        }
        let service_key = match &s.id {
            Some(id) => id_part(id),
            None => {
                s.origin.warn(
                    &mut self.import,
                    "id",
                    "the service has no `id`: the record's id is made from its name, so it changes when the name does",
                );
                id_part(title)
            }
        };
        let base = self.base(s, title);
        if s.locations.is_empty() {
            // A CSV package links services in its own tables, JSON in the service.
            let (field, how) = match place {
                Place::Row { .. } => (
                    "id",
                    "a row of service_at_location.csv naming its `id`, or its `location_id`",
                ),
                _ => ("service_at_locations", "its `service_at_locations`"),
            };
            self.import.leave_out(
                Problem::error(
                    place,
                    Some(&s.origin.field(field)),
                    format!(
                        "the service is offered at no location, so nobody can find where it is: link it to a location with {how} (one with `location_type` virtual if it is online)"
                    ),
                ),
                LeftOutReason::NoLocation,
            );
            return;
        }
        let mut service_schedule: Option<Result<Schedule, Bad>> = None;
        for at in &s.locations {
            let location = match &at.location {
                Ok(location) => location,
                Err(message) => {
                    let message = format!("{}{message}", at.origin.where_from(&place));
                    self.import.leave_out(
                        Problem::error(
                            place.clone(),
                            Some(&at.origin.field("location_id")),
                            message,
                        ),
                        LeftOutReason::NoLocation,
                    );
                    continue;
                }
            };
            let built = match self.location_ready(location) {
                Ok(built) => built,
                Err(failure) => {
                    let mut from = location.origin.where_from(&place);
                    if from.is_empty() {
                        let name = location.name.as_deref().or(location.id.as_deref());
                        from = name
                            .map(|n| format!("location `{n}`: "))
                            .unwrap_or_default();
                    }
                    let message = format!("{from}{}", failure.message);
                    self.import.leave_out(
                        Problem::error(
                            place.clone(),
                            Some(&location.origin.field(failure.field)),
                            message,
                        ),
                        LeftOutReason::NoLocation,
                    );
                    continue;
                }
            };
            let zone = &self.ctx.zone;
            let schedule = if at.schedules.is_empty() {
                service_schedule
                    .get_or_insert_with(|| {
                        let mut schedule =
                            schedules::for_opportunity(&s.schedules, zone, &mut self.import);
                        if let Ok(schedule) = &mut schedule {
                            schedules::apply_holidays(
                                schedule,
                                &s.holidays,
                                zone,
                                &mut self.import,
                            );
                        }
                        schedule
                    })
                    .clone()
            } else {
                schedules::for_opportunity(&at.schedules, zone, &mut self.import).map(
                    |mut schedule| {
                        schedules::apply_holidays(
                            &mut schedule,
                            &s.holidays,
                            zone,
                            &mut self.import,
                        );
                        schedule
                    },
                )
            };
            let schedule = schedule.map(|mut schedule| {
                schedules::apply_holidays(&mut schedule, &at.holidays, zone, &mut self.import);
                schedule
            });
            let schedule = match schedule {
                Ok(schedule) => schedule,
                Err(bad) => {
                    let message = format!("{}{}", bad.origin.where_from(&place), bad.message);
                    self.import.leave_out(
                        Problem::error(place.clone(), Some(&bad.origin.field(bad.field)), message),
                        bad.reason,
                    );
                    continue;
                }
            };
            let location_key = id_part(
                location
                    .id
                    .as_deref()
                    .or(location.name.as_deref())
                    .unwrap_or(""),
            );
            let id = format!("hsds-{service_key}-{location_key}");
            if !self.ids.insert(id.clone()) {
                self.import.leave_out(
                    Problem::error(
                        place.clone(),
                        Some(&s.origin.field("id")),
                        format!("id `{id}` is already used by an earlier record: the service is listed twice at this location"),
                    ),
                    LeftOutReason::DuplicateId,
                );
                continue;
            }
            let mut opportunity = base.clone();
            opportunity.id = id;
            opportunity.schedule = schedule;
            // The phone for the service at this location, else the service's own.
            let phone = match at.phones.first() {
                Some(phone) => Some((&at.origin, phone)),
                None => s.phones.first().map(|phone| (&s.origin, phone)),
            };
            opportunity.booking = self.booking(s, phone);
            for access in built.access {
                if !opportunity.access.contains(&access) {
                    opportunity.access.push(access);
                }
            }
            opportunity.access.sort_unstable();
            match built.venue {
                Some(venue) => {
                    opportunity.venue = Some(venue.id.clone());
                    self.add_venue(venue);
                }
                None => opportunity.mode = Mode::Online,
            }
            self.import.opportunities.push(opportunity);
        }
    }

    /// Maps a location on its own: a venue, or left out with the reason.
    pub fn location(&mut self, location: &Location) {
        let place = location.origin.place.clone();
        match self.location_ready(location) {
            Ok(Built { venue: Some(venue), .. }) => self.add_venue(venue),
            Ok(Built { venue: None, .. }) => self.import.leave_out(
                Problem::error(
                    place,
                    Some(&location.origin.field("location_type")),
                    "an online location is not a place to go: it is used only through the services offered there",
                ),
                LeftOutReason::NotAnOpportunity,
            ),
            Err(failure) => self.import.leave_out(
                Problem::error(
                    place,
                    Some(&location.origin.field(failure.field)),
                    failure.message,
                ),
                LeftOutReason::NoLocation,
            ),
        }
    }

    /// Adds a venue unless one with its id is there already.
    fn add_venue(&mut self, venue: Venue) {
        if self.venue_ids.insert(venue.id.clone()) {
            self.import.venues.push(venue);
        }
    }

    /// The opportunity fields that do not depend on the location.
    fn base(&mut self, s: &Service, title: &str) -> Opportunity {
        let summary = s
            .description
            .as_deref()
            .map(first_sentence)
            .unwrap_or_default();
        if summary.is_empty() {
            s.origin.warn(
                &mut self.import,
                "description",
                "the service has no description, so the result list shows no summary",
            );
        }
        let mut o = Opportunity::new(
            "",
            kind_of(title, s.description.as_deref()),
            title,
            &summary,
        );
        o.description = s.description.clone();
        o.url = s.url.clone();
        o.source = Some(self.ctx.source.as_str())
            .filter(|source| !source.is_empty())
            .map(Into::into);
        o.provider = s
            .organization
            .as_ref()
            .and_then(|org| {
                Some(Provider {
                    name: org.name.clone()?,
                    url: org.website.clone(),
                    phone: org
                        .phone
                        .as_ref()
                        .and_then(|p| self.phone(&s.origin, "organization.phones", p)),
                    email: org.email.clone(),
                })
            })
            .map(Into::into);
        o.skills = self.ctx.skills_for(s.categories.iter().map(String::as_str));
        o.verified = self.verified(s);
        o.age = self.age(s);
        o.cost = self.cost(s);

        for language in &s.languages {
            match language_of(language) {
                Some(Spoken::Code(code)) => {
                    if !o.languages.contains(&code) {
                        o.languages.push(code);
                    }
                }
                Some(Spoken::SignLanguage) => {
                    if !o.access.contains(&SessionAccess::SignLanguage) {
                        o.access.push(SessionAccess::SignLanguage);
                    }
                }
                None => {
                    let (field, value) = match (&language.code, &language.name, &language.language)
                    {
                        (Some(code), _, _) => ("code", code),
                        (None, Some(name), _) => ("name", name),
                        (None, None, Some(language)) => ("language", language),
                        (None, None, None) => continue,
                    };
                    language.origin.warn(
                        &mut self.import,
                        field,
                        format!(
                            "{} is not a language this importer knows: give its ISO 639-1 code, such as `en` or `pl`",
                            quote(value)
                        ),
                    );
                }
            }
        }
        if let Some(text) = &s.interpretation_services {
            let found = read_access(
                &[("interpretation_services", text.clone())],
                &s.origin,
                &mut self.import,
            );
            for access in found.session {
                if !o.access.contains(&access) {
                    o.access.push(access);
                }
            }
        }

        o
    }

    /// How to take part: the phone given, the service's email and web page, and
    /// `application_process` (with the phone's extension) as the note.
    fn booking(&mut self, s: &Service, phone: Option<(&Origin, &Phone)>) -> Booking {
        let number = phone.and_then(|(origin, p)| self.phone(origin, "phones", p));
        let extension = phone
            .and_then(|(_, p)| p.extension.clone())
            .filter(|_| number.is_some());
        let mut how = Vec::new();
        if number.is_some() {
            how.push(JoinMethod::Phone);
        }
        if s.email.is_some() {
            how.push(JoinMethod::Email);
        }
        if s.url.is_some() {
            how.push(JoinMethod::Web);
        }
        let mut note = s.application_process.clone();
        if let Some(extension) = extension {
            let ask = format!("Phone extension {extension}.");
            note = Some(match note {
                Some(text) => {
                    let text = text.trim_end();
                    let stop = if text.ends_with(['.', '!', '?']) {
                        ""
                    } else {
                        "."
                    };
                    format!("{text}{stop} {ask}")
                }
                None => ask,
            });
        }
        Booking {
            how,
            phone: number,
            email: s.email.clone(),
            url: s.url.clone(),
            note,
        }
    }

    /// The later of `last_modified` and `assured_date`; a date that does not parse
    /// is reported and not used.
    fn verified(&mut self, s: &Service) -> Option<Date> {
        let mut latest: Option<Date> = None;
        for (field, value) in [
            ("last_modified", &s.last_modified),
            ("assured_date", &s.assured_date),
        ] {
            let Some(text) = value else { continue };
            match Date::parse(date_part(text)) {
                Ok(date) => latest = Some(latest.map_or(date, |l| l.max(date))),
                Err(message) => s.origin.warn(
                    &mut self.import,
                    field,
                    format!("{message}: the record's date of last check is not taken from it"),
                ),
            }
        }
        latest
    }

    /// Age limits from `minimum_age` and `maximum_age`.
    fn age(&mut self, s: &Service) -> Option<AgeRange> {
        let mut read = |field: &str, value: &Option<String>| -> Option<u8> {
            let text = value.as_deref()?;
            let age = text
                .trim()
                .strip_suffix(".0")
                .unwrap_or(text.trim())
                .parse::<u8>()
                .ok();
            if age.is_none() {
                s.origin.warn(
                    &mut self.import,
                    field,
                    format!(
                        "{} is not an age in whole years: it is ignored",
                        quote(text)
                    ),
                );
            }
            age
        };
        let min = read("minimum_age", &s.minimum_age);
        let max = read("maximum_age", &s.maximum_age);
        if let (Some(low), Some(high)) = (min, max)
            && low > high
        {
            s.origin.warn(
                &mut self.import,
                "maximum_age",
                format!("`maximum_age` {high} is below `minimum_age` {low}: the ages are ignored"),
            );
            return None;
        }
        (min.is_some() || max.is_some()).then_some(AgeRange { min, max })
    }

    /// The cost from `cost_options`, and `fees_description` in words.
    fn cost(&mut self, s: &Service) -> Cost {
        let mut cost = Cost::default();
        let mut free_options: Vec<Option<String>> = Vec::new();
        for option in &s.cost_options {
            match self.price(option) {
                Some(Priced::Price(price)) => cost.prices.push(price),
                Some(Priced::Free(label)) => free_options.push(label),
                Some(Priced::Words(text)) => cost.concessions.push(text),
                None => {}
            }
        }
        if cost.prices.is_empty() && !free_options.is_empty() {
            cost.free = true;
        } else {
            for label in free_options {
                cost.concessions.push(match label {
                    Some(label) => format!("{label}: free"),
                    None => "Free for some".to_owned(),
                });
            }
        }
        if let Some(text) = s.fees_description.as_ref().or(s.fees.as_ref()) {
            if s.cost_options.is_empty() && says_free(text) {
                cost.free = true;
            } else if !cost.concessions.contains(text) {
                cost.concessions.push(text.clone());
            }
        }
        cost
    }

    /// One cost option as a price, a free option, or words.
    fn price(&mut self, option: &CostOption) -> Option<Priced> {
        let origin = &option.origin;
        let label = match (&option.option, &option.amount_description) {
            (Some(o), Some(d)) => Some(format!("{o} ({d})")),
            (o, d) => o.clone().or_else(|| d.clone()),
        };
        let words = [&option.option, &option.amount_description]
            .into_iter()
            .flatten()
            .any(|t| says_free(t) || normalise(t).contains(" free "));
        let Some(text) = &option.amount else {
            return if words {
                Some(Priced::Free(option.option.clone()))
            } else {
                label.map(Priced::Words)
            };
        };
        let cleaned: String = text.chars().filter(|c| !"£€$ ".contains(*c)).collect();
        let amount = match cleaned.parse::<f64>() {
            Ok(amount) if amount.is_finite() && amount >= 0.0 => amount,
            _ => {
                let hint = if cleaned.contains(',') {
                    ", use a dot"
                } else {
                    ""
                };
                origin.warn(
                    &mut self.import,
                    "amount",
                    format!(
                        "{} is not an amount of money{hint}: this price is left out",
                        quote(text)
                    ),
                );
                return label.map(Priced::Words);
            }
        };
        if amount == 0.0 {
            return Some(Priced::Free(option.option.clone()));
        }
        let currency = match option.currency.as_deref().map(str::trim) {
            None => self.ctx.default_currency.clone(),
            Some(code) => {
                match currency_code(code) {
                    Some(code) => code,
                    None => {
                        origin.warn(
                        &mut self.import,
                        "currency",
                        format!("{} is not a currency code such as EUR or GBP: this price is left out", quote(code)),
                    );
                        return label.map(Priced::Words);
                    }
                }
            }
        };
        Some(Priced::Price(Price {
            amount,
            currency,
            label,
        }))
    }

    /// A phone number without stray quotes; `None` (with a warning) when it has
    /// no digits.
    fn phone(&mut self, origin: &Origin, field: &str, phone: &Phone) -> Option<String> {
        let number: String = phone.number.chars().filter(|c| *c != '"').collect();
        let number = number.trim();
        if number.chars().any(|c| c.is_ascii_digit()) {
            Some(number.to_owned())
        } else {
            origin.warn(
                &mut self.import,
                field,
                format!("{} is not a phone number", quote(&phone.number)),
            );
            None
        }
    }

    /// The location made ready, once per location id.
    fn location_ready(&mut self, location: &Location) -> Result<Built, Failure> {
        let key = match (&location.id, &location.name) {
            (Some(id), _) => format!("id {id}"),
            (None, Some(name)) => format!("name {name}"),
            (None, None) => format!("at {}", location.origin.field("")),
        };
        if let Some(built) = self.built.get(&key) {
            return built.clone();
        }
        let built = self.build(location);
        self.built.insert(key, built.clone());
        built
    }

    /// Checks a location and makes its venue.
    fn build(&mut self, l: &Location) -> Result<Built, Failure> {
        let origin = &l.origin;
        let fail = |field, message| Failure { field, message };
        let mut found = FoundAccess::default();
        for AccessNote {
            texts,
            list,
            origin,
        } in &l.accessibility
        {
            found.extend(read_access(texts, origin, &mut self.import));
            if let Some(list) = list {
                found.extend(read_access_list(list, origin, &mut self.import));
            }
        }
        if let Some(text) = &l.transportation
            && access_named(text)
                .venue
                .contains(&VenueAccess::PublicTransport)
        {
            found.venue.push(VenueAccess::PublicTransport);
        }
        found.venue.sort_unstable();
        found.venue.dedup();
        found.session.sort_unstable();
        found.session.dedup();

        let is_online = l
            .location_type
            .as_deref()
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("virtual"));
        if is_online {
            return Ok(Built {
                venue: None,
                access: found.session,
            });
        }

        let address = l
            .addresses
            .iter()
            .find(|a| {
                a.address_type
                    .as_deref()
                    .is_some_and(|t| t.eq_ignore_ascii_case("physical"))
            })
            .or(l.addresses.first());
        let name = l
            .name
            .clone()
            .or_else(|| l.alternate_name.clone())
            .or_else(|| address.and_then(|a| a.address_1.clone()));
        let Some(name) = name else {
            return Err(fail(
                "name",
                "the location has no name and no address".to_owned(),
            ));
        };
        let postcode = address.and_then(|a| a.postal_code.clone());
        let location = match read_coordinates(l) {
            Ok(point) => point,
            Err((field, why)) => {
                let by_name = self
                    .ctx
                    .locate(Some(&name), postcode.as_deref())
                    .map(|p| (p, "found by its name or postcode".to_owned()));
                let by_area = || {
                    let areas = address.map(|a| [a.address_2.as_deref(), a.city.as_deref()]);
                    areas.into_iter().flatten().flatten().find_map(|area| {
                        self.ctx.locate(Some(area), None).map(|p| {
                            (
                                p,
                                format!("the centre of `{area}`, which is in its address"),
                            )
                        })
                    })
                };
                match by_name.or_else(by_area) {
                    Some((point, how)) => {
                        origin.warn(
                            &mut self.import,
                            field,
                            format!(
                                "{why}; the location is placed at {:.5}, {:.5}, {how}",
                                point.lat, point.lon
                            ),
                        );
                        point
                    }
                    None => {
                        let postcode_words = match &postcode {
                            Some(p) => format!(" or has postcode `{p}`"),
                            None => String::new(),
                        };
                        return Err(fail(
                            field,
                            format!(
                                "{why}, and no place the catalogue knows is named `{name}`{postcode_words}"
                            ),
                        ));
                    }
                }
            }
        };
        let street: Vec<&str> = address
            .map(|a| [&a.address_1, &a.address_2, &a.city])
            .into_iter()
            .flatten()
            .filter_map(|part| part.as_deref())
            .collect();
        let key = l.id.as_deref().unwrap_or(&name);
        let phone = l
            .phones
            .first()
            .and_then(|p| self.phone(origin, "phones", p));
        let opening_hours =
            schedules::opening_hours(&l.schedules, &self.ctx.zone, &mut self.import);
        for holiday in &l.holidays {
            let days = match (&holiday.start_date, &holiday.end_date) {
                (Some(start), Some(end)) if start != end => format!(" from {start} to {end}"),
                (Some(day), _) | (None, Some(day)) => format!(" on {day}"),
                (None, None) => String::new(),
            };
            holiday.origin.warn(
                &mut self.import,
                "start_date",
                format!(
                    "a place's opening hours are the same every week, so its holiday hours{days} are not shown: give them to the services held there"
                ),
            );
        }
        Ok(Built {
            venue: Some(Venue {
                id: format!("hsds-{}", id_part(key)),
                name,
                address: (!street.is_empty()).then(|| street.join(", ")),
                postcode,
                neighbourhood: None,
                location,
                accessibility: found.venue,
                opening_hours,
                url: l.url.clone(),
                phone,
            }),
            access: found.session,
        })
    }
}

/// A cost option read.
enum Priced {
    Price(Price),
    /// Free, for the people the label names.
    Free(Option<String>),
    /// No amount: words only.
    Words(String),
}

/// Coordinates from `latitude` and `longitude`, or the field at fault and why.
fn read_coordinates(l: &Location) -> Result<LatLon, (&'static str, String)> {
    let (lat, lon) = match (&l.latitude, &l.longitude) {
        (Some(lat), Some(lon)) => (lat, lon),
        (None, Some(_)) => return Err(("latitude", "no `latitude` is given".to_owned())),
        (Some(_), None) => return Err(("longitude", "no `longitude` is given".to_owned())),
        (None, None) => {
            return Err((
                "latitude",
                "no `latitude` and `longitude` are given".to_owned(),
            ));
        }
    };
    let lat_value = number(lat).map_err(|m| ("latitude", format!("`latitude` {m}")))?;
    let lon_value = number(lon).map_err(|m| ("longitude", format!("`longitude` {m}")))?;
    if !(-90.0..=90.0).contains(&lat_value) {
        let swapped =
            if (-90.0..=90.0).contains(&lon_value) && (-180.0..=180.0).contains(&lat_value) {
                " (are latitude and longitude swapped?)"
            } else {
                ""
            };
        return Err((
            "latitude",
            format!("latitude {lat} is not between -90 and 90{swapped}"),
        ));
    }
    if !(-180.0..=180.0).contains(&lon_value) {
        return Err((
            "longitude",
            format!("longitude {lon} is not between -180 and 180"),
        ));
    }
    if lat_value == 0.0 && lon_value == 0.0 {
        return Err((
            "latitude",
            "0, 0 is in the Atlantic Ocean: the coordinates are missing".to_owned(),
        ));
    }
    Ok(LatLon {
        lat: lat_value,
        lon: lon_value,
    })
}

/// A decimal number, or why not.
fn number(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(value),
        _ if text.contains(',') => Err(format!("{} is not a number, use a dot", quote(text))),
        _ => Err(format!("{} is not a number", quote(text))),
    }
}

/// Reads accessibility from texts, sentence by sentence. A sentence that says
/// something is missing ("there is no lift") is not read, with a warning, since a
/// false promise of access is worse than none.
fn read_access(texts: &[(&str, String)], origin: &Origin, import: &mut Import) -> FoundAccess {
    let mut found = FoundAccess::default();
    for (field, text) in texts {
        let (more, skipped) = read_access_text(text);
        for sentence in skipped {
            origin.warn(
                import,
                field,
                format!(
                    "{} seems to say something is missing, so it is not read as a promise of access: check the accessibility",
                    quote(sentence)
                ),
            );
        }
        found.extend(more);
    }
    found
}

/// Reads an HSDS 1.x or 2.0 `accessibility` value, item by item: one feature or
/// a comma list of them, in words or in the HSDS 1.1 codes. An item that gives
/// nothing LearnLocal shows is reported, so that it does not vanish unseen.
fn read_access_list(list: &str, origin: &Origin, import: &mut Import) -> FoundAccess {
    let mut found = FoundAccess::default();
    for item in list.split([',', ';', '\n']).map(str::trim) {
        if item.is_empty() {
            continue;
        }
        let more = match access_code(item) {
            Some(known) => known,
            None => read_access(&[("accessibility", item.to_owned())], origin, import),
        };
        if more.is_empty() && !has_any(&normalise(item), &["no", "not", "without", "none"]) {
            origin.warn(
                import,
                "accessibility",
                format!(
                    "{} is not an access feature LearnLocal shows (step-free access, accessible toilet or parking, transport nearby, hearing loop, sign language, large print, easy read): it is left out",
                    quote(item)
                ),
            );
        }
        found.extend(more);
    }
    found
}

/// What an HSDS 1.1 accessibility code gives, for the codes plain words would
/// misread: a `restroom` in this list is an accessible one, a `deaf_interpreter`
/// signs, and a `wheelchair_van` is transport, not step-free access. `None` for
/// anything else, which is read as words.
fn access_code(item: &str) -> Option<FoundAccess> {
    let mut found = FoundAccess::default();
    match fold(item).replace([' ', '-'], "_").as_str() {
        "restroom" | "restrooms" => found.venue.push(VenueAccess::AccessibleToilet),
        "deaf_interpreter" => found.session.push(SessionAccess::SignLanguage),
        "wheelchair_van" | "cd" | "tape_braille" | "tty" => {}
        _ => return None,
    }
    Some(found)
}

/// True when the whole text just says "free".
fn says_free(text: &str) -> bool {
    matches!(
        normalise(text).trim(),
        "free"
            | "free of charge"
            | "no charge"
            | "no cost"
            | "none"
            | "0"
            | "nil"
            | "free entry"
            | "free admission"
    )
}

/// An ISO 4217 code from a code in any case or a common symbol.
fn currency_code(text: &str) -> Option<String> {
    let code = match text {
        "£" => "GBP",
        "€" => "EUR",
        "$" => "USD",
        other => other,
    };
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| code.to_ascii_uppercase())
}

/// Course when the name or description speaks of one, else activity.
fn kind_of(title: &str, description: Option<&str>) -> Kind {
    let words = normalise(&format!("{title} {}", description.unwrap_or("")));
    let course_words = [
        "course",
        "courses",
        "class",
        "classes",
        "training",
        "trainings",
        "workshop",
        "workshops",
    ];
    if has_any(&words, &course_words) {
        Kind::Course
    } else {
        Kind::Activity
    }
}

/// A language as LearnLocal keeps it.
#[derive(Debug, PartialEq)]
enum Spoken {
    /// An ISO 639-1 code.
    Code(String),
    /// A sign language: support for the session rather than a spoken language.
    SignLanguage,
}

/// The language from its code (ISO 639-1, 639-2 or 639-3, or a tag such as
/// `en-GB`) or its English name.
fn language_of(language: &Language) -> Option<Spoken> {
    let sign = |text: &str| {
        access_named(text)
            .session
            .contains(&SessionAccess::SignLanguage)
            .then_some(Spoken::SignLanguage)
    };
    // A code is read as a code first (`isl` is Icelandic), a name as a sign
    // language first (`ISL` is Irish Sign Language).
    let from_code = |code: &str| language_code(code).map(Spoken::Code).or_else(|| sign(code));
    let from_name = |name: &str| sign(name).or_else(|| language_code(name).map(Spoken::Code));
    language
        .code
        .as_deref()
        .and_then(from_code)
        .or_else(|| language.name.as_deref().and_then(from_name))
        // Before HSDS 3.0, one `language` value held a code or a name.
        .or_else(|| language.language.as_deref().and_then(from_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spoken(name: Option<&str>, code: Option<&str>) -> Option<Spoken> {
        language_of(&Language {
            name: name.map(str::to_owned),
            code: code.map(str::to_owned),
            language: None,
            origin: Origin::default(),
        })
    }

    /// Codes in any ISO 639 form and common English names become ISO 639-1 codes;
    /// sign languages become session support; unknown ones are not guessed.
    #[test]
    fn languages_become_codes() {
        let code = |c: &str| Some(Spoken::Code(c.to_owned()));
        let cases = [
            (Some("Urdu"), Some("ur"), code("ur")),
            (Some("English"), None, code("en")),
            (Some("Spanish"), None, code("es")),
            (None, Some("pol"), code("pl")),
            (None, Some("en-GB"), code("en")),
            (Some("Irish"), Some("gle"), code("ga")),
            (
                Some("British Sign Language"),
                Some("bfi"),
                Some(Spoken::SignLanguage),
            ),
            (Some("ISL"), None, Some(Spoken::SignLanguage)),
            (Some("Klingon"), Some("tlh"), None),
        ];
        for (name, c, expected) in cases {
            assert_eq!(spoken(name, c), expected, "{name:?} {c:?}");
        }
    }

    /// Accessibility words map to venue and session support, matching whole words in
    /// any case; a sentence saying something is missing promises nothing.
    #[test]
    fn accessibility_words() {
        let cases: [(&str, &[VenueAccess], &[SessionAccess]); 7] = [
            (
                "Wheelchair access on all floors",
                &[VenueAccess::StepFree],
                &[],
            ),
            (
                "STEP-FREE entrance; accessible Restroom",
                &[VenueAccess::StepFree, VenueAccess::AccessibleToilet],
                &[],
            ),
            (
                "Blue badge parking. Near the bus stop.",
                &[VenueAccess::AccessibleParking, VenueAccess::PublicTransport],
                &[],
            ),
            (
                "Induction loop at reception, BSL on request, large print and Easy Read guides",
                &[],
                // In LearnLocal's order of session support.
                &[
                    SessionAccess::SignLanguage,
                    SessionAccess::HearingLoop,
                    SessionAccess::LargePrint,
                    SessionAccess::EasyRead,
                ],
            ),
            ("Trampoline and business centre", &[], &[]),
            ("There is no lift.", &[], &[]),
            (
                "Lift to all floors. There is no hearing loop.",
                &[VenueAccess::StepFree],
                &[],
            ),
        ];
        for (text, venue, session) in cases {
            let mut import = Import::default();
            let found = read_access(
                &[("description", text.to_owned())],
                &Origin::default(),
                &mut import,
            );
            assert_eq!(found.venue, venue, "{text}");
            assert_eq!(found.session, session, "{text}");
        }
    }

    /// Names and descriptions about courses, classes, training or workshops make a
    /// course; anything else an activity.
    #[test]
    fn kinds() {
        assert_eq!(kind_of("Pottery Workshop", None), Kind::Course);
        assert_eq!(
            kind_of("Drop-in", Some("Evening classes for adults")),
            Kind::Course
        );
        assert_eq!(
            kind_of(
                "Community Counselling",
                Some("Counselling by trained professionals")
            ),
            Kind::Activity
        );
        assert_eq!(kind_of("Classical music club", None), Kind::Activity);
    }
}
