//! The finder's filters, read from and written to the URL's query string, and the
//! rule of each filter group.
//!
//! Two stages, as typed: the query's key/value pairs exactly as the URL holds them,
//! then [`Filters`], checked against the catalogue. An unknown key or value is
//! ignored, never an error: a shared link from an older version still opens.
//! Within a group, ticking several options widens (any of them), except access
//! needs, which a result must meet all of, between its venue and its session.

use crate::Catalogue;
use crate::LatLon;
use crate::catalogue::VenueAccess;
use crate::opportunity::{Audience, Kind, Level, Mode, SessionAccess};
use crate::route::encode;
use crate::schedule::PartOfDay;
use crate::sorted::SortedSet;
use crate::time::Weekday;
use crate::token::Token;
use serde::{Deserialize, Serialize};

/// Metres walked in a minute at an easy pace (4.8 km/h).
pub const WALK_METRES_PER_MINUTE: f64 = 80.0;

/// How far from the chosen place results may be.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Radius {
    /// Within a 15-minute walk (1.2 km).
    Walk15,
    /// Within 1 km.
    Km1,
    /// Within 3 km.
    Km3,
    /// Within 5 km.
    Km5,
    /// Within 10 km.
    Km10,
    /// Any distance.
    #[default]
    Anywhere,
}

// Nearest first.
tokens!(Radius {
    Walk15 => "walk15",
    Km1 => "1km",
    Km3 => "3km",
    Km5 => "5km",
    Km10 => "10km",
    Anywhere => "any",
});

impl Radius {
    /// The limit in metres; `None` for anywhere.
    pub fn metres(self) -> Option<f64> {
        match self {
            Self::Walk15 => Some(15.0 * WALK_METRES_PER_MINUTE),
            Self::Km1 => Some(1_000.0),
            Self::Km3 => Some(3_000.0),
            Self::Km5 => Some(5_000.0),
            Self::Km10 => Some(10_000.0),
            Self::Anywhere => None,
        }
    }

    /// The smallest choice that reaches `metres`; anywhere when none does.
    pub fn covering(metres: f64) -> Self {
        Self::ALL
            .iter()
            .copied()
            .find(|r| r.metres().is_some_and(|m| m >= metres))
            .unwrap_or(Self::Anywhere)
    }

    /// The next wider choice, if any.
    pub fn wider(self) -> Option<Self> {
        let i = Self::ALL.iter().position(|&r| r == self)?;
        Self::ALL.get(i + 1).copied()
    }
}

/// Where distances are measured from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceRef {
    /// The device's own position (never written into the URL, only this word).
    Me,
    /// A neighbourhood or venue id from the catalogue.
    Named(String),
    /// A point chosen on the map ("Search this area"), in the URL as
    /// `near=51.8985,-8.4756`.
    Point(MapPoint),
}

/// A point on the earth to 5 decimal places (about a metre), held as whole
/// hundred-thousandths of a degree so a place compares and hashes exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MapPoint {
    lat_e5: i32,
    lon_e5: i32,
}

impl MapPoint {
    /// The point nearest `at`, to 5 decimal places; `None` off the earth.
    pub fn new(at: LatLon) -> Option<Self> {
        let valid = (-90.0..=90.0).contains(&at.lat) && (-180.0..=180.0).contains(&at.lon);
        valid.then(|| Self {
            lat_e5: (at.lat * 1e5).round() as i32,
            lon_e5: (at.lon * 1e5).round() as i32,
        })
    }

    /// The point in degrees.
    pub fn at(self) -> LatLon {
        LatLon {
            lat: f64::from(self.lat_e5) / 1e5,
            lon: f64::from(self.lon_e5) / 1e5,
        }
    }

    /// Reads `lat,lon` strictly: two decimal numbers of at most 5 decimal
    /// places, a latitude and a longitude, nothing else.
    pub fn parse(text: &str) -> Option<Self> {
        let (lat, lon) = text.split_once(',')?;
        let lat = degrees_e5(lat, 90)?;
        let lon = degrees_e5(lon, 180)?;
        Some(Self {
            lat_e5: lat,
            lon_e5: lon,
        })
    }

