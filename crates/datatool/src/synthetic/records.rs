//! Venues and opportunities, one at a time, from the words and the places.

use super::geography::{Geography, Spot};
use super::names::Names;
use super::rng::{Rng, cumulative};
use super::words::{
    CONCESSIONS, DESCRIPTION_SENTENCES, FIRST_NAMES, LANGUAGE_NAMES, LOCAL_PROVIDERS,
    NATIONAL_PROVIDERS, STREET_ENDS, STREET_STARTS, SURNAMES, TOPICS, Topic, VENUE_KINDS,
    VenueKind,
};
use learnlocal_core::catalogue::{Skill, Venue, VenueAccess};
use learnlocal_core::opportunity::{
    AgeRange, Audience, Booking, Cost, JoinMethod, Kind, Level, Mode, Opportunity, Price, Provider,
    SessionAccess,
};
use learnlocal_core::schedule::{DatedSlot, Schedule, WeeklySlot};
use learnlocal_core::text::slugify;
use learnlocal_core::time::{Date, Time, Weekday};
use std::collections::HashSet;

/// What every record is drawn from: the taxonomy's topics, the date, the currency.
#[derive(Debug)]
pub struct Writer<'a> {
    topics: Vec<Theme<'a>>,
    topic_weights: Vec<f64>,
    skills: HashSet<&'a str>,
    venue_weights: Vec<f64>,
    today: Date,
    currency: &'a str,
    source: String,
    first_of_kind: HashSet<(usize, usize)>,
}

