//! The tabular form of HSDS 3.0: a folder of CSV tables (`services.csv`,
//! `locations.csv`, `service_at_location.csv`, `schedules.csv`, ...) joined by ids.
//!
//! The caller reads the files; this module gets their names and texts, joins the
//! rows into the shared model, and never touches the file system. Rows are named by
//! the line they start on (the header is row 1) and the table's file name.

use super::map::Mapper;
use super::model::{
    AccessNote, Address, CostOption, Language, Location, NoLocation, Organization, Origin, Phone,
    ScheduleRow, Service, ServiceAtLocation,
};
use crate::csv_text::{Unreadable, read_records};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::problem::{Place, Problem};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Reads an HSDS tabular package: file name (such as `services.csv`) to its text.
pub(super) fn read(files: &BTreeMap<String, String>, ctx: &ImportContext) -> Import {
    let mut mapper = Mapper::new(ctx);
    let mut tables: HashMap<String, Table> = HashMap::new();
    for (path, text) in files {
        let name = path
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(path)
            .to_ascii_lowercase();
        if name.ends_with(".csv") {
            let table = Table::parse(&name, text);
            for unreadable in &table.unreadable {
                mapper
                    .import()
                    .leave_out(unreadable.problem(Some(&name)), LeftOutReason::Unreadable);
            }
            tables.insert(name, table);
        }
    }
    let Some(services) = tables.get("services.csv") else {
        let mut given: Vec<&str> = files.keys().map(String::as_str).collect();
        given.truncate(30);
        let given = if given.is_empty() {
            "none".to_owned()
        } else {
            given.join(", ")
        };
        mapper.import().problems.push(Problem::error(
            Place::Catalogue,
            Some("services.csv"),
            format!(
                "the package has no services.csv, so there is nothing to import: an HSDS tabular package lists its services there (files given: {given})"
            ),
        ));
        return mapper.finish();
    };
    let empty = Table::default();
    let table = |name: &str| tables.get(name).unwrap_or(&empty);
    let linked = |name: &str, columns: &[&'static str]| Linked::new(table(name), columns);
    let package = Package {
        organizations: table("organizations.csv"),
        locations: table("locations.csv"),
        service_at_location: linked("service_at_location.csv", &["service_id"]),
        schedules: linked(
            "schedules.csv",
            &["service_id", "service_at_location_id", "location_id"],
        ),
        addresses: linked("addresses.csv", &["location_id"]),
        phones: linked(
            "phones.csv",
            &[
                "service_id",
                "service_at_location_id",
                "location_id",
                "organization_id",
            ],
        ),
        languages: linked("languages.csv", &["service_id"]),
        accessibility: linked("accessibility.csv", &["location_id"]),
        cost_options: linked("cost_options.csv", &["service_id"]),
        attributes: linked("attributes.csv", &["link_id"]),
        taxonomy_terms: linked("taxonomy_terms.csv", &["id"]),
    };
    package.read(services, &mut mapper);
    mapper.finish()
}

/// A table with its rows grouped by the columns other records link through, so
/// joining a package takes time in proportion to its size.
struct Linked<'t> {
    table: &'t Table,
    groups: HashMap<&'static str, HashMap<String, Vec<&'t Row>>>,
}

impl<'t> Linked<'t> {
    /// Groups the table's rows by each of `columns`.
    fn new(table: &'t Table, columns: &[&'static str]) -> Self {
        Self {
            table,
            groups: columns.iter().map(|&c| (c, table.by(c))).collect(),
        }
    }

    /// The rows whose `column` is `key`, in file order.
    fn rows(&self, column: &str, key: &str) -> &[&'t Row] {
        self.groups
            .get(column)
            .and_then(|group| group.get(key))
            .map_or(&[], Vec::as_slice)
    }
}

/// The tables besides `services.csv`; missing ones are empty.
struct Package<'t> {
    organizations: &'t Table,
    locations: &'t Table,
    service_at_location: Linked<'t>,
    schedules: Linked<'t>,
    addresses: Linked<'t>,
    phones: Linked<'t>,
    languages: Linked<'t>,
    accessibility: Linked<'t>,
    cost_options: Linked<'t>,
    attributes: Linked<'t>,
    taxonomy_terms: Linked<'t>,
}

