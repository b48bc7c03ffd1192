//! The OpenActive / schema.org JSON-LD reader must not panic on any text.
#![no_main]

use learnlocal_import::{ImportContext, openactive};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = openactive::read(text, &ImportContext::default());
});
