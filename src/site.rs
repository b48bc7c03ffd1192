//! Where the site is published (`/` or a path such as `/learning/`), read once
//! from index.html, where the build writes it (`<meta name="learnlocal-base">`).
//!
//! The routes, and the app's own paths everywhere else, are the same wherever
//! the site is published: [`href`] puts one under the base for a link, a
//! navigation or a request, and [`is_at`] compares the page's path with one.

use std::sync::OnceLock;

use learnlocal_core::site::SiteBase;

/// The name of index.html's `<meta>` holding the base.
const META: &str = "learnlocal-base";

/// The site's base: the build's, else `/`.
pub fn base() -> &'static SiteBase {
    static BASE: OnceLock<SiteBase> = OnceLock::new();
    BASE.get_or_init(|| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&format!("meta[name=\"{META}\"]")).ok()?)
            .and_then(|meta| meta.get_attribute("content"))
            .and_then(|text| SiteBase::parse(&text))
            .unwrap_or_default()
    })
}

/// The page's path for one of the app's paths (`/o/x` → `/learning/o/x`), or for
/// a file of the site (`data/catalogue.json`).
pub fn href(app_path: &str) -> String {
    base().href(app_path)
}

/// Whether the page's path (the router's `pathname`) is this app path.
pub fn is_at(pathname: &str, app_path: &str) -> bool {
    base().is_at(pathname, app_path)
}

/// Options for the router's `navigate` to a page's path made by [`href`]:
/// taken as it is, since it already holds the base.
pub fn navigation(replace: bool, scroll: bool) -> leptos_router::NavigateOptions {
    leptos_router::NavigateOptions {
        resolve: false,
        replace,
        scroll,
        ..Default::default()
    }
}
