//! The finder: search, place, filters and results, all driven by the URL.

use crate::api::bring_into_view;
use crate::components::catalogue_gate::with_catalogue;
use crate::components::empty_state::EmptyState;
use crate::components::filter_chips::{FilterChips, filter_chips};
use crate::components::filter_panel::{FilterPanelPart, PanelArgs};
use crate::components::filter_sheet::{FilterSheet, open_sheet};
use crate::components::icon::{Icon, IconName};
use crate::components::location_picker::{LocationPicker, point_name};
use crate::components::map_view::{MapFocus, MapMarker, MapView, neighbourhood_labels};
use crate::components::problems_notice::ProblemsNotice;
use crate::components::qr_code::PageQrCode;
use crate::components::result_card::ResultCard;
use crate::components::search_box::SearchBox;
use crate::i18n::t;
use crate::state::{
    DataAsOf, DevicePosition, after_first_paint, after_paint, search_index, use_clock, use_filters,
    use_shown,
};
use learnlocal_core::filter::{MapPoint, PlaceRef, Radius, Shown, Sort, View};
use learnlocal_core::route::{finder_path, finder_path_at};
use learnlocal_core::search::{Context, SearchIndex, facets, find, widenings};
use learnlocal_core::{Catalogue, Filters, Hit, LatLon, Loaded, Token};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use std::sync::Arc;

/// The `/` route.
#[component]
pub fn FinderPage() -> impl IntoView {
    document().set_title(&t().finder_title());
    with_catalogue(|loaded| view! { <Finder loaded /> })
}

/// Where distances are measured from: the chosen place, the device (once known),
/// or the catalogue's centre.
pub fn origin(catalogue: &Catalogue, place: Option<&PlaceRef>, device: Option<LatLon>) -> LatLon {
    match place {
        Some(PlaceRef::Named(id)) => catalogue.place(id).map_or(catalogue.centre, |p| p.location),
        Some(PlaceRef::Me) => device.unwrap_or(catalogue.centre),
        Some(PlaceRef::Point(point)) => point.at(),
        None => catalogue.centre,
    }
}

/// What every derived list of the finder is computed from.
struct Source {
    loaded: Signal<Arc<Loaded>>,
    index: Memo<Arc<SearchIndex>>,
    origin: Memo<LatLon>,
    filters: Memo<Filters>,
}

impl Source {
    /// A memo of `run` over the core's search context and the current filters.
    fn derive<T>(
        &self,
        run: impl Fn(&Context<'_>, &Filters) -> T + Send + Sync + 'static,
    ) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let (loaded, index, origin, filters) = (self.loaded, self.index, self.origin, self.filters);
        Memo::new(move |_| {
            let loaded = loaded.get();
            let index = index.get();
            // The index's own moment: nothing a search depends on changes before
            // the index is refreshed, so the lists are worked out again only then.
            let ctx = Context {
                catalogue: &loaded.catalogue,
                index: &index,
                origin: origin.get(),
                now: index.as_of(),
            };
            filters.with(|f| run(&ctx, f))
        })
    }
}

