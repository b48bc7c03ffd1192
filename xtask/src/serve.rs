//! `cargo xtask serve`: a small static HTTP/1.1 server for `dist/`, for trying the release build locally.
//!
//! It answers GET and HEAD, one thread per connection, one request per connection.
//! App routes such as `/o/some-id` are not files, so any path without an extension
//! that is not a file gets `index.html` (the single-page-app fallback) and the router
//! in the browser takes over; a missing path with an extension is a real 404. Paths
//! are percent-decoded and normalised, and any `..` is refused, so nothing outside
//! `dist/` can be read. Everything is sent with `Cache-Control: no-cache`, so a
//! rebuild shows up on the next reload. A build for a base path (`--base
//! /learning/`) is served under it, as a host would: `/` redirects there, and
//! other paths outside it are 404s, so a URL that forgot the base shows up.
//!
//! Text and wasm files are sent brotli-compressed (`Content-Encoding: br`) to clients
//! that accept it, as a CDN would, so what the browser downloads is what a visitor
//! would (at quality 11, or 5 for files over 4 MB, such as a large synthetic
//! catalogue). Each file is compressed once and kept while its size and
//! modification time stay the same. [`Background`] runs the same server on a free port inside another
//! task (the Lighthouse run), and stops it when dropped.

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use crate::common::{Failure, Result};
use crate::size::{brotli_compress, brotli_compress_at};

/// The port `cargo xtask serve` listens on unless `--port` says otherwise.
pub const DEFAULT_PORT: u16 = 8080;

/// The longest request head accepted; the app's requests are a few hundred bytes.
const MAX_HEAD: usize = 16 * 1024;

/// Files larger than this are compressed at [`LARGE_FILE_QUALITY`], not 11: a
/// synthetic catalogue of 10,000 records (8.5 MB) takes minutes at quality 11.
const LARGE_FILE_BYTES: usize = 4 * 1024 * 1024;

/// The brotli quality of large files, as a CDN compressing on the fly would use.
const LARGE_FILE_QUALITY: u32 = 5;

/// The extensions sent brotli-compressed to clients that accept it.
const COMPRESSED_EXTENSIONS: &[&str] = &["wasm", "js", "mjs", "css", "html", "json"];

/// What the server serves: the folder, the compressed copies made so far, whether
/// to compress at all, and whether to log requests.
struct Site {
    dist: PathBuf,
    /// The base path's segments (`["learning"]`); empty at the root.
    base: Vec<String>,
    compressed: Mutex<HashMap<PathBuf, Compressed>>,
    brotli: bool,
    log_requests: bool,
}

/// A brotli copy of a file, valid while the file keeps its size and modification time.
struct Compressed {
    len: u64,
    modified: Option<SystemTime>,
    body: Arc<Vec<u8>>,
}

impl Site {
    fn new(dist: &Path, brotli: bool, log_requests: bool) -> Result<Arc<Site>> {
        if !dist.join("index.html").is_file() {
            return Err(Failure::new(format!(
                "{} has no index.html to serve; run `cargo xtask build` first",
                dist.display()
            )));
        }
        Ok(Arc::new(Site {
            dist: dist.to_path_buf(),
            base: Vec::new(),
            compressed: Mutex::new(HashMap::new()),
            brotli,
            log_requests,
        }))
    }

    fn log(&self, line: std::fmt::Arguments) {
        if self.log_requests {
            println!("{line}");
        }
    }

