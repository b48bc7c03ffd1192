//! A sharded catalogue in the app: when `data/catalogue.json` is a shard index
//! (`cargo data shard`), the shards a page needs are fetched, at most
//! [`MAX_IN_FLIGHT`] at a time, nearest first, and put back together into one
//! catalogue (`learnlocal_core::shard::assemble`) that the pages search as
//! they search a whole file. The catalogue grows as shards arrive; meanwhile
//! [`Sharded::progress`] says what is still missing, so the finder's count can
//! say "at least N".
//!
//! - The finder plans from its filters ([`Sharded::plan_search`]): the shards
//!   within the radius that the index's summaries do not rule out, for the
//!   results and then for the option counts. A typed place loads the gazetteer
//!   (and, for a venue's name, the venue directory) first; words typed over
//!   many shards load the word summaries first, when they can rule out more
//!   than they weigh.
//! - A page that names records (a detail page, the shortlist, compare) looks
//!   for them nearest first through every shard ([`Sharded::plan_find`]) until
//!   they are all in.
//! - A kiosk pins its own area ([`Sharded::pin`]): every shard within 10 km of
//!   its place is loaded once the page's own are in, and the service worker
//!   keeps every shard fetched, so the kiosk's area works offline.
//!
//! Every logic step (what to fetch next, progress, where a place is, which
//! paths are safe to fetch) is `learnlocal_core::shard`'s, tested natively;
//! this module only fetches and keeps.
//!
//! All of it but the handle is a part of the wasm of its own ([`ShardedPart`],
//! `crate::parts`): a catalogue in one file, the common case, never downloads
//! the code that reads an index, plans, fetches and assembles shards. The
//! handle's public methods pass each call on to the part's [`ShardOps`], which
//! are in place before the catalogue is first shown ([`Sharded::start`]).

use crate::api::{LoadError, fetch_bytes, next_task, sleep_ms};
use crate::parts::Part;
use learnlocal_core::catalogue::Neighbourhood;
use learnlocal_core::filter::{PlaceRef, Radius};
use learnlocal_core::shard::{
    self, Loading, Place, Progress, Shard, ShardIndex, ShardPlan, WordSummary, box_distance_m,
};
use learnlocal_core::{Filters, LatLon, Loaded};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Shards fetched at once: what a browser opens to one host over HTTP/1.1.
const MAX_IN_FLIGHT: usize = 6;

/// The index's folder: shard paths are relative to it.
const INDEX_FOLDER: &str = "data/";

/// While shards keep arriving, the catalogue is put together again at most
/// this often (the first results of a plan at once), so a search over many
/// shards does not index the records again for each one.
const ASSEMBLE_EVERY_MS: f64 = 500.0;

/// The word summaries are fetched before a text search only when the search
/// would otherwise need more shards than this still to fetch.
const WORDS_WORTH_SHARDS: usize = 4;

/// The radius a kiosk keeps loaded around its place.
const PIN_RADIUS: Radius = Radius::Km10;

/// One of the index's other files, fetched when first needed.
#[derive(Debug, Clone, Default)]
enum Extra<T> {
    #[default]
    Missing,
    Asked,
    Loaded(Arc<Vec<T>>),
    Failed,
}

impl<T> Extra<T> {
    /// The list, shared (a country's venue directory and word summaries are
    /// megabytes: each plan takes a handle, not a copy).
    fn get(&self) -> Option<Arc<Vec<T>>> {
        match self {
            Self::Loaded(list) => Some(Arc::clone(list)),
            _ => None,
        }
    }

    /// Whether it is known, one way or the other: loaded, or failed.
    fn settled(&self) -> bool {
        matches!(self, Self::Loaded(_) | Self::Failed)
    }
}

