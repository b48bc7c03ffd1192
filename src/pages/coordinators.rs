//! The coordinators' page: where learning is missing, by area. The table
//! first, then the gaps in plain sentences, what the figures count and leave
//! out, and the map. Every figure is `learnlocal_core::insight`'s, the same as
//! `cargo data report` gives, and the CSV is the core's `to_csv`, byte for byte.

use crate::api;
use crate::components::catalogue_gate::with_catalogue;
use crate::components::insight_form::InsightForm;
use crate::components::insight_map::InsightMap;
use crate::components::insight_table::InsightTable;
use crate::i18n::t;
use crate::insight_state::InsightState;
use crate::language::lang_attribute;
use learnlocal_core::Loaded;
use learnlocal_core::insight::{GapKind, to_csv};
use leptos::prelude::*;
use std::sync::Arc;

/// The name of the CSV file downloaded.
const CSV_FILE: &str = "learnlocal-where-learning-is-missing.csv";

/// The page, once the catalogue has loaded.
#[component]
pub fn CoordinatorsPage() -> impl IntoView {
    document().set_title(&t().page_title(&t().coord_title()));
    with_catalogue(|loaded| {
        // Where learning is missing is a question about the whole catalogue: a
        // sharded one is loaded whole first, with its progress shown.
        let sharded = crate::shards::find_everything(loaded);
        let complete = move || sharded.is_none_or(|s| s.all_loaded() && !s.progress().loading());
        view! {
            {crate::shards::looking(sharded)}
            {move || complete().then(|| view! { <Coordinators loaded=loaded.get() /> })}
        }
    })
}

#[component]
fn Coordinators(loaded: Arc<Loaded>) -> impl IntoView {
    let state = InsightState::new(&loaded);
    let download = {
        let loaded = Arc::clone(&loaded);
        move |_| {
            let csv = state
                .insight
                .with_untracked(|i| to_csv(&loaded.catalogue, i));
            api::download(CSV_FILE, "text/csv", &csv);
        }
    };
    view! {
        <h1 class="page__title">{t().coord_title()}</h1>
        <p class="coordinators__intro">{t().coord_intro()}</p>
        <p class="coordinators__back">
            <a href=crate::language::link("/")>{t().coord_back()}</a>
        </p>
        <InsightForm state loaded=Arc::clone(&loaded) />
        <div class="coordinators__actions">
            <button class="button" type="button" on:click=download>
                {t().coord_download()}
            </button>
            <button class="button button--secondary" type="button" on:click=|_| api::print()>
                {t().coord_print()}
            </button>
        </div>
        <InsightTable state loaded=Arc::clone(&loaded) />
        <GapList state loaded=Arc::clone(&loaded) />
        <CountsNote state />
        <InsightMap state loaded />
    }
}

/// The gaps that matter, largest first, each a sentence.
#[component]
fn GapList(state: InsightState, loaded: Arc<Loaded>) -> impl IntoView {
    let sentences = move || {
        let catalogue = &loaded.catalogue;
        state.insight.with(|insight| {
            let reach = t().coord_reach(insight.walk_minutes);
            let items = insight
                .gaps
                .iter()
                .filter_map(|gap| {
                    let place = catalogue.neighbourhoods.get(gap.neighbourhood)?;
                    let (skill, lang) = match &gap.kind {
                        GapKind::Skill(id) => {
                            let label = catalogue.skill_label_in(id, t().lang());
                            (label.text.to_owned(), lang_attribute(label.lang))
                        }
                        _ => (String::new(), None),
                    };
                    let text = t().coord_gap(&place.name, &gap.kind, &skill, &reach);
                    Some(view! { <li lang=lang>{text}</li> })
                })
                .collect_view();
            view! {
                <p class="coordinators__gap-count">{t().coord_gaps_count(insight.gaps.len())}</p>
                <ul class="coordinators__gaps">{items}</ul>
            }
        })
    };
    view! {
        <section class="coordinators__section coordinators__gaps-section" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">{t().coord_gaps_heading()}</h2>
            {sentences}
        </section>
    }
}

/// What the figures count and leave out, and how fresh the catalogue is.
#[component]
fn CountsNote(state: InsightState) -> impl IntoView {
    let body = move || {
        state.insight.with(|insight| {
            let v = &insight.verified;
            let verified = match (v.oldest, v.median, v.newest) {
                (Some(oldest), Some(middle), Some(newest)) => {
                    t().coord_verified(oldest, middle, newest)
                }
                _ => t().coord_verified_none(),
            };
            let undated = (v.dated > 0 && v.undated > 0)
                .then(|| view! { <li>{t().coord_undated(v.undated)}</li> });
            let estimates = insight
                .neighbourhoods
                .iter()
                .any(|r| r.population.is_some() && r.population_estimate)
                .then(|| view! { <li>{t().coord_estimates()}</li> });
            view! {
                <ul class="coordinators__notes">
                    <li>{t().coord_counts_what()}</li>
                    <li>{t().coord_counts_where()}</li>
                    <li>{t().coord_counts_twice()}</li>
                    <li>{t().coord_online(insight.online.total)}</li>
                    {estimates}
                    <li>{verified}</li>
                    {undated}
                </ul>
                <h2 id="left-out-heading">{t().coord_not_counted_heading()}</h2>
                <ul class="coordinators__notes">
                    <li>{t().coord_ended(insight.ended)}</li>
                    <li>{t().coord_beyond(insight.beyond_reach)}</li>
                    <li>{t().coord_not_listed()}</li>
                </ul>
            }
        })
    };
    view! {
        <section class="coordinators__section" aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t().coord_counts_heading()}</h2>
            {body}
        </section>
    }
}
