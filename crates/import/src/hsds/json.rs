//! The JSON forms of HSDS, as its APIs return them. 3.0: a full service, a page
//! of services (`contents`), a location, an organization with its services, or a
//! page of any of these. 1.x and 2.0 (HSDA, whose every response is a list): the
//! same records "complete", each with its linked rows nested under the table's
//! name (`regular_schedules`, `holiday_schedules`, `phones`, `languages`,
//! `physical_addresses`, `accessibility_for_disabilities`, a service's
//! `locations` or `services_at_location`), and a search's `organizations`,
//! `services` and `locations` together. The form is told from the keys an object
//! has, the version from the keys only it has (see [`super::layout`]).
//!
//! Values are read leniently into the shared model (a number where text is
//! expected becomes its text); checking them is the mapping's job. Never panics:
//! `serde_json` refuses nesting past its recursion limit with an error.

use super::layout;
use super::map::Mapper;
use super::model::{
    AccessNote, Address, CostOption, HolidayRow, Language, Location, NoLocation, Organization,
    Origin, Phone, ScheduleRow, Service, ServiceAtLocation,
};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::problem::{Place, Problem};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// A JSON object.
type Object = Map<String, Value>;

/// Reads any HSDS JSON form, of any version.
pub(super) fn read(text: &str, ctx: &ImportContext) -> Import {
    let mut mapper = Mapper::new(ctx);
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            mapper.import().problems.push(Problem::error(
                Place::Catalogue,
                None,
                format!("the file cannot be read as JSON: {error}"),
            ));
            return mapper.finish();
        }
    };
    let (version, shown) = layout::detect_json(&value);
    let mut format = format!("{version} JSON");
    if !shown.is_empty() {
        format.push_str(&format!(" ({})", shown.join(", ")));
    }
    mapper.import().format = Some(format);
    let records: Vec<Item> = match &value {
        Value::Array(items) => listed(items, "", None),
        Value::Object(object) => match object.get("contents") {
            Some(Value::Array(items)) => {
                page_warning(mapper.import(), object);
                listed(items, "contents", None)
            }
            // The lists say what their items are.
            _ if is_search_result(object) => [
                ("organizations", Form::Organization),
                ("services", Form::Service),
                ("locations", Form::Location),
            ]
            .into_iter()
            .filter_map(|(key, form)| Some((key, form, object.get(key)?.as_array()?)))
            .flat_map(|(key, form, items)| listed(items, key, Some(form)))
            .collect(),
            _ => vec![Item {
                index: 0,
                value: &value,
                path: String::new(),
                form: None,
            }],
        },
        _ => {
            mapper.import().problems.push(Problem::error(
                Place::Catalogue,
                None,
                "the file holds no HSDS record: expected a service, a location, an organization or a list of them",
            ));
            return mapper.finish();
        }
    };
    if version == layout::Version::One {
        warn_numbered_days(&records, mapper.import());
    }
    let known = Known::gather(&records);
    for item in &records {
        record(&mut mapper, &known, item);
    }
    mapper.finish()
}

/// One top-level record of the file, or one of a list's items.
struct Item<'v> {
    /// Its position in its list.
    index: usize,
    value: &'v Value,
    /// Its JSON path, such as `contents[2].`.
    path: String,
    /// What it is, when its list says so; else told from its keys.
    form: Option<Form>,
}

impl Item<'_> {
    /// What the item is, if it is an object at all.
    fn form(&self) -> Option<Form> {
        self.form
            .or_else(|| self.value.as_object().and_then(form_of))
    }
}

/// The items of a list with their positions and paths (`contents[2].`).
fn listed<'v>(items: &'v [Value], key: &str, form: Option<Form>) -> Vec<Item<'v>> {
    items
        .iter()
        .enumerate()
        .map(|(index, value)| Item {
            index,
            value,
            path: format!("{key}[{index}]."),
            form,
        })
        .collect()
}

