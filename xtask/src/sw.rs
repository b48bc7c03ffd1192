//! The service worker, written by trunk's post-build hook into the staged build
//! (trunk has no service-worker support): after one visit the finder works
//! offline, and a later online visit picks up a newer app or catalogue by itself.
//!
//! `sw.js` lists the shell's files (their names are hashed by trunk) and the
//! catalogue, and carries a version made from their contents, so each build
//! with a change is a new worker, which the browser installs on the next online
//! visit; the new worker deletes the old caches. Strategies:
//! - the shell's files and the wasm's parts (`parts/`, loaded when a page is
//!   first opened): from the cache, filled when the worker installs;
//! - pages (navigations), the catalogue and an interface language's messages
//!   (`locales/`, fetched only once chosen): from the network when it answers, the
//!   cached copy kept up to date; from the cache when the network fails, so an
//!   offline reload shows the app and the whole catalogue;
//! - a sharded catalogue's files (`data/shards/`, named by their content's
//!   hash, so never changed under their name): from the cache when kept, else
//!   from the network, then kept, in a cache of their own that outlives app
//!   versions, so the shards used (and a kiosk's pinned area) work offline.
//!   Each time a newer index arrives, kept shards it no longer names are
//!   dropped, and all of them when the catalogue is one file again;
//! - the keeper's workbench (`workbench/`), the coordinators' page
//!   (`coordinators/`, whose navigations must not be answered with the finder's
//!   page) and other origins: left alone.
//!
//! Every URL in it is relative to the worker's scope, the folder it is served
//! from, so one worker serves the site under any base path; its caches are
//! named by that path too.
//!
//! [`script`] is pure and tested; [`write`] lists the staged files.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::common::{Failure, Result};

/// The worker's file name, beside `index.html`.
pub const FILE: &str = "sw.js";

/// The catalogue, relative to the site.
pub const CATALOGUE: &str = "data/catalogue.json";

/// A sharded catalogue's files, relative to the site.
pub const SHARDS: &str = "data/shards/";

/// Writes `sw.js` into `staging`, listing its shell files and the catalogue.
pub fn write(staging: &Path) -> Result {
    let mut shell = Vec::new();
    let entries = std::fs::read_dir(staging)
        .map_err(|error| Failure::new(format!("could not list {}: {error}", staging.display())))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if path.is_file() && is_shell_file(name) {
            shell.push(name.to_owned());
        }
    }
    // The wasm's parts, loaded when a page is opened: kept too, so a page first
    // opened offline still works.
    if let Ok(parts) = std::fs::read_dir(staging.join(crate::split::PARTS_DIR)) {
        for entry in parts.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_file() && !name.starts_with('.') {
                shell.push(format!("{}/{name}", crate::split::PARTS_DIR));
            }
        }
    }
    shell.sort();
    let mut hasher = Sha256::new();
    for name in shell.iter().map(String::as_str).chain([CATALOGUE]) {
        hasher.update(name.as_bytes());
        if let Ok(bytes) = std::fs::read(staging.join(name)) {
            hasher.update(&bytes);
        }
    }
    let digest = hasher.finalize();
    let version: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let path = staging.join(FILE);
    std::fs::write(&path, script(&shell, &version))
        .map_err(|error| Failure::new(format!("could not write {}: {error}", path.display())))
}

/// Whether a file at the top of the build belongs to the shell the worker keeps.
pub fn is_shell_file(name: &str) -> bool {
    name != FILE && name != crate::base::FALLBACK_PAGE && !name.starts_with('.')
}

/// The worker's text for these shell files and version.
pub fn script(shell: &[String], version: &str) -> String {
    let list = shell
        .iter()
        .map(|name| format!("'{}'", name.replace(['\\', '\''], "")))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        r#"// LearnLocal's service worker, written by `cargo xtask post-build`: do not edit.
// The shell's files come from the cache; pages and the catalogue from the network
// when it answers, else from the cache, so the finder works offline after one visit.
const VERSION = '{version}';
// Named by the site's path too: two sites on one origin (/learning/, /test/) keep
// their own caches.
const SCOPE = new URL(self.registration.scope).pathname;
const CACHE = 'learnlocal-' + VERSION + ' ' + SCOPE;
const SHELL = [{list}];
const CATALOGUE = '{CATALOGUE}';
const PAGE = 'index.html';
// A sharded catalogue's files: kept across versions, pruned by the index.
const SHARDS = '{SHARDS}';
const SHARD_CACHE = 'learnlocal-shards ' + SCOPE;

self.addEventListener('install', (event) => {{
  event.waitUntil(
    caches.open(CACHE)
      // From the browser's HTTP cache when the first visit left them there, so
      // installing costs no second download on a metered connection.
      .then((cache) => cache.addAll([...SHELL, CATALOGUE].map((url) => new Request(url, {{ cache: 'force-cache' }}))))
      .then(() => self.skipWaiting()),
  );
}});

self.addEventListener('activate', (event) => {{
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith('learnlocal-') && key !== CACHE && key !== SHARD_CACHE
          // This site's older caches, and those of builds that named none.
          && (key.endsWith(' ' + SCOPE) || !key.includes(' '))).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
}});

