//! LearnLocal's web app: a thin Leptos shell over `learnlocal-core`.
//!
//! Views only translate between the page and the core: the URL's query string into
//! `Filters`, the core's results into markup. Logic that can be tested without a
//! browser belongs in the core crate, and every interface string comes from [`i18n`].

mod api;
mod app;
mod components;
mod coordinators;
mod format;
mod i18n;
mod insight_state;
mod kiosk;
mod language;
mod pages;
mod parts;
mod shards;
mod shortlist;
mod site;
mod state;

pub use app::App;

/// Starts the app: the interface language's messages first (English is built
/// in; another language is fetched while the catalogue already downloads), then
/// the app.
pub fn start() {
    // Leptos's own executor is set up by mounting, which comes after.
    kiosk::start();
    wasm_bindgen_futures::spawn_local(async {
        let (language, chosen) = language::initial();
        language::activate(language, chosen).await;
        // Starting the module, reading the messages and drawing the app are
        // each a task of their own: no one task blocks the phone for all.
        api::next_task().await;
        leptos::mount::mount_to_body(App);
    });
}

/// Starts the coordinators' page (`coordinators.html`, its own wasm): where
/// learning is missing, by area. The finder's binary never calls it, so none of
/// the page is in the finder's wasm.
pub fn start_coordinators() {
    coordinators::start();
}
