//! A map drawn by the app as SVG: markers that cluster, place labels, a point
//! measured from with its radius, a scale bar, and raster tiles underneath only
//! when the catalogue configures them.
//!
//! It takes what to draw, not the finder's state, so other pages can draw their
//! own layers on it. The geometry is `learnlocal_core::map`'s; this component
//! only turns pointer, wheel and key events into a new viewport, and never
//! fetches anything itself (tiles are `<image>`s the browser loads, from the one
//! origin the Content-Security-Policy allows).

use crate::i18n::t;
use learnlocal_core::LatLon;
use learnlocal_core::catalogue::MapSettings;
use learnlocal_core::map::{
    Point, ScaleBar, Viewport, circle_corners, cluster, log2, scale_bar, tile_url,
};
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;

/// The radius of a marker's target: 48 px across, a kiosk's smallest target.
const HIT_R: f64 = 24.0;
/// Distance in pixels under which two markers are drawn as one: a target's
/// width, so markers drawn apart seldom cover each other's target.
const CLUSTER_PX: f64 = 2.0 * HIT_R;
/// Room kept free around what the map is fitted to.
const FIT_PADDING_PX: f64 = 36.0;
/// The closest zoom a fit chooses (one venue alone is not shown at roof level).
const FIT_MAX_ZOOM: f64 = 16.0;
/// How far one arrow key moves the map.
const KEY_PAN_PX: f64 = 80.0;
/// Labels show from this zoom on, where a neighbourhood is wide enough to name.
const LABEL_MIN_ZOOM: f64 = 12.5;
/// A pointer moved less than this is a press, not a drag.
const DRAG_THRESHOLD_PX: f64 = 5.0;

/// A place drawn as a marker.
#[derive(Debug, Clone, PartialEq)]
pub struct MapMarker {
    /// The caller's key, passed back when the marker is chosen.
    pub key: usize,
    /// Where it is.
    pub at: LatLon,
    /// Its name, for the accessible name.
    pub name: String,
    /// How many results it has (drawn on the marker, summed in a cluster).
    pub count: usize,
}

/// The point measured from, and the radius around it in metres, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapFocus {
    /// The point.
    pub at: LatLon,
    /// The radius in metres.
    pub radius_m: Option<f64>,
}

/// A place name written on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLabel {
    /// Where the name goes.
    pub at: LatLon,
    /// The name.
    pub name: String,
}

/// The catalogue's neighbourhoods as the map's labels, at their centres.
pub fn neighbourhood_labels(catalogue: &learnlocal_core::Catalogue) -> Arc<Vec<MapLabel>> {
    Arc::new(
        catalogue
            .neighbourhoods
            .iter()
            .map(|n| MapLabel {
                at: n.centre,
                name: n.name.clone(),
            })
            .collect(),
    )
}

