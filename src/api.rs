//! The app's one IO boundary: loading the catalogue over HTTP, and the clock.

use gloo_net::http::Request;
use learnlocal_core::read::{READ_BUFFER_BYTES, read_catalogue_from};
use learnlocal_core::time::DateTime;
use learnlocal_core::tz::TimeZone;
use learnlocal_core::{CatalogueError, Loaded};
use std::io::BufReader;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where the catalogue is, on the site's own origin, under its base.
const CATALOGUE_PATH: &str = "data/catalogue.json";

/// Why the catalogue did not load. Each case has its own plain-words message.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No answer: offline, DNS, refused connection.
    Network,
    /// The server answered with an error status.
    Http(u16),
    /// The answer was not a catalogue this app can read.
    Malformed(CatalogueError),
}

/// What `data/catalogue.json` held: a whole catalogue, or the index of a
/// sharded one (`crate::shards` loads its shards).
pub enum Fetched {
    /// The whole catalogue, read.
    Whole(Arc<Loaded>),
    /// A shard index, as its bytes: read by the sharded loading's part
    /// (`crate::shards`).
    Index(Vec<u8>),
}

/// Fetches and reads the catalogue, and says when its data is from. Bad
/// records are left out and listed in [`Loaded::problems`]; only an unreadable
/// file is an error.
pub async fn fetch_catalogue() -> Result<(Fetched, Option<i64>), LoadError> {
    let (array, as_of) = fetch_bytes(&crate::site::href(CATALOGUE_PATH)).await?;
    // A byte order mark, which `text()` used to drop, is not JSON.
    let bom = array.length() >= 3 && [0, 1, 2].map(|i| array.get_index(i)) == [0xEF, 0xBB, 0xBF];
    let start = if bom { 3 } else { 0 };
    let head = array
        .subarray(start, array.length().min(start + 64))
        .to_vec();
    if learnlocal_core::shard::is_index(&head) {
        return Ok((Fetched::Index(array.to_vec()), as_of));
    }
    let open = || {
        let bytes = JsBytes {
            array: array.clone(),
            at: start,
        };
        BufReader::with_capacity(READ_BUFFER_BYTES, bytes)
    };
    // Reading is one long piece of work: let the browser paint and handle input
    // before it, and again after it, before the finder is drawn.
    next_task().await;
    // Date-dependent warnings are for keepers' tools, not for residents.
    let read = read_catalogue_from(open, None);
    next_task().await;
    read.map(|loaded| (Fetched::Whole(Arc::new(loaded)), as_of))
        .map_err(LoadError::Malformed)
}

/// Fetches a file of the site: its bytes, held by JavaScript, and when it was
/// last changed (else sent): what "data as of" says, also when the service
/// worker answers from its cache, offline.
pub async fn fetch_bytes(url: &str) -> Result<(js_sys::Uint8Array, Option<i64>), LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let headers = response.headers();
    let as_of = ["last-modified", "date"]
        .iter()
        .filter_map(|name| headers.get(name))
        .find_map(|text| learnlocal_core::time::unix_seconds_from_http_date(&text));
    // The body stays in JavaScript's memory and is read through a small buffer:
    // WebAssembly's memory never shrinks, so a copy of the whole text there
    // would be kept, unused, for as long as the page is open.
    let raw = web_sys::Response::from(response);
    let promise = raw.array_buffer().map_err(|_| LoadError::Network)?;
    let body = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| LoadError::Network)?;
    Ok((
        js_sys::Uint8Array::new(&body.unchecked_into::<js_sys::ArrayBuffer>()),
        as_of,
    ))
}

/// Resolves in a later task (a zero-delay timeout), so the browser can paint and
/// handle input between two long pieces of work.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let queued = web_sys::window()
            .map(|window| window.set_timeout_with_callback(&resolve).is_ok())
            .unwrap_or(false);
        if !queued {
            // No timer to wait for: go on at once rather than never.
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves after `ms` milliseconds (at once when there is no timer).
pub async fn sleep_ms(ms: f64) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let queued = web_sys::window()
            .map(|window| {
                window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32)
                    .is_ok()
            })
            .unwrap_or(false);
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Bytes held by JavaScript, read into WebAssembly's memory a buffer at a time.
struct JsBytes {
    array: js_sys::Uint8Array,
    /// How many bytes have been read.
    at: u32,
}

impl std::io::Read for JsBytes {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.array.length().saturating_sub(self.at);
        let n = left.min(u32::try_from(buf.len()).unwrap_or(u32::MAX));
        if let Some(out) = buf.get_mut(..n as usize) {
            self.array.subarray(self.at, self.at + n).copy_to(out);
        }
        self.at += n;
        Ok(n as usize)
    }
}

/// The current wall-clock time in the catalogue's time zone.
pub fn now_in(zone: &TimeZone) -> DateTime {
    let unix_seconds = (js_sys::Date::now() / 1000.0).floor() as i64;
    zone.to_local(unix_seconds)
}

/// Why the device's position is not available.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocationError {
    /// The person (or the browser's settings) refused.
    Denied,
    /// The device could not work out where it is.
    Unavailable,
    /// It took too long.
    Timeout,
    /// The page is not in a secure context, so browsers refuse.
    Insecure,
}

