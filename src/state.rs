//! The app's shared state: the catalogue as it loads, its search index, the clock,
//! the device's position, and the finder's filters and paging as the URL holds them.
//!
//! This module sits below the pages and components that use it and imports none of
//! them, so no two view modules import each other through it. It never writes the
//! URL: event handlers do, through the router.

use crate::api::{Fetched, LoadError, fetch_catalogue, next_task, now_in};
use crate::shards::Sharded;
use learnlocal_core::filter::Shown;
use learnlocal_core::search::SearchIndex;
use learnlocal_core::time::DateTime;
use learnlocal_core::tz::TimeZone;
use learnlocal_core::{Filters, LatLon, Loaded};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;
use std::time::Duration;

/// How often an open page looks at the clock: often enough that "Next:" lines and
/// "open now" follow a session's end within a minute.
const CLOCK_TICK: Duration = Duration::from_secs(30);

/// The catalogue as it loads: `None` while loading, then the catalogue (with the
/// problems found in it) or why it could not be loaded.
pub type CatalogueResource = LocalResource<Result<Arc<Loaded>, LoadError>>;

/// The device's position, once the person has asked to use it. It lives in
/// memory only: never in the URL, never in storage, never sent anywhere.
#[derive(Debug, Clone, Copy)]
pub struct DevicePosition(pub RwSignal<Option<LatLon>>);

/// Whether the browser can read aloud in the page's language: the "Read aloud"
/// buttons show only then.
#[derive(Debug, Clone, Copy)]
pub struct CanReadAloud(pub RwSignal<bool>);

/// When the catalogue's data is from (seconds since 1970, UTC): the file's
/// `Last-Modified`, else the date it was sent; `None` when the server says neither.
#[derive(Debug, Clone, Copy)]
pub struct DataAsOf(pub RwSignal<Option<i64>>);

/// The catalogue the pages show now: the whole file once read, or a sharded
/// catalogue as put together from the shards loaded so far (it grows as they
/// arrive). `None` until the first is known.
#[derive(Debug, Clone, Copy)]
pub struct LiveCatalogue(pub RwSignal<Option<Arc<Loaded>>>);

/// Starts loading the catalogue and provides it, with an unknown device position,
/// to every page. Called once, by the app's shell.
pub fn provide_app_state() {
    let cache = IndexCache(StoredValue::new(None));
    provide_context(cache);
    let as_of = DataAsOf(RwSignal::new(None));
    provide_context(as_of);
    let voice = CanReadAloud(RwSignal::new(false));
    provide_context(voice);
    let live = RwSignal::new(None);
    provide_context(LiveCatalogue(live));
    let sharded = Sharded::new(live);
    provide_context(sharded);
    let catalogue: CatalogueResource = LocalResource::new(move || async move {
        let (fetched, when) = fetch_catalogue().await?;
        as_of.0.set(when);
        let loaded = match fetched {
            Fetched::Whole(loaded) => {
                // The search index is built here, in a task of its own between
                // reading and the finder's first drawing, so no one task blocks
                // the page for all three.
                let now = now_in(&loaded.catalogue.time_zone.rule);
                let index = Arc::new(SearchIndex::new(&loaded.catalogue, now));
                cache.0.set_value(Some((Arc::clone(&loaded), index)));
                next_task().await;
                loaded
            }
            // The pages plan which shards they need (`crate::shards`).
            Fetched::Index(index) => sharded.start(&index).await?,
        };
        live.set(Some(Arc::clone(&loaded)));
        Ok(loaded)
    });
    provide_context(catalogue);
    provide_context(DevicePosition(RwSignal::new(None)));
}

/// The search index of the catalogue last searched, kept across visits to the
/// finder so it is built once per catalogue, not on every visit.
#[derive(Clone, Copy)]
struct IndexCache(StoredValue<Option<(Arc<Loaded>, Arc<SearchIndex>)>>);

/// The catalogue's search index as of `now`: the cached one while it is still true,
/// refreshed once a session it names as next has ended (or the day has changed),
/// and built only for a catalogue it has not seen.
pub fn search_index(loaded: &Arc<Loaded>, now: DateTime) -> Arc<SearchIndex> {
    let cache = use_context::<IndexCache>();
    let cached = cache
        .and_then(|c| c.0.get_value())
        .filter(|(of, _)| Arc::ptr_eq(of, loaded))
        .map(|(_, index)| index);
    let index = match cached {
        Some(index) => match index.refreshed(&loaded.catalogue, now) {
            Some(fresh) => Arc::new(fresh),
            None => return index,
        },
        None => Arc::new(SearchIndex::new(&loaded.catalogue, now)),
    };
    if let Some(cache) = cache {
        cache
            .0
            .set_value(Some((Arc::clone(loaded), Arc::clone(&index))));
    }
    index
}

/// The current time in `zone`, looked at every [`CLOCK_TICK`] while the calling
/// component lives, and changing only when the minute does.
pub fn use_clock(zone: &TimeZone) -> Memo<DateTime> {
    let tick = RwSignal::new(now_in(zone));
    let zone = zone.clone();
    if let Ok(handle) = set_interval_with_handle(move || tick.set(now_in(&zone)), CLOCK_TICK) {
        on_cleanup(move || handle.clear());
    }
    Memo::new(move |_| tick.get())
}

/// The filters in the current URL's query string, checked against the catalogue:
/// values that mean nothing in it are left out.
pub fn use_filters(loaded: Signal<Arc<Loaded>>) -> Memo<Filters> {
    let query = use_query_map();
    Memo::new(move |_| {
        loaded.with(|loaded| {
            query.with(|q| {
                Filters::from_query(
                    q.into_iter().map(|(k, v)| (k.as_ref(), v)),
                    &loaded.catalogue,
                )
            })
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

/// `source`, followed one painted frame later: a change is passed on only after
/// the browser has drawn the frame that shows it, and a value overtaken by a newer
/// one before then is skipped. What is derived from the result (the option counts)
/// is worked out after the result list is on screen, not before it, so a typed key
/// reaches the screen without waiting for the counts.
pub fn after_paint<T>(source: Memo<T>) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let followed = RwSignal::new(source.get_untracked());
    Effect::new(move |_| {
        // Tracks the source; its value is read again when the frame is done.
        source.track();
        request_animation_frame(move || {
            // A task queued from a frame callback runs after that frame's paint.
            set_timeout(
                move || {
                    if let Some(latest) = source.try_get_untracked()
                        && followed.with_untracked(|f| *f != latest)
                    {
                        followed.set(latest);
                    }
                },
                Duration::ZERO,
            );
        });
    });
    Memo::new(move |_| followed.get())
}

/// False until the browser has painted the calling component's first frame, then
/// true: what is not needed for that frame (the filters, closed in a sheet on a
/// phone and beside the list on a wide screen, in a column of their own) is drawn
/// in a task of its own, so the first results are on screen sooner and the page
/// never blocks for the whole of it at once.
pub fn after_first_paint() -> ReadSignal<bool> {
    let (painted, set_painted) = signal(false);
    request_animation_frame(move || {
        set_timeout(move || set_painted.set(true), Duration::ZERO);
    });
    painted
}
