//! The message shown when the catalogue cannot be loaded.

use crate::api::LoadError;
use crate::i18n::t;
use leptos::prelude::*;

/// Says in plain words what went wrong, and offers to try again.
#[component]
pub fn LoadErrorNotice(
    /// What went wrong.
    error: LoadError,
    /// Called when the person asks to try again.
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    let (reason, detail) = match &error {
        LoadError::Network => (t().load_failed_network(), None),
        LoadError::Http(status) => (t().load_failed_http(*status), None),
        LoadError::Malformed(e) => (t().load_failed_malformed(), Some(e.to_string())),
    };
    view! {
        <section class="notice notice--error" role="alert">
            <h1 class="notice__title">{t().load_failed()}</h1>
            <p>{reason}</p>
            {detail
                .map(|d| {
                    view! {
                        <p class="notice__detail">
                            {t().details_label()} " " <code>{d}</code>
                        </p>
                    }
                })}
            <button class="button" type="button" on:click=move |_| on_retry()>
                {t().try_again()}
            </button>
        </section>
    }
}