/// Asks the browser for the device's position, once, and calls `done` with it.
/// The position is used on the device only: it is never sent anywhere.
pub fn locate(done: impl FnOnce(Result<learnlocal_core::LatLon, LocationError>) + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let window = web_sys::window();
    if !window
        .as_ref()
        .is_some_and(web_sys::Window::is_secure_context)
    {
        done(Err(LocationError::Insecure));
        return;
    }
    let Some(geolocation) = window.and_then(|w| w.navigator().geolocation().ok()) else {
        done(Err(LocationError::Unavailable));
        return;
    };
    // Either callback may run, once; whichever runs first takes `done`.
    let done = Rc::new(RefCell::new(Some(done)));
    let finish = {
        let done = Rc::clone(&done);
        move |result| {
            if let Some(done) = done.borrow_mut().take() {
                done(result);
            }
        }
    };
    let number = |value: &wasm_bindgen::JsValue, key: &str| {
        js_sys::Reflect::get(value, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    let on_success = {
        let finish = finish.clone();
        Closure::once_into_js(move |position: wasm_bindgen::JsValue| {
            let coords = js_sys::Reflect::get(&position, &"coords".into()).unwrap_or_default();
            finish(
                match (number(&coords, "latitude"), number(&coords, "longitude")) {
                    (Some(lat), Some(lon)) => Ok(learnlocal_core::LatLon { lat, lon }),
                    _ => Err(LocationError::Unavailable),
                },
            );
        })
    };
    let on_error = Closure::once_into_js(move |error: wasm_bindgen::JsValue| {
        finish(Err(match number(&error, "code") {
            Some(1.0) => LocationError::Denied,
            Some(3.0) => LocationError::Timeout,
            _ => LocationError::Unavailable,
        }));
    });
    let options = web_sys::PositionOptions::new();
    options.set_timeout(15_000);
    options.set_maximum_age(60_000);
    let asked = geolocation.get_current_position_with_error_callback_and_options(
        on_success.unchecked_ref(),
        Some(on_error.unchecked_ref()),
        &options,
    );
    if asked.is_err()
        && let Some(done) = done.borrow_mut().take()
    {
        done(Err(LocationError::Unavailable));
    }
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = leptos::prelude::document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else { return false };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// How a link was shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it (or the person closed it).
    Sheet,
    /// It was copied to the clipboard.
    Copied,
    /// Neither worked.
    Failed,
}

/// Shares a page through the Web Share API where the browser has it, and
/// otherwise copies its address to the clipboard.
pub async fn share(title: &str, url: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Failed;
    };
    let navigator: wasm_bindgen::JsValue = window.navigator().into();
    let method = |name: &str| {
        js_sys::Reflect::get(&navigator, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    };
    use wasm_bindgen::JsCast;
    if let Some(share) = method("share") {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(promise) = share.call1(&navigator, &data) {
            let promise: js_sys::Promise = promise.unchecked_into();
            // A closed share sheet rejects too; that is the person's choice.
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            return Shared::Sheet;
        }
    }
    if copy(url).await {
        Shared::Copied
    } else {
        Shared::Failed
    }
}

/// Copies `text` to the clipboard; false when the browser will not.
pub async fn copy(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator: wasm_bindgen::JsValue = window.navigator().into();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or_default();
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(write) = write
        && let Ok(promise) = write.call1(&clipboard, &text.into())
    {
        let promise: js_sys::Promise = promise.unchecked_into();
        return wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
    }
    false
}

/// Opens the browser's print dialogue.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Scrolls the element with id `id` to the middle of the screen and moves the
/// keyboard focus to the first link inside it, as a person returning to a list
/// expects to find the entry they opened. Returns false when there is no such
/// element.
pub fn bring_into_view(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(element) = leptos::prelude::document().get_element_by_id(id) else {
        return false;
    };
    let call = |target: &wasm_bindgen::JsValue, method: &str, options: &js_sys::Object| {
        let function = js_sys::Reflect::get(target, &method.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(function) = function {
            let _ = function.call1(target, options);
        }
    };
    let centre = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&centre, &"block".into(), &"center".into());
    call(&element, "scrollIntoView", &centre);
    if let Ok(Some(link)) = element.query_selector("a[href]") {
        let still = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&still, &"preventScroll".into(), &true.into());
        call(&link, "focus", &still);
    }
    true
}

/// Whether the browser has a voice for `lang` (such as "en"), told to `changed`
/// now and again whenever its voices change (Chromium loads them late).
pub fn watch_voices(lang: &'static str, changed: impl Fn(bool) + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        changed(false);
        return;
    };
    let has_voice = move |synth: &web_sys::SpeechSynthesis| {
        synth.get_voices().iter().any(|voice| {
            voice
                .unchecked_into::<web_sys::SpeechSynthesisVoice>()
                .lang()
                .to_ascii_lowercase()
                .starts_with(lang)
        })
    };
    changed(has_voice(&synth));
    let watched = synth.clone();
    let on_change = Closure::<dyn Fn()>::new(move || changed(has_voice(&watched)));
    synth.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
    // Listens for as long as the page is open.
    on_change.forget();
}

