//! The tabular form of HSDS: a folder of CSV tables (`services.csv`,
//! `locations.csv`, `service_at_location.csv`, `schedules.csv`, ...) joined by ids,
//! in the layout of HSDS 3.0 or of the versions before it (see [`super::layout`]).
//!
//! The caller reads the files; this module gets their names and texts, joins the
//! rows into the shared model, and never touches the file system. Rows are named by
//! the line they start on (the header is row 1) and the table's file name, as the
//! keeper named it.

use super::layout::{self, Shape, Version};
use super::map::Mapper;
use super::model::{
    AccessNote, Address, CostOption, HolidayRow, Language, Location, NoLocation, Organization,
    Origin, Phone, ScheduleRow, Service, ServiceAtLocation,
};
use crate::csv_text::{Unreadable, read_records};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::problem::{Place, Problem};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Reads an HSDS tabular package: file name (such as `services.csv`) to its text.
pub(super) fn read(files: &BTreeMap<String, String>, ctx: &ImportContext) -> Import {
    let mut mapper = Mapper::new(ctx);
    let mut tables: HashMap<String, Table> = HashMap::new();
    let mut datapackage = None;
    for (path, text) in files {
        let name = path
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(path)
            .to_ascii_lowercase();
        if name == "datapackage.json" {
            datapackage = Some(text.as_str());
        }
        if !name.ends_with(".csv") {
            continue;
        }
        let mut table = Table::parse(&name, text);
        let key = layout::table_key(&name).to_owned();
        if key == "regular_schedules.csv" {
            // HSDS 1.0 names the location of a regular schedule `location`.
            table.alias("location", "location_id");
        }
        for unreadable in &table.unreadable {
            mapper
                .import()
                .leave_out(unreadable.problem(Some(&name)), LeftOutReason::Unreadable);
        }
        // The same table under its name in two versions: the newer name is read.
        let kept = match tables.get(&key) {
            Some(other) if other.name == key => Some((other.name.clone(), name.clone())),
            Some(other) => Some((name.clone(), other.name.clone())),
            None => None,
        };
        if let Some((kept, ignored)) = kept {
            mapper.import().problems.push(Problem::warning(
                Place::Catalogue,
                Some(&ignored),
                format!(
                    "{ignored} and {kept} are the same table in different HSDS versions: only {kept} is read"
                ),
            ));
            if kept != name {
                continue;
            }
        }
        tables.insert(key, table);
    }
    name_version(&tables, datapackage, mapper.import());
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
        regular_schedules: linked(
            "regular_schedules.csv",
            &["service_id", "service_at_location_id", "location_id"],
        ),
        holiday_schedules: linked(
            "holiday_schedules.csv",
            &["service_id", "service_at_location_id", "location_id"],
        ),
        addresses: linked("addresses.csv", &["location_id"]),
        physical_addresses: linked("physical_addresses.csv", &["location_id"]),
        postal_addresses: linked("postal_addresses.csv", &["location_id"]),
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
        accessibility_for_disabilities: linked(
            "accessibility_for_disabilities.csv",
            &["location_id"],
        ),
        cost_options: linked("cost_options.csv", &["service_id"]),
        fees: linked("fee.csv", &["service_id"]),
        attributes: linked("attributes.csv", &["link_id"]),
        service_attributes: linked("service_attributes.csv", &["service_id"]),
        taxonomy_terms: linked("taxonomy_terms.csv", &["id"]),
        services_taxonomy: linked("services_taxonomy.csv", &["service_id"]),
        taxonomy: linked("taxonomy.csv", &["id"]),
    };
    package.read(services, &mut mapper);
    mapper.finish()
}

