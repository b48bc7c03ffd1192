//! The app's shared state: the catalogue as it loads, the device's position, and
//! the finder's filters and paging as the URL holds them.
//!
//! This module sits below the pages and components that use it and imports none of
//! them, so no two view modules import each other through it. It never writes the
//! URL: event handlers do, through the router.

use crate::api::{LoadError, fetch_catalogue};
use learnlocal_core::filter::Shown;
use learnlocal_core::{Filters, LatLon, Loaded};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// The catalogue as it loads: `None` while loading, then the catalogue (with the
/// problems found in it) or why it could not be loaded.
pub type CatalogueResource = LocalResource<Result<Arc<Loaded>, LoadError>>;

/// The device's position, once the person has asked to use it. It lives in
/// memory only: never in the URL, never in storage, never sent anywhere.
#[derive(Debug, Clone, Copy)]
pub struct DevicePosition(pub RwSignal<Option<LatLon>>);

/// Starts loading the catalogue and provides it, with an unknown device position,
/// to every page. Called once, by the app's shell.
pub fn provide_app_state() {
    let catalogue: CatalogueResource = LocalResource::new(fetch_catalogue);
    provide_context(catalogue);
    provide_context(DevicePosition(RwSignal::new(None)));
}

/// The filters in the current URL's query string, checked against the catalogue:
/// values that mean nothing in it are left out.
pub fn use_filters(loaded: &Arc<Loaded>) -> Memo<Filters> {
    let query = use_query_map();
    let loaded = Arc::clone(loaded);
    Memo::new(move |_| {
        query.with(|q| {
            Filters::from_query(
                q.into_iter().map(|(k, v)| (k.as_ref(), v)),
                &loaded.catalogue,
            )
        })
    })
}

/// How many results the current URL asks the finder to list.
pub fn use_shown() -> Memo<Shown> {
    let query = use_query_map();
    Memo::new(move |_| {
        query.with(|q| Shown::from_query(q.into_iter().map(|(k, v)| (k.as_ref(), v))))
    })
}