/// Reads `text` aloud in `lang`, stopping anything read before.
pub fn speak(text: &str, lang: &str) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(lang);
        synth.cancel();
        synth.speak(&utterance);
    }
}

/// A value of the page address's query, decoded.
pub fn query_value(key: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(key)
}

/// The page's path, query and fragment, as an app path (without the site's base).
pub fn current_app_path() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return "/".to_owned();
    };
    let part = |r: Result<String, wasm_bindgen::JsValue>| r.unwrap_or_default();
    let pathname = part(location.pathname());
    format!(
        "{}{}{}",
        crate::site::base().app_path(&pathname).unwrap_or("/"),
        part(location.search()),
        part(location.hash())
    )
}

/// The app's `path` as an absolute URL on the page's own origin, for links
/// taken off the device (shared, or scanned from a QR code).
pub fn absolute_url(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{path}")
}

/// Changes the address without a navigation (the router reads it when the app
/// draws itself again).
pub fn replace_address(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
}

/// The browser's preferred languages, best first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// A value remembered on this device; `None` where storage is blocked.
pub fn stored(key: &str) -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(key).ok()?
}

/// Remembers a value on this device, if the browser allows it.
pub fn store(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}

/// A text file from the site; `None` when it cannot be fetched.
pub async fn fetch_text(url: &str) -> Option<String> {
    let response = Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}

// Kiosk mode (issue 9): the tab's session storage, clearing storage, the history
// entries of this visit, and listening to the window.

/// The tab's session storage, where the browser allows it.
fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// A value kept for this browser tab's life; `None` where storage is blocked.
pub fn session_stored(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok()?
}

/// Keeps a value for this browser tab's life, if the browser allows it.
pub fn session_store(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// A value kept for the tab's life, removed as it is read.
pub fn session_take(key: &str) -> Option<String> {
    let value = session_stored(key)?;
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(key);
    }
    Some(value)
}

/// Empties the site's local and session storage.
pub fn clear_storage() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(local)) = window.local_storage() {
        let _ = local.clear();
    }
    if let Some(session) = session_storage() {
        let _ = session.clear();
    }
}

/// The browser's Navigation API (`window.navigation`), where it has one.
fn navigation() -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"navigation".into())
        .ok()
        .filter(|n| n.is_object())
}

/// How many of this site's history entries, in this tab, come before the
/// current one; `None` where the browser cannot say (no Navigation API).
pub fn history_index() -> Option<u32> {
    let entry = js_sys::Reflect::get(&navigation()?, &"currentEntry".into()).ok()?;
    let index = js_sys::Reflect::get(&entry, &"index".into())
        .ok()?
        .as_f64()?;
    (index >= 0.0).then_some(index as u32)
}

/// Whether this site has history entries after the current one (Forward), or
/// may have: `true` where the browser cannot say.
pub fn history_has_forward() -> bool {
    let Some(navigation) = navigation() else {
        return true;
    };
    let entries = js_sys::Reflect::get(&navigation, &"entries".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&navigation).ok())
        .map(|list| js_sys::Array::from(&list).length());
    match (entries, history_index()) {
        (Some(count), Some(at)) => count > at + 1,
        _ => true,
    }
}

/// Moves `delta` entries through the tab's history (negative: back).
pub fn history_go(delta: i32) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.go_with_delta(delta);
    }
}

/// Adds a history entry for `path` without a navigation, dropping every entry
/// after the current one.
pub fn push_address(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
}

/// Loads the page afresh from its current address.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Calls `then` on every `event` the window sees, in the capture phase (so
/// events inside any element, even those that do not bubble such as `scroll`),
/// for the page's life.
pub fn on_window_event(event: &str, then: impl Fn(web_sys::Event) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(then);
    let _ = window.add_event_listener_with_callback_and_bool(
        event,
        callback.as_ref().unchecked_ref(),
        true,
    );
    // Listens for the page's life: the closure is never freed.
    callback.forget();
}

/// The page address's query as decoded pairs, in order (`+` is a space).
pub fn query_pairs() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let decode = |text: &str| {
        let spaced = text.replace('+', " ");
        js_sys::decode_uri_component(&spaced)
            .map(String::from)
            .unwrap_or(spaced)
    };
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// Gives the focus to the main content when the element that had it is gone
/// (a result's link, pressed, and its page replaced), so that Tab goes on from
/// the top of the new page, not from where the old one ended (into the footer,
/// then out of the page). The page stays scrolled where it is. Not for the
/// first page drawn, where nothing had the focus and Tab starts at the skip link.
pub fn focus_main_if_lost() {
    thread_local! {
        static DRAWN_BEFORE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if !DRAWN_BEFORE.with(|d| d.replace(true)) {
        return;
    }
    let document = leptos::prelude::document();
    let lost = document
        .active_element()
        .is_none_or(|a| !a.is_connected() || a.tag_name() == "BODY");
    let main = document
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let (true, Some(main)) = (lost, main) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = main.focus_with_options(&options);
    }
}
