//! Every interface string, through one mechanism: the message files in
//! `locales/` (a subset of Project Fluent's `.ftl`, read by `learnlocal-l10n`).
//!
//! [`Messages`] has one method per message, so the views pass typed values and
//! never join words themselves; each method names its message id once, here,
//! and `cargo xtask locales` checks that every id is in every file and used.
//! English is built into the app and stands in for any message a translation
//! lacks; the other languages are loaded when chosen (`crate::language`).
//! Nothing outside this module writes interface text.

use std::cell::Cell;

use learnlocal_core::filter::{AccessNeed, Radius, Sort, StartsWithin};
use learnlocal_core::insight::table::Breakdown;
use learnlocal_core::insight::{CostKind, GapKind, Need, TimeOfDay};
use learnlocal_core::opportunity::{Audience, JoinMethod, Level, Mode, SessionAccess};
use learnlocal_core::schedule::PartOfDay;
use learnlocal_core::search::Group;
use learnlocal_core::time::{Date, Time, Weekday};
use learnlocal_core::{Kind, VenueAccess};
use learnlocal_l10n::{Arg, Bundle};

/// The English message file, the reference for the others (without its
/// comments: `build.rs`).
pub const ENGLISH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// The coordinators' page's own English messages (`build.rs`), built only into
/// that page's wasm: nothing of the finder names it.
pub const COORDINATORS_ENGLISH: &str =
    include_str!(concat!(env!("OUT_DIR"), "/en-coordinators.ftl"));

/// The interface text of one language.
pub struct Messages {
    bundle: Bundle,
    /// Where a message this language lacks is taken from (English).
    fallback: Option<&'static Messages>,
}

thread_local! {
    static ENGLISH: &'static Messages = Box::leak(Box::new(Messages {
        bundle: Bundle::new("en", ENGLISH_SOURCE).0,
        fallback: None,
    }));
    static CURRENT: Cell<Option<&'static Messages>> = const { Cell::new(None) };
    /// English messages a page adds to the finder's ([`add_english`]).
    static MORE_ENGLISH: Cell<Option<&'static Bundle>> = const { Cell::new(None) };
}

/// Adds a page's own English messages behind every language's, for a page
/// built with messages the finder does not carry (the coordinators' page).
pub fn add_english(source: &str) {
    let bundle: &'static Bundle = Box::leak(Box::new(Bundle::new("en", source).0));
    MORE_ENGLISH.with(|c| c.set(Some(bundle)));
}

/// The messages of the interface's current language.
pub fn t() -> &'static Messages {
    CURRENT.with(Cell::get).unwrap_or_else(english)
}

/// The English messages.
pub fn english() -> &'static Messages {
    ENGLISH.with(|m| *m)
}

/// Makes `messages` the interface's language (the app then draws itself again).
pub fn set_current(messages: &'static Messages) {
    CURRENT.with(|c| c.set(Some(messages)));
}

impl Messages {
    /// The messages of language `lang` from its file's text; English fills in
    /// whatever the file lacks or cannot be read. Kept for the page's life.
    pub fn leak(lang: &str, source: &str) -> &'static Messages {
        let (bundle, _) = Bundle::new(lang, source);
        Box::leak(Box::new(Messages {
            bundle,
            fallback: Some(english()),
        }))
    }

    /// BCP 47 tag for the `lang` attribute.
    pub fn lang(&self) -> &str {
        self.bundle.lang()
    }

    /// Text direction for the `dir` attribute: "ltr" or "rtl".
    pub fn dir(&self) -> &'static str {
        if self.bundle.is_rtl() { "rtl" } else { "ltr" }
    }

    /// A message without arguments.
    fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with its arguments, from this language, else English, else its id.
    fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.bundle
            .format(id, args)
            .or_else(|| self.fallback.and_then(|f| f.bundle.format(id, args)))
            .or_else(|| {
                MORE_ENGLISH
                    .with(Cell::get)
                    .and_then(|b| b.format(id, args))
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// A message whose only argument is the count `$n`.
    fn count(&self, id: &str, n: usize) -> String {
        self.format(id, &[("n", int(n))])
    }

    /// A message whose only argument is the text `$name`.
    fn with(&self, id: &str, name: &str, value: &str) -> String {
        self.format(id, &[(name, Arg::Str(value))])
    }
}

fn int(n: usize) -> Arg<'static> {
    Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// Messages without arguments: one method each.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident => $id:literal,)*) => {
        impl Messages {
            $(
                $(#[$doc])*
                pub fn $name(&self) -> String {
                    self.text($id)
                }
            )*
        }
    };
}

