//! The coordinators' page's state: the URL's settings and table view, and the
//! figures worked out from them by `learnlocal_core::insight`.
//!
//! Like `state`, it sits below the page and components that use it. Handlers
//! change the page only through [`InsightState::change`], which writes the
//! address (a new history entry, so Back undoes it); the views read the memos.

use crate::api;
use crate::language;
use learnlocal_core::Loaded;
use learnlocal_core::insight::table::TableView;
use learnlocal_core::insight::{Insight, InsightSettings, count_in_reach};
use leptos::prelude::*;
use std::sync::Arc;

/// The page's own path, below the site's base.
pub const PAGE_PATH: &str = "/coordinators/";

/// What the coordinators' page shows, read from its address.
#[derive(Clone, Copy)]
pub struct InsightState {
    /// The address's query pairs, decoded.
    query: RwSignal<Vec<(String, String)>>,
    /// The settings the figures are for.
    pub settings: Memo<InsightSettings>,
    /// The table's breakdown and order.
    pub table: Memo<TableView>,
    /// The figures.
    pub insight: Memo<Insight>,
}

impl InsightState {
    /// Reads the address, follows Back and Forward, and works the figures
    /// out for the catalogue as of the page's clock.
    pub fn new(loaded: &Arc<Loaded>) -> Self {
        let query = RwSignal::new(api::query_pairs());
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            query.set(api::query_pairs());
        });
        on_cleanup(move || listener.remove());
        let settings = {
            let loaded = Arc::clone(loaded);
            Memo::new(move |_| {
                query.with(|q| {
                    InsightSettings::from_query(
                        q.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                        &loaded.catalogue,
                    )
                })
            })
        };
        let table = Memo::new(move |_| {
            query.with(|q| TableView::from_query(q.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
        });
        let now = crate::state::use_clock(&loaded.catalogue.time_zone.rule);
        let index = {
            let loaded = Arc::clone(loaded);
            Memo::new_with_compare(
                move |_| crate::state::search_index(&loaded, now.get()),
                |a, b| match (a, b) {
                    (Some(a), Some(b)) => !Arc::ptr_eq(a, b),
                    _ => true,
                },
            )
        };
        let insight = {
            let loaded = Arc::clone(loaded);
            Memo::new(move |_| {
                let index = index.get();
                settings.with(|s| count_in_reach(&loaded.catalogue, &index, s))
            })
        };
        Self {
            query,
            settings,
            table,
            insight,
        }
    }

    /// Changes the settings or the view: a new history entry, so a shared link
    /// holds the view and Back undoes the change.
    pub fn change(&self, edit: impl FnOnce(&mut InsightSettings, &mut TableView)) {
        let mut settings = self.settings.get_untracked();
        let mut table = self.table.get_untracked();
        edit(&mut settings, &mut table);
        let parts: Vec<String> = [settings.to_query(), table.to_query()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        let path = if parts.is_empty() {
            PAGE_PATH.to_owned()
        } else {
            format!("{PAGE_PATH}?{}", parts.join("&"))
        };
        api::push_address(&language::link(&path));
        self.query.set(api::query_pairs());
    }
}