impl<'t> Package<'t> {
    /// Joins the tables and maps every service, then every location.
    fn read(&self, services: &Table, mapper: &mut Mapper) {
        let locations = self.locations(mapper.import());
        let organizations = self.organizations();
        let service_ids: HashSet<String> = services.column("id").collect();
        let sal_ids: HashSet<String> = self.service_at_location.table.column("id").collect();
        self.warn_unlinked(&service_ids, &sal_ids, mapper.import());

        let mut seen = HashSet::new();
        for row in &services.rows {
            let name = services.get(row, "name");
            let label = name.clone().or_else(|| services.get(row, "id"));
            let place = services.place(row, label.as_deref());
            let origin = Origin {
                place: place.clone(),
                path: String::new(),
            };
            let id = services.get(row, "id");
            if let Some(id) = &id
                && !seen.insert(id.clone())
            {
                mapper.import().leave_out(
                    Problem::error(
                        place,
                        Some("id"),
                        format!("service id `{id}` is already used by an earlier row"),
                    ),
                    LeftOutReason::DuplicateId,
                );
                continue;
            }
            let about = label.as_deref().unwrap_or("");
            let organization = services.get(row, "organization_id").and_then(|org_id| {
                let found = organizations.get(&org_id).cloned();
                if found.is_none() {
                    origin.warn(
                        mapper.import(),
                        "organization_id",
                        format!(
                            "organization `{org_id}` is not in organizations.csv, so the provider is not known"
                        ),
                    );
                }
                found
            });
            let service_id = id.clone().unwrap_or_default();
            let sal_rows = self.service_at_location.rows("service_id", &service_id);
            let at_locations = sal_rows
                .iter()
                .map(|sal| self.service_at_location(sal, &service_id, about, &locations))
                .collect();
            let service = Service {
                id,
                name,
                description: services.get(row, "description"),
                url: services.get(row, "url"),
                email: services.get(row, "email"),
                status: services.get(row, "status"),
                application_process: services.get(row, "application_process"),
                fees_description: services.get(row, "fees_description"),
                fees: services.get(row, "fees"),
                interpretation_services: services.get(row, "interpretation_services"),
                assured_date: services.get(row, "assured_date"),
                last_modified: services.get(row, "last_modified"),
                minimum_age: services.get(row, "minimum_age"),
                maximum_age: services.get(row, "maximum_age"),
                organization,
                languages: self.languages_of(&service_id, about),
                cost_options: self.cost_options_of(&service_id, about),
                schedules: self.schedules_of(
                    about,
                    self.schedules.rows("service_id", &service_id),
                    |t, r| {
                        t.get(r, "service_at_location_id").is_none()
                            && t.get(r, "location_id").is_none()
                    },
                ),
                phones: self.phones_of(self.phones.rows("service_id", &service_id), |t, r| {
                    t.get(r, "service_at_location_id").is_none()
                }),
                categories: self.categories_of(&service_id, sal_rows),
                locations: at_locations,
                place,
                origin,
            };
            mapper.service(&service);
        }
        for location in locations.values() {
            mapper.location(location);
        }
    }