/// A sharded catalogue's state, shared by every page (a handle: `Copy`).
#[derive(Clone, Copy)]
pub struct Sharded {
    index: StoredValue<Option<Arc<ShardIndex>>>,
    shards: StoredValue<Vec<(usize, Shard)>>,
    loading: StoredValue<Loading>,
    /// `loading` as it was when the catalogue shown was put together.
    shown: StoredValue<Loading>,
    gazetteer: StoredValue<Extra<Neighbourhood>>,
    places: StoredValue<Extra<Place>>,
    words: StoredValue<Extra<WordSummary>>,
    /// The current page's plan.
    plan: StoredValue<ShardPlan>,
    /// Whether the page's plan is fetched whole, past the budget
    /// ([`shard::budgeted`]): a search asked to look further, or a look for
    /// named records.
    unlimited: StoredValue<bool>,
    /// A kiosk's area, loaded after the page's plan.
    pinned: StoredValue<ShardPlan>,
    /// Waiting for the gazetteer, the venue directory or the word summaries
    /// before the page's plan can be made.
    waiting: StoredValue<bool>,
    progress: RwSignal<Progress>,
    /// Counts the arrivals of the index's other files: plans are made again.
    extras: RwSignal<u32>,
    live: RwSignal<Option<Arc<Loaded>>>,
    assembling: StoredValue<bool>,
    last_assembled: StoredValue<f64>,
}

/// What the sharded loading part does, as plain function pointers into it.
#[derive(Clone, Copy)]
pub struct ShardOps {
    start: fn(&Sharded, &[u8]) -> Result<Arc<Loaded>, learnlocal_core::CatalogueError>,
    languages: fn(&Sharded) -> Option<Vec<String>>,
    plan_search: fn(&Sharded, &Filters, Option<&str>, Option<LatLon>),
    plan_find: fn(&Sharded, Option<LatLon>),
    done: fn(&Sharded),
    all_loaded: fn(&Sharded) -> bool,
    pin: fn(&Sharded, Option<&str>),
    need_gazetteer: fn(&Sharded),
    load_all: fn(&Sharded),
    retry: fn(&Sharded),
}

crate::parts::lazy_part! {
    /// The loading of a sharded catalogue: a part of the wasm of its own
    /// (`crate::parts`), fetched only when `catalogue.json` is a shard index.
    pub struct ShardedPart(sharded_loading): ShardOps = ShardOps {
        start: Sharded::start_now,
        languages: Sharded::languages_now,
        plan_search: Sharded::plan_search_now,
        plan_find: Sharded::plan_find_now,
        done: Sharded::done_now,
        all_loaded: Sharded::all_loaded_now,
        pin: Sharded::pin_now,
        need_gazetteer: Sharded::need_gazetteer_now,
        load_all: Sharded::load_all_now,
        retry: Sharded::retry_now,
    };
}

impl Sharded {
    /// No sharded catalogue (yet); assemblies go to `live`.
    pub fn new(live: RwSignal<Option<Arc<Loaded>>>) -> Self {
        Self {
            index: StoredValue::new(None),
            shards: StoredValue::new(Vec::new()),
            loading: StoredValue::new(Loading::default()),
            shown: StoredValue::new(Loading::default()),
            gazetteer: StoredValue::new(Extra::Missing),
            places: StoredValue::new(Extra::Missing),
            words: StoredValue::new(Extra::Missing),
            plan: StoredValue::new(ShardPlan::default()),
            unlimited: StoredValue::new(false),
            pinned: StoredValue::new(ShardPlan::default()),
            waiting: StoredValue::new(false),
            progress: RwSignal::new(Progress::default()),
            extras: RwSignal::new(0),
            live,
            assembling: StoredValue::new(false),
            last_assembled: StoredValue::new(0.0),
        }
    }

    /// Loads the part and reads the index (`catalogue.json`'s bytes): the
    /// catalogue, with no shard yet.
    pub async fn start(&self, index: &[u8]) -> Result<Arc<Loaded>, LoadError> {
        let ops = match ShardedPart::ready() {
            Some(ops) => ops,
            None => ShardedPart::load().await.map_err(|_| LoadError::Network)?,
        };
        (ops.start)(self, index).map_err(LoadError::Malformed)
    }

    /// The part's operations: `None` only before [`Sharded::start`] has
    /// loaded the part, when the catalogue is not (yet) known to be sharded
    /// and there is nothing to do. Without the `split` feature they are
    /// constant, and each call is a direct one.
    fn ops(&self) -> Option<ShardOps> {
        ShardedPart::ready()
    }

    /// Whether the catalogue is sharded.
    pub fn active(&self) -> bool {
        self.index.with_value(Option::is_some)
    }

    /// How far the current page's plan is from complete (tracked).
    pub fn progress(&self) -> Progress {
        self.progress.get()
    }

    /// Tracks the arrival of the gazetteer, the venue directory and the word
    /// summaries, for effects that make plans.
    pub fn track_extras(&self) {
        self.extras.track();
    }

