//! The coordinators' map, the table's companion: each area a circle at its
//! centre, as wide as the walk, filled by how much is in reach with a pattern
//! per class and its count written on it, so it does not rest on colour; and
//! a key naming each class's range.

use crate::components::map_view::{MapView, neighbourhood_labels};
use crate::i18n::t;
use crate::insight_state::InsightState;
use learnlocal_core::insight::table::{CLASSES, class_ranges, classes};
use learnlocal_core::map::{Point, Viewport, circle_corners};
use learnlocal_core::{LatLon, Loaded};
use leptos::prelude::*;
use std::sync::Arc;

/// The smallest radius an area is drawn with, so its figure fits.
const AREA_MIN_PX: f64 = 14.0;

/// An area of the map: a circle at its centre, filled by its class's pattern
/// (`map__area--c<class>`), its figure on it.
#[derive(Debug, Clone, PartialEq)]
struct MapArea {
    at: LatLon,
    radius_m: f64,
    class: usize,
    figure: String,
}

/// The areas in the viewport `v`: every circle first, then every figure, so
/// no circle covers a figure.
fn draw_areas(areas: &[MapArea], v: &Viewport) -> AnyView {
    let placed: Vec<(Point, f64)> = areas
        .iter()
        .map(|a| {
            (
                v.place(a.at),
                (a.radius_m / v.metres_per_px()).max(AREA_MIN_PX),
            )
        })
        .collect();
    let circles = areas
        .iter()
        .zip(&placed)
        .map(|(a, (at, r))| {
            view! {
                <circle class=format!("map__area map__area--c{}", a.class) cx=format!("{:.1}", at.x) cy=format!("{:.1}", at.y) r=format!("{r:.1}") />
            }
        })
        .collect_view();
    let figures = areas
        .iter()
        .zip(&placed)
        .map(|(a, (at, _))| {
            view! {
                <text class="map__area-figure" x=format!("{:.1}", at.x) y=format!("{:.1}", at.y) text-anchor="middle" dy="0.35em">{a.figure.clone()}</text>
            }
        })
        .collect_view();
    view! { {circles} {figures} }.into_any()
}

/// The map and its key.
#[component]
pub fn InsightMap(state: InsightState, loaded: Arc<Loaded>) -> impl IntoView {
    let catalogue = &loaded.catalogue;
    let totals = Memo::new(move |_| {
        state.insight.with(|i| {
            i.neighbourhoods
                .iter()
                .map(|r| r.counts.total)
                .collect::<Vec<_>>()
        })
    });
    let areas = {
        let loaded = Arc::clone(&loaded);
        Memo::new(move |_| {
            let walk_m = state.settings.with(|s| s.walk_m());
            totals.with(|totals| {
                let classes = classes(totals);
                state.insight.with(|insight| {
                    insight
                        .neighbourhoods
                        .iter()
                        .zip(totals.iter().zip(classes))
                        .filter_map(|(reach, (&total, class))| {
                            let hood = loaded.catalogue.neighbourhoods.get(reach.neighbourhood)?;
                            Some(MapArea {
                                at: hood.centre,
                                radius_m: walk_m,
                                class,
                                figure: t().coord_number(total),
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    };
    // Fitted to every area's circle at the walk chosen when the page opened.
    let fit_also: Vec<LatLon> = areas.with_untracked(|areas| {
        areas
            .iter()
            .flat_map(|a| circle_corners(a.at, a.radius_m))
            .collect()
    });
    let labels = neighbourhood_labels(catalogue);
    let key = move || {
        totals.with(|totals| {
            class_ranges(totals)
                .into_iter()
                .enumerate()
                .filter_map(|(class, range)| {
                    let (from, to) = range?;
                    let words = if class == 0 {
                        t().coord_legend_none()
                    } else {
                        t().coord_legend_range(from, to)
                    };
                    Some(view! {
                        <li class="insight-map__class">
                            <svg class="insight-map__swatch" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
                                <rect class=format!("map__area map__area--c{class}") x="1" y="1" width="26" height="26" />
                            </svg>
                            {words}
                        </li>
                    })
                })
                .collect_view()
        })
    };
    view! {
        <section class="coordinators__section insight-map" aria-labelledby="map-heading">
            <h2 id="map-heading">{t().coord_map_heading()}</h2>
            <MapView
                markers=Memo::new(|_| Vec::new())
                labels
                focus=Memo::new(|_| None)
                home=catalogue.centre
                tiles=catalogue.map.clone()
                chosen=Memo::new(|_| None)
                on_choose=Callback::new(|_| ())
                underlay=Callback::new(move |v: Viewport| areas.with(|a| draw_areas(a, &v)))
                fit_also=fit_also
                label=t().coord_map_label()
            />
            <h3 id="map-key">{t().coord_legend()}</h3>
            // The fills' patterns, defined once for the key and the map.
            <svg class="insight-map__patterns" width="0" height="0" aria-hidden="true">
                <defs>{patterns()}</defs>
            </svg>
            <ul class="insight-map__key" aria-labelledby="map-key">{key}</ul>
        </section>
    }
}

/// One pattern per class above none: dots, lines, then crossed lines, each
/// darker, so the classes differ in black and white too.
fn patterns() -> impl IntoView {
    (1..CLASSES)
        .map(|class| {
            let marks = match class {
                1 => view! { <circle class="insight-map__ink" cx="3" cy="3" r="1.2" /> }.into_any(),
                2 => view! { <path class="insight-map__ink insight-map__line" d="M0 6 L6 0" /> }.into_any(),
                _ => view! { <path class="insight-map__ink insight-map__line" d="M0 6 L6 0 M0 0 L6 6" /> }.into_any(),
            };
            view! {
                <pattern id=format!("insight-fill-{class}") width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect class=format!("insight-map__ground insight-map__ground--c{class}") width="6" height="6" />
                    {marks}
                </pattern>
            }
        })
        .collect_view()
}
