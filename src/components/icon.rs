//! Small line icons drawn beside words, for people who read with difficulty: a
//! cap beside "Course", a wheelchair beside "Step-free access", a pot beside
//! "Cooking and food".
//!
//! An icon is never the only way something is said. It is decorative
//! (`aria-hidden="true"`, no `<title>`), so a screen reader reads the words
//! beside it and nothing twice, and it must never stand alone on a button or
//! link. Icons have no colour of their own: they are stroked in `currentColor`,
//! so they follow the text into links, buttons, print and forced-colours
//! (high-contrast) mode. Their size and spacing are the stylesheet's (`.icon`,
//! relative to the font size); nothing here sets a size or a colour.
//!
//! ## Usage
//!
//! ```ignore
//! use crate::components::icon::{self, Icon, IconName};
//!
//! view! {
//!     <span><Icon name=icon::for_kind(kind)/>{label}</span>
//!     <li><Icon name=icon::for_skill(&skill.id, &skill.label)/>{skill.label.clone()}</li>
//!     // An icon after its words takes its gap before it.
//!     <button><span>{show_more}</span><Icon name=IconName::ChevronForward after_text=true/></button>
//! }
//! ```
//!
//! ## Adding an icon
//!
//! 1. Draw it on a 24×24 grid as one SVG path of round 2-unit strokes (no fills:
//!    the stylesheet strokes every path and fills none), kept inside 1 to 23 so
//!    the strokes are not clipped. A dot is a zero-length line (`M8 15h.01`), a
//!    circle two arcs (`M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0`). Keep the path
//!    short: every byte ships in the wasm.
//! 2. Add a variant to [`IconName`], named for what it shows (`Pot`, not
//!    `Cooking`), to [`IconName::ALL`] and to [`IconName::path`].
//! 3. If it points along the line of text (an arrow, a chevron), list it in
//!    [`IconName::is_directional`], so it is mirrored in right-to-left pages.
//! 4. To give it to skills, add its words to [`SKILL_WORDS`].
//!
//! The tests check every path's characters, that each kind, venue feature,
//! session feature and demo skill has an icon, and which icons mirror.

use learnlocal_core::filter::AccessNeed;
use learnlocal_core::opportunity::SessionAccess;
use learnlocal_core::text::slugify;
use learnlocal_core::{Kind, VenueAccess};
use leptos::prelude::*;

/// Every icon, named for what it shows. Which meaning each carries is the
/// mapping functions' business ([`for_kind`], [`for_skill`], ...).
///
/// The directional icons, mirrored in right-to-left pages, are
/// [`ArrowBack`](Self::ArrowBack) and [`ChevronForward`](Self::ChevronForward):
/// "back" and "forward" mean towards
/// the start and the end of the line, whichever way the language runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IconName {
    /// A mortarboard: a course.
    GraduationCap,
    /// Books on a shelf: a library.
    Books,
    /// A star: an activity, club or event.
    Star,
    /// The wheelchair symbol: step-free access.
    Wheelchair,
    /// A toilet: an accessible toilet.
    Toilet,
    /// A "P" sign: accessible parking.
    Parking,
    /// A bus: public transport nearby.
    Bus,
    /// An open hand: sign language.
    Hand,
    /// An ear with a "T": a hearing loop.
    Ear,
    /// A pram: childcare.
    Pram,
    /// A speaker with a cross: a quiet or sensory-friendly session.
    SpeakerOff,
    /// Two people: a carer goes free.
    Pair,
    /// A large and a small letter: large print.
    TextSize,
    /// A page with a picture and short lines: easy read.
    PictureText,
    /// A computer screen: computers, phones, the internet.
    Monitor,
    /// Two speech bubbles: languages.
    SpeechBubbles,
    /// An open book: reading.
    OpenBook,
    /// Plus, minus, times, equals: maths.
    Sums,
    /// A banknote: money.
    Banknote,
    /// A cooking pot: cooking and food.
    Pot,
    /// Two musical notes: music.
    MusicNote,
    /// A painter's palette: art.
    Palette,
    /// Scissors: crafts.
    Scissors,
    /// A heart: health and wellbeing.
    Heart,
    /// A ball: sport and fitness.
    Ball,
    /// A briefcase: work and careers.
    Briefcase,
    /// A leaf: nature, gardening, green skills.
    Leaf,
    /// A laboratory flask: science.
    Flask,
    /// A pencil: writing.
    Pencil,
    /// An adult and a child: family learning and parenting.
    ParentChild,
    /// A castle: heritage and history.
    Castle,
    /// Three people: community and citizenship.
    Group,
    /// A hammer: trades and DIY.
    Hammer,
    /// A light bulb: learning in general, for a skill no other icon fits.
    Lightbulb,
    /// An arrow towards the start of the line ("Back to results"). Directional.
    ArrowBack,
    /// A chevron towards the end of the line ("Show more", "Details").
    /// Directional.
    ChevronForward,
    /// A bookmark: saved to the shortlist.
    Bookmark,
}

