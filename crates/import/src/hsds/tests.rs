//! Tests of the HSDS importer against the real HSDS 3.0 examples (read in place
//! from the shared fixtures) and small records written here for the cases the
//! examples do not cover.

use super::*;
use crate::LeftOutReason;
use learnlocal_core::catalogue::{LatLon, Neighbourhood, Skill, Venue, VenueAccess};
use learnlocal_core::opportunity::{JoinMethod, Kind, Mode, Opportunity, Price, SessionAccess};
use learnlocal_core::problem::{Place, Problem, Severity};
use learnlocal_core::schedule::WeeklySlot;
use learnlocal_core::time::{Date, Time, Weekday};
use learnlocal_core::tz::TimeZone;
use serde_json::{Value, json};

/// The HSDS 3.0 examples.
const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/hsds-3.0/"
);

/// The example service's id and its location's id.
const SERVICE_ID: &str = "ac148810-d857-441c-9679-408f346de14b";
const LOCATION_ID: &str = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";

/// Where the test catalogue knows a place with the example's postcode.
const KNOWN: LatLon = LatLon {
    lat: 51.8985,
    lon: -8.4756,
};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}{name}")).expect("HSDS fixture")
}

/// Every table of the example tabular package, by file name.
fn package() -> BTreeMap<String, String> {
    std::fs::read_dir(format!("{FIXTURES}csv"))
        .expect("HSDS csv folder")
        .map(|entry| {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&path).expect("table"))
        })
        .collect()
}

fn time(text: &str) -> Time {
    Time::parse(text).expect("test time")
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("test date")
}

/// A catalogue at UTC+3 (the example schedules' `timezone`, so their times stay
/// as written) that knows a place with the example location's postcode.
fn located() -> ImportContext {
    ImportContext {
        zone: TimeZone::parse_posix("<+03>-3").expect("zone"),
        source: "HSDS example".to_owned(),
        venues: vec![Venue {
            id: "civic".to_owned(),
            name: "Civic Centre".to_owned(),
            address: None,
            postcode: Some("abc1234".to_owned()),
            neighbourhood: None,
            location: KNOWN,
            accessibility: vec![],
            opening_hours: vec![],
            url: None,
            phone: None,
        }],
        ..ImportContext::default()
    }
}

/// Thursdays and Fridays, 10:00 to 18:00: the example schedule.
fn thursday_friday() -> Vec<WeeklySlot> {
    vec![WeeklySlot {
        days: vec![Weekday::Thu, Weekday::Fri],
        start: time("10:00"),
        end: time("18:00"),
    }]
}

fn only(import: &Import) -> &Opportunity {
    assert_eq!(import.opportunities.len(), 1, "{:#?}", import.problems);
    &import.opportunities[0]
}

fn warnings_on<'a>(import: &'a Import, field: &str) -> Vec<&'a Problem> {
    import
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning && p.field.as_deref() == Some(field))
        .collect()
}

fn left_out(import: &Import) -> Vec<(Place, LeftOutReason)> {
    import
        .left_out
        .iter()
        .map(|l| (l.place.clone(), l.reason))
        .collect()
}

fn record(index: usize, name: &str) -> Place {
    Place::Record {
        index,
        name: Some(name.to_owned()),
    }
}

fn row(line: usize, name: &str) -> Place {
    Place::Row {
        line,
        name: Some(name.to_owned()),
    }
}