texts! {
    /// The product name.
    app_name => "app-name",
    /// What the product does, under its name.
    tagline => "tagline",
    /// Title of the finder page's browser tab.
    finder_title => "finder-title",
    /// Heading of the finder page.
    finder_heading => "finder-heading",
    /// Shown when the catalogue holds example records.
    demonstration_notice => "demonstration-notice",
    /// Label of the menu that changes the interface's language.
    interface_language => "interface-language",
    /// The skip link at the top of the finder, to the results.
    skip_to_results => "skip-to-results",
    /// The skip link at the top of other pages, to the main content.
    skip_to_main => "skip-to-main",
    /// While the catalogue loads.
    loading => "loading",
    /// Heading when the catalogue cannot be loaded.
    load_failed => "load-failed",
    /// The network could not be reached.
    load_failed_network => "load-failed-network",
    /// The catalogue file is damaged.
    load_failed_malformed => "load-failed-malformed",
    /// Introduces the technical detail, for the catalogue keeper.
    details_label => "details-label",
    /// The retry button.
    try_again => "try-again",
    part_loading => "part-loading",
    part_failed => "part-failed",
    /// Heading when a detail page's id is not in the catalogue.
    not_found => "not-found",
    /// Explanation under [`Messages::not_found`].
    not_found_hint => "not-found-hint",
    /// The notice when the catalogue has mistakes but no record was left out.
    catalogue_has_problems => "catalogue-has-problems",
    /// Summary of the problem list for keepers.
    problems_summary => "problems-summary",
    /// Label of the search box.
    search_label => "search-label",
    /// Hint under the search box.
    search_hint => "search-hint",
    /// Heading of the results.
    results_heading => "results-heading",
    /// The empty state's heading.
    no_results_heading => "no-results-heading",
    /// The button that reads a result or an opportunity aloud.
    read_aloud => "read-aloud",
    /// Legend of the location controls.
    where_legend => "where-legend",
    /// The geolocation button.
    use_my_location => "use-my-location",
    /// While the browser finds the position.
    locating => "locating",
    /// The person refused to share their position.
    location_denied => "location-denied",
    /// The position could not be found.
    location_unavailable => "location-unavailable",
    /// Finding the position took too long.
    location_timeout => "location-timeout",
    /// The page is not served securely, so browsers refuse geolocation.
    location_insecure => "location-insecure",
    /// Shown while measuring from the device's position.
    measuring_from_you => "measuring-from-you",
    /// A shared link says "near me" but the position is not known yet.
    location_needed => "location-needed",
    /// Label of the place field.
    place_label => "place-label",
    /// Hint under the place field.
    place_hint => "place-hint",
    /// Label of the list of place suggestions.
    place_suggestions => "place-suggestions",
    /// No place matches what was typed.
    place_unknown => "place-unknown",
    /// Label of the radius choice.
    radius_label => "radius-label",
    /// The checkbox that includes online-only results.
    include_online => "include-online",
    /// Heading of the filters.
    filters_heading => "filters-heading",
    /// The button that closes the filters sheet.
    close_filters => "close-filters",
    /// The list of filters that are on, above the results.
    filters_on => "filters-on",
    /// A chip for "Include online" unticked.
    online_left_out => "online-left-out",
    /// Legend of the skills group.
    skills_legend => "skills-legend",
    /// Legend of the kinds group.
    kinds_legend => "kinds-legend",
    /// Legend of the access group.
    access_legend => "access-legend",
    /// Hint under the access group.
    access_hint => "access-hint",
    /// Legend of the days group.
    days_legend => "days-legend",
    /// Legend of the time-of-day group.
    times_legend => "times-legend",
    /// Legend of the "starting" group.
    starts_legend => "starts-legend",
    /// The open-now checkbox.
    open_now => "open-now",
    /// Legend of the cost group.
    cost_legend => "cost-legend",
    /// The free-only checkbox.
    free_only => "free-only",
    /// Legend of the language group.
    languages_legend => "languages-legend",
    /// Legend of the mode group.
    modes_legend => "modes-legend",
    /// Legend of the level group.
    levels_legend => "levels-legend",
    /// Legend of the audience group.
    audiences_legend => "audiences-legend",
    /// Label of the age field.
    age_label => "age-label",
    /// The clear-all button.
    clear_all => "clear-all",
    /// Label of the sort choice.
    sort_label => "sort-label",
    /// Link from a detail page to the list it came from.
    back_to_results => "back-to-results",
    /// Detail page label of the kind.
    label_kind => "label-kind",
    /// Detail page label of the skills.
    label_skills => "label-skills",
    /// Detail page label of the venue.
    label_venue => "label-venue",
    /// Detail page label of the distance.
    label_distance => "label-distance",
    /// Detail page label of the provider.
    label_provider => "label-provider",
    /// Detail page label of the web link.
    label_website => "label-website",
    /// Detail page heading of the long description.
    label_about => "label-about",
    /// Detail page label of the level.
    label_level => "label-level",
    /// Detail page label of the audience.
    label_audience => "label-audience",
    /// Detail page label of the age range.
    label_age => "label-age",
    /// Detail page label of the languages.
    label_languages => "label-languages",
    /// Detail page label of the delivery mode.
    label_mode => "label-mode",
    /// Detail page heading of the schedule.
    label_when => "label-when",
    /// Detail page label of the next sessions.
    label_next_sessions => "label-next-sessions",
    /// Detail page label of the cost.
    label_cost => "label-cost",
    /// Detail page label of the session's own accessibility.
    label_session_access => "label-session-access",
    /// Detail page label of the venue's accessibility.
    label_venue_access => "label-venue-access",
    /// Detail page label of the venue's opening hours.
    label_opening_hours => "label-opening-hours",
    /// Detail page heading of how to take part.
    label_how_to_join => "label-how-to-join",
    /// Detail page label of the phone number.
    label_phone => "label-phone",
    /// Detail page label of the email address.
    label_email => "label-email",
    /// Detail page label of the booking page.
    label_booking_page => "label-booking-page",
    /// Detail page label of the last check date.
    label_verified => "label-verified",
    /// Detail page label of the record's source.
    label_source => "label-source",
    /// Shown where a venue is missing because the opportunity is online.
    online_only => "online-only",
    /// Shown when the record has no schedule.
    schedule_ask => "schedule-ask",
    /// Shown when the schedule has no future session.
    no_upcoming_sessions => "no-upcoming-sessions",
    /// Shown when cost is not given.
    cost_unknown => "cost-unknown",
    /// "Free".
    free => "free",
    /// The directions links' label.
    directions => "directions",
    /// The map app link.
    open_in_maps => "open-in-maps",
    /// The OpenStreetMap link.
    open_street_map => "open-street-map",
    /// Heading of the actions on a detail page.
    actions_heading => "actions-heading",
    /// Download the whole series as .ics.
    add_series_to_calendar => "add-series-to-calendar",
    /// Download the next session as .ics.
    add_next_to_calendar => "add-next-to-calendar",
    /// The calendar file's name when the entry's title gives none (no ".ics").
    calendar_file_name => "calendar-file-name",
    /// The share button.
    share => "share",
    /// After copying the link.
    link_copied => "link-copied",
    /// When neither sharing nor copying works.
    share_failed => "share-failed",
    /// The report link.
    report_problem => "report-problem",
}

/// Messages with arguments, and the names of the model's values.
impl Messages {
    /// "N results", announced when it changes.
    pub fn results_count(&self, n: usize) -> String {
        self.count("results-count", n)
    }

    /// The notice that some records could not be shown.
    pub fn records_left_out(&self, n: usize) -> String {
        self.count("records-left-out", n)
    }

    /// A page's title in the browser's tab: "Computer basics – LearnLocal".
    pub fn page_title(&self, page: &str) -> String {
        self.with("page-title", "page", page)
    }

    /// The server answered with an HTTP error status.
    pub fn load_failed_http(&self, status: u16) -> String {
        self.format("load-failed-http", &[("status", Arg::Int(status.into()))])
    }

    /// Where distances are measured from, under the results.
    pub fn distances_from(&self, place: &str) -> String {
        self.with("distances-from", "place", place)
    }

    /// When the catalogue's data is from, its date already written.
    pub fn data_as_of(&self, date: &str) -> String {
        self.with("data-as-of", "date", date)
    }

    /// A formatted distance and the place it is measured from, on a detail page.
    pub fn distance_from_place(&self, distance: &str, place: &str) -> String {
        self.format(
            "distance-from-place",
            &[("distance", Arg::Str(distance)), ("place", Arg::Str(place))],
        )
    }

    /// A distance: whole tens of metres below 1 km, one decimal below 10 km,
    /// whole kilometres beyond ("850 m", "2.3 km", "12 km").
    pub fn distance(&self, metres: f64) -> String {
        if metres < 995.0 {
            let tens = (metres / 10.0).round() * 10.0;
            self.format("distance-metres", &[("n", Arg::Int(tens as i64))])
        } else if metres < 9_950.0 {
            let km = self.bundle.number().decimal(metres / 1000.0, 1);
            self.format("distance-km", &[("n", Arg::Str(&km))])
        } else {
            let km = (metres / 1000.0).round() as i64;
            self.format("distance-km", &[("n", Arg::Int(km))])
        }
    }

    /// A distance and walking time, e.g. "850 m, 11 min walk".
    pub fn distance_and_walk(&self, distance: &str, minutes: u32) -> String {
        self.format(
            "distance-and-walk",
            &[
                ("distance", Arg::Str(distance)),
                ("minutes", Arg::Int(minutes.into())),
            ],
        )
    }

