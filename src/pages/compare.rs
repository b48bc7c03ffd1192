//! The compare page, `/compare?o=a!b`: two to four opportunities side by side,
//! one row per question a person asks (when, where, how far, what it costs,
//! access, language, level, how to take part) and their notes. A real table with
//! row and column headers; on a phone its columns scroll sideways under the
//! fixed row headers.

use crate::components::catalogue_gate::with_catalogue;
use crate::components::icon::{Icon, IconName};
use crate::format::{describe_cost, describe_schedule};
use crate::i18n::t;
use crate::pages::shortlist::{
    contacts, distance_line, how_lines, item_heading, next_session, place_lines,
};
use crate::shortlist::use_saved;
use learnlocal_core::shortlist::{COMPARE_MIN, compare_ids};
use learnlocal_core::{Catalogue, Loaded, Opportunity};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

crate::parts::lazy_part! {
    /// The page's code: a part of the wasm of its own (`crate::parts`).
    struct ComparePart(compare_page): fn() -> AnyView =
        || with_catalogue(|loaded| view! { <Compare loaded /> }).into_any();
}

/// The `/compare` route.
#[component]
pub fn ComparePage() -> impl IntoView {
    crate::parts::show_part::<ComparePart>(|draw| draw())
}

#[component]
fn Compare(loaded: Signal<Arc<Loaded>>) -> impl IntoView {
    document().set_title(&t().page_title(&t().compare_title()));
    let location = use_location();
    let ids = Memo::new(move |_| location.search.with(|s| compare_ids(s)));
    let sharded = crate::shards::find_records(loaded, move || ids.get(), || None);
    // A sharded catalogue draws the table again as its columns come in.
    let found = Memo::new(move |_| {
        sharded?;
        Some(loaded.with(|l| {
            ids.with(|ids| {
                ids.iter()
                    .filter(|id| l.catalogue.opportunity(id).is_some())
                    .count()
            })
        }))
    });
    let body = move || {
        // A memo is worked out when read: `track` alone would not subscribe to its sources.
        let _ = found.get();
        let loaded = loaded.get_untracked();
        let ids = ids.get();
        if ids.len() < COMPARE_MIN {
            view! { <p>{t().compare_too_few()}</p> }.into_any()
        } else {
            view! { <CompareTable loaded ids /> }.into_any()
        }
    };
    view! {
        <nav class="detail__nav">
            <a class="detail__back" href=crate::language::link("/shortlist")>
                <Icon name=IconName::ArrowBack />
                {t().compare_back()}
            </a>
        </nav>
        <h1 class="page__title">{t().compare_title()}</h1>
        {crate::shards::looking(sharded)}
        {body}
    }
}

/// One row: its question, and each opportunity's answer as lines.
type Row = (String, Vec<Vec<String>>);

#[component]
fn CompareTable(loaded: Arc<Loaded>, ids: Vec<String>) -> impl IntoView {
    let catalogue = &loaded.catalogue;
    let saved = use_saved();
    let records: Vec<Option<&Opportunity>> =
        ids.iter().map(|id| catalogue.opportunity(id)).collect();
    let answer = |f: &dyn Fn(&Opportunity) -> Vec<String>| -> Vec<Vec<String>> {
        records
            .iter()
            .map(|o| o.map(f).unwrap_or_default())
            .collect()
    };
    let notes: Vec<Vec<String>> = ids
        .iter()
        .map(|id| {
            saved
                .with_untracked(|l| l.note(id).map(str::to_owned))
                .filter(|n| !n.is_empty())
                .into_iter()
                .collect()
        })
        .collect();
    let mut rows: Vec<Row> = vec![
        (t().label_when(), answer(&|o| when_lines(catalogue, o))),
        (t().label_venue(), answer(&|o| place_lines(catalogue, o))),
        (
            t().label_distance(),
            answer(&|o| distance_line(catalogue, o).into_iter().collect()),
        ),
        (t().label_cost(), answer(&|o| describe_cost(t(), &o.cost))),
        (
            t().compare_access(),
            answer(&|o| access_lines(catalogue, o)),
        ),
        (
            t().label_languages(),
            answer(&|o| o.languages.iter().map(|c| t().language(c)).collect()),
        ),
        (t().label_level(), answer(&|o| vec![t().level(o.level)])),
        (t().label_how_to_join(), answer(&how_and_contacts)),
    ];
    if notes.iter().any(|n| !n.is_empty()) {
        rows.push((t().shortlist_note(), notes));
    }
    let heads = ids
        .iter()
        .map(
            |id| view! { <th scope="col" class="compare__head">{item_heading(catalogue, id)}</th> },
        )
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|(label, cells)| {
            let cells = cells
                .into_iter()
                .map(|lines| {
                    let lines = lines
                        .into_iter()
                        .map(|l| view! { <span class="compare__line" dir="auto">{l}</span> })
                        .collect_view();
                    view! { <td>{lines}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let class = format!("compare__table compare__table--{}", ids.len());
    view! {
        <div class="compare" role="region" tabindex="0" aria-labelledby="compare-caption">
            <table class=class>
                <caption class="compare__caption" id="compare-caption">{t().compare_table()}</caption>
                <thead>
                    <tr>
                        <td class="compare__corner"></td>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The schedule in words and the next session.
fn when_lines(catalogue: &Catalogue, o: &Opportunity) -> Vec<String> {
    let mut lines = describe_schedule(t(), &o.schedule);
    lines.extend(next_session(catalogue, o));
    if lines.is_empty() {
        lines.push(t().schedule_ask());
    }
    lines
}

/// The building's access features, then the session's own support.
fn access_lines(catalogue: &Catalogue, o: &Opportunity) -> Vec<String> {
    let venue = catalogue.venue_of(o);
    venue
        .iter()
        .flat_map(|v| v.accessibility.iter().map(|&a| t().venue_access(a)))
        .chain(o.access.iter().map(|&a| t().session_access(a)))
        .collect()
}

/// How to take part, then the phone, email and booking page as text.
fn how_and_contacts(o: &Opportunity) -> Vec<String> {
    let mut lines = how_lines(o);
    lines.extend(
        contacts(o)
            .into_iter()
            .map(|(label, _, text)| t().field_value(&label, &text)),
    );
    lines
}
