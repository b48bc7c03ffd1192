//! One result in the list.

use crate::i18n::t;
use learnlocal_core::route::detail_path;
use learnlocal_core::{Filters, Hit, Loaded};
use leptos::prelude::*;
use std::sync::Arc;

/// Title (a link to the detail page), kind, venue and distance of one result.
/// Online-only results say "Online" where others give a venue and distance.
#[component]
pub fn ResultCard(
    /// The catalogue the hit indexes into.
    loaded: Arc<Loaded>,
    /// The result.
    hit: Hit,
    /// The finder's filters, carried to the detail page so it can link back.
    filters: Memo<Filters>,
) -> impl IntoView {
    let catalogue = &loaded.catalogue;
    let opportunity = &catalogue.opportunities[hit.index];
    let id = opportunity.id.clone();
    let href = move || filters.with(|f| detail_path(&id, f));
    let venue = catalogue
        .venue_of(opportunity)
        .map_or_else(|| t().online_only.to_owned(), |v| v.name.clone());
    let distance = hit.distance_m.map(|m| {
        view! { <span class="result-card__distance">{(t().distance)(m)}</span> }
    });
    view! {
        <li class="result-card">
            <h3 class="result-card__title">
                <a class="result-card__link" href=href>
                    {opportunity.title.clone()}
                </a>
            </h3>
            <p class="result-card__meta">
                <span class="result-card__kind">{(t().kind)(opportunity.kind)}</span>
                <span class="result-card__venue">{venue}</span>
                {distance}
            </p>
            <p class="result-card__summary">{opportunity.summary.clone()}</p>
        </li>
    }
}
