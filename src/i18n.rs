//! Every interface string, in one place.
//!
//! Each language is one [`Messages`] value. The struct has no defaults, so a new
//! string cannot be added without giving it in every language, and wording that
//! depends on a number (plurals, distances) is a function of that language.
//! Nothing outside this module writes interface text.

use learnlocal_core::filter::{AccessNeed, Radius, Sort, StartsWithin};
use learnlocal_core::opportunity::{Audience, JoinMethod, Level, Mode, SessionAccess};
use learnlocal_core::schedule::PartOfDay;
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
    /// When the catalogue's data is from, its date already written.
    pub data_as_of: fn(&str) -> String,
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
    /// The skip link at the top of the finder, to the results.
    pub skip_to_results: &'static str,
    /// The skip link at the top of other pages, to the main content.
    pub skip_to_main: &'static str,
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
    /// A monthly slot: which of the days in the month (1 the first, -1 the last),
    /// the days, and the times already written.
    pub monthly_slot: fn(&[i8], &[Weekday], &str) -> String,
    /// "every 2 months" for an interval.
    pub every_n_months: fn(u8) -> String,
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
    /// Legend of the location controls.
    pub where_legend: &'static str,
    /// The geolocation button.
    pub use_my_location: &'static str,
    /// While the browser finds the position.
    pub locating: &'static str,
    /// The person refused to share their position.
    pub location_denied: &'static str,
    /// The position could not be found.
    pub location_unavailable: &'static str,
    /// Finding the position took too long.
    pub location_timeout: &'static str,
    /// The page is not served securely, so browsers refuse geolocation.
    pub location_insecure: &'static str,
    /// Shown while measuring from the device's position.
    pub measuring_from_you: &'static str,
    /// A shared link says "near me" but the position is not known yet.
    pub location_needed: &'static str,
    /// Label of the place field.
    pub place_label: &'static str,
    /// Hint under the place field.
    pub place_hint: &'static str,
    /// Label of the list of place suggestions.
    pub place_suggestions: &'static str,
    /// No place matches what was typed.
    pub place_unknown: &'static str,
    /// "your location", as a place name.
    pub your_location: &'static str,
    /// Label of the radius choice.
    pub radius_label: &'static str,
    /// The name of a radius choice.
    pub radius: fn(Radius) -> &'static str,
    /// The checkbox that includes online-only results.
    pub include_online: &'static str,
    /// Heading of the filters.
    pub filters_heading: &'static str,
    /// The phone's button that opens the filters, with how many are on: "Filters (2)".
    pub filters_button: fn(usize) -> String,
    /// The button that closes the filters sheet.
    pub close_filters: &'static str,
    /// The button at the foot of the filters sheet: "Show 12 results".
    pub show_results: fn(usize) -> String,
    /// The list of filters that are on, above the results.
    pub filters_on: &'static str,
    /// What a filter chip's button does, for screen readers: "Remove filter: Free only".
    pub remove_filter: fn(&str) -> String,
    /// A chip for a typed value: "Age: 8".
    pub field_value: fn(&str, &str) -> String,
    /// A chip for "Include online" unticked.
    pub online_left_out: &'static str,
    /// Legend of the kinds group.
    pub kinds_legend: &'static str,
    /// Legend of the access group.
    pub access_legend: &'static str,
    /// Hint under the access group.
    pub access_hint: &'static str,
    /// Legend of the days group.
    pub days_legend: &'static str,
    /// A weekday's short name for a checkbox.
    pub weekday: fn(learnlocal_core::time::Weekday) -> &'static str,
    /// Legend of the time-of-day group.
    pub times_legend: &'static str,
    /// The name of a part of the day.
    pub part_of_day: fn(PartOfDay) -> &'static str,
    /// Legend of the "starting" group.
    pub starts_legend: &'static str,
    /// The name of a "starts within" choice.
    pub starts: fn(StartsWithin) -> &'static str,
    /// The open-now checkbox.
    pub open_now: &'static str,
    /// Legend of the cost group.
    pub cost_legend: &'static str,
    /// The free-only checkbox.
    pub free_only: &'static str,
    /// Label of the maximum price field, in the catalogue's currency (the euro
    /// when it names none).
    pub max_price: fn(Option<&str>) -> String,
    /// Legend of the language group.
    pub languages_legend: &'static str,
    /// Legend of the mode group.
    pub modes_legend: &'static str,
    /// Legend of the level group.
    pub levels_legend: &'static str,
    /// Legend of the audience group.
    pub audiences_legend: &'static str,
    /// Label of the age field.
    pub age_label: &'static str,
    /// The name of an access need.
    pub access_need: fn(AccessNeed) -> &'static str,
    /// An option's label with its count, e.g. "Music (4)".
    pub with_count: fn(&str, usize) -> String,
    /// An option's label with what ticking it adds to a list another option of
    /// its group already chose, as shown, e.g. "Music (+3)".
    pub with_added: fn(&str, usize) -> String,
    /// The same, as a screen reader says it, e.g. "Music, adds 3 results".
    pub with_added_spoken: fn(&str, usize) -> String,
    /// Screen-reader text for an option that would give no results.
    pub none_match: &'static str,
    /// The clear-all button.
    pub clear_all: &'static str,
    /// Label of the sort choice.
    pub sort_label: &'static str,
    /// The name of a sort order.
    pub sort: fn(Sort) -> &'static str,
    /// A distance and walking time, e.g. "850 m, 11 min walk".
    pub distance_and_walk: fn(&str, u32) -> String,
    /// The next session on a card, e.g. "Next: Tue 1 Dec, 18:30".
    pub next_session: fn(&str) -> String,
    /// The button that shows more results.
    pub show_more: fn(usize) -> String,
    /// The empty state's heading.
    pub no_results_heading: &'static str,
    /// The empty state's explanation, naming the filter that removes the most.
    pub no_results_because: fn(&str) -> String,
    /// A filter group's name in a sentence, e.g. "the distance".
    pub filter_name: fn(learnlocal_core::search::Group) -> &'static str,
    /// A widening action, by group: what it does and how many it adds.
    pub widen: fn(&str, usize) -> String,
    /// What a widening relaxes, named for the person.
    pub widen_what: fn(learnlocal_core::search::Group, Radius) -> String,
    /// The directions links' label.
    pub directions: &'static str,
    /// The map app link.
    pub open_in_maps: &'static str,
    /// The OpenStreetMap link.
    pub open_street_map: &'static str,
    /// Heading of the actions on a detail page.
    pub actions_heading: &'static str,
    /// Download the whole series as .ics.
    pub add_series_to_calendar: &'static str,
    /// Download the next session as .ics.
    pub add_next_to_calendar: &'static str,
    /// The calendar file's name when the entry's title gives none (no ".ics").
    pub calendar_file_name: &'static str,
    /// The share button.
    pub share: &'static str,
    /// The button that reads a result or an opportunity aloud.
    pub read_aloud: &'static str,
    /// Its accessible name on a result: the words shown, then the title.
    pub read_aloud_named: fn(&str) -> String,
    /// What is read aloud: title, summary and place (or "Online").
    pub spoken: fn(&str, &str, &str) -> String,
    /// After copying the link.
    pub link_copied: &'static str,
    /// When neither sharing nor copying works.
    pub share_failed: &'static str,
    /// The report link.
    pub report_problem: &'static str,
    /// The report email's subject.
    pub report_subject: fn(&str) -> String,
    /// The report email's body.
    pub report_body: fn(&str, &str, &str) -> String,
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
    distances_from: |place| format!("Distances are from {place}."),
    data_as_of: |date| format!("Data as of {date}."),
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
    skip_to_results: "Skip to results",
    skip_to_main: "Skip to main content",
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
    monthly_slot: monthly_slot_en,
    every_n_months: |n| format!("every {n} months"),
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
    where_legend: "Where",
    use_my_location: "Use my location",
    locating: "Finding where you are…",
    location_denied: "Your browser did not share your location. You can type a place instead.",
    location_unavailable: "Your location could not be found. You can type a place instead.",
    location_timeout: "Finding your location took too long. Try again, or type a place.",
    location_insecure: "This page is not on a secure connection, so the browser will not give your location. Type a place instead.",
    measuring_from_you: "Distances are from your location. It stays on this device.",
    location_needed: "This link measures distances from the reader's location: press \"Use my location\" or type a place.",
    place_label: "Near a place",
    place_hint: "A neighbourhood or a venue, for example Blackpool",
    place_suggestions: "Places that match",
    place_unknown: "No neighbourhood or venue has that name.",
    your_location: "your location",
    radius_label: "Distance",
    radius: |r| match r {
        Radius::Walk15 => "Within a 15-minute walk",
        Radius::Km1 => "Within 1 km",
        Radius::Km3 => "Within 3 km",
        Radius::Km5 => "Within 5 km",
        Radius::Km10 => "Within 10 km",
        Radius::Anywhere => "Any distance",
    },
    include_online: "Include online",
    filters_heading: "Filters",
    filters_button: |n| match n {
        0 => "Filters".to_owned(),
        n => format!("Filters ({n})"),
    },
    close_filters: "Close filters",
    show_results: |n| match n {
        1 => "Show 1 result".to_owned(),
        n => format!("Show {n} results"),
    },
    filters_on: "Filters on",
    remove_filter: |label| format!("Remove filter: {label}"),
    field_value: |label, value| format!("{label}: {value}"),
    online_left_out: "Online left out",
    kinds_legend: "Type",
    access_legend: "Access needs",
    access_hint: "Results must have everything you tick.",
    days_legend: "Days",
    weekday: |d| match d {
        learnlocal_core::time::Weekday::Mon => "Monday",
        learnlocal_core::time::Weekday::Tue => "Tuesday",
        learnlocal_core::time::Weekday::Wed => "Wednesday",
        learnlocal_core::time::Weekday::Thu => "Thursday",
        learnlocal_core::time::Weekday::Fri => "Friday",
        learnlocal_core::time::Weekday::Sat => "Saturday",
        learnlocal_core::time::Weekday::Sun => "Sunday",
    },
    times_legend: "Time of day",
    part_of_day: |p| match p {
        PartOfDay::Morning => "Morning (before 12:00)",
        PartOfDay::Afternoon => "Afternoon (12:00 to 17:00)",
        PartOfDay::Evening => "Evening (from 17:00)",
    },
    starts_legend: "Starting",
    starts: |s| match s {
        StartsWithin::Any => "Any time",
        StartsWithin::Week => "This week",
        StartsWithin::Month => "This month",
    },
    open_now: "Open now",
    cost_legend: "Cost",
    free_only: "Free only",
    max_price: |currency| {
        let unit = match currency {
            None | Some("EUR") => "€",
            Some("GBP") => "£",
            Some("USD") => "$",
            Some(other) => other,
        };
        format!("Most I can pay ({unit})")
    },
    languages_legend: "Language",
    modes_legend: "How it is held",
    levels_legend: "Level",
    audiences_legend: "Who it is for",
    age_label: "Age",
    access_need: |n| match n {
        AccessNeed::Venue(v) => match v {
            VenueAccess::StepFree => "Step-free access",
            VenueAccess::AccessibleToilet => "Accessible toilet",
            VenueAccess::AccessibleParking => "Accessible parking",
            VenueAccess::PublicTransport => "Near public transport",
        },
        AccessNeed::Session(s) => match s {
            SessionAccess::SignLanguage => "Sign language interpretation",
            SessionAccess::HearingLoop => "Hearing loop",
            SessionAccess::Childcare => "Childcare or crèche",
            SessionAccess::Quiet => "Quiet, sensory-friendly session",
            SessionAccess::CarerFree => "Carer or companion goes free",
            SessionAccess::LargePrint => "Large print",
            SessionAccess::EasyRead => "Easy read",
        },
    },
    with_count: |label, n| format!("{label} ({n})"),
    with_added: |label, n| format!("{label} (+{n})"),
    with_added_spoken: |label, n| match n {
        1 => format!("{label}, adds 1 result"),
        n => format!("{label}, adds {n} results"),
    },
    none_match: "no results",
    clear_all: "Clear all filters",
    sort_label: "Order",
    sort: |s| match s {
        Sort::Distance => "Nearest first",
        Sort::Soonest => "Soonest first",
        Sort::Relevance => "Best match first",
        Sort::Title => "A to Z",
    },
    distance_and_walk: |d, min| format!("{d}, {min} min walk"),
    next_session: |s| format!("Next: {s}"),
    show_more: |n| format!("Show {n} more"),
    no_results_heading: "Nothing matches all of that",
    no_results_because: |what| format!("The filter that leaves out the most is {what}."),
    filter_name: |group| {
        use learnlocal_core::search::Group;
        match group {
            Group::Text => "the search words",
            Group::Distance => "the distance",
            Group::Online => "leaving out online",
            Group::Skill => "the skill",
            Group::Kind => "the type",
            Group::Access => "the access needs",
            Group::Day => "the day",
            Group::Time => "the time of day",
            Group::Starts => "when it starts",
            Group::OpenNow => "open now",
            Group::Cost => "the cost",
            Group::Language => "the language",
            Group::Mode => "how it is held",
            Group::Level => "the level",
            Group::Audience | Group::Age => "who it is for",
        }
    },
    widen: |what, n| format!("{n} more {what}"),
    widen_what: |group, radius| {
        use learnlocal_core::search::Group;
        match group {
            Group::Distance => match radius {
                Radius::Anywhere => "at any distance".to_owned(),
                Radius::Walk15 => "within a 15-minute walk".to_owned(),
                Radius::Km1 => "within 1 km".to_owned(),
                Radius::Km3 => "within 3 km".to_owned(),
                Radius::Km5 => "within 5 km".to_owned(),
                Radius::Km10 => "within 10 km".to_owned(),
            },
            Group::Text => "without the search words".to_owned(),
            Group::Online => "including online".to_owned(),
            Group::Skill => "with any skill".to_owned(),
            Group::Kind => "of any type".to_owned(),
            Group::Access => "without the access needs".to_owned(),
            Group::Day => "on any day".to_owned(),
            Group::Time => "at any time of day".to_owned(),
            Group::Starts => "starting any time".to_owned(),
            Group::OpenNow => "open or not".to_owned(),
            Group::Cost => "at any price".to_owned(),
            Group::Language => "in any language".to_owned(),
            Group::Mode => "held any way".to_owned(),
            Group::Level => "at any level".to_owned(),
            Group::Audience | Group::Age => "for anyone".to_owned(),
        }
    },
    directions: "Directions",
    open_in_maps: "Open in a map app",
    open_street_map: "OpenStreetMap",
    actions_heading: "Keep it, share it",
    add_series_to_calendar: "Add all sessions to my calendar",
    add_next_to_calendar: "Add the next session to my calendar",
    calendar_file_name: "calendar",
    share: "Share",
    read_aloud: "Read aloud",
    read_aloud_named: |title| format!("Read aloud: {title}"),
    spoken: |title, summary, place| format!("{title}. {summary} Where: {place}."),
    link_copied: "Link copied. Paste it in a message to share it.",
    share_failed: "Sharing did not work. Copy the address from the address bar.",
    report_problem: "Report a problem with this entry",
    report_subject: |title| format!("Problem with \"{title}\""),
    report_body: |id, title, url| {
        format!("Entry: {title}\nId: {id}\nPage: {url}\n\nWhat is wrong:\n")
    },
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