    /// The URL's form: `lat,lon` with no trailing zeros.
    pub fn to_query(self) -> String {
        format!("{},{}", e5_text(self.lat_e5), e5_text(self.lon_e5))
    }
}

/// `-12.34567` as hundred-thousandths, when it is at most `limit` degrees.
fn degrees_e5(text: &str, limit: i32) -> Option<i32> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 3
        || fraction.len() > 5
        || !plain(whole)
        || !plain(fraction)
    {
        return None;
    }
    if digits.ends_with('.') {
        return None;
    }
    let whole: i32 = whole.parse().ok()?;
    let fraction: i32 = format!("{fraction:0<5}").parse().ok()?;
    let value = whole.checked_mul(100_000)?.checked_add(fraction)?;
    (value <= limit * 100_000).then_some(if negative { -value } else { value })
}

fn e5_text(value: i32) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let abs = value.unsigned_abs();
    let fraction = format!("{:05}", abs % 100_000);
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        format!("{sign}{}", abs / 100_000)
    } else {
        format!("{sign}{}.{fraction}", abs / 100_000)
    }
}

/// How the finder shows its results: a list, or venues on a map. Not a filter,
/// but kept with them, so every link that keeps the filters keeps the view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum View {
    /// The list of results.
    #[default]
    List,
    /// The results' venues on a map.
    Map,
}

tokens!(View {
    List => "list",
    Map => "map",
});

/// A need a person ticks: something the venue or the session provides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AccessNeed {
    /// Provided by the building.
    Venue(VenueAccess),
    /// Provided by the session.
    Session(SessionAccess),
}

impl AccessNeed {
    /// Every need, building ones first.
    pub fn all() -> Vec<Self> {
        Self::ALL.to_vec()
    }
}

/// A need's word is its building's or session's own word.
impl Token for AccessNeed {
    const ALL: &'static [Self] = &[
        Self::Venue(VenueAccess::StepFree),
        Self::Venue(VenueAccess::AccessibleToilet),
        Self::Venue(VenueAccess::AccessibleParking),
        Self::Venue(VenueAccess::PublicTransport),
        Self::Session(SessionAccess::SignLanguage),
        Self::Session(SessionAccess::HearingLoop),
        Self::Session(SessionAccess::Childcare),
        Self::Session(SessionAccess::Quiet),
        Self::Session(SessionAccess::CarerFree),
        Self::Session(SessionAccess::LargePrint),
        Self::Session(SessionAccess::EasyRead),
    ];

    fn token(self) -> &'static str {
        match self {
            Self::Venue(access) => access.token(),
            Self::Session(access) => access.token(),
        }
    }
}

/// How soon the first session must be.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StartsWithin {
    /// Any time.
    #[default]
    Any,
    /// By the end of this week (Sunday).
    Week,
    /// By the end of this calendar month.
    Month,
}

tokens!(StartsWithin {
    Any => "any",
    Week => "week",
    Month => "month",
});

/// The order of results.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sort {
    /// Nearest first.
    #[default]
    Distance,
    /// Soonest next session first.
    Soonest,
    /// Best text match first (nearest first when there is no text).
    Relevance,
    /// By title, A to Z.
    Title,
}

tokens!(Sort {
    Distance => "distance",
    Soonest => "soonest",
    Relevance => "relevance",
    Title => "az",
});