/// The map.
#[component]
pub fn MapView(
    /// The markers, refitted into view whenever they change.
    markers: Memo<Vec<MapMarker>>,
    /// Names written on the map from close enough.
    labels: Arc<Vec<MapLabel>>,
    /// The point measured from, marked, with the radius drawn around it.
    focus: Memo<Option<MapFocus>>,
    /// Where to look when there are no markers.
    home: LatLon,
    /// Raster tiles underneath, when configured.
    tiles: Option<MapSettings>,
    /// The key of the chosen marker.
    chosen: Memo<Option<usize>>,
    /// Called with the key of a marker pressed.
    on_choose: Callback<usize>,
    /// Called by "Search this area" with the map's centre and the distance in
    /// metres from it to the nearest edge; without it, there is no such button.
    #[prop(optional)]
    on_search_here: Option<Callback<(LatLon, f64)>>,
    /// Drawn under the labels and markers with the map's viewport, whenever
    /// it changes (a choropleth's areas).
    #[prop(optional)]
    underlay: Option<Callback<Viewport, AnyView>>,
    /// Points fitted into view too when the map is first drawn (the extent
    /// of what the underlay draws).
    #[prop(optional)]
    fit_also: Vec<LatLon>,
    /// The map's accessible name, when not the results' map.
    #[prop(optional)]
    label: Option<String>,
) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Div>::new();
    let view = RwSignal::new(None::<Viewport>);
    let fit_also = StoredValue::new(fit_also);
    let fit = move |size: (f64, f64)| {
        let mut points: Vec<LatLon> = markers.with_untracked(|m| m.iter().map(|m| m.at).collect());
        match focus.get_untracked() {
            Some(MapFocus {
                at,
                radius_m: Some(r),
            }) => points.extend(circle_corners(at, r)),
            Some(MapFocus { at, radius_m: None }) => points.push(at),
            None => {}
        }
        fit_also.with_value(|more| points.extend(more.iter().copied()));
        Viewport::fit(points, home, size, FIT_PADDING_PX, FIT_MAX_ZOOM)
    };
    let measure = move || {
        let el = frame.try_get_untracked().flatten()?;
        let (w, h) = (f64::from(el.client_width()), f64::from(el.client_height()));
        (w > 0.0 && h > 0.0).then_some((w, h))
    };
    // Fitted when first drawn and whenever the markers or the place change
    // (both are memos, so this runs only then), on a frame once laid out.
    Effect::new(move |_| {
        markers.track();
        focus.track();
        request_animation_frame(move || {
            // The map may have gone (the list chosen) before the frame.
            if let Some(size) = measure() {
                view.try_set(Some(fit(size)));
            }
        });
    });
    let resize = window_event_listener(ev::resize, move |_| {
        if let (Some(size), Some(v)) = (measure(), view.get_untracked()) {
            view.set(Some(v.resized(size.0, size.1)));
        }
    });
    on_cleanup(move || resize.remove());

    let change = move |f: &dyn Fn(&Viewport) -> Viewport| {
        view.update(|v| {
            if let Some(v) = v {
                *v = f(v);
            }
        });
    };
    let zoom_by = move |by: f64| change(&|v: &Viewport| v.zoomed(by, v.middle()));

    // Pointers down on the map, by id, where they were last; and whether the
    // press became a drag (then it chooses nothing).
    let drag = StoredValue::new(Drag::default());
    let local = move |ev: &web_sys::PointerEvent| in_map(frame, ev);
    let pointer_down = move |ev: ev::PointerEvent| {
        if ev.button() > 0 {
            return;
        }
        let p = local(&ev);
        drag.update_value(|d| {
            d.pointers.retain(|(id, _)| *id != ev.pointer_id());
            d.pointers.push((ev.pointer_id(), p));
            if d.pointers.len() == 1 {
                d.travelled = 0.0;
            }
        });
    };
    let pointer_move = move |ev: ev::PointerEvent| {
        let id = ev.pointer_id();
        let p = local(&ev);
        let before = drag.with_value(|d| d.pointers.clone());
        let Some(&(_, last)) = before.iter().find(|(i, _)| *i == id) else {
            return;
        };
        drag.update_value(|d| {
            if let Some(slot) = d.pointers.iter_mut().find(|(i, _)| *i == id) {
                slot.1 = p;
            }
        });
        match before.as_slice() {
            [_] => {
                let (dx, dy) = (p.x - last.x, p.y - last.y);
                let travelled = drag
                    .try_update_value(|d| {
                        d.travelled += dx.abs() + dy.abs();
                        d.travelled
                    })
                    .unwrap_or_default();
                if travelled > DRAG_THRESHOLD_PX {
                    // Once it is a drag, the map keeps the pointer even off its edge.
                    if let Some(el) = frame.get_untracked() {
                        let _ = el.set_pointer_capture(id);
                    }
                    change(&|v: &Viewport| v.panned(dx, dy));
                }
            }
            [(a_id, a), (_, b)] => {
                // Pinch: the other finger stays where it was.
                let other = if *a_id == id { *b } else { *a };
                let (old_mid, new_mid) = (mid(last, other), mid(p, other));
                let (old_d, new_d) = (distance(last, other), distance(p, other));
                drag.update_value(|d| d.travelled = f64::MAX);
                if old_d > 1.0 && new_d > 1.0 {
                    change(&|v: &Viewport| {
                        v.panned(new_mid.x - old_mid.x, new_mid.y - old_mid.y)
                            .zoomed(log2(new_d / old_d), new_mid)
                    });
                }
            }
            _ => {}
        }
    };
    let pointer_up = move |ev: ev::PointerEvent| {
        drag.update_value(|d| d.pointers.retain(|(id, _)| *id != ev.pointer_id()));
    };
    let key_down = move |ev: ev::KeyboardEvent| {
        let (dx, dy, by) = match ev.key().as_str() {
            "ArrowLeft" => (KEY_PAN_PX, 0.0, 0.0),
            "ArrowRight" => (-KEY_PAN_PX, 0.0, 0.0),
            "ArrowUp" => (0.0, KEY_PAN_PX, 0.0),
            "ArrowDown" => (0.0, -KEY_PAN_PX, 0.0),
            "+" | "=" => (0.0, 0.0, 1.0),
            "-" | "_" => (0.0, 0.0, -1.0),
            _ => return,
        };
        ev.prevent_default();
        if by != 0.0 {
            zoom_by(by);
        } else {
            change(&|v: &Viewport| v.panned(dx, dy));
        }
    };

    let clusters = move || {
        let Some(v) = view.get() else {
            return Vec::new();
        };
        markers.with(|markers| {
            let placed: Vec<(Point, usize)> =
                markers.iter().map(|m| (v.place(m.at), m.count)).collect();
            // Clustered as a whole, so a cluster does not change as it is panned;
            // only those on the map are drawn, so Tab never leaves the view.
            let inside =
                |p: Point| (0.0..=v.width).contains(&p.x) && (0.0..=v.height).contains(&p.y);
            cluster(&placed, CLUSTER_PX)
                .into_iter()
                .filter(|c| inside(c.at))
                .map(|c| {
                    let members: Vec<MapMarker> = c
                        .members
                        .iter()
                        .filter_map(|&i| markers.get(i).cloned())
                        .collect();
                    (c.at, c.weight, members)
                })
                .collect::<Vec<_>>()
        })
    };
    let choose_cluster = move |members: Vec<MapMarker>| {
        if let [one] = members.as_slice() {
            on_choose.run(one.key);
            return;
        }
        // A cluster zooms in to show its members apart.
        change(&|v: &Viewport| {
            let fitted = Viewport::fit(
                members.iter().map(|m| m.at),
                v.centre_at(),
                (v.width, v.height),
                FIT_PADDING_PX * 2.0,
                learnlocal_core::map::MAX_ZOOM,
            );
            Viewport {
                zoom: fitted.zoom.max(v.zoom + 1.0),
                ..fitted
            }
        });
    };
    let marker_views = move || {
        let chosen = chosen.get();
        // The markers are drawn anew whenever the map moves or a venue is
        // chosen: the focus goes back to the one holding the same venue, or to
        // the map, not to the top of the page.
        if let Some(key) = focused_marker(frame) {
            request_animation_frame(move || refocus(frame, &key));
        }
        clusters()
            .into_iter()
            .map(|(at, weight, members)| {
                let single = members.len() == 1;
                let label = match members.as_slice() {
                    [one] => t().map_venue(&one.name, one.count),
                    _ => t().map_cluster(members.len(), weight),
                };
                let is_chosen = single && members.first().map(|m| m.key) == chosen;
                let class = match (single, is_chosen) {
                    (true, true) => "map__marker map__marker--chosen",
                    (true, false) => "map__marker",
                    (false, _) => "map__marker map__marker--cluster",
                };
                let r = if single { 16.0 } else { 20.0 };
                let keys = members
                    .iter()
                    .map(|m| m.key.to_string())
                    .collect::<Vec<_>>()
                    .join(" ");
                let members_for_key = members.clone();
                let press = move |_| choose_cluster(members.clone());
                let key = move |ev: ev::KeyboardEvent| {
                    if matches!(ev.key().as_str(), "Enter" | " ") {
                        ev.prevent_default();
                        ev.stop_propagation();
                        choose_cluster(members_for_key.clone());
                    }
                };
                view! {
                    <g
                        class=class
                        role="button"
                        tabindex="0"
                        aria-label=label
                        aria-pressed=single.then_some(if is_chosen { "true" } else { "false" })
                        data-keys=keys
                        transform=format!("translate({:.1} {:.1})", at.x, at.y)
                        on:click=press
                        on:keydown=key
                    >
                        // The target is larger than the drawing, for fingers.
                        <circle class="map__hit" r=HIT_R.to_string() />
                        <circle class="map__dot" r=r />
                        <text class="map__count" text-anchor="middle" dy="0.35em">
                            {t().marker_count(weight)}
                        </text>
                    </g>
                }
            })
            .collect_view()
    };
    let label_views = {
        let labels = Arc::clone(&labels);
        move || {
            let v = view.get().filter(|v| v.zoom >= LABEL_MIN_ZOOM)?;
            let placed: Vec<(Point, usize)> = labels.iter().map(|l| (v.place(l.at), 1)).collect();
            // One name per crowded spot: the first of each group.
            let shown = cluster(&placed, 90.0);
            Some(
                shown
                    .into_iter()
                    .filter_map(|c| {
                        let i = *c.members.first()?;
                        let (label, at) = (labels.get(i)?, placed.get(i)?.0);
                        Some(view! {
                            <text class="map__label" x=format!("{:.1}", at.x) y=format!("{:.1}", at.y) text-anchor="middle">
                                {label.name.clone()}
                            </text>
                        })
                    })
                    .collect_view(),
            )
        }
    };
    let origin_view = move || {
        let v = view.get()?;
        let MapFocus { at, radius_m } = focus.get()?;
        let at = v.place(at);
        let circle = radius_m.map(|r| {
            view! {
                <circle class="map__radius" cx=format!("{:.1}", at.x) cy=format!("{:.1}", at.y) r=format!("{:.1}", r / v.metres_per_px()) />
            }
        });
        Some(view! {
            {circle}
            <circle class="map__origin" cx=format!("{:.1}", at.x) cy=format!("{:.1}", at.y) r="7" />
        })
    };
    let underlay_view = underlay.map(|draw| move || view.get().map(|v| draw.run(v)));
    let scale_view = move || {
        let v = view.get()?;
        let ScaleBar { metres, px } = scale_bar(v.metres_per_px(), (v.width / 3.0).min(120.0));
        let (x, y) = (12.0, v.height - 14.0);
        Some(view! {
            <g class="map__scale" aria-hidden="true">
                <path class="map__scale-bar" d=format!("M{x} {:.1} V{y} H{:.1} V{:.1}", y - 6.0, x + px, y - 6.0) />
                <text class="map__scale-text" x=x.to_string() y=(y - 9.0).to_string()>{t().scale_length(metres)}</text>
            </g>
        })
    };
    let tile_views = tiles.as_ref().map(|settings| {
        let template = settings.tiles.clone();
        move || {
            let v = view.get()?;
            Some(
                v.tiles()
                    .into_iter()
                    .map(|tile| {
                        view! {
                            <image
                                href=tile_url(&template, &tile)
                                x=format!("{:.1}", tile.at.x)
                                y=format!("{:.1}", tile.at.y)
                                width=format!("{:.1}", tile.size + 0.5)
                                height=format!("{:.1}", tile.size + 0.5)
                            />
                        }
                    })
                    .collect_view(),
            )
        }
    });
    let credit = tiles.map(|s| view! { <p class="map__credit">{s.attribution}</p> });
    let size = move || {
        view.get()
            .map(|v| (v.width, v.height))
            .unwrap_or((0.0, 0.0))
    };
    let search_here = on_search_here.map(|on_search_here| {
        let search = move |_| {
            if let Some(v) = view.get_untracked() {
                let reach_m = v.metres_per_px() * v.width.min(v.height) / 2.0;
                on_search_here.run((v.centre_at(), reach_m));
            }
        };
        view! {
            <button class="button button--secondary map__search-here" type="button" on:click=search>
                {t().map_search_here()}
            </button>
        }
    });
    let mut wheel = ev::Custom::<ev::WheelEvent>::new("wheel");
    wheel.options_mut().set_passive(false);
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let anchor = in_map(frame, &ev);
        // A notch of a wheel (about 100 pixels) is half a zoom level.
        let by = (-ev.delta_y() / 200.0).clamp(-1.0, 1.0);
        change(&|v: &Viewport| v.zoomed(by, anchor));
    };

    let svg = view! {
        <svg
            class="map__drawing"
            width=move || size().0.to_string()
            height=move || size().1.to_string()
            // The same as its size on screen; printed on a narrower page, it scales.
            viewBox=move || view.get().map(|v| format!("0 0 {} {}", v.width, v.height))
        >
            <g class="map__tiles" aria-hidden="true">{tile_views}</g>
            <g class="map__areas" aria-hidden="true">{underlay_view}</g>
            <g class="map__labels" aria-hidden="true">{label_views}</g>
            <g class="map__place" aria-hidden="true">{origin_view}</g>
            <g class="map__markers">{marker_views}</g>
            {scale_view}
        </svg>
    }
    .into_inner()
    .on(wheel, on_wheel);
    view! {
        <div class="map">
            <div
                class="map__frame"
                node_ref=frame
                tabindex="0"
                role="group"
                aria-label=label.unwrap_or_else(|| t().map_label())
                aria-describedby="map-help"
                on:keydown=key_down
                // On the frame, which keeps the pointer once a drag starts.
                on:pointerdown=pointer_down
                on:pointermove=pointer_move
                on:pointerup=pointer_up
                on:pointercancel=pointer_up
            >
                {svg}
                <div class="map__zoom">
                    <button class="map__button" type="button" aria-label=t().map_zoom_in() on:click=move |_| zoom_by(1.0)>
                        "+"
                    </button>
                    <button class="map__button" type="button" aria-label=t().map_zoom_out() on:click=move |_| zoom_by(-1.0)>
                        "−"
                    </button>
                </div>
                {search_here}
                {credit}
            </div>
            <p class="map__help" id="map-help">{t().map_help()}</p>
        </div>
    }
}