impl IconName {
    /// Every icon, in the order declared.
    #[cfg(test)]
    pub const ALL: [IconName; 37] = [
        Self::GraduationCap,
        Self::Books,
        Self::Star,
        Self::Wheelchair,
        Self::Toilet,
        Self::Parking,
        Self::Bus,
        Self::Hand,
        Self::Ear,
        Self::Pram,
        Self::SpeakerOff,
        Self::Pair,
        Self::TextSize,
        Self::PictureText,
        Self::Monitor,
        Self::SpeechBubbles,
        Self::OpenBook,
        Self::Sums,
        Self::Banknote,
        Self::Pot,
        Self::MusicNote,
        Self::Palette,
        Self::Scissors,
        Self::Heart,
        Self::Ball,
        Self::Briefcase,
        Self::Leaf,
        Self::Flask,
        Self::Pencil,
        Self::ParentChild,
        Self::Castle,
        Self::Group,
        Self::Hammer,
        Self::Lightbulb,
        Self::ArrowBack,
        Self::ChevronForward,
        Self::Bookmark,
    ];

    /// The icon's drawing: one SVG path on a 24×24 grid, stroked, not filled.
    pub fn path(self) -> &'static str {
        match self {
            Self::GraduationCap => "M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v5",
            Self::Books => "M4 4h4v16H4zM8 7h4v13H8zM13 7.5l3.9-1 3.5 13.5-3.9 1zM2 20h20",
            Self::Star => "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z",
            Self::Wheelchair => {
                "M10 4.5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M11.5 8v5h5l2 5.5 2-.5M11.5 10.5h4M8 10.5a5.5 5.5 0 1 0 8 6.5"
            }
            Self::Toilet => "M5 3h4v8M4 11h16c0 3-2 5-5 6l1 4H9l1-4C7 16 4 14 4 11",
            Self::Parking => "M4 3h16v18H4zM10 17V7h3a3 3 0 0 1 0 6h-3",
            Self::Bus => {
                "M6 3h12a2 2 0 0 1 2 2v13H4V5a2 2 0 0 1 2-2zM4 11h16M7 18v3M17 18v3M8 15h.01M16 15h.01"
            }
            Self::Hand => {
                "M6 14V7a2 2 0 0 1 4 0v4V5a2 2 0 0 1 4 0v6V6a2 2 0 0 1 4 0v5V9a2 2 0 0 1 4 0v5a8 8 0 0 1-8 8h-1a7 7 0 0 1-5.5-2.7L3 15a1.8 1.8 0 0 1 2.8-2.2L6 14"
            }
            Self::Ear => {
                "M6 9a6 6 0 0 1 12 0c0 4-4 5-4 8a3 3 0 0 1-6 0M9.5 9a2.5 2.5 0 0 1 5 0c0 1.5-2 2-2.5 3M17 17h4M19 17v4"
            }
            Self::Pram => {
                "M12 3a8 8 0 0 1 8 8h-8zM4 11h16a8 6 0 0 1-16 0M4 11L2 8M6.5 20a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M14.5 20a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0"
            }
            Self::SpeakerOff => "M4 9h4l5-4v14l-5-4H4zM17 9l5 6M22 9l-5 6",
            Self::Pair => {
                "M5 7a3 3 0 1 0 6 0a3 3 0 1 0-6 0M13 7a3 3 0 1 0 6 0a3 3 0 1 0-6 0M2 20v-1a6 6 0 0 1 12 0v1M14.5 13.2A6 6 0 0 1 22 19v1"
            }
            Self::TextSize => "M3 20L9 4l6 16M5.5 14h7M15 20l3-8 3 8M16 17.5h4",
            Self::PictureText => "M5 3h14v18H5zM8 7h4v4H8zM14 8h2M14 10h2M8 15h8M8 18h8",
            Self::Monitor => "M3 4h18v12H3zM8 20h8M12 16v4",
            Self::SpeechBubbles => "M3 4h11v8H8l-3 3v-3H3zM17 9h4v8h-2v3l-3-3h-5v-2",
            Self::OpenBook => {
                "M12 6c-2-1.5-5-2-9-2v14c4 0 7 .5 9 2c2-1.5 5-2 9-2V4c-4 0-7 .5-9 2zM12 6v14"
            }
            Self::Sums => "M4 7h6M7 4v6M14 7h6M5 15l4 4M9 15l-4 4M14 15h6M14 19h6",
            Self::Banknote => "M2 6h20v12H2zM9 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0M6 12h.01M18 12h.01",
            Self::Pot => {
                "M4 10h16v6a4 4 0 0 1-4 4H8a4 4 0 0 1-4-4zM2 10h2M20 10h2M9 7V5M12 7V4M15 7V5"
            }
            Self::MusicNote => {
                "M9 18V5l12-2v13M3 18a3 3 0 1 0 6 0a3 3 0 1 0-6 0M15 16a3 3 0 1 0 6 0a3 3 0 1 0-6 0"
            }
            Self::Palette => {
                "M12 3a9 9 0 0 0 0 18c1.5 0 2-1 2-2s-1-2 0-3 2-1 3-1a4 4 0 0 0 4-4c0-4.5-4-8-9-8zM7.5 11h.01M10 7h.01M15 7.5h.01"
            }
            Self::Scissors => {
                "M3 6a3 3 0 1 0 6 0a3 3 0 1 0-6 0M3 18a3 3 0 1 0 6 0a3 3 0 1 0-6 0M8.1 8.1L20 20M8.1 15.9L20 4"
            }
            Self::Heart => {
                "M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-2.5 4.5 4.5 0 0 1 8 2.5c0 6-8 11-8 11z"
            }
            Self::Ball => {
                "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M3 12h18M12 3v18M5.6 5.6c3.5 3.5 3.5 9.3 0 12.8M18.4 5.6c-3.5 3.5-3.5 9.3 0 12.8"
            }
            Self::Briefcase => "M3 7h18v13H3zM8 7V4h8v3M3 13h18",
            Self::Leaf => "M5 19c0-9 5-14 15-15 0 10-5 15-15 15zM5 19l8-8",
            Self::Flask => {
                "M9 3h6M10 3v6l-6 10a1.5 1.5 0 0 0 1.3 2h13.4a1.5 1.5 0 0 0 1.3-2l-6-10V3M7 15h10"
            }
            Self::Pencil => "M15 4l5 5L9 20H4v-5zM13 6l5 5",
            Self::ParentChild => {
                "M6.5 6a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M4 21v-4a5 5 0 0 1 10 0v4M15 11a2 2 0 1 0 4 0a2 2 0 1 0-4 0M14 21v-2.5a3 3 0 0 1 6 0V21"
            }
            Self::Castle => "M4 21V8h3v3h3V8h4v3h3V8h3v13zM10 21v-4a2 2 0 0 1 4 0v4",
            Self::Group => {
                "M9 7a3 3 0 1 0 6 0a3 3 0 1 0-6 0M6 21v-1a6 6 0 0 1 12 0v1M3 9a2 2 0 1 0 4 0a2 2 0 1 0-4 0M17 9a2 2 0 1 0 4 0a2 2 0 1 0-4 0M1 19a4 4 0 0 1 4-4M23 19a4 4 0 0 0-4-4"
            }
            Self::Hammer => "M4 20l9.4-9.4M10.6 7.8l2.2-2.2 5.6 5.6-2.2 2.2z",
            Self::Lightbulb => {
                "M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.5.4.5 1 .5 1.6V16h6v-.5c0-.6 0-1.2.5-1.6A6 6 0 0 0 12 3z"
            }
            Self::ArrowBack => "M19 12H5M11 6l-6 6 6 6",
            Self::ChevronForward => "M9 6l6 6-6 6",
            Self::Bookmark => "M6 3h12v18l-6-5-6 5z",
        }
    }

    /// True for the icons that point along the line of text, which the
    /// stylesheet mirrors in right-to-left pages (`.icon--directional`).
    pub fn is_directional(self) -> bool {
        matches!(self, Self::ArrowBack | Self::ChevronForward)
    }
}

