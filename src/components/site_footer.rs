//! The footer of every page of the finder: the way to the coordinators' page,
//! off the residents' main path.

use crate::i18n::t;
use crate::language;
use leptos::prelude::*;

/// The link to the coordinators' page (a page of its own, with its own wasm:
/// `rel="external"` keeps the router from taking the click). Not on a kiosk.
#[component]
pub fn SiteFooter() -> impl IntoView {
    (!crate::kiosk::is_kiosk()).then(|| {
        view! {
            <footer class="site-footer">
                <a class="site-footer__link" href=language::link("/coordinators/") rel="external">
                    {t().footer_coordinators()}
                </a>
            </footer>
        }
    })
}