    /// The next session on a card, e.g. "Next: Tue 1 Dec, 18:30".
    pub fn next_session(&self, when: &str) -> String {
        self.with("next-session", "when", when)
    }

    /// The button that shows more results.
    pub fn show_more(&self, n: usize) -> String {
        self.count("show-more", n)
    }

    /// The phone's button that opens the filters, with how many are on.
    pub fn filters_button(&self, n: usize) -> String {
        self.count("filters-button", n)
    }

    /// The button at the foot of the filters sheet: "Show 12 results".
    pub fn show_results(&self, n: usize) -> String {
        self.count("show-results", n)
    }

    /// What a filter chip's button does: "Remove filter: Free only".
    pub fn remove_filter(&self, label: &str) -> String {
        self.with("remove-filter", "label", label)
    }

    /// A chip for a typed value: "Age: 8".
    pub fn field_value(&self, label: &str, value: &str) -> String {
        self.format(
            "field-value",
            &[("label", Arg::Str(label)), ("value", Arg::Str(value))],
        )
    }

    /// An option's label with its count, e.g. "Music (4)".
    pub fn with_count(&self, label: &str, n: usize) -> String {
        self.format("with-count", &[("label", Arg::Str(label)), ("n", int(n))])
    }

    /// An option's label with what ticking it adds, e.g. "Music (+3)".
    pub fn with_added(&self, label: &str, n: usize) -> String {
        self.format("with-added", &[("label", Arg::Str(label)), ("n", int(n))])
    }

    /// The same, as a screen reader says it, e.g. "Music, adds 3 results".
    pub fn with_added_spoken(&self, label: &str, n: usize) -> String {
        self.format(
            "with-added-spoken",
            &[("label", Arg::Str(label)), ("n", int(n))],
        )
    }

    /// The empty state's explanation, naming the filter that removes the most.
    pub fn no_results_because(&self, what: &str) -> String {
        self.with("no-results-because", "what", what)
    }

    /// A widening action: how many it adds and what it relaxes.
    pub fn widen(&self, what: &str, n: usize) -> String {
        self.format("widen", &[("what", Arg::Str(what)), ("n", int(n))])
    }

    /// Its accessible name on a result: the words shown, then the title.
    pub fn read_aloud_named(&self, title: &str) -> String {
        self.with("read-aloud-named", "title", title)
    }

    /// What is read aloud: title, summary and place (or "Online").
    pub fn spoken(&self, title: &str, summary: &str, place: &str) -> String {
        self.format(
            "spoken",
            &[
                ("title", Arg::Str(title)),
                ("summary", Arg::Str(summary)),
                ("place", Arg::Str(place)),
            ],
        )
    }

    /// The report email's subject.
    pub fn report_subject(&self, title: &str) -> String {
        self.with("report-subject", "title", title)
    }

    /// The report email's body.
    pub fn report_body(&self, id: &str, title: &str, url: &str) -> String {
        let mut body = self.format(
            "report-body",
            &[
                ("id", Arg::Str(id)),
                ("title", Arg::Str(title)),
                ("url", Arg::Str(url)),
            ],
        );
        body.push('\n');
        body
    }

    /// A price, e.g. "€40.00", "40,00 €".
    pub fn price(&self, amount: f64, currency: &str) -> String {
        let amount = self.bundle.number().decimal(amount, 2);
        self.format(
            "price",
            &[
                ("amount", Arg::Str(&amount)),
                ("currency", Arg::Str(currency)),
            ],
        )
    }

    /// A price with what it is for: "€40.00 (whole course)".
    pub fn price_for(&self, price: &str, label: &str) -> String {
        self.format(
            "price-for",
            &[("price", Arg::Str(price)), ("label", Arg::Str(label))],
        )
    }

    /// Label of the maximum price field, in the catalogue's currency (the euro
    /// when it names none).
    pub fn max_price(&self, currency: Option<&str>) -> String {
        let symbol = self.with("currency-symbol", "currency", currency.unwrap_or("EUR"));
        self.with("max-price", "symbol", &symbol)
    }

    /// An age range, from optional bounds.
    pub fn age_range(&self, min: Option<u8>, max: Option<u8>) -> String {
        let n = |v: u8| Arg::Int(v.into());
        match (min, max) {
            (Some(min), Some(max)) => {
                self.format("age-from-to", &[("min", n(min)), ("max", n(max))])
            }
            (Some(min), None) => self.format("age-from", &[("min", n(min))]),
            (None, Some(max)) => self.format("age-to", &[("max", n(max))]),
            (None, None) => self.text("age-any"),
        }
    }

    /// A language's name from its ISO 639-1 code; unknown codes in capitals.
    pub fn language(&self, code: &str) -> String {
        let upper = code.to_uppercase();
        self.format(
            "language-name",
            &[("code", Arg::Str(code)), ("upper", Arg::Str(&upper))],
        )
    }

    /// The name of a kind of opportunity.
    pub fn kind(&self, kind: Kind) -> String {
        self.text(match kind {
            Kind::Course => "kind-course",
            Kind::Library => "kind-library",
            Kind::Activity => "kind-activity",
        })
    }

    /// The name of a level.
    pub fn level(&self, level: Level) -> String {
        self.text(match level {
            Level::None => "level-none",
            Level::Beginner => "level-beginner",
            Level::Intermediate => "level-intermediate",
            Level::Advanced => "level-advanced",
        })
    }

    /// The name of an audience.
    pub fn audience(&self, audience: Audience) -> String {
        self.text(match audience {
            Audience::Everyone => "audience-everyone",
            Audience::Adults => "audience-adults",
            Audience::OlderPeople => "audience-older-people",
            Audience::YoungPeople => "audience-young-people",
            Audience::Children => "audience-children",
            Audience::Families => "audience-families",
            Audience::Newcomers => "audience-newcomers",
            Audience::Jobseekers => "audience-jobseekers",
            Audience::Carers => "audience-carers",
        })
    }

    /// The name of a delivery mode.
    pub fn mode(&self, mode: Mode) -> String {
        self.text(match mode {
            Mode::InPerson => "mode-in-person",
            Mode::Online => "mode-online",
            Mode::Blended => "mode-blended",
        })
    }

    /// The name of a session accessibility feature.
    pub fn session_access(&self, access: SessionAccess) -> String {
        self.text(match access {
            SessionAccess::SignLanguage => "access-sign-language",
            SessionAccess::HearingLoop => "access-hearing-loop",
            SessionAccess::Childcare => "access-childcare",
            SessionAccess::Quiet => "access-quiet",
            SessionAccess::CarerFree => "access-carer-free",
            SessionAccess::LargePrint => "access-large-print",
            SessionAccess::EasyRead => "access-easy-read",
        })
    }

    /// The name of a venue accessibility feature.
    pub fn venue_access(&self, access: VenueAccess) -> String {
        self.text(match access {
            VenueAccess::StepFree => "access-step-free",
            VenueAccess::AccessibleToilet => "access-accessible-toilet",
            VenueAccess::AccessibleParking => "access-accessible-parking",
            VenueAccess::PublicTransport => "access-public-transport",
        })
    }

