//! Any path the app does not know.

use crate::i18n::t;
use leptos::prelude::*;

/// Says the page does not exist and links to the finder.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    document().set_title(&t().page_title(&t().not_found()));
    view! {
        <h1 class="page__title">{t().not_found()}</h1>
        <p>{t().not_found_hint()}</p>
        <p>
            <a href=crate::language::link("/")>{t().back_to_results()}</a>
        </p>
    }
}
