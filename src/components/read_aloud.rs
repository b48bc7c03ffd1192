//! "Read aloud": the browser's own speech, in the page's language, for people
//! who read with difficulty. Shown only when the browser has a voice for it.

use crate::api::speak;
use crate::i18n::t;
use crate::state::CanReadAloud;
use leptos::prelude::*;

/// A button that reads `text` aloud; `name` is its accessible name when the
/// words shown are not enough (on a result, which result).
#[component]
pub fn ReadAloud(
    /// What is read.
    text: String,
    /// The accessible name, if not the words shown.
    #[prop(optional)]
    name: Option<String>,
) -> impl IntoView {
    let voice = use_context::<CanReadAloud>().map(|v| v.0);
    let available = move || voice.is_some_and(|v| v.get());
    view! {
        <Show when=available>
            {
                let text = text.clone();
                view! {
                    <button class="button button--secondary read-aloud" type="button" aria-label=name.clone()
                        on:click=move |_| speak(&text, t().lang())>
                        {t().read_aloud()}
                    </button>
                }
            }
        </Show>
    }
}