    /// The name of an access need.
    pub fn access_need(&self, need: AccessNeed) -> String {
        match need {
            AccessNeed::Venue(v) => self.venue_access(v),
            AccessNeed::Session(s) => self.session_access(s),
        }
    }

    /// The name of a way to join.
    pub fn join_method(&self, method: JoinMethod) -> String {
        self.text(match method {
            JoinMethod::WalkIn => "join-walk-in",
            JoinMethod::Phone => "join-phone",
            JoinMethod::Email => "join-email",
            JoinMethod::Web => "join-web",
        })
    }

    /// The name of a radius choice.
    pub fn radius(&self, radius: Radius) -> String {
        self.text(match radius {
            Radius::Walk15 => "radius-walk15",
            Radius::Km1 => "radius-km1",
            Radius::Km3 => "radius-km3",
            Radius::Km5 => "radius-km5",
            Radius::Km10 => "radius-km10",
            Radius::Anywhere => "radius-anywhere",
        })
    }

    /// The name of a part of the day.
    pub fn part_of_day(&self, part: PartOfDay) -> String {
        self.text(match part {
            PartOfDay::Morning => "part-of-day-morning",
            PartOfDay::Afternoon => "part-of-day-afternoon",
            PartOfDay::Evening => "part-of-day-evening",
        })
    }

    /// The name of a "starts within" choice.
    pub fn starts(&self, starts: StartsWithin) -> String {
        self.text(match starts {
            StartsWithin::Any => "starts-any",
            StartsWithin::Week => "starts-week",
            StartsWithin::Month => "starts-month",
        })
    }

    /// The name of a sort order.
    pub fn sort(&self, sort: Sort) -> String {
        self.text(match sort {
            Sort::Distance => "sort-distance",
            Sort::Soonest => "sort-soonest",
            Sort::Relevance => "sort-relevance",
            Sort::Title => "sort-title",
        })
    }

    /// A filter group's name in a sentence, e.g. "the distance".
    pub fn filter_name(&self, group: Group) -> String {
        self.text(match group {
            Group::Text => "filter-name-text",
            Group::Distance => "filter-name-distance",
            Group::Online => "filter-name-online",
            Group::Skill => "filter-name-skill",
            Group::Kind => "filter-name-kind",
            Group::Access => "filter-name-access",
            Group::Day => "filter-name-day",
            Group::Time => "filter-name-time",
            Group::Starts => "filter-name-starts",
            Group::OpenNow => "filter-name-open-now",
            Group::Cost => "filter-name-cost",
            Group::Language => "filter-name-language",
            Group::Mode => "filter-name-mode",
            Group::Level => "filter-name-level",
            Group::Audience | Group::Age => "filter-name-audience",
        })
    }

    /// What a widening relaxes, named for the person: "within 3 km".
    pub fn widen_what(&self, group: Group, radius: Radius) -> String {
        self.text(match group {
            Group::Distance => match radius {
                Radius::Anywhere => "widen-distance-anywhere",
                Radius::Walk15 => "widen-distance-walk15",
                Radius::Km1 => "widen-distance-km1",
                Radius::Km3 => "widen-distance-km3",
                Radius::Km5 => "widen-distance-km5",
                Radius::Km10 => "widen-distance-km10",
            },
            Group::Text => "widen-text",
            Group::Online => "widen-online",
            Group::Skill => "widen-skill",
            Group::Kind => "widen-kind",
            Group::Access => "widen-access",
            Group::Day => "widen-day",
            Group::Time => "widen-time",
            Group::Starts => "widen-starts",
            Group::OpenNow => "widen-open-now",
            Group::Cost => "widen-cost",
            Group::Language => "widen-language",
            Group::Mode => "widen-mode",
            Group::Level => "widen-level",
            Group::Audience | Group::Age => "widen-audience",
        })
    }

    /// A weekday's name for a checkbox: "Monday".
    pub fn weekday(&self, day: Weekday) -> String {
        self.text(match day {
            Weekday::Mon => "weekday-mon",
            Weekday::Tue => "weekday-tue",
            Weekday::Wed => "weekday-wed",
            Weekday::Thu => "weekday-thu",
            Weekday::Fri => "weekday-fri",
            Weekday::Sat => "weekday-sat",
            Weekday::Sun => "weekday-sun",
        })
    }

    /// A weekday's name for recurrences: "Mondays".
    pub fn weekdays_plural(&self, day: Weekday) -> String {
        self.text(match day {
            Weekday::Mon => "weekdays-mon",
            Weekday::Tue => "weekdays-tue",
            Weekday::Wed => "weekdays-wed",
            Weekday::Thu => "weekdays-thu",
            Weekday::Fri => "weekdays-fri",
            Weekday::Sat => "weekdays-sat",
            Weekday::Sun => "weekdays-sun",
        })
    }

    /// A date, e.g. "Tue 12 Jan 2027".
    pub fn date(&self, date: Date) -> String {
        let weekday = self.text(match date.weekday() {
            Weekday::Mon => "weekday-short-mon",
            Weekday::Tue => "weekday-short-tue",
            Weekday::Wed => "weekday-short-wed",
            Weekday::Thu => "weekday-short-thu",
            Weekday::Fri => "weekday-short-fri",
            Weekday::Sat => "weekday-short-sat",
            Weekday::Sun => "weekday-short-sun",
        });
        let month = self.text(match date.month() {
            1 => "month-short-1",
            2 => "month-short-2",
            3 => "month-short-3",
            4 => "month-short-4",
            5 => "month-short-5",
            6 => "month-short-6",
            7 => "month-short-7",
            8 => "month-short-8",
            9 => "month-short-9",
            10 => "month-short-10",
            11 => "month-short-11",
            _ => "month-short-12",
        });
        let (day, year) = (date.day().to_string(), date.year().to_string());
        self.format(
            "date",
            &[
                ("weekday", Arg::Str(&weekday)),
                ("day", Arg::Digits(&day)),
                ("month", Arg::Str(&month)),
                ("year", Arg::Digits(&year)),
            ],
        )
    }

    /// A time of day: "18:30".
    pub fn time(&self, time: Time) -> String {
        let (hour, minute) = (
            format!("{:02}", time.hour()),
            format!("{:02}", time.minute()),
        );
        self.format(
            "time",
            &[
                ("hour", Arg::Digits(&hour)),
                ("minute", Arg::Digits(&minute)),
            ],
        )
    }

    /// A time range, e.g. "18:30–20:00".
    pub fn time_range(&self, start: Time, end: Time) -> String {
        let (start, end) = (self.time(start), self.time(end));
        self.format(
            "time-range",
            &[("start", Arg::Str(&start)), ("end", Arg::Str(&end))],
        )
    }

    /// A date and the times on it: "Tue 1 Dec 2026, 18:30–20:00".
    pub fn date_and_times(&self, date: Date, times: &str) -> String {
        let date = self.date(date);
        self.format(
            "date-and-times",
            &[("date", Arg::Str(&date)), ("times", Arg::Str(times))],
        )
    }

