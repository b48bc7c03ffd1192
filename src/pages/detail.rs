//! The detail page of one opportunity: `/o/:id`.

use crate::components::catalogue_gate::with_catalogue;
use crate::i18n::t;
use learnlocal_core::distance::distance_m;
use learnlocal_core::link::safe_href;
use learnlocal_core::route::finder_path;
use learnlocal_core::{Catalogue, Filters, Opportunity};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::sync::Arc;

/// The `/o/:id` route.
#[component]
pub fn DetailPage() -> impl IntoView {
    with_catalogue(|catalogue| view! { <Detail catalogue /> })
}

/// Finds the record named in the URL and shows it, or says it is not there.
#[component]
fn Detail(catalogue: Arc<Catalogue>) -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let back = {
        let catalogue = Arc::clone(&catalogue);
        move || {
            query.with(|q| {
                let pairs = q.into_iter().map(|(k, v)| (k.as_ref(), v));
                finder_path(&Filters::from_query(pairs, &catalogue))
            })
        }
    };
    let record = move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match catalogue.opportunity(&id) {
            Some(o) => {
                document().set_title(&format!("{} – {}", o.title, t().app_name));
                view! { <OpportunityDetail catalogue=Arc::clone(&catalogue) opportunity=o.clone() /> }
                    .into_any()
            }
            None => {
                document().set_title(&format!("{} – {}", t().not_found, t().app_name));
                view! {
                    <h1 class="page__title">{t().not_found}</h1>
                    <p>{t().not_found_hint}</p>
                }
                .into_any()
            }
        }
    };
    view! {
        <nav class="detail__nav">
            <a class="detail__back" href=back>
                {t().back_to_results}
            </a>
        </nav>
        {record}
    }
}

/// Every field the record has, each under a plain label.
#[component]
fn OpportunityDetail(catalogue: Arc<Catalogue>, opportunity: Opportunity) -> impl IntoView {
    let skills = opportunity
        .skills
        .iter()
        .map(|id| view! { <li>{catalogue.skill_label(id).to_owned()}</li> })
        .collect_view();
    let distance = (t().distance)(distance_m(catalogue.centre, opportunity.venue.location));
    let distance = (t().distance_from_place)(&distance, &catalogue.centre_label);
    let website = opportunity.url.as_deref().and_then(safe_href).map(|href| {
        let href = href.to_owned();
        view! {
            <dt>{t().label_website}</dt>
            <dd>
                <a href=href.clone() rel="noopener noreferrer">
                    {href.clone()}
                </a>
            </dd>
        }
    });
    let provider = opportunity.provider.clone().map(|p| {
        view! {
            <dt>{t().label_provider}</dt>
            <dd>{p}</dd>
        }
    });
    let address = opportunity
        .venue
        .address
        .clone()
        .map(|a| view! { <span class="detail__address">{a}</span> });
    let description = opportunity.description.clone().map(|d| {
        view! {
            <h2>{t().label_about}</h2>
            <p class="detail__description">{d}</p>
        }
    });
    view! {
        <article class="detail">
            <h1 class="page__title">{opportunity.title.clone()}</h1>
            <p class="detail__summary">{opportunity.summary.clone()}</p>
            <dl class="detail__facts">
                <dt>{t().label_kind}</dt>
                <dd>{(t().kind)(opportunity.kind)}</dd>
                <dt>{t().label_skills}</dt>
                <dd>
                    <ul class="detail__skills">{skills}</ul>
                </dd>
                <dt>{t().label_venue}</dt>
                <dd>
                    <span class="detail__venue">{opportunity.venue.name.clone()}</span>
                    {address}
                </dd>
                <dt>{t().label_distance}</dt>
                <dd>{distance}</dd>
                {provider}
                {website}
            </dl>
            {description}
        </article>
    }
}