/// A skill of the taxonomy, with its words when the generator knows it.
#[derive(Debug, Clone, Copy)]
enum Theme<'a> {
    Known(&'static Topic),
    Label(&'a Skill),
}

/// A venue as records need it.
#[derive(Debug, Clone)]
pub struct Site {
    /// The venue's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// True for a library, whose first record is the library itself.
    pub library: bool,
    /// Its opening hours.
    pub opening_hours: Vec<WeeklySlot>,
    /// Its phone number, if any.
    pub phone: Option<String>,
    /// Its neighbourhood's short name ("Riverside").
    pub place: String,
    /// Its town's name.
    pub town: String,
}

impl<'a> Writer<'a> {
    /// A writer for records about `skills`, dated around `today`.
    pub fn new(skills: &'a [Skill], today: Date, currency: &'a str, seed: u64) -> Writer<'a> {
        let topics: Vec<Theme<'a>> = skills
            .iter()
            .map(|skill| match TOPICS.iter().find(|t| t.skill == skill.id) {
                Some(topic) => Theme::Known(topic),
                None => Theme::Label(skill),
            })
            .collect();
        let topic_weights = cumulative(topics.iter().map(|t| match t {
            Theme::Known(topic) => f64::from(topic.weight),
            Theme::Label(_) => 3.0,
        }));
        Writer {
            topics,
            topic_weights,
            skills: skills.iter().map(|s| s.id.as_str()).collect(),
            venue_weights: cumulative(VENUE_KINDS.iter().map(|k| f64::from(k.weight))),
            today,
            currency,
            source: format!("LearnLocal synthetic generator, seed {seed}"),
            first_of_kind: HashSet::new(),
        }
    }

    /// A venue at `spot`.
    pub fn venue(
        &mut self,
        spot: Spot,
        geography: &Geography,
        names: &mut Names,
        rng: &mut Rng,
    ) -> (Venue, Site) {
        let kind_index = rng.weighted(&self.venue_weights);
        let kind: VenueKind = VENUE_KINDS.get(kind_index).copied().unwrap_or(VenueKind {
            name: "Community Centre",
            weight: 1,
            library: false,
        });
        let neighbourhood = geography.neighbourhoods.get(spot.neighbourhood);
        let place = neighbourhood.map_or_else(String::new, |n| short_name(&n.name));
        let town = geography.towns.get(spot.town);
        let town_name = town.map_or_else(String::new, |t| t.name.clone());
        let street = format!("{} {}", rng.pick(STREET_STARTS), rng.pick(STREET_ENDS));
        let name = if self.first_of_kind.insert((spot.neighbourhood, kind_index)) {
            format!("{place} {}", kind.name)
        } else {
            format!("{street} {}", kind.name)
        };
        let id = names.id(&name);
        let mut address = format!("{} {street}, {place}", rng.between(1, 120));
        if !place.contains(&town_name) {
            address.push_str(", ");
            address.push_str(&town_name);
        }
        let postcode = town.map(|t| {
            if rng.chance(0.5) {
                let code: String = (0..4)
                    .map(|_| char::from(rng.pick(b"ACDEFHKNPRTVWXY0123456789".as_slice())))
                    .collect();
                format!("{} {code}", t.postcode)
            } else {
                t.postcode.clone()
            }
        });
        let mut accessibility = Vec::new();
        for (feature, p) in [
            (VenueAccess::StepFree, 0.8),
            (VenueAccess::AccessibleToilet, 0.65),
            (
                VenueAccess::AccessibleParking,
                if spot.rural { 0.6 } else { 0.35 },
            ),
            (
                VenueAccess::PublicTransport,
                if spot.rural { 0.3 } else { 0.9 },
            ),
        ] {
            if rng.chance(p) {
                accessibility.push(feature);
            }
        }
        let opening_hours = if kind.library {
            library_hours(rng)
        } else if rng.chance(0.5) && !matches!(kind.name, "Community Garden" | "GAA Club") {
            let (start, end) = rng.pick(&[(540, 1020), (540, 1290), (570, 1020), (600, 1320)]);
            let days = if rng.chance(0.3) {
                &Weekday::ALL[..6]
            } else {
                &Weekday::ALL[..5]
            };
            vec![slot(days, start, end)]
        } else {
            Vec::new()
        };
        let phone = town.filter(|_| rng.chance(0.7)).map(|t| {
            format!(
                "+353 {} {} {:04}",
                t.phone_area,
                rng.between(200, 999),
                rng.between(0, 9999)
            )
        });
        let url = rng.chance(0.4).then(|| format!("https://{id}.example.ie"));
        let venue = Venue {
            id: id.clone(),
            name: name.clone(),
            address: Some(address),
            postcode,
            neighbourhood: neighbourhood.map(|n| n.id.clone()),
            location: spot.location,
            accessibility,
            opening_hours: opening_hours.clone(),
            url,
            phone: phone.clone(),
        };
        let site = Site {
            id,
            name,
            library: kind.library,
            opening_hours,
            phone,
            place,
            town: town_name,
        };
        (venue, site)
    }

    /// The record of a library itself: its opening hours, free, walk in.
    pub fn library(&self, id: String, site: &Site, rng: &mut Rng) -> Opportunity {
        let mut o = Opportunity::new(
            &id,
            Kind::Library,
            &site.name,
            rng.pick(&[
                "Your local library: books, computers, free Wi-Fi and study space.",
                "Neighbourhood library with a children's corner, computers and weekly clubs.",
                "Borrow books, use a computer, print, study, or just sit and read.",
            ]),
        );
        o.venue = Some(site.id.clone());
        o.skills = ["reading-groups", "digital", "literacy", "family"]
            .into_iter()
            .filter(|s| self.skills.contains(s))
            .take(rng.between(1, 3) as usize)
            .map(str::to_owned)
            .collect();
        o.audience = vec![Audience::Everyone];
        o.languages = vec!["en".to_owned()];
        o.schedule.weekly = site.opening_hours.clone();
        o.cost.free = true;
        o.booking.how = vec![JoinMethod::WalkIn];
        o.booking.phone = site.phone.clone();
        if site.phone.is_some() {
            o.booking.how.push(JoinMethod::Phone);
        }
        o.provider = Some(provider(&format!("{} Libraries", site.town)).into());
        o.verified = Some(self.today.add_days(-rng.between(0, 330)));
        o.source = Some(self.source.as_str().into());
        o
    }

    /// A course or activity at `site`, or online when there is none.
    pub fn opportunity(&self, id: String, site: Option<&Site>, rng: &mut Rng) -> Opportunity {
        let theme = self.topics.get(rng.weighted(&self.topic_weights)).copied();
        let words = match theme {
            Some(Theme::Known(topic)) => Words::of(topic, rng),
            Some(Theme::Label(skill)) => Words::from_label(skill, rng),
            None => Words::from_label(&Skill::new("general", "Learning"), rng),
        };
        let mut title = words.title;
        let mut audience = words.audience.to_vec();
        let languages = self.languages(&words.subject, &mut title, &mut audience, rng);
        if !title.contains(" for ")
            && rng.chance(0.3)
            && let Some(suffix) = audience.iter().find_map(|a| audience_words(*a))
        {
            title.push_str(" for ");
            title.push_str(suffix);
        }
        let (schedule, cadence) = self.schedule(words.kind, &audience, rng);
        let mut o = Opportunity::new(
            &id,
            words.kind,
            &title,
            &format!("{} {cadence}", words.blurb),
        );
        let contact = (rng.pick(FIRST_NAMES), rng.pick(SURNAMES));
        if rng.chance(0.5) {
            let mut sentences: Vec<String> = Vec::new();
            if rng.chance(0.5) {
                sentences.push(format!("Led by {} {}.", contact.0, contact.1));
            }
            for _ in 0..rng.between(1, 3) {
                let s = rng.pick(DESCRIPTION_SENTENCES).to_owned();
                if !sentences.contains(&s) {
                    sentences.push(s);
                }
            }
            o.description = Some(sentences.join(" "));
        }
        o.provider = match site {
            None => Some(provider(rng.pick(NATIONAL_PROVIDERS)).into()),
            Some(_) if rng.chance(0.08) => None,
            Some(site) if rng.chance(0.6) => {
                let (pattern, local) = rng.pick(LOCAL_PROVIDERS);
                let place = if local { &site.place } else { &site.town };
                Some(provider(&pattern.replacen("{}", place, 1)).into())
            }
            Some(_) => Some(provider(rng.pick(NATIONAL_PROVIDERS)).into()),
        };
        o.mode = match site {
            None => Mode::Online,
            Some(_) if rng.chance(0.05) => Mode::Blended,
            Some(_) => Mode::InPerson,
        };
        o.venue = site.map(|s| s.id.clone());
        o.skills = vec![words.skill.to_owned()];
        for _ in 0..rng.between(0, 2) {
            if let Some(also) = words.also.get(rng.below(words.also.len().max(1)))
                && self.skills.contains(also)
                && !o.skills.iter().any(|s| s == also)
            {
                o.skills.push((*also).to_owned());
            }
        }
        o.level = match words.level {
            Level::Intermediate if rng.chance(0.25) => Level::Advanced,
            level => level,
        };
        o.age = age_for(&audience, rng);
        o.audience = audience;
        o.languages = languages;
        o.schedule = schedule;
        o.cost = self.cost(o.kind, rng);
        o.access = session_access(&o.audience, rng);
        o.booking = booking(o.provider.as_deref(), site, contact, rng);
        if rng.chance(0.2)
            && let Some(url) = o.provider.as_ref().and_then(|p| p.url.as_ref())
        {
            o.url = Some(format!("{url}/events/{id}"));
        }
        o.verified = Some(self.today.add_days(-rng.between(0, 330)));
        o.source = Some(self.source.as_str().into());
        o
    }

    /// The languages a record is held in: mostly English; some Irish, Polish,
    /// Ukrainian, Arabic, Portuguese or Chinese, which the title then says; a
    /// language class also names the language it teaches.
    fn languages(
        &self,
        subject: &str,
        title: &mut String,
        audience: &mut Vec<Audience>,
        rng: &mut Rng,
    ) -> Vec<String> {
        let mut languages = vec!["en".to_owned()];
        if let Some((code, _)) = TAUGHT_LANGUAGES.iter().find(|(_, name)| *name == subject) {
            languages.push((*code).to_owned());
            return languages;
        }
        // ga 5%, pl 3%, uk 3%, ar 2%, pt 1.5%, zh 1.5%: 16% in all.
        let draw = rng.unit();
        let mut bound = 0.0;
        for ((code, name), share) in LANGUAGE_NAMES
            .iter()
            .zip([0.05, 0.03, 0.03, 0.02, 0.015, 0.015])
        {
            bound += share;
            if draw < bound {
                languages = if rng.chance(0.5) {
                    vec![(*code).to_owned()]
                } else {
                    vec![(*code).to_owned(), "en".to_owned()]
                };
                if *code == "ga" {
                    title.push_str(" (as Gaeilge)");
                } else {
                    title.push_str(" in ");
                    title.push_str(name);
                    if !audience.contains(&Audience::Newcomers) && rng.chance(0.5) {
                        audience.push(Audience::Newcomers);
                    }
                }
                break;
            }
        }
        languages
    }

    /// A schedule for a record of `kind`, and a sentence saying it.
    fn schedule(&self, kind: Kind, audience: &[Audience], rng: &mut Rng) -> (Schedule, String) {
        let mut schedule = Schedule::default();
        let children = audience
            .iter()
            .any(|a| matches!(a, Audience::Children | Audience::Families));
        let (start, end, saturday) = times(children, rng);
        let days = days(saturday, if rng.chance(0.2) { 2 } else { 1 }, rng);
        let first = days.first().copied().unwrap_or(Weekday::Mon);
        let last = days.last().copied().unwrap_or(first);
        let on = day_names(&days);
        let draw = rng.unit();
        let sentence = match kind {
            Kind::Course if draw < 0.85 => {
                let begins = next_on(self.today.add_days(rng.between(-28, 56)), first);
                let weeks = rng.between(6, 12);
                let span =
                    i64::from(last.number_from_monday()) - i64::from(first.number_from_monday());
                schedule.start_date = Some(begins);
                schedule.end_date = Some(begins.add_days(7 * (weeks - 1) + span));
                if rng.chance(0.2) {
                    schedule.except = vec![begins.add_days(7 * rng.between(1, weeks - 2))];
                }
                schedule.weekly = vec![slot(&days, start, end)];
                format!("{} weeks on {on}.", capitalise(number_word(weeks)))
            }
            Kind::Course if draw < 0.95 => {
                schedule.dates = dates(self.today, rng.between(1, 3), start, end, rng);
                dated_sentence(schedule.dates.len())
            }
            Kind::Activity if draw < 0.45 => {
                schedule.weekly = vec![slot(&days, start, end)];
                if rng.chance(0.15) {
                    schedule.interval_weeks = 2;
                    schedule.start_date =
                        Some(next_on(self.today.add_days(-rng.between(0, 70)), first));
                    format!("Every second week, on {on}.")
                } else {
                    format!("Every week on {on}.")
                }
            }
            Kind::Activity if draw < 0.80 => {
                schedule.dates = dates(self.today, rng.between(1, 4), start, end, rng);
                dated_sentence(schedule.dates.len())
            }
            Kind::Activity if draw < 0.95 => {
                let begins = next_on(self.today.add_days(-rng.between(0, 60)), first);
                schedule.start_date = Some(begins);
                schedule.end_date = Some(self.today.add_days(rng.between(30, 200)));
                schedule.weekly = vec![slot(&days, start, end)];
                format!("On {on} this season.")
            }
            Kind::Course | Kind::Library => {
                schedule.weekly = vec![slot(&days, start, end)];
                format!("Every week on {on}.")
            }
            Kind::Activity => "Ask for the next dates.".to_owned(),
        };
        (schedule, sentence)
    }

    /// What it costs: libraries and most activities are free, courses less often.
    fn cost(&self, kind: Kind, rng: &mut Rng) -> Cost {
        let free = match kind {
            Kind::Library => 1.0,
            Kind::Course => 0.45,
            Kind::Activity => 0.72,
        };
        let mut cost = Cost::default();
        if rng.chance(free) {
            cost.free = true;
            return cost;
        }
        let (amount, label) = match kind {
            Kind::Course if rng.chance(0.8) => (rng.between(4, 36) * 5, None),
            _ => (rng.between(2, 15), Some("per session".to_owned())),
        };
        cost.prices = vec![Price {
            amount: amount as f64,
            currency: self.currency.to_owned(),
            label,
        }];
        if rng.chance(0.35) {
            cost.concessions.push(rng.pick(CONCESSIONS).to_owned());
        }
        cost
    }
}

