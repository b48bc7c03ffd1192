//! One result in the list.

use crate::i18n::t;
use learnlocal_core::route::detail_path;
use learnlocal_core::{Catalogue, Filters, Hit};
use leptos::prelude::*;
use std::sync::Arc;

/// Title (a link to the detail page), kind, venue and distance of one result.
#[component]
pub fn ResultCard(
    /// The catalogue the hit indexes into.
    catalogue: Arc<Catalogue>,
    /// The result.
    hit: Hit,
    /// The finder's filters, carried to the detail page so it can link back.
    filters: Memo<Filters>,
) -> impl IntoView {
    let opportunity = &catalogue.opportunities[hit.index];
    let id = opportunity.id.clone();
    let href = move || filters.with(|f| detail_path(&id, f));
    view! {
        <li class="result-card">
            <h3 class="result-card__title">
                <a class="result-card__link" href=href>
                    {opportunity.title.clone()}
                </a>
            </h3>
            <p class="result-card__meta">
                <span class="result-card__kind">{(t().kind)(opportunity.kind)}</span>
                <span class="result-card__venue">{opportunity.venue.name.clone()}</span>
                <span class="result-card__distance">{(t().distance)(hit.distance_m)}</span>
            </p>
            <p class="result-card__summary">{opportunity.summary.clone()}</p>
        </li>
    }
}
