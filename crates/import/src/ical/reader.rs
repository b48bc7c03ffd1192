//! The iCalendar reader: each `VEVENT` as a record (its times, place, provider
//! and text), edited occurrences joined to their series.
//!
//! Must never drop an event silently: every `VEVENT` is imported, joined to its
//! series, or left out with the reason.

use super::content::{Event, Prop, split_list, unescape};
use super::zones::{Stamp, Zones, prop_stamp};
use crate::record::{Fail, Rec};
use crate::sessions::{dated_slots, parse_duration};
use crate::vocab::{first_sentence, id_part, shorten};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::catalogue::{LatLon, Venue};
use learnlocal_core::opportunity::{Kind, Mode, Opportunity, Provider};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::text::fold;
use learnlocal_core::time::{DateTime, Time};
use std::collections::HashMap;

pub(super) struct Reader<'c> {
    pub(super) ctx: &'c ImportContext,
    pub(super) zones: Zones,
    pub(super) import: Import,
    /// UID → index of its record in `import.opportunities`.
    pub(super) by_uid: HashMap<String, usize>,
    /// Record id → UID it was made from.
    pub(super) ids: HashMap<String, String>,
}

/// When an event happens, read from DTSTART, DTEND or DURATION.
pub(super) struct Times {
    pub(super) start: Stamp,
    /// Start and end in the catalogue's zone.
    pub(super) local_start: DateTime,
    pub(super) local_end: DateTime,
}