/// The languages of the language classes, by the subject that names them: a
/// class is held in English and the language it teaches.
const TAUGHT_LANGUAGES: &[(&str, &str)] = &[
    ("pl", "Polish"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("ga", "Irish"),
    ("de", "German"),
    ("it", "Italian"),
    ("zh", "Mandarin"),
    ("ar", "Arabic"),
    ("pt", "Portuguese"),
    ("uk", "Ukrainian"),
    ("ja", "Japanese"),
];

/// The parts of one record that come from its topic.
struct Words {
    skill: String,
    also: &'static [&'static str],
    subject: String,
    title: String,
    kind: Kind,
    level: Level,
    blurb: String,
    audience: &'static [Audience],
}

impl Words {
    fn of(topic: &'static Topic, rng: &mut Rng) -> Words {
        let subject = rng.pick(topic.subjects);
        let (pattern, kind, level) = rng.pick(topic.titles);
        Words {
            skill: topic.skill.to_owned(),
            also: topic.also,
            subject: subject.to_owned(),
            title: capitalise(&pattern.replacen("{}", subject, 1)),
            kind,
            level,
            blurb: rng.pick(topic.blurbs).to_owned(),
            audience: rng.pick(topic.audiences),
        }
    }

    /// Words for a skill the generator has no vocabulary for: its label.
    fn from_label(skill: &Skill, rng: &mut Rng) -> Words {
        let (pattern, kind, level) = rng.pick(&[
            ("{} group", Kind::Activity, Level::None),
            ("{} for beginners", Kind::Course, Level::Beginner),
            ("{} workshop", Kind::Activity, Level::None),
        ]);
        Words {
            skill: skill.id.clone(),
            also: &[],
            subject: skill.label.clone(),
            title: capitalise(&pattern.replacen("{}", &skill.label, 1)),
            kind,
            level,
            blurb: format!("{} in a friendly local group.", skill.label),
            audience: &[Audience::Everyone],
        }
    }
}