/// The `class` of an icon's `<svg>`: the block, and the modifiers for a
/// directional icon and for one that follows its words.
fn class_of(name: IconName, after_text: bool) -> &'static str {
    match (name.is_directional(), after_text) {
        (false, false) => "icon",
        (false, true) => "icon icon--after",
        (true, false) => "icon icon--directional",
        (true, true) => "icon icon--directional icon--after",
    }
}

/// An icon to put beside its words, which say what it means: the icon itself is
/// hidden from assistive technology.
#[component]
pub fn Icon(
    /// Which icon to draw.
    name: IconName,
    /// True when the icon follows its words ("Show more ›"): the gap between
    /// them is then at the icon's start rather than its end.
    #[prop(optional)]
    after_text: bool,
) -> impl IntoView {
    view! {
        <svg
            class=class_of(name, after_text)
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
        >
            <path d=name.path()></path>
        </svg>
    }
}

/// The icon for a kind of opportunity.
pub fn for_kind(kind: Kind) -> IconName {
    match kind {
        Kind::Course => IconName::GraduationCap,
        Kind::Library => IconName::Books,
        Kind::Activity => IconName::Star,
    }
}

/// The icon for something a building provides.
pub fn for_venue_access(access: VenueAccess) -> IconName {
    match access {
        VenueAccess::StepFree => IconName::Wheelchair,
        VenueAccess::AccessibleToilet => IconName::Toilet,
        VenueAccess::AccessibleParking => IconName::Parking,
        VenueAccess::PublicTransport => IconName::Bus,
    }
}

