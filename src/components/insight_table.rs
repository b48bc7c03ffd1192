//! The coordinators' table: one row per area, its people, everything in
//! reach, per 1,000 people, and one column per value of the chosen
//! breakdown; online items in a row group of their own. Each column header is
//! a button that orders the rows by it (`aria-sort` says how).

use crate::i18n::t;
use crate::insight_state::InsightState;
use crate::language::lang_attribute;
use learnlocal_core::Loaded;
use learnlocal_core::Token;
use learnlocal_core::catalogue::Catalogue;
use learnlocal_core::filter::AccessNeed;
use learnlocal_core::insight::table::{Breakdown, Column, TableView};
use learnlocal_core::insight::{CostKind, Insight, Reach, TimeOfDay};
use leptos::prelude::*;
use std::sync::Arc;

/// The caption's id, which names the scrolling region too.
const CAPTION: &str = "insight-caption";

/// A column's header: its words and, for catalogue text, their language.
struct Header {
    column: Column,
    label: String,
    lang: Option<String>,
}

/// The headers of the breakdown's values, in [`Breakdown::values`]' order.
fn value_headers(catalogue: &Catalogue, insight: &Insight, by: Breakdown) -> Vec<Header> {
    let values = by.values(catalogue, insight);
    values
        .into_iter()
        .map(|value| {
            let (label, lang) = match by {
                Breakdown::Skill => {
                    let label = catalogue.skill_label_in(&value, t().lang());
                    (label.text.to_owned(), lang_attribute(label.lang))
                }
                Breakdown::Access => (
                    AccessNeed::from_token(&value).map_or(value.clone(), |n| t().access_need(n)),
                    None,
                ),
                Breakdown::Time => (
                    TimeOfDay::from_token(&value).map_or(value.clone(), |n| t().coord_time(n)),
                    None,
                ),
                Breakdown::Cost => (
                    CostKind::from_token(&value).map_or(value.clone(), |n| t().coord_cost(n)),
                    None,
                ),
                Breakdown::Language => (t().language(&value), None),
            };
            Header {
                column: Column::Value(value),
                label,
                lang,
            }
        })
        .collect()
}

/// A count, with its rate per 1,000 people beneath when the area's
/// population is known (and the count is not 0).
fn figure(reach: Option<&Reach>, count: usize) -> impl IntoView + use<> {
    let rate = reach.filter(|_| count > 0).and_then(|r| {
        let rate = r.per_thousand(count)?;
        Some(t().coord_per_thousand(rate.hundredths(), r.population_estimate))
    });
    view! {
        <span class="insight-table__count">{t().coord_number(count)}</span>
        {rate.map(|rate| view! { <span class="insight-table__rate">{rate}</span> })}
    }
}

/// The table, ordered as the address says.
#[component]
pub fn InsightTable(state: InsightState, loaded: Arc<Loaded>) -> impl IntoView {
    let press = move |column: Column| {
        let word = column.word();
        state.change(move |_, table: &mut TableView| {
            table.order = table.order.pressed(column);
        });
        // The table is drawn again: the focus goes back to the same header.
        request_animation_frame(move || refocus(&word));
    };
    let table = move || {
        let catalogue = &loaded.catalogue;
        let view_now = state.table.get();
        state.insight.with(|insight| {
            let by = view_now.by;
            let mut headers = vec![
                Header { column: Column::Name, label: t().coord_col_area(), lang: None },
                Header { column: Column::Residents, label: t().coord_col_residents(), lang: None },
                Header { column: Column::Total, label: t().coord_col_total(), lang: None },
                Header { column: Column::Rate, label: t().coord_col_rate(), lang: None },
            ];
            headers.extend(value_headers(catalogue, insight, by));
            let order = &view_now.order;
            let head = headers
                .into_iter()
                .map(|h| {
                    let sort = (h.column == order.column).then_some(if order.descending {
                        "descending"
                    } else {
                        "ascending"
                    });
                    let arrow = match sort {
                        Some("descending") => "▼",
                        Some(_) => "▲",
                        None => "",
                    };
                    let word = h.column.word();
                    let column = h.column;
                    view! {
                        <th scope="col" aria-sort=sort>
                            <button
                                class="insight-table__sort"
                                type="button"
                                data-column=word
                                on:click=move |_| press(column.clone())
                            >
                                <span lang=h.lang>{h.label}</span>
                                <span class="insight-table__arrow" aria-hidden="true">{arrow}</span>
                            </button>
                        </th>
                    }
                })
                .collect_view();
            let rows = view_now
                .rows(catalogue, insight)
                .into_iter()
                .filter_map(|i| {
                    let reach = insight.neighbourhoods.get(i)?;
                    let hood = catalogue.neighbourhoods.get(reach.neighbourhood)?;
                    let people = match reach.population {
                        Some(n) if reach.population_estimate => t().coord_about(n),
                        Some(n) => t().coord_number(n as usize),
                        None => t().coord_not_known(),
                    };
                    let rate = reach
                        .per_thousand(reach.counts.total)
                        .map(|r| t().coord_per_thousand(r.hundredths(), reach.population_estimate));
                    let values = by
                        .counts(&reach.counts)
                        .iter()
                        .map(|&n| view! { <td>{figure(Some(reach), n)}</td> })
                        .collect_view();
                    Some(view! {
                        <tr data-area=hood.id.clone()>
                            <th scope="row">{hood.name.clone()}</th>
                            <td>{people}</td>
                            <td><span class="insight-table__count">{t().coord_number(reach.counts.total)}</span></td>
                            <td>{rate}</td>
                            {values}
                        </tr>
                    })
                })
                .collect_view();
            let online = by
                .counts(&insight.online)
                .iter()
                .map(|&n| view! { <td>{figure(None, n)}</td> })
                .collect_view();
            view! {
                <table class="insight-table__table">
                    <caption id=CAPTION>{t().coord_caption(&t().coord_reach(insight.walk_minutes))}</caption>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                    <tbody class="insight-table__online">
                        <tr data-area="">
                            <th scope="row">{t().coord_online_row()}</th>
                            <td></td>
                            <td><span class="insight-table__count">{t().coord_number(insight.online.total)}</span></td>
                            <td></td>
                            {online}
                        </tr>
                    </tbody>
                </table>
            }
        })
    };
    view! {
        // Wide tables scroll sideways on a phone: the region can take the focus
        // so a keyboard can scroll it too.
        <div class="insight-table" role="region" aria-labelledby=CAPTION tabindex="0">
            {table}
        </div>
    }
}

/// Gives the focus to the header button of column `word`.
fn refocus(word: &str) {
    use wasm_bindgen::JsCast;
    let button = document()
        .query_selector(&format!(".insight-table__sort[data-column=\"{word}\"]"))
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}