/// The finder over a loaded catalogue. The URL's query string is its only state,
/// besides the device's position, which never leaves the device.
#[component]
fn Finder(loaded: Signal<Arc<Loaded>>) -> impl IntoView {
    // The clock ticks while the page is open, so "Next:" lines, "open now" and
    // "starting this week" stay true: the index is the catalogue's, built once,
    // and refreshed (with the lists) only when a session or an opening starts or
    // ends, or the day changes.
    let zone = loaded.with_untracked(|l| l.catalogue.time_zone.rule.clone());
    let now = use_clock(&zone);
    let index = {
        Memo::new_with_compare(
            move |_| search_index(&loaded.get(), now.get()),
            |a, b| match (a, b) {
                (Some(a), Some(b)) => !Arc::ptr_eq(a, b),
                _ => true,
            },
        )
    };
    let device = expect_context::<DevicePosition>().0;
    let filters = use_filters(loaded);
    let shown = use_shown();
    let origin_point = Memo::new(move |_| {
        let place = filters.with(|f| f.place.clone());
        loaded.with(|l| origin(&l.catalogue, place.as_ref(), device.get()))
    });
    let sharded = crate::shards::plan_finder(filters, device);
    let source = Source {
        loaded,
        index,
        origin: origin_point,
        filters,
    };
    let hits = source.derive(find);
    // The option counts follow the list a frame later, so typing shows results first.
    let counts = Source {
        loaded,
        index,
        origin: origin_point,
        filters: after_paint(filters),
    }
    .derive(facets);
    let widen = source.derive(move |ctx, f| {
        // Only an empty list needs ways to widen it.
        if hits.with(Vec::is_empty) {
            widenings(ctx, f)
        } else {
            Vec::new()
        }
    });
    // Coming back to a card (Back from its page, or its "Back to results" link),
    // the URL names it: bring it into view once the list is drawn, on the next
    // frame, after the browser's own scroll restoring.
    let card = use_location().hash.get_untracked();
    Effect::new(move |_| {
        if let Some(id) = card.strip_prefix('#').filter(|id| !id.is_empty()) {
            let id = id.to_owned();
            request_animation_frame(move || {
                bring_into_view(&id);
            });
        }
    });

    let navigate = use_navigate();
    // Discrete changes add a history entry; a burst of typing replaces its own.
    // New filters list their first page again.
    let go = Callback::new(move |(path, replace): (String, bool)| {
        navigate(&path, crate::site::navigation(replace, false));
    });
    let show = Callback::new(move |(next, replace): (Filters, bool)| {
        go.run((crate::language::link(&finder_path(&next)), replace));
    });
    let on_change = Callback::new(move |next: Filters| show.run((next, false)));
    let on_text = Callback::new(move |(text, replace): (String, bool)| {
        show.run((filters.with_untracked(|f| f.with_text(&text)), replace));
    });
    let text = Signal::derive(move || filters.with(|f| f.text.clone()));
    // A sharded catalogue says while its shards load that the count is a floor.
    let count = move || {
        let n = hits.with(Vec::len);
        match sharded.map(|s| s.progress()) {
            Some(p) if p.loading() => t().results_loading(n, p.loaded, p.needed),
            Some(p) if p.paused() => t().results_held(n),
            Some(p) if !p.complete() => t().results_partial(n),
            _ => t().results_count(n),
        }
    };
    // "Nothing found" only once every shard the search needs is in.
    let loading = move || {
        sharded.is_some_and(|s| {
            let p = s.progress();
            p.loading() || p.paused()
        })
    };
    let failed = Memo::new(move |_| {
        sharded.is_some_and(|s| {
            let p = s.progress();
            p.failed > 0 && !p.loading()
        })
    });
    let held = Memo::new(move |_| {
        sharded
            .map(|s| s.progress())
            .filter(|p| p.paused())
            .map(|p| (p.held, p.held_bytes))
    });
    let load_all = move || {
        if let Some(s) = sharded {
            s.load_all();
        }
    };
    let retry = move || {
        if let Some(s) = sharded {
            s.retry();
        }
    };
    let sort_select = move |ev| {
        let value = event_target_value(&ev);
        let sort = Sort::from_token(&value).unwrap_or_default();
        on_change.run(Filters {
            sort,
            ..filters.get_untracked()
        });
    };
    let visible = move || {
        let n = shown.get().count();
        hits.with(|h| h.iter().take(n).copied().collect::<Vec<_>>())
    };
    // "Show more" rewrites the current entry: Back leaves the list, as it came.
    let show_more = move |_| {
        let path = filters.with_untracked(|f| {
            crate::language::link(&finder_path_at(f, shown.get_untracked().more(), None))
        });
        go.run((path, true));
    };
    let more = move || {
        let left = hits.with(Vec::len).saturating_sub(shown.get().count());
        (left > 0).then(|| {
            view! {
                <button class="button button--secondary results__more" type="button" on:click=show_more>
                    {t().show_more(left.min(Shown::PAGE))}
                    <Icon name=IconName::ChevronForward after_text=true />
                </button>
            }
        })
    };
    let chips =
        Memo::new(move |_| loaded.with(|l| filters.with(|f| filter_chips(f, &l.catalogue))));
    // The phone's filters sheet: whether it is open is its own state, never in the URL.
    let sheet = NodeRef::new();
    let panel_ready = after_first_paint();
    let results = Signal::derive(move || hits.with(Vec::len));
    // When the data is from: shown also when the page was opened offline.
    let as_of_note = use_context::<DataAsOf>()
        .and_then(|as_of| as_of.0.get_untracked())
        .map(|seconds| {
            let date = zone.to_local(seconds).date;
            view! { <p class="results__as-of">{t().data_as_of(&t().date(date))}</p> }
        });
    let origin_note = {
        move || {
            let loaded = loaded.get();
            let catalogue = &loaded.catalogue;
            match filters.with(|f| f.place.clone()) {
                Some(PlaceRef::Named(id)) => {
                    let name = catalogue.place(&id).map_or(id, |p| p.name.to_owned());
                    t().distances_from(&name)
                }
                Some(PlaceRef::Point(point)) => {
                    t().distances_from(&point_name(catalogue, point.at()))
                }
                Some(PlaceRef::Me) if device.get().is_some() => t().measuring_from_you(),
                Some(PlaceRef::Me) => t().location_needed(),
                None => t().distances_from(&catalogue.centre_label),
            }
        }
    };

    let view_switch = move || {
        let current = filters.with(|f| f.view);
        [(View::List, t().view_list()), (View::Map, t().view_map())]
            .into_iter()
            .map(|(view, label)| {
                let next = move || filters.with(|f| Filters { view, ..f.clone() });
                let href = move || crate::language::link(&finder_path(&next()));
                // A plain click stays where the page is scrolled; a new tab is a link.
                let click = move |ev: leptos::ev::MouseEvent| {
                    if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
                        ev.prevent_default();
                        on_change.run(next());
                    }
                };
                view! {
                    <a class="view-switch__link" href=href aria-current=(view == current).then_some("page") on:click=click>
                        {label}
                    </a>
                }
            })
            .collect_view()
    };
    let is_map = Memo::new(move |_| filters.with(|f| f.view == View::Map));
    // The search as it stands, to hand over as a QR code.
    let search_url = Signal::derive(move || {
        crate::api::absolute_url(&crate::language::link(&filters.with(finder_path)))
    });
    // A card's position is in the catalogue as put together: a sharded one's
    // grows, so each catalogue draws its own cards.
    let generation = move || loaded.with_untracked(|l| Arc::as_ptr(l) as usize);
    let list = move || {
        (!is_map.get()).then(|| {
            view! {
                <ol class="results__list">
                    <For each=visible key=move |hit| (hit.index, hit.distance_m.map(f64::to_bits), generation()) let:hit>
                        <ResultCard loaded=loaded.get_untracked() index hit filters shown />
                    </For>
                </ol>
                {more}
            }
        })
    };
    // The map's code is a part of its own, fetched when the map is first shown.
    let map = move || {
        is_map.get().then(|| {
            let loaded = loaded.get();
            crate::parts::show_part::<MapPart>(move |draw| {
                draw(MapArgs {
                    loaded: Arc::clone(&loaded),
                    index,
                    hits,
                    filters,
                    origin: origin_point,
                    shown,
                    on_change,
                })
            })
        })
    };

    view! {
        <h1 class="page__title">{t().finder_heading()}</h1>
        <ProblemsNotice loaded=loaded.get_untracked() />
        <div class="finder">
            <div class="finder__where">
                <SearchBox text on_text />
                <LocationPicker loaded filters on_change />
            </div>
            <FilterSheet sheet results>
                <Show when=move || panel_ready.get()>
                    {crate::parts::show_part::<FilterPanelPart>(move |draw| {
                        draw(PanelArgs { loaded: loaded.get_untracked(), filters, counts, on_change })
                    })}
                </Show>
            </FilterSheet>
            <section id="results" class="results" tabindex="-1" aria-labelledby="results-heading">
                <h2 id="results-heading" class="results__heading">
                    {t().results_heading()}
                </h2>
                // On a phone the count and the list / map switch share a row,
                // so the first result stays in the first screen.
                <div class="results__bar">
                    <div class="results__summary">
                        <p class="results__count" role="status">
                            {count}
                        </p>
                        <nav class="view-switch" aria-label=t().view_label()>
                            {view_switch}
                        </nav>
                    </div>
                    <Show when=move || failed.get()>
                        <button class="button button--secondary results__retry" type="button" on:click=move |_| retry()>
                            {t().areas_retry()}
                        </button>
                    </Show>
                    <button class="button button--secondary results__filters" type="button" aria-haspopup="dialog" on:click=move |_| open_sheet(sheet)>
                        {move || t().filters_button(chips.with(Vec::len))}
                    </button>
                    <label class="results__sort">
                        <span class="results__sort-label">{t().sort_label()}</span>
                        <select class="select" on:change=sort_select prop:value=move || filters.with(|f| f.sort.token())>
                            {Sort::ALL
                                .into_iter()
                                .map(|s| view! { <option value=s.token()>{t().sort(s)}</option> })
                                .collect_view()}
                        </select>
                    </label>
                </div>
                <FilterChips chips filters on_change />
                <p class="results__origin">{origin_note}</p>
                {as_of_note}
                <Show when=move || hits.with(Vec::is_empty) && !loading()>
                    <EmptyState widenings=widen on_change />
                </Show>
                {map}
                {list}
                // Past the nearest areas, at the end of what they hold: the
                // first screen keeps its first result.
                {move || {
                    held.get()
                        .map(|(areas, bytes)| {
                            view! {
                                <button class="button button--secondary results__further" type="button" on:click=move |_| load_all()>
                                    {t().areas_load_all(areas, bytes.div_ceil(1024 * 1024))}
                                </button>
                            }
                        })
                }}
                <PageQrCode url=search_url />
            </section>
        </div>
    }
}

