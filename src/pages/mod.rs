//! One module per route.
//!
//! The detail, shortlist and compare pages are parts of the wasm loaded when first
//! opened (`crate::parts`): the shell every visit downloads does not carry them.

pub mod compare;
pub mod coordinators;
pub mod detail;
pub mod finder;
pub mod not_found;
pub mod shortlist;