/// The full example service maps every field the catalogue has: title, summary,
/// provider, languages, cost, schedule, access, booking, dates, and its venue.
#[test]
fn full_service_json_maps_every_field() {
    let ctx = ImportContext {
        // The example's taxonomy term is a placeholder called "name".
        skills: vec![Skill {
            id: "wellbeing".to_owned(),
            label: "Name".to_owned(),
            ..Skill::default()
        }],
        ..located()
    };
    let import = read_json(&fixture("service_full.json"), &ctx);
    assert!(import.left_out.is_empty(), "{:#?}", import.problems);
    let o = only(&import);
    assert_eq!(o.id, format!("hsds-{SERVICE_ID}-{LOCATION_ID}"));
    assert_eq!(o.title, "Community Counselling");
    assert_eq!(o.kind, Kind::Activity);
    assert_eq!(
        o.summary,
        "Counselling Services provided by trained professionals."
    );
    assert!(
        o.description
            .as_deref()
            .is_some_and(|d| d.ends_with("difficult life events and circumstances."))
    );
    let provider = o.provider.as_ref().expect("provider");
    assert_eq!(provider.name, "Example Organization Inc.");
    assert_eq!(provider.url.as_deref(), Some("http://example.com"));
    assert_eq!(provider.email.as_deref(), Some("email@example.com"));
    // The example writes the number inside quotes; they are not part of it.
    assert_eq!(provider.phone.as_deref(), Some("+44 1234 234567"));
    assert_eq!(o.skills, vec!["wellbeing"]);
    assert_eq!(o.languages, vec!["ur"]);
    assert_eq!(o.mode, Mode::InPerson);
    assert_eq!(
        o.cost.prices,
        vec![Price {
            amount: 35.0,
            currency: "GBP".to_owned(),
            label: Some("Under 18s and Over 60s (per 1 hour session)".to_owned()),
        }]
    );
    assert!(!o.cost.free);
    assert_eq!(o.cost.concessions.len(), 1);
    assert!(o.cost.concessions[0].contains("The current rate is £50 per hour."));
    assert_eq!(o.schedule.weekly, thursday_friday());
    assert_eq!(o.schedule.start_date, Some(date("2005-01-01")));
    assert_eq!(o.schedule.end_date, Some(date("2005-01-01")));
    assert_eq!(o.schedule.interval_weeks, 1);
    // "Induction loops" in the location's accessibility note.
    assert_eq!(o.access, vec![SessionAccess::HearingLoop]);
    assert_eq!(
        o.booking.how,
        vec![JoinMethod::Phone, JoinMethod::Email, JoinMethod::Web]
    );
    assert_eq!(o.booking.phone.as_deref(), Some("+44 1234 234567"));
    assert_eq!(o.booking.email.as_deref(), Some("email@example.com"));
    assert_eq!(
        o.booking.url.as_deref(),
        Some("http://example.com/counselling")
    );
    let note = o.booking.note.as_deref().expect("note");
    assert!(
        note.starts_with("If you are an NHS patient please ask your GP"),
        "{note}"
    );
    assert!(
        note.ends_with("to arrange an appointment. Phone extension 100."),
        "{note}"
    );
    // The later of `last_modified` 2023-03-15T10:30:45.123Z and `assured_date` 2005-01-01.
    assert_eq!(o.verified, Some(date("2023-03-15")));
    assert_eq!(o.age.map(|a| (a.min, a.max)), Some((Some(12), Some(100))));
    assert_eq!(o.source.as_deref(), Some("HSDS example"));
    assert_eq!(
        o.venue.as_deref(),
        Some(format!("hsds-{LOCATION_ID}").as_str())
    );

    assert_eq!(import.venues.len(), 1);
    let venue = &import.venues[0];
    assert_eq!(venue.id, format!("hsds-{LOCATION_ID}"));
    assert_eq!(venue.name, "MyCity Civic Center");
    assert_eq!(
        venue.address.as_deref(),
        Some("1-30 Main Street, MyVillage, MyCity")
    );
    assert_eq!(venue.postcode.as_deref(), Some("ABC 1234"));
    // Latitude 100 is impossible, so the place is found by its postcode.
    assert_eq!(venue.location, KNOWN);
    // "Wheelchair access is possible on all levels"; "the number 1 Bus".
    assert_eq!(
        venue.accessibility,
        vec![VenueAccess::StepFree, VenueAccess::PublicTransport]
    );
    assert_eq!(venue.opening_hours, thursday_friday());
    assert_eq!(venue.phone.as_deref(), Some("+44 1234 234567"));

    let placed = warnings_on(&import, "service_at_locations[0].location.latitude");
    assert_eq!(placed.len(), 1);
    assert_eq!(
        placed[0].message,
        "latitude 100 is not between -90 and 90; the location is placed at 51.89850, -8.47560, found by its name or postcode"
    );
    let never = warnings_on(&import, "service_at_locations[0].schedules[0].byday");
    assert_eq!(
        never.iter().map(|p| p.message.as_str()).collect::<Vec<_>>(),
        vec![
            "the schedule gives no session: it runs from 2005-01-01 to 2005-01-01, and none of its days (th, fr 10:00–18:00) falls in that time"
        ]
    );
    assert_eq!(
        warnings_on(&import, "service_at_locations[0].schedules[0].byweekno").len(),
        1
    );
}