    /// The languages records are held in, from the index's summaries: the
    /// language filter's options, whichever shards are in.
    pub fn languages(&self) -> Option<Vec<String>> {
        (self.ops()?.languages)(self)
    }

    /// Plans the finder's search: the shards its results and option counts
    /// need, from the place the URL names (`near`, as typed) or the device.
    pub fn plan_search(&self, filters: &Filters, near: Option<&str>, device: Option<LatLon>) {
        if let Some(ops) = self.ops() {
            (ops.plan_search)(self, filters, near, device);
        }
    }

    /// Plans a look for records whose shards are not known: every shard,
    /// nearest `origin` first, until the page has what it needs and plans
    /// nothing more ([`Sharded::done`]).
    pub fn plan_find(&self, origin: Option<LatLon>) {
        if let Some(ops) = self.ops() {
            (ops.plan_find)(self, origin);
        }
    }

    /// The page has every record it needs: nothing more is fetched for it.
    pub fn done(&self) {
        if let Some(ops) = self.ops() {
            (ops.done)(self);
        }
    }

    /// Whether a look through every shard has loaded them all, and the
    /// catalogue shown holds them.
    pub fn all_loaded(&self) -> bool {
        self.ops().is_some_and(|ops| (ops.all_loaded)(self))
    }

    /// A kiosk's own area (around its configured place, else the catalogue's
    /// centre) stays loaded: fetched once the page's shards are in.
    pub fn pin(&self, place: Option<&str>) {
        if let Some(ops) = self.ops() {
            (ops.pin)(self, place);
        }
    }

    /// Fetches the gazetteer, if the index has one and it is not in: place
    /// names are suggested from it as they are typed.
    pub fn need_gazetteer(&self) {
        if let Some(ops) = self.ops() {
            (ops.need_gazetteer)(self);
        }
    }

    /// Fetches the rest of the search past its budget: the person asked to
    /// look further.
    pub fn load_all(&self) {
        if let Some(ops) = self.ops() {
            (ops.load_all)(self);
        }
    }

    /// Asks again for the shards that could not be loaded.
    pub fn retry(&self) {
        if let Some(ops) = self.ops() {
            (ops.retry)(self);
        }
    }

    /// Reads the index: the catalogue, with no shard yet.
    fn start_now(&self, bytes: &[u8]) -> Result<Arc<Loaded>, learnlocal_core::CatalogueError> {
        let index = shard::read_index(bytes)?;
        self.loading.set_value(Loading::new(index.shards.len()));
        self.shown.set_value(Loading::new(index.shards.len()));
        self.shards.set_value(Vec::new());
        self.index.set_value(Some(Arc::new(index)));
        // Until a page has made its plan, nothing is known to be complete.
        self.progress.set(waiting());
        Ok(self.assemble())
    }

    /// [`Sharded::languages`], in the part.
    fn languages_now(&self) -> Option<Vec<String>> {
        self.index.with_value(|i| i.as_ref().map(|i| i.languages()))
    }

    /// [`Sharded::plan_search`], in the part.
    fn plan_search_now(&self, filters: &Filters, near: Option<&str>, device: Option<LatLon>) {
        let Some(index) = self.index.get_value() else {
            return;
        };
        let Some((origin, venue)) = self.origin(&index, filters, near, device) else {
            return self.wait();
        };
        let words = self.words.with_value(|w| w.get());
        let mut plan =
            shard::shards_for(&index, filters, origin, words.as_deref().map(Vec::as_slice));
        if words.is_none() && !filters.text.trim().is_empty() && index.words.is_some() {
            let to_fetch = self
                .loading
                .with_value(|l| plan.results.iter().filter(|&&at| !l.is_loaded(at)).count());
            if to_fetch > WORDS_WORTH_SHARDS && !self.words.with_value(Extra::settled) {
                self.fetch_extra(self.words, index.words.clone(), shard::read_list);
                return self.wait();
            }
        }
        // A venue named as the place is in the catalogue only once its shard is.
        if venue {
            for at in containing(&index, origin) {
                if !plan.results.contains(&at) {
                    plan.results.insert(0, at);
                }
            }
        }
        // A new search asks again for the shards that failed before, and
        // fetches within the budget again.
        if self.plan.with_value(|p| *p != plan) {
            self.loading.update_value(Loading::retry);
            self.unlimited.set_value(false);
        }
        self.want(plan);
    }

