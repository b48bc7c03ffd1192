//! The finder: search box, skill filter and the results, all driven by the URL.

use crate::components::catalogue_gate::with_catalogue;
use crate::components::problems_notice::ProblemsNotice;
use crate::components::result_card::ResultCard;
use crate::components::search_box::SearchBox;
use crate::components::skill_filter::SkillFilter;
use crate::i18n::t;
use learnlocal_core::route::finder_path;
use learnlocal_core::{Filters, Loaded, find};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

/// The `/` route.
#[component]
pub fn FinderPage() -> impl IntoView {
    document().set_title(t().finder_title);
    with_catalogue(|loaded| view! { <Finder loaded /> })
}

/// The finder over a loaded catalogue. The URL's query string is its only state.
#[component]
fn Finder(loaded: Arc<Loaded>) -> impl IntoView {
    let query = use_query_map();
    let filters = {
        let loaded = Arc::clone(&loaded);
        Memo::new(move |_| {
            query.with(|q| {
                Filters::from_query(
                    q.into_iter().map(|(k, v)| (k.as_ref(), v)),
                    &loaded.catalogue,
                )
            })
        })
    };
    let hits = {
        let loaded = Arc::clone(&loaded);
        Memo::new(move |_| {
            let catalogue = &loaded.catalogue;
            filters.with(|f| find(catalogue, f, catalogue.centre))
        })
    };

    let navigate = use_navigate();
    // Discrete changes add a history entry; a burst of typing replaces its own.
    let show = Callback::new(move |(next, replace): (Filters, bool)| {
        let options = NavigateOptions {
            replace,
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&finder_path(&next), options);
    });
    let on_text = Callback::new(move |(text, replace): (String, bool)| {
        show.run((filters.with_untracked(|f| f.with_text(&text)), replace));
    });
    let on_skill = Callback::new(move |id: String| {
        show.run((filters.with_untracked(|f| f.with_skill_toggled(&id)), false));
    });

    let text = Signal::derive(move || filters.with(|f| f.text.clone()));
    let selected = Signal::derive(move || filters.with(|f| f.skills.clone()));
    let count = move || hits.with(|h| (t().results_count)(h.len()));
    let skills = loaded.catalogue.skills.clone();
    let origin_note = (t().distances_from)(&loaded.catalogue.centre_label);

    view! {
        <h1 class="page__title">{t().finder_heading}</h1>
        <ProblemsNotice loaded=Arc::clone(&loaded) />
        <div class="finder">
            <div class="finder__filters">
                <SearchBox text on_text />
                <SkillFilter skills selected on_toggle=on_skill />
            </div>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading" class="results__heading">
                    {t().results_heading}
                </h2>
                <p class="results__count" role="status">
                    {count}
                </p>
                <p class="results__origin">{origin_note}</p>
                <ol class="results__list">
                    <For each=move || hits.get() key=|hit| hit.index let:hit>
                        <ResultCard loaded=Arc::clone(&loaded) hit filters />
                    </For>
                </ol>
            </section>
        </div>
    }
}
