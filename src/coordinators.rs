//! The coordinators' page's shell: a second app with its own wasm
//! (`src/bin/coordinators.rs`, built into `coordinators/`), so that nothing of
//! it grows the residents' finder. It shares the finder's catalogue loading,
//! language, messages and map, and has no router: its one page's state is its
//! address's query ([`crate::insight_state`]).

use crate::app::LanguageChanges;
use crate::components::site_header::{LanguageMenu, SiteName};
use crate::i18n::t;
use crate::language;
use crate::pages::coordinators::CoordinatorsPage;
use crate::state::provide_app_state;
use leptos::prelude::*;

/// Starts the page: its own English messages behind the finder's, the
/// interface language, then the page.
pub fn start() {
    crate::i18n::add_english(crate::i18n::COORDINATORS_ENGLISH);
    wasm_bindgen_futures::spawn_local(async {
        let (language, chosen) = language::initial();
        language::activate(language, chosen).await;
        leptos::mount::mount_to_body(CoordinatorsApp);
    });
}

/// The page with the finder's header: the name (a link to the finder), the
/// language menu.
#[component]
fn CoordinatorsApp() -> impl IntoView {
    provide_app_state();
    let language_changes = RwSignal::new(0_u32);
    provide_context(LanguageChanges(language_changes));
    move || {
        language_changes.track();
        if let Some(html) = document().document_element() {
            // Static text from the messages, never catalogue data.
            let _ = html.set_attribute("lang", t().lang());
            let _ = html.set_attribute("dir", t().dir());
        }
        view! {
            <a class="skip-link" href="#main">{t().skip_to_main()}</a>
            <header class="site-header">
                <SiteName />
                <LanguageMenu />
            </header>
            <main id="main" class="page coordinators" tabindex="-1">
                <CoordinatorsPage />
            </main>
        }
    }
}