    /// [`Sharded::plan_find`], in the part.
    fn plan_find_now(&self, origin: Option<LatLon>) {
        let Some(index) = self.index.get_value() else {
            return;
        };
        let origin = origin.unwrap_or(index.catalogue.centre);
        self.unlimited.set_value(true);
        self.want(shard::search_order(&index, origin));
    }

    /// [`Sharded::done`], in the part.
    fn done_now(&self) {
        if self.active() {
            self.want(ShardPlan::default());
        }
    }

    /// [`Sharded::all_loaded`], in the part.
    fn all_loaded_now(&self) -> bool {
        self.shown.with_value(|l| {
            self.index.with_value(|i| {
                i.as_ref()
                    .is_some_and(|i| (0..i.shards.len()).all(|at| l.is_loaded(at)))
            })
        })
    }

    /// [`Sharded::pin`], in the part.
    fn pin_now(&self, place: Option<&str>) {
        let Some(index) = self.index.get_value() else {
            return;
        };
        let filters = Filters {
            radius: PIN_RADIUS,
            ..Filters::default()
        };
        let Some((origin, _)) = self.origin(&index, &filters, place, None) else {
            // Made again when the gazetteer arrives (the caller tracks it).
            return;
        };
        self.pinned
            .set_value(shard::shards_for(&index, &filters, origin, None));
        self.pump();
    }

    /// [`Sharded::need_gazetteer`], in the part.
    fn need_gazetteer_now(&self) {
        if let Some(path) = self
            .index
            .with_value(|i| i.as_ref().and_then(|i| i.gazetteer.clone()))
        {
            self.fetch_extra(self.gazetteer, Some(path), shard::read_list);
        }
    }

    /// [`Sharded::load_all`], in the part.
    fn load_all_now(&self) {
        self.unlimited.set_value(true);
        self.update_progress();
        self.pump();
    }

    /// [`Sharded::retry`], in the part.
    fn retry_now(&self) {
        self.loading.update_value(Loading::retry);
        self.gazetteer.update_value(forget_failure);
        self.places.update_value(forget_failure);
        self.words.update_value(forget_failure);
        self.update_progress();
        self.pump();
        // Plans waiting for a file that failed are made again.
        self.extras.update(|n| *n += 1);
    }

    /// Where the search measures from, and whether it is a venue found in the
    /// venue directory; `None` while the gazetteer or the directory it needs
    /// is on its way (asked for here).
    fn origin(
        &self,
        index: &ShardIndex,
        filters: &Filters,
        near: Option<&str>,
        device: Option<LatLon>,
    ) -> Option<(LatLon, bool)> {
        let centre = index.catalogue.centre;
        let named = match &filters.place {
            Some(PlaceRef::Point(point)) => return Some((point.at(), false)),
            Some(PlaceRef::Me) => return Some((device.unwrap_or(centre), false)),
            Some(PlaceRef::Named(id)) => id.as_str(),
            // A name the catalogue put together so far does not know yet.
            None => match near.map(str::trim).filter(|n| !n.is_empty() && *n != "me") {
                Some(name) => name,
                None => return Some((centre, false)),
            },
        };
        let gazetteer = self.gazetteer.with_value(|g| g.get());
        let places = self.places.with_value(|p| p.get());
        let found = shard::place_location(
            gazetteer.as_deref().map_or(&[][..], Vec::as_slice),
            places.as_deref().map_or(&[][..], Vec::as_slice),
            named,
        );
        let in_gazetteer = gazetteer
            .as_deref()
            .is_some_and(|g| g.iter().any(|n| n.id == named));
        match found {
            Some(at) => Some((at, !in_gazetteer)),
            None if index.gazetteer.is_some() && !self.gazetteer.with_value(Extra::settled) => {
                self.fetch_extra(self.gazetteer, index.gazetteer.clone(), shard::read_list);
                None
            }
            None if index.places.is_some() && !self.places.with_value(Extra::settled) => {
                self.fetch_extra(self.places, index.places.clone(), shard::read_list);
                None
            }
            // A place no file knows: measured from the centre, as the finder does.
            None => Some((centre, false)),
        }
    }

    fn wait(&self) {
        self.waiting.set_value(true);
        self.progress.set(waiting());
    }

