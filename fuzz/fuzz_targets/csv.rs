//! The spreadsheet readers (native columns, the catalogue's own tables, and
//! through a column mapping) must not panic on any text.
#![no_main]

use learnlocal_import::{ImportContext, mapping, table};
use libfuzzer_sys::fuzz_target;

/// The mapping shipped for the Libraries Hacked schema, so mapped reading is exercised.
const LIBRARY_MAP: &str = include_str!("../../data/mappings/librarydata.mapping.csv");

fuzz_target!(|text: &str| {
    let ctx = ImportContext::default();
    let _ = table::read_opportunities(text, &ctx);
    let _ = table::read_venues(text, &ctx);
    let _ = table::read_settings(text);
    let _ = table::read_skills(text);
    let _ = table::read_neighbourhoods(text);
    if let Ok(map) = mapping::ColumnMap::parse(LIBRARY_MAP) {
        let _ = mapping::read_mapped(text, &map, &ctx);
    }
    let _ = mapping::ColumnMap::parse(text);
});