fn provider(name: &str) -> Provider {
    let slug = slugify(name);
    Provider {
        name: name.to_owned(),
        url: Some(format!("https://{slug}.example.ie")),
        phone: None,
        email: Some(format!("info@{slug}.example.ie")),
    }
}

/// How to book: walk in, or by phone, email or the web, with the contact: the
/// venue's phone, the provider's web site, and the provider's or a person's
/// email address.
fn booking(
    provider: Option<&Provider>,
    site: Option<&Site>,
    (first, surname): (&str, &str),
    rng: &mut Rng,
) -> Booking {
    let mut booking = Booking::default();
    let phone = site.and_then(|s| s.phone.clone());
    let personal = rng.chance(0.5);
    let email = provider.and_then(|p| p.email.clone()).map(|email| {
        if personal {
            let domain = email.split('@').nth(1).unwrap_or("example.ie");
            format!("{}.{}@{domain}", slugify(first), slugify(surname))
        } else {
            email
        }
    });
    let web = provider
        .and_then(|p| p.url.as_ref())
        .map(|url| format!("{url}/book"));
    if site.is_some() && rng.chance(0.4) {
        booking.how.push(JoinMethod::WalkIn);
    }
    if phone.is_some() && rng.chance(0.3) {
        booking.how.push(JoinMethod::Phone);
        booking.phone = phone;
    }
    if email.is_some() && rng.chance(0.35) {
        booking.how.push(JoinMethod::Email);
        booking.email = email;
    }
    if web.is_some() && (booking.how.is_empty() || rng.chance(0.2)) {
        booking.how.push(JoinMethod::Web);
        booking.url = web;
    }
    if booking.how.is_empty() {
        booking.how.push(JoinMethod::WalkIn);
    }
    booking
}

