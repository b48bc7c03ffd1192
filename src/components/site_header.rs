//! The banner at the top of every page.

use crate::app::LanguageChanges;
use crate::components::icon::{Icon, IconName};
use crate::i18n::t;
use crate::language;
use crate::state::CatalogueResource;
use leptos::prelude::*;

/// The link to the shortlist with how many are saved: the word and the count
/// where there is room; on a phone the bookmark and the count are shown and the
/// words are there for screen readers only.
#[component]
fn ShortlistLink() -> impl IntoView {
    let saved = crate::shortlist::use_saved();
    let count = Memo::new(move |_| saved.with(|list| list.len()));
    let location = leptos_router::hooks::use_location();
    let here = move || {
        location
            .pathname
            .with(|p| crate::site::is_at(p, "/shortlist"))
            .then_some("page")
    };
    view! {
        <a
            class="site-header__shortlist"
            href=move || language::link("/shortlist")
            aria-current=here
        >
            <Icon name=IconName::Bookmark />
            <span class="site-header__shortlist-words">{move || t().shortlist_link(count.get())}</span>
            <span class="site-header__shortlist-count" aria-hidden="true">{move || t().shortlist_count(count.get())}</span>
        </a>
    }
}

/// The language menu's element id, to give it the focus back once the page is
/// drawn again in the chosen language.
const LANGUAGE_MENU: &str = "interface-language";

/// The product's name, a link to the finder, and its tagline: the start of
/// every page's header.
#[component]
pub fn SiteName() -> impl IntoView {
    view! {
        <p class="site-header__name">
            <a class="site-header__home" href=language::link("/")>
                {t().app_name()}
            </a>
        </p>
        <p class="site-header__tagline">{t().tagline()}</p>
    }
}

/// Product name, tagline, the language menu, and the demonstration-data notice
/// when it applies.
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
            <SiteName />
            <ShortlistLink />
            <LanguageMenu />
            <Show when=demonstration>
                <p class="site-header__notice">{t().demonstration_notice()}</p>
            </Show>
        </header>
    }
}

/// The interface's languages, each named in itself; choosing one draws the page
/// again in it, with the same filters, and remembers the choice.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let changes = expect_context::<LanguageChanges>();
    let current = t().lang();
    let choose = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        leptos::task::spawn_local(async move {
            language::choose(&code).await;
            changes.0.update(|n| *n += 1);
            request_animation_frame(|| {
                use wasm_bindgen::JsCast;
                if let Some(menu) = document()
                    .get_element_by_id(LANGUAGE_MENU)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = menu.focus();
                }
            });
        });
    };
    let options = language::all()
        .iter()
        .map(|l| {
            view! {
                <option value=l.code lang=l.code selected=l.code == current>
                    {l.name}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="language-menu">
            <label class="language-menu__label" for=LANGUAGE_MENU>
                {t().interface_language()}
            </label>
            <select class="language-menu__select" id=LANGUAGE_MENU on:change=choose>
                {options}
            </select>
        </div>
    }
}