/// The icon for something a session provides.
pub fn for_session_access(access: SessionAccess) -> IconName {
    match access {
        SessionAccess::SignLanguage => IconName::Hand,
        SessionAccess::HearingLoop => IconName::Ear,
        SessionAccess::Childcare => IconName::Pram,
        SessionAccess::Quiet => IconName::SpeakerOff,
        SessionAccess::CarerFree => IconName::Pair,
        SessionAccess::LargePrint => IconName::TextSize,
        SessionAccess::EasyRead => IconName::PictureText,
    }
}

/// The icon for an access need in the filters: its building's or session's own.
pub fn for_access_need(need: AccessNeed) -> IconName {
    match need {
        AccessNeed::Venue(access) => for_venue_access(access),
        AccessNeed::Session(access) => for_session_access(access),
    }
}

/// The words that give a skill each icon, space-separated, lower case without
/// accents. A word matches itself and itself plus "s" (`craft` matches
/// "crafts"); other forms are listed (`cook cooking cookery`). Whole words only,
/// so `art` does not match "artificial" and `work` not "workshop". English
/// only: a catalogue in another language still gets icons from its skills' ids
/// when those are English slugs, and the light bulb otherwise.
const SKILL_WORDS: &[(IconName, &str)] = &[
    (
        IconName::Monitor,
        "digital computer computing laptop tablet phone smartphone internet online email web website technology tech ict coding programming",
    ),
    (
        IconName::SpeechBubbles,
        "language esol esl english conversation french spanish german italian irish welsh gaelic polish arabic chinese mandarin",
    ),
    (IconName::Hand, "sign bsl isl makaton"),
    (
        IconName::OpenBook,
        "reading read reader book literacy phonics story stories storytelling literature",
    ),
    (
        IconName::Pencil,
        "writing write writer handwriting poetry spelling",
    ),
    (
        IconName::Sums,
        "maths math mathematics numeracy number arithmetic",
    ),
    (
        IconName::Banknote,
        "money budgeting budget finance financial debt saving benefit banking pension",
    ),
    (
        IconName::Pot,
        "cooking cook cookery food baking nutrition kitchen recipe meal",
    ),
    (
        IconName::MusicNote,
        "music musical singing song choir instrument guitar piano ukulele band dance dancing",
    ),
    (
        IconName::Palette,
        "art artist drawing painting paint drama theatre photography sketching design",
    ),
    (
        IconName::Scissors,
        "craft crafting making sewing knitting crochet quilting pottery upcycling",
    ),
    (
        IconName::Heart,
        "health wellbeing wellness mental mindfulness meditation walking dementia",
    ),
    (
        IconName::Ball,
        "sport fitness exercise netball football cycling swimming running yoga pilates tennis badminton",
    ),
    (
        IconName::Briefcase,
        "work job employability employment career cv interview business enterprise",
    ),
    (
        IconName::Leaf,
        "green sustainability sustainable environment nature gardening garden growing plant allotment climate recycling wildlife",
    ),
    (
        IconName::Flask,
        "science biology chemistry physics stem astronomy",
    ),
    (
        IconName::ParentChild,
        "family families parenting parent child children kid baby babies toddler homework",
    ),
    (
        IconName::Castle,
        "heritage history historical museum archaeology genealogy",
    ),
    (
        IconName::Group,
        "community citizenship citizen volunteering volunteer civic democracy neighbourhood",
    ),
    (
        IconName::Hammer,
        "trade diy repair woodwork carpentry plumbing construction tool maintenance",
    ),
    (
        IconName::GraduationCap,
        "qualification exam university college gcse degree",
    ),
];

