//! LearnLocal's web app: a thin Leptos shell over `learnlocal-core`.
//!
//! Views only translate between the page and the core: the URL's query string into
//! `Filters`, the core's results into markup. Logic that can be tested without a
//! browser belongs in the core crate, and every interface string comes from [`i18n`].

mod api;
mod app;
mod components;
mod format;
pub mod i18n;
mod pages;
mod state;

pub use app::App;
