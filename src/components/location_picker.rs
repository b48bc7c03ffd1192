//! Where to measure from: the device's position (asked for only when pressed),
//! or a typed place with suggestions. How far to look is a filter.

use crate::api::{LocationError, locate};
use crate::i18n::t;
use crate::state::DevicePosition;
use learnlocal_core::filter::PlaceRef;
use learnlocal_core::places::{nearest_neighbourhood, suggest_places};
use learnlocal_core::{Catalogue, Filters, LatLon, Loaded};
use leptos::prelude::*;
use std::sync::Arc;

/// The name of the chosen place, for the text field.
fn place_name(loaded: &Loaded, place: Option<&PlaceRef>) -> String {
    let catalogue = &loaded.catalogue;
    match place {
        Some(PlaceRef::Named(id)) => catalogue
            .place(id)
            .map(|p| p.name.to_owned())
            .unwrap_or_default(),
        Some(PlaceRef::Point(point)) => point_name(catalogue, point.at()),
        Some(PlaceRef::Me) | None => String::new(),
    }
}

/// How far a point chosen on the map may be from a neighbourhood's centre to
/// be called near it.
const NEAR_M: f64 = 1_500.0;

/// A point chosen on the map, in words: "Map centre, near Blackpool", or
/// "Map centre" with no neighbourhood close by.
pub fn point_name(catalogue: &Catalogue, at: LatLon) -> String {
    let near = nearest_neighbourhood(catalogue, at, NEAR_M).map(|n| n.name.as_str());
    t().map_centre(near)
}

/// The "Where" controls.
#[component]
pub fn LocationPicker(
    /// The catalogue, for its gazetteer and venues.
    loaded: Signal<Arc<Loaded>>,
    /// The current filters.
    filters: Memo<Filters>,
    /// Called with new filters.
    on_change: Callback<Filters>,
) -> impl IntoView {
    let device = expect_context::<DevicePosition>().0;
    let message = RwSignal::new(None::<String>);
    let typed = RwSignal::new({
        let place = filters.with_untracked(|f| f.place.clone());
        loaded.with_untracked(|l| place_name(l, place.as_ref()))
    });
    // The field follows the URL: Back, Forward and "Clear all" change the place.
    let chosen_name =
        Memo::new(move |_| loaded.with(|l| filters.with(|f| place_name(l, f.place.as_ref()))));
    Effect::new(move |previous: Option<String>| {
        let name = chosen_name.get();
        if previous.is_some_and(|p| p != name) {
            typed.set(name.clone());
        }
        name
    });
    let suggestions = Memo::new(move |_| {
        let chosen = chosen_name.get();
        loaded.with(|loaded| {
            typed.with(|text| {
                if *text == chosen {
                    Vec::new()
                } else {
                    suggest_places(&loaded.catalogue, text, 6)
                }
            })
        })
    });
    // A sharded catalogue's gazetteer is fetched once a place is typed.
    let sharded = use_context::<crate::shards::Sharded>().filter(crate::shards::Sharded::active);
    let use_location = move |_| {
        message.set(Some(t().locating()));
        locate(move |result| match result {
            Ok(position) => {
                device.set(Some(position));
                message.set(None);
                typed.set(String::new());
                on_change.run(Filters {
                    place: Some(PlaceRef::Me),
                    ..filters.get_untracked()
                });
            }
            Err(error) => message.set(Some(match error {
                LocationError::Denied => t().location_denied(),
                LocationError::Unavailable => t().location_unavailable(),
                LocationError::Timeout => t().location_timeout(),
                LocationError::Insecure => t().location_insecure(),
            })),
        });
    };
    // A kiosk has no one's location: its own place stands in for it.
    let kiosk = use_context::<crate::kiosk::Kiosk>()
        .and_then(|k| k.0.get_untracked())
        .map(|mode| mode.place);
    let near_me = match kiosk {
        None => Some(view! {
            <button class="button button--secondary location__me" type="button" on:click=use_location>
                {t().use_my_location()}
            </button>
        }.into_any()),
        Some(Some(id)) => Some(view! {
            <button
                class="button button--secondary location__me"
                type="button"
                on:click=move |_| {
                    on_change.run(Filters {
                        place: Some(PlaceRef::Named(id.clone())),
                        ..filters.get_untracked()
                    });
                }
            >
                {t().kiosk_near_here()}
            </button>
        }.into_any()),
        Some(None) => None,
    };
    let field = NodeRef::<leptos::html::Input>::new();
    let choose = move |id: String, name: String| {
        typed.set(name);
        on_change.run(Filters {
            place: Some(PlaceRef::Named(id)),
            ..filters.get_untracked()
        });
        // The suggestion pressed goes with its list: the focus goes back to the
        // field, not to the top of the page.
        if let Some(field) = field.get_untracked() {
            let _ = field.focus();
        }
    };
    let unknown = move || {
        typed.with(|t| !t.trim().is_empty()) && suggestions.with(Vec::is_empty) && {
            let place = filters.with(|f| f.place.clone());
            !matches!(place, Some(PlaceRef::Named(_) | PlaceRef::Point(_)))
        }
    };
    view! {
        <fieldset class="location">
            <legend class="location__legend">{t().where_legend()}</legend>
            <label class="location__label" for="place">
                {t().place_label()}
            </label>
            <div class="location__row">
                <input
                    class="location__input"
                    id="place"
                    node_ref=field
                    type="text"
                    autocomplete="off"
                    aria-describedby="place-hint"
                    prop:value=typed
                    on:input=move |ev| {
                        if let Some(sharded) = sharded {
                            sharded.need_gazetteer();
                        }
                        typed.set(event_target_value(&ev));
                    }
                />
                {near_me}
            </div>
            <p class="location__hint" id="place-hint">
                {t().place_hint()}
            </p>
            <Show when=move || !suggestions.with(Vec::is_empty)>
                <ul class="location__suggestions" aria-label=t().place_suggestions()>
                    {move || {
                        suggestions
                            .get()
                            .into_iter()
                            .map(|m| {
                                let name = m.name.clone();
                                view! {
                                    <li>
                                        <button class="location__suggestion" type="button" on:click=move |_| choose(m.id.clone(), m.name.clone())>
                                            {name}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <Show when=unknown>
                <p class="location__unknown">{t().place_unknown()}</p>
            </Show>
            <p class="location__message" role="status">
                {move || message.get()}
            </p>
        </fieldset>
    }
}