/// True for an HSDA search result: lists of organizations, services and
/// locations side by side, and no record of its own.
fn is_search_result(object: &Object) -> bool {
    let lists = ["organizations", "services", "locations"]
        .iter()
        .filter(|key| object.get(**key).is_some_and(Value::is_array))
        .count();
    let own = ["id", "name"].iter().any(|key| object.contains_key(*key));
    object.contains_key("organizations") && lists > 0 && !own
}

/// Warns once when a 1.x file numbers its `weekday`s, naming the first, since
/// HSDS 1.1 does not say which day is 1.
fn warn_numbered_days(records: &[Item], import: &mut Import) {
    for item in records {
        if let Some(at) = numbered_weekday(item.value, item.path.clone()) {
            let name = item.value.as_object().and_then(label);
            import.problems.push(Problem::warning(
                Place::Record {
                    index: item.index,
                    name,
                },
                Some(&format!("{at}weekday")),
                layout::NUMBERED_DAYS,
            ));
            return;
        }
    }
}

/// The path of the first object in `value` whose `weekday` is a number.
fn numbered_weekday(value: &Value, path: String) -> Option<String> {
    match value {
        Value::Array(items) => items.iter().enumerate().find_map(|(i, item)| {
            numbered_weekday(item, format!("{}[{i}].", path.trim_end_matches('.')))
        }),
        Value::Object(object) => {
            let numbered = match object.get("weekday") {
                Some(Value::Number(_)) => true,
                Some(Value::String(s)) => {
                    !s.trim().is_empty() && s.trim().bytes().all(|b| b.is_ascii_digit())
                }
                _ => false,
            };
            if numbered {
                return Some(path);
            }
            object
                .iter()
                .find_map(|(key, inner)| numbered_weekday(inner, format!("{path}{key}.")))
        }
        _ => None,
    }
}

/// Records a service may name by id from elsewhere in the file: the
/// organizations and locations listed beside it.
#[derive(Default)]
struct Known<'v> {
    organizations: HashMap<String, Organization>,
    locations: Vec<(String, &'v Object)>,
}

impl<'v> Known<'v> {
    /// The organizations and locations among the file's records.
    fn gather(records: &[Item<'v>]) -> Self {
        let mut known = Known::default();
        for item in records {
            let Some(object) = item.value.as_object() else {
                continue;
            };
            let path = &item.path;
            match item.form() {
                Some(Form::Organization) => {
                    if let Some(id) = text(object, "id") {
                        known
                            .organizations
                            .entry(id)
                            .or_insert_with(|| organization_from(object));
                    }
                }
                Some(Form::Location) => known.locations.push((path.clone(), object)),
                _ => {}
            }
        }
        known
    }
}

/// Warns when a paginated list is one page of several.
fn page_warning(import: &mut Import, page: &Object) {
    let number = |key: &str| page.get(key).and_then(Value::as_u64);
    if let Some(total) = number("total_pages").filter(|&total| total > 1) {
        let this = number("page_number").map_or_else(|| "one".to_owned(), |n| n.to_string());
        import.problems.push(Problem::warning(
            Place::Catalogue,
            Some("total_pages"),
            format!("this is page {this} of {total}: the other pages are not in this file, so import them too"),
        ));
    }
}

/// What an object is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Form {
    Service,
    Organization,
    Location,
    TaxonomyTerm,
}

