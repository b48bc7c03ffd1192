//! The coordinators' choices: the walk, the breakdown, the finder's filters
//! that make sense here, and the gaps that matter. Each change is a new address
//! ([`InsightState::change`]); the controls show what the address says.

use crate::i18n::t;
use crate::insight_state::InsightState;
use crate::language::lang_attribute;
use learnlocal_core::filter::AccessNeed;
use learnlocal_core::insight::table::{Breakdown, Column, TableView};
use learnlocal_core::insight::{InsightSettings, MAX_WALK_MINUTES, Need};
use learnlocal_core::schedule::PartOfDay;
use learnlocal_core::time::Weekday;
use learnlocal_core::{Loaded, Token};
use leptos::prelude::*;
use std::sync::Arc;

/// The walks offered, in minutes.
const WALKS: [u32; 8] = [0, 5, 10, 15, 20, 30, 45, MAX_WALK_MINUTES];

/// One option of a group of checkboxes: its words and their language.
struct Choice {
    label: String,
    lang: Option<String>,
}

/// Whether option `i` is ticked in the settings, and how ticking it changes them.
type IsOn = fn(&InsightSettings, &[String], usize) -> bool;
type Toggle = fn(&mut InsightSettings, &[String], usize, bool);

/// Checkboxes over `values` (ids, words or codes).
fn checks(
    state: InsightState,
    name: &'static str,
    values: Vec<String>,
    choices: Vec<Choice>,
    is_on: IsOn,
    toggle: Toggle,
) -> impl IntoView + use<> {
    let values = Arc::new(values);
    choices
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let id = format!("{name}-{i}");
            let for_id = id.clone();
            let (on, changed) = (Arc::clone(&values), Arc::clone(&values));
            view! {
                <label class="insight-form__check" for=for_id>
                    <input
                        type="checkbox"
                        id=id
                        prop:checked=move || state.settings.with(|s| is_on(s, &on, i))
                        on:change=move |ev| {
                            let ticked = event_target_checked(&ev);
                            let changed = Arc::clone(&changed);
                            state.change(move |s, _| toggle(s, &changed, i, ticked));
                        }
                    />
                    <span lang=choice.lang>{choice.label}</span>
                </label>
            }
        })
        .collect_view()
}

fn plain(labels: impl IntoIterator<Item = String>) -> Vec<Choice> {
    labels
        .into_iter()
        .map(|label| Choice { label, lang: None })
        .collect()
}

fn set<T: Ord + Clone>(set: &mut learnlocal_core::sorted::SortedSet<T>, value: T, on: bool) {
    if on {
        set.insert(value);
    } else {
        set.remove(&value);
    }
}