/// What the person has asked for. The default matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// The search box, exactly as typed (spaces kept, so typing is not disturbed).
    pub text: String,
    /// Where distances are measured from; `None` is the catalogue's centre.
    pub place: Option<PlaceRef>,
    /// How far results may be.
    pub radius: Radius,
    /// Leave out online-only opportunities.
    pub exclude_online: bool,
    /// Skill ids; any of them.
    pub skills: SortedSet<String>,
    /// Kinds; any of them.
    pub kinds: SortedSet<Kind>,
    /// Access needs; all of them.
    pub access: SortedSet<AccessNeed>,
    /// Days of the week; a session on any of them.
    pub days: SortedSet<Weekday>,
    /// Parts of the day; a session starting in any of them (on a chosen day).
    pub times: SortedSet<PartOfDay>,
    /// How soon the next session must start.
    pub starts: StartsWithin,
    /// Open or running now.
    pub open_now: bool,
    /// Free only.
    pub free: bool,
    /// The most a person will pay, in whole units of the catalogue's currency.
    pub max_price: Option<u32>,
    /// Languages of delivery (ISO 639-1); any of them.
    pub languages: SortedSet<String>,
    /// Delivery modes; any of them.
    pub modes: SortedSet<Mode>,
    /// Levels; any of them.
    pub levels: SortedSet<Level>,
    /// Audiences; any of them (records for everyone always match).
    pub audiences: SortedSet<Audience>,
    /// The person's age, to match age limits.
    pub age: Option<u8>,
    /// The order of results.
    pub sort: Sort,
    /// A list or a map.
    pub view: View,
    /// The venue chosen on the map, whose results are listed beside it.
    pub venue: Option<String>,
}

/// The query keys, in the order they are written.
pub mod keys {
    /// Search text.
    pub const TEXT: &str = "q";
    /// Place: `me` or a neighbourhood or venue id.
    pub const NEAR: &str = "near";
    /// Radius: walk15, 1km, 3km, 5km, 10km.
    pub const WITHIN: &str = "within";
    /// `no` to leave out online-only results.
    pub const ONLINE: &str = "online";
    /// Skill ids.
    pub const SKILL: &str = "skill";
    /// Kinds.
    pub const KIND: &str = "kind";
    /// Access needs.
    pub const ACCESS: &str = "access";
    /// Days.
    pub const DAY: &str = "day";
    /// Parts of the day.
    pub const TIME: &str = "time";
    /// `week` or `month`.
    pub const STARTS: &str = "starts";
    /// `now`.
    pub const OPEN: &str = "open";
    /// `yes` for free only.
    pub const FREE: &str = "free";
    /// Maximum price.
    pub const MAX: &str = "max";
    /// Languages.
    pub const LANG: &str = "lang";
    /// Modes.
    pub const MODE: &str = "mode";
    /// Levels.
    pub const LEVEL: &str = "level";
    /// Audiences.
    pub const FOR: &str = "for";
    /// Age in years.
    pub const AGE: &str = "age";
    /// Order.
    pub const SORT: &str = "sort";
    /// How many results are listed, after "Show more".
    pub const SHOWN: &str = "shown";
    /// `map` for the map view.
    pub const VIEW: &str = "view";
    /// The venue id chosen on the map.
    pub const VENUE: &str = "venue";
}

/// The values a comma-separated list of words names; other words are skipped.
fn tokens<T: Token>(value: &str) -> impl Iterator<Item = T> + '_ {
    value.split(',').filter_map(|t| T::from_token(t.trim()))
}

/// A set of values as their words, in the set's order.
fn words<T: Token>(values: &SortedSet<T>) -> Vec<String> {
    values.iter().map(|v| v.token().to_owned()).collect()
}