/// Support the session offers, for about four records in ten.
fn session_access(audience: &[Audience], rng: &mut Rng) -> Vec<SessionAccess> {
    let mut access = Vec::new();
    if !rng.chance(0.4) {
        return access;
    }
    for _ in 0..rng.between(1, 2) {
        let feature = if audience.contains(&Audience::Families) && rng.chance(0.4) {
            SessionAccess::Childcare
        } else {
            rng.pick(&[
                SessionAccess::LargePrint,
                SessionAccess::LargePrint,
                SessionAccess::EasyRead,
                SessionAccess::CarerFree,
                SessionAccess::HearingLoop,
                SessionAccess::Quiet,
                SessionAccess::SignLanguage,
            ])
        };
        if !access.contains(&feature) {
            access.push(feature);
        }
    }
    access.sort();
    access
}

/// Age limits, always given for children and for young people on their own.
fn age_for(audience: &[Audience], rng: &mut Rng) -> Option<AgeRange> {
    let range = |min: i64, max: i64| AgeRange {
        min: u8::try_from(min).ok(),
        max: u8::try_from(max).ok(),
    };
    if audience.contains(&Audience::Children) {
        Some(range(rng.between(4, 7), rng.between(10, 12)))
    } else if audience == [Audience::YoungPeople] {
        Some(range(rng.between(12, 14), rng.between(17, 18)))
    } else {
        None
    }
}

fn audience_words(audience: Audience) -> Option<&'static str> {
    match audience {
        Audience::OlderPeople => Some("older people"),
        Audience::YoungPeople => Some("young people"),
        Audience::Newcomers => Some("newcomers"),
        Audience::Jobseekers => Some("jobseekers"),
        Audience::Carers => Some("carers"),
        Audience::Everyone | Audience::Adults | Audience::Children | Audience::Families => None,
    }
}