    /// The brotli copy of `relative` (whose bytes are `body`), compressed now if not cached.
    fn brotli(&self, relative: &Path, body: &[u8]) -> Arc<Vec<u8>> {
        let meta = self.dist.join(relative).metadata().ok();
        let len = body.len() as u64;
        let modified = meta.and_then(|meta| meta.modified().ok());
        let cached = |cache: &HashMap<PathBuf, Compressed>| {
            cache
                .get(relative)
                .filter(|entry| entry.len == len && entry.modified == modified)
                .map(|entry| Arc::clone(&entry.body))
        };
        // A poisoned lock only means another request panicked; the map is still usable.
        let lock = || {
            self.compressed
                .lock()
                .unwrap_or_else(|poison| poison.into_inner())
        };
        if let Some(body) = cached(&lock()) {
            return body;
        }
        // Compress outside the lock: quality 11 takes a while on the wasm.
        let compressed = Arc::new(if body.len() > LARGE_FILE_BYTES {
            brotli_compress_at(body, LARGE_FILE_QUALITY)
        } else {
            brotli_compress(body)
        });
        lock().insert(
            relative.to_path_buf(),
            Compressed {
                len,
                modified,
                body: Arc::clone(&compressed),
            },
        );
        compressed
    }

    /// Compresses every file that would be sent compressed, so no request waits for it.
    fn compress_all(&self) -> io::Result<()> {
        let mut pending = vec![PathBuf::new()];
        while let Some(relative) = pending.pop() {
            for entry in std::fs::read_dir(self.dist.join(&relative))? {
                let entry = entry?;
                let path = relative.join(entry.file_name());
                if entry.file_type()?.is_dir() {
                    pending.push(path);
                } else if is_compressible(&path) {
                    let body = std::fs::read(self.dist.join(&path))?;
                    self.brotli(&path, &body);
                }
            }
        }
        Ok(())
    }
}

/// Serves `dist` under `base` (`/` or `/learning/`) on 127.0.0.1:`port` until the
/// process is stopped.
pub fn serve(dist: &Path, port: u16, base: &str) -> Result {
    let mut site = Site::new(dist, true, true)?;
    if let Some(site) = Arc::get_mut(&mut site) {
        site.base = normalise(base).unwrap_or_default();
    }
    let address = SocketAddrV4::new(Ipv4Addr::LOCALHOST, port);
    let listener = TcpListener::bind(address).map_err(|error| {
        Failure::new(format!(
            "could not listen on http://{address}: {error}; stop whatever uses port {port} or pick another with `--port`"
        ))
    })?;
    println!("LearnLocal is being served at http://{address}{base} (Ctrl-C to stop)");
    // Compress ahead of the first page load; a request that comes first compresses its file itself.
    let warming = Arc::clone(&site);
    std::thread::spawn(move || {
        if let Err(error) = warming.compress_all() {
            eprintln!("serve: could not compress dist/ ahead of time: {error}");
        }
    });
    accept_until(&listener, &site, &AtomicBool::new(false));
    Ok(())
}

/// Accepts connections, one thread each, until `stop` is set (checked after each accept).
fn accept_until(listener: &TcpListener, site: &Arc<Site>, stop: &AtomicBool) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        match stream {
            Ok(stream) => {
                let site = Arc::clone(site);
                std::thread::spawn(move || {
                    // A client that hangs up mid-answer is not the server's problem.
                    let _ = handle(stream, &site);
                });
            }
            Err(error) => eprintln!("serve: a connection could not be accepted: {error}"),
        }
    }
}