/// With valid coordinates in the data, the venue is where the data says, and no
/// placement warning is given.
#[test]
fn coordinates_from_the_data_place_the_venue() {
    let text = fixture("service_full.json")
        .replace("\"latitude\": 100,", "\"latitude\": 51.8972,")
        .replace("\"longitude\": 101,", "\"longitude\": -8.4701,");
    let import = read_json(&text, &ImportContext::default());
    assert!(import.left_out.is_empty(), "{:#?}", import.problems);
    assert_eq!(
        import.venues[0].location,
        LatLon {
            lat: 51.8972,
            lon: -8.4701
        }
    );
    assert!(warnings_on(&import, "service_at_locations[0].location.latitude").is_empty());
}

/// The example schedules say `timezone` 3: in a UTC catalogue their 10:00 to 18:00
/// becomes 07:00 to 15:00, with a warning saying so.
#[test]
fn schedule_times_convert_from_the_offset() {
    let ctx = ImportContext {
        zone: TimeZone::utc(),
        ..located()
    };
    let import = read_json(&fixture("service_full.json"), &ctx);
    let o = only(&import);
    assert_eq!(
        o.schedule.weekly,
        vec![WeeklySlot {
            days: vec![Weekday::Thu, Weekday::Fri],
            start: time("07:00"),
            end: time("15:00"),
        }]
    );
    let converted = warnings_on(&import, "service_at_locations[0].schedules[0].timezone");
    assert_eq!(
        converted[0].message,
        "the times are at UTC+3 (from `timezone`), so they were converted to the catalogue's time: th, fr 10:00–18:00 became th, fr 07:00–15:00"
    );
}

/// The tabular package gives the service with the same values as the JSON, with
/// problems naming each table and row.
#[test]
fn tabular_package_maps_the_service() {
    let import = read_tabular(&package(), &located());
    assert!(import.left_out.is_empty(), "{:#?}", import.problems);
    let o = only(&import);
    assert_eq!(o.id, format!("hsds-{SERVICE_ID}-{LOCATION_ID}"));
    assert_eq!(o.title, "Community Counselling");
    assert_eq!(
        o.provider.as_ref().map(|p| p.name.as_str()),
        Some("Example Organization Inc.")
    );
    assert_eq!(o.languages, vec!["ur"]);
    assert_eq!(
        o.cost
            .prices
            .iter()
            .map(|p| (p.amount, p.currency.as_str()))
            .collect::<Vec<_>>(),
        vec![(35.0, "GBP")]
    );
    assert_eq!(o.schedule.weekly, thursday_friday());
    assert_eq!(o.access, vec![SessionAccess::HearingLoop]);
    // The package's one attribute links to no record, so no category reaches it.
    assert!(o.skills.is_empty());
    let venue = &import.venues[0];
    assert_eq!(venue.location, KNOWN);
    assert_eq!(
        venue.accessibility,
        vec![VenueAccess::StepFree, VenueAccess::PublicTransport]
    );
    // The package's one schedule row names the service, so it is the service's
    // schedule there, not the building's opening hours.
    assert!(venue.opening_hours.is_empty());

    let problem = |field: &str| {
        import
            .problems
            .iter()
            .find(|p| p.field.as_deref() == Some(field))
            .map(|p| (p.place.clone(), p.message.clone()))
    };
    assert_eq!(
        problem("link_id"),
        Some((
            row(2, "attributes.csv"),
            "`f28dd44b-0c4d-479f-8e90-4c52219a8b3c` is no record of the package, so this attribute is not used".to_owned()
        ))
    );
    assert_eq!(
        problem("latitude").map(|p| p.0),
        Some(row(2, "locations.csv, MyCity Civic Center"))
    );
    assert_eq!(
        problem("byweekno").map(|p| p.0),
        Some(row(2, "schedules.csv, Community Counselling"))
    );
}