    /// Makes `plan` the page's, and fetches what it needs. The catalogue
    /// shown holds every shard loaded whatever the plan, so a plan needing
    /// none that is not in changes nothing but the progress.
    fn want(&self, plan: ShardPlan) {
        self.waiting.set_value(false);
        if self.plan.with_value(|p| *p != plan) {
            self.plan.set_value(plan);
        }
        self.update_progress();
        self.pump();
    }

    fn update_progress(&self) {
        if self.waiting.get_value() {
            return;
        }
        let Some(index) = self.index.get_value() else {
            return;
        };
        let plan = self.plan.get_value();
        let fetched = self.fetched(&index, &plan);
        let progress = self.loading.with_value(|l| {
            self.shown
                .with_value(|shown| l.progress_shown(&plan, &fetched, &index, shown))
        });
        if self.progress.get_untracked() != progress {
            self.progress.set(progress);
        }
    }

    /// Starts fetching what the plan (then the pinned area) still needs, while
    /// there is room.
    fn pump(&self) {
        let room = MAX_IN_FLIGHT.saturating_sub(self.loading.with_value(Loading::in_flight));
        if room == 0 {
            return;
        }
        let Some(index) = self.index.get_value() else {
            return;
        };
        let plan = self.fetched(&index, &self.plan.get_value());
        let mut next = self
            .loading
            .try_update_value(|l| l.next(&plan, room))
            .unwrap_or_default();
        if next.is_empty() {
            next = self
                .pinned
                .with_value(|plan| self.loading.try_update_value(|l| l.next(plan, room)))
                .unwrap_or_default();
        }
        for at in next {
            let this = *self;
            spawn_local(async move { this.fetch_shard(at).await });
        }
    }

    /// The part of `plan` fetched without asking.
    fn fetched(&self, index: &ShardIndex, plan: &ShardPlan) -> ShardPlan {
        if self.unlimited.get_value() {
            plan.clone()
        } else {
            shard::budgeted(plan, index, shard::SEARCH_BUDGET_BYTES)
        }
    }

    async fn fetch_shard(self, at: usize) {
        let path = self.index.with_value(|i| {
            i.as_ref()
                .and_then(|i| Some(i.shards.get(at)?.path.clone()))
        });
        let read = match path {
            Some(path) => fetch_read(&path, shard::read_shard).await,
            None => Err(LoadError::Network),
        };
        match read {
            Ok(one) => {
                self.shards.update_value(|shards| {
                    let place = shards.partition_point(|(a, _)| *a < at);
                    shards.insert(place, (at, one));
                });
                self.loading.update_value(|l| l.arrived(at));
                self.schedule_assemble();
            }
            Err(_) => self.loading.update_value(|l| l.failed(at)),
        }
        self.update_progress();
        self.pump();
    }

    fn fetch_extra<T>(
        &self,
        store: StoredValue<Extra<T>>,
        path: Option<String>,
        read: fn(&[u8]) -> Result<Vec<T>, learnlocal_core::CatalogueError>,
    ) where
        T: Send + Sync + 'static,
    {
        let Some(path) = path else {
            return;
        };
        if store.with_value(|s| !matches!(s, Extra::Missing)) {
            return;
        }
        store.set_value(Extra::Asked);
        let (extras, this) = (self.extras, *self);
        spawn_local(async move {
            let read = fetch_read(&path, read).await;
            store.set_value(match read {
                Ok(list) => Extra::Loaded(Arc::new(list)),
                Err(_) => Extra::Failed,
            });
            // The gazetteer's neighbourhoods are part of the catalogue.
            this.schedule_assemble();
            extras.update(|n| *n += 1);
        });
    }

    /// Puts the catalogue together again soon: at once for a plan's first
    /// shards, then at most every [`ASSEMBLE_EVERY_MS`] while more arrive.
    fn schedule_assemble(&self) {
        if self.assembling.get_value() {
            return;
        }
        self.assembling.set_value(true);
        let this = *self;
        spawn_local(async move {
            let since = js_sys::Date::now() - this.last_assembled.get_value();
            if this.progress.get_untracked().loading() && since < ASSEMBLE_EVERY_MS {
                sleep_ms(ASSEMBLE_EVERY_MS - since).await;
            } else {
                next_task().await;
            }
            this.assembling.set_value(false);
            let loaded = this.assemble();
            this.last_assembled.set_value(js_sys::Date::now());
            this.live.set(Some(loaded));
            this.update_progress();
        });
    }

