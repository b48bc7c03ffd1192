//! A finder in miniature: a router with a list page and a detail page, a text box,
//! a signal, a keyed list and links. The app's own code, data and styles are left
//! out, so its shell is the framework's share of LearnLocal's.

use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::hooks::{use_params_map, use_query_map};
use leptos_router::path;

#[component]
fn List() -> impl IntoView {
    let query = use_query_map();
    let (count, set_count) = signal(0_usize);
    let words = move || query.read().get("q").unwrap_or_default();
    view! {
        <h1>"Finder"</h1>
        <input on:input=move |ev| set_count.set(event_target_value(&ev).len()) />
        <p>{move || format!("{} results for {}", count.get(), words())}</p>
        <ul>
            <For each=move || 0..count.get() key=|i| *i let:i>
                <li><A href=format!("/o/{i}")>{i}</A></li>
            </For>
        </ul>
    }
}

#[component]
fn Detail() -> impl IntoView {
    let params = use_params_map();
    view! {
        <h1>{move || params.read().get("id").unwrap_or_default()}</h1>
        <A href="/">"Back"</A>
    }
}

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(|| {
        view! {
            <Router>
                <main>
                    <Routes fallback=|| "Not found">
                        <Route path=path!("/") view=List />
                        <Route path=path!("/o/:id") view=Detail />
                    </Routes>
                </main>
            </Router>
        }
    });
}