/// The same service read from the CSV package, the full service JSON and the full
/// organization JSON becomes the same opportunity, field for field.
#[test]
fn every_form_gives_the_same_service() {
    let ctx = located();
    let from_csv = read_tabular(&package(), &ctx);
    let from_service = read_json(&fixture("service_full.json"), &ctx);
    let from_organization = read_json(&fixture("organization_full.json"), &ctx);
    assert_eq!(only(&from_csv), only(&from_service));
    assert_eq!(only(&from_organization), only(&from_service));
    assert_eq!(from_organization.venues, from_service.venues);
    // The venues differ only in opening hours, which only the JSON gives the location.
    let mut csv_venue = from_csv.venues[0].clone();
    csv_venue.opening_hours = thursday_friday();
    assert_eq!(csv_venue, from_service.venues[0]);
}

/// A left-out record's place and reason, and its error's field and message.
type LeftOutError<'a> = (Place, LeftOutReason, &'a str, String);

/// Records in the examples that cannot be used are left out with the reason, at
/// their record or row, with the field and a plain message: the location's latitude
/// is 100 and nothing else places it; the list's service has no location; a
/// taxonomy term is not an opportunity.
#[test]
fn unusable_example_records_are_left_out() {
    let nowhere = ImportContext::default();
    let latitude = "latitude 100 is not between -90 and 90, and no place the catalogue knows is named `MyCity Civic Center` or has postcode `ABC 1234`";
    let cases: Vec<(&str, Import, Vec<LeftOutError>)> = vec![
        (
            "service_full.json",
            read_json(&fixture("service_full.json"), &nowhere),
            vec![(
                record(0, "Community Counselling"),
                LeftOutReason::NoLocation,
                "service_at_locations[0].location.latitude",
                format!("location `MyCity Civic Center`: {latitude}"),
            )],
        ),
        (
            "organization_full.json",
            read_json(&fixture("organization_full.json"), &nowhere),
            vec![
                (
                    record(0, "Community Counselling"),
                    LeftOutReason::NoLocation,
                    "services[0].service_at_locations[0].location.latitude",
                    format!("location `MyCity Civic Center`: {latitude}"),
                ),
                (record(0, "MyCity Civic Center"), LeftOutReason::NoLocation, "locations[0].latitude", latitude.to_owned()),
            ],
        ),
        (
            "location.json",
            read_json(&fixture("location.json"), &nowhere),
            vec![(record(0, "MyCity Civic Center"), LeftOutReason::NoLocation, "latitude", latitude.to_owned())],
        ),
        (
            "csv",
            read_tabular(&package(), &nowhere),
            vec![
                (
                    row(2, "services.csv, Community Counselling"),
                    LeftOutReason::NoLocation,
                    "latitude",
                    format!("row 2 (locations.csv, MyCity Civic Center): {latitude}"),
                ),
                (row(2, "locations.csv, MyCity Civic Center"), LeftOutReason::NoLocation, "latitude", latitude.to_owned()),
            ],
        ),
        (
            // The list's service has no `service_at_locations`, wherever the catalogue is.
            "service_list.json",
            read_json(&fixture("service_list.json"), &located()),
            vec![(
                record(0, "Community Counselling"),
                LeftOutReason::NoLocation,
                "contents[0].service_at_locations",
                "the service is offered at no location, so nobody can find where it is: link it to a location with its `service_at_locations` (one with `location_type` virtual if it is online)".to_owned(),
            )],
        ),
        (
            "taxonomy_term_list.json",
            read_json(&fixture("taxonomy_term_list.json"), &located()),
            vec![(
                record(0, "name"),
                LeftOutReason::NotAnOpportunity,
                "contents[0]",
                "this is a taxonomy term, not a service: terms are used only through the services that name them".to_owned(),
            )],
        ),
    ];
    for (name, import, expected) in cases {
        assert!(import.opportunities.is_empty(), "{name}");
        assert!(import.venues.is_empty(), "{name}");
        let errors: Vec<LeftOutError> = import
            .left_out
            .iter()
            .zip(import.problems.iter().filter(|p| p.is_error()))
            .map(|(l, p)| {
                (
                    l.place.clone(),
                    l.reason,
                    p.field.as_deref().unwrap_or(""),
                    p.message.clone(),
                )
            })
            .collect();
        assert_eq!(errors, expected, "{name}");
        assert_eq!(
            left_out(&import).len(),
            import.problems.iter().filter(|p| p.is_error()).count(),
            "{name}"
        );
    }
}

