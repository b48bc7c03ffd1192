//! One result in the list.

use crate::i18n::t;
use learnlocal_core::route::detail_path;
use learnlocal_core::search::SearchIndex;
use learnlocal_core::{Filters, Hit, Loaded};
use leptos::prelude::*;
use std::sync::Arc;

/// Title (a link to the detail page), kind, venue, distance with walking time,
/// and the next session. Online-only results say "Online" and give no distance.
#[component]
pub fn ResultCard(
    /// The catalogue the hit indexes into.
    loaded: Arc<Loaded>,
    /// The search index, for the next session.
    index: Arc<SearchIndex>,
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
    let distance = hit.distance_m.zip(hit.walk_minutes()).map(|(m, minutes)| {
        let text = (t().distance_and_walk)(&(t().distance)(m), minutes);
        view! { <span class="result-card__distance">{text}</span> }
    });
    let next = index.next_session(hit.index).map(|s| {
        let when = format!("{}, {}", (t().date)(s.date), s.start);
        view! { <p class="result-card__next">{(t().next_session)(&when)}</p> }
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
            {next}
            <p class="result-card__summary">{opportunity.summary.clone()}</p>
        </li>
    }
}