impl Filters {
    /// Reads filters from decoded query pairs, keeping only values that mean
    /// something in this catalogue. Repeated keys add to lists; for single
    /// values the last wins.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        catalogue: &Catalogue,
    ) -> Self {
        let mut f = Self::default();
        for (key, value) in pairs {
            match key {
                keys::TEXT => f.text = value.to_owned(),
                keys::NEAR => f.place = read_place(value, catalogue).or(f.place.take()),
                keys::WITHIN => f.radius = Radius::from_token(value).unwrap_or(f.radius),
                keys::ONLINE => f.exclude_online = value == "no",
                keys::SKILL => f.skills.extend(
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|id| catalogue.skills.iter().any(|s| s.id == *id))
                        .map(str::to_owned),
                ),
                keys::KIND => f.kinds.extend(tokens::<Kind>(value)),
                keys::ACCESS => f.access.extend(tokens::<AccessNeed>(value)),
                keys::DAY => f.days.extend(tokens::<Weekday>(value)),
                keys::TIME => f.times.extend(tokens::<PartOfDay>(value)),
                keys::STARTS => f.starts = StartsWithin::from_token(value).unwrap_or(f.starts),
                keys::OPEN => f.open_now = value == "now",
                keys::FREE => f.free = value == "yes",
                keys::MAX => f.max_price = value.trim().parse().ok().or(f.max_price),
                keys::LANG => f.languages.extend(
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|c| crate::validate::is_iso_639_1(c))
                        .map(str::to_owned),
                ),
                keys::MODE => f.modes.extend(tokens::<Mode>(value)),
                keys::LEVEL => f.levels.extend(tokens::<Level>(value)),
                keys::FOR => f.audiences.extend(tokens::<Audience>(value)),
                keys::AGE => {
                    f.age = value
                        .trim()
                        .parse()
                        .ok()
                        .filter(|&a: &u8| a <= 120)
                        .or(f.age)
                }
                keys::SORT => f.sort = Sort::from_token(value).unwrap_or(f.sort),
                keys::VIEW => f.view = View::from_token(value).unwrap_or(f.view),
                keys::VENUE => {
                    f.venue = catalogue
                        .venue(value.trim())
                        .map(|v| v.id.clone())
                        .or(f.venue.take())
                }
                _ => {}
            }
        }
        f
    }

    /// The query string (without `?`) that reproduces these filters; empty for
    /// none. Keys appear in a fixed order and list values sorted, so equal
    /// filters give equal URLs.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<(&str, String)> = Vec::new();
        let list = |values: Vec<String>| values.join(",");
        if !self.text.is_empty() {
            parts.push((keys::TEXT, self.text.clone()));
        }
        match &self.place {
            Some(PlaceRef::Me) => parts.push((keys::NEAR, "me".to_owned())),
            Some(PlaceRef::Named(id)) => parts.push((keys::NEAR, id.clone())),
            Some(PlaceRef::Point(point)) => parts.push((keys::NEAR, point.to_query())),
            None => {}
        }
        if self.radius != Radius::Anywhere {
            parts.push((keys::WITHIN, self.radius.token().to_owned()));
        }
        if self.exclude_online {
            parts.push((keys::ONLINE, "no".to_owned()));
        }
        let groups: [(&str, Vec<String>); 9] = [
            (keys::SKILL, self.skills.iter().cloned().collect()),
            (keys::KIND, words(&self.kinds)),
            (keys::ACCESS, words(&self.access)),
            (keys::DAY, words(&self.days)),
            (keys::TIME, words(&self.times)),
            (keys::LANG, self.languages.iter().cloned().collect()),
            (keys::MODE, words(&self.modes)),
            (keys::LEVEL, words(&self.levels)),
            (keys::FOR, words(&self.audiences)),
        ];
        for (key, values) in groups {
            if !values.is_empty() {
                parts.push((key, list(values)));
            }
        }
        if self.starts != StartsWithin::Any {
            parts.push((keys::STARTS, self.starts.token().to_owned()));
        }
        if self.open_now {
            parts.push((keys::OPEN, "now".to_owned()));
        }
        if self.free {
            parts.push((keys::FREE, "yes".to_owned()));
        }
        if let Some(max) = self.max_price {
            parts.push((keys::MAX, max.to_string()));
        }
        if let Some(age) = self.age {
            parts.push((keys::AGE, age.to_string()));
        }
        if self.sort != Sort::Distance {
            parts.push((keys::SORT, self.sort.token().to_owned()));
        }
        if self.view != View::List {
            parts.push((keys::VIEW, self.view.token().to_owned()));
        }
        if let Some(venue) = &self.venue {
            parts.push((keys::VENUE, venue.clone()));
        }
        parts
            .into_iter()
            .map(|(k, v)| format!("{k}={}", encode(&v, b",")))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// These filters with other search text.
    pub fn with_text(&self, text: &str) -> Self {
        Self {
            text: text.to_owned(),
            ..self.clone()
        }
    }

    /// These filters with one skill switched on or off.
    pub fn with_skill_toggled(&self, id: &str) -> Self {
        let mut next = self.clone();
        toggle(&mut next.skills, id.to_owned());
        next
    }

    /// True when no filter narrows the list (the text, place and sort aside).
    pub fn is_unfiltered(&self) -> bool {
        Self {
            text: String::new(),
            place: None,
            sort: Sort::Distance,
            view: View::List,
            venue: None,
            ..self.clone()
        } == Self::default()
    }

    /// These filters with every narrowing filter cleared; the place, the
    /// order and the view are kept, as they say where the person is and how
    /// they like to read.
    pub fn cleared(&self) -> Self {
        Self {
            place: self.place.clone(),
            sort: self.sort,
            view: self.view,
            venue: self.venue.clone(),
            ..Self::default()
        }
    }
}

