//! Every filter group with live counts, distance first.

use crate::components::icon::{self, Icon, IconName};
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
///
/// Options are known by their position, not their type, so that the component's
/// view code is compiled once rather than once per filter group.
#[component]
pub fn CheckGroup(
    /// The group's name.
    legend: String,
    /// An optional hint under the legend.
    #[prop(optional)]
    hint: Option<String>,
    /// The options' labels, in display order.
    labels: Vec<String>,
    /// The options' icons, shown before the labels, when the group has them.
    #[prop(optional)]
    icons: Vec<IconName>,
    /// The options' `lang`, for catalogue text not in the page's language.
    #[prop(optional)]
    langs: Vec<Option<String>>,
    /// Per option, whether it is ticked.
    selected: Signal<Vec<bool>>,
    /// Per option, what ticking it gives or adds.
    counts: Signal<Vec<OptionCount>>,
    /// Called with the position of the option ticked or unticked.
    on_toggle: Callback<usize>,
) -> impl IntoView {
    let boxes = labels
        .into_iter()
        .enumerate()
        .map(|(at, label)| {
            let icon = icons.get(at).map(|&name| view! { <Icon name /> });
            let lang = langs.get(at).cloned().flatten();
            let count = Signal::derive(move || {
                counts.with(|c| c.get(at).copied().unwrap_or(OptionCount::Gives(0)))
            });
            let checked = move || selected.with(|s| s.get(at).copied().unwrap_or(false));
            let text = move || count_label(&label, count.get());
            view! {
                <li class="check-group__item">
                    <label class="check" class:check--empty=move || count.get().value() == 0 lang=lang>
                        <input type="checkbox" prop:checked=checked on:change=move |_| on_toggle.run(at) />
                        {icon}
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
        OptionCount::Gives(n) => view! { <span>{t().with_count(label, n)}</span> }.into_any(),
        OptionCount::Adds(n) => view! {
            <span aria-hidden="true">{t().with_added(label, n)}</span>
            <span class="check__spoken">{t().with_added_spoken(label, n)}</span>
        }
        .into_any(),
    }
}

/// A check group's connection to the filters, by option position.
struct Wiring {
    labels: Vec<String>,
    selected: Signal<Vec<bool>>,
    counts: Signal<Vec<OptionCount>>,
    on_toggle: Callback<usize>,
}

/// What the filter panel is drawn from.
pub struct PanelArgs {
    /// The catalogue, for its skills and languages.
    pub loaded: Arc<Loaded>,
    /// The current filters.
    pub filters: Memo<Filters>,
    /// Counts per option.
    pub counts: Memo<Facets>,
    /// Called with new filters.
    pub on_change: Callback<Filters>,
}

crate::parts::lazy_part! {
    /// The filter panel's code: a part of the wasm of its own (`crate::parts`),
    /// fetched after the first results are drawn.
    pub struct FilterPanelPart(filter_panel): fn(PanelArgs) -> AnyView =
        |args: PanelArgs| draw_filter_panel(args).into_any();
}

/// Every filter but the search text and the place.
fn draw_filter_panel(args: PanelArgs) -> impl IntoView {
    let PanelArgs {
        loaded,
        filters,
        counts,
        on_change,
    } = args;
    // Each group is the same wiring: read a set from the filters, write it back.
    // Only this small function is compiled per option type; the view is not.
    fn group<T>(
        (filters, counts, on_change): (Memo<Filters>, Memo<Facets>, Callback<Filters>),
        options: Vec<(T, String)>,
        get: fn(&Filters) -> &SortedSet<T>,
        set: fn(&mut Filters) -> &mut SortedSet<T>,
        count: fn(&Facets) -> &SortedMap<T, OptionCount>,
    ) -> Wiring
    where
        T: Clone + Ord + Send + Sync + 'static,
    {
        let (values, labels): (Vec<T>, Vec<String>) = options.into_iter().unzip();
        let values = Arc::new(values);
        let selected = {
            let values = Arc::clone(&values);
            Signal::derive(move || {
                filters.with(|f| values.iter().map(|v| get(f).contains(v)).collect())
            })
        };
        let option_counts = {
            let values = Arc::clone(&values);
            Signal::derive(move || {
                counts.with(|c| {
                    values
                        .iter()
                        .map(|v| count(c).get(v).copied().unwrap_or(OptionCount::Gives(0)))
                        .collect()
                })
            })
        };
        Wiring {
            labels,
            selected,
            counts: option_counts,
            on_toggle: Callback::new(move |at: usize| {
                if let Some(value) = values.get(at) {
                    let mut next = filters.get_untracked();
                    toggle(set(&mut next), value.clone());
                    on_change.run(next);
                }
            }),
        }
    }
    let max_price_label = t().max_price(loaded.catalogue.currency.as_deref());
    // Each skill's label in the reader's language where the catalogue has it,
    // and its `lang` when that is not the page's.
    let (skills, skill_langs): (Vec<(String, String)>, Vec<Option<String>>) = loaded
        .catalogue
        .skills
        .iter()
        .map(|s| {
            let label = s.label_in(t().lang(), &loaded.catalogue.language);
            (
                (s.id.clone(), label.text.to_owned()),
                crate::language::lang_attribute(label.lang),
            )
        })
        .unzip();
    let skill_icons: Vec<IconName> = loaded
        .catalogue
        .skills
        .iter()
        .map(|s| icon::for_skill(&s.id, &s.label))
        .collect();
    // A sharded catalogue's index knows every shard's languages before any is in.
    let sharded = use_context::<crate::shards::Sharded>().filter(crate::shards::Sharded::active);
    // Until every area the search needs is in, the numbers are a floor: said
    // above them, as the count above the results says it.
    let partial = move || {
        let progress = sharded?.progress();
        (!progress.complete()).then(|| {
            view! {
                <p class="filters__partial" role="status">
                    {t().counts_partial(progress.loaded, progress.needed)}
                </p>
            }
        })
    };
    let languages: Vec<(String, String)> = match sharded.and_then(|s| s.languages()) {
        Some(codes) => codes.iter().map(|c| (c.clone(), t().language(c))).collect(),
        None => {
            let used: SortedSet<&String> = loaded
                .catalogue
                .opportunities
                .iter()
                .flat_map(|o| &o.languages)
                .collect();
            used.into_iter()
                .map(|c| (c.clone(), t().language(c)))
                .collect()
        }
    };
    let wires = (filters, counts, on_change);
    let skill = group(
        wires,
        skills,
        |f| &f.skills,
        |f| &mut f.skills,
        |c| &c.skills,
    );
    let kind = group(
        wires,
        Kind::ALL.map(|k| (k, t().kind(k))).to_vec(),
        |f| &f.kinds,
        |f| &mut f.kinds,
        |c| &c.kinds,
    );
    let access = group(
        wires,
        AccessNeed::all()
            .into_iter()
            .map(|a| (a, t().access_need(a)))
            .collect(),
        |f| &f.access,
        |f| &mut f.access,
        |c| &c.access,
    );
    let day = group(
        wires,
        Weekday::ALL.map(|d| (d, t().weekday(d))).to_vec(),
        |f| &f.days,
        |f| &mut f.days,
        |c| &c.days,
    );
    let time = group(
        wires,
        PartOfDay::ALL.map(|p| (p, t().part_of_day(p))).to_vec(),
        |f| &f.times,
        |f| &mut f.times,
        |c| &c.times,
    );
    let lang = group(
        wires,
        languages,
        |f| &f.languages,
        |f| &mut f.languages,
        |c| &c.languages,
    );
    let mode = group(
        wires,
        Mode::ALL.map(|m| (m, t().mode(m))).to_vec(),
        |f| &f.modes,
        |f| &mut f.modes,
        |c| &c.modes,
    );
    let level = group(
        wires,
        Level::ALL.map(|l| (l, t().level(l))).to_vec(),
        |f| &f.levels,
        |f| &mut f.levels,
        |c| &c.levels,
    );
    let audience = group(
        wires,
        Audience::ALL.map(|a| (a, t().audience(a))).to_vec(),
        |f| &f.audiences,
        |f| &mut f.audiences,
        |c| &c.audiences,
    );

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
            {partial}
            <fieldset class="check-group">
                <legend class="check-group__legend" id="radius-legend">{t().radius_label()}</legend>
                <select class="select check-group__select" aria-labelledby="radius-legend" on:change=radius_change prop:value=move || filters.with(|f| f.radius.token())>
                    {Radius::ALL
                        .into_iter()
                        .map(|r| {
                            let label = move || {
                                let n = counts.with(|c| c.radius.get(&r).copied().unwrap_or(0));
                                t().with_count(&t().radius(r), n)
                            };
                            view! { <option value=r.token()>{label}</option> }
                        })
                        .collect_view()}
                </select>
                <label class="check">
                    <input type="checkbox" prop:checked=move || !filters.with(|f| f.exclude_online) on:change=online_change />
                    <span>{t().include_online()}</span>
                </label>
            </fieldset>
            <SkillGroup legend=t().skills_legend() labels=skill.labels icons=skill_icons langs=skill_langs selected=skill.selected counts=skill.counts on_toggle=skill.on_toggle />
            <CheckGroup legend=t().kinds_legend() labels=kind.labels icons=Kind::ALL.map(icon::for_kind).to_vec() selected=kind.selected counts=kind.counts on_toggle=kind.on_toggle />
            <CheckGroup legend=t().access_legend() hint=t().access_hint() labels=access.labels icons=AccessNeed::all().into_iter().map(icon::for_access_need).collect() selected=access.selected counts=access.counts on_toggle=access.on_toggle />
            <CheckGroup legend=t().days_legend() labels=day.labels selected=day.selected counts=day.counts on_toggle=day.on_toggle />
            <CheckGroup legend=t().times_legend() labels=time.labels selected=time.selected counts=time.counts on_toggle=time.on_toggle />
            <fieldset class="check-group">
                <legend class="check-group__legend">{t().starts_legend()}</legend>
                <ul class="check-group__list">
                    {starts_options
                        .into_iter()
                        .map(|s| {
                            let label = move || {
                                let n = counts.with(|c| c.starts.get(&s).copied().unwrap_or(0));
                                t().with_count(&t().starts(s), n)
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
                    <span>{move || t().with_count(&t().open_now(), counts.with(|c| c.open_now))}</span>
                </label>
            </fieldset>
            <fieldset class="check-group">
                <legend class="check-group__legend">{t().cost_legend()}</legend>
                <label class="check" class:check--empty=move || counts.with(|c| c.free == 0)>
                    <input type="checkbox" prop:checked=move || filters.with(|f| f.free) on:change=move |ev| { let on = event_target_checked(&ev); set(Box::new(move |f| f.free = on)) } />
                    <span>{move || t().with_count(&t().free_only(), counts.with(|c| c.free))}</span>
                </label>
                <label class="field">
                    <span>{max_price_label}</span>
                    <input class="field__input" type="number" min="0" inputmode="numeric" prop:value=move || filters.with(|f| f.max_price.map(|m| m.to_string()).unwrap_or_default()) on:change=move |ev| { let v = event_target_value(&ev).trim().parse().ok(); set(Box::new(move |f| f.max_price = v)) } />
                </label>
            </fieldset>
            <CheckGroup legend=t().languages_legend() labels=lang.labels selected=lang.selected counts=lang.counts on_toggle=lang.on_toggle />
            <CheckGroup legend=t().modes_legend() labels=mode.labels selected=mode.selected counts=mode.counts on_toggle=mode.on_toggle />
            <CheckGroup legend=t().levels_legend() labels=level.labels selected=level.selected counts=level.counts on_toggle=level.on_toggle />
            <CheckGroup legend=t().audiences_legend() labels=audience.labels selected=audience.selected counts=audience.counts on_toggle=audience.on_toggle />
            <label class="field">
                <span>{t().age_label()}</span>
                <input class="field__input" type="number" min="0" max="120" inputmode="numeric" prop:value=move || filters.with(|f| f.age.map(|a| a.to_string()).unwrap_or_default()) on:change=move |ev| { let v = event_target_value(&ev).trim().parse().ok(); set(Box::new(move |f| f.age = v)) } />
            </label>
        </div>
    }
}

/// The skills, always in view: the filter most people start with.
#[component]
fn SkillGroup(
    legend: String,
    labels: Vec<String>,
    icons: Vec<IconName>,
    langs: Vec<Option<String>>,
    selected: Signal<Vec<bool>>,
    counts: Signal<Vec<OptionCount>>,
    on_toggle: Callback<usize>,
) -> impl IntoView {
    view! { <div class="skill-filter"><CheckGroup legend labels icons langs selected counts on_toggle /></div> }
}
