//! A QR code of a link, drawn as SVG from `learnlocal_core::qr`, to scan with a
//! phone. It never leaves the page: no image is fetched.

use crate::i18n::t;
use leptos::prelude::*;

/// The QR code of `text`, black on white with its quiet zone, sized by CSS
/// (`.qr-code`). Its accessible name is `label`; the link itself should be
/// shown as text beside it. Draws nothing for a text too long for any code.
#[component]
pub fn QrCode(
    /// What the code holds: an absolute URL.
    #[prop(into)]
    text: Signal<String>,
    /// The code's accessible name, saying what scanning it opens.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let code = Memo::new(move |_| {
        text.with(|text| learnlocal_core::qr::encode(text).ok())
            .map(|qr| (qr.view_box(), qr.svg_path()))
    });
    move || {
        code.get().map(|(view_box, path)| {
            view! {
                <svg
                    class="qr-code"
                    role="img"
                    aria-label=move || label.get()
                    viewBox=view_box
                    shape-rendering="crispEdges"
                >
                    <rect width="100%" height="100%" fill="#fff"></rect>
                    <path d=path fill="#000"></path>
                </svg>
            }
        })
    }
}

/// The page's link as a QR code, behind a disclosure, with the link as text: on
/// a detail page, and on the finder for the search as it stands.
#[component]
pub fn PageQrCode(
    /// The page's absolute URL.
    #[prop(into)]
    url: Signal<String>,
) -> impl IntoView {
    // The code is worked out only once the disclosure is opened: not for every
    // page drawn (the finder draws one on each search).
    let open = RwSignal::new(false);
    let toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        if let Some(details) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            open.set(details.has_attribute("open"));
        }
    };
    view! {
        <details class="qr-disclosure" on:toggle=toggle>
            <summary class="qr-disclosure__summary">{t().qr_show()}</summary>
            <Show when=move || open.get()>
                {crate::parts::show_part::<QrPart>(move |draw| draw(url))}
            </Show>
        </details>
    }
}

crate::parts::lazy_part! {
    /// The QR encoder's code: a part of the wasm of its own (`crate::parts`),
    /// fetched when a page's code is first asked for.
    struct QrPart(qr_code): fn(Signal<String>) -> AnyView =
        |url: Signal<String>| view! { <PageQrCodeBody url /> }.into_any();
}

/// The QR code of the page's link, how to use it, and the link as text.
#[component]
pub fn PageQrCodeBody(
    /// The page's absolute URL.
    #[prop(into)]
    url: Signal<String>,
) -> impl IntoView {
    view! {
        <QrCode text=url label=t().qr_page_label() />
        <p class="qr-disclosure__hint">{t().qr_scan_hint()}</p>
        <p class="qr-disclosure__link" dir="ltr">{url}</p>
    }
}