/// Where a pointer event happened, in the map's pixels (inside the frame's border).
fn in_map(frame: NodeRef<leptos::html::Div>, ev: &web_sys::MouseEvent) -> Point {
    let Some(el) = frame.get_untracked() else {
        return Point::default();
    };
    let rect = el.get_bounding_client_rect();
    Point {
        x: f64::from(ev.client_x()) - rect.left() - f64::from(el.client_left()),
        y: f64::from(ev.client_y()) - rect.top() - f64::from(el.client_top()),
    }
}

/// The first venue key of the marker that has the focus, when one has.
fn focused_marker(frame: NodeRef<leptos::html::Div>) -> Option<String> {
    let active = document().active_element()?;
    let inside = frame.get_untracked()?.contains(Some(&active));
    let keys = active.get_attribute("data-keys").filter(|_| inside)?;
    keys.split(' ').next().map(str::to_owned)
}

/// Gives the focus back to the marker holding venue `key`, or else to the map.
fn refocus(frame: NodeRef<leptos::html::Div>, key: &str) {
    use wasm_bindgen::JsCast;
    let Some(frame) = frame.get_untracked() else {
        return;
    };
    // Unless the focus has gone somewhere on purpose since.
    let lost = document()
        .active_element()
        .is_none_or(|a| !a.is_connected() || a.tag_name() == "BODY");
    if !lost {
        return;
    }
    let marker = frame
        .query_selector(&format!(".map__marker[data-keys~=\"{key}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.dyn_into::<web_sys::SvgElement>().ok());
    let _ = match marker {
        Some(marker) => marker.focus(),
        None => frame.focus(),
    };
}

/// The pointers down on the map, by id, where they were last; and how far the
/// first has travelled (a press that moved is a drag, and chooses nothing).
#[derive(Default)]
struct Drag {
    pointers: Vec<(i32, Point)>,
    travelled: f64,
}

fn mid(a: Point, b: Point) -> Point {
    Point {
        x: (a.x + b.x) / 2.0,
        y: (a.y + b.y) / 2.0,
    }
}

fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).sqrt()
}
