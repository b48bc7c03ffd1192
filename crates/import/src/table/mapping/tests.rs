//! Any spreadsheet through a column map: the map's mistakes, the Plymouth
//! libraries and the template, and hostile input.

use super::*;
use learnlocal_core::catalogue::{LatLon, Skill, Venue};
use learnlocal_core::opportunity::{JoinMethod, Kind, Mode, Price};
use learnlocal_core::schedule::WeeklySlot;
use learnlocal_core::time::Weekday::{Fri, Mon, Sat, Thu, Tue, Wed};

const PLYMOUTH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/librarydata/libraries_plymouth.csv"
);
const LIBRARYDATA_MAP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/mappings/librarydata.mapping.csv"
);
const TEMPLATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/mappings/template.csv"
);
const TEMPLATE_MAP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/mappings/template.mapping.csv"
);

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn slot(days: &[Weekday], start: &str, end: &str) -> WeeklySlot {
    WeeklySlot {
        days: days.to_vec(),
        start: Time::parse(start).unwrap(),
        end: Time::parse(end).unwrap(),
    }
}

fn venue(id: &str, name: &str, postcode: Option<&str>) -> Venue {
    Venue {
        id: id.into(),
        name: name.into(),
        address: None,
        postcode: postcode.map(Into::into),
        neighbourhood: None,
        location: LatLon {
            lat: 50.4113,
            lon: -4.1294,
        },
        accessibility: vec![],
        opening_hours: vec![],
        url: None,
        phone: None,
    }
}