/// The icon for a skill of the catalogue's taxonomy, from the words of its id
/// and then of its label: the first word that names a subject decides
/// ("Parenting and childcare" is a family's icon, "Science and technology" a
/// flask). A skill whose words name no subject gets the light bulb.
pub fn for_skill(id: &str, label: &str) -> IconName {
    let words = slugify(id) + "-" + &slugify(label);
    words
        .split('-')
        .find_map(skill_icon_of_word)
        .unwrap_or(IconName::Lightbulb)
}

/// The icon whose words include `word` (folded), or its singular.
fn skill_icon_of_word(word: &str) -> Option<IconName> {
    let singular = word.strip_suffix('s');
    SKILL_WORDS.iter().find_map(|&(icon, words)| {
        words
            .split(' ')
            .any(|w| w == word || Some(w) == singular)
            .then_some(icon)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use learnlocal_core::{Token, read_catalogue};
    use std::collections::HashSet;

    /// Every icon draws something, with nothing in its path but path commands,
    /// numbers and separators, and starts by moving the pen.
    #[test]
    fn every_icon_has_a_valid_path() {
        for name in IconName::ALL {
            let d = name.path();
            assert!(d.starts_with('M'), "{name:?}: {d}");
            assert!(
                d.chars()
                    .all(|c| c.is_ascii_digit() || "MmLlHhVvCcSsQqTtAaZz.- ".contains(c)),
                "{name:?} has a character a path does not: {d}"
            );
        }
    }

    /// `ALL` lists every icon once, so the path test sees them all.
    #[test]
    fn all_lists_every_icon_once() {
        let unique: HashSet<IconName> = IconName::ALL.into_iter().collect();
        assert_eq!(unique.len(), IconName::ALL.len());
        // Adding a variant without listing it fails to compile here.
        for name in IconName::ALL {
            match name {
                IconName::GraduationCap
                | IconName::Books
                | IconName::Star
                | IconName::Wheelchair
                | IconName::Toilet
                | IconName::Parking
                | IconName::Bus
                | IconName::Hand
                | IconName::Ear
                | IconName::Pram
                | IconName::SpeakerOff
                | IconName::Pair
                | IconName::TextSize
                | IconName::PictureText
                | IconName::Monitor
                | IconName::SpeechBubbles
                | IconName::OpenBook
                | IconName::Sums
                | IconName::Banknote
                | IconName::Pot
                | IconName::MusicNote
                | IconName::Palette
                | IconName::Scissors
                | IconName::Heart
                | IconName::Ball
                | IconName::Briefcase
                | IconName::Leaf
                | IconName::Flask
                | IconName::Pencil
                | IconName::ParentChild
                | IconName::Castle
                | IconName::Group
                | IconName::Hammer
                | IconName::Lightbulb
                | IconName::ArrowBack
                | IconName::ChevronForward
                | IconName::Bookmark => {}
            }
        }
    }

    /// Each kind, building feature and session feature has an icon of its own,
    /// so two different words never share a picture on one card.
    #[test]
    fn kinds_and_access_features_have_distinct_icons() {
        let kinds: HashSet<IconName> = Kind::ALL.into_iter().map(for_kind).collect();
        assert_eq!(kinds.len(), Kind::ALL.len());
        let needs: HashSet<IconName> = AccessNeed::ALL
            .iter()
            .map(|&need| for_access_need(need))
            .collect();
        assert_eq!(needs.len(), AccessNeed::ALL.len());
        assert_eq!(
            VenueAccess::ALL.len() + SessionAccess::ALL.len(),
            AccessNeed::ALL.len()
        );
        for need in needs {
            assert!(!need.is_directional() && need != IconName::Lightbulb);
        }
    }

    /// The icons mirrored in right-to-left pages are exactly the arrow and the
    /// chevron, and only they carry the class that mirrors them.
    #[test]
    fn directional_icons_are_the_arrows_and_the_chevron() {
        let directional: Vec<IconName> = IconName::ALL
            .into_iter()
            .filter(|name| name.is_directional())
            .collect();
        assert_eq!(directional, [IconName::ArrowBack, IconName::ChevronForward]);
        for name in IconName::ALL {
            for after_text in [false, true] {
                let class = class_of(name, after_text);
                assert!(class.starts_with("icon"));
                assert_eq!(class.contains("icon--directional"), name.is_directional());
                assert_eq!(class.contains("icon--after"), after_text);
            }
        }
    }

    /// Every skill of the demo catalogue gets a fitting icon, not the
    /// fallback.
    #[test]
    fn the_demo_catalogue_skills_have_fitting_icons() {
        let loaded = read_catalogue(include_str!("../../data/catalogue.json"), None)
            .expect("the demo catalogue reads");
        let skills = &loaded.catalogue.skills;
        assert!(skills.len() >= 20);
        let expected = [
            ("digital", IconName::Monitor),
            ("languages", IconName::SpeechBubbles),
            ("esol", IconName::SpeechBubbles),
            ("literacy", IconName::OpenBook),
            ("numeracy", IconName::Sums),
            ("employability", IconName::Briefcase),
            ("health", IconName::Heart),
            ("arts", IconName::Palette),
            ("crafts", IconName::Scissors),
            ("music", IconName::MusicNote),
            ("cooking", IconName::Pot),
            ("green", IconName::Leaf),
            ("citizenship", IconName::Group),
            ("family", IconName::ParentChild),
            ("science", IconName::Flask),
            ("trades", IconName::Hammer),
            ("reading-groups", IconName::OpenBook),
            ("heritage", IconName::Castle),
            ("money", IconName::Banknote),
            ("parenting", IconName::ParentChild),
        ];
        for skill in skills {
            let icon = for_skill(&skill.id, &skill.label);
            assert_ne!(icon, IconName::Lightbulb, "{}: {}", skill.id, skill.label);
            if let Some((_, want)) = expected.iter().find(|(id, _)| *id == skill.id) {
                assert_eq!(icon, *want, "{}: {}", skill.id, skill.label);
            }
        }
    }

    /// The skills of the importers' test data (OpenActive, iCalendar, HSDS)
    /// get icons from their ids or labels, whatever their case or accents.
    #[test]
    fn imported_skills_have_fitting_icons() {
        for (id, label, want) in [
            ("netball", "Netball", IconName::Ball),
            ("fitness", "Bodypump™", IconName::Ball),
            ("cycling", "Road Cycling", IconName::Ball),
            ("reading", "Reading", IconName::OpenBook),
            ("crafts", "Crafts", IconName::Scissors),
            ("wellbeing", "Name", IconName::Heart),
            (
                "term-esol",
                "English for speakers of other languages",
                IconName::SpeechBubbles,
            ),
            ("12", "Creative Writing", IconName::Pencil),
            ("x", "GARDENING CLUB", IconName::Leaf),
            ("x", "Café cooking", IconName::Pot),
        ] {
            assert_eq!(for_skill(id, label), want, "{id}: {label}");
        }
    }

    /// No word is listed for two icons: the second listing could never match.
    #[test]
    fn each_skill_word_gives_one_icon() {
        let mut seen = HashSet::new();
        for (icon, words) in SKILL_WORDS {
            for word in words.split(' ') {
                assert!(seen.insert(word), "{word} ({icon:?}) is listed twice");
                assert_eq!(word, slugify(word), "{word} is not folded");
            }
        }
    }

    /// Only whole words count, and a skill naming no subject gets the light
    /// bulb rather than a wrong picture.
    #[test]
    fn skills_match_whole_words_and_fall_back_to_the_light_bulb() {
        assert_eq!(
            for_skill("ai", "Artificial intelligence"),
            IconName::Lightbulb
        );
        assert_eq!(for_skill("pottery", "Pottery workshop"), IconName::Scissors);
        assert_eq!(for_skill("", ""), IconName::Lightbulb);
        assert_eq!(for_skill("misc", "Something else"), IconName::Lightbulb);
    }
}
