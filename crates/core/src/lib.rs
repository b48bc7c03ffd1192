//! LearnLocal's core: the catalogue model, reading and validation, schedules,
//! filtering, ordering and distance.
//!
//! This crate is pure. It does no IO, reads no clock, touches no browser API and
//! knows nothing of Leptos, so everything here is tested natively and shared by the
//! web app and the data tool. Nothing in it panics on user input: a bad query value
//! filters nothing, and bad catalogue data becomes a [`Problem`] naming the record
//! and the field.

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

// First, so that every module below can use its `tokens!` macro.
#[macro_use]
pub mod token;

mod bits;
pub mod catalogue;
pub mod distance;
pub mod filter;
pub mod ics;
pub mod insight;
pub mod kiosk;
pub mod lang;
pub mod link;
pub mod map;
pub mod merge;
pub mod opportunity;
pub mod places;
pub mod problem;
pub mod qr;
pub mod read;
pub mod route;
pub mod schedule;
pub mod search;
pub mod shard;
pub mod shortlist;
pub mod site;
pub mod sorted;
pub mod text;
pub mod time;
pub mod tz;
pub mod validate;
mod word_index;

pub use catalogue::{
    Catalogue, LatLon, NamedPlace, Neighbourhood, Skill, SkillTranslation, Venue, VenueAccess,
};
pub use filter::Filters;
pub use lang::InLanguage;
pub use opportunity::{Kind, Opportunity, Translation};
pub use problem::{Place, Problem, Severity};
pub use read::{CatalogueError, Loaded, read_catalogue};
pub use search::{Hit, find};
pub use token::Token;