/// A page of a longer list says the other pages are missing.
#[test]
fn a_page_says_it_is_one_of_several() {
    let import = read_json(&fixture("service_list.json"), &located());
    assert_eq!(
        warnings_on(&import, "total_pages")[0].to_string(),
        "warning: catalogue, field `total_pages`: this is page 1 of 10: the other pages are not in this file, so import them too"
    );
}

/// A location on its own becomes a venue and no opportunity; here it is placed at
/// the centre of the neighbourhood its address names.
#[test]
fn location_alone_becomes_a_venue() {
    let ctx = ImportContext {
        neighbourhoods: vec![Neighbourhood {
            id: "mycity".to_owned(),
            name: "MyCity".to_owned(),
            centre: KNOWN,
            outline: vec![],
            population: None,
            population_estimate: false,
        }],
        ..located()
    };
    let ctx = ImportContext {
        venues: Vec::new(),
        ..ctx
    };
    let import = read_json(&fixture("location.json"), &ctx);
    assert!(import.opportunities.is_empty());
    assert!(import.left_out.is_empty(), "{:#?}", import.problems);
    assert_eq!(import.venues.len(), 1);
    let venue = &import.venues[0];
    assert_eq!(
        (venue.id.as_str(), venue.name.as_str()),
        (
            format!("hsds-{LOCATION_ID}").as_str(),
            "MyCity Civic Center"
        )
    );
    assert_eq!(venue.location, KNOWN);
    assert_eq!(
        venue.accessibility,
        vec![VenueAccess::StepFree, VenueAccess::PublicTransport]
    );
    // This file writes the times `10:00` rather than `10:00:00`.
    assert_eq!(venue.opening_hours, thursday_friday());
    assert!(
        warnings_on(&import, "latitude")[0]
            .message
            .ends_with("the centre of `MyCity`, which is in its address")
    );
}

/// A package without services.csv is one clear error and nothing else.
#[test]
fn a_package_needs_services() {
    let mut files = package();
    files.remove("services.csv");
    let import = read_tabular(&files, &located());
    assert!(
        import.opportunities.is_empty() && import.venues.is_empty() && import.left_out.is_empty()
    );
    assert_eq!(import.problems.len(), 1);
    let problem = &import.problems[0];
    assert!(problem.is_error());
    assert_eq!(problem.field.as_deref(), Some("services.csv"));
    assert!(
        problem
            .message
            .starts_with("the package has no services.csv, so there is nothing to import"),
        "{}",
        problem.message
    );
}

/// A package of thousands of services, each at its own location with a schedule,
/// imports every one, with its own schedule and venue.
#[test]
fn a_large_package_imports_every_row() {
    const N: usize = 3_000;
    let mut services = String::from("id,organization_id,name,description\n");
    let mut locations = String::from("id,name,latitude,longitude\n");
    let mut links = String::from("id,service_id,location_id\n");
    let mut schedules = String::from("id,service_id,freq,byday,opens_at,closes_at\n");
    for i in 0..N {
        services.push_str(&format!("s{i},o1,Class {i},Weekly class number {i}.\n"));
        locations.push_str(&format!("l{i},Hall {i},51.{i:04},-8.47\n"));
        links.push_str(&format!("sal{i},s{i},l{i}\n"));
        let day = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][i % 7];
        schedules.push_str(&format!("x{i},s{i},WEEKLY,{day},18:00,20:00\n"));
    }
    let files: BTreeMap<String, String> = [
        ("services.csv", services),
        ("locations.csv", locations),
        ("service_at_location.csv", links),
        ("schedules.csv", schedules),
        ("organizations.csv", "id,name\no1,Cork ETB\n".to_owned()),
    ]
    .into_iter()
    .map(|(name, text)| (name.to_owned(), text))
    .collect();
    let import = read_tabular(&files, &ImportContext::default());
    assert!(import.left_out.is_empty(), "{:?}", import.problems.first());
    assert_eq!((import.opportunities.len(), import.venues.len()), (N, N));
    let last = &import.opportunities[N - 1];
    assert_eq!(last.id, format!("hsds-s{}-l{}", N - 1, N - 1));
    assert_eq!(
        (last.title.as_str(), last.kind),
        ("Class 2999", Kind::Course)
    );
    assert_eq!(last.schedule.weekly[0].days, vec![Weekday::Thu]);
    assert_eq!(
        last.provider.as_ref().map(|p| p.name.as_str()),
        Some("Cork ETB")
    );
    assert_eq!(
        import.venues[N - 1].location,
        LatLon {
            lat: 51.2999,
            lon: -8.47
        }
    );
}