    /// A weekly slot: days (already named and joined) and times.
    pub fn weekly_slot(&self, days: &str, times: &str) -> String {
        self.format(
            "weekly-slot",
            &[("days", Arg::Str(days)), ("times", Arg::Str(times))],
        )
    }

    /// "every 2 weeks" for an interval.
    pub fn every_n_weeks(&self, n: u8) -> String {
        self.count("every-n-weeks", n.into())
    }

    /// "every 2 months" for an interval.
    pub fn every_n_months(&self, n: u8) -> String {
        self.count("every-n-months", n.into())
    }

    /// A monthly slot: which of the days in the month (1 the first, -1 the
    /// last), the days, and the times already written: "First and third
    /// Thursday of the month, 10:00–11:00".
    pub fn monthly_slot(&self, nth: &[i8], days: &[Weekday], times: &str) -> String {
        // The weekday's name in messages that choose by it (see en.ftl).
        const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        let agrees_with = if let [day] = days {
            DAYS[usize::from(day.number_from_monday() - 1)]
        } else {
            "several"
        };
        let ordinals: Vec<String> = nth
            .iter()
            .map(|&n| {
                self.format(
                    "monthly-nth",
                    &[
                        ("n", Arg::Int(n.into())),
                        ("weekday", Arg::Str(agrees_with)),
                    ],
                )
            })
            .collect();
        let which = self.and_list(&ordinals);
        let workdays = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ];
        let line = match days {
            [day] => {
                let day = self.weekday(*day);
                self.format(
                    "monthly-slot-day",
                    &[
                        ("which", Arg::Str(&which)),
                        ("day", Arg::Str(&day)),
                        ("times", Arg::Str(times)),
                    ],
                )
            }
            _ if days.len() == 5 && workdays.iter().all(|d| days.contains(d)) => self.format(
                "monthly-slot-weekdays",
                &[("which", Arg::Str(&which)), ("times", Arg::Str(times))],
            ),
            _ => {
                let plural: Vec<String> = days.iter().map(|&d| self.weekdays_plural(d)).collect();
                let days = self.and_list(&plural);
                self.format(
                    "monthly-slot-days",
                    &[
                        ("which", Arg::Str(&which)),
                        ("days", Arg::Str(&days)),
                        ("times", Arg::Str(times)),
                    ],
                )
            }
        };
        capitalise_first(&line)
    }

    /// A date range of a schedule.
    pub fn date_range(&self, start: Option<Date>, end: Option<Date>) -> Option<String> {
        let (start, end) = (start.map(|d| self.date(d)), end.map(|d| self.date(d)));
        Some(match (start.as_deref(), end.as_deref()) {
            (Some(s), Some(e)) => self.format(
                "date-range-from-to",
                &[("start", Arg::Str(s)), ("end", Arg::Str(e))],
            ),
            (Some(s), None) => self.with("date-range-from", "start", s),
            (None, Some(e)) => self.with("date-range-to", "end", e),
            (None, None) => return None,
        })
    }

    /// Dates on which sessions do not happen.
    pub fn except_dates(&self, dates: &str) -> String {
        self.with("except-dates", "dates", dates)
    }

    /// Joins a list for reading: "a, b and c".
    pub fn and_list(&self, items: &[String]) -> String {
        let pair = |id: &str, first: &str, second: &str| {
            self.format(
                id,
                &[("first", Arg::Str(first)), ("second", Arg::Str(second))],
            )
        };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [first, second] => pair("list-pair", first, second),
            [first, middle @ .., last] => {
                let start = middle
                    .iter()
                    .fold(first.clone(), |acc, item| pair("list-middle", &acc, item));
                pair("list-end", &start, last)
            }
        }
    }

    // The map (issue 9): the list / map switch, the map and its controls.

    /// The name of the switch between the list and the map.
    pub fn view_label(&self) -> String {
        self.text("view-label")
    }

    /// The switch's "List".
    pub fn view_list(&self) -> String {
        self.text("view-list")
    }

    /// The switch's "Map".
    pub fn view_map(&self) -> String {
        self.text("view-map")
    }

    /// The map's accessible name.
    pub fn map_label(&self) -> String {
        self.text("map-label")
    }

    /// How to move and zoom the map.
    pub fn map_help(&self) -> String {
        self.text("map-help")
    }

    /// The zoom-in button's name.
    pub fn map_zoom_in(&self) -> String {
        self.text("map-zoom-in")
    }

    /// The zoom-out button's name.
    pub fn map_zoom_out(&self) -> String {
        self.text("map-zoom-out")
    }

    /// The button that searches around the map's centre.
    pub fn map_search_here(&self) -> String {
        self.text("map-search-here")
    }

    /// A venue marker's name: the venue and how many results it has.
    pub fn map_venue(&self, name: &str, results: usize) -> String {
        let results = self.results_count(results);
        self.format(
            "map-venue",
            &[("name", Arg::Str(name)), ("results", Arg::Str(&results))],
        )
    }

    /// A cluster's name: how many places and results it holds.
    pub fn map_cluster(&self, places: usize, results: usize) -> String {
        let places = self.count("map-places", places);
        let results = self.results_count(results);
        self.format(
            "map-cluster",
            &[
                ("places", Arg::Str(&places)),
                ("results", Arg::Str(&results)),
            ],
        )
    }

    /// How many results are online only, so not on the map.
    pub fn map_online(&self, n: usize) -> String {
        self.count("map-online", n)
    }

    /// The hint before a marker is chosen.
    pub fn map_choose(&self) -> String {
        self.text("map-choose")
    }

    /// A point chosen on the map, as the place box names it: near the
    /// neighbourhood given, else plainly the map's centre.
    pub fn map_centre(&self, near: Option<&str>) -> String {
        match near {
            Some(place) => self.with("map-centre-near", "place", place),
            None => self.text("map-centre"),
        }
    }

    /// A count drawn on a map marker, in the language's digits, as its name says it.
    pub fn marker_count(&self, n: usize) -> String {
        self.bundle
            .number()
            .integer(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// A scale bar's round length: whole metres, or whole kilometres from 1 km.
    pub fn scale_length(&self, metres: f64) -> String {
        if metres < 1_000.0 {
            self.format("distance-metres", &[("n", Arg::Int(metres.round() as i64))])
        } else {
            let km = (metres / 1_000.0).round() as i64;
            self.format("distance-km", &[("n", Arg::Int(km))])
        }
    }
}

// Shortlist, notes, compare, hand-off link and print (issue 9) ------------------

texts! {
    /// The save toggle's words when not saved.
    shortlist_save => "shortlist-save",
    /// The save toggle's words when saved.
    shortlist_saved => "shortlist-saved",
    /// Heading and tab title of the shortlist page.
    shortlist_title => "shortlist-title",
    /// Under the heading: where the shortlist is kept.
    shortlist_intro => "shortlist-intro",
    /// The empty shortlist.
    shortlist_empty => "shortlist-empty",
    /// How to save, under the empty shortlist.
    shortlist_empty_hint => "shortlist-empty-hint",
    /// The link from the empty shortlist to the finder.
    shortlist_find => "shortlist-find",
    /// A saved id the catalogue no longer has.
    shortlist_gone => "shortlist-gone",
    /// The visible label of a note's field.
    shortlist_note => "shortlist-note",
    /// Under a note's field.
    shortlist_note_hint => "shortlist-note-hint",
    /// The remove button's words.
    shortlist_remove => "shortlist-remove",
    /// The compare checkbox's words.
    shortlist_pick => "shortlist-pick",
    /// How to compare, beside the compare link when too few or many are ticked.
    shortlist_compare_hint => "shortlist-compare-hint",
    /// Heading of the hand-off section.
    shortlist_share => "shortlist-share",
    /// What the hand-off link carries and who can see it.
    shortlist_share_hint => "shortlist-share-hint",
    /// Label of the field holding the hand-off link.
    shortlist_link_label => "shortlist-link-label",
    /// The copy button.
    shortlist_copy => "shortlist-copy",
    /// After copying.
    shortlist_copied => "shortlist-copied",
    /// When copying fails.
    shortlist_copy_failed => "shortlist-copy-failed",
    /// The accessible name of the hand-off link's QR code.
    shortlist_qr => "shortlist-qr",
    /// When the hand-off link is too long for any QR code.
    shortlist_qr_too_long => "shortlist-qr-too-long",
    /// The print button.
    shortlist_print => "shortlist-print",
    /// Heading of a shortlist opened from a link.
    shared_title => "shared-title",
    /// Under it: read only until saved.
    shared_intro => "shared-intro",
    /// Before a note in a shortlist opened from a link (someone else wrote it).
    shared_note => "shared-note",
    /// The button that saves a shared shortlist on this device.
    shared_save => "shared-save",
    /// A link that carries no shortlist.
    shared_empty => "shared-empty",
    /// Heading and tab title of the compare page.
    compare_title => "compare-title",
    /// When the compare link names fewer than two.
    compare_too_few => "compare-too-few",
    /// The link back to the shortlist.
    compare_back => "compare-back",
    /// The row of access needs met.
    compare_access => "compare-access",
    /// The scrolling table's name.
    compare_table => "compare-table",
}

impl Messages {
    /// The header's link to the shortlist: "Shortlist (3)".
    pub fn shortlist_link(&self, n: usize) -> String {
        self.count("shortlist-link", n)
    }

    /// The count alone, in the language's digits, beside the header's bookmark
    /// on a phone.
    pub fn shortlist_count(&self, n: usize) -> String {
        self.count("shortlist-count", n)
    }

    /// The save toggle's accessible name on a result: "Save: Title".
    pub fn shortlist_save_named(&self, title: &str) -> String {
        self.with("shortlist-save-named", "title", title)
    }

    /// The same once saved: "Saved: Title".
    pub fn shortlist_saved_named(&self, title: &str) -> String {
        self.with("shortlist-saved-named", "title", title)
    }

    /// A note field's accessible name: "Your note: Title".
    pub fn shortlist_note_named(&self, title: &str) -> String {
        self.with("shortlist-note-named", "title", title)
    }

    /// The remove button's accessible name: "Remove: Title".
    pub fn shortlist_remove_named(&self, title: &str) -> String {
        self.with("shortlist-remove-named", "title", title)
    }

    /// The compare checkbox's accessible name: "Compare: Title".
    pub fn shortlist_pick_named(&self, title: &str) -> String {
        self.with("shortlist-pick-named", "title", title)
    }

    /// The link to the compare page with how many are ticked: "Compare (2)".
    pub fn shortlist_compare(&self, n: usize) -> String {
        self.count("shortlist-compare", n)
    }

    /// What saving a shared shortlist does, with how many are saved here now.
    pub fn shared_save_hint(&self, n: usize) -> String {
        self.count("shared-save-hint", n)
    }

    /// How many parts of a shared link could not be read.
    pub fn shared_left_out(&self, n: usize) -> String {
        self.count("shared-left-out", n)
    }

    /// Above the filters' numbers while a sharded catalogue's areas load:
    /// `loaded` of `total` are counted.
    pub fn counts_partial(&self, loaded: usize, total: usize) -> String {
        self.format(
            "counts-partial",
            &[("loaded", int(loaded)), ("total", int(total))],
        )
    }

    /// A save found the shortlist full: it holds at most `max`.
    pub fn shortlist_full(&self, max: usize) -> String {
        self.format("shortlist-full", &[("max", int(max))])
    }

    /// How many notes of a shared link were cut to `max` letters.
    pub fn shared_notes_cut(&self, n: usize, max: usize) -> String {
        self.format("shared-notes-cut", &[("n", int(n)), ("max", int(max))])
    }

    /// How many items of a shared list would not fit this device's shortlist,
    /// which holds at most `max`.
    pub fn shared_no_room(&self, n: usize, max: usize) -> String {
        self.format("shared-no-room", &[("n", int(n)), ("max", int(max))])
    }
}

// QR codes and kiosk mode (issue 9).
texts! {
    /// The summary of the disclosure that shows the detail page's QR code.
    qr_show => "qr-show",
    /// The accessible name of the QR code of the page's link.
    qr_page_label => "qr-page-label",
    /// Beside a QR code: how to use it.
    qr_scan_hint => "qr-scan-hint",
    /// The name of the kiosk's own controls (Back, Start again).
    kiosk_controls => "kiosk-controls",
    /// The kiosk's Back button.
    kiosk_back => "kiosk-back",
    /// The kiosk's button that clears everything for the next person.
    kiosk_start_again => "kiosk-start-again",
    /// The heading of the idle countdown.
    kiosk_idle_title => "kiosk-idle-title",
    /// The button that stops the idle countdown.
    kiosk_still_here => "kiosk-still-here",
    /// On a kiosk, the heading above the page's QR code.
    kiosk_take_it_with_you => "kiosk-take-it-with-you",
    /// On a kiosk, the button that measures from the kiosk's own place.
    kiosk_near_here => "kiosk-near-here",
    /// On a kiosk's shortlist page, above the list's QR code.
    kiosk_scan_list => "kiosk-scan-list",
}

impl Messages {
    /// The idle countdown: the screen starts again in `n` seconds.
    pub fn kiosk_idle_countdown(&self, n: usize) -> String {
        self.count("kiosk-idle-countdown", n)
    }

    /// On a kiosk, the name of the QR code that stands for a link.
    pub fn kiosk_scan_label(&self, link: &str) -> String {
        self.with("kiosk-scan-label", "link", link)
    }
}

// The coordinators' page (issue 13): the finder's footer link, then the page's
// own messages (in `COORDINATORS_ENGLISH`, used only by its wasm).
texts! {
    /// The footer link from the finder to the coordinators' page.
    footer_coordinators => "footer-coordinators",
    /// The coordinators' page's tab title and heading.
    coord_title => "coord-title",
    /// What the page is for, under its heading.
    coord_intro => "coord-intro",
    /// The link back to the finder.
    coord_back => "coord-back",
    /// The heading of the page's choices.
    coord_settings => "coord-settings",
    /// Label of the walk chooser.
    coord_walk_label => "coord-walk-label",
    /// Label of the breakdown chooser.
    coord_by_label => "coord-by-label",
    /// Legend of the gaps that matter.
    coord_matter_legend => "coord-matter-legend",
    /// Hint under the gaps that matter.
    coord_matter_hint => "coord-matter-hint",
    /// The table's column of area names.
    coord_col_area => "coord-col-area",
    /// The table's column of residents.
    coord_col_residents => "coord-col-residents",
    /// The table's column of everything in reach.
    coord_col_total => "coord-col-total",
    /// The table's column of everything in reach per 1,000 residents.
    coord_col_rate => "coord-col-rate",
    /// A population the catalogue does not give.
    coord_not_known => "coord-not-known",
    /// The table's row of online items.
    coord_online_row => "coord-online-row",
    /// Heading of the gaps.
    coord_gaps_heading => "coord-gaps-heading",
    /// Heading of what the figures count.
    coord_counts_heading => "coord-counts-heading",
    /// What is counted.
    coord_counts_what => "coord-counts-what",
    /// Where an item counts.
    coord_counts_where => "coord-counts-where",
    /// An item counts more than once.
    coord_counts_twice => "coord-counts-twice",
    /// Heading of what the figures leave out.
    coord_not_counted_heading => "coord-not-counted-heading",
    /// What the catalogue does not list.
    coord_not_listed => "coord-not-listed",
    /// No item gives a "last checked" date.
    coord_verified_none => "coord-verified-none",
    /// What "about" means.
    coord_estimates => "coord-estimates",
    /// The CSV download button.
    coord_download => "coord-download",
    /// The print button.
    coord_print => "coord-print",
    /// Heading of the map.
    coord_map_heading => "coord-map-heading",
    /// The map's accessible name.
    coord_map_label => "coord-map-label",
    /// Heading of the map's key.
    coord_legend => "coord-legend",
    /// The key's class of areas with nothing.
    coord_legend_none => "coord-legend-none",
}

impl Messages {
    /// A walk chooser's option: "15 minutes", or none.
    pub fn coord_walk(&self, minutes: u32) -> String {
        self.count("coord-walk", minutes as usize)
    }

    /// How near counts: "within a 15 minute walk", or "in the area".
    pub fn coord_reach(&self, minutes: u32) -> String {
        self.format("coord-reach", &[("walk", int(minutes as usize))])
    }

    /// The name of a breakdown.
    pub fn coord_breakdown(&self, by: Breakdown) -> String {
        self.text(match by {
            Breakdown::Skill => "coord-by-skill",
            Breakdown::Access => "coord-by-access",
            Breakdown::Time => "coord-by-time",
            Breakdown::Cost => "coord-by-cost",
            Breakdown::Language => "coord-by-language",
        })
    }

    /// The name of a time of day.
    pub fn coord_time(&self, time: TimeOfDay) -> String {
        self.text(match time {
            TimeOfDay::Daytime => "coord-time-daytime",
            TimeOfDay::Evening => "coord-time-evening",
            TimeOfDay::Weekend => "coord-time-weekend",
            TimeOfDay::NotGiven => "coord-time-not-given",
        })
    }

    /// The name of a cost.
    pub fn coord_cost(&self, cost: CostKind) -> String {
        self.text(match cost {
            CostKind::Free => "coord-cost-free",
            CostKind::Paid => "coord-cost-paid",
            CostKind::Unknown => "coord-cost-unknown",
        })
    }

    /// The name of a need whose absence is a gap.
    pub fn coord_need(&self, need: Need) -> String {
        self.text(match need {
            Need::StepFree => "coord-need-step-free",
            Need::Evening => "coord-need-evening",
            Need::Free => "coord-need-free",
        })
    }

    /// The table's caption, with how near counts.
    pub fn coord_caption(&self, reach: &str) -> String {
        self.with("coord-caption", "reach", reach)
    }

    /// A population marked as an estimate: "about 4,200".
    pub fn coord_about(&self, n: u32) -> String {
        self.count("coord-about", n as usize)
    }

    /// A count: "4,200", in the language's digits.
    pub fn coord_number(&self, n: usize) -> String {
        self.count("coord-legend-one", n)
    }

    /// A figure per 1,000 residents from its hundredths, "about" when the
    /// population is an estimate.
    pub fn coord_per_thousand(&self, hundredths: u64, estimate: bool) -> String {
        let rate = self.bundle.number().decimal(hundredths as f64 / 100.0, 2);
        let id = match estimate {
            true => "coord-per-thousand-about",
            false => "coord-per-thousand",
        };
        self.format(id, &[("rate", Arg::Str(&rate))])
    }

    /// How many gaps, or none.
    pub fn coord_gaps_count(&self, n: usize) -> String {
        self.count("coord-gaps-count", n)
    }

    /// One gap as a sentence: `place` lacks `kind` within `reach`.
    pub fn coord_gap(&self, place: &str, kind: &GapKind, skill: &str, reach: &str) -> String {
        let id = match kind {
            GapKind::Nothing => "coord-gap-nothing",
            GapKind::Need(Need::StepFree) => "coord-gap-step-free",
            GapKind::Need(Need::Evening) => "coord-gap-evening",
            GapKind::Need(Need::Free) => "coord-gap-free",
            GapKind::Skill(_) => "coord-gap-skill",
        };
        self.format(
            id,
            &[
                ("place", Arg::Str(place)),
                ("skill", Arg::Str(skill)),
                ("reach", Arg::Str(reach)),
            ],
        )
    }

    /// The online items, counted apart.
    pub fn coord_online(&self, n: usize) -> String {
        self.count("coord-online", n)
    }

    /// How many have ended.
    pub fn coord_ended(&self, n: usize) -> String {
        self.count("coord-ended", n)
    }

    /// How many are in reach of no area.
    pub fn coord_beyond(&self, n: usize) -> String {
        self.count("coord-beyond", n)
    }

    /// How many give no "last checked" date.
    pub fn coord_undated(&self, n: usize) -> String {
        self.count("coord-undated", n)
    }

    /// The spread of "last checked" dates.
    pub fn coord_verified(&self, oldest: Date, middle: Date, newest: Date) -> String {
        let (oldest, middle, newest) = (self.date(oldest), self.date(middle), self.date(newest));
        self.format(
            "coord-verified",
            &[
                ("oldest", Arg::Str(&oldest)),
                ("middle", Arg::Str(&middle)),
                ("newest", Arg::Str(&newest)),
            ],
        )
    }

    /// A class of the map's key: "1 to 3", or one number.
    pub fn coord_legend_range(&self, from: usize, to: usize) -> String {
        if from == to {
            self.count("coord-legend-one", from)
        } else {
            self.format(
                "coord-legend-range",
                &[("from", int(from)), ("to", int(to))],
            )
        }
    }
}

/// The text with its first letter in capitals (where its script has them).
fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A sharded catalogue (issue 11): the finder's count while its shards load.
impl Messages {
    /// "At least N results. Still looking: 3 of 12 areas loaded."
    pub fn results_loading(&self, n: usize, loaded: usize, total: usize) -> String {
        self.format(
            "results-loading",
            &[
                ("n", int(n)),
                ("loaded", int(loaded)),
                ("total", int(total)),
            ],
        )
    }

    /// "At least N results: some areas could not be loaded."
    pub fn results_partial(&self, n: usize) -> String {
        self.count("results-partial", n)
    }

    /// "At least N results nearby."
    pub fn results_held(&self, n: usize) -> String {
        self.count("results-held", n)
    }

    /// "Look in 40 more areas (12 MB)".
    pub fn areas_load_all(&self, areas: usize, megabytes: u64) -> String {
        self.format(
            "areas-load-all",
            &[
                ("n", int(areas)),
                ("mb", int(usize::try_from(megabytes).unwrap_or(usize::MAX))),
            ],
        )
    }

    /// "Looking for it: 3 of 12 areas searched."
    pub fn looking_for(&self, loaded: usize, total: usize) -> String {
        self.format(
            "looking-for",
            &[("loaded", int(loaded)), ("total", int(total))],
        )
    }
}

texts! {
    /// Button: load the areas that failed again.
    areas_retry => "areas-retry",
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Messages {
        english()
    }

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
            assert_eq!(en().distance(metres), expected, "{metres} m");
        }
    }

    /// Dates, prices and lists read naturally.
    #[test]
    fn english_dates_prices_lists() {
        let en = en();
        assert_eq!(en.date(Date::new(2027, 1, 12).unwrap()), "Tue 12 Jan 2027");
        assert_eq!(en.price(40.0, "EUR"), "€40.00");
        assert_eq!(en.price(5.5, "CHF"), "5.50 CHF");
        assert_eq!(en.price(1234.5, "GBP"), "£1,234.50");
        assert_eq!(en.max_price(None), "Most I can pay (€)");
        assert_eq!(en.max_price(Some("GBP")), "Most I can pay (£)");
        assert_eq!(en.max_price(Some("CHF")), "Most I can pay (CHF)");
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(en.and_list(&items(&[])), "");
        assert_eq!(en.and_list(&items(&["a"])), "a");
        assert_eq!(en.and_list(&items(&["a", "b"])), "a and b");
        assert_eq!(en.and_list(&items(&["a", "b", "c", "d"])), "a, b, c and d");
        assert_eq!(en.language("ga"), "Irish");
        assert_eq!(en.language("xx"), "XX");
        assert_eq!(en.time(Time::new(9, 5).unwrap()), "09:05");
        assert_eq!(en.age_range(Some(8), Some(12)), "8 to 12");
        assert_eq!(en.age_range(None, None), "Any age");
    }

    /// An option beside a ticked one says what it adds, in sight and in speech.
    #[test]
    fn english_added_counts() {
        let en = en();
        assert_eq!(en.with_count("Music", 4), "Music (4)");
        assert_eq!(en.with_added("Music", 55), "Music (+55)");
        assert_eq!(en.with_added_spoken("Music", 55), "Music, adds 55 results");
        assert_eq!(en.with_added_spoken("Music", 1), "Music, adds 1 result");
    }

    /// Counts use the singular for one.
    #[test]
    fn english_result_counts() {
        let en = en();
        assert_eq!(en.results_count(0), "No results");
        assert_eq!(en.results_count(1), "1 result");
        assert_eq!(en.results_count(42), "42 results");
        assert_eq!(en.results_count(1200), "1,200 results");
        assert_eq!(en.show_results(1), "Show 1 result");
        assert_eq!(en.show_results(0), "Show 0 results");
        assert_eq!(en.filters_button(0), "Filters");
        assert_eq!(en.filters_button(2), "Filters (2)");
    }

    /// Monthly slots read as days of the month, with a capital first letter.
    #[test]
    fn english_monthly_slots() {
        let en = en();
        assert_eq!(
            en.monthly_slot(&[1, 3], &[Weekday::Thu], "10:00–11:30"),
            "First and third Thursday of the month, 10:00–11:30"
        );
        assert_eq!(
            en.monthly_slot(
                &[-1],
                &[
                    Weekday::Mon,
                    Weekday::Tue,
                    Weekday::Wed,
                    Weekday::Thu,
                    Weekday::Fri
                ],
                "9:00"
            ),
            "Last weekday of the month, 9:00"
        );
        assert_eq!(
            en.monthly_slot(&[-1], &[Weekday::Sat, Weekday::Sun], "x"),
            "Last of the month's Saturdays and Sundays, x"
        );
        assert_eq!(en.every_n_weeks(2), "every 2 weeks");
    }

    /// A translation speaks its own language, with its plurals and its
    /// numbers, and English fills in what it lacks.
    #[test]
    fn a_translation_with_english_behind_it() {
        let pl = Messages::leak(
            "pl",
            "-decimal-separator = ,\nresults-count = { $n ->\n  [one] { $n } wynik\n  [few] { $n } wyniki\n *[many] { $n } wyników\n}\ndistance-km = { $n } km\n",
        );
        assert_eq!(pl.results_count(3), "3 wyniki");
        assert_eq!(pl.results_count(5), "5 wyników");
        assert_eq!(pl.distance(2_349.0), "2,3 km");
        assert_eq!(pl.free(), "Free");
        assert_eq!(pl.lang(), "pl");
        assert_eq!(pl.dir(), "ltr");
        assert_eq!(Messages::leak("ar", "").dir(), "rtl");
    }

    /// The coordinators' page says its gaps and figures in whole English
    /// sentences, from its own messages added behind the finder's.
    #[test]
    fn english_coordinators_sentences() {
        add_english(COORDINATORS_ENGLISH);
        let en = en();
        let reach = en.coord_reach(15);
        assert_eq!(reach, "within a 15 minute walk");
        assert_eq!(en.coord_reach(0), "in the area");
        assert_eq!(
            en.coord_gap("Mayfield", &GapKind::Need(Need::Free), "", &reach),
            "Mayfield: nothing free within a 15 minute walk."
        );
        assert_eq!(
            en.coord_gap(
                "Mayfield",
                &GapKind::Skill("digital".into()),
                "Computers",
                &reach
            ),
            "Mayfield: nothing for Computers within a 15 minute walk."
        );
        assert_eq!(
            en.coord_gaps_count(0),
            "No gaps: every area has what matters near it."
        );
        assert_eq!(en.coord_walk(1), "1 minute");
        assert_eq!(en.coord_about(12_000), "about 12,000");
        assert_eq!(en.coord_per_thousand(50, true), "about 0.50 per 1,000");
        assert_eq!(en.coord_per_thousand(1_234, false), "12.34 per 1,000");
        assert_eq!(en.coord_legend_range(1, 5), "1 to 5");
        assert_eq!(en.coord_legend_range(4, 4), "4");
    }

    /// The English messages read without a mistake.
    #[test]
    fn english_reads_cleanly() {
        for source in [ENGLISH_SOURCE, COORDINATORS_ENGLISH] {
            let (_, errors) = Bundle::new("en", source);
            assert!(errors.is_empty(), "{errors:?}");
        }
        assert!(COORDINATORS_ENGLISH.contains("coord-title"));
        assert!(!ENGLISH_SOURCE.contains("coord-title"));
    }
}
