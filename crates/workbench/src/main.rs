//! The keeper's workbench: a page for catalogue keepers who will never install
//! Rust. Files are dropped or chosen, read in the page by the same importers as
//! `cargo data` (`learnlocal_import::workbench`), checked as the app would, and
//! the catalogue is offered as a download. Nothing is uploaded: the page asks the
//! server for nothing but the site's own catalogue, and only when asked to add to it.
//!
//! A thin shell: everything it decides is in the import crate, tested natively.

use learnlocal_import::files::InputFile;
use learnlocal_import::workbench::{self, Base, Level, NewPlace, Outcome};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where the site's own catalogue is, from the workbench's page (`/workbench/`).
const SITE_CATALOGUE: &str = "../data/catalogue.json";

/// What the files are added to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// A new catalogue for a place.
    New,
    /// The catalogue this site publishes.
    Site,
}

/// An outcome shared between the views, equal only to itself, so a memo of it
/// changes whenever it is computed again.
#[derive(Clone)]
struct Shared(Arc<Outcome>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(Workbench);
}

#[component]
fn Workbench() -> impl IntoView {
    let files = RwSignal::new(Vec::<InputFile>::new());
    let reading = RwSignal::new(0_usize);
    let start = RwSignal::new(Start::New);
    let name = RwSignal::new(String::new());
    let zone = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let currency = RwSignal::new(String::new());
    // The site's catalogue, fetched the first time it is chosen.
    let site = RwSignal::new(None::<Result<Arc<learnlocal_core::Catalogue>, String>>);

    let choose_site = move || {
        start.set(Start::Site);
        if site.get_untracked().is_none() {
            spawn_local(async move {
                site.set(Some(fetch_site().await.map(Arc::new)));
            });
        }
    };

    let outcome = Memo::new(move |_| {
        let files = files.get();
        if files.is_empty() {
            return None;
        }
        let base = match start.get() {
            Start::New => Base::New(NewPlace {
                name: name.get(),
                time_zone: zone.get(),
                keeper_email: email.get(),
                currency: currency.get(),
            }),
            Start::Site => match site.get() {
                Some(Ok(catalogue)) => Base::Existing(Box::new((*catalogue).clone())),
                _ => return None,
            },
        };
        let now = (js_sys::Date::now() / 1000.0) as i64;
        Some(Shared(Arc::new(workbench::run(base, &files, now))))
    });

    let add_files = move |list: Option<web_sys::FileList>| {
        let Some(list) = list else { return };
        let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        reading.update(|n| *n += chosen.len());
        for file in chosen {
            spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                    .unwrap_or_default();
                let name = file.name();
                files.update(|all| {
                    all.retain(|f| f.name != name);
                    all.push(InputFile { name, text });
                });
                reading.update(|n| *n = n.saturating_sub(1));
            });
        }
    };
    let on_choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        add_files(input.files());
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        add_files(ev.data_transfer().and_then(|d| d.files()));
    };

    let download = move |_| {
        let Some(Shared(outcome)) = outcome.get_untracked() else {
            return;
        };
        let Some(catalogue) = &outcome.catalogue else {
            return;
        };
        if let Ok(mut text) = serde_json::to_string(catalogue) {
            text.push('\n');
            offer_download("catalogue.json", &text);
        }
    };

    let text_field = |id: &'static str,
                      label: &'static str,
                      hint: &'static str,
                      value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input class="field__input" id=id type="text" aria-describedby=format!("{id}-hint")
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev)) />
                <span class="workbench__hint" id=format!("{id}-hint")>{hint}</span>
            </div>
        }
    };

    view! {
        <header class="site-header">
            <p class="site-header__name"><a class="site-header__home" href="../">"LearnLocal"</a></p>
            <p class="site-header__tagline">"Keeper's workbench"</p>
        </header>
        <main class="page workbench">
            <h1 class="page__title">"Check and import catalogue files"</h1>
            <p>"Files are read in this page, by the same importers as the data tool ("<code>"cargo data"</code>"). Nothing is uploaded."</p>

            <fieldset class="workbench__start">
                <legend>"Add the files to"</legend>
                <label class="check">
                    <input type="radio" name="start" prop:checked=move || start.get() == Start::New
                        on:change=move |_| start.set(Start::New) />
                    " a new catalogue for a place"
                </label>
                <label class="check">
                    <input type="radio" name="start" prop:checked=move || start.get() == Start::Site
                        on:change=move |_| choose_site() />
                    " this site's catalogue"
                </label>
            </fieldset>

            <Show when=move || start.get() == Start::New>
                <div class="workbench__place">
                    {text_field("place-name", "Place", "As residents say it, such as Kraków.", name)}
                    {text_field("place-zone", "Time zone", "An IANA name, such as Europe/Warsaw.", zone)}
                    {text_field("place-email", "Keeper's email", "Where residents write about the catalogue.", email)}
                    {text_field("place-currency", "Currency", "ISO 4217, such as PLN; empty for EUR.", currency)}
                </div>
            </Show>
            <Show when=move || start.get() == Start::Site>
                <p class="workbench__site" role="status">
                    {move || match site.get() {
                        None => "Loading this site's catalogue…".to_owned(),
                        Some(Ok(c)) => format!("{}: {} opportunities.", c.name, c.opportunities.len()),
                        Some(Err(e)) => format!("This site's catalogue could not be read: {e}"),
                    }}
                </p>
            </Show>

            <div class="workbench__drop" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label class="workbench__choose" for="files">"Choose files"</label>
                <input id="files" type="file" multiple accept=".csv,.json,.jsonld,.ics" on:change=on_choose />
                <p class="workbench__hint">
                    "Or drop them here: a spreadsheet (.csv) with its column mapping, the tables of an Open Referral package, HSDS or OpenActive JSON, an iCalendar file, or a LearnLocal catalogue."
                </p>
            </div>

            <Show when=move || !files.with(Vec::is_empty)>
                <h2>"Files"</h2>
                <ul class="workbench__files">
                    <For each=move || files.get() key=|f| f.name.clone() let:file>
                        <li>{file.name}</li>
                    </For>
                </ul>
                <button class="button button--secondary" type="button" on:click=move |_| files.set(Vec::new())>
                    "Clear the files"
                </button>
            </Show>
            <p class="workbench__reading" role="status">
                {move || match reading.get() { 0 => String::new(), n => format!("Reading {n} file(s)…") }}
            </p>

            {move || outcome.get().map(|Shared(outcome)| report(&outcome, download))}
        </main>
    }
}