/// A small service at one good location, with `extra` fields added or replaced.
fn service(extra: Value) -> String {
    let mut base = json!({
        "id": "s1",
        "name": "Knitting Circle",
        "description": "Knit and chat. All welcome.",
        "organization": {"name": "Blackpool Library"},
        "service_at_locations": [{"id": "sal1", "location": {"id": "l1", "name": "Blackpool Library", "latitude": 51.9137, "longitude": -8.4731}}]
    });
    if let (Some(base), Some(extra)) = (base.as_object_mut(), extra.as_object()) {
        base.extend(extra.clone());
    }
    base.to_string()
}

/// What the cases below look at.
fn read_service(extra: Value) -> Import {
    read_json(&service(extra), &ImportContext::default())
}

/// Cost options become prices, free, or words: a free option among priced ones is
/// a concession, amount 0 alone is free, `fees_description` "Free" is free.
#[test]
fn costs() {
    let cases = [
        (
            json!({"cost_options": [{"amount": 0, "option": "Everyone"}]}),
            true,
            vec![],
            vec![],
        ),
        (
            json!({"cost_options": [{"amount": "5.50", "currency": "eur", "option": "Adults"}, {"amount": 0, "option": "Under 18s"}]}),
            false,
            vec![(5.5, "EUR", Some("Adults"))],
            vec!["Under 18s: free"],
        ),
        (
            json!({"cost_options": [{"amount": 12, "amount_description": "per term"}]}),
            false,
            vec![(12.0, "EUR", Some("per term"))],
            vec![],
        ),
        (
            json!({"cost_options": [{"option": "Free for carers"}]}),
            true,
            vec![],
            vec![],
        ),
        (json!({"fees_description": "Free"}), true, vec![], vec![]),
        (
            json!({"fees_description": "Pay what you can"}),
            false,
            vec![],
            vec!["Pay what you can"],
        ),
        (
            json!({"cost_options": [{"amount": "5,50", "option": "Adults"}]}),
            false,
            vec![],
            vec!["Adults"],
        ),
    ];
    for (extra, free, prices, concessions) in cases {
        let import = read_service(extra.clone());
        let cost = &only(&import).cost;
        let got: Vec<(f64, &str, Option<&str>)> = cost
            .prices
            .iter()
            .map(|p| (p.amount, p.currency.as_str(), p.label.as_deref()))
            .collect();
        assert_eq!(
            (cost.free, got, cost.concessions.clone()),
            (
                free,
                prices,
                concessions.iter().map(|c| c.to_string()).collect()
            ),
            "{extra}"
        );
    }
    let import = read_service(json!({"cost_options": [{"amount": "5,50", "option": "Adults"}]}));
    assert_eq!(
        warnings_on(&import, "cost_options[0].amount")[0].message,
        "`5,50` is not an amount of money, use a dot: this price is left out"
    );
}

/// Languages given by English name or any ISO 639 code become ISO 639-1 codes;
/// an unknown one is reported at its field.
#[test]
fn languages() {
    let import = read_service(
        json!({"languages": [{"name": "English"}, {"name": "Spanish"}, {"code": "pol"}, {"name": "Klingon"}, {"name": "Irish Sign Language"}]}),
    );
    let o = only(&import);
    assert_eq!(o.languages, vec!["en", "es", "pl"]);
    assert_eq!(o.access, vec![SessionAccess::SignLanguage]);
    assert_eq!(
        warnings_on(&import, "languages[3].name")[0].message,
        "`Klingon` is not a language this importer knows: give its ISO 639-1 code, such as `en` or `pl`"
    );
}

