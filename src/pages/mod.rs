//! One module per route.

pub mod compare;
pub mod coordinators;
pub mod detail;
pub mod finder;
pub mod not_found;
pub mod shortlist;