fn messages(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

fn plymouth_ctx(venues: Vec<Venue>) -> ImportContext {
    ImportContext {
        venues,
        source: "Plymouth libraries CSV".into(),
        default_currency: "GBP".into(),
        ..ImportContext::default()
    }
}

/// (line, name) of each row left out for want of a place.
fn left_out_rows(import: &Import) -> Vec<(usize, String)> {
    import
        .left_out
        .iter()
        .filter(|l| l.reason == LeftOutReason::NoLocation)
        .map(|l| match &l.place {
            Place::Row { line, name } => (*line, name.clone().unwrap_or_default()),
            other => panic!("not a row: {other:?}"),
        })
        .collect()
}

/// A keeper's columns may be mapped to `translations.<tag>.title`, `.summary`
/// and `.description`, one language or many; a row's empty cells give nothing.
#[test]
fn translations_may_be_mapped() {
    let map = ColumnMap::parse(
        "field,column\nkind,=course\nmode,=online\ntitle,Course\nsummary,About\n\
         translations.pl.title,Kurs\ntranslations.pl.summary,O kursie\n\
         Translations.UK.Title,Курс\ntranslations.ar.description,Note AR: {Details}\n",
    )
    .unwrap();
    let text = "Course,About,Kurs,O kursie,Курс,Details\n\
                Email basics,Learn email.,Podstawy poczty,Naucz się poczty.,Основи пошти,متاح للجميع\n\
                The web,Learn the web.,,,,\n";
    let import = read_mapped(text, &map, &ImportContext::default());
    assert_eq!(messages(&import.problems), Vec::<String>::new());
    let email = &import.opportunities[0];
    let tags: Vec<&str> = email.translations.iter().map(|t| t.lang.as_str()).collect();
    assert_eq!(tags, ["pl", "uk", "ar"]);
    assert_eq!(email.title_in("pl", "en").text, "Podstawy poczty");
    assert_eq!(email.summary_in("pl", "en").text, "Naucz się poczty.");
    assert_eq!(email.title_in("uk", "en").text, "Основи пошти");
    assert_eq!(
        email.description_in("ar", "en").map(|d| d.text),
        Some("Note AR: متاح للجميع")
    );
    assert!(import.opportunities[1].translations.is_none());
}

/// A translation field that cannot be one is a mapping error naming why.
#[test]
fn translation_fields_are_checked() {
    let problems = ColumnMap::parse(
        "field,column\nkind,=course\ntitle,Course\ntranslations.polish.title,Kurs\ntranslations.pl.venue,Miejsce\n",
    )
    .unwrap_err();
    assert_eq!(
        messages(&problems),
        [
            "error: row 4 (translations.polish.title), column `field`: `polish` is not a language tag such as `pl`, `ga` or `pt-BR`",
            "error: row 5 (translations.pl.venue), column `field`: `venue` cannot be translated here: the fields that can are title, summary, description, as in `translations.pl.title`",
        ]
    );
}

/// A mapping's mistakes are all reported at once, unknown fields with the
/// list of valid ones.
#[test]
fn mapping_mistakes_are_all_reported() {
    let text = "Field,Column\nkind,=course\ncolour,Colour\nsummary,\nid_prefix,Prefix\n,Title\n";
    let problems = ColumnMap::parse(text).unwrap_err();
    let valid = valid_fields().collect::<Vec<_>>().join(", ");
    assert!(valid.contains("venue_name") && valid.contains("hours_su"));
    assert_eq!(
        messages(&problems),
        vec![
            format!(
                "error: row 3 (colour), column `field`: `colour` is not a field LearnLocal knows; the fields are: {valid}, and translations such as `translations.pl.title`"
            ),
            "error: row 4 (summary), column `column`: no column is given for `summary`: name a column of your file, or write `=value` for a constant".to_owned(),
            "error: row 5 (id_prefix), column `column`: `id_prefix` must be a constant such as `=plymouth-`, not the column `Prefix`".to_owned(),
            "error: row 6, column `field`: the row names no field".to_owned(),
            "error: row 1, column `title`: `title` is not mapped: add a row `title,<your column>` (or `title,=value`)".to_owned(),
        ]
    );
    let problems = ColumnMap::parse("name,value\n").unwrap_err();
    assert_eq!(
        messages(&problems).first().unwrap(),
        "error: row 1, column `field`: column `field` is missing; the header has: name, value (a mapping's header is `field,column`)"
    );
}

/// The Plymouth libraries have no coordinates, so with no gazetteer every open
/// one is left out for want of a place, each named by row and library; the six
/// with a year closed are left out as closed, with a warning.
#[test]
fn plymouth_libraries_without_a_gazetteer_are_all_left_out() {
    let map = ColumnMap::parse(&read(LIBRARYDATA_MAP)).unwrap();
    let text = read(PLYMOUTH);
    let data_rows = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .count();
    assert_eq!(data_rows, 17);
    let import = read_mapped(&text, &map, &plymouth_ctx(vec![]));
    assert!(import.opportunities.is_empty() && import.venues.is_empty());
    assert_eq!(import.left_out.len(), data_rows);
    let rows = left_out_rows(&import);
    assert_eq!(rows.len(), 11);
    assert_eq!(rows.first(), Some(&(2, "Crownhill Library".to_owned())));
    assert_eq!(rows.last(), Some(&(15, "St Budeaux Library".to_owned())));
    let closed: Vec<&LeftOut> = import
        .left_out
        .iter()
        .filter(|l| l.reason == LeftOutReason::Closed)
        .collect();
    assert_eq!(closed.len(), 6);
    let messages = messages(&import.problems);
    assert_eq!(messages.len(), data_rows, "{messages:#?}");
    assert_eq!(
        messages.last().unwrap(),
        "warning: row 18 (West Park Library), column `Year closed`: closed (2019), so it is left out: a place that has closed is not listed"
    );
    assert_eq!(
        messages.first().unwrap(),
        "error: row 2 (Crownhill Library): no coordinates, and no known venue or neighbourhood is called `Crownhill Library` or has the postcode `PL6 5AN`"
    );
}

/// With a known venue called Crownhill Library, that row is placed there and
/// kept with its staffed hours as schedule; the other rows are still reported.
#[test]
fn plymouth_library_known_by_name_is_kept() {
    let map = ColumnMap::parse(&read(LIBRARYDATA_MAP)).unwrap();
    let ctx = plymouth_ctx(vec![venue("crownhill", "Crownhill Library", None)]);
    let import = read_mapped(&read(PLYMOUTH), &map, &ctx);
    assert_eq!(import.opportunities.len(), 1);
    let o = import.opportunities.first().unwrap();
    assert_eq!(o.id, "plymouth-crownhill-library");
    assert_eq!(
        (o.kind, o.title.as_str()),
        (Kind::Library, "Crownhill Library")
    );
    assert_eq!(o.summary, "Public library");
    assert_eq!(o.venue.as_deref(), Some("crownhill"));
    assert!(import.venues.is_empty(), "the known venue is reused");
    // Monday 08:30-18:00, Thursday 08:30-20:00, Saturday 09:00-17:00, closed Sunday.
    assert_eq!(
        o.schedule.weekly,
        vec![
            slot(&[Mon, Tue, Wed, Fri], "08:30", "18:00"),
            slot(&[Thu], "08:30", "20:00"),
            slot(&[Sat], "09:00", "17:00"),
        ]
    );
    assert_eq!(
        o.url.as_deref(),
        Some("https://www.plymouth.gov.uk/libraries/findlibraryandopeninghours/crownhilllibrary")
    );
    assert_eq!(o.booking.email.as_deref(), Some("library@plymouth.gov.uk"));
    assert_eq!(o.booking.how, vec![JoinMethod::WalkIn]);
    assert!(o.cost.free);
    assert_eq!(
        o.provider.as_ref().map(|p| p.name.as_str()),
        Some("Plymouth")
    );
    assert_eq!(o.skills, vec!["reading-groups"]);
    assert_eq!(o.source.as_deref(), Some("Plymouth libraries CSV"));
    let rows = left_out_rows(&import);
    assert_eq!(rows.len(), 10);
    assert!(!rows.iter().any(|(_, name)| name == "Crownhill Library"));
    assert_eq!(rows.first(), Some(&(3, "Devonport Library".to_owned())));
}

/// A library placed by its postcode gets a venue of its own, with the address
/// lines joined and the staffed hours as opening hours.
#[test]
fn plymouth_library_located_by_postcode_gets_a_venue() {
    let map = ColumnMap::parse(&read(LIBRARYDATA_MAP)).unwrap();
    let ctx = plymouth_ctx(vec![venue("po", "Crownhill Post Office", Some("pl6 5an"))]);
    let import = read_mapped(&read(PLYMOUTH), &map, &ctx);
    let v = import.venues.first().unwrap();
    assert_eq!(v.id, "plymouth-crownhill-library-venue");
    assert_eq!(v.name, "Crownhill Library");
    assert_eq!(v.address.as_deref(), Some("Cross Park Road, Crownhill"));
    assert_eq!(v.postcode.as_deref(), Some("PL6 5AN"));
    assert_eq!(v.location, ctx.venues.first().unwrap().location);
    assert_eq!(
        v.opening_hours.get(1),
        Some(&slot(&[Thu], "08:30", "20:00"))
    );
    let o = import.opportunities.first().unwrap();
    assert_eq!(o.venue.as_deref(), Some("plymouth-crownhill-library-venue"));
    assert_eq!(o.schedule.weekly, v.opening_hours);
    assert_eq!(
        messages(&import.problems).first().unwrap(),
        "warning: row 2 (Crownhill Library): no coordinates: placed at 50.41130, -4.12940, where a known place with its name or postcode is"
    );
}

/// The shipped template imports through its mapping with no errors or
/// warnings, and every column reaches the record.
#[test]
fn template_imports_cleanly() {
    let map = ColumnMap::parse(&read(TEMPLATE_MAP)).unwrap();
    let skill = |id: &str| Skill {
        id: id.into(),
        label: id.into(),
        ..Skill::default()
    };
    let ctx = ImportContext {
        skills: ["esol", "citizenship", "digital", "languages"]
            .map(skill)
            .to_vec(),
        source: "template".into(),
        ..ImportContext::default()
    };
    let import = read_mapped(&read(TEMPLATE), &map, &ctx);
    assert_eq!(messages(&import.problems), Vec::<String>::new());
    assert!(import.left_out.is_empty());
    let ids: Vec<&str> = import.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, vec!["tpl-001", "tpl-002", "tpl-003"]);
    let [cafe, phones, irish] = [0, 1, 2].map(|i| import.opportunities.get(i).unwrap());
    assert_eq!(cafe.title, "Conversation café for newcomers");
    assert_eq!(cafe.skills, vec!["esol", "citizenship"]);
    assert_eq!(cafe.schedule.weekly, vec![slot(&[Wed], "18:00", "19:30")]);
    assert_eq!(cafe.venue.as_deref(), Some("tpl-001-venue"));
    assert_eq!(
        phones.schedule.weekly,
        vec![slot(&[Tue, Thu], "10:30", "12:00")]
    );
    assert_eq!(
        phones.cost.prices,
        vec![Price {
            amount: 20.0,
            currency: "EUR".into(),
            label: None
        }]
    );
    assert_eq!(
        phones.booking.how,
        vec![JoinMethod::Phone, JoinMethod::Email]
    );
    assert_eq!((irish.mode, irish.venue.as_deref()), (Mode::Online, None));
    assert_eq!(irish.languages, vec!["ga", "en"]);
    let blackpool = import.venues.get(1).unwrap();
    assert_eq!(blackpool.name, "Blackpool Library");
    assert_eq!(
        blackpool.location,
        LatLon {
            lat: 51.9105,
            lon: -8.4636
        }
    );
    assert_eq!(
        blackpool.address.as_deref(),
        Some("Redforge Road, Blackpool, Cork")
    );
}