/// The server running on a thread of this process, on a free port; dropping it stops it.
pub struct Background {
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Background {
    /// Compresses what it will send, then serves `dist` quietly on a free port of 127.0.0.1.
    pub fn start(dist: &Path) -> Result<Background> {
        let site = Site::new(dist, true, false)?;
        site.compress_all().map_err(|error| {
            Failure::new(format!(
                "could not read {} to compress it: {error}; rebuild with `cargo xtask build --force`",
                dist.display()
            ))
        })?;
        Background::serve(site)
    }

    /// Serves `dist` quietly on a free port of 127.0.0.1 with brotli, compressing
    /// each file when it is first asked for and keeping it: for a site of
    /// thousands of shards, of which a run asks for a few (the caller warms
    /// them before timing).
    pub fn start_lazy(dist: &Path) -> Result<Background> {
        Background::serve(Site::new(dist, true, false)?)
    }

    /// Serves `dir` quietly on a free port of 127.0.0.1, sending every file as it
    /// is: for the benchmark pages, whose catalogues of 100,000 records would take
    /// minutes to compress and are timed after they have arrived.
    pub fn start_plain(dir: &Path) -> Result<Background> {
        Background::serve(Site::new(dir, false, false)?)
    }

    fn serve(site: Arc<Site>) -> Result<Background> {
        // Port 0: the system picks a free port, so nothing else can be using it.
        let listener = TcpListener::bind(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 0))
            .and_then(|listener| Ok((listener.local_addr()?, listener)));
        let (address, listener) = listener.map_err(|error| {
            Failure::new(format!(
                "could not listen on a free port of 127.0.0.1: {error}; check that the loopback interface is up"
            ))
        })?;
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || accept_until(&listener, &site, &stop))
        };
        Ok(Background {
            address,
            stop,
            thread: Some(thread),
        })
    }

    /// The site's root URL, e.g. `http://127.0.0.1:40123/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // The accept loop is blocked in accept(): one connection wakes it to see the flag.
        let _ = TcpStream::connect_timeout(&self.address, Duration::from_secs(1));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Tells whether a file is sent brotli-compressed to clients that accept it.
pub fn is_compressible(path: &Path) -> bool {
    path.extension()
        .map(|extension| extension.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|extension| COMPRESSED_EXTENSIONS.contains(&extension.as_str()))
}

/// Tells whether a request head's `Accept-Encoding` accepts `br` (with a quality above 0).
pub fn accepts_brotli(head: &str) -> bool {
    head.lines()
        .skip(1)
        .filter_map(|line| line.split_once(':'))
        .filter(|(name, _)| name.trim().eq_ignore_ascii_case("accept-encoding"))
        .flat_map(|(_, value)| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or_default().trim();
            let quality = parts
                .filter_map(|parameter| parameter.trim().strip_prefix("q="))
                .filter_map(|quality| quality.trim().parse::<f64>().ok())
                .next()
                .unwrap_or(1.0);
            name.eq_ignore_ascii_case("br") && quality > 0.0
        })
}