/// "First and third Thursday of the month, 10:00–11:00"; "Last weekday of the
/// month, …" for Monday to Friday; "Last of the month's Saturdays and Sundays, …".
fn monthly_slot_en(nth: &[i8], days: &[Weekday], times: &str) -> String {
    let ordinal = |n: i8| match n {
        1 => "first".to_owned(),
        2 => "second".to_owned(),
        3 => "third".to_owned(),
        4 => "fourth".to_owned(),
        5 => "fifth".to_owned(),
        -1 => "last".to_owned(),
        -2 => "second to last".to_owned(),
        n if n < 0 => format!("{} from the end", -n),
        n => format!("number {n}"),
    };
    let ordinals: Vec<String> = nth.iter().map(|&n| ordinal(n)).collect();
    let which = (EN.and_list)(&ordinals);
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    let mut line = match days {
        [day] => format!("{which} {} of the month", (EN.weekday)(*day)),
        _ if days.len() == 5 && weekdays.iter().all(|d| days.contains(d)) => {
            format!("{which} weekday of the month")
        }
        _ => {
            let plural: Vec<String> = days
                .iter()
                .map(|&d| (EN.weekdays_plural)(d).to_owned())
                .collect();
            format!("{which} of the month's {}", (EN.and_list)(&plural))
        }
    };
    if let Some(first) = line.get(..1) {
        line = format!(
            "{}{}",
            first.to_uppercase(),
            line.get(1..).unwrap_or_default()
        );
    }
    format!("{line}, {times}")
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
        assert_eq!((EN.max_price)(None), "Most I can pay (€)");
        assert_eq!((EN.max_price)(Some("GBP")), "Most I can pay (£)");
        assert_eq!((EN.max_price)(Some("CHF")), "Most I can pay (CHF)");
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!((EN.and_list)(&items(&["a"])), "a");
        assert_eq!((EN.and_list)(&items(&["a", "b", "c"])), "a, b and c");
        assert_eq!((EN.language)("ga"), "Irish");
        assert_eq!((EN.language)("xx"), "XX");
    }

    /// An option beside a ticked one says what it adds, in sight and in speech.
    #[test]
    fn english_added_counts() {
        assert_eq!((EN.with_count)("Music", 4), "Music (4)");
        assert_eq!((EN.with_added)("Music", 55), "Music (+55)");
        assert_eq!(
            (EN.with_added_spoken)("Music", 55),
            "Music, adds 55 results"
        );
        assert_eq!((EN.with_added_spoken)("Music", 1), "Music, adds 1 result");
    }

    /// Counts use the singular for one.
    #[test]
    fn english_result_counts() {
        assert_eq!((EN.results_count)(0), "No results");
        assert_eq!((EN.results_count)(1), "1 result");
        assert_eq!((EN.results_count)(42), "42 results");
        assert_eq!((EN.show_results)(1), "Show 1 result");
        assert_eq!((EN.show_results)(0), "Show 0 results");
        assert_eq!((EN.filters_button)(0), "Filters");
        assert_eq!((EN.filters_button)(2), "Filters (2)");
    }
}
