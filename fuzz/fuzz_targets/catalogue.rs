//! The catalogue reader must not panic on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let now = learnlocal_core::time::DateTime::parse("2026-11-25T12:00").ok();
    let _ = learnlocal_core::read_catalogue(text, now);
});