    fn assemble(&self) -> Arc<Loaded> {
        self.shown.set_value(self.loading.get_value());
        let catalogue = self.index.with_value(|index| {
            let Some(index) = index else {
                return learnlocal_core::Catalogue::default();
            };
            let gazetteer = self.gazetteer.with_value(|g| g.get());
            self.shards.with_value(|shards| {
                shard::assemble(
                    index,
                    gazetteer.as_deref().map_or(&[][..], Vec::as_slice),
                    shards.iter().map(|(at, s)| (*at, s.clone())),
                )
            })
        });
        Arc::new(Loaded {
            catalogue,
            problems: Vec::new(),
        })
    }
}

/// The progress shown while a plan waits for the index's other files.
fn waiting() -> Progress {
    Progress {
        needed: 1,
        ..Progress::default()
    }
}

fn forget_failure<T>(extra: &mut Extra<T>) {
    if matches!(extra, Extra::Failed) {
        *extra = Extra::Missing;
    }
}

/// The area shards whose box holds `at`: where a venue there is.
fn containing(index: &ShardIndex, at: LatLon) -> Vec<usize> {
    index
        .shards
        .iter()
        .enumerate()
        .filter(|(_, s)| s.bounds.is_some_and(|b| box_distance_m(at, &b) == 0.0))
        .map(|(i, _)| i)
        .collect()
}

/// Fetches a file the index names (relative to the index's folder, and
/// checked as such when the index was read) and reads it.
async fn fetch_read<T>(
    path: &str,
    read: impl Fn(&[u8]) -> Result<T, learnlocal_core::CatalogueError>,
) -> Result<T, LoadError> {
    if !shard::is_relative_path(path) {
        return Err(LoadError::Network);
    }
    let url = crate::site::href(&format!("{INDEX_FOLDER}{path}"));
    let (array, _) = fetch_bytes(&url).await?;
    read(&array.to_vec()).map_err(LoadError::Malformed)
}

/// Makes the finder's plan again whenever its filters, the device's position
/// or the index's other files change. The handle, when the catalogue is
/// sharded.
pub fn plan_finder(filters: Memo<Filters>, device: RwSignal<Option<LatLon>>) -> Option<Sharded> {
    let sharded = use_context::<Sharded>().filter(Sharded::active)?;
    let query = leptos_router::hooks::use_query_map();
    Effect::new(move |_| {
        sharded.track_extras();
        let near = query.with(|q| q.get("near"));
        let device = device.get();
        filters.with(|f| sharded.plan_search(f, near.as_deref(), device));
    });
    Some(sharded)
}

/// Looks for the records a page names (`ids`) through the shards until every
/// one is in, or every shard is: nearest `origin` first. The handle, when the
/// catalogue is sharded, for [`looking`].
pub fn find_records(
    loaded: Signal<Arc<Loaded>>,
    ids: impl Fn() -> Vec<String> + Send + Sync + 'static,
    origin: impl Fn() -> Option<LatLon> + Send + Sync + 'static,
) -> Option<Sharded> {
    let sharded = use_context::<Sharded>().filter(Sharded::active)?;
    Effect::new(move |_| {
        let ids = ids();
        let missing = loaded.with(|l| ids.iter().any(|id| l.catalogue.opportunity(id).is_none()));
        if missing && !sharded.all_loaded() {
            sharded.plan_find(origin());
        } else {
            sharded.done();
        }
    });
    Some(sharded)
}

/// Loads every shard, nearest the catalogue's centre first: for a page about
/// the whole catalogue. The handle, when the catalogue is sharded.
pub fn find_everything(loaded: Signal<Arc<Loaded>>) -> Option<Sharded> {
    let sharded = use_context::<Sharded>().filter(Sharded::active)?;
    Effect::new(move |_| {
        loaded.track();
        if !sharded.all_loaded() {
            sharded.plan_find(None);
        }
    });
    Some(sharded)
}

/// While a page's records are still being looked for: "Looking: 3 of 40
/// areas searched", announced; nothing otherwise.
pub fn looking(sharded: Option<Sharded>) -> impl Fn() -> Option<AnyView> + Send + Sync + 'static {
    move || {
        let progress = sharded?.progress();
        progress.loading().then(|| {
            view! {
                <p class="notice" role="status">
                    {crate::i18n::t().looking_for(progress.loaded, progress.needed)}
                </p>
            }
            .into_any()
        })
    }
}
