//! The search box.

use crate::i18n::t;
use leptos::prelude::*;

/// A labelled search field. Reports each edit with whether it may replace the
/// current history entry: the first keystroke of a burst adds an entry, the rest
/// of the burst replace it, so Back undoes a whole search rather than one letter.
#[component]
pub fn SearchBox(
    /// The search text as the URL holds it.
    text: Signal<String>,
    /// Called with the new text and `true` when it should replace the history entry.
    on_text: Callback<(String, bool)>,
) -> impl IntoView {
    let typing = StoredValue::new(false);
    // What this box last sent. When the URL's text becomes anything else (Back,
    // Forward, a cleared filter), the burst of typing is over: the next keystroke
    // starts a new history entry.
    let sent = StoredValue::new(text.get_untracked());
    Effect::new(move |_| {
        if text.with(|t| sent.with_value(|s| t != s)) {
            typing.set_value(false);
        }
    });
    view! {
        <form class="search-box" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="search-box__label" for="search">
                {t().search_label}
            </label>
            <input
                class="search-box__input"
                id="search"
                type="search"
                autocomplete="off"
                aria-describedby="search-hint"
                prop:value=text
                on:input=move |ev| {
                    let replace = typing.get_value();
                    typing.set_value(true);
                    let value = event_target_value(&ev);
                    sent.set_value(value.clone());
                    on_text.run((value, replace));
                }
                on:change=move |_| typing.set_value(false)
            />
            <p class="search-box__hint" id="search-hint">
                {t().search_hint}
            </p>
        </form>
    }
}