/// Keys only a service has.
const SERVICE_KEYS: &[&str] = &[
    "service_at_locations",
    "services_at_location",
    "status",
    "cost_options",
    "fees_description",
    "fees",
    "application_process",
    "eligibility_description",
    "interpretation_services",
    "program",
    "wait_time",
    "accreditations",
    "assured_date",
    "assurer_email",
    "service_areas",
    "required_documents",
    "organization",
    "minimum_age",
    "maximum_age",
    "alert",
    "licenses",
];
/// Keys only an organization has.
const ORGANIZATION_KEYS: &[&str] = &[
    "services",
    "website",
    "legal_status",
    "tax_status",
    "tax_id",
    "year_incorporated",
    "organization_identifiers",
    "logo",
    "parent_organization_id",
    "programs",
    "locations",
];
/// Keys only a location has.
const LOCATION_KEYS: &[&str] = &[
    "location_type",
    "latitude",
    "longitude",
    "addresses",
    "transportation",
    "accessibility",
    "external_identifier",
    "external_identifier_type",
    "physical_addresses",
    "postal_addresses",
    "accessibility_for_disabilities",
];
/// Keys only a taxonomy term has.
const TERM_KEYS: &[&str] = &[
    "code",
    "taxonomy",
    "taxonomy_detail",
    "term_uri",
    "parent_id",
    "taxonomy_id",
];

/// The form with the most of its own keys; `None` when the object has none.
fn form_of(object: &Object) -> Option<Form> {
    let score = |keys: &[&str]| keys.iter().filter(|k| object.contains_key(**k)).count();
    [
        (Form::Service, score(SERVICE_KEYS)),
        (Form::Organization, score(ORGANIZATION_KEYS)),
        (Form::Location, score(LOCATION_KEYS)),
        (Form::TaxonomyTerm, score(TERM_KEYS)),
    ]
    .into_iter()
    .filter(|(_, score)| *score > 0)
    // The first of equal scores wins: `max_by_key` would take the last.
    .fold(
        None,
        |best: Option<(Form, usize)>, (form, score)| match best {
            Some((_, top)) if top >= score => best,
            _ => Some((form, score)),
        },
    )
    .map(|(form, _)| form)
}

/// Reads one top-level record (or a list's item) at `path`.
fn record(mapper: &mut Mapper, known: &Known, item: &Item) {
    let (index, path) = (item.index, item.path.as_str());
    let Some(object) = item.value.as_object() else {
        let place = Place::Record { index, name: None };
        mapper.import().leave_out(
            Problem::error(
                place,
                Some(path.trim_end_matches('.')).filter(|p| !p.is_empty()),
                "this is not an HSDS record (a JSON object)",
            ),
            LeftOutReason::Unreadable,
        );
        return;
    };
    let place = Place::Record {
        index,
        name: label(object),
    };
    match item.form() {
        Some(Form::Service) => {
            let service = service_from(object, place, path, None, &[], known, mapper.import());
            mapper.service(&service);
        }
        Some(Form::Location) => {
            let location = location_from(object, Origin { place, path: path.to_owned() });
            mapper.location(&location);
        }
        Some(Form::Organization) => organization(mapper, known, object, path),
        Some(Form::TaxonomyTerm) => mapper.import().leave_out(
            Problem::error(
                place,
                Some(path.trim_end_matches('.')).filter(|p| !p.is_empty()),
                "this is a taxonomy term, not a service: terms are used only through the services that name them",
            ),
            LeftOutReason::NotAnOpportunity,
        ),
        None => mapper.import().leave_out(
            Problem::error(
                place,
                Some(path.trim_end_matches('.')).filter(|p| !p.is_empty()),
                "this is neither a service, a location nor an organization: none of their fields is there",
            ),
            LeftOutReason::Unreadable,
        ),
    }
}

/// A record's name for problems: its `name`, else its `id`.
fn label(object: &Object) -> Option<String> {
    text(object, "name").or_else(|| text(object, "id"))
}

/// Reads an organization: each of its services is a record, each of its locations
/// a venue.
fn organization(mapper: &mut Mapper, known: &Known, object: &Object, path: &str) {
    let provider = organization_from(object);
    let locations: Vec<(String, &Object)> = objects(object, "locations")
        .map(|(k, location)| (format!("{path}locations[{k}]."), location))
        .collect();
    for (index, service) in objects(object, "services") {
        let service = service_from(
            service,
            Place::Record {
                index,
                name: label(service),
            },
            &format!("{path}services[{index}]."),
            Some(&provider),
            &locations,
            known,
            mapper.import(),
        );
        mapper.service(&service);
    }
    for (index, (location_path, location)) in locations.iter().enumerate() {
        let origin = Origin {
            place: Place::Record {
                index,
                name: label(location),
            },
            path: location_path.clone(),
        };
        mapper.location(&location_from(location, origin));
    }
}