self.addEventListener('fetch', (event) => {{
  const request = event.request;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  if (path.startsWith('workbench/') || path.startsWith('coordinators/')) return;
  if (request.mode === 'navigate') {{
    event.respondWith(fresh(request, PAGE));
  }} else if (path === CATALOGUE) {{
    const answer = fresh(request, CATALOGUE);
    event.respondWith(answer);
    event.waitUntil(answer.then(prune, () => {{}}));
  }} else if (path.startsWith(SHARDS)) {{
    event.respondWith(kept(request, path));
  }} else if (path.startsWith('locales/')) {{
    event.respondWith(fresh(request, path));
  }} else if (SHELL.includes(path)) {{
    event.respondWith(caches.match(path).then((hit) => hit || fetch(request)));
  }}
}});

// From the network, keeping the cached copy up to date; from the cache when the
// network cannot be reached. An answer with an error status is passed on as it is.
async function fresh(request, key) {{
  const cache = await caches.open(CACHE);
  try {{
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  }} catch (error) {{
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }}
}}

// A file named by its content: from the cache when kept, else from the network,
// then kept.
async function kept(request, key) {{
  const cache = await caches.open(SHARD_CACHE);
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}}

// Drops the kept shards the catalogue no longer names: all of them when it is
// one file, those of an earlier split when it is a newer index.
async function prune(response) {{
  if (!response.ok) return;
  const text = await response.clone().text();
  let named = new Set();
  if (/^\s*\{{\s*"shard_format"/.test(text.replace(/^\uFEFF/, ''))) {{
    const index = JSON.parse(text);
    const paths = [...(index.shards || []).map((s) => s.path), index.gazetteer, index.places, index.words];
    named = new Set(paths.filter((p) => typeof p === 'string').map((p) => 'data/' + p));
  }}
  const cache = await caches.open(SHARD_CACHE);
  const scope = new URL(self.registration.scope).pathname;
  for (const request of await cache.keys()) {{
    if (!named.has(new URL(request.url).pathname.slice(scope.length))) await cache.delete(request);
  }}
}}
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_lists_the_shell_and_its_version() {
        let text = script(
            &["index.html".into(), "app-1a2b_bg.wasm".into()],
            "0123abcd",
        );
        assert!(text.contains("const VERSION = '0123abcd';"));
        assert!(text.contains("const SHELL = ['index.html', 'app-1a2b_bg.wasm'];"));
        assert!(text.contains("const CATALOGUE = 'data/catalogue.json';"));
        assert!(text.contains("const SHARDS = 'data/shards/';"));
        // The shards' cache outlives a new version's clean-up.
        assert!(text.contains("key !== SHARD_CACHE"));
        assert!(text.contains(
            "if (path.startsWith('workbench/') || path.startsWith('coordinators/')) return;"
        ));
        assert!(text.contains("path.startsWith('locales/')"));
    }

    #[test]
    fn the_worker_and_hidden_files_are_not_in_the_shell() {
        assert!(is_shell_file("index.html"));
        assert!(is_shell_file("manifest.webmanifest"));
        assert!(!is_shell_file("sw.js"));
        assert!(!is_shell_file("404.html"));
        assert!(!is_shell_file(".build-fingerprint"));
    }

    #[test]
    fn written_versions_follow_the_contents() {
        let dir = std::env::temp_dir().join(format!("learnlocal-sw-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("index.html"), "<html>").unwrap();
        std::fs::write(dir.join(CATALOGUE), "{}").unwrap();
        write(&dir).unwrap();
        let first = std::fs::read_to_string(dir.join(FILE)).unwrap();
        assert!(first.contains("const SHELL = ['index.html'];"), "{first}");
        write(&dir).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join(FILE)).unwrap(),
            first,
            "the worker is not in its own list"
        );
        std::fs::write(dir.join(CATALOGUE), "{\"changed\":1}").unwrap();
        write(&dir).unwrap();
        assert_ne!(std::fs::read_to_string(dir.join(FILE)).unwrap(), first);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