/// Answers one request on `stream` from the files of `site`.
fn handle(mut stream: TcpStream, site: &Site) -> io::Result<()> {
    // A client that connects and says nothing must not hold a thread forever.
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let Some(head) = read_head(&mut stream)? else {
        return respond_text(
            &mut stream,
            false,
            400,
            "Bad Request",
            "malformed request\n",
        );
    };
    let mut request_line = head.lines().next().unwrap_or_default().split_whitespace();
    let (Some(method), Some(target)) = (request_line.next(), request_line.next()) else {
        return respond_text(
            &mut stream,
            false,
            400,
            "Bad Request",
            "malformed request line\n",
        );
    };
    let is_head = match method {
        "GET" => false,
        "HEAD" => true,
        _ => {
            let body = "only GET and HEAD are supported\n";
            let header = format!(
                "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Type: text/plain; charset=utf-8\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            return stream.write_all(header.as_bytes());
        }
    };

    let Some(segments) = normalise(target) else {
        site.log(format_args!("{method} {target} -> 403 (refused)"));
        return respond_text(&mut stream, is_head, 403, "Forbidden", "path refused\n");
    };
    let Some(segments) = segments.strip_prefix(site.base.as_slice()) else {
        let base = format!("/{}/", site.base.join("/"));
        if segments.is_empty() {
            site.log(format_args!("{method} {target} -> 302 {base}"));
            let header = format!(
                "HTTP/1.1 302 Found\r\nLocation: {base}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            return stream.write_all(header.as_bytes());
        }
        site.log(format_args!("{method} {target} -> 404 (outside {base})"));
        let body = format!("not found: the site is under {base}\n");
        return respond_text(&mut stream, is_head, 404, "Not Found", &body);
    };
    let request = Request {
        is_head,
        method,
        target,
        brotli: accepts_brotli(&head),
    };
    match resolve(segments, |relative| site.dist.join(relative).is_file()) {
        Resolution::File(relative) => send_file(&mut stream, site, &request, &relative),
        Resolution::SpaFallback => send_file(&mut stream, site, &request, Path::new("index.html")),
        Resolution::NotFound => {
            site.log(format_args!("{method} {target} -> 404"));
            respond_text(&mut stream, is_head, 404, "Not Found", "not found\n")
        }
    }
}

/// What [`send_file`] needs to know of a request.
struct Request<'a> {
    is_head: bool,
    method: &'a str,
    target: &'a str,
    /// The client accepts `Content-Encoding: br`.
    brotli: bool,
}

/// Reads up to the blank line that ends the request head; `None` when it is not valid.
fn read_head(stream: &mut TcpStream) -> io::Result<Option<String>> {
    let mut head = Vec::new();
    let mut chunk = [0u8; 2048];
    while !head.windows(4).any(|window| window == b"\r\n\r\n") {
        if head.len() > MAX_HEAD {
            return Ok(None);
        }
        let read = stream.read(&mut chunk)?;
        if read == 0 {
            break;
        }
        head.extend_from_slice(&chunk[..read]);
    }
    Ok(String::from_utf8(head).ok())
}

fn send_file(
    stream: &mut TcpStream,
    site: &Site,
    request: &Request,
    relative: &Path,
) -> io::Result<()> {
    let Request {
        is_head,
        method,
        target,
        brotli,
    } = *request;
    let body = match std::fs::read(site.dist.join(relative)) {
        Ok(body) => body,
        Err(error) => {
            site.log(format_args!("{method} {target} -> 500 ({error})"));
            return respond_text(
                stream,
                is_head,
                500,
                "Internal Server Error",
                "could not read the file\n",
            );
        }
    };
    let content_type = content_type(relative);
    if !is_compressible(relative) || !site.brotli {
        site.log(format_args!(
            "{method} {target} -> 200 ({})",
            relative.display()
        ));
        return respond(stream, is_head, 200, "OK", content_type, "", &body);
    }
    // Caches must keep the compressed and the plain answer apart.
    if !brotli {
        site.log(format_args!(
            "{method} {target} -> 200 ({})",
            relative.display()
        ));
        return respond(
            stream,
            is_head,
            200,
            "OK",
            content_type,
            "Vary: Accept-Encoding\r\n",
            &body,
        );
    }
    let compressed = site.brotli(relative, &body);
    site.log(format_args!(
        "{method} {target} -> 200 ({}, brotli)",
        relative.display()
    ));
    respond(
        stream,
        is_head,
        200,
        "OK",
        content_type,
        "Content-Encoding: br\r\nVary: Accept-Encoding\r\n",
        &compressed,
    )
}

fn respond_text(
    stream: &mut TcpStream,
    is_head: bool,
    status: u16,
    reason: &str,
    body: &str,
) -> io::Result<()> {
    respond(
        stream,
        is_head,
        status,
        reason,
        "text/plain; charset=utf-8",
        "",
        body.as_bytes(),
    )
}

/// Writes an answer; `extra_headers` are whole header lines, each ending in CRLF.
fn respond(
    stream: &mut TcpStream,
    is_head: bool,
    status: u16,
    reason: &str,
    content_type: &str,
    extra_headers: &str,
    body: &[u8],
) -> io::Result<()> {
    let header = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         {extra_headers}Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(header.as_bytes())?;
    if !is_head {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// The `Content-Type` for a file, from its extension.
///
/// `.wasm` must be `application/wasm`, or browsers refuse streaming instantiation.
pub fn content_type(path: &Path) -> &'static str {
    let extension = path
        .extension()
        .map(|extension| extension.to_string_lossy().to_ascii_lowercase());
    match extension.as_deref() {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("webmanifest") => "application/manifest+json",
        Some("txt") => "text/plain; charset=utf-8",
        Some("ics") => "text/calendar; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Turns a request target into path segments below `dist/`, or `None` when it must be refused.
///
/// The query and fragment are dropped, percent-escapes decoded, and empty and `.`
/// segments removed. `..` (also when escaped), backslashes and NUL are refused
/// rather than resolved, since no link of the app needs them.
pub fn normalise(target: &str) -> Option<Vec<String>> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    if !path.starts_with('/') {
        return None;
    }
    let decoded = percent_decode(path)?;
    let mut segments = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            _ if segment.contains(['\\', '\0']) => return None,
            _ => segments.push(segment.to_string()),
        }
    }
    Some(segments)
}

/// Decodes `%XX` escapes; `None` for a broken escape or text that is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            let hex = std::str::from_utf8(bytes.get(at + 1..at + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            decoded.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

/// What to answer for a normalised path.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Send this file (relative to `dist/`).
    File(PathBuf),
    /// Not a file and no extension: an app route, so send `index.html`.
    SpaFallback,
    /// Not a file but with an extension: a missing asset.
    NotFound,
}

