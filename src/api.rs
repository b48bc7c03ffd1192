//! The app's one IO boundary: loading the catalogue over HTTP.

use gloo_net::http::Request;
use learnlocal_core::{Catalogue, CatalogueError};
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

/// Fetches and parses the catalogue.
pub async fn fetch_catalogue() -> Result<Arc<Catalogue>, LoadError> {
    let response = Request::get(CATALOGUE_URL)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    Catalogue::from_json(&text)
        .map(Arc::new)
        .map_err(LoadError::Malformed)
}