/// A text value: a string trimmed (`None` when empty), or a number's or boolean's text.
fn text(object: &Object, key: &str) -> Option<String> {
    value_text(object.get(key)?)
}

/// The text of a string, number or boolean.
fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The objects of an array, with their positions; nothing when it is not an array.
fn objects<'v>(object: &'v Object, key: &str) -> impl Iterator<Item = (usize, &'v Object)> {
    object
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(i, v)| v.as_object().map(|o| (i, o)))
}

/// A service and everything nested in it. `org_locations` are the locations of
/// the organization it is nested in, which its links may name by id.
fn service_from(
    object: &Object,
    place: Place,
    path: &str,
    provider: Option<&Organization>,
    org_locations: &[(String, &Object)],
    known: &Known,
    import: &mut Import,
) -> Service {
    let at = |sub: String| Origin {
        place: place.clone(),
        path: format!("{path}{sub}"),
    };
    let origin = at(String::new());
    let organization = object
        .get("organization")
        .and_then(Value::as_object)
        .map(organization_from)
        .or_else(|| provider.cloned())
        .or_else(|| by_organization_id(object, known, &origin, import));
    let mut categories = Vec::new();
    for (_, attribute) in objects(object, "attributes") {
        if let Some(term) = attribute.get("taxonomy_term").and_then(Value::as_object) {
            categories.extend(text(term, "name"));
            categories.extend(text(term, "code"));
        }
        categories.extend(text(attribute, "value"));
    }
    // Before 3.0: the terms themselves, or links to them, nested.
    for key in ["taxonomy_terms", "service_attributes"] {
        for (_, term) in objects(object, key) {
            let term = term
                .get("taxonomy_term")
                .and_then(Value::as_object)
                .unwrap_or(term);
            for field in ["name", "term", "code"] {
                categories.extend(text(term, field));
            }
        }
    }
    let find_location = |id: String| -> Result<Location, NoLocation> {
        org_locations
            .iter()
            .chain(known.locations.iter())
            .find(|(_, l)| text(l, "id").as_deref() == Some(id.as_str()))
            .map(|(location_path, l)| {
                location_from(
                    l,
                    Origin {
                        place: place.clone(),
                        path: location_path.clone(),
                    },
                )
            })
            .ok_or(NoLocation::NotFound {
                id,
                looked: "not among the locations in this file",
            })
    };
    let mut locations: Vec<ServiceAtLocation> = Vec::new();
    for key in ["service_at_locations", "services_at_location"] {
        for (i, sal) in objects(object, key) {
            let sal_path = format!("{key}[{i}].");
            let location = match sal.get("location").and_then(Value::as_object) {
                Some(location) => Ok(location_from(location, at(format!("{sal_path}location.")))),
                None => match text(sal, "location_id") {
                    Some(id) => find_location(id),
                    None => Err(NoLocation::NotGiven { field: "location" }),
                },
            };
            let sal_origin = at(sal_path);
            locations.push(ServiceAtLocation {
                location,
                schedules: schedules_from(sal, &sal_origin),
                holidays: holidays_from(sal, &sal_origin),
                phones: phones_from(sal),
                origin: sal_origin,
            });
        }
    }
    // HSDA's complete service nests its locations themselves.
    for (i, location) in objects(object, "locations") {
        let location_origin = at(format!("locations[{i}]."));
        locations.push(ServiceAtLocation {
            location: Ok(location_from(location, location_origin.clone())),
            schedules: Vec::new(),
            holidays: Vec::new(),
            phones: Vec::new(),
            origin: location_origin,
        });
    }
    // HSDS 1.0 linked a service to one location by id.
    if locations.is_empty()
        && let Some(id) = text(object, "location_id")
    {
        locations.push(ServiceAtLocation {
            location: find_location(id),
            schedules: Vec::new(),
            holidays: Vec::new(),
            phones: Vec::new(),
            origin: origin.clone(),
        });
    }
    Service {
        id: text(object, "id"),
        name: text(object, "name"),
        description: text(object, "description"),
        url: text(object, "url"),
        email: text(object, "email"),
        status: text(object, "status"),
        application_process: text(object, "application_process"),
        fees_description: text(object, "fees_description"),
        fees: text(object, "fees").or_else(|| listed_fees(object)),
        interpretation_services: text(object, "interpretation_services"),
        assured_date: text(object, "assured_date"),
        last_modified: text(object, "last_modified"),
        minimum_age: text(object, "minimum_age"),
        maximum_age: text(object, "maximum_age"),
        organization,
        languages: languages_from(object, &origin),
        cost_options: objects(object, "cost_options")
            .map(|(i, c)| CostOption {
                option: text(c, "option"),
                currency: text(c, "currency"),
                amount: text(c, "amount"),
                amount_description: text(c, "amount_description"),
                origin: at(format!("cost_options[{i}].")),
            })
            .collect(),
        schedules: schedules_from(object, &origin),
        holidays: holidays_from(object, &origin),
        phones: phones_from(object),
        categories,
        locations,
        place: place.clone(),
        origin,
    }
}

