//! Kiosk mode's state and its reset: whether this screen is a kiosk, how long it
//! waits for a touch, and starting again so that nothing of the last visitor is
//! left (storage, history entries, the page's memory).
//!
//! Kiosk mode is on when the catalogue says `"kiosk": {"always": true}`, or once
//! the URL has said `kiosk=1` in this browser tab: that is kept in the tab's
//! session storage, so it lasts until the kiosk's browser is restarted, through
//! every reset. `idle=SECONDS` in the URL shortens the idle time the same way.
//! The idle clock's rules are `learnlocal_core::kiosk`'s; the controls that show
//! it are `components::kiosk_controls`. This module never shows anything.

use crate::api;
use crate::state::CatalogueResource;
use learnlocal_core::Filters;
use learnlocal_core::filter::PlaceRef;
use learnlocal_core::kiosk::{DEFAULT_IDLE_SECONDS, idle_from_query, is_on};
use leptos::prelude::*;

/// Session storage: kiosk mode was turned on by the URL in this tab.
const ON_KEY: &str = "learnlocal.kiosk";
/// Session storage: the idle time the URL asked for, in seconds.
const IDLE_KEY: &str = "learnlocal.kiosk.idle";
/// Session storage, during a reset only: the path to start again at.
const RESET_KEY: &str = "learnlocal.kiosk.reset";

thread_local! {
    /// Whether this page has started a reset.
    static RESETTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Kiosk mode as it is now: `None` when this screen is no kiosk.
#[derive(Clone, Copy)]
pub struct Kiosk(pub Memo<Option<KioskMode>>);

/// A kiosk's settings, from the catalogue and the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskMode {
    /// Seconds without a touch before the countdown.
    pub idle_seconds: u32,
    /// Where the kiosk is, a neighbourhood or venue id, when the catalogue says.
    pub place: Option<String>,
}

impl KioskMode {
    /// Where a visitor starts: the finder, near the kiosk when it has a place.
    pub fn start_path(&self) -> String {
        learnlocal_core::route::finder_path(&Filters {
            place: self.place.clone().map(PlaceRef::Named),
            ..Filters::default()
        })
    }
}

/// Before the app is mounted: keeps the URL's `kiosk=` and `idle=` for the tab's
/// life, and ends a reset that a history traversal interrupted by loading a page.
pub fn start() {
    if api::query_value("kiosk").is_some_and(|v| is_on(&v)) {
        api::session_store(ON_KEY, "1");
    }
    if let Some(seconds) = api::query_value("idle").and_then(|v| idle_from_query(&v)) {
        api::session_store(IDLE_KEY, &seconds.to_string());
    }
    finish_reset(false);
    // A reset goes back through the history; the entry it reaches may be shown
    // by this document (a `popstate`) or restored from the browser's cache.
    for event in ["popstate", "pageshow"] {
        api::on_window_event(event, |_| {
            finish_reset(true);
        });
    }
}

/// Provides [`Kiosk`] to the app, from the tab's session and the catalogue.
pub fn provide_kiosk() {
    let catalogue = expect_context::<CatalogueResource>();
    let by_url = api::session_stored(ON_KEY).is_some();
    let idle_by_url = api::session_stored(IDLE_KEY).and_then(|v| idle_from_query(&v));
    // Known once the catalogue has loaded, or failed to: a kiosk whose
    // catalogue cannot be loaded still starts again for the next visitor.
    let mode = Memo::new(move |_| {
        let settings = catalogue
            .get()?
            .ok()
            .and_then(|loaded| loaded.catalogue.kiosk.clone());
        let always = settings.as_ref().is_some_and(|s| s.always);
        (by_url || always).then_some(KioskMode {
            idle_seconds: idle_by_url
                .or_else(|| settings.as_ref().and_then(|s| s.idle_seconds))
                .unwrap_or(DEFAULT_IDLE_SECONDS),
            place: settings.and_then(|s| s.place),
        })
    });
    provide_context(Kiosk(mode));
}

/// Whether this screen is a kiosk now (false outside the app's context).
pub fn is_kiosk() -> bool {
    use_context::<Kiosk>().is_some_and(|k| k.0.with_untracked(Option::is_some))
}

/// Starts again for the next visitor: clears local and session storage (then
/// keeps kiosk mode on), goes back to this visit's first history entry, makes it
/// and the only entry after it the start page, so neither Back nor Forward shows
/// anything of the last visitor, and loads the app afresh there.
///
/// A page cannot remove history entries: going back to the first of them and
/// then adding one drops every entry after it. Entries from before the app
/// (the kiosk browser's own start page) stay, on another origin.
pub fn reset(mode: &KioskMode) {
    // Once: the history traversal it starts takes a moment.
    if RESETTING.with(|r| r.replace(true)) {
        return;
    }
    let idle = api::session_stored(IDLE_KEY);
    let on = api::session_stored(ON_KEY);
    api::clear_storage();
    if let Some(on) = on {
        api::session_store(ON_KEY, &on);
    }
    if let Some(idle) = idle {
        api::session_store(IDLE_KEY, &idle);
    }
    api::session_store(RESET_KEY, &crate::site::href(&mode.start_path()));
    match api::history_index() {
        Some(back) if back > 0 => api::history_go(-i32::try_from(back).unwrap_or(i32::MAX)),
        _ => {
            finish_reset(true);
        }
    }
}

/// At the first history entry of a reset: makes it the start page, drops the
/// entries after it, and (when the page was the last visitor's) loads the app
/// afresh. Does nothing, and says so, when no reset is under way.
fn finish_reset(reload: bool) -> bool {
    if api::history_index().is_some_and(|at| at > 0) {
        return false;
    }
    let Some(start) = api::session_take(RESET_KEY) else {
        return false;
    };
    api::replace_address(&start);
    if api::history_has_forward() {
        api::push_address(&start);
    }
    if reload {
        api::reload();
    }
    true
}