/// The choices, the walk and breakdown first, the rest in a disclosure.
#[component]
pub fn InsightForm(state: InsightState, loaded: Arc<Loaded>) -> impl IntoView {
    let catalogue = &loaded.catalogue;
    let skill_ids: Vec<String> = catalogue.skills.iter().map(|s| s.id.clone()).collect();
    let skill_choices = || {
        catalogue
            .skills
            .iter()
            .map(|s| {
                let label = s.label_in(t().lang(), &catalogue.language);
                Choice {
                    label: label.text.to_owned(),
                    lang: lang_attribute(label.lang),
                }
            })
            .collect::<Vec<_>>()
    };
    let languages = state.insight.with_untracked(|i| i.languages.clone());
    let walks = WALKS
        .iter()
        .map(|&m| view! { <option value=m.to_string()>{t().coord_walk(m)}</option> })
        .collect_view();
    let breakdowns = Breakdown::ALL
        .iter()
        .map(|&b| view! { <option value=b.token()>{t().coord_breakdown(b)}</option> })
        .collect_view();
    let walk = move |ev: leptos::ev::Event| {
        if let Ok(m) = event_target_value(&ev).parse::<u32>() {
            state.change(move |s, _| s.walk_minutes = m);
        }
    };
    let by = move |ev: leptos::ev::Event| {
        if let Some(b) = Breakdown::from_token(&event_target_value(&ev)) {
            state.change(move |_, table: &mut TableView| {
                table.by = b;
                // A column of the other breakdown is gone.
                if matches!(table.order.column, Column::Value(_)) {
                    table.order = Default::default();
                }
            });
        }
    };
    let free = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        state.change(move |s, _| s.filters.free = on);
    };
    let max = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let max = value.trim().parse::<u32>().ok();
        state.change(move |s, _| s.filters.max_price = max);
    };
    let days: Vec<String> = Weekday::ALL.iter().map(|d| d.token().to_owned()).collect();
    let times: Vec<String> = PartOfDay::ALL
        .iter()
        .map(|p| p.token().to_owned())
        .collect();
    let access: Vec<String> = AccessNeed::ALL
        .iter()
        .map(|a| a.token().to_owned())
        .collect();
    let needs: Vec<String> = Need::ALL.iter().map(|n| n.token().to_owned()).collect();
    // How many of the finder's filters are on, for the disclosure's summary.
    let filters_on = Memo::new(move |_| {
        state.settings.with(|s| {
            let f = &s.filters;
            f.skills.len()
                + f.access.len()
                + f.days.len()
                + f.times.len()
                + f.languages.len()
                + usize::from(f.free)
                + usize::from(f.max_price.is_some())
        })
    });
    let open_filters = filters_on.get_untracked() > 0;
    let language_choices = plain(languages.iter().map(|code| t().language(code)));
    view! {
        <section class="insight-form" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t().coord_settings()}</h2>
            <div class="insight-form__main">
                <p class="insight-form__field">
                    <label for="coord-walk">{t().coord_walk_label()}</label>
                    <select
                        id="coord-walk"
                        prop:value=move || state.settings.with(|s| s.walk_minutes.to_string())
                        on:change=walk
                    >
                        {walks}
                    </select>
                </p>
                <p class="insight-form__field">
                    <label for="coord-by">{t().coord_by_label()}</label>
                    <select
                        id="coord-by"
                        prop:value=move || state.table.with(|v| v.by.token())
                        on:change=by
                    >
                        {breakdowns}
                    </select>
                </p>
            </div>
            <div class="insight-form__groups">
                <fieldset class="insight-form__group">
                    <legend>{t().coord_matter_legend()}</legend>
                    <p class="insight-form__hint">{t().coord_matter_hint()}</p>
                {checks(
                    state,
                    "coord-matter",
                    needs,
                    plain(Need::ALL.iter().map(|&n| t().coord_need(n))),
                    |s, v, i| v.get(i).and_then(|w| Need::from_token(w)).is_some_and(|n| s.matter.needs.contains(&n)),
                    |s, v, i, on| {
                        if let Some(n) = v.get(i).and_then(|w| Need::from_token(w)) {
                            set(&mut s.matter.needs, n, on);
                        }
                    },
                )}
                {checks(
                    state,
                    "coord-matter-skill",
                    skill_ids.clone(),
                    skill_choices(),
                    |s, v, i| v.get(i).is_some_and(|id| s.matter.skills.contains(id)),
                    |s, v, i, on| {
                        if let Some(id) = v.get(i) {
                            set(&mut s.matter.skills, id.clone(), on);
                        }
                    },
                )}
                </fieldset>
                </div>
            <details class="insight-form__filters" open=open_filters>
                <summary class="insight-form__summary">
                    {move || t().filters_button(filters_on.get())}
                </summary>
                <div class="insight-form__groups">
                <fieldset class="insight-form__group">
                    <legend>{t().skills_legend()}</legend>
                {checks(
                    state,
                    "coord-skill",
                    skill_ids,
                    skill_choices(),
                    |s, v, i| v.get(i).is_some_and(|id| s.filters.skills.contains(id)),
                    |s, v, i, on| {
                        if let Some(id) = v.get(i) {
                            set(&mut s.filters.skills, id.clone(), on);
                        }
                    },
                )}
                </fieldset>
                <fieldset class="insight-form__group">
                    <legend>{t().access_legend()}</legend>
                {checks(
                    state,
                    "coord-access",
                    access,
                    plain(AccessNeed::ALL.iter().map(|&a| t().access_need(a))),
                    |s, v, i| v.get(i).and_then(|w| AccessNeed::from_token(w)).is_some_and(|a| s.filters.access.contains(&a)),
                    |s, v, i, on| {
                        if let Some(a) = v.get(i).and_then(|w| AccessNeed::from_token(w)) {
                            set(&mut s.filters.access, a, on);
                        }
                    },
                )}
                </fieldset>
                <fieldset class="insight-form__group">
                    <legend>{t().days_legend()}</legend>
                {checks(
                    state,
                    "coord-day",
                    days,
                    plain(Weekday::ALL.iter().map(|&d| t().weekday(d))),
                    |s, v, i| v.get(i).and_then(|w| Weekday::from_token(w)).is_some_and(|d| s.filters.days.contains(&d)),
                    |s, v, i, on| {
                        if let Some(d) = v.get(i).and_then(|w| Weekday::from_token(w)) {
                            set(&mut s.filters.days, d, on);
                        }
                    },
                )}
                </fieldset>
                <fieldset class="insight-form__group">
                    <legend>{t().times_legend()}</legend>
                {checks(
                    state,
                    "coord-time",
                    times,
                    plain(PartOfDay::ALL.iter().map(|&p| t().part_of_day(p))),
                    |s, v, i| v.get(i).and_then(|w| PartOfDay::from_token(w)).is_some_and(|p| s.filters.times.contains(&p)),
                    |s, v, i, on| {
                        if let Some(p) = v.get(i).and_then(|w| PartOfDay::from_token(w)) {
                            set(&mut s.filters.times, p, on);
                        }
                    },
                )}
                </fieldset>
                <fieldset class="insight-form__group">
                    <legend>{t().languages_legend()}</legend>
                {checks(
                    state,
                    "coord-lang",
                    languages,
                    language_choices,
                    |s, v, i| v.get(i).is_some_and(|code| s.filters.languages.contains(code)),
                    |s, v, i, on| {
                        if let Some(code) = v.get(i) {
                            set(&mut s.filters.languages, code.clone(), on);
                        }
                    },
                )}
                </fieldset>
                <fieldset class="insight-form__group">
                    <legend>{t().cost_legend()}</legend>
                    <label class="insight-form__check" for="coord-free">
                        <input
                            type="checkbox"
                            id="coord-free"
                            prop:checked=move || state.settings.with(|s| s.filters.free)
                            on:change=free
                        />
                        <span>{t().free_only()}</span>
                    </label>
                    <p class="insight-form__field">
                        <label for="coord-max">{t().max_price(catalogue.currency.as_deref())}</label>
                        <input
                            type="number"
                            id="coord-max"
                            min="0"
                            inputmode="numeric"
                            prop:value=move || state.settings.with(|s| s.filters.max_price.map(|m| m.to_string()).unwrap_or_default())
                            on:change=max
                        />
                    </p>
                </fieldset>
                </div>
            </details>
        </section>
    }
}