    /// Every location by id, in file order; rows repeating an id are left out.
    fn locations(&self, import: &mut Import) -> IndexedLocations {
        let table = self.locations;
        let mut found = IndexedLocations::default();
        for row in &table.rows {
            let name = table.get(row, "name");
            let id = table.get(row, "id");
            let label = name.clone().or_else(|| id.clone());
            let place = table.place(row, label.as_deref());
            let Some(id) = id else {
                import.leave_out(
                    Problem::error(
                        place,
                        Some("id"),
                        "the location has no id, so no service can be linked to it",
                    ),
                    LeftOutReason::Unreadable,
                );
                continue;
            };
            if found.get(&id).is_some() {
                import.leave_out(
                    Problem::error(
                        place,
                        Some("id"),
                        format!("location id `{id}` is already used by an earlier row"),
                    ),
                    LeftOutReason::DuplicateId,
                );
                continue;
            }
            let about = label.as_deref().unwrap_or("");
            let addresses = self.addresses.table;
            let accessibility = self.accessibility.table;
            let location = Location {
                id: Some(id.clone()),
                name,
                alternate_name: table.get(row, "alternate_name"),
                location_type: table.get(row, "location_type"),
                latitude: table.get(row, "latitude"),
                longitude: table.get(row, "longitude"),
                url: table.get(row, "url"),
                transportation: table.get(row, "transportation"),
                addresses: self
                    .addresses
                    .rows("location_id", &id)
                    .iter()
                    .map(|r| Address {
                        address_1: addresses.get(r, "address_1"),
                        address_2: addresses.get(r, "address_2"),
                        city: addresses.get(r, "city"),
                        postal_code: addresses.get(r, "postal_code"),
                        address_type: addresses.get(r, "address_type"),
                    })
                    .collect(),
                accessibility: self
                    .accessibility
                    .rows("location_id", &id)
                    .iter()
                    .map(|r| AccessNote {
                        texts: ["description", "details"]
                            .into_iter()
                            .filter_map(|key| accessibility.get(r, key).map(|t| (key, t)))
                            .collect(),
                        origin: accessibility.origin(r, about),
                    })
                    .collect(),
                phones: self.phones_of(self.phones.rows("location_id", &id), |_, _| true),
                // A row naming a service too is that service's schedule there.
                schedules: self.schedules_of(
                    about,
                    self.schedules.rows("location_id", &id),
                    |t, r| {
                        t.get(r, "service_id").is_none()
                            && t.get(r, "service_at_location_id").is_none()
                    },
                ),
                origin: Origin {
                    place,
                    path: String::new(),
                },
            };
            found.insert(id, location);
        }
        found
    }

    /// Organizations by id, with their first phone.
    fn organizations(&self) -> HashMap<String, Organization> {
        let table = self.organizations;
        table
            .rows
            .iter()
            .filter_map(|row| {
                let id = table.get(row, "id")?;
                let organization = Organization {
                    name: table.get(row, "name"),
                    website: table.get(row, "website"),
                    email: table.get(row, "email"),
                    phone: self
                        .phones_of(self.phones.rows("organization_id", &id), |_, _| true)
                        .into_iter()
                        .next(),
                };
                Some((id, organization))
            })
            .collect()
    }

    /// One row of `service_at_location.csv` with its location, schedules and phones.
    fn service_at_location(
        &self,
        row: &Row,
        service_id: &str,
        about: &str,
        locations: &IndexedLocations,
    ) -> ServiceAtLocation {
        let table = self.service_at_location.table;
        let sal_id = table.get(row, "id");
        let location_id = table.get(row, "location_id");
        let location = match &location_id {
            Some(id) => locations
                .get(id)
                .cloned()
                .ok_or_else(|| NoLocation::NotFound {
                    id: id.clone(),
                    looked: "not in locations.csv",
                }),
            None => Err(NoLocation::NotGiven {
                field: "location_id",
            }),
        };
        // Rows linked to this service-at-location, and rows for the service at
        // this location that leave out the link's id.
        let mut candidates: Vec<&Row> = Vec::new();
        if let Some(sal) = &sal_id {
            candidates.extend(self.schedules.rows("service_at_location_id", sal));
        }
        if let Some(location) = &location_id {
            candidates.extend(
                self.schedules
                    .rows("service_id", service_id)
                    .iter()
                    .filter(|r| {
                        self.schedules
                            .table
                            .get(r, "service_at_location_id")
                            .is_none()
                            && self.schedules.table.get(r, "location_id").as_deref()
                                == Some(location.as_str())
                    }),
            );
        }
        candidates.sort_by_key(|r| r.line);
        let schedules = self.schedules_of(about, &candidates, |_, _| true);
        let phones = match &sal_id {
            Some(sal) => {
                self.phones_of(self.phones.rows("service_at_location_id", sal), |_, _| true)
            }
            None => Vec::new(),
        };
        ServiceAtLocation {
            location,
            schedules,
            phones,
            origin: table.origin(row, about),
        }
    }

    /// The languages of a service.
    fn languages_of(&self, service_id: &str, about: &str) -> Vec<Language> {
        let table = self.languages.table;
        self.languages
            .rows("service_id", service_id)
            .iter()
            .map(|r| Language {
                name: table.get(r, "name"),
                code: table.get(r, "code"),
                origin: table.origin(r, about),
            })
            .collect()
    }