/// The organization a service names by `organization_id`, among those in the
/// file; a warning when the file has organizations and not this one.
fn by_organization_id(
    object: &Object,
    known: &Known,
    origin: &Origin,
    import: &mut Import,
) -> Option<Organization> {
    let id = text(object, "organization_id")?;
    let found = known.organizations.get(&id).cloned();
    if found.is_none() && !known.organizations.is_empty() {
        origin.warn(
            import,
            "organization_id",
            format!("organization `{id}` is not among the organizations in this file, so the provider is not known"),
        );
    }
    found
}

/// HSDS 1.0's fees nested as a list: `{"fee": "..."}` objects or text, one
/// sentence each.
fn listed_fees(object: &Object) -> Option<String> {
    let fees: Vec<String> = object
        .get("fees")?
        .as_array()?
        .iter()
        .filter_map(|fee| match fee {
            Value::Object(o) => text(o, "fee"),
            other => value_text(other),
        })
        .collect();
    (!fees.is_empty()).then(|| fees.join("; "))
}

/// The languages of a service: objects with a `name` and `code` (3.0) or a
/// `language` (before 3.0), or the names or codes themselves as text.
fn languages_from(object: &Object, owner: &Origin) -> Vec<Language> {
    let mut languages = Vec::new();
    let items = object.get("languages").and_then(Value::as_array);
    for (i, item) in items.into_iter().flatten().enumerate() {
        let origin = Origin {
            place: owner.place.clone(),
            path: format!("{}languages[{i}].", owner.path),
        };
        match item {
            Value::Object(l) => {
                let (name, code) = (text(l, "name"), text(l, "code"));
                if name.is_some() || code.is_some() {
                    languages.push(Language {
                        name,
                        code,
                        language: None,
                        origin: origin.clone(),
                    });
                }
                if let Some(listed) = text(l, "language") {
                    languages.extend(Language::listed(&listed, &origin));
                }
            }
            other => {
                if let Some(listed) = value_text(other) {
                    languages.extend(Language::listed(&listed, &origin));
                }
            }
        }
    }
    languages
}

/// An organization's provider details.
fn organization_from(object: &Object) -> Organization {
    Organization {
        name: text(object, "name"),
        // `url` before HSDS 3.0.
        website: text(object, "website").or_else(|| text(object, "url")),
        email: text(object, "email"),
        phone: phones_from(object).into_iter().next(),
    }
}

