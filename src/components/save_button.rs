//! The "Save" toggle that puts an opportunity on the shortlist, or takes it off.

use crate::components::icon::{Icon, IconName};
use crate::i18n::t;
use crate::shortlist::use_saved;
use learnlocal_core::shortlist::MAX_ITEMS;
use leptos::prelude::*;

/// A toggle button: "Save" and a bookmark, pressed ("Saved") once the
/// opportunity `id` is on the shortlist. Its accessible name adds the title, so
/// a list of them says which is which. A press on a full shortlist saves
/// nothing and says so.
#[component]
pub fn SaveButton(
    /// The opportunity's id.
    id: String,
    /// Its title, for the accessible name.
    title: String,
) -> impl IntoView {
    let saved = use_saved();
    let is_saved = {
        let id = id.clone();
        Memo::new(move |_| saved.with(|list| list.contains(&id)))
    };
    // Set when a save found the shortlist full: said beside the button, never
    // a press that silently does nothing.
    let full = RwSignal::new(false);
    let toggle = move |_| {
        saved.update(|list| {
            let was_saved = list.contains(&id);
            let now_saved = list.toggle(&id);
            full.set(!was_saved && !now_saved);
        });
    };
    let name = move || {
        if is_saved.get() {
            t().shortlist_saved_named(&title)
        } else {
            t().shortlist_save_named(&title)
        }
    };
    view! {
        <button
            class="button button--secondary save-button"
            type="button"
            aria-pressed=move || if is_saved.get() { "true" } else { "false" }
            aria-label=name
            on:click=toggle
        >
            <Icon name=IconName::Bookmark />
            {move || if is_saved.get() { t().shortlist_saved() } else { t().shortlist_save() }}
        </button>
        <span class="save-button__status" role="status">
            {move || full.get().then(|| t().shortlist_full(MAX_ITEMS))}
        </span>
    }
}
