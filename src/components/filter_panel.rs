//! Every filter group with live counts, distance first.

use crate::i18n::t;
use learnlocal_core::filter::{AccessNeed, Radius, StartsWithin, toggle};
use learnlocal_core::opportunity::{Audience, Kind, Level, Mode};
use learnlocal_core::schedule::PartOfDay;
use learnlocal_core::search::{Facets, OptionCount};
use learnlocal_core::sorted::{SortedMap, SortedSet};
use learnlocal_core::time::Weekday;
use learnlocal_core::{Filters, Loaded, Token};
use leptos::prelude::*;
use std::sync::Arc;

/// One group of checkboxes, each labelled with how many results it would give
/// ("Music (4)"), or, beside a ticked option of an any-of group, how many it would
/// add ("Music (+3)", spoken "adds 3 results"). Options that would give or add
/// none stay visible and are marked.
#[component]
pub fn CheckGroup<T>(
    /// The group's name.
    legend: &'static str,
    /// An optional hint under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The options and their labels, in display order.
    options: Vec<(T, String)>,
    /// The options currently ticked.
    selected: Signal<SortedSet<T>>,
    /// What ticking each option gives or adds.
    counts: Signal<SortedMap<T, OptionCount>>,
    /// Called with the option ticked or unticked.
    on_toggle: Callback<T>,
) -> impl IntoView
where
    T: Clone + Ord + Send + Sync + 'static,
{
    let boxes = options
        .into_iter()
        .map(|(value, label)| {
            let count = {
                let value = value.clone();
                Signal::derive(move || {
                    counts.with(|c| c.get(&value).copied().unwrap_or(OptionCount::Gives(0)))
                })
            };
            let checked = {
                let value = value.clone();
                move || selected.with(|s| s.contains(&value))
            };
            let text = move || count_label(&label, count.get());
            view! {
                <li class="check-group__item">
                    <label class="check" class:check--empty=move || count.get().value() == 0>
                        <input type="checkbox" prop:checked=checked on:change=move |_| on_toggle.run(value.clone()) />
                        {text}
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="check-group">
            <legend class="check-group__legend">{legend}</legend>
            {hint.map(|h| view! { <p class="check-group__hint">{h}</p> })}
            <ul class="check-group__list">{boxes}</ul>
        </fieldset>
    }
}

/// An option's label with its count: "Music (4)", or "Music (+3)" shown and
/// "Music, adds 3 results" spoken.
fn count_label(label: &str, count: OptionCount) -> impl IntoView + use<> {
    match count {
        OptionCount::Gives(n) => view! { <span>{(t().with_count)(label, n)}</span> }.into_any(),
        OptionCount::Adds(n) => view! {
            <span aria-hidden="true">{(t().with_added)(label, n)}</span>
            <span class="check__spoken">{(t().with_added_spoken)(label, n)}</span>
        }
        .into_any(),
    }
}

/// A check group's connection to the filters.
struct Wiring<T: Send + Sync + 'static> {
    selected: Signal<SortedSet<T>>,
    counts: Signal<SortedMap<T, OptionCount>>,
    on_toggle: Callback<T>,
}

/// Every filter but the search text and the place.
#[component]
pub fn FilterPanel(
    /// The catalogue, for its skills and languages.
    loaded: Arc<Loaded>,
    /// The current filters.
    filters: Memo<Filters>,
    /// Counts per option.
    counts: Memo<Facets>,
    /// Called with new filters.
    on_change: Callback<Filters>,
) -> impl IntoView {
    // Each group is the same wiring: read a set from the filters, write it back.
    fn group<T>(
        filters: Memo<Filters>,
        counts: Memo<Facets>,
        on_change: Callback<Filters>,
        get: fn(&Filters) -> &SortedSet<T>,
        set: fn(&mut Filters) -> &mut SortedSet<T>,
        count: fn(&Facets) -> &SortedMap<T, OptionCount>,
    ) -> Wiring<T>
    where
        T: Clone + Ord + Send + Sync + 'static,
    {
        Wiring {
            selected: Signal::derive(move || filters.with(|f| get(f).clone())),
            counts: Signal::derive(move || counts.with(|c| count(c).clone())),
            on_toggle: Callback::new(move |value: T| {
                let mut next = filters.get_untracked();
                toggle(set(&mut next), value);
                on_change.run(next);
            }),
        }
    }
    let skill = group(
        filters,
        counts,
        on_change,
        |f| &f.skills,
        |f| &mut f.skills,
        |c| &c.skills,
    );
    let kind = group(
        filters,
        counts,
        on_change,
        |f| &f.kinds,
        |f| &mut f.kinds,
        |c| &c.kinds,
    );
    let access = group(
        filters,
        counts,
        on_change,
        |f| &f.access,
        |f| &mut f.access,
        |c| &c.access,
    );
    let day = group(
        filters,
        counts,
        on_change,
        |f| &f.days,
        |f| &mut f.days,
        |c| &c.days,
    );
    let time = group(
        filters,
        counts,
        on_change,
        |f| &f.times,
        |f| &mut f.times,
        |c| &c.times,
    );
    let lang = group(
        filters,
        counts,
        on_change,
        |f| &f.languages,
        |f| &mut f.languages,
        |c| &c.languages,
    );
    let mode = group(
        filters,
        counts,
        on_change,
        |f| &f.modes,
        |f| &mut f.modes,
        |c| &c.modes,
    );
    let level = group(
        filters,
        counts,
        on_change,
        |f| &f.levels,
        |f| &mut f.levels,
        |c| &c.levels,
    );
    let audience = group(
        filters,
        counts,
        on_change,
        |f| &f.audiences,
        |f| &mut f.audiences,
        |c| &c.audiences,
    );

    let max_price_label = (t().max_price)(loaded.catalogue.currency.as_deref());
    let skills: Vec<(String, String)> = loaded
        .catalogue
        .skills
        .iter()
        .map(|s| (s.id.clone(), s.label.clone()))
        .collect();
    let languages: Vec<(String, String)> = {
        let used: SortedSet<&String> = loaded
            .catalogue
            .opportunities
            .iter()
            .flat_map(|o| &o.languages)
            .collect();
        used.into_iter()
            .map(|c| (c.clone(), (t().language)(c)))
            .collect()
    };
    let kinds = Kind::ALL.map(|k| (k, (t().kind)(k).to_owned())).to_vec();
    let access_options = AccessNeed::all()
        .into_iter()
        .map(|a| (a, (t().access_need)(a).to_owned()))
        .collect();
    let days = Weekday::ALL
        .map(|d| (d, (t().weekday)(d).to_owned()))
        .to_vec();
    let times = PartOfDay::ALL
        .map(|p| (p, (t().part_of_day)(p).to_owned()))
        .to_vec();
    let modes = Mode::ALL.map(|m| (m, (t().mode)(m).to_owned())).to_vec();
    let levels = Level::ALL.map(|l| (l, (t().level)(l).to_owned())).to_vec();
    let audiences = Audience::ALL
        .map(|a| (a, (t().audience)(a).to_owned()))
        .to_vec();

    let set = move |edit: Box<dyn Fn(&mut Filters)>| {
        let mut next = filters.get_untracked();
        edit(&mut next);
        on_change.run(next);
    };
    let starts_options = [StartsWithin::Any, StartsWithin::Week, StartsWithin::Month];
    let radius_change = move |ev| {
        let radius = Radius::from_token(&event_target_value(&ev)).unwrap_or_default();
        set(Box::new(move |f| f.radius = radius));
    };
    let online_change = move |ev| {
        let exclude = !event_target_checked(&ev);
        set(Box::new(move |f| f.exclude_online = exclude));
    };
    view! {
        <div class="filters">
            <fieldset class="check-group">
                <legend class="check-group__legend" id="radius-legend">{t().radius_label}</legend>
                <select class="select check-group__select" aria-labelledby="radius-legend" on:change=radius_change prop:value=move || filters.with(|f| f.radius.token())>
                    {Radius::ALL
                        .into_iter()
                        .map(|r| {
                            let label = move || {
                                let n = counts.with(|c| c.radius.get(&r).copied().unwrap_or(0));
                                (t().with_count)((t().radius)(r), n)
                            };
                            view! { <option value=r.token()>{label}</option> }
                        })
                        .collect_view()}
                </select>
                <label class="check">
                    <input type="checkbox" prop:checked=move || !filters.with(|f| f.exclude_online) on:change=online_change />
                    <span>{t().include_online}</span>
                </label>
            </fieldset>
            <SkillGroup legend=t().skills_legend options=skills selected=skill.selected counts=skill.counts on_toggle=skill.on_toggle />
            <CheckGroup legend=t().kinds_legend options=kinds selected=kind.selected counts=kind.counts on_toggle=kind.on_toggle />
            <CheckGroup legend=t().access_legend hint=t().access_hint options=access_options selected=access.selected counts=access.counts on_toggle=access.on_toggle />
            <CheckGroup legend=t().days_legend options=days selected=day.selected counts=day.counts on_toggle=day.on_toggle />
            <CheckGroup legend=t().times_legend options=times selected=time.selected counts=time.counts on_toggle=time.on_toggle />
            <fieldset class="check-group">
                <legend class="check-group__legend">{t().starts_legend}</legend>
                <ul class="check-group__list">
                    {starts_options
                        .into_iter()
                        .map(|s| {
                            let label = move || {
                                let n = counts.with(|c| c.starts.get(&s).copied().unwrap_or(0));
                                (t().with_count)((t().starts)(s), n)
                            };
                            view! {
                                <li class="check-group__item">
                                    <label class="check">
                                        <input type="radio" name="starts" prop:checked=move || filters.with(|f| f.starts == s) on:change=move |_| set(Box::new(move |f| f.starts = s)) />
                                        <span>{label}</span>
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <label class="check" class:check--empty=move || counts.with(|c| c.open_now == 0)>
                    <input type="checkbox" prop:checked=move || filters.with(|f| f.open_now) on:change=move |ev| { let on = event_target_checked(&ev); set(Box::new(move |f| f.open_now = on)) } />
                    <span>{move || (t().with_count)(t().open_now, counts.with(|c| c.open_now))}</span>
                </label>
            </fieldset>
            <fieldset class="check-group">
                <legend class="check-group__legend">{t().cost_legend}</legend>
                <label class="check" class:check--empty=move || counts.with(|c| c.free == 0)>
                    <input type="checkbox" prop:checked=move || filters.with(|f| f.free) on:change=move |ev| { let on = event_target_checked(&ev); set(Box::new(move |f| f.free = on)) } />
                    <span>{move || (t().with_count)(t().free_only, counts.with(|c| c.free))}</span>
                </label>
                <label class="field">
                    <span>{max_price_label}</span>
                    <input class="field__input" type="number" min="0" inputmode="numeric" prop:value=move || filters.with(|f| f.max_price.map(|m| m.to_string()).unwrap_or_default()) on:change=move |ev| { let v = event_target_value(&ev).trim().parse().ok(); set(Box::new(move |f| f.max_price = v)) } />
                </label>
            </fieldset>
            <CheckGroup legend=t().languages_legend options=languages selected=lang.selected counts=lang.counts on_toggle=lang.on_toggle />
            <CheckGroup legend=t().modes_legend options=modes selected=mode.selected counts=mode.counts on_toggle=mode.on_toggle />
            <CheckGroup legend=t().levels_legend options=levels selected=level.selected counts=level.counts on_toggle=level.on_toggle />
            <CheckGroup legend=t().audiences_legend options=audiences selected=audience.selected counts=audience.counts on_toggle=audience.on_toggle />
            <label class="field">
                <span>{t().age_label}</span>
                <input class="field__input" type="number" min="0" max="120" inputmode="numeric" prop:value=move || filters.with(|f| f.age.map(|a| a.to_string()).unwrap_or_default()) on:change=move |ev| { let v = event_target_value(&ev).trim().parse().ok(); set(Box::new(move |f| f.age = v)) } />
            </label>
        </div>
    }
}

/// The skills, always in view: the filter most people start with.
#[component]
fn SkillGroup(
    legend: &'static str,
    options: Vec<(String, String)>,
    selected: Signal<SortedSet<String>>,
    counts: Signal<SortedMap<String, OptionCount>>,
    on_toggle: Callback<String>,
) -> impl IntoView {
    view! { <div class="skill-filter"><CheckGroup legend options selected counts on_toggle /></div> }
}