/// Decides how to answer `segments`, given a test for "is this a file in `dist/`".
pub fn resolve(segments: &[String], is_file: impl Fn(&Path) -> bool) -> Resolution {
    let relative: PathBuf = segments.iter().collect();
    if segments.is_empty() {
        return Resolution::File(PathBuf::from("index.html"));
    }
    if is_file(&relative) {
        return Resolution::File(relative);
    }
    // A folder with its own page (`/workbench/`).
    let index = relative.join("index.html");
    if is_file(&index) {
        return Resolution::File(index);
    }
    match relative.extension() {
        None => Resolution::SpaFallback,
        Some(_) => Resolution::NotFound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(target: &str) -> Option<Vec<String>> {
        normalise(target)
    }

    #[test]
    fn content_types_cover_the_bundle() {
        let cases = [
            ("index.html", "text/html; charset=utf-8"),
            ("app-1a2b.js", "text/javascript; charset=utf-8"),
            ("snippets/x/inline0.mjs", "text/javascript; charset=utf-8"),
            ("app_bg.wasm", "application/wasm"),
            ("style.CSS", "text/css; charset=utf-8"),
            ("data/catalogue.json", "application/json"),
            ("icon.svg", "image/svg+xml"),
            ("icon.png", "image/png"),
            ("favicon.ico", "image/x-icon"),
            ("manifest.webmanifest", "application/manifest+json"),
            ("robots.txt", "text/plain; charset=utf-8"),
            ("event.ics", "text/calendar; charset=utf-8"),
            ("archive.bin", "application/octet-stream"),
            ("LICENSE", "application/octet-stream"),
        ];
        for (path, expected) in cases {
            assert_eq!(content_type(Path::new(path)), expected, "{path}");
        }
    }

    #[test]
    fn brotli_is_sent_only_to_clients_that_accept_it() {
        let head = |accept: &str| format!("GET / HTTP/1.1\r\nHost: x\r\n{accept}\r\n\r\n");
        assert!(accepts_brotli(&head(
            "Accept-Encoding: gzip, deflate, br, zstd"
        )));
        assert!(accepts_brotli(&head("accept-encoding: br;q=0.5")));
        assert!(!accepts_brotli(&head("Accept-Encoding: gzip, deflate")));
        assert!(!accepts_brotli(&head("Accept-Encoding: gzip, br;q=0")));
        assert!(!accepts_brotli(&head("Accept-Language: br")));
        assert!(!accepts_brotli("GET /br HTTP/1.1\r\n\r\n"));
    }

    #[test]
    fn the_shell_and_the_catalogue_are_compressed_but_images_are_not() {
        for path in [
            "index.html",
            "a_bg.wasm",
            "a.js",
            "s/x/inline0.mjs",
            "style.css",
            "data/catalogue.json",
        ] {
            assert!(is_compressible(Path::new(path)), "{path}");
        }
        for path in ["icon.png", "favicon.ico", "LICENSE"] {
            assert!(!is_compressible(Path::new(path)), "{path}");
        }
    }

    #[test]
    fn a_background_server_answers_with_brotli_and_stops_when_dropped() {
        let dist = std::env::temp_dir().join(format!("xtask-serve-test-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        let page = "<!doctype html><title>LearnLocal</title>".repeat(50);
        std::fs::write(dist.join("index.html"), &page).unwrap();

        let server = Background::start(&dist).unwrap();
        let url = server.url();
        let address = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let get = |accept: &str| {
            let mut stream = TcpStream::connect(&address).unwrap();
            write!(stream, "GET /o/some-id HTTP/1.1\r\nHost: x\r\n{accept}\r\n").unwrap();
            let mut answer = Vec::new();
            stream.read_to_end(&mut answer).unwrap();
            answer
        };
        let compressed = get("Accept-Encoding: gzip, br\r\n");
        let split = compressed
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap();
        let head = String::from_utf8_lossy(&compressed[..split]).to_string();
        assert!(head.contains("Content-Encoding: br"), "{head}");
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &compressed[split + 4..], &mut decoded).unwrap();
        assert_eq!(decoded, page.as_bytes());

        let plain = String::from_utf8(get("")).unwrap();
        assert!(!plain.contains("Content-Encoding"), "{plain}");
        assert!(plain.ends_with(&page));

        drop(server);
        assert!(
            TcpStream::connect(&address).is_err(),
            "the port is closed after drop"
        );
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn normalises_paths() {
        assert_eq!(segments("/"), Some(vec![]));
        assert_eq!(
            segments("/index.html?x=1#top"),
            Some(vec!["index.html".to_string()])
        );
        assert_eq!(
            segments("//data/./catalogue.json"),
            Some(vec!["data".to_string(), "catalogue.json".to_string()])
        );
        assert_eq!(
            segments("/o/caf%C3%A9%20club"),
            Some(vec!["o".to_string(), "café club".to_string()])
        );
    }

    #[test]
    fn refuses_traversal_and_odd_paths() {
        for target in [
            "/../etc/passwd",
            "/data/../../secret",
            "/data/..",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc/passwd",
            "/a%5C..%5Cb",
            "/a%00b",
            "/%zz",
            "/%c3",
            "relative/path",
            "http://example.com/",
        ] {
            assert_eq!(segments(target), None, "{target}");
        }
    }

    #[test]
    fn app_routes_fall_back_to_index_but_missing_assets_do_not() {
        let files = [
            "index.html",
            "app_bg.wasm",
            "data/catalogue.json",
            "workbench/index.html",
        ];
        let is_file = |path: &Path| files.iter().any(|file| Path::new(file) == path);
        let resolve_target = |target: &str| resolve(&normalise(target).unwrap(), is_file);

        assert_eq!(resolve_target("/"), Resolution::File("index.html".into()));
        assert_eq!(
            resolve_target("/app_bg.wasm"),
            Resolution::File("app_bg.wasm".into())
        );
        assert_eq!(
            resolve_target("/data/catalogue.json"),
            Resolution::File("data/catalogue.json".into())
        );
        assert_eq!(resolve_target("/o/some-id"), Resolution::SpaFallback);
        assert_eq!(resolve_target("/about"), Resolution::SpaFallback);
        assert_eq!(resolve_target("/data"), Resolution::SpaFallback);
        assert_eq!(
            resolve_target("/workbench/"),
            Resolution::File("workbench/index.html".into())
        );
        assert_eq!(resolve_target("/missing.js"), Resolution::NotFound);
        assert_eq!(resolve_target("/data/other.json"), Resolution::NotFound);
    }
}