/// How many results the finder lists: one page at first, a page more after each
/// "Show more". It is not a filter: it rides in the URL beside the filters (so Back
/// returns to as long a list) and is dropped whenever the filters change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Shown(usize);

impl Shown {
    /// Results on a page: listed at first, and added by each "Show more".
    pub const PAGE: usize = 20;

    /// Reads `shown` from decoded query pairs. A value counts only when it is a
    /// whole number of pages; anything else is ignored, leaving one page.
    pub fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        pairs
            .into_iter()
            .filter(|(key, _)| *key == keys::SHOWN)
            .filter_map(|(_, value)| value.trim().parse::<usize>().ok())
            .filter(|&n| n >= Self::PAGE && n.is_multiple_of(Self::PAGE))
            .last()
            .map_or_else(Self::default, Self)
    }

    /// How many results to list (fewer when there are fewer).
    pub fn count(self) -> usize {
        self.0
    }

    /// One page more.
    pub fn more(self) -> Self {
        Self(self.0.saturating_add(Self::PAGE))
    }

    /// The query pair (without `&`) that asks for this many; `None` for one page.
    pub fn to_query(self) -> Option<String> {
        (self.0 > Self::PAGE).then(|| format!("{}={}", keys::SHOWN, self.0))
    }
}

impl Default for Shown {
    fn default() -> Self {
        Self(Self::PAGE)
    }
}

/// Adds `value` to the set, or removes it if it is there.
pub fn toggle<T: Ord>(set: &mut SortedSet<T>, value: T) {
    if set.contains(&value) {
        set.remove(&value);
    } else {
        set.insert(value);
    }
}

