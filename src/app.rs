//! The application shell: the shared state, the header and the routes.

use crate::components::kiosk_controls::KioskControls;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::i18n::t;
use crate::pages::{
    compare::ComparePage, detail::DetailPage, finder::FinderPage, not_found::NotFoundPage,
    shortlist::ShortlistPage,
};
use crate::state::{CatalogueResource, provide_app_state};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    crate::shortlist::provide_saved();
    crate::kiosk::provide_kiosk();
    pin_kiosk_area();
    // Counts the interface's language changes: each draws the app again.
    let language_changes = RwSignal::new(0_u32);
    provide_context(LanguageChanges(language_changes));
    // index.html's static shell stands in for the app (which the stylesheet
    // hides meanwhile) until the catalogue has loaded or failed; then the finder
    // draws the same header, heading and search box in its place, before the
    // next paint, so nothing moves.
    let catalogue = expect_context::<CatalogueResource>();
    // What was typed into the shell's search box, for the app's own to take.
    let typed = RwSignal::new(None);
    provide_context(ShellTyped(typed));
    Effect::new(move |_| {
        if catalogue.with(Option::is_some)
            && let Some(shell) = document().get_element_by_id("shell")
        {
            typed.set(Some(take_over_search(&shell)));
            shell.remove();
        }
    });

    move || {
        language_changes.track();
        if let Some(html) = document().document_element() {
            // Static text from the messages, never catalogue data.
            let _ = html.set_attribute("lang", t().lang());
            let _ = html.set_attribute("dir", t().dir());
        }
        watch_voices();
        view! {
            <Router base=crate::site::base().router_base().to_owned()>
                <SkipLink />
                <SiteHeader />
                <KioskControls />
                <main id="main" class="page" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=FinderPage />
                        <Route path=path!("/o/:id") view=DetailPage />
                        <Route path=path!("/shortlist") view=ShortlistPage />
                        <Route path=path!("/compare") view=ComparePage />
                    </Routes>
                </main>
                <SiteFooter />
            </Router>
        }
    }
}

/// A kiosk over a sharded catalogue keeps its own area loaded (and, through
/// the service worker, cached for offline use).
fn pin_kiosk_area() {
    let kiosk = expect_context::<crate::kiosk::Kiosk>();
    let sharded = expect_context::<crate::shards::Sharded>();
    Effect::new(move |_| {
        if let Some(mode) = kiosk.0.get()
            && sharded.active()
        {
            sharded.track_extras();
            sharded.pin(mode.place.as_deref());
        }
    });
}

/// How many times the interface's language has changed: the app tracks it to
/// draw itself again in the new language (the URL keeps every filter).
#[derive(Clone, Copy)]
pub struct LanguageChanges(pub RwSignal<u32>);

/// Shows the "Read aloud" buttons only when the browser has a voice for the
/// interface's language.
fn watch_voices() {
    let voice = expect_context::<crate::state::CanReadAloud>();
    crate::api::watch_voices(t().lang(), move |has| voice.0.set(has));
}

/// The first thing a keyboard reaches: on the finder a link past the search and
/// the filters to the results, elsewhere to the main content. Hidden until focused.
#[component]
fn SkipLink() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let finder = move || location.pathname.with(|p| crate::site::is_at(p, "/"));
    // The router would take the click for a navigation: move the focus instead,
    // as a browser does for a link within the page.
    let skip = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        ev.prevent_default();
        let target = document()
            .get_element_by_id(if finder() { "results" } else { "main" })
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    };
    view! {
        <a class="skip-link" href=move || if finder() { "#results" } else { "#main" } on:click=skip>
            {move || if finder() { t().skip_to_results() } else { t().skip_to_main() }}
        </a>
    }
}

/// What a person typed into the static shell's search box before the app took
/// over, and whether they were still typing there: the app's search box takes
/// both (`components::search_box`), so nothing typed early is lost.
#[derive(Clone, Copy)]
pub struct ShellTyped(pub RwSignal<Option<ShellSearch>>);

/// The shell search box's words and focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellSearch {
    /// What was typed.
    pub text: String,
    /// Whether the focus was in it.
    pub focused: bool,
}

/// Reads the shell's search box.
fn take_over_search(shell: &web_sys::Element) -> ShellSearch {
    use wasm_bindgen::JsCast;
    let input = shell
        .query_selector("#search")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = match (&input, document().active_element()) {
        (Some(input), Some(active)) => {
            let input: &web_sys::Element = input.as_ref();
            input == &active
        }
        _ => false,
    };
    ShellSearch {
        text: input.map(|i| i.value()).unwrap_or_default(),
        focused,
    }
}
