//! `cargo xtask serve`: a small static HTTP/1.1 server for `dist/`, for trying the release build locally.
//!
//! It answers GET and HEAD, one thread per connection, one request per connection.
//! App routes such as `/o/some-id` are not files, so any path without an extension
//! that is not a file gets `index.html` (the single-page-app fallback) and the router
//! in the browser takes over; a missing path with an extension is a real 404. Paths
//! are percent-decoded and normalised, and any `..` is refused, so nothing outside
//! `dist/` can be read. Everything is sent with `Cache-Control: no-cache`, so a
//! rebuild shows up on the next reload.

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, SocketAddrV4, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::{Failure, Result};

/// The port `cargo xtask serve` listens on unless `--port` says otherwise.
pub const DEFAULT_PORT: u16 = 8080;

/// The longest request head accepted; the app's requests are a few hundred bytes.
const MAX_HEAD: usize = 16 * 1024;

/// Serves `dist` on 127.0.0.1:`port` until the process is stopped.
pub fn serve(dist: &Path, port: u16) -> Result {
    if !dist.join("index.html").is_file() {
        return Err(Failure::new(format!(
            "{} has no index.html to serve; run `cargo xtask build` first",
            dist.display()
        )));
    }
    let address = SocketAddrV4::new(Ipv4Addr::LOCALHOST, port);
    let listener = TcpListener::bind(address).map_err(|error| {
        Failure::new(format!(
            "could not listen on http://{address}: {error}; stop whatever uses port {port} or pick another with `--port`"
        ))
    })?;
    println!("LearnLocal is being served at http://{address} (Ctrl-C to stop)");
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                let dist = dist.to_path_buf();
                std::thread::spawn(move || {
                    // A client that hangs up mid-answer is not the server's problem.
                    let _ = handle(stream, &dist);
                });
            }
            Err(error) => eprintln!("serve: a connection could not be accepted: {error}"),
        }
    }
    Ok(())
}

/// Answers one request on `stream` from the files in `dist`.
fn handle(mut stream: TcpStream, dist: &Path) -> io::Result<()> {
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
        println!("{method} {target} -> 403 (refused)");
        return respond_text(&mut stream, is_head, 403, "Forbidden", "path refused\n");
    };
    match resolve(&segments, |relative| dist.join(relative).is_file()) {
        Resolution::File(relative) => {
            send_file(&mut stream, is_head, method, target, dist, &relative)
        }
        Resolution::SpaFallback => send_file(
            &mut stream,
            is_head,
            method,
            target,
            dist,
            Path::new("index.html"),
        ),
        Resolution::NotFound => {
            println!("{method} {target} -> 404");
            respond_text(&mut stream, is_head, 404, "Not Found", "not found\n")
        }
    }
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
    is_head: bool,
    method: &str,
    target: &str,
    dist: &Path,
    relative: &Path,
) -> io::Result<()> {
    let body = match std::fs::read(dist.join(relative)) {
        Ok(body) => body,
        Err(error) => {
            println!("{method} {target} -> 500 ({error})");
            return respond_text(
                stream,
                is_head,
                500,
                "Internal Server Error",
                "could not read the file\n",
            );
        }
    };
    println!("{method} {target} -> 200 ({})", relative.display());
    respond(stream, is_head, 200, "OK", content_type(relative), &body)
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
        body.as_bytes(),
    )
}

fn respond(
    stream: &mut TcpStream,
    is_head: bool,
    status: u16,
    reason: &str,
    content_type: &str,
    body: &[u8],
) -> io::Result<()> {
    let header = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
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
        let files = ["index.html", "app_bg.wasm", "data/catalogue.json"];
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
        assert_eq!(resolve_target("/missing.js"), Resolution::NotFound);
        assert_eq!(resolve_target("/data/other.json"), Resolution::NotFound);
    }
}