/// The problems, the preview and the download of one outcome.
fn report<F: Fn(leptos::ev::MouseEvent) + 'static>(
    outcome: &Outcome,
    download: F,
) -> impl IntoView + use<F> {
    let tally = format!(
        "{} error{}, {} warning{}",
        outcome.errors,
        if outcome.errors == 1 { "" } else { "s" },
        outcome.warnings,
        if outcome.warnings == 1 { "" } else { "s" },
    );
    let lines: Vec<_> = outcome
        .lines
        .iter()
        .map(|line| {
            let class = match line.level {
                Level::Error => "workbench__line workbench__line--error",
                Level::Warning => "workbench__line workbench__line--warning",
                Level::Note => "workbench__line",
            };
            view! { <li class=class>{line.text.clone()}</li> }
        })
        .collect();
    let cards: Vec<_> = outcome
        .preview
        .iter()
        .map(|p| {
            let next = p
                .next
                .clone()
                .map(|n| view! { <p class="result-card__next">"Next: " {n}</p> });
            view! {
                <li class="result-card">
                    <h3 class="result-card__title">{p.title.clone()}</h3>
                    <p class="result-card__meta">
                        <span class="result-card__kind">{p.kind.clone()}</span>
                        <span>{p.place.clone()}</span>
                        <span>{p.cost.clone()}</span>
                    </p>
                    {next}
                </li>
            }
        })
        .collect();
    let count = outcome.preview.len();
    let can_download = outcome.catalogue.is_some();
    view! {
        <section aria-labelledby="problems-heading">
            <h2 id="problems-heading">"What the files say"</h2>
            <p class="workbench__tally">{tally}</p>
            <ul class="workbench__lines">{lines}</ul>
        </section>
        <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">{format!("Preview: {count} record{}", if count == 1 { "" } else { "s" })}</h2>
            <ul class="workbench__preview">{cards}</ul>
        </section>
        {can_download.then(|| view! {
            <button class="button" type="button" on:click=download>"Download catalogue.json"</button>
        })}
    }
}

/// The site's own catalogue, read by the app's reader.
async fn fetch_site() -> Result<learnlocal_core::Catalogue, String> {
    let response = gloo_net::http::Request::get(SITE_CATALOGUE)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response.text().await.map_err(|e| e.to_string())?;
    learnlocal_core::read_catalogue(&text, None)
        .map(|loaded| loaded.catalogue)
        .map_err(|e| e.to_string())
}

/// Offers `text` as a download named `file_name`, from a blob made in the page.
fn offer_download(file_name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
