//! Every interface string, in one place.
//!
//! Each language is one [`Messages`] value. The struct has no defaults, so a new
//! string cannot be added without giving it in every language, and wording that
//! depends on a number (plurals, distances) is a function of that language.
//! Nothing outside this module writes interface text.

use learnlocal_core::opportunity::{Audience, JoinMethod, Level, Mode, SessionAccess};
use learnlocal_core::time::{Date, Time, Weekday};
use learnlocal_core::{Kind, VenueAccess};

/// The interface text of one language.
pub struct Messages {
    /// BCP 47 tag for the `lang` attribute.
    pub lang: &'static str,
    /// Text direction for the `dir` attribute: "ltr" or "rtl".
    pub dir: &'static str,
    /// The product name.
    pub app_name: &'static str,
    /// What the product does, under its name.
    pub tagline: &'static str,
    /// Title of the finder page's browser tab.
    pub finder_title: &'static str,
    /// Shown when the catalogue holds example records.
    pub demonstration_notice: &'static str,
    /// Label of the search box.
    pub search_label: &'static str,
    /// Hint under the search box.
    pub search_hint: &'static str,
    /// Legend of the skills group.
    pub skills_legend: &'static str,
    /// Heading of the results.
    pub results_heading: &'static str,
    /// "N results", announced when it changes.
    pub results_count: fn(usize) -> String,
    /// Where distances are measured from, under the results.
    pub distances_from: fn(&str) -> String,
    /// A formatted distance and the place it is measured from, on a detail page.
    pub distance_from_place: fn(&str, &str) -> String,
    /// Heading of the finder page.
    pub finder_heading: &'static str,
    /// A distance in metres, e.g. "850 m", "2.3 km".
    pub distance: fn(f64) -> String,
    /// The name of a kind of opportunity.
    pub kind: fn(Kind) -> &'static str,
    /// While the catalogue loads.
    pub loading: &'static str,
    /// Heading when the catalogue cannot be loaded.
    pub load_failed: &'static str,
    /// The network could not be reached.
    pub load_failed_network: &'static str,
    /// The server answered with an HTTP error status.
    pub load_failed_http: fn(u16) -> String,
    /// The catalogue file is damaged.
    pub load_failed_malformed: &'static str,
    /// Introduces the technical detail, for the catalogue keeper.
    pub details_label: &'static str,
    /// The retry button.
    pub try_again: &'static str,
    /// Link from a detail page to the list it came from.
    pub back_to_results: &'static str,
    /// Heading when a detail page's id is not in the catalogue.
    pub not_found: &'static str,
    /// Explanation under [`Messages::not_found`].
    pub not_found_hint: &'static str,
    /// Detail page labels.
    pub label_kind: &'static str,
    /// Detail page label of the skills.
    pub label_skills: &'static str,
    /// Detail page label of the venue.
    pub label_venue: &'static str,
    /// Detail page label of the distance.
    pub label_distance: &'static str,
    /// Detail page label of the provider.
    pub label_provider: &'static str,
    /// Detail page label of the web link.
    pub label_website: &'static str,
    /// Detail page heading of the long description.
    pub label_about: &'static str,
    /// Detail page label of the level.
    pub label_level: &'static str,
    /// Detail page label of the audience.
    pub label_audience: &'static str,
    /// Detail page label of the age range.
    pub label_age: &'static str,
    /// Detail page label of the languages.
    pub label_languages: &'static str,
    /// Detail page label of the delivery mode.
    pub label_mode: &'static str,
    /// Detail page heading of the schedule.
    pub label_when: &'static str,
    /// Detail page label of the next sessions.
    pub label_next_sessions: &'static str,
    /// Detail page label of the cost.
    pub label_cost: &'static str,
    /// Detail page label of the session's own accessibility.
    pub label_session_access: &'static str,
    /// Detail page label of the venue's accessibility.
    pub label_venue_access: &'static str,
    /// Detail page label of the venue's opening hours.
    pub label_opening_hours: &'static str,
    /// Detail page heading of how to take part.
    pub label_how_to_join: &'static str,
    /// Detail page label of the phone number.
    pub label_phone: &'static str,
    /// Detail page label of the email address.
    pub label_email: &'static str,
    /// Detail page label of the booking page.
    pub label_booking_page: &'static str,
    /// Detail page label of the last check date.
    pub label_verified: &'static str,
    /// Detail page label of the record's source.
    pub label_source: &'static str,
    /// Shown where a venue is missing because the opportunity is online.
    pub online_only: &'static str,
    /// Shown when the record has no schedule.
    pub schedule_ask: &'static str,
    /// Shown when the schedule has no future session.
    pub no_upcoming_sessions: &'static str,
    /// Shown when cost is not given.
    pub cost_unknown: &'static str,
    /// "Free".
    pub free: &'static str,
    /// A price, e.g. "€40.00".
    pub price: fn(f64, &str) -> String,
    /// The name of a level.
    pub level: fn(Level) -> &'static str,
    /// The name of an audience.
    pub audience: fn(Audience) -> &'static str,
    /// An age range, from optional bounds.
    pub age_range: fn(Option<u8>, Option<u8>) -> String,
    /// The name of a delivery mode.
    pub mode: fn(Mode) -> &'static str,
    /// The name of a session accessibility feature.
    pub session_access: fn(SessionAccess) -> &'static str,
    /// The name of a venue accessibility feature.
    pub venue_access: fn(VenueAccess) -> &'static str,
    /// The name of a way to join.
    pub join_method: fn(JoinMethod) -> &'static str,
    /// A language's name from its ISO 639-1 code.
    pub language: fn(&str) -> String,
    /// A weekday's name, plural for recurrences ("Mondays").
    pub weekdays_plural: fn(Weekday) -> &'static str,
    /// A date, e.g. "Tue 12 Jan 2027".
    pub date: fn(Date) -> String,
    /// A time range, e.g. "18:30–20:00".
    pub time_range: fn(Time, Time) -> String,
    /// A weekly slot: days (already named and joined) and times.
    pub weekly_slot: fn(&str, &str) -> String,
    /// "every 2 weeks" for an interval.
    pub every_n_weeks: fn(u8) -> String,
    /// A date range of a schedule.
    pub date_range: fn(Option<Date>, Option<Date>) -> Option<String>,
    /// Dates on which sessions do not happen.
    pub except_dates: fn(&str) -> String,
    /// Joins a list for reading: "a, b and c".
    pub and_list: fn(&[String]) -> String,
    /// The notice that some records could not be shown.
    pub records_left_out: fn(usize) -> String,
    /// The notice when the catalogue has mistakes but no record was left out.
    pub catalogue_has_problems: &'static str,
    /// Summary of the problem list for keepers.
    pub problems_summary: &'static str,
}

