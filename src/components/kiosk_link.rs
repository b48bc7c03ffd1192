//! A link that leaves the app (a web page, an email address, a phone number, a
//! map): a plain link on a person's own device; on a kiosk, its words with a QR
//! code to scan instead, since no one may leave the app from a shared screen.

use crate::components::qr_code::QrCode;
use crate::i18n::t;
use crate::kiosk::is_kiosk;
use leptos::prelude::*;

/// A link out of the app. `href` must already have passed
/// `learnlocal_core::link::safe_href`.
#[component]
pub fn OutboundLink(
    /// Where the link goes.
    href: String,
    /// The link's words.
    text: String,
) -> impl IntoView {
    if is_kiosk() {
        let label = t().kiosk_scan_label(&text);
        view! {
            <span class="kiosk-link">
                <span class="kiosk-link__text" dir="auto">{text}</span>
                <QrCode text=href label />
            </span>
        }
        .into_any()
    } else {
        view! { <a href=href rel="noopener noreferrer">{text}</a> }.into_any()
    }
}