fn read_place(value: &str, catalogue: &Catalogue) -> Option<PlaceRef> {
    let value = value.trim();
    if value == "me" {
        return Some(PlaceRef::Me);
    }
    if let Some(point) = MapPoint::parse(value) {
        return Some(PlaceRef::Point(point));
    }
    catalogue
        .place(value)
        .map(|place| PlaceRef::Named(place.id.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Skill;
    use crate::catalogue::{LatLon, Neighbourhood};

    fn catalogue() -> Catalogue {
        let skill = |id: &str| Skill::new(id, &id.to_uppercase());
        Catalogue {
            skills: vec![skill("digital"), skill("cooking"), skill("music")],
            neighbourhoods: vec![Neighbourhood {
                id: "blackpool".into(),
                name: "Blackpool".into(),
                centre: LatLon {
                    lat: 51.91,
                    lon: -8.46,
                },
                outline: vec![],
                population: None,
                population_estimate: false,
            }],
            ..Catalogue::default()
        }
    }

    fn decode(query: &str) -> Vec<(String, String)> {
        query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap();
                let mut bytes = Vec::new();
                let mut rest = v.as_bytes();
                while let Some((&b, tail)) = rest.split_first() {
                    if b == b'%' {
                        let hex = std::str::from_utf8(&tail[..2]).unwrap();
                        bytes.push(u8::from_str_radix(hex, 16).unwrap());
                        rest = &tail[2..];
                    } else {
                        bytes.push(b);
                        rest = tail;
                    }
                }
                (k.to_owned(), String::from_utf8(bytes).unwrap())
            })
            .collect()
    }

    fn read(query: &str) -> Filters {
        let pairs = decode(query);
        Filters::from_query(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            &catalogue(),
        )
    }

    /// Every filter is read from its key; unknown keys and values are ignored.
    #[test]
    fn reads_every_key() {
        let f = read(
            "q=Email%20basics&near=blackpool&within=walk15&online=no&skill=digital,nonsense,music\
             &kind=course,lecture&access=step_free,hearing_loop,wings&day=mo,xx,we&time=evening\
             &starts=week&open=now&free=yes&max=20&lang=ga,english&mode=online&level=beginner\
             &for=older_people&age=70&sort=soonest&colour=blue",
        );
        assert_eq!(f.text, "Email basics");
        assert_eq!(f.place, Some(PlaceRef::Named("blackpool".into())));
        assert_eq!(f.radius, Radius::Walk15);
        assert!(f.exclude_online);
        assert_eq!(f.skills.len(), 2);
        assert_eq!(f.kinds, [Kind::Course].into());
        assert_eq!(
            f.access,
            [
                AccessNeed::Venue(VenueAccess::StepFree),
                AccessNeed::Session(SessionAccess::HearingLoop)
            ]
            .into()
        );
        assert_eq!(f.days, [Weekday::Mon, Weekday::Wed].into());
        assert_eq!(f.times, [PartOfDay::Evening].into());
        assert_eq!(f.starts, StartsWithin::Week);
        assert!(f.open_now && f.free);
        assert_eq!(f.max_price, Some(20));
        assert_eq!(f.languages, ["ga".to_owned()].into());
        assert_eq!(f.modes, [Mode::Online].into());
        assert_eq!(f.levels, [Level::Beginner].into());
        assert_eq!(f.audiences, [Audience::OlderPeople].into());
        assert_eq!(f.age, Some(70));
        assert_eq!(f.sort, Sort::Soonest);
    }

    /// Values that mean nothing are dropped one by one, never failing the rest.
    #[test]
    fn invalid_values_are_ignored() {
        let f = read("near=atlantis&within=2km&max=cheap&age=999&sort=random&starts=soon&day=");
        assert_eq!(f, Filters::default());
        assert_eq!(read("near=me").place, Some(PlaceRef::Me));
    }

    /// Writing the filters and reading them back gives the same filters, and
    /// the default writes nothing.
    #[test]
    fn query_round_trips() {
        let query = "q=caf%C3%A9%20%26%20crafts%2C%2050%25%20off&near=blackpool&within=3km&online=no\
                     &skill=digital,music&kind=activity,course&access=step_free,sign_language\
                     &day=tu,sa&time=morning,evening&lang=ga&mode=in_person&level=none\
                     &for=families&starts=month&open=now&free=yes&max=15&age=9&sort=az";
        let f = read(query);
        assert_eq!(read(&f.to_query()), f);
        assert_eq!(Filters::default().to_query(), "");
        assert!(
            f.to_query()
                .starts_with("q=caf%C3%A9%20%26%20crafts,%2050%25%20off&near=blackpool")
        );
    }

    /// Toggling a skill twice returns to where it started.
    #[test]
    fn toggling_a_skill() {
        let f = Filters::default().with_skill_toggled("music");
        assert!(f.skills.contains("music"));
        assert_eq!(f.with_skill_toggled("music"), Filters::default());
    }

    /// Clearing keeps the place and order but drops every narrowing filter.
    #[test]
    fn clearing() {
        let f = read("q=x&near=blackpool&within=1km&free=yes&sort=az");
        let c = f.cleared();
        assert!(c.is_unfiltered());
        assert_eq!(c.place, f.place);
        assert_eq!(c.sort, Sort::Title);
        assert_eq!(c.text, "");
        assert!(!f.is_unfiltered());
    }

    /// "Show more" is a whole number of pages in the URL; anything else is one page.
    #[test]
    fn shown_in_the_query() {
        let shown =
            |q: &str| Shown::from_query(decode(q).iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(shown("").count(), Shown::PAGE);
        assert_eq!(shown("shown=40").count(), 40);
        assert_eq!(shown("q=x&shown=60&skill=digital").count(), 60);
        for bad in [
            "shown=",
            "shown=abc",
            "shown=-20",
            "shown=0",
            "shown=25",
            "shown=1e3",
            "shown=99999999999999999999999",
        ] {
            assert_eq!(shown(bad), Shown::default(), "{bad}");
        }
        // The last valid value wins, as for every single-valued key.
        assert_eq!(shown("shown=40&shown=x").count(), 40);
        assert_eq!(Shown::default().to_query(), None);
        assert_eq!(
            Shown::default().more().to_query().as_deref(),
            Some("shown=40")
        );
        assert_eq!(shown("shown=40").more(), shown("shown=60"));
        // Filters do not read it: paging is not a filter.
        assert_eq!(read("shown=40"), Filters::default());
    }

    /// Radii widen in order and end at anywhere.
    #[test]
    fn radius_order() {
        assert_eq!(Radius::Walk15.metres(), Some(1200.0));
        assert_eq!(Radius::Walk15.wider(), Some(Radius::Km1));
        assert_eq!(Radius::Km10.wider(), Some(Radius::Anywhere));
        assert_eq!(Radius::Anywhere.wider(), None);
        assert_eq!(Radius::covering(900.0), Radius::Walk15);
        assert_eq!(Radius::covering(2_500.0), Radius::Km3);
        assert_eq!(Radius::covering(10_000.0), Radius::Km10);
        assert_eq!(Radius::covering(10_001.0), Radius::Anywhere);
    }

    /// A point on the map is written compactly and read strictly: anything
    /// but two plain decimals in range is no place.
    #[test]
    fn a_point_in_the_query() {
        let f = read("near=51.8985,-8.47560");
        let Some(PlaceRef::Point(point)) = f.place else {
            panic!("{f:?}");
        };
        assert_eq!(
            point.at(),
            LatLon {
                lat: 51.8985,
                lon: -8.4756
            }
        );
        assert_eq!(f.to_query(), "near=51.8985,-8.4756");
        assert_eq!(read(&f.to_query()), f);
        assert_eq!(read("near=-0.5,0").to_query(), "near=-0.5,0");
        for bad in [
            "near=51.9",
            "near=51.9,",
            "near=91,0",
            "near=0,180.00001",
            "near=51.123456,0",
            "near=1e1,0",
            "near=+5,0",
            "near=5.,0",
            "near=.5,0",
            "near=5,0,0",
            "near=NaN,0",
        ] {
            assert_eq!(read(bad).place, None, "{bad}");
        }
        let point = MapPoint::new(LatLon {
            lat: 51.899_994,
            lon: -8.000_004,
        })
        .map(MapPoint::to_query);
        assert_eq!(point.as_deref(), Some("51.89999,-8"));
        assert_eq!(
            MapPoint::new(LatLon {
                lat: 95.0,
                lon: 0.0
            }),
            None
        );
    }

    /// The view rides with the filters, survives clearing, and is no filter.
    #[test]
    fn the_view_in_the_query() {
        let f = read("view=map&free=yes");
        assert_eq!(f.view, View::Map);
        assert_eq!(f.to_query(), "free=yes&view=map");
        assert!(f.cleared().is_unfiltered());
        assert_eq!(f.cleared().view, View::Map);
        assert_eq!(read("view=globe").view, View::List);
        assert_eq!(read("view=list").to_query(), "");
        // The venue chosen on the map rides along too, when the catalogue has it.
        let mut with_venue = catalogue();
        with_venue.venues.push(crate::Venue {
            id: "lib".into(),
            name: "Library".into(),
            address: None,
            postcode: None,
            neighbourhood: None,
            location: LatLon {
                lat: 51.9,
                lon: -8.4,
            },
            accessibility: vec![],
            opening_hours: vec![],
            url: None,
            phone: None,
        });
        let chosen = Filters::from_query([("view", "map"), ("venue", "lib")], &with_venue);
        assert_eq!(chosen.venue.as_deref(), Some("lib"));
        assert_eq!(chosen.to_query(), "view=map&venue=lib");
        assert!(chosen.is_unfiltered());
        assert_eq!(read("venue=atlantis").venue, None);
    }
}