/// English, the default.
pub const EN: Messages = Messages {
    lang: "en",
    dir: "ltr",
    app_name: "LearnLocal",
    tagline: "Courses, libraries and activities near you",
    finder_title: "LearnLocal: find learning near you",
    demonstration_notice: "Demonstration data: these entries are examples, not real listings.",
    search_label: "Search courses, libraries and activities",
    search_hint: "For example: computers, English, cooking",
    skills_legend: "Skills",
    results_heading: "Results",
    results_count: |n| match n {
        0 => "No results".to_owned(),
        1 => "1 result".to_owned(),
        n => format!("{n} results"),
    },
    distances_from: |place| format!("Nearest first. Distances are from {place}."),
    distance_from_place: |distance, place| format!("{distance} from {place}"),
    finder_heading: "Find a course, library or activity",
    distance: format_distance_en,
    kind: |kind| match kind {
        Kind::Course => "Course",
        Kind::Library => "Library",
        Kind::Activity => "Activity",
    },
    loading: "Loading courses and activities…",
    load_failed: "We could not load the list of courses and activities.",
    load_failed_network: "The server could not be reached. Check your connection, then try again.",
    load_failed_http: |status| {
        format!("The server could not send the list (error {status}). Try again in a moment.")
    },
    load_failed_malformed: "The list was received but it is damaged, so it cannot be shown. Please tell the library or centre that runs this site.",
    details_label: "Details for the site's keeper:",
    try_again: "Try again",
    back_to_results: "Back to results",
    not_found: "We could not find that entry",
    not_found_hint: "It may have been removed from the catalogue. Go back to the results to find something similar.",
    label_kind: "Type",
    label_skills: "Skills",
    label_venue: "Where",
    label_distance: "Distance",
    label_provider: "Run by",
    label_website: "More information",
    label_about: "About",
    label_level: "Level",
    label_audience: "For",
    label_age: "Ages",
    label_languages: "Language",
    label_mode: "How it is held",
    label_when: "When",
    label_next_sessions: "Next sessions",
    label_cost: "Cost",
    label_session_access: "Support at the session",
    label_venue_access: "Access at the venue",
    label_opening_hours: "Opening hours",
    label_how_to_join: "How to take part",
    label_phone: "Phone",
    label_email: "Email",
    label_booking_page: "Book online",
    label_verified: "Last checked",
    label_source: "Source",
    online_only: "Online",
    schedule_ask: "Ask the organisers for times.",
    no_upcoming_sessions: "No upcoming sessions are listed.",
    cost_unknown: "Ask the organisers about cost.",
    free: "Free",
    price: |amount, currency| match currency {
        "EUR" => format!("€{amount:.2}"),
        "GBP" => format!("£{amount:.2}"),
        "USD" => format!("${amount:.2}"),
        other => format!("{amount:.2} {other}"),
    },
    level: |level| match level {
        Level::None => "Open to all, no experience needed",
        Level::Beginner => "Beginner",
        Level::Intermediate => "Intermediate",
        Level::Advanced => "Advanced",
    },
    audience: |audience| match audience {
        Audience::Everyone => "Everyone",
        Audience::Adults => "Adults",
        Audience::OlderPeople => "Older people",
        Audience::YoungPeople => "Young people",
        Audience::Children => "Children",
        Audience::Families => "Families",
        Audience::Newcomers => "People new to the country",
        Audience::Jobseekers => "People looking for work",
        Audience::Carers => "Carers",
    },
    age_range: |min, max| match (min, max) {
        (Some(min), Some(max)) => format!("{min} to {max}"),
        (Some(min), None) => format!("{min} and over"),
        (None, Some(max)) => format!("Up to {max}"),
        (None, None) => "Any age".to_owned(),
    },
    mode: |mode| match mode {
        Mode::InPerson => "In person",
        Mode::Online => "Online",
        Mode::Blended => "In person and online",
    },
    session_access: |a| match a {
        SessionAccess::SignLanguage => "Sign language interpretation",
        SessionAccess::HearingLoop => "Hearing loop",
        SessionAccess::Childcare => "Childcare or crèche",
        SessionAccess::Quiet => "Quiet, sensory-friendly session",
        SessionAccess::CarerFree => "Carer or companion goes free",
        SessionAccess::LargePrint => "Large print",
        SessionAccess::EasyRead => "Easy read",
    },
    venue_access: |a| match a {
        VenueAccess::StepFree => "Step-free access",
        VenueAccess::AccessibleToilet => "Accessible toilet",
        VenueAccess::AccessibleParking => "Accessible parking",
        VenueAccess::PublicTransport => "Near public transport",
    },
    join_method: |m| match m {
        JoinMethod::WalkIn => "Just turn up",
        JoinMethod::Phone => "Book by phone",
        JoinMethod::Email => "Book by email",
        JoinMethod::Web => "Book online",
    },
    language: language_name_en,
    weekdays_plural: |day| match day {
        Weekday::Mon => "Mondays",
        Weekday::Tue => "Tuesdays",
        Weekday::Wed => "Wednesdays",
        Weekday::Thu => "Thursdays",
        Weekday::Fri => "Fridays",
        Weekday::Sat => "Saturdays",
        Weekday::Sun => "Sundays",
    },
    date: format_date_en,
    time_range: |start, end| format!("{start}–{end}"),
    weekly_slot: |days, times| format!("{days}, {times}"),
    every_n_weeks: |n| format!("every {n} weeks"),
    date_range: |start, end| match (start, end) {
        (Some(s), Some(e)) => Some(format!(
            "From {} to {}",
            format_date_en(s),
            format_date_en(e)
        )),
        (Some(s), None) => Some(format!("From {}", format_date_en(s))),
        (None, Some(e)) => Some(format!("Until {}", format_date_en(e))),
        (None, None) => None,
    },
    except_dates: |dates| format!("Not on {dates}"),
    and_list: |items| match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    },
    records_left_out: |n| match n {
        1 => "1 entry in the catalogue has mistakes and is not shown.".to_owned(),
        n => format!("{n} entries in the catalogue have mistakes and are not shown."),
    },
    catalogue_has_problems: "The catalogue has mistakes; everything that could be read is shown.",
    problems_summary: "What is wrong, for the catalogue's keeper",
};