/// A session's start and end in minutes after midnight, and whether it may be
/// on a Saturday: children's after school or on Saturday mornings; others in
/// the morning (35%), afternoon (25%) or evening (40%).
fn times(children: bool, rng: &mut Rng) -> (u16, u16, bool) {
    let (starts, saturday): (&[u16], bool) = if children {
        if rng.chance(0.4) {
            (&[600, 660], true)
        } else {
            (&[930, 960], false)
        }
    } else {
        let draw = rng.unit();
        if draw < 0.35 {
            (&[570, 600, 630, 660], rng.chance(0.12))
        } else if draw < 0.6 {
            (&[810, 840, 870, 900], rng.chance(0.08))
        } else {
            (&[1080, 1110, 1140, 1170], false)
        }
    };
    let start = rng.pick(starts);
    let length = rng.pick(&[60, 90, 90, 120]);
    (start, start + length, saturday)
}

/// `count` different weekdays, Monday to Friday (or Saturday alone).
fn days(saturday: bool, count: usize, rng: &mut Rng) -> Vec<Weekday> {
    if saturday {
        return vec![Weekday::Sat];
    }
    let mut days: Vec<Weekday> = Vec::new();
    while days.len() < count {
        let day = rng.pick(&Weekday::ALL[..5]);
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days.sort();
    days
}

/// `count` one-off sessions in the next four months.
fn dates(today: Date, count: i64, start: u16, end: u16, rng: &mut Rng) -> Vec<DatedSlot> {
    let mut days: Vec<Date> = (0..count)
        .map(|_| today.add_days(rng.between(0, 120)))
        .collect();
    days.sort();
    days.dedup();
    days.into_iter()
        .map(|date| DatedSlot {
            date,
            start: time(start),
            end: time(end),
        })
        .collect()
}

fn dated_sentence(count: usize) -> String {
    if count == 1 {
        "A one-off session.".to_owned()
    } else {
        format!(
            "{} dates this season.",
            capitalise(number_word(count as i64))
        )
    }
}

/// Library opening hours: weekdays, one or two late evenings, some Saturdays.
fn library_hours(rng: &mut Rng) -> Vec<WeeklySlot> {
    let all = &Weekday::ALL;
    let mut hours = if rng.chance(0.5) {
        vec![
            slot(&[all[0], all[3], all[4]], 600, 1050),
            slot(&[all[1], all[2]], 600, 1200),
        ]
    } else {
        vec![slot(&all[..5], 570, 1020)]
    };
    if rng.chance(0.6) {
        hours.push(slot(&[all[5]], 600, 780));
    }
    hours
}

fn slot(days: &[Weekday], start: u16, end: u16) -> WeeklySlot {
    WeeklySlot {
        days: days.to_vec(),
        start: time(start),
        end: time(end),
    }
}

/// A time of day from minutes after midnight; every time written here is
/// before midnight.
fn time(minutes: u16) -> Time {
    Time::from_minutes_since_midnight(minutes).unwrap_or(Time::MIDNIGHT)
}

/// The first `day` on or after `date`.
fn next_on(date: Date, day: Weekday) -> Date {
    let ahead = (i64::from(day.number_from_monday())
        - i64::from(date.weekday().number_from_monday()))
    .rem_euclid(7);
    date.add_days(ahead)
}

/// "Tuesdays and Thursdays".
fn day_names(days: &[Weekday]) -> String {
    const PLURALS: [&str; 7] = [
        "Mondays",
        "Tuesdays",
        "Wednesdays",
        "Thursdays",
        "Fridays",
        "Saturdays",
        "Sundays",
    ];
    let name = |day: &Weekday| PLURALS.get(usize::from(day.number_from_monday()) - 1);
    days.iter()
        .filter_map(name)
        .copied()
        .collect::<Vec<_>>()
        .join(" and ")
}

fn number_word(n: i64) -> &'static str {
    match n {
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        7 => "seven",
        8 => "eight",
        9 => "nine",
        10 => "ten",
        11 => "eleven",
        _ => "twelve",
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A neighbourhood's name as a venue's name begins: "Riverside" for
/// "Riverside, Kilmore", "Kilmore" for "Kilmore Town Centre".
fn short_name(name: &str) -> String {
    let name = name.split(", ").next().unwrap_or(name);
    name.trim_end_matches(" Town Centre")
        .trim_end_matches(" City Centre")
        .to_owned()
}
