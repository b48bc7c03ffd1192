//! The app's one IO boundary: loading the catalogue over HTTP, and the clock.

use gloo_net::http::Request;
use learnlocal_core::time::DateTime;
use learnlocal_core::tz::TimeZone;
use learnlocal_core::{CatalogueError, Loaded, read_catalogue};
use std::sync::Arc;

/// Where the catalogue is, on the site's own origin.
const CATALOGUE_URL: &str = "/data/catalogue.json";

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

/// Fetches and reads the catalogue. Bad records are left out and listed in
/// [`Loaded::problems`]; only an unreadable file is an error.
pub async fn fetch_catalogue() -> Result<Arc<Loaded>, LoadError> {
    let response = Request::get(CATALOGUE_URL)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    // Date-dependent warnings are for keepers' tools, not for residents.
    read_catalogue(&text, None)
        .map(Arc::new)
        .map_err(LoadError::Malformed)
}

/// The current wall-clock time in the catalogue's time zone (UTC if its rule
/// cannot be read).
pub fn now_in(rule: &str) -> DateTime {
    let unix_seconds = (js_sys::Date::now() / 1000.0).floor() as i64;
    let zone = TimeZone::parse_posix(rule).unwrap_or_else(|_| TimeZone::utc());
    zone.to_local(unix_seconds)
}
