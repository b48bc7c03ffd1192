//! Tells residents that some entries could not be shown, and keepers why.

use crate::i18n::t;
use learnlocal_core::Loaded;
use leptos::prelude::*;
use std::sync::Arc;

/// Nothing when every record loaded; otherwise how many were left out, with the
/// errors listed in a closed disclosure for the catalogue's keeper.
#[component]
pub fn ProblemsNotice(
    /// The catalogue as loaded, with its problems.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let left_out = loaded.left_out();
    let errors: Vec<String> = loaded
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(ToString::to_string)
        .collect();
    let title = match left_out {
        0 => t().catalogue_has_problems(),
        n => t().records_left_out(n),
    };
    (!errors.is_empty()).then(|| {
        view! {
            <section class="notice notice--warning">
                <p class="notice__title">{title}</p>
                <details class="notice__details">
                    <summary>{t().problems_summary()}</summary>
                    <ul class="notice__problems">
                        {errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                    </ul>
                </details>
            </section>
        }
    })
}
