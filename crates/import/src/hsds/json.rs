//! The JSON forms of HSDS 3.0, as its API returns them: a full service, a page of
//! services (`contents`), a location, an organization with its services, or a page
//! of any of these. The form is told from the keys an object has.
//!
//! Values are read leniently into the shared model (a number where text is
//! expected becomes its text); checking them is the mapping's job. Never panics:
//! `serde_json` refuses nesting past its recursion limit with an error.

use super::map::Mapper;
use super::model::{
    AccessNote, Address, CostOption, Language, Location, NoLocation, Organization, Origin, Phone,
    ScheduleRow, Service, ServiceAtLocation,
};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::problem::{Place, Problem};
use serde_json::{Map, Value};

/// A JSON object.
type Object = Map<String, Value>;

/// Reads any HSDS 3.0 JSON form.
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
    match &value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                record(&mut mapper, item, index, &format!("[{index}]."));
            }
        }
        Value::Object(object) => match object.get("contents") {
            Some(Value::Array(items)) => {
                page_warning(mapper.import(), object);
                for (index, item) in items.iter().enumerate() {
                    record(&mut mapper, item, index, &format!("contents[{index}]."));
                }
            }
            _ => record(&mut mapper, &value, 0, ""),
        },
        _ => mapper.import().problems.push(Problem::error(
            Place::Catalogue,
            None,
            "the file holds no HSDS record: expected a service, a location, an organization or a list of them",
        )),
    }
    mapper.finish()
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
fn record(mapper: &mut Mapper, value: &Value, index: usize, path: &str) {
    let Some(object) = value.as_object() else {
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
    let name = text(object, "name").or_else(|| text(object, "id"));
    let place = Place::Record { index, name };
    match form_of(object) {
        Some(Form::Service) => {
            let service = service_from(object, place, path, None, &[]);
            mapper.service(&service);
        }
        Some(Form::Location) => {
            let location = location_from(object, Origin { place, path: path.to_owned() });
            mapper.location(&location);
        }
        Some(Form::Organization) => organization(mapper, object, path),
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

/// Reads an organization: each of its services is a record, each of its locations
/// a venue.
fn organization(mapper: &mut Mapper, object: &Object, path: &str) {
    let provider = organization_from(object);
    let locations: Vec<(String, &Object)> = objects(object, "locations")
        .map(|(k, location)| (format!("{path}locations[{k}]."), location))
        .collect();
    for (index, service) in objects(object, "services") {
        let name = text(service, "name").or_else(|| text(service, "id"));
        let service = service_from(
            service,
            Place::Record { index, name },
            &format!("{path}services[{index}]."),
            Some(&provider),
            &locations,
        );
        mapper.service(&service);
    }
    for (index, (location_path, location)) in locations.iter().enumerate() {
        let name = text(location, "name").or_else(|| text(location, "id"));
        let origin = Origin {
            place: Place::Record { index, name },
            path: location_path.clone(),
        };
        mapper.location(&location_from(location, origin));
    }
}

/// A text value: a string trimmed (`None` when empty), or a number's or boolean's text.
fn text(object: &Object, key: &str) -> Option<String> {
    match object.get(key)? {
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

/// A service and everything nested in it.
fn service_from(
    object: &Object,
    place: Place,
    path: &str,
    provider: Option<&Organization>,
    org_locations: &[(String, &Object)],
) -> Service {
    let at = |sub: String| Origin {
        place: place.clone(),
        path: format!("{path}{sub}"),
    };
    let organization = object
        .get("organization")
        .and_then(Value::as_object)
        .map(organization_from)
        .or_else(|| provider.cloned());
    let languages = objects(object, "languages")
        .map(|(i, l)| Language {
            name: text(l, "name"),
            code: text(l, "code"),
            language: None,
            origin: at(format!("languages[{i}].")),
        })
        .collect();
    let cost_options = objects(object, "cost_options")
        .map(|(i, c)| CostOption {
            option: text(c, "option"),
            currency: text(c, "currency"),
            amount: text(c, "amount"),
            amount_description: text(c, "amount_description"),
            origin: at(format!("cost_options[{i}].")),
        })
        .collect();
    let mut categories = Vec::new();
    for (_, attribute) in objects(object, "attributes") {
        if let Some(term) = attribute.get("taxonomy_term").and_then(Value::as_object) {
            categories.extend(text(term, "name"));
            categories.extend(text(term, "code"));
        }
        categories.extend(text(attribute, "value"));
    }
    let locations = objects(object, "service_at_locations")
        .map(|(i, sal)| {
            let sal_path = format!("service_at_locations[{i}].");
            let location = match sal.get("location").and_then(Value::as_object) {
                Some(location) => Ok(location_from(location, at(format!("{sal_path}location.")))),
                None => match text(sal, "location_id") {
                    Some(id) => org_locations
                        .iter()
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
                        .ok_or_else(|| NoLocation::NotFound {
                            id: id.to_owned(),
                            looked: "not among the organization's `locations`",
                        }),
                    None => Err(NoLocation::NotGiven { field: "location" }),
                },
            };
            ServiceAtLocation {
                location,
                schedules: schedules_from(sal, &at(sal_path.clone())),
                holidays: Vec::new(),
                phones: phones_from(sal),
                origin: at(sal_path),
            }
        })
        .collect();
    let origin = at(String::new());
    Service {
        id: text(object, "id"),
        name: text(object, "name"),
        description: text(object, "description"),
        url: text(object, "url"),
        email: text(object, "email"),
        status: text(object, "status"),
        application_process: text(object, "application_process"),
        fees_description: text(object, "fees_description"),
        fees: text(object, "fees"),
        interpretation_services: text(object, "interpretation_services"),
        assured_date: text(object, "assured_date"),
        last_modified: text(object, "last_modified"),
        minimum_age: text(object, "minimum_age"),
        maximum_age: text(object, "maximum_age"),
        organization,
        languages,
        cost_options,
        schedules: schedules_from(object, &origin),
        holidays: Vec::new(),
        phones: phones_from(object),
        categories,
        locations,
        place: place.clone(),
        origin,
    }
}

/// An organization's provider details.
fn organization_from(object: &Object) -> Organization {
    Organization {
        name: text(object, "name"),
        website: text(object, "website"),
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
    Location {
        id: text(object, "id"),
        name: text(object, "name"),
        alternate_name: text(object, "alternate_name"),
        location_type: text(object, "location_type"),
        latitude: text(object, "latitude"),
        longitude: text(object, "longitude"),
        url: text(object, "url"),
        transportation: text(object, "transportation"),
        addresses: objects(object, "addresses")
            .map(|(_, a)| Address {
                address_1: text(a, "address_1"),
                address_2: text(a, "address_2"),
                city: text(a, "city"),
                postal_code: text(a, "postal_code"),
                address_type: text(a, "address_type"),
            })
            .collect(),
        accessibility: objects(object, "accessibility")
            .map(|(i, a)| AccessNote {
                texts: ["description", "details"]
                    .into_iter()
                    .filter_map(|key| text(a, key).map(|t| (key, t)))
                    .collect(),
                list: None,
                origin: at(format!("accessibility[{i}].")),
            })
            .collect(),
        phones: phones_from(object),
        schedules: schedules_from(object, &origin),
        holidays: Vec::new(),
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

/// The schedule rows of an object whose origin is `owner`.
fn schedules_from(object: &Object, owner: &Origin) -> Vec<ScheduleRow> {
    objects(object, "schedules")
        .map(|(i, s)| ScheduleRow {
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
            weekday: None,
            description: text(s, "description"),
            origin: Origin {
                place: owner.place.clone(),
                path: format!("{}schedules[{i}].", owner.path),
            },
        })
        .collect()
}
