//! A kiosk's own controls, shown only in kiosk mode: Back and "Start again" (no
//! one needs the browser's address bar or buttons), and the idle countdown that
//! offers "I'm still here" before the screen starts again for the next visitor.

use crate::i18n::t;
use crate::kiosk::{Kiosk, KioskMode, reset};
use learnlocal_core::kiosk::{Idle, idle_state};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::cell::Cell;
use std::time::Duration;

thread_local! {
    /// When someone last touched, typed or scrolled (milliseconds since 1970).
    static LAST_ACTIVITY: Cell<f64> = const { Cell::new(0.0) };
    /// Whether the page is being watched for activity and links already.
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// How often the idle clock is looked at.
const IDLE_TICK: Duration = Duration::from_millis(250);

/// The events that say someone is at the screen.
const ACTIVITY: [&str; 7] = [
    "pointerdown",
    "pointermove",
    "keydown",
    "touchstart",
    "wheel",
    "scroll",
    "input",
];

/// The kiosk's bar and idle countdown; nothing when this screen is no kiosk.
/// Inside the router, which Back follows.
#[component]
pub fn KioskControls() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>().0;
    // A kiosk with a place of its own starts there, as after each reset.
    let location = use_location();
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) {
            return true;
        }
        let Some(mode) = kiosk.get() else {
            return false;
        };
        let at_start = location
            .pathname
            .with_untracked(|p| crate::site::is_at(p, "/"))
            && location.search.with_untracked(String::is_empty);
        if at_start && mode.place.is_some() {
            navigate(
                &crate::site::href(&mode.start_path()),
                crate::site::navigation(true, true),
            );
        }
        true
    });
    move || {
        let mode = kiosk.get()?;
        // In the shell, so no link leads out while the bar's part loads.
        watch_page();
        Some(crate::parts::show_part::<KioskPart>(move |draw| {
            draw(mode.clone())
        }))
    }
}

crate::parts::lazy_part! {
    /// The bar and the countdown: a part of the wasm of its own
    /// (`crate::parts`), fetched only by a kiosk.
    struct KioskPart(kiosk_bar): fn(KioskMode) -> AnyView = |mode: KioskMode| {
        view! { <KioskBar mode=mode.clone() /> <IdleCountdown mode /> }.into_any()
    };
}

/// Marks the page as a kiosk's, for its larger text and targets; notes each
/// touch, key and scroll; and keeps every link on the site: a link elsewhere is
/// not followed.
fn watch_page() {
    // Once for the page, however often the app is drawn again.
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    LAST_ACTIVITY.with(|at| at.set(js_sys::Date::now()));
    for event in ACTIVITY {
        crate::api::on_window_event(event, |_| {
            LAST_ACTIVITY.with(|at| at.set(js_sys::Date::now()));
        });
    }
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("kiosk");
    }
    crate::api::on_window_event("click", |event| {
        use wasm_bindgen::JsCast;
        let target = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let outside = target
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            .is_some_and(|a| a.origin() != window().location().origin().unwrap_or_default());
        if outside {
            event.prevent_default();
        }
    });
}

/// Back within the app, and "Start again".
#[component]
fn KioskBar(mode: KioskMode) -> impl IntoView {
    let location = use_location();
    // Back is offered only where it stays in the app. The router writes the
    // history entry after it tells of the new location: look in a later task.
    let can_go_back = RwSignal::new(false);
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        set_timeout(
            move || {
                can_go_back.try_set(crate::api::history_index().is_some_and(|at| at > 0));
            },
            Duration::ZERO,
        );
    });
    view! {
        <nav class="kiosk-bar" aria-label=t().kiosk_controls()>
            <Show when=move || can_go_back.get()>
                <button class="button button--secondary kiosk-bar__back" type="button" on:click=|_| crate::api::history_go(-1)>
                    {t().kiosk_back()}
                </button>
            </Show>
            <button class="button kiosk-bar__restart" type="button" on:click=move |_| reset(&mode)>
                {t().kiosk_start_again()}
            </button>
        </nav>
    }
}

/// Counts the quiet time since the last touch, key or scroll; after the idle
/// time, asks "Are you still there?" with a countdown, and starts again when
/// nobody answers.
#[component]
fn IdleCountdown(mode: KioskMode) -> impl IntoView {
    let state = RwSignal::new(Idle::Active);
    let idle_seconds = mode.idle_seconds;
    let tick = move || {
        let quiet_ms = (js_sys::Date::now() - LAST_ACTIVITY.with(Cell::get)).max(0.0) as u64;
        let now = idle_state(idle_seconds, quiet_ms);
        if now == Idle::Reset {
            reset(&mode);
        }
        if state.get_untracked() != now {
            state.set(now);
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, IDLE_TICK) {
        on_cleanup(move || handle.clear());
    }
    let still_here = NodeRef::<leptos::html::Button>::new();
    // The question takes the focus, so a key press answers it.
    Effect::new(move |_| {
        if let Some(button) = still_here.get() {
            let _ = button.focus();
        }
    });
    let seconds_left = move || match state.get() {
        Idle::Countdown { seconds_left } => Some(seconds_left),
        _ => None,
    };
    let answer = move |_| {
        LAST_ACTIVITY.with(|at| at.set(js_sys::Date::now()));
        state.set(Idle::Active);
    };
    view! {
        <Show when=move || seconds_left().is_some()>
            <div class="kiosk-idle">
                <div
                    class="kiosk-idle__box"
                    role="alertdialog"
                    aria-modal="true"
                    aria-labelledby="kiosk-idle-title"
                    aria-describedby="kiosk-idle-text"
                >
                    <h2 class="kiosk-idle__title" id="kiosk-idle-title">{t().kiosk_idle_title()}</h2>
                    <p class="kiosk-idle__text" id="kiosk-idle-text">
                        {move || seconds_left().map(|n| t().kiosk_idle_countdown(n as usize))}
                    </p>
                    <button class="button kiosk-idle__answer" type="button" node_ref=still_here on:click=answer>
                        {t().kiosk_still_here()}
                    </button>
                </div>
            </div>
        </Show>
    }
}
