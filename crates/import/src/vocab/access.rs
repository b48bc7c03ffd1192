//! Accessibility words: the one table every reader uses to turn what a place or a
//! session says about access ("step-free entrance", "Lift to all floors",
//! "Induction loop") into LearnLocal's access features.
//!
//! Must never promise access a text does not give: a sentence that says something
//! is missing ("there is no lift") gives nothing, and a plain toilet or car park is
//! not an accessible one. It never reports anything itself; the readers say what
//! was skipped.

use super::text::{has_any, normalise};
use learnlocal_core::catalogue::VenueAccess;
use learnlocal_core::opportunity::SessionAccess;

/// What a text or a label says about access.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FoundAccess {
    /// Building features, sorted, without repeats.
    pub(crate) venue: Vec<VenueAccess>,
    /// Session support, sorted, without repeats.
    pub(crate) session: Vec<SessionAccess>,
}

impl FoundAccess {
    /// True when nothing was found.
    pub(crate) fn is_empty(&self) -> bool {
        self.venue.is_empty() && self.session.is_empty()
    }

    /// Adds what another text gave.
    pub(crate) fn extend(&mut self, other: FoundAccess) {
        self.venue.extend(other.venue);
        self.session.extend(other.session);
        self.tidy();
    }

    fn tidy(&mut self) {
        self.venue.sort_unstable();
        self.venue.dedup();
        self.session.sort_unstable();
        self.session.dedup();
    }
}

/// Phrases (whole words, folded) that give step-free access. A lift is step-free
/// access between floors, as a keeper means it.
const STEP_FREE: &[&str] = &[
    "wheelchair",
    "wheelchairs",
    "step free",
    "stepfree",
    "level access",
    "ramp",
    "ramps",
    "ramped",
    "lift",
    "lifts",
    "elevator",
    "elevators",
];
/// Phrases that name a toilet: an accessible one only with a word from
/// [`ACCESSIBLE`] in the same sentence, or as a Changing Places toilet.
const TOILET: &[&str] = &["toilet", "toilets", "wc", "restroom", "restrooms"];
/// Phrases that name parking: accessible parking only with a word from
/// [`ACCESSIBLE`] in the same sentence, or as blue-badge parking.
const PARKING: &[&str] = &["parking", "car park", "car parking"];
/// Words that make a toilet or parking an accessible one.
const ACCESSIBLE: &[&str] = &[
    "accessible",
    "accessibility",
    "disabled",
    "disability",
    "wheelchair",
    "wheelchairs",
    "adapted",
];
/// Phrases that are accessible toilets on their own.
const ACCESSIBLE_TOILET: &[&str] = &["changing places"];
/// Phrases that are accessible parking on their own.
const ACCESSIBLE_PARKING: &[&str] = &["blue badge"];
/// Phrases that mean public transport nearby.
const PUBLIC_TRANSPORT: &[&str] = &[
    "bus",
    "buses",
    "bus stop",
    "train",
    "trains",
    "train station",
    "railway",
    "railway station",
    "transit",
    "public transport",
    "tram",
    "trams",
    "tram stop",
    "metro",
];
/// Phrases that mean a hearing loop.
const HEARING_LOOP: &[&str] = &[
    "hearing loop",
    "hearing loops",
    "induction loop",
    "induction loops",
    "loop system",
    "t coil",
];
/// Phrases that mean sign language.
const SIGN_LANGUAGE: &[&str] = &["sign language", "asl", "isl", "bsl"];
/// Phrases that mean large print.
const LARGE_PRINT: &[&str] = &["large print"];
/// Phrases that mean easy-read materials.
const EASY_READ: &[&str] = &["easy read", "easyread"];
/// Phrases that mean a quiet or relaxed session.
const QUIET: &[&str] = &[
    "quiet",
    "sensory",
    "sensory friendly",
    "relaxed",
    "autism friendly",
];
/// Phrases that mean childcare during the session.
const CHILDCARE: &[&str] = &["creche", "childcare", "child care"];
/// Words that, with [`FREE`], mean a carer comes free.
const CARER: &[&str] = &["carer", "carers"];
/// Words that, with [`CARER`], mean a carer comes free.
const FREE: &[&str] = &["free", "no charge"];
/// Words that say something is missing (apostrophes dropped: "isn't" is `isnt`).
const NEGATIONS: &[&str] = &[
    "no",
    "not",
    "without",
    "cannot",
    "cant",
    "isnt",
    "arent",
    "dont",
    "doesnt",
    "wont",
    "hasnt",
    "havent",
    "unfortunately",
    "unavailable",
    "none",
];

/// What one label or sentence names, whatever it says around it. For labels
/// (an OpenActive `amenityFeature` name, an `accessibilitySupport` label) where
/// no sentence can say "no".
pub(crate) fn access_named(text: &str) -> FoundAccess {
    let words = normalise(text);
    let has = |phrases: &[&str]| has_any(&words, phrases);
    let mut found = FoundAccess::default();
    let qualified = has(ACCESSIBLE);
    if has(STEP_FREE) {
        found.venue.push(VenueAccess::StepFree);
    }
    if has(ACCESSIBLE_TOILET) || (has(TOILET) && qualified) {
        found.venue.push(VenueAccess::AccessibleToilet);
    }
    if has(ACCESSIBLE_PARKING) || (has(PARKING) && qualified) {
        found.venue.push(VenueAccess::AccessibleParking);
    }
    if has(PUBLIC_TRANSPORT) {
        found.venue.push(VenueAccess::PublicTransport);
    }
    let session = [
        (HEARING_LOOP, SessionAccess::HearingLoop),
        (SIGN_LANGUAGE, SessionAccess::SignLanguage),
        (LARGE_PRINT, SessionAccess::LargePrint),
        (EASY_READ, SessionAccess::EasyRead),
        (QUIET, SessionAccess::Quiet),
        (CHILDCARE, SessionAccess::Childcare),
    ];
    for (phrases, access) in session {
        if has(phrases) {
            found.session.push(access);
        }
    }
    if has(CARER) && has(FREE) {
        found.session.push(SessionAccess::CarerFree);
    }
    found.tidy();
    found
}

/// What a free text says about access, sentence by sentence, and the sentences
/// that named access but were not read because they say something is missing
/// ("There is no lift."): a false promise of access is worse than none.
pub(crate) fn read_access_text(text: &str) -> (FoundAccess, Vec<&str>) {
    let mut found = FoundAccess::default();
    let mut skipped = Vec::new();
    for sentence in text.split(['.', '!', '?', ';', '\n']) {
        let named = access_named(sentence);
        if named.is_empty() {
            continue;
        }
        if has_any(&normalise(sentence), NEGATIONS) {
            skipped.push(sentence.trim());
            continue;
        }
        found.extend(named);
    }
    (found, skipped)
}

/// Word starts that show a label is about access even when it names no feature
/// LearnLocal keeps ("Visual impairment support"), so a reader can say it was
/// not mapped rather than pass over it.
const ABOUT_ACCESS: &[&str] = &[
    "accessib",
    "disab",
    "wheelchair",
    "hearing",
    "visual",
    "adapted",
];

/// True when a label is about access, whether or not it names a feature
/// LearnLocal keeps.
pub(crate) fn is_about_access(label: &str) -> bool {
    let words = normalise(label);
    ABOUT_ACCESS
        .iter()
        .any(|start| words.contains(&format!(" {start}")))
}