/// Repeated fields join their cells, constants fill every row, ids are
/// prefixed slugs, and per-day hours take several ranges, `closed` and empty.
#[test]
fn mapping_features() {
    let mapping = "field,column\nkind,=activity\ntitle,Name\nid,Name\nid_prefix,=x-\naddress,Street\naddress,Town\n\
                   skills,Topic\nskills,=digital\nlat,Lat\nlon,Lon\nhours_mo,Mon\nhours_tu,Tue\nhours_we,Wed\n";
    let map = ColumnMap::parse(mapping).unwrap();
    let sheet = "Name,Street,Town,Topic,Lat,Lon,Mon,Tue,Wed,Spare\n\
                 Glen Hall!,1 Glen Road,,music,51.9,-8.4,\"09:00-13:00,14:00-17:00\",closed,09:00-13:00,z\n\
                 Bad Hours,,Cork,,51.9,-8.4,9-5,,,\n";
    let import = read_mapped(sheet, &map, &ImportContext::default());
    let o = import.opportunities.first().unwrap();
    assert_eq!(o.id, "x-glen-hall");
    assert_eq!(o.skills, vec!["music", "digital"]);
    let v = import.venues.first().unwrap();
    assert_eq!(v.address.as_deref(), Some("1 Glen Road"));
    assert_eq!(
        v.opening_hours,
        vec![
            slot(&[Mon, Wed], "09:00", "13:00"),
            slot(&[Mon], "14:00", "17:00")
        ]
    );
    let second = import.venues.get(1).unwrap();
    assert_eq!(second.address.as_deref(), Some("Cork"));
    assert!(second.opening_hours.is_empty());
    assert_eq!(
        messages(&import.problems),
        vec![format!(
            "warning: row 3 (Bad Hours), column `Mon`: {}; the opening hours are left out",
            Time::parse("9").unwrap_err()
        )]
    );
}