/// Each location a service is offered at gives its own opportunity; an online
/// location gives an online one with no venue.
#[test]
fn one_opportunity_per_location() {
    let import = read_service(json!({"service_at_locations": [
        {"location": {"id": "l1", "name": "Blackpool Library", "latitude": 51.9137, "longitude": -8.4731}},
        {"location": {"id": "L2", "name": "Douglas Hall", "latitude": "51.8781", "longitude": "-8.4361"}},
        {"location": {"id": "web", "name": "Online", "location_type": "virtual"}}
    ]}));
    let got: Vec<(&str, Option<&str>, Mode)> = import
        .opportunities
        .iter()
        .map(|o| (o.id.as_str(), o.venue.as_deref(), o.mode))
        .collect();
    assert_eq!(
        got,
        vec![
            ("hsds-s1-l1", Some("hsds-l1"), Mode::InPerson),
            ("hsds-s1-l2", Some("hsds-l2"), Mode::InPerson),
            ("hsds-s1-web", None, Mode::Online),
        ]
    );
    assert_eq!(
        import.venues.iter().map(|v| v.location).collect::<Vec<_>>(),
        vec![
            LatLon {
                lat: 51.9137,
                lon: -8.4731
            },
            LatLon {
                lat: 51.8781,
                lon: -8.4361
            },
        ]
    );
}

/// Records that cannot be used are left out with the reason and field; a monthly
/// schedule keeps the record with an empty schedule and the agreed warning.
#[test]
fn unusable_records_and_unreadable_schedules() {
    // A record without a name is named by its id.
    let left_out_cases = [
        (json!({"name": ""}), "s1", LeftOutReason::NoTitle, "name"),
        (
            json!({"status": "defunct"}),
            "Knitting Circle",
            LeftOutReason::NotAnOpportunity,
            "status",
        ),
        (
            json!({"schedules": [{"freq": "WEEKLY", "byday": "MO", "opens_at": "10:00", "closes_at": "11:00", "dtstart": "2026-02-30"}]}),
            "Knitting Circle",
            LeftOutReason::BadDate,
            "schedules[0].dtstart",
        ),
        (
            json!({"schedules": [{"freq": "WEEKLY", "byday": "MO", "opens_at": "ten", "closes_at": "11:00"}]}),
            "Knitting Circle",
            LeftOutReason::BadTime,
            "schedules[0].opens_at",
        ),
        (
            json!({"service_at_locations": [{"location": {"id": "l1", "name": "Hall", "latitude": "51,9", "longitude": "-8.47"}}]}),
            "Knitting Circle",
            LeftOutReason::NoLocation,
            "service_at_locations[0].location.latitude",
        ),
    ];
    for (extra, name, reason, field) in left_out_cases {
        let import = read_service(extra.clone());
        assert!(import.opportunities.is_empty(), "{extra}");
        assert_eq!(
            left_out(&import),
            vec![(record(0, name), reason)],
            "{extra}"
        );
        let error = import
            .problems
            .iter()
            .find(|p| p.is_error())
            .expect("error");
        assert_eq!(error.field.as_deref(), Some(field), "{extra}");
    }
    let import = read_service(
        json!({"service_at_locations": [{"location": {"id": "l1", "name": "Hall", "latitude": "51,9", "longitude": "-8.47"}}]}),
    );
    assert!(import.problems.iter().any(|p| {
        p.message
            .starts_with("location `Hall`: `latitude` `51,9` is not a number, use a dot")
    }));

    let import = read_service(
        json!({"schedules": [{"freq": "MONTHLY", "byday": "1MO", "opens_at": "10:00", "closes_at": "12:00", "description": "First Monday of the month"}]}),
    );
    let o = only(&import);
    assert!(o.schedule.is_empty());
    assert_eq!(
        warnings_on(&import, "schedules[0].freq")[0].message,
        "schedule `freq=MONTHLY byday=1MO opens_at=10:00 closes_at=12:00` (`First Monday of the month`) could not be read: only weekly schedules are imported (`freq` is MONTHLY); its times are left out"
    );
}