/// Names the HSDS version the package's layout follows in the import, with the
/// tables that show it, and warns when `datapackage.json` declares another.
fn name_version(tables: &HashMap<String, Table>, datapackage: Option<&str>, import: &mut Import) {
    let columns = |key: &str| -> Vec<&str> {
        tables
            .get(key)
            .map(|t| t.columns.keys().map(String::as_str).collect())
            .unwrap_or_default()
    };
    let mut files: Vec<&str> = tables.values().map(|t| t.name.as_str()).collect();
    files.sort_unstable();
    let shape = Shape {
        files,
        service_columns: columns("services.csv"),
        language_columns: columns("languages.csv"),
    };
    let (version, shown) = layout::detect(&shape);
    let declared = datapackage.and_then(layout::declared_version);
    let mut format = format!("{version} tabular package");
    if !shown.is_empty() {
        format.push_str(&format!(" ({})", shown.join(", ")));
    }
    if let Some(declared) = &declared {
        if layout::agrees(declared, version) {
            format.push_str(&format!(", version {declared} in datapackage.json"));
        } else {
            import.problems.push(Problem::warning(
                Place::Catalogue,
                Some("datapackage.json"),
                format!(
                    "datapackage.json says HSDS version {declared}, but the tables are laid out as {version}: they are read as they are laid out"
                ),
            ));
        }
    }
    if version == Version::One {
        warn_numbered_days(tables.get("regular_schedules.csv"), import);
    }
    import.format = Some(format);
}

/// Warns once when `regular_schedules.csv` numbers its days, since HSDS 1.1 says
/// `weekday` is a number without saying which day is 1.
fn warn_numbered_days(table: Option<&Table>, import: &mut Import) {
    let Some(table) = table else { return };
    let numbered = table.rows.iter().find(|row| {
        table
            .get(row, "weekday")
            .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
    });
    if let Some(row) = numbered {
        import.problems.push(Problem::warning(
            table.place(row, None),
            Some("weekday"),
            layout::NUMBERED_DAYS,
        ));
    }
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

/// Rows of a schedule table for a service at one location: those linked to the
/// service-at-location row, and those for the service at this location that leave
/// out the link's id, in file order.
fn at_location<'t>(
    linked: &Linked<'t>,
    sal_id: Option<&str>,
    service_id: &str,
    location_id: &Option<String>,
) -> Vec<&'t Row> {
    let t = linked.table;
    let mut rows: Vec<&Row> = Vec::new();
    if let Some(sal) = sal_id {
        rows.extend(linked.rows("service_at_location_id", sal));
    }
    if let Some(location) = location_id {
        rows.extend(linked.rows("service_id", service_id).iter().filter(|r| {
            t.get(r, "service_at_location_id").is_none()
                && t.get(r, "location_id").as_deref() == Some(location.as_str())
        }));
    }
    rows.sort_by_key(|r| r.line);
    rows
}

/// A row of `schedules.csv` (RRULE parts) or `regular_schedules.csv` (a
/// `weekday`), which share their other columns.
fn schedule_row(t: &Table, r: &Row, about: &str) -> ScheduleRow {
    ScheduleRow {
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
        weekday: t.get(r, "weekday"),
        description: t.get(r, "description"),
        origin: t.origin(r, about),
    }
}

/// The name (`term` in HSDS 2.0) and code of the taxonomy term with this id.
fn term_words(terms: &Linked, id: &str) -> Vec<String> {
    let Some(row) = terms.rows("id", id).first() else {
        return Vec::new();
    };
    ["name", "term", "code"]
        .into_iter()
        .filter_map(|column| terms.table.get(row, column))
        .collect()
}

/// A row of `holiday_schedules.csv`.
fn holiday_row(t: &Table, r: &Row, about: &str) -> HolidayRow {
    HolidayRow {
        closed: t.get(r, "closed"),
        opens_at: t.get(r, "opens_at"),
        closes_at: t.get(r, "closes_at"),
        start_date: t.get(r, "start_date"),
        end_date: t.get(r, "end_date"),
        origin: t.origin(r, about),
    }
}