/// A mapped column missing from the file is one error when it feeds the title
/// (every row is then left out), and one warning otherwise.
#[test]
fn missing_mapped_columns() {
    let map =
        ColumnMap::parse("field,column\nkind,=course\ntitle,Course\nurl,Link\nmode,=online\n")
            .unwrap();
    let import = read_mapped(
        "Name,Link\nA,https://a.example\nB,\n",
        &map,
        &ImportContext::default(),
    );
    assert_eq!(
        messages(&import.problems),
        vec![
            "error: row 1, column `Course`: column `Course` (mapped to `title`) is missing; the header has: Name, Link"
        ]
    );
    assert_eq!(import.left_out.len(), 2);
    assert!(
        import
            .left_out
            .iter()
            .all(|l| l.reason == LeftOutReason::NoTitle)
    );
    let import = read_mapped("Course\nA\n", &map, &ImportContext::default());
    assert_eq!(
        messages(&import.problems),
        vec![
            "warning: row 1, column `Link`: column `Link` (mapped to `url`) is missing, so `url` is read as empty; the header has: Course"
        ]
    );
    assert_eq!(
        import.opportunities.first().map(|o| o.title.as_str()),
        Some("A")
    );
}

/// Hostile inputs never make the mapping reader panic, and every row is kept
/// or left out.
#[test]
fn hostile_inputs_do_not_panic() {
    let maps = [
        ColumnMap::parse(&read(LIBRARYDATA_MAP)).unwrap(),
        ColumnMap::parse(&read(TEMPLATE_MAP)).unwrap(),
    ];
    let library_header = read(PLYMOUTH).lines().next().unwrap_or_default().to_owned();
    let template_header = read(TEMPLATE).lines().next().unwrap_or_default().to_owned();
    let mut inputs: Vec<String> = vec![
        String::new(),
        "\"".into(),
        ",,,\n".repeat(100),
        "a;b;c\n=,=,=\n".into(),
        format!("x,{}\n", "y,".repeat(5000)),
        String::from_utf8_lossy(b"\xff\xfe\n\xc3,\xe2\x82,\n").into_owned(),
    ];
    let alphabet = b",;\n\"-:=. 0123456789mosuyes\xc3\xa9closed";
    inputs.extend(crate::random_texts(
        0x2545_F491_4F6C_DD1D,
        200,
        200,
        alphabet,
    ));
    let ctx = ImportContext::default();
    for input in &inputs {
        let _ = ColumnMap::parse(input);
        let _ = ColumnMap::parse(&format!("field,column\n{input}"));
        for text in [
            input.clone(),
            format!("{library_header}\n{input}"),
            format!("{template_header}\n{input}"),
        ] {
            // Every row, readable or not, is kept or left out.
            let sheet = Sheet::parse(&text);
            let rows = sheet.rows.len() + sheet.unreadable.len();
            for map in &maps {
                let import = read_mapped(&text, map, &ctx);
                assert_eq!(
                    import.opportunities.len() + import.left_out.len(),
                    rows,
                    "{text:?}"
                );
            }
        }
    }
}

