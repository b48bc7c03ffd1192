//! The filters' container: a modal sheet over the results on a phone, a side
//! panel on a wide screen (the stylesheet decides which; the markup is the same).
//!
//! It is a `<dialog>` opened with `showModal()`, so the browser moves the focus
//! into it, makes the page behind it unreachable, closes it on Escape and returns
//! the focus to the button that opened it. Whether it is open is the dialog's own
//! state, local to the page: never in the URL.

use crate::i18n::t;
use leptos::html::Dialog;
use leptos::prelude::*;

/// Opens the sheet as a modal dialog.
pub fn open_sheet(sheet: NodeRef<Dialog>) {
    if let Some(dialog) = sheet.get_untracked() {
        // It fails only when the dialog is already open or not in the page.
        let _ = dialog.show_modal();
    }
}

/// The filters sheet, with a close button at its head and "Show N results" at
/// its foot.
#[component]
pub fn FilterSheet(
    /// The dialog, for the button that opens it.
    sheet: NodeRef<Dialog>,
    /// How many results the filters give now.
    results: Signal<usize>,
    /// The filters.
    children: Children,
) -> impl IntoView {
    let close = move |_| {
        if let Some(dialog) = sheet.get_untracked() {
            dialog.close();
        }
    };
    view! {
        <dialog class="sheet finder__filters" aria-labelledby="filters-heading" node_ref=sheet>
            <div class="sheet__head">
                <h2 class="sheet__title" id="filters-heading">
                    {t().filters_heading()}
                </h2>
                <button class="sheet__close" type="button" aria-label=t().close_filters() on:click=close>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            {children()}
            <div class="sheet__foot">
                <button class="button sheet__show" type="button" on:click=close>
                    {move || t().show_results(results.get())}
                </button>
            </div>
        </dialog>
    }
}