/// The messages of the interface's current language.
pub fn t() -> &'static Messages {
    &EN
}

/// English distances: whole tens of metres below 1 km, one decimal below 10 km,
/// whole kilometres beyond.
fn format_distance_en(metres: f64) -> String {
    if metres < 995.0 {
        let tens = (metres / 10.0).round() * 10.0;
        format!("{tens:.0} m")
    } else if metres < 9_950.0 {
        format!("{:.1} km", metres / 1000.0)
    } else {
        format!("{:.0} km", metres / 1000.0)
    }
}

/// English dates: "Tue 12 Jan 2027".
fn format_date_en(date: Date) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let day = DAYS[usize::from(date.weekday().number_from_monday() - 1)];
    let month = MONTHS[usize::from(date.month() - 1)];
    format!("{day} {} {month} {}", date.day(), date.year())
}

/// English names of the languages catalogues use most; other codes are shown as
/// they are, in capitals.
fn language_name_en(code: &str) -> String {
    let name = match code {
        "en" => "English",
        "ga" => "Irish",
        "pl" => "Polish",
        "uk" => "Ukrainian",
        "ar" => "Arabic",
        "fr" => "French",
        "es" => "Spanish",
        "pt" => "Portuguese",
        "zh" => "Chinese",
        "ro" => "Romanian",
        "de" => "German",
        "it" => "Italian",
        "lt" => "Lithuanian",
        "lv" => "Latvian",
        "ru" => "Russian",
        "so" => "Somali",
        "ur" => "Urdu",
        "hi" => "Hindi",
        "bn" => "Bengali",
        "tr" => "Turkish",
        "fa" => "Persian",
        "sq" => "Albanian",
        "cy" => "Welsh",
        "gd" => "Scottish Gaelic",
        _ => return code.to_uppercase(),
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Distances read the way people say them.
    #[test]
    fn english_distances() {
        let cases = [
            (0.0, "0 m"),
            (4.0, "0 m"),
            (851.0, "850 m"),
            (994.0, "990 m"),
            (995.0, "1.0 km"),
            (2_349.0, "2.3 km"),
            (9_949.0, "9.9 km"),
            (9_950.0, "10 km"),
            (123_456.0, "123 km"),
        ];
        for (metres, expected) in cases {
            assert_eq!((EN.distance)(metres), expected, "{metres} m");
        }
    }

    /// Dates, prices and lists read naturally.
    #[test]
    fn english_dates_prices_lists() {
        assert_eq!(
            (EN.date)(Date::new(2027, 1, 12).unwrap()),
            "Tue 12 Jan 2027"
        );
        assert_eq!((EN.price)(40.0, "EUR"), "€40.00");
        assert_eq!((EN.price)(5.5, "CHF"), "5.50 CHF");
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!((EN.and_list)(&items(&["a"])), "a");
        assert_eq!((EN.and_list)(&items(&["a", "b", "c"])), "a, b and c");
        assert_eq!((EN.language)("ga"), "Irish");
        assert_eq!((EN.language)("xx"), "XX");
    }

    /// Counts use the singular for one.
    #[test]
    fn english_result_counts() {
        assert_eq!((EN.results_count)(0), "No results");
        assert_eq!((EN.results_count)(1), "1 result");
        assert_eq!((EN.results_count)(42), "42 results");
    }
}