/// A title made of text and a column (`Mobile library: {Stop}`), a field from
/// several columns, and a keeper's words translated (`values`): `Public` is
/// everyone, and a word the table does not know is left for the reader to report.
#[test]
fn templates_and_value_tables() {
    let map = ColumnMap::parse(
        "field,column,values\n\
         kind,=activity,\n\
         title,Mobile library: {Stop},\n\
         id,{Stop} {Day},\n\
         summary,Visits {Area} on {Day}s,\n\
         venue_name,Stop,\n\
         lat,Latitude,\n\
         lon,Longitude,\n\
         mode,=in_person,\n\
         audience,Type,Public=everyone;Young readers=young_people\n",
    )
    .unwrap();
    let csv = "Stop,Area,Day,Latitude,Longitude,Type\n\
               Tyniec,Dębniki,Wednesday,50.0174,19.8226,Public\n\
               Swoszowice,,Saturday,49.9969,19.9381,young readers\n\
               Bieżanów,Prokocim,Tuesday,50.0211,20.0297,Members\n";
    let import = read_mapped(csv, &map, &ImportContext::default());
    let titles: Vec<(&str, &str)> = import
        .opportunities
        .iter()
        .map(|o| (o.id.as_str(), o.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            ("tyniec-wednesday", "Mobile library: Tyniec"),
            ("swoszowice-saturday", "Mobile library: Swoszowice"),
            ("biezanow-tuesday", "Mobile library: Bieżanów"),
        ],
        "{:#?}",
        messages(&import.problems)
    );
    let first = &import.opportunities[0];
    assert_eq!(first.summary, "Visits Dębniki on Wednesdays");
    assert_eq!(format!("{:?}", first.audience), "[Everyone]");
    // An empty cell leaves no double space.
    assert_eq!(import.opportunities[1].summary, "Visits on Saturdays");
    assert_eq!(
        format!("{:?}", import.opportunities[1].audience),
        "[YoungPeople]"
    );
    let text = messages(&import.problems);
    assert!(
        text.iter().any(|t| t
            == "warning: row 4 (Mobile library: Bieżanów), column `Type`: `Members` is not one of everyone, adults, older_people, young_people, children, families, newcomers, jobseekers, carers; it is left out"),
        "{text:#?}"
    );
}

/// Mistakes in a template or a value table name the mapping's row and column.
#[test]
fn template_and_value_table_mistakes_are_explained() {
    let errors = ColumnMap::parse(
        "field,column,values\n\
         kind,=course,\n\
         title,Course: {Name,\n\
         summary,{},\n\
         audience,Type,Public\n",
    )
    .unwrap_err();
    let text = messages(&errors);
    assert_eq!(
        text,
        [
            "error: row 3 (title), column `column`: `Course: {Name` opens a `{` it does not close: write `{Column name}` for a column's cell",
            "error: row 4 (summary), column `column`: `{}` has an empty `{}`: write the column's name inside",
            "error: row 5 (audience), column `values`: `Public` is not `your word=LearnLocal's word`; separate pairs with `;`, as in `Public=everyone;Children=children`",
            "error: row 1, column `title`: `title` is not mapped: add a row `title,<your column>` (or `title,=value`)",
        ]
    );
}