impl Reader<'_> {
    pub(super) fn place(event: &Event) -> Place {
        Place::Record {
            index: event.index,
            name: event.name(),
        }
    }

    /// Reads one event (not an edited occurrence) and keeps it or leaves it out.
    pub(super) fn event(&mut self, event: &Event) {
        let mut rec = Rec::new(Self::place(event));
        if !event.closed {
            rec.warn(
                "END",
                "the file ends before this event's `END:VEVENT`: it may be cut short",
            );
        }
        match self.build(&mut rec, event) {
            Ok((mut opportunity, venue)) => {
                let uid = event.first("UID").map(Prop::text).filter(|u| !u.is_empty());
                let key = uid.clone().unwrap_or_else(|| {
                    let date = opportunity
                        .schedule
                        .dates
                        .first()
                        .map(|d| d.date)
                        .or(opportunity.schedule.start_date)
                        .map(|d| d.to_string())
                        .unwrap_or_default();
                    format!("{} {date}", opportunity.title)
                });
                if uid.is_none() {
                    rec.warn(
                        "UID",
                        "the event has no UID, so its id comes from its title and date and changes if they do",
                    );
                }
                let id = format!("ics-{}", id_part(&key));
                if let Some(earlier) = self.ids.get(&id) {
                    let problem = Problem::error(
                        rec.place,
                        Some("UID"),
                        format!(
                            "the UID `{key}` is already used by an earlier event (`{earlier}`); edited occurrences need a RECURRENCE-ID"
                        ),
                    );
                    return self.import.leave_out(problem, LeftOutReason::DuplicateId);
                }
                self.ids.insert(id.clone(), key.clone());
                opportunity.id = id;
                if let Some(venue) = venue {
                    self.import.add_venue(venue);
                }
                if let Some(uid) = uid {
                    self.by_uid.insert(uid, self.import.opportunities.len());
                }
                self.import.opportunities.push(opportunity);
                self.import.problems.extend(rec.warnings);
            }
            Err((problem, reason)) => self.import.leave_out(problem, reason),
        }
    }

    /// Reads an edited occurrence (with RECURRENCE-ID): it moves or cancels one
    /// session of its series. Without its series in the file it is read as an
    /// event of its own.
    pub(super) fn edit(&mut self, event: &Event) {
        let uid = event.first("UID").map(Prop::text).unwrap_or_default();
        let Some(&at) = self.by_uid.get(&uid) else {
            return self.event(event);
        };
        let mut rec = Rec::new(Self::place(event));
        let Some(recurrence) = event.first("RECURRENCE-ID") else {
            return self.event(event);
        };
        let replaced = match prop_stamp(recurrence) {
            Ok(stamp) => {
                self.zones
                    .local(&stamp, self.ctx, &mut rec, "RECURRENCE-ID")
                    .date
            }
            Err(e) => {
                let (problem, reason) = rec.fail("RECURRENCE-ID", e, LeftOutReason::BadDate);
                return self.import.leave_out(problem, reason);
            }
        };
        let cancelled = is_cancelled(event);
        let slots = if cancelled {
            Vec::new()
        } else {
            match self.times(&mut rec, event) {
                Ok(times) => {
                    let (slots, _) = dated_slots(times.local_start, times.local_end);
                    slots
                }
                Err((problem, reason)) => return self.import.leave_out(problem, reason),
            }
        };
        if let Some(o) = self.import.opportunities.get_mut(at) {
            let schedule = &mut o.schedule;
            if !schedule.weekly.is_empty() && !schedule.except.contains(&replaced) {
                schedule.except.push(replaced);
            }
            schedule.dates.retain(|d| d.date != replaced);
            for slot in slots {
                if !schedule.dates.contains(&slot) {
                    schedule.dates.push(slot);
                }
            }
        }
        if cancelled {
            let (problem, reason) = rec.fail(
                "STATUS",
                format!("this occurrence ({replaced}) is cancelled; its date is kept as an exception of its series"),
                LeftOutReason::NotAnOpportunity,
            );
            self.import.leave_out(problem, reason);
        } else {
            self.import.problems.extend(rec.warnings);
        }
    }

    /// DTSTART and DTEND (or DURATION), in the catalogue's zone.
    pub(super) fn times(&self, rec: &mut Rec, event: &Event) -> Result<Times, Fail> {
        let Some(start_prop) = event.first("DTSTART") else {
            return Err(rec.fail(
                "DTSTART",
                "the event has no DTSTART, so its date is not known",
                LeftOutReason::BadDate,
            ));
        };
        let start =
            prop_stamp(start_prop).map_err(|e| rec.fail("DTSTART", e, LeftOutReason::BadDate))?;
        let local_start = self.zones.local(&start, self.ctx, rec, "DTSTART");
        let local_end = match (event.first("DTEND"), event.first("DURATION")) {
            (Some(end_prop), _) => {
                let end = prop_stamp(end_prop)
                    .map_err(|e| rec.fail("DTEND", e, LeftOutReason::BadDate))?;
                self.zones.local(&end, self.ctx, rec, "DTEND")
            }
            (None, Some(duration)) => {
                let text = duration.text();
                let minutes = match parse_duration(text.trim_start_matches('+')) {
                    Some(d) if d.years == 0 && d.months == 0 => d.minutes(),
                    _ => {
                        rec.warn(
                            "DURATION",
                            format!(
                                "`{text}` is not a duration such as PT1H30M; one hour is assumed"
                            ),
                        );
                        60
                    }
                };
                DateTime::from_minutes_since_epoch(
                    local_start.minutes_since_epoch().saturating_add(minutes),
                )
            }
            (None, None) if start.is_date() => {
                DateTime::new(local_start.date.add_days(1), Time::MIDNIGHT)
            }
            (None, None) => {
                rec.warn(
                    "DTEND",
                    "the event has no DTEND or DURATION; one hour is assumed",
                );
                DateTime::from_minutes_since_epoch(
                    local_start.minutes_since_epoch().saturating_add(60),
                )
            }
        };
        let length = local_end.minutes_since_epoch() - local_start.minutes_since_epoch();
        let local_end = if length < 0 {
            return Err(rec.fail(
                "DTEND",
                format!("the event ends ({local_end}) before it starts ({local_start})"),
                LeftOutReason::BadDate,
            ));
        } else if length == 0 {
            rec.warn(
                "DTEND",
                "the event ends when it starts; one hour is assumed",
            );
            DateTime::from_minutes_since_epoch(local_start.minutes_since_epoch().saturating_add(60))
        } else {
            local_end
        };
        Ok(Times {
            start,
            local_start,
            local_end,
        })
    }

    /// Builds the record of one event (its id is given by the caller) and the
    /// venue it needs.
    pub(super) fn build(
        &self,
        rec: &mut Rec,
        event: &Event,
    ) -> Result<(Opportunity, Option<Venue>), Fail> {
        let title = event.first("SUMMARY").map(Prop::text).unwrap_or_default();
        if title.is_empty() {
            return Err(rec.fail(
                "SUMMARY",
                "the event has no SUMMARY, so it has no title",
                LeftOutReason::NoTitle,
            ));
        }
        if is_cancelled(event) {
            return Err(rec.fail(
                "STATUS",
                "the event is cancelled (STATUS:CANCELLED)",
                LeftOutReason::NotAnOpportunity,
            ));
        }
        let times = self.times(rec, event)?;
        let schedule = self.schedule(rec, event, &times)?;
        let description = event
            .first("DESCRIPTION")
            .map(Prop::text)
            .filter(|d| !d.is_empty())
            .map(|d| d.replace("\r\n", "\n"));
        let summary = description
            .as_deref()
            .map(first_sentence)
            .unwrap_or_default();
        let mut o = Opportunity::new("", Kind::Activity, &title, &summary);
        o.description = description.filter(|d| *d != summary);
        o.schedule = schedule;
        o.source = Some(self.ctx.source.as_str())
            .filter(|s| !s.is_empty())
            .map(Into::into);
        o.url = event.first("URL").map(Prop::text).filter(|u| !u.is_empty());
        o.provider = event.first("ORGANIZER").and_then(provider).map(Into::into);
        let categories: Vec<String> = event
            .all("CATEGORIES")
            .flat_map(|p| split_list(&p.value))
            .collect();
        o.skills = self.ctx.skills_for(categories.iter().map(String::as_str));
        let (mode, venue) = self.venue(rec, event)?;
        o.mode = mode;
        let mut new_venue = None;
        match venue {
            Some(VenueRef::Known(id)) => o.venue = Some(id),
            Some(VenueRef::New(v)) => {
                o.venue = Some(v.id.clone());
                new_venue = Some(*v);
            }
            None => {}
        }
        Ok((o, new_venue))
    }

    /// Where the event is: a known venue, a new one from LOCATION and GEO, or
    /// online when LOCATION is a link or says "online".
    pub(super) fn venue(
        &self,
        rec: &mut Rec,
        event: &Event,
    ) -> Result<(Mode, Option<VenueRef>), Fail> {
        let location = event
            .first("LOCATION")
            .map(Prop::text)
            .filter(|l| !l.is_empty());
        let geo = match event.first("GEO") {
            Some(p) => match geo(&p.value) {
                Some(at) => Some(at),
                None => {
                    rec.warn(
                        "GEO",
                        format!(
                            "`{}` is not `latitude;longitude` in degrees with a dot, such as 53.3498;-6.2672; ignored",
                            shorten(&p.value, 40)
                        ),
                    );
                    None
                }
            },
            None => None,
        };
        if let Some(name) = &location
            && geo.is_none()
            && is_online(name)
        {
            return Ok((Mode::Online, None));
        }
        let new_venue = |name: &str, at: LatLon| {
            VenueRef::New(Box::new(Venue {
                id: format!("ics-{}", id_part(name)),
                name: name.to_owned(),
                address: None,
                postcode: None,
                neighbourhood: None,
                location: at,
                accessibility: Vec::new(),
                opening_hours: Vec::new(),
                url: None,
                phone: None,
            }))
        };
        match (location, geo) {
            (Some(name), Some(at)) => Ok((
                Mode::InPerson,
                Some(match self.ctx.venue_named(Some(&name), None) {
                    Some(v) => VenueRef::Known(v.id.clone()),
                    None => new_venue(&name, at),
                }),
            )),
            (None, Some(at)) => {
                rec.warn(
                    "LOCATION",
                    "the event has GEO but no LOCATION; the place is named by its coordinates",
                );
                let name = format!("{:.5}, {:.5}", at.lat, at.lon);
                Ok((Mode::InPerson, Some(new_venue(&name, at))))
            }
            (Some(name), None) => {
                // The whole LOCATION, then each comma-separated part
                // ("Central Library, Ilac Centre").
                let candidates: Vec<&str> = std::iter::once(name.as_str())
                    .chain(name.split(',').map(str::trim).filter(|p| !p.is_empty()))
                    .collect();
                if let Some(v) = candidates
                    .iter()
                    .find_map(|c| self.ctx.venue_named(Some(c), None))
                {
                    return Ok((Mode::InPerson, Some(VenueRef::Known(v.id.clone()))));
                }
                if let Some(at) = candidates
                    .iter()
                    .find_map(|c| self.ctx.locate(Some(c), None))
                {
                    rec.warn(
                        "LOCATION",
                        format!("`{name}` has no GEO: placed at the centre of the neighbourhood it names"),
                    );
                    return Ok((Mode::InPerson, Some(new_venue(&name, at))));
                }
                Err(rec.fail(
                    "LOCATION",
                    format!(
                        "`{name}` is not a venue or neighbourhood the catalogue knows and the event has no GEO: add `GEO:latitude;longitude` or the venue to the catalogue"
                    ),
                    LeftOutReason::NoLocation,
                ))
            }
            (None, None) => Err(rec.fail(
                "LOCATION",
                "the event has no LOCATION or GEO, so nobody can find where it is",
                LeftOutReason::NoLocation,
            )),
        }
    }
}

