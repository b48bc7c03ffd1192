//! The shortlist saved on this device: one signal, provided to every page, kept
//! in local storage under [`STORAGE_KEY`] in the core's text form
//! (`learnlocal_core::shortlist`), so it survives a reload and needs no account.
//!
//! This is the only module that reads or writes that key. Whatever resets the
//! device (a kiosk's idle reset) removes [`STORAGE_KEY`] and reloads the page.

use crate::api;
use learnlocal_core::shortlist::Shortlist;
use leptos::prelude::*;

/// The local storage key of the saved shortlist.
pub const STORAGE_KEY: &str = "learnlocal.shortlist";

/// The saved shortlist, as every page sees it.
#[derive(Clone, Copy)]
pub struct Saved(RwSignal<Shortlist>);

/// Reads the saved shortlist from storage and provides it. Called once, by the
/// app's shell.
pub fn provide_saved() {
    let read = || Shortlist::from_text(&api::stored(STORAGE_KEY).unwrap_or_default()).shortlist;
    let saved = RwSignal::new(read());
    provide_context(Saved(saved));
    // Another tab of the app saved or removed something (a result opened in a
    // new tab, say): follow it, so this tab never writes an older list over it.
    // It listens for as long as the page is open: dropping the handle leaves it.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|key| key == STORAGE_KEY) {
            saved.set(read());
        }
    });
}

/// The saved shortlist.
pub fn use_saved() -> Saved {
    expect_context::<Saved>()
}

impl Saved {
    /// Reads the shortlist, tracking it.
    pub fn with<R>(&self, f: impl FnOnce(&Shortlist) -> R) -> R {
        self.0.with(f)
    }

    /// Reads the shortlist without tracking it.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Shortlist) -> R) -> R {
        self.0.with_untracked(f)
    }

    /// Changes the shortlist and stores it at once.
    pub fn update(&self, f: impl FnOnce(&mut Shortlist)) {
        self.0.update(f);
        self.0
            .with_untracked(|list| api::store(STORAGE_KEY, &list.to_text()));
    }
}
