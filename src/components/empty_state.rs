//! What an empty result list says, and the one-tap ways to widen it.

use crate::i18n::t;
use learnlocal_core::Filters;
use learnlocal_core::search::Widening;
use leptos::prelude::*;

/// Names the filter that leaves out the most and offers each widening as a button
/// ("7 more within 5 km").
#[component]
pub fn EmptyState(
    /// The ways to widen, most results first.
    widenings: Memo<Vec<Widening>>,
    /// Called with the widened filters.
    on_change: Callback<Filters>,
) -> impl IntoView {
    let label = |w: &Widening| t().widen_what(w.group, w.filters.radius);
    view! {
        <section class="empty-state" aria-labelledby="empty-heading">
            <h3 id="empty-heading" class="empty-state__title">{t().no_results_heading()}</h3>
            {move || {
                widenings
                    .with(|w| w.first().map(|first| t().no_results_because(&t().filter_name(first.group))))
                    .map(|text| view! { <p>{text}</p> })
            }}
            <ul class="empty-state__actions">
                {move || {
                    widenings
                        .get()
                        .into_iter()
                        .map(|w| {
                            let text = t().widen(&label(&w), w.gained);
                            let filters = w.filters.clone();
                            view! {
                                <li>
                                    <button class="button button--secondary" type="button" on:click=move |_| on_change.run(filters.clone())>
                                        {text}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
