//! The interface language: which one a person gets, remembering their choice,
//! loading its messages, and carrying it in links.
//!
//! The language comes from, in order: the URL's `hl=` (so a shared link opens in
//! the language it was shared in), the choice remembered on this device, the
//! browser's languages, else English. English is built in; another language's
//! file (`locales/<code>.ftl`) is fetched only when it is chosen, so the app
//! shell does not grow with each language. Links carry `hl=` once a language
//! other than English is in use, or a person chose one.

use std::cell::Cell;

use learnlocal_core::lang::primary_subtag;
use learnlocal_core::route::{INTERFACE_LANGUAGE, with_interface_language};
use learnlocal_l10n::{LANGUAGES, Language, find, negotiate};

use crate::api;
use crate::i18n::{Messages, english, set_current, t};

/// Where the choice is remembered, in the browser's local storage.
const STORAGE_KEY: &str = "learnlocal.hl";

thread_local! {
    /// Whether links carry `hl=`.
    static IN_LINKS: Cell<bool> = const { Cell::new(false) };
}

/// The language to start in, and whether it was chosen (by the URL or a
/// remembered choice) rather than guessed from the browser.
pub fn initial() -> (&'static Language, bool) {
    let chosen = api::query_value(INTERFACE_LANGUAGE)
        .and_then(|code| find(&code.to_ascii_lowercase()))
        .or_else(|| api::stored(STORAGE_KEY).and_then(|code| find(&code)));
    match chosen {
        Some(language) => (language, true),
        None => {
            let preferred = api::browser_languages();
            (negotiate(preferred.iter().map(String::as_str)), false)
        }
    }
}

/// Loads `language`'s messages and makes them current; English is built in, and
/// stays current if the file cannot be fetched (offline before it was cached).
pub async fn activate(language: &'static Language, chosen: bool) {
    let messages = if language.code == "en" {
        Some(english())
    } else {
        api::fetch_text(&crate::site::href(&format!(
            "locales/{}.ftl",
            language.code
        )))
        .await
        .map(|source| Messages::leak(language.code, &source))
    };
    if let Some(messages) = messages {
        set_current(messages);
    }
    IN_LINKS.with(|c| c.set(chosen || t().lang() != "en"));
}

/// A person chose `code` from the menu: remember it, put it in the address, and
/// load it. Returns once the messages are current, for the app to draw again.
pub async fn choose(code: &str) {
    let Some(language) = find(code) else {
        return;
    };
    api::store(STORAGE_KEY, language.code);
    activate(language, true).await;
    api::replace_address(&link(&api::current_app_path()));
}

/// The page's path for an app path (under the site's base), with the interface
/// language in its query when links carry it.
pub fn link(path: &str) -> String {
    crate::site::href(&with_interface_language(
        path,
        IN_LINKS.with(Cell::get).then(|| t().lang()),
    ))
}

/// The `lang` attribute for catalogue text in the language `text_lang`: its tag
/// when that is not the page's language (compared by primary subtag), else none.
pub fn lang_attribute(text_lang: &str) -> Option<String> {
    let same = primary_subtag(text_lang).eq_ignore_ascii_case(primary_subtag(t().lang()));
    (!same).then(|| text_lang.to_owned())
}

/// The languages of the menu.
pub fn all() -> &'static [Language] {
    LANGUAGES
}
