//! Shows a page once the catalogue has loaded, and loading or error states before.

use crate::components::load_error::LoadErrorNotice;
use crate::i18n::t;
use crate::state::{CatalogueResource, LiveCatalogue};
use learnlocal_core::Loaded;
use leptos::prelude::*;
use std::sync::Arc;

/// Renders `page` with the loaded catalogue; a status line while it loads; the
/// error and a retry button if it fails. The page is never blank. The page is
/// given the catalogue as a signal: a sharded one grows as its shards arrive.
pub fn with_catalogue<V>(
    page: impl Fn(Signal<Arc<Loaded>>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    let catalogue = expect_context::<CatalogueResource>();
    move || match catalogue.get() {
        None => view! { <p class="notice" role="status">{t().loading()}</p> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadErrorNotice error on_retry=move || catalogue.refetch() /> }.into_any()
        }
        Some(Ok(c)) => {
            // A page drawn after a navigation: a focus lost with the old page
            // starts again at the top of this one.
            request_animation_frame(crate::api::focus_main_if_lost);
            let live = expect_context::<LiveCatalogue>().0;
            let current = Signal::derive(move || live.get().unwrap_or_else(|| Arc::clone(&c)));
            page(current).into_any()
        }
    }
}