/// The kind is a course when the name or description speaks of one.
#[test]
fn courses_are_told_from_activities() {
    assert_eq!(only(&read_service(json!({}))).kind, Kind::Activity);
    assert_eq!(
        only(&read_service(
            json!({"name": "Beginners' Pottery Workshop"})
        ))
        .kind,
        Kind::Course
    );
    assert_eq!(
        only(&read_service(
            json!({"description": "A ten-week class in basic computing."})
        ))
        .kind,
        Kind::Course
    );
}

/// A small deterministic generator for the hostile-input test.
fn noise(seed: u64, len: usize) -> String {
    let mut state = seed;
    let bytes: Vec<u8> = (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as u8
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// No input makes either reader panic: empty, truncated, deeply nested, huge
/// numbers, wrong types, broken quotes, random bytes.
#[test]
fn hostile_inputs_do_not_panic() {
    let full = fixture("service_full.json");
    let mut texts: Vec<String> = vec![
        String::new(),
        "{".into(),
        "[".into(),
        "null".into(),
        "42".into(),
        "\"contents\"".into(),
        "[".repeat(100_000),
        format!("{}{}", "{\"contents\":".repeat(5_000), "[]"),
        r#"{"contents": [1, "x", null, {}, {"code": 1}]}"#.into(),
        r#"{"status": 1e308, "latitude": 1e400}"#.into(),
        r#"{"name": "x", "service_at_locations": [{"location": {"latitude": 99999999999999999999999999, "longitude": -1e308}}]}"#.into(),
        r#"{"name": "x", "service_at_locations": [{"location": {"latitude": 1, "longitude": 1}, "schedules": [{"freq": "WEEKLY", "byday": "MO,MO,-1SU,", "opens_at": "23:59:59.999999+14:00", "closes_at": "00:00-14:00", "interval": 255, "count": 4294967295, "dtstart": "9999-12-31", "timezone": -14}]}]}"#.into(),
        r#"{"name": "x", "service_at_locations": [{"location": {"latitude": 1, "longitude": 1}}], "schedules": [{"freq": "WEEKLY", "byday": "SU", "opens_at": "24:00", "closes_at": "01:00", "dtstart": "0000-01-01", "timezone": 14}, {"freq": "DAILY", "opens_at": "00:00", "closes_at": "24:00", "valid_from": "9999-01-01", "valid_to": "9999-12-31", "timezone": "1e9"}]}"#.into(),
        service(json!({"description": "é".repeat(5_000), "languages": [{"code": "é"}], "cost_options": [{"amount": "NaN"}, {"amount": "-1"}, {"amount": "inf", "currency": "€€"}]})),
        noise(7, 4_000),
    ];
    for cut in (0..full.len()).step_by(97) {
        if let Some(prefix) = full.get(..cut) {
            texts.push(prefix.to_owned());
        }
    }
    let ctx = located();
    for text in &texts {
        let _ = read_json(text, &ctx);
    }

    let fixtures = package();
    let mut packages: Vec<BTreeMap<String, String>> = vec![BTreeMap::new()];
    for (seed, name) in fixtures.keys().enumerate() {
        let mut broken = fixtures.clone();
        broken.insert(name.clone(), noise(seed as u64, 2_000));
        packages.push(broken);
        let mut truncated = fixtures.clone();
        if let Some(text) = fixtures.get(name) {
            truncated.insert(
                name.clone(),
                text.get(..text.len() / 2).unwrap_or("").to_owned(),
            );
        }
        packages.push(truncated);
    }
    let mut quoted = fixtures.clone();
    quoted.insert(
        "services.csv".into(),
        "id,name\r\n\"s1,\"Open quote never closed\n\"\"\"\n".into(),
    );
    quoted.insert(
        "service_at_location.csv".into(),
        "id,service_id,location_id\ns,s1,nowhere\n,s1,\n".into(),
    );
    packages.push(quoted);
    for files in &packages {
        let _ = read_tabular(files, &ctx);
    }
}