/// What the map is drawn from.
struct MapArgs {
    loaded: Arc<Loaded>,
    index: Memo<Arc<SearchIndex>>,
    hits: Memo<Vec<Hit>>,
    filters: Memo<Filters>,
    origin: Memo<LatLon>,
    shown: Memo<Shown>,
    on_change: Callback<Filters>,
}

crate::parts::lazy_part! {
    /// The map's code: a part of the wasm of its own (`crate::parts`).
    struct MapPart(finder_map): fn(MapArgs) -> AnyView = |args: MapArgs| draw_finder_map(args).into_any();
}

/// The results' venues on the map, and the results at the venue chosen on it.
fn draw_finder_map(args: MapArgs) -> impl IntoView {
    let MapArgs {
        loaded,
        index,
        hits,
        filters,
        origin,
        shown,
        on_change,
    } = args;
    let catalogue = &loaded.catalogue;
    // Each hit's venue, by its position in the catalogue's venues.
    let venue_of = {
        let loaded = Arc::clone(&loaded);
        move |hit: &Hit| -> Option<usize> {
            let catalogue = &loaded.catalogue;
            let id = catalogue.opportunities.get(hit.index)?.venue.as_deref()?;
            catalogue.venues.iter().position(|v| v.id == id)
        }
    };
    let markers = {
        let loaded = Arc::clone(&loaded);
        let venue_of = venue_of.clone();
        Memo::new(move |_| {
            let mut markers: Vec<MapMarker> = Vec::new();
            hits.with(|hits| {
                for key in hits.iter().filter_map(&venue_of) {
                    match markers.iter_mut().find(|m| m.key == key) {
                        Some(m) => m.count += 1,
                        None => {
                            if let Some(v) = loaded.catalogue.venues.get(key) {
                                markers.push(MapMarker {
                                    key,
                                    at: v.location,
                                    name: v.name.clone(),
                                    count: 1,
                                });
                            }
                        }
                    }
                }
            });
            markers
        })
    };
    let online = {
        let venue_of = venue_of.clone();
        move || {
            let n = hits.with(|h| h.iter().filter(|hit| venue_of(hit).is_none()).count());
            (n > 0).then(|| view! { <p class="map-results__online">{t().map_online(n)}</p> })
        }
    };
    let labels = neighbourhood_labels(catalogue);
    // The point measured from is marked once chosen, or when a radius is drawn around it.
    let focus = Memo::new(move |_| {
        let (chosen, radius_m) = filters.with(|f| (f.place.is_some(), f.radius.metres()));
        (chosen || radius_m.is_some()).then(|| MapFocus {
            at: origin.get(),
            radius_m,
        })
    });
    // The venue chosen on the map is in the URL, so Back from a result's page
    // returns to its list.
    let chosen = {
        let loaded = Arc::clone(&loaded);
        Memo::new(move |_| {
            filters.with(|f| {
                let id = f.venue.as_deref()?;
                loaded.catalogue.venues.iter().position(|v| v.id == id)
            })
        })
    };
    let choose = {
        let loaded = Arc::clone(&loaded);
        Callback::new(move |key: usize| {
            let venue = loaded.catalogue.venues.get(key).map(|v| v.id.clone());
            on_change.run(Filters {
                venue,
                ..filters.get_untracked()
            });
        })
    };
    let at_chosen = {
        let venue_of = venue_of.clone();
        move || {
            let key = chosen.get()?;
            let list: Vec<Hit> = hits.with(|h| {
                h.iter()
                    .filter(|hit| venue_of(hit) == Some(key))
                    .copied()
                    .collect()
            });
            // A venue the filters have since left out is no longer chosen.
            (!list.is_empty()).then_some((key, list))
        }
    };
    let search_here = Callback::new(move |(centre, reach_m): (LatLon, f64)| {
        let Some(point) = MapPoint::new(centre) else {
            return;
        };
        on_change.run(Filters {
            place: Some(PlaceRef::Point(point)),
            radius: Radius::covering(reach_m),
            venue: None,
            ..filters.get_untracked()
        });
    });
    let venue_list = {
        let loaded = Arc::clone(&loaded);
        move || {
            let Some((key, list)) = at_chosen() else {
                return view! { <p class="map-results__hint">{t().map_choose()}</p> }.into_any();
            };
            let name = loaded
                .catalogue
                .venues
                .get(key)
                .map(|v| v.name.clone())
                .unwrap_or_default();
            let loaded = Arc::clone(&loaded);
            view! {
                <p class="map-results__venue" role="status">{t().map_venue(&name, list.len())}</p>
                <ol class="results__list">
                    {list
                        .into_iter()
                        .map(|hit| view! { <ResultCard loaded=Arc::clone(&loaded) index hit filters shown /> })
                        .collect_view()}
                </ol>
            }
            .into_any()
        }
    };
    view! {
        <MapView
            markers
            labels
            focus
            home=catalogue.centre
            tiles=catalogue.map.clone()
            chosen
            on_choose=choose
            on_search_here=search_here
        />
        {online}
        <div class="map-results">{venue_list}</div>
    }
}
