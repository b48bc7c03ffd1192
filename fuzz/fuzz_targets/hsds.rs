//! The Open Referral HSDS readers (JSON forms, and the CSV package with the
//! input as each table in turn) must not panic on any text.
#![no_main]

use learnlocal_import::{ImportContext, hsds};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;

fuzz_target!(|text: &str| {
    let ctx = ImportContext::default();
    let _ = hsds::read_json(text, &ctx);
    for table in ["services.csv", "locations.csv", "schedules.csv", "service_at_location.csv"] {
        let mut files = BTreeMap::new();
        files.insert("services.csv".to_owned(), "id,name\ns1,Service\n".to_owned());
        files.insert(table.to_owned(), text.to_owned());
        let _ = hsds::read_tabular(&files, &ctx);
    }
});
