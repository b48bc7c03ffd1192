//! The filters that are on, as chips above the results: one button each that
//! removes it, and one that clears them all.
//!
//! A chip never holds state of its own: it is written from the URL's filters and
//! removing it writes the URL, exactly as unticking its option does.

use crate::i18n::t;
use learnlocal_core::filter::{Radius, StartsWithin};
use learnlocal_core::{Catalogue, Filters};
use leptos::prelude::*;

/// One filter that is on: its name, and the filters without it.
#[derive(Debug, Clone, PartialEq)]
pub struct Chip {
    /// What the filter is, as its option is labelled ("Free only").
    pub label: String,
    /// The same filters with this one off.
    pub without: Filters,
}

/// Every filter that narrows the list, in the order the filter panel shows them
/// (the search text, place and order are not filters here).
pub fn filter_chips(filters: &Filters, catalogue: &Catalogue) -> Vec<Chip> {
    let mut chips = Vec::new();
    let mut add = |label: String, edit: &dyn Fn(&mut Filters)| {
        let mut without = filters.clone();
        edit(&mut without);
        chips.push(Chip { label, without });
    };
    let f = filters;
    if f.radius != Radius::Anywhere {
        add(t().radius(f.radius), &|n| n.radius = Radius::Anywhere);
    }
    if f.exclude_online {
        add(t().online_left_out(), &|n| n.exclude_online = false);
    }
    for id in &f.skills {
        let label = catalogue.skill_label_in(id, t().lang()).text.to_owned();
        add(label, &|n| {
            n.skills.remove(id);
        });
    }
    for k in &f.kinds {
        add(t().kind(*k), &|n| {
            n.kinds.remove(k);
        });
    }
    for a in &f.access {
        add(t().access_need(*a), &|n| {
            n.access.remove(a);
        });
    }
    for d in &f.days {
        add(t().weekday(*d), &|n| {
            n.days.remove(d);
        });
    }
    for p in &f.times {
        add(t().part_of_day(*p), &|n| {
            n.times.remove(p);
        });
    }
    if f.starts != StartsWithin::Any {
        add(t().starts(f.starts), &|n| n.starts = StartsWithin::Any);
    }
    if f.open_now {
        add(t().open_now(), &|n| n.open_now = false);
    }
    if f.free {
        add(t().free_only(), &|n| n.free = false);
    }
    if let Some(max) = f.max_price {
        let label = t().max_price(catalogue.currency.as_deref());
        add(t().field_value(&label, &max.to_string()), &|n| {
            n.max_price = None;
        });
    }
    for l in &f.languages {
        add(t().language(l), &|n| {
            n.languages.remove(l);
        });
    }
    for m in &f.modes {
        add(t().mode(*m), &|n| {
            n.modes.remove(m);
        });
    }
    for l in &f.levels {
        add(t().level(*l), &|n| {
            n.levels.remove(l);
        });
    }
    for a in &f.audiences {
        add(t().audience(*a), &|n| {
            n.audiences.remove(a);
        });
    }
    if let Some(age) = f.age {
        add(t().field_value(&t().age_label(), &age.to_string()), &|n| {
            n.age = None;
        });
    }
    chips
}

/// "Clear all filters" while anything (a filter or the search text) narrows the
/// list, first, where a phone's sideways-scrolling row shows it at once, then
/// the chips of the filters that are on.
#[component]
pub fn FilterChips(
    /// The filters that are on.
    chips: Memo<Vec<Chip>>,
    /// The current filters, for "Clear all".
    filters: Memo<Filters>,
    /// Called with new filters.
    on_change: Callback<Filters>,
) -> impl IntoView {
    let active = move || !chips.with(Vec::is_empty) || filters.with(|f| !f.text.is_empty());
    let items = move || {
        chips
            .get()
            .into_iter()
            .map(|Chip { label, without }| {
                        let name = t().remove_filter(&label);
                view! {
                    <li>
                        <button class="chip" type="button" aria-label=name on:click=move |_| on_change.run(without.clone())>
                            {label}
                            <span class="chip__remove" aria-hidden="true">"×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=active>
            <div class="chips">
                <button class="button button--secondary chips__clear" type="button" on:click=move |_| on_change.run(filters.get_untracked().cleared())>
                    {t().clear_all()}
                </button>
                <ul class="chips__list" aria-label=t().filters_on()>{items}</ul>
            </div>
        </Show>
    }
}
