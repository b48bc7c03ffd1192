//! The iCalendar reader must not panic on any text.
#![no_main]

use learnlocal_import::{ImportContext, ical};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = ical::read(text, &ImportContext::default());
});