    /// The cost options of a service.
    fn cost_options_of(&self, service_id: &str, about: &str) -> Vec<CostOption> {
        let table = self.cost_options.table;
        self.cost_options
            .rows("service_id", service_id)
            .iter()
            .map(|r| CostOption {
                option: table.get(r, "option"),
                currency: table.get(r, "currency"),
                amount: table.get(r, "amount"),
                amount_description: table.get(r, "amount_description"),
                origin: table.origin(r, about),
            })
            .collect()
    }

    /// Taxonomy term names and codes and attribute values linked to a service or
    /// to one of its service-at-location rows.
    fn categories_of(&self, service_id: &str, sal_rows: &[&Row]) -> Vec<String> {
        let attributes = self.attributes.table;
        let terms = self.taxonomy_terms.table;
        let mut links: Vec<String> = sal_rows
            .iter()
            .filter_map(|r| self.service_at_location.table.get(r, "id"))
            .collect();
        links.push(service_id.to_owned());
        let mut categories = Vec::new();
        for link in links.iter().filter(|l| !l.is_empty()) {
            for row in self.attributes.rows("link_id", link) {
                if let Some(term_id) = attributes.get(row, "taxonomy_term_id")
                    && let Some(term) = self.taxonomy_terms.rows("id", &term_id).first()
                {
                    categories.extend(terms.get(term, "name"));
                    categories.extend(terms.get(term, "code"));
                }
                categories.extend(attributes.get(row, "value"));
            }
        }
        categories
    }

    /// Schedule rows among `candidates` that pass `keep`.
    fn schedules_of(
        &self,
        about: &str,
        candidates: &[&Row],
        keep: impl Fn(&Table, &Row) -> bool,
    ) -> Vec<ScheduleRow> {
        let t = self.schedules.table;
        candidates
            .iter()
            .filter(|r| keep(t, r))
            .map(|r| ScheduleRow {
                freq: t.get(r, "freq"),
                interval: t.get(r, "interval"),
                byday: t.get(r, "byday"),
                byweekno: t.get(r, "byweekno"),
                bymonthday: t.get(r, "bymonthday"),
                byyearday: t.get(r, "byyearday"),
                count: t.get(r, "count"),
                wkst: t.get(r, "wkst"),
                dtstart: t.get(r, "dtstart"),
                until: t.get(r, "until"),
                valid_from: t.get(r, "valid_from"),
                valid_to: t.get(r, "valid_to"),
                timezone: t.get(r, "timezone"),
                opens_at: t.get(r, "opens_at"),
                closes_at: t.get(r, "closes_at"),
                description: t.get(r, "description"),
                origin: t.origin(r, about),
            })
            .collect()
    }

    /// Phone rows among `candidates` that pass `keep` and have a number.
    fn phones_of(&self, candidates: &[&Row], keep: impl Fn(&Table, &Row) -> bool) -> Vec<Phone> {
        let t = self.phones.table;
        candidates
            .iter()
            .filter(|r| keep(t, r))
            .filter_map(|r| {
                Some(Phone {
                    number: t.get(r, "number")?,
                    extension: t.get(r, "extension"),
                })
            })
            .collect()
    }

    /// Warns about attribute and service-at-location rows linked to nothing, whose
    /// information would otherwise vanish without a word.
    fn warn_unlinked(
        &self,
        service_ids: &HashSet<String>,
        sal_ids: &HashSet<String>,
        import: &mut Import,
    ) {
        let sal = self.service_at_location.table;
        for row in &sal.rows {
            if let Some(id) = sal.get(row, "service_id")
                && !service_ids.contains(&id)
            {
                import.problems.push(Problem::warning(
                    sal.place(row, None),
                    Some("service_id"),
                    format!("service `{id}` is not in services.csv, so this row is not used"),
                ));
            }
        }
        let attributes = self.attributes.table;
        let location_ids: HashSet<String> = self.locations.column("id").collect();
        let organization_ids: HashSet<String> = self.organizations.column("id").collect();
        for row in &attributes.rows {
            let Some(link) = attributes.get(row, "link_id") else {
                continue;
            };
            let known = [service_ids, sal_ids, &location_ids, &organization_ids]
                .iter()
                .any(|ids| ids.contains(&link));
            if !known {
                import.problems.push(Problem::warning(
                    attributes.place(row, None),
                    Some("link_id"),
                    format!("`{link}` is no record of the package, so this attribute is not used"),
                ));
            }
        }
    }
}

