//! Every interface string, in one place.
//!
//! Each language is one [`Messages`] value. The struct has no defaults, so a new
//! string cannot be added without giving it in every language, and wording that
//! depends on a number (plurals, distances) is a function of that language.
//! Nothing outside this module writes interface text.

use learnlocal_core::Kind;

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

    /// Counts use the singular for one.
    #[test]
    fn english_result_counts() {
        assert_eq!((EN.results_count)(0), "No results");
        assert_eq!((EN.results_count)(1), "1 result");
        assert_eq!((EN.results_count)(42), "42 results");
    }
}
