//! LearnLocal's core: the catalogue model, filtering, ordering and distance.
//!
//! This crate is pure. It does no IO, touches no browser API and knows nothing of
//! Leptos, so everything here is tested natively and shared by the web app and the
//! data tool. Nothing in it panics on user input: a bad query value filters nothing,
//! and a bad catalogue is an `Err` with a message a person can act on.

pub mod catalogue;
pub mod distance;
pub mod filter;
pub mod link;
pub mod route;
pub mod search;
pub mod text;

pub use catalogue::{Catalogue, CatalogueError, Kind, LatLon, Opportunity, Skill, Venue};
pub use filter::Filters;
pub use search::{Hit, find};
