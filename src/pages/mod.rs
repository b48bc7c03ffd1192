//! One module per route.

pub mod detail;
pub mod finder;
pub mod not_found;