/// A location and everything nested in it.
fn location_from(object: &Object, origin: Origin) -> Location {
    let at = |sub: String| Origin {
        place: origin.place.clone(),
        path: format!("{}{sub}", origin.path),
    };
    let mut addresses: Vec<Address> = Vec::new();
    // 3.0's addresses say their type; before it, each type had its own list.
    for (key, kind) in [
        ("addresses", None),
        ("physical_addresses", Some("physical")),
        ("postal_addresses", Some("postal")),
    ] {
        addresses.extend(objects(object, key).map(|(_, a)| Address {
            address_1: text(a, "address_1"),
            address_2: text(a, "address_2"),
            city: text(a, "city"),
            postal_code: text(a, "postal_code"),
            address_type: kind.map(str::to_owned).or_else(|| text(a, "address_type")),
        }));
    }
    let mut accessibility: Vec<AccessNote> = Vec::new();
    for (key, list_key) in [
        ("accessibility", None),
        ("accessibility_for_disabilities", Some("accessibility")),
    ] {
        accessibility.extend(objects(object, key).map(|(i, a)| {
            AccessNote {
                texts: ["description", "details"]
                    .into_iter()
                    .filter_map(|field| text(a, field).map(|t| (field, t)))
                    .collect(),
                list: list_key.and_then(|k| text(a, k)),
                origin: at(format!("{key}[{i}].")),
            }
        }));
    }
    Location {
        id: text(object, "id"),
        name: text(object, "name"),
        alternate_name: text(object, "alternate_name"),
        location_type: text(object, "location_type"),
        latitude: text(object, "latitude"),
        longitude: text(object, "longitude"),
        url: text(object, "url"),
        transportation: text(object, "transportation"),
        addresses,
        accessibility,
        phones: phones_from(object),
        schedules: schedules_from(object, &origin),
        holidays: holidays_from(object, &origin),
        origin,
    }
}

/// The phones of an object that have a number.
fn phones_from(object: &Object) -> Vec<Phone> {
    objects(object, "phones")
        .filter_map(|(_, p)| {
            Some(Phone {
                number: text(p, "number")?,
                extension: text(p, "extension"),
            })
        })
        .collect()
}

/// The schedule rows of an object whose origin is `owner`: RRULE `schedules`
/// (2.0 and 3.0) and 1.x `regular_schedules`, one `weekday` each.
fn schedules_from(object: &Object, owner: &Origin) -> Vec<ScheduleRow> {
    ["schedules", "regular_schedules"]
        .into_iter()
        .flat_map(|key| {
            objects(object, key).map(move |(i, s)| ScheduleRow {
                freq: text(s, "freq"),
                interval: text(s, "interval"),
                byday: text(s, "byday"),
                byweekno: text(s, "byweekno"),
                bymonthday: text(s, "bymonthday"),
                byyearday: text(s, "byyearday"),
                count: text(s, "count"),
                wkst: text(s, "wkst"),
                dtstart: text(s, "dtstart"),
                until: text(s, "until"),
                valid_from: text(s, "valid_from"),
                valid_to: text(s, "valid_to"),
                timezone: text(s, "timezone"),
                opens_at: text(s, "opens_at"),
                closes_at: text(s, "closes_at"),
                weekday: text(s, "weekday"),
                description: text(s, "description"),
                origin: Origin {
                    place: owner.place.clone(),
                    path: format!("{}{key}[{i}].", owner.path),
                },
            })
        })
        .collect()
}

/// The 1.x `holiday_schedules` of an object whose origin is `owner`.
fn holidays_from(object: &Object, owner: &Origin) -> Vec<HolidayRow> {
    objects(object, "holiday_schedules")
        .map(|(i, h)| HolidayRow {
            closed: text(h, "closed"),
            opens_at: text(h, "opens_at"),
            closes_at: text(h, "closes_at"),
            start_date: text(h, "start_date"),
            end_date: text(h, "end_date"),
            origin: Origin {
                place: owner.place.clone(),
                path: format!("{}holiday_schedules[{i}].", owner.path),
            },
        })
        .collect()
}
