//! The application shell: header, routes, and the catalogue shared by every page.

use crate::api::{LoadError, fetch_catalogue};
use crate::components::site_header::SiteHeader;
use crate::i18n::t;
use crate::pages::{detail::DetailPage, finder::FinderPage, not_found::NotFoundPage};
use learnlocal_core::Loaded;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use std::sync::Arc;

/// The catalogue as it loads: `None` while loading, then the catalogue (with the
/// problems found in it) or why it could not be loaded.
pub type CatalogueResource = LocalResource<Result<Arc<Loaded>, LoadError>>;

/// The device's position, once the person has asked to use it. It lives in
/// memory only: never in the URL, never in storage, never sent anywhere.
#[derive(Debug, Clone, Copy)]
pub struct DevicePosition(pub RwSignal<Option<learnlocal_core::LatLon>>);

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let catalogue: CatalogueResource = LocalResource::new(fetch_catalogue);
    provide_context(catalogue);
    provide_context(DevicePosition(RwSignal::new(None)));
    let html = document().document_element();
    if let Some(html) = html {
        // The attributes are static text from the messages, never catalogue data.
        let _ = html.set_attribute("lang", t().lang);
        let _ = html.set_attribute("dir", t().dir);
    }

    view! {
        <Router>
            <SiteHeader />
            <main id="main" class="page">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=FinderPage />
                    <Route path=path!("/o/:id") view=DetailPage />
                </Routes>
            </main>
        </Router>
    }
}
