//! The search box.

use crate::app::ShellTyped;
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
    // Words typed into the static shell before the app had loaded, and its focus.
    let field = NodeRef::<leptos::html::Input>::new();
    if let Some(ShellTyped(typed)) = use_context::<ShellTyped>() {
        Effect::new(move |_| {
            let Some(early) = typed.get() else { return };
            typed.set(None);
            if !early.text.trim().is_empty() && text.with_untracked(String::is_empty) {
                sent.set_value(early.text.clone());
                on_text.run((early.text, false));
            }
            if early.focused
                && let Some(field) = field.get_untracked()
            {
                let _ = field.focus();
            }
        });
    }
    view! {
        <form class="search-box" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="search-box__label" for="search">
                {t().search_label()}
            </label>
            <input
                class="search-box__input"
                id="search"
                node_ref=field
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
                {t().search_hint()}
            </p>
        </form>
    }
}