/// Where an event happens.
pub(super) enum VenueRef {
    /// A venue the catalogue already has, by id.
    Known(String),
    /// A venue made from LOCATION and GEO.
    New(Box<Venue>),
}

/// True for `STATUS:CANCELLED`.
pub(super) fn is_cancelled(event: &Event) -> bool {
    event
        .first("STATUS")
        .is_some_and(|s| s.text().eq_ignore_ascii_case("CANCELLED"))
}

/// True when LOCATION says the event is online: a link, or words such as
/// "Online" or "Zoom".
pub(super) fn is_online(location: &str) -> bool {
    let l = fold(location.trim());
    l.starts_with("http://")
        || l.starts_with("https://")
        || matches!(
            l.as_str(),
            "online"
                | "online event"
                | "virtual"
                | "zoom"
                | "microsoft teams"
                | "teams"
                | "google meet"
        )
}

/// `GEO:53.3498;-6.2672` (a comma is accepted too) as a checked point.
pub(super) fn geo(value: &str) -> Option<LatLon> {
    let (lat, lon) = value.split_once(';').or_else(|| value.split_once(','))?;
    let lat: f64 = lat.trim().parse().ok()?;
    let lon: f64 = lon.trim().parse().ok()?;
    let valid = lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
        && !(lat == 0.0 && lon == 0.0);
    valid.then_some(LatLon { lat, lon })
}

/// The organiser: `CN` as the name, a `mailto:` address as the email.
pub(super) fn provider(prop: &Prop) -> Option<Provider> {
    let value = prop.text();
    let email = value
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .and_then(|_| value.get(7..))
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_owned);
    let name = prop
        .param("CN")
        .map(|n| unescape(n).trim().to_owned())
        .filter(|n| !n.is_empty())
        .or_else(|| email.clone())?;
    Some(Provider {
        name,
        email,
        ..Provider::default()
    })
}