/// The tables besides `services.csv`; missing ones are empty.
struct Package<'t> {
    organizations: &'t Table,
    locations: &'t Table,
    service_at_location: Linked<'t>,
    /// RRULE schedules (HSDS 2.0 and 3.0).
    schedules: Linked<'t>,
    /// One weekday a row (HSDS 1.x).
    regular_schedules: Linked<'t>,
    /// Closures and other hours on some dates (HSDS 1.x).
    holiday_schedules: Linked<'t>,
    addresses: Linked<'t>,
    /// Addresses before 3.0, one table a kind.
    physical_addresses: Linked<'t>,
    postal_addresses: Linked<'t>,
    phones: Linked<'t>,
    languages: Linked<'t>,
    accessibility: Linked<'t>,
    /// Accessibility before 3.0.
    accessibility_for_disabilities: Linked<'t>,
    cost_options: Linked<'t>,
    /// HSDS 1.0's fees, one a row.
    fees: Linked<'t>,
    attributes: Linked<'t>,
    /// HSDS 2.0's links from services to taxonomy terms.
    service_attributes: Linked<'t>,
    taxonomy_terms: Linked<'t>,
    /// HSDS 1.1's links from services to taxonomy entries, and the entries.
    services_taxonomy: Linked<'t>,
    taxonomy: Linked<'t>,
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
                            "organization `{org_id}` is not in {}, so the provider is not known",
                            self.organizations.name_or("organizations.csv")
                        ),
                    );
                }
                found
            });
            let service_id = id.clone().unwrap_or_default();
            let sal_rows = self.service_at_location.rows("service_id", &service_id);
            let mut at_locations: Vec<ServiceAtLocation> = sal_rows
                .iter()
                .map(|sal| self.service_at_location(sal, &service_id, about, &locations))
                .collect();
            // Before services_at_location, HSDS 1.0 linked a service to one
            // location in services.csv, and many exports still do.
            if at_locations.is_empty()
                && let Some(location_id) = services.get(row, "location_id")
            {
                at_locations.push(self.direct_location(
                    &location_id,
                    &service_id,
                    about,
                    &locations,
                    &origin,
                ));
            }
            let service_only = |t: &Table, r: &Row| {
                t.get(r, "service_at_location_id").is_none() && t.get(r, "location_id").is_none()
            };
            let service = Service {
                id,
                name,
                description: services.get(row, "description"),
                url: services.get(row, "url"),
                email: services.get(row, "email"),
                status: services.get(row, "status"),
                application_process: services.get(row, "application_process"),
                fees_description: services.get(row, "fees_description"),
                fees: services
                    .get(row, "fees")
                    .or_else(|| self.fees_of(&service_id)),
                interpretation_services: services.get(row, "interpretation_services"),
                assured_date: services.get(row, "assured_date"),
                last_modified: services.get(row, "last_modified"),
                minimum_age: services.get(row, "minimum_age"),
                maximum_age: services.get(row, "maximum_age"),
                organization,
                languages: self.languages_of(&service_id, about),
                cost_options: self.cost_options_of(&service_id, about),
                schedules: self.schedules_where(about, "service_id", &service_id, service_only),
                holidays: self.holidays_where(about, "service_id", &service_id, service_only),
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
            // A row naming a service too is that service's schedule there.
            let location_only = |t: &Table, r: &Row| {
                t.get(r, "service_id").is_none() && t.get(r, "service_at_location_id").is_none()
            };
            let location = Location {
                id: Some(id.clone()),
                name,
                alternate_name: table.get(row, "alternate_name"),
                location_type: table.get(row, "location_type"),
                latitude: table.get(row, "latitude"),
                longitude: table.get(row, "longitude"),
                url: table.get(row, "url"),
                transportation: table.get(row, "transportation"),
                addresses: self.addresses_of(&id),
                accessibility: self.accessibility_of(&id, about),
                phones: self.phones_of(self.phones.rows("location_id", &id), |_, _| true),
                schedules: self.schedules_where(about, "location_id", &id, location_only),
                holidays: self.holidays_where(about, "location_id", &id, location_only),
                origin: Origin {
                    place,
                    path: String::new(),
                },
            };
            found.insert(id, location);
        }
        found
    }

    /// The addresses of a location: from `addresses.csv` (3.0), whose rows say
    /// their type, and from the physical and postal address tables before it.
    fn addresses_of(&self, location_id: &str) -> Vec<Address> {
        let sources = [
            (&self.addresses, None),
            (&self.physical_addresses, Some("physical")),
            (&self.postal_addresses, Some("postal")),
        ];
        let mut addresses = Vec::new();
        for (linked, kind) in sources {
            let t = linked.table;
            for r in linked.rows("location_id", location_id) {
                addresses.push(Address {
                    address_1: t.get(r, "address_1"),
                    address_2: t.get(r, "address_2"),
                    city: t.get(r, "city"),
                    postal_code: t.get(r, "postal_code"),
                    address_type: kind.map(str::to_owned).or_else(|| t.get(r, "address_type")),
                });
            }
        }
        addresses
    }

    /// The accessibility notes of a location: `accessibility.csv` (3.0) and
    /// `accessibility_for_disabilities.csv` (before 3.0).
    fn accessibility_of(&self, location_id: &str, about: &str) -> Vec<AccessNote> {
        let mut notes = Vec::new();
        for (linked, list_column) in [
            (&self.accessibility, None),
            (&self.accessibility_for_disabilities, Some("accessibility")),
        ] {
            let t = linked.table;
            for r in linked.rows("location_id", location_id) {
                notes.push(AccessNote {
                    texts: ["description", "details"]
                        .into_iter()
                        .filter_map(|key| t.get(r, key).map(|text| (key, text)))
                        .collect(),
                    list: list_column.and_then(|column| t.get(r, column)),
                    origin: t.origin(r, about),
                });
            }
        }
        notes
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
                    // `url` before HSDS 3.0.
                    website: table.get(row, "website").or_else(|| table.get(row, "url")),
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

    /// The location a link names, or why it cannot be used.
    fn linked_location(
        &self,
        location_id: Option<&String>,
        locations: &IndexedLocations,
    ) -> Result<Location, NoLocation> {
        match location_id {
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
        }
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
        let phones = match &sal_id {
            Some(sal) => {
                self.phones_of(self.phones.rows("service_at_location_id", sal), |_, _| true)
            }
            None => Vec::new(),
        };
        ServiceAtLocation {
            location: self.linked_location(location_id.as_ref(), locations),
            schedules: [&self.schedules, &self.regular_schedules]
                .into_iter()
                .flat_map(|linked| {
                    let rows = at_location(linked, sal_id.as_deref(), service_id, &location_id);
                    rows.into_iter()
                        .map(|r| schedule_row(linked.table, r, about))
                })
                .collect(),
            holidays: at_location(
                &self.holiday_schedules,
                sal_id.as_deref(),
                service_id,
                &location_id,
            )
            .into_iter()
            .map(|r| holiday_row(self.holiday_schedules.table, r, about))
            .collect(),
            phones,
            origin: table.origin(row, about),
        }
    }

    /// The location `services.csv` names in its `location_id` column (HSDS 1.0),
    /// with the schedules given for the service there.
    fn direct_location(
        &self,
        location_id: &str,
        service_id: &str,
        about: &str,
        locations: &IndexedLocations,
        origin: &Origin,
    ) -> ServiceAtLocation {
        let location_id = Some(location_id.to_owned());
        ServiceAtLocation {
            location: self.linked_location(location_id.as_ref(), locations),
            schedules: [&self.schedules, &self.regular_schedules]
                .into_iter()
                .flat_map(|linked| {
                    let rows = at_location(linked, None, service_id, &location_id);
                    rows.into_iter()
                        .map(|r| schedule_row(linked.table, r, about))
                })
                .collect(),
            holidays: at_location(&self.holiday_schedules, None, service_id, &location_id)
                .into_iter()
                .map(|r| holiday_row(self.holiday_schedules.table, r, about))
                .collect(),
            phones: Vec::new(),
            origin: origin.clone(),
        }
    }

    /// The languages of a service: a `name` and `code` (3.0), or a `language`
    /// (before 3.0), which may list several.
    fn languages_of(&self, service_id: &str, about: &str) -> Vec<Language> {
        let table = self.languages.table;
        let mut languages = Vec::new();
        for r in self.languages.rows("service_id", service_id) {
            let origin = table.origin(r, about);
            let (name, code) = (table.get(r, "name"), table.get(r, "code"));
            if name.is_some() || code.is_some() {
                languages.push(Language {
                    name,
                    code,
                    language: None,
                    origin: origin.clone(),
                });
            }
            if let Some(listed) = table.get(r, "language") {
                languages.extend(Language::listed(&listed, &origin));
            }
        }
        languages
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

    /// The fees of a service in HSDS 1.0's `fee.csv`, one sentence each.
    fn fees_of(&self, service_id: &str) -> Option<String> {
        let fees: Vec<String> = self
            .fees
            .rows("service_id", service_id)
            .iter()
            .filter_map(|r| self.fees.table.get(r, "fee"))
            .collect();
        (!fees.is_empty()).then(|| fees.join("; "))
    }

    /// Taxonomy term names and codes and attribute values linked to a service or
    /// to one of its service-at-location rows, in the tables of every version.
    fn categories_of(&self, service_id: &str, sal_rows: &[&Row]) -> Vec<String> {
        let attributes = self.attributes.table;
        let mut links: Vec<String> = sal_rows
            .iter()
            .filter_map(|r| self.service_at_location.table.get(r, "id"))
            .collect();
        links.push(service_id.to_owned());
        let mut categories = Vec::new();
        for link in links.iter().filter(|l| !l.is_empty()) {
            for row in self.attributes.rows("link_id", link) {
                if let Some(term_id) = attributes.get(row, "taxonomy_term_id") {
                    categories.extend(term_words(&self.taxonomy_terms, &term_id));
                }
                categories.extend(attributes.get(row, "value"));
            }
        }
        for row in self.service_attributes.rows("service_id", service_id) {
            if let Some(term_id) = self.service_attributes.table.get(row, "taxonomy_term_id") {
                categories.extend(term_words(&self.taxonomy_terms, &term_id));
            }
        }
        for row in self.services_taxonomy.rows("service_id", service_id) {
            if let Some(id) = self.services_taxonomy.table.get(row, "taxonomy_id") {
                categories.extend(term_words(&self.taxonomy, &id));
            }
        }
        categories
    }

    /// Schedule rows of `schedules.csv` and `regular_schedules.csv` whose `column`
    /// is `key` and that pass `keep`.
    fn schedules_where(
        &self,
        about: &str,
        column: &str,
        key: &str,
        keep: impl Fn(&Table, &Row) -> bool,
    ) -> Vec<ScheduleRow> {
        [&self.schedules, &self.regular_schedules]
            .into_iter()
            .flat_map(|linked| {
                linked
                    .rows(column, key)
                    .iter()
                    .filter(|r| keep(linked.table, r))
                    .map(|r| schedule_row(linked.table, r, about))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Rows of `holiday_schedules.csv` whose `column` is `key` and that pass `keep`.
    fn holidays_where(
        &self,
        about: &str,
        column: &str,
        key: &str,
        keep: impl Fn(&Table, &Row) -> bool,
    ) -> Vec<HolidayRow> {
        let linked = &self.holiday_schedules;
        linked
            .rows(column, key)
            .iter()
            .filter(|r| keep(linked.table, r))
            .map(|r| holiday_row(linked.table, r, about))
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

    /// The table's file name, or `missing` when the package has no such table.
    fn name_or<'s>(&'s self, missing: &'s str) -> &'s str {
        if self.name.is_empty() {
            missing
        } else {
            &self.name
        }
    }

    /// Reads column `from` as `to` too, when the table has no `to`.
    fn alias(&mut self, from: &str, to: &str) {
        if let Some(&at) = self.columns.get(from) {
            self.columns.entry(to.to_owned()).or_insert(at);
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
