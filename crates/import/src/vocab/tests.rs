//! The shared words, table by table: each row is what a keeper writes and what
//! LearnLocal must read from it.

use super::text::SUMMARY_MAX_CHARS;
use super::*;
use learnlocal_core::catalogue::VenueAccess::{self, *};
use learnlocal_core::opportunity::SessionAccess::{self, *};
use learnlocal_core::time::Weekday::{self, *};

/// A day is its English name or any start of it two letters or longer, in any
/// case; anything else is no day.
#[test]
fn weekdays() {
    let cases: [(&str, Option<Weekday>); 16] = [
        ("MO", Some(Mon)),
        ("mon", Some(Mon)),
        ("Monday", Some(Mon)),
        ("tu", Some(Tue)),
        ("Tues", Some(Tue)),
        ("tue.", Some(Tue)),
        ("wed", Some(Wed)),
        ("th", Some(Thu)),
        ("Thurs", Some(Thu)),
        ("fri", Some(Fri)),
        ("SA", Some(Sat)),
        (" sunday ", Some(Sun)),
        ("s", None),
        ("t", None),
        ("mondays", None),
        ("xx", None),
    ];
    for (text, expected) in cases {
        assert_eq!(weekday(text), expected, "{text:?}");
    }
}

/// Codes in any ISO 639 form, tags and names (in English or the language itself)
/// become ISO 639-1 codes; an ambiguous or unknown name becomes none.
#[test]
fn languages() {
    let cases: [(&str, Option<&str>); 15] = [
        ("en", Some("en")),
        ("en-GB", Some("en")),
        ("PT_br", Some("pt")),
        ("pol", Some("pl")),
        ("gle", Some("ga")),
        ("English", Some("en")),
        ("  irish  gaelic ", Some("ga")),
        ("Gaeilge", Some("ga")),
        ("Scottish Gaelic", Some("gd")),
        ("Français", Some("fr")),
        ("francais", Some("fr")),
        ("Cymraeg", Some("cy")),
        ("Gaelic", None),
        ("Klingon", None),
        ("tlh", None),
    ];
    for (text, expected) in cases {
        assert_eq!(language_code(text).as_deref(), expected, "{text:?}");
    }
}

/// Labels name access whatever surrounds them: a lift is step-free access, a
/// plain toilet or car park is not an accessible one.
#[test]
fn access_labels() {
    let cases: [(&str, &[VenueAccess], &[SessionAccess]); 16] = [
        ("Lift", &[StepFree], &[]),
        ("Lifts to all floors", &[StepFree], &[]),
        ("Wheelchair accessible", &[StepFree], &[]),
        ("STEP-FREE entrance", &[StepFree], &[]),
        ("Ramped access", &[StepFree], &[]),
        ("Toilets", &[], &[]),
        ("Accessible toilet", &[AccessibleToilet], &[]),
        ("Changing Places", &[AccessibleToilet], &[]),
        ("Parking", &[], &[]),
        ("Disabled parking", &[AccessibleParking], &[]),
        ("Blue badge bays", &[AccessibleParking], &[]),
        ("Near the bus stop", &[PublicTransport], &[]),
        ("Trampoline and business centre", &[], &[]),
        ("British Sign Language", &[], &[SignLanguage]),
        ("Hearing loop", &[], &[HearingLoop]),
        ("Carers go free", &[], &[CarerFree]),
    ];
    for (text, venue, session) in cases {
        let found = access_named(text);
        assert_eq!(found.venue, venue, "{text}");
        assert_eq!(found.session, session, "{text}");
    }
}

/// Free text is read sentence by sentence; a sentence that says something is
/// missing promises nothing and is handed back to be reported.
#[test]
fn access_text() {
    /// A text, what it gives, and the sentences it hands back.
    type Case<'a> = (
        &'a str,
        &'a [VenueAccess],
        &'a [SessionAccess],
        &'a [&'a str],
    );
    let cases: [Case; 5] = [
        (
            "Lift to all floors. There is no hearing loop.",
            &[StepFree],
            &[],
            &["There is no hearing loop"],
        ),
        ("There isn't a lift", &[], &[], &["There isn't a lift"]),
        (
            "Step-free access from the car park. There is no disabled parking.",
            &[StepFree],
            &[],
            &["There is no disabled parking"],
        ),
        (
            "Induction loop at reception; large print and Easy Read guides",
            &[],
            &[HearingLoop, LargePrint, EasyRead],
            &[],
        ),
        ("Come along! Tea served.", &[], &[], &[]),
    ];
    for (text, venue, session, skipped) in cases {
        let (found, not_read) = read_access_text(text);
        assert_eq!(found.venue, venue, "{text}");
        assert_eq!(found.session, session, "{text}");
        assert_eq!(not_read, skipped, "{text}");
    }
}

/// Id parts are the core's slug, never empty, and long ones stay apart.
#[test]
fn id_parts() {
    let cases = [
        ("AC148810-d857", "ac148810-d857"),
        ("  Main St. / Hall  ", "main-st-hall"),
        ("Café Zoë — Room 2!", "cafe-zoe-room-2"),
    ];
    for (text, expected) in cases {
        assert_eq!(id_part(text), expected, "{text:?}");
    }
    for empty in ["—", "Βιβλιοθήκη", ""] {
        let id = id_part(empty);
        assert!(id.starts_with('x') && id.len() == 9, "{empty:?}: {id}");
    }
    assert_ne!(id_part("—"), id_part("–"));
    let long = |end: &str| id_part(&format!("{}{end}", "a".repeat(100)));
    assert_ne!(long("1"), long("2"));
    assert!(long("1").len() <= 64);
}

/// Summaries are the first sentence of the first line, cut at a word when long.
#[test]
fn first_sentences() {
    let cases = [
        ("Learn to knit.  Bring needles. ", "Learn to knit."),
        ("No full stop here", "No full stop here"),
        ("Version 2.5 is out! Yes.", "Version 2.5 is out!"),
        (
            "St. Mary's Library runs it. Come along.",
            "St. Mary's Library runs it.",
        ),
        ("\n\nWhat? Yes.", "What?"),
        ("Knitting club\nBring needles.", "Knitting club"),
    ];
    for (text, expected) in cases {
        assert_eq!(first_sentence(text), expected, "{text:?}");
    }
    let long = first_sentence(&"word ".repeat(60));
    assert!(long.chars().count() <= SUMMARY_MAX_CHARS, "{long}");
    assert!(long.ends_with("word…"), "{long}");
    let wide = first_sentence(&"é".repeat(300));
    assert_eq!(wide.chars().count(), SUMMARY_MAX_CHARS);
}

/// A label about access is told apart from one about anything else, by the start
/// of its words.
#[test]
fn labels_about_access() {
    for about in [
        "Visual impairment",
        "Disabled access",
        "Wheelchairs",
        "HEARING support",
    ] {
        assert!(is_about_access(about), "{about}");
    }
    for other in ["Changing rooms", "Parking", "Café", "Misadapted"] {
        assert!(!is_about_access(other), "{other}");
    }
}
