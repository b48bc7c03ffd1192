//! The banner at the top of every page.

use crate::i18n::t;
use crate::state::CatalogueResource;
use leptos::prelude::*;

/// Product name, tagline, and the demonstration-data notice when it applies.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let catalogue = expect_context::<CatalogueResource>();
    let demonstration = move || {
        catalogue
            .get()
            .and_then(Result::ok)
            .is_some_and(|loaded| loaded.catalogue.demonstration)
    };
    view! {
        <header class="site-header">
            <p class="site-header__name">
                <a class="site-header__home" href="/">
                    {t().app_name}
                </a>
            </p>
            <p class="site-header__tagline">{t().tagline}</p>
            <Show when=demonstration>
                <p class="site-header__notice">{t().demonstration_notice}</p>
            </Show>
        </header>
    }
}