/// Locations by id, in the order of the file.
#[derive(Default)]
struct IndexedLocations {
    order: Vec<String>,
    by_id: HashMap<String, Location>,
}

impl IndexedLocations {
    fn get(&self, id: &str) -> Option<&Location> {
        self.by_id.get(id)
    }

    fn insert(&mut self, id: String, location: Location) {
        self.order.push(id.clone());
        self.by_id.insert(id, location);
    }

    fn values(&self) -> impl Iterator<Item = &Location> {
        self.order.iter().filter_map(|id| self.by_id.get(id))
    }
}

/// One CSV table: its header and rows.
#[derive(Debug, Default)]
struct Table {
    /// The file name, for places.
    name: String,
    /// Column name (lower case, trimmed) to position.
    columns: HashMap<String, usize>,
    /// The rows after the header.
    rows: Vec<Row>,
    /// The rows that cannot be read as CSV, with why.
    unreadable: Vec<Unreadable>,
}

/// One CSV row and the line it starts on (the header is usually row 1).
#[derive(Debug)]
struct Row {
    line: usize,
    cells: Vec<String>,
}

impl Table {
    /// Reads a table. Rows may have more or fewer cells than the header; a byte
    /// order mark is ignored; rows whose cells are all empty are skipped.
    fn parse(name: &str, text: &str) -> Table {
        let read = read_records(text);
        let mut records = read.records.into_iter();
        let columns = records
            .next()
            .map(|header| {
                header
                    .cells
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.trim().to_ascii_lowercase(), i))
                    .collect()
            })
            .unwrap_or_default();
        Table {
            name: name.to_owned(),
            unreadable: read.unreadable,
            columns,
            rows: records
                .map(|r| Row {
                    line: r.line,
                    cells: r.cells,
                })
                .collect(),
        }
    }

    /// A cell, trimmed; `None` when empty or the column is missing.
    fn get(&self, row: &Row, column: &str) -> Option<String> {
        let cell = row.cells.get(*self.columns.get(column)?)?.trim();
        (!cell.is_empty()).then(|| cell.to_owned())
    }

    /// Every value of a column.
    fn column<'s>(&'s self, column: &'s str) -> impl Iterator<Item = String> + 's {
        self.rows.iter().filter_map(move |r| self.get(r, column))
    }

    /// Rows grouped by a column's value.
    fn by(&self, column: &str) -> HashMap<String, Vec<&Row>> {
        let mut groups: HashMap<String, Vec<&Row>> = HashMap::new();
        for row in &self.rows {
            if let Some(key) = self.get(row, column) {
                groups.entry(key).or_default().push(row);
            }
        }
        groups
    }

    /// The place of a row: its number, this file's name and what it is about.
    fn place(&self, row: &Row, about: Option<&str>) -> Place {
        let name = match about.filter(|a| !a.is_empty()) {
            Some(about) => format!("{}, {about}", self.name),
            None => self.name.clone(),
        };
        Place::Row {
            line: row.line,
            name: Some(name),
        }
    }

    /// The origin of a row that belongs to the record `about` names.
    fn origin(&self, row: &Row, about: &str) -> Origin {
        Origin {
            place: self.place(row, Some(about)),
            path: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows are numbered by the line they start on, whatever the line ends, with
    /// line breaks inside quoted values counted.
    #[test]
    fn rows_know_their_lines() {
        for text in [
            "id,name\r\n1,a\r\n\r\n2,\"two\r\nlines\"\r\n3,c",
            "id,name\n1,a\n\n2,\"two\nlines\"\n3,c\n",
            "\u{feff}id,name\r1,a\r\r2,\"two\rlines\"\r3,c",
        ] {
            let table = Table::parse("t.csv", text);
            let rows: Vec<(usize, Option<String>)> = table
                .rows
                .iter()
                .map(|r| (r.line, table.get(r, "name")))
                .collect();
            assert_eq!(
                rows,
                vec![
                    (2, Some("a".to_owned())),
                    (
                        4,
                        Some(format!(
                            "two{}lines",
                            if text.contains("\r\n") {
                                "\r\n"
                            } else if text.contains('\n') {
                                "\n"
                            } else {
                                "\r"
                            }
                        ))
                    ),
                    (6, Some("c".to_owned())),
                ],
                "{text:?}"
            );
        }
    }
}
