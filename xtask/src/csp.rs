//! `cargo xtask post-build`: writes the Content-Security-Policy into the index.html trunk has staged.
//!
//! Trunk injects an inline `<script type="module">` that loads the app, and a strict
//! policy only lets inline scripts run when their SHA-256 is listed. Trunk's
//! `post_build` hook (Trunk.toml) runs this task with `TRUNK_STAGING_DIR` set; it
//! hashes every inline script and style (the critical CSS is inlined, so the first
//! paint waits for no stylesheet) and fills the policy into the placeholder
//! `<meta http-equiv="Content-Security-Policy" content="">` that index.html carries.
//! The work is done by the pure [`apply_csp_allowing`], which the unit tests cover.

use std::ops::Range;
use std::path::PathBuf;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest, Sha256};

use crate::common::{self, Failure, Result};

/// Runs the post-build step on `$TRUNK_STAGING_DIR/index.html`.
pub fn post_build() -> Result {
    let staging = match std::env::var_os("TRUNK_STAGING_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => {
            return Err(Failure::new(
                "TRUNK_STAGING_DIR is not set: `post-build` is run by trunk's post_build hook \
                 (Trunk.toml); run `cargo xtask build` instead",
            ));
        }
    };
    let index = staging.join("index.html");
    let html = common::read_text(
        &index,
        "this hook expects trunk to have staged index.html; check Trunk.toml's `target`",
    )?;
    // The site's base path (trunk's `--public-url`): the page's own URLs go under it.
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    let base = crate::base::normalize(&public_url).map_err(|problem| {
        Failure::new(format!(
            "post-build: trunk's public URL is not a base path: {problem}"
        ))
    })?;
    let html = crate::base::apply(&html, &base);
    // The staged catalogue, if the build copies one, for the shell's notice.
    let catalogue = std::fs::read_to_string(staging.join("data").join("catalogue.json")).ok();
    // A page in a folder of its own (the coordinators' page, staged in
    // `<dist>/coordinators/.stage`) draws the site's catalogue, which the finder's
    // build, run first, has put in `<dist>/data/`: its map tiles need the same origin.
    let catalogue = catalogue.or_else(|| {
        crate::base::meta_content(&html, crate::base::PAGE_FOLDER_META)?;
        let site = staging.parent()?.parent()?;
        std::fs::read_to_string(site.join("data").join("catalogue.json")).ok()
    });
    // Only the finder has a static shell (and a service worker); the workbench's
    // page has neither.
    let finder = html.contains("id=\"shell\"");
    // The finder's wasm, split: the shell, and the pages loaded when opened.
    let html = if finder {
        let (html, split) = crate::split::apply(&staging, &html)?;
        let parts: usize = split.parts.iter().map(|(_, bytes)| bytes).sum();
        println!(
            "post-build: wasm split into {} and {} parts ({} KB) under {}/",
            split.main,
            split.parts.len(),
            parts / 1024,
            crate::split::PARTS_DIR
        );
        html
    } else {
        html
    };
    let html = if finder {
        crate::shell::fill_shell(&html, catalogue.as_deref()).map_err(|problem| {
            Failure::new(format!("post-build could not fill the shell: {problem}"))
        })?
    } else {
        html
    };
    // The one origin the catalogue's map tiles come from, if it configures any.
    let tiles = catalogue.as_deref().and_then(tile_origin);
    let (output, hashes) = apply_csp_allowing(&html, tiles.as_deref()).map_err(|problem| {
        Failure::new(format!(
            "post-build could not set the Content-Security-Policy: {problem}"
        ))
    })?;
    std::fs::write(&index, &output).map_err(|error| {
        Failure::new(format!(
            "could not write {}: {error}; check that trunk's staging folder is writable",
            index.display()
        ))
    })?;
    if finder {
        // For hosts that cannot rewrite a deep link such as /learning/o/abc to
        // index.html but answer it with the site's 404.html: the same page, whose
        // URLs are all from the root, so the app starts and shows that page.
        let fallback = staging.join(crate::base::FALLBACK_PAGE);
        std::fs::write(&fallback, &output).map_err(|error| {
            Failure::new(format!("could not write {}: {error}", fallback.display()))
        })?;
    }
    println!(
        "post-build: under {base}, Content-Security-Policy set with {} inline script and {} inline style hash(es){}",
        hashes.scripts.len(),
        hashes.styles.len(),
        tiles.map_or(String::new(), |origin| format!(", map tiles from {origin}"))
    );
    if finder {
        // A shard index publishes the files it names, from beside the catalogue
        // trunk copied (index.html's copy-file of data/catalogue.json).
        let index = common::workspace_root()
            .join("data")
            .join(crate::publish::CATALOGUE);
        let (count, bytes) = crate::publish::copy_named(&index, &staging.join("data"))?;
        if count > 0 {
            println!(
                "post-build: the shard index's {count} files ({} KB) published under data/",
                bytes / 1024
            );
        }
        crate::locales::strip_comments(&staging.join(crate::locales::DIR))?;
        crate::sw::write(&staging)?;
        println!("post-build: {} written", crate::sw::FILE);
    }
    Ok(())
}

/// The CSP hash sources of a document's inline scripts and `<style>` elements.
#[derive(Debug, Default, PartialEq)]
pub struct Hashes {
    /// One per distinct inline script, in document order.
    pub scripts: Vec<String>,
    /// One per distinct `<style>` element, in document order.
    pub styles: Vec<String>,
}

/// The policy for the app, allowing the inline scripts and styles whose CSP hash
/// sources are given. Style attributes stay forbidden: a hash allows an element.
///
/// `'wasm-unsafe-eval'` lets the page compile WebAssembly without allowing `eval`.
#[cfg(test)]
pub fn policy(hashes: &Hashes) -> String {
    policy_allowing(hashes, None)
}

/// The `img-src` directive: the site's own images and inline ones, and the
/// map tiles' origin when the catalogue configures one elsewhere.
pub fn img_src(tile_origin: Option<&str>) -> String {
    match tile_origin {
        Some(origin) => format!("img-src 'self' data: {origin}"),
        None => "img-src 'self' data:".to_owned(),
    }
}

/// The origin (`https://tiles.example.org`) of the map tiles the catalogue's
/// text configures at `map.tiles`, when it is an https or http URL whose host
/// is plain (letters, digits, dots, hyphens, and a port): nothing else can reach
/// the policy. `None` for none, a path on the site itself, or anything else.
pub fn tile_origin(catalogue: &str) -> Option<String> {
    let json = crate::json::Json::parse(catalogue).ok()?;
    let tiles = crate::publish::header(&json)
        .at(&["map", "tiles"])?
        .as_str()?
        .trim();
    let lower = tiles.to_ascii_lowercase();
    let scheme = ["https://", "http://"]
        .into_iter()
        .find(|s| lower.starts_with(s))?;
    let rest = lower.get(scheme.len()..)?;
    let host = rest.split('/').next()?;
    let (name, port) = host.split_once(':').unwrap_or((host, ""));
    let plain_name = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let plain_port = port.bytes().all(|b| b.is_ascii_digit()) && port.len() <= 5;
    (plain_name && plain_port && !(host.ends_with(':'))).then(|| format!("{scheme}{host}"))
}

/// [`policy`], with images also allowed from the map tiles' origin, if any.
pub fn policy_allowing(hashes: &Hashes, tile_origin: Option<&str>) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for hash in &hashes.scripts {
        script_src.push(' ');
        script_src.push_str(hash);
    }
    let mut style_src = String::from("'self'");
    for hash in &hashes.styles {
        style_src.push(' ');
        style_src.push_str(hash);
    }
    let img_src = img_src(tile_origin);
    format!(
        "default-src 'none'; script-src {script_src}; style-src {style_src}; {img_src}; \
         font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
         base-uri 'self'; form-action 'self'"
    )
}

/// The CSP hash source (`'sha256-…'`) of an inline script's or style's text.
///
/// Browsers hash the text after the HTML parser has turned CR LF and lone CR into LF,
/// so the same normalisation happens here first.
pub fn script_hash(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let digest = Sha256::digest(normalised.as_bytes());
    format!("'sha256-{}'", BASE64.encode(digest))
}

/// Fills the policy into the CSP placeholder of `html`; returns the new HTML and the hashes.
///
/// Fails, with a description of what to change, when there is no inline script, no
/// placeholder, more than one, or a placeholder that already has a policy.
#[cfg(test)]
pub fn apply_csp(html: &str) -> std::result::Result<(String, Hashes), String> {
    apply_csp_allowing(html, None)
}

/// [`apply_csp`], with images also allowed from the map tiles' origin, if any.
pub fn apply_csp_allowing(
    html: &str,
    tile_origin: Option<&str>,
) -> std::result::Result<(String, Hashes), String> {
    let scan = scan(html);
    let distinct = |texts: &[&str]| {
        let mut hashes: Vec<String> = Vec::new();
        for text in texts {
            let hash = script_hash(text);
            if !hashes.contains(&hash) {
                hashes.push(hash);
            }
        }
        hashes
    };
    let hashes = Hashes {
        scripts: distinct(&scan.inline_scripts),
        styles: distinct(&scan.inline_styles),
    };
    if hashes.scripts.is_empty() {
        return Err(
            "index.html has no inline <script> (trunk normally injects a `<script type=\"module\">` \
             loader); check index.html's trunk links and Trunk.toml"
                .to_string(),
        );
    }
    let placeholder = match scan.csp_metas.as_slice() {
        [] => {
            return Err(
                "index.html has no `<meta http-equiv=\"Content-Security-Policy\" content=\"\">` placeholder; \
                 add it inside <head> so the policy can be filled in"
                    .to_string(),
            );
        }
        [one] => one,
        _ => {
            return Err(
                "index.html has more than one Content-Security-Policy <meta>; keep only the empty placeholder"
                    .to_string(),
            );
        }
    };
    let content = match placeholder.attribute("content") {
        Some(attribute) if attribute.value.is_empty() => attribute.span.clone(),
        Some(_) => {
            return Err(
                "the Content-Security-Policy <meta> already has a policy; leave its content empty \
                 (`content=\"\"`), the build fills it in"
                    .to_string(),
            );
        }
        None => {
            return Err(
                "the Content-Security-Policy <meta> has no content attribute; write it as \
                 `<meta http-equiv=\"Content-Security-Policy\" content=\"\">`"
                    .to_string(),
            );
        }
    };
    let mut output = String::with_capacity(html.len() + 512);
    output.push_str(&html[..content.start]);
    output.push_str("content=\"");
    output.push_str(&policy_allowing(&hashes, tile_origin));
    output.push('"');
    output.push_str(&html[content.end..]);
    Ok((output, hashes))
}

/// What [`scan`] found in a document.
#[derive(Debug, Default)]
struct Scan<'a> {
    /// The text of every `<script>` without a `src` attribute, in document order.
    inline_scripts: Vec<&'a str>,
    /// The text of every `<style>`, in document order.
    inline_styles: Vec<&'a str>,
    /// Every `<meta http-equiv="Content-Security-Policy">`.
    csp_metas: Vec<Tag>,
}

/// An attribute of a start tag: its lower-cased name, its value, and its span in the document.
#[derive(Debug, Clone)]
struct Attribute {
    name: String,
    value: String,
    /// From the first character of the name to the last of the value (quotes included).
    span: Range<usize>,
}

/// A start tag: its lower-cased name, attributes, and the index just after its `>`.
#[derive(Debug, Clone)]
struct Tag {
    name: String,
    attributes: Vec<Attribute>,
    end: usize,
}

impl Tag {
    fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes
            .iter()
            .find(|attribute| attribute.name == name)
    }
}

/// Walks the document's tags, skipping comments and script bodies, which may contain `<`.
fn scan(html: &str) -> Scan<'_> {
    let mut found = Scan::default();
    let mut pos = 0;
    while let Some(offset) = html[pos..].find('<') {
        let start = pos + offset;
        if html[start..].starts_with("<!--") {
            pos = match html[start + 4..].find("-->") {
                Some(end) => start + 4 + end + 3,
                None => html.len(),
            };
            continue;
        }
        let Some(tag) = parse_start_tag(html, start) else {
            pos = start + 1;
            continue;
        };
        pos = tag.end;
        match tag.name.as_str() {
            "script" => {
                let body_end =
                    find_ascii_case_insensitive(html, tag.end, "</script").unwrap_or(html.len());
                if tag.attribute("src").is_none() {
                    found.inline_scripts.push(&html[tag.end..body_end]);
                }
                pos = body_end;
            }
            "style" => {
                let body_end =
                    find_ascii_case_insensitive(html, tag.end, "</style").unwrap_or(html.len());
                found.inline_styles.push(&html[tag.end..body_end]);
                pos = body_end;
            }
            "meta" => {
                let is_csp = tag.attribute("http-equiv").is_some_and(|attribute| {
                    attribute
                        .value
                        .eq_ignore_ascii_case("Content-Security-Policy")
                });
                if is_csp {
                    found.csp_metas.push(tag);
                }
            }
            _ => {}
        }
    }
    found
}

/// Finds `needle` (lower-case ASCII) in `html` from `from` on, ignoring ASCII case.
fn find_ascii_case_insensitive(html: &str, from: usize, needle: &str) -> Option<usize> {
    let haystack = html.as_bytes();
    let needle = needle.as_bytes();
    (from..=haystack.len().checked_sub(needle.len())?)
        .find(|&at| haystack[at..at + needle.len()].eq_ignore_ascii_case(needle))
}

/// Parses the start tag beginning at `html[start] == '<'`, following HTML's attribute syntax.
fn parse_start_tag(html: &str, start: usize) -> Option<Tag> {
    let bytes = html.as_bytes();
    let mut at = start + 1;
    let name_start = at;
    while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
        at += 1;
    }
    if at == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = html[name_start..at].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
            at += 1;
        }
        if at >= bytes.len() {
            return None;
        }
        if bytes[at] == b'>' {
            return Some(Tag {
                name,
                attributes,
                end: at + 1,
            });
        }
        let attribute_start = at;
        while at < bytes.len()
            && !matches!(bytes[at], b'=' | b'>' | b'/')
            && !bytes[at].is_ascii_whitespace()
        {
            at += 1;
        }
        let attribute_name = html[attribute_start..at].to_ascii_lowercase();
        let mut after_name = at;
        while after_name < bytes.len() && bytes[after_name].is_ascii_whitespace() {
            after_name += 1;
        }
        let mut value = String::new();
        if after_name < bytes.len() && bytes[after_name] == b'=' {
            at = after_name + 1;
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            match bytes.get(at) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let close = html[at + 1..].find(quote as char)? + at + 1;
                    value = html[at + 1..close].to_string();
                    at = close + 1;
                }
                _ => {
                    let value_start = at;
                    while at < bytes.len() && bytes[at] != b'>' && !bytes[at].is_ascii_whitespace()
                    {
                        at += 1;
                    }
                    value = html[value_start..at].to_string();
                }
            }
        }
        attributes.push(Attribute {
            name: attribute_name,
            value,
            span: attribute_start..at,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `printf '%s' "console.log(1);" | openssl dgst -sha256 -binary | base64`, computed outside Rust.
    const HASH_CONSOLE_LOG: &str = "'sha256-NcFG924SlHfGQGG8hFEeEJDz1NgFlxPmZj3Us1sfdkI='";
    /// The same for the text "\nimport init from '/app.js';\nawait init();\n".
    const HASH_LOADER: &str = "'sha256-mStLiw5ufhC4Rn65S+yuobFT1L6YIq0IsINW02YqTpc='";

    #[test]
    fn hashes_like_openssl_and_browsers() {
        assert_eq!(script_hash("console.log(1);"), HASH_CONSOLE_LOG);
        // The HTML parser turns CR LF into LF before the browser hashes the text.
        assert_eq!(
            script_hash("\r\nimport init from '/app.js';\r\nawait init();\r\n"),
            HASH_LOADER
        );
    }

    #[test]
    fn fills_the_placeholder_with_the_hash_of_trunks_loader() {
        let html = "<!DOCTYPE html><html><head>\n\
            <meta charset=\"utf-8\">\n\
            <meta http-equiv=\"Content-Security-Policy\" content=\"\">\n\
            <link rel=\"modulepreload\" href=\"/app.js\" crossorigin=\"anonymous\">\n\
            <script type=\"module\">\nimport init from '/app.js';\nawait init();\n</script>\n\
            </head><body></body></html>";
        let expected = format!(
            "<!DOCTYPE html><html><head>\n\
            <meta charset=\"utf-8\">\n\
            <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
            script-src 'self' 'wasm-unsafe-eval' {HASH_LOADER}; style-src 'self'; img-src 'self' data:; \
            font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
            base-uri 'self'; form-action 'self'\">\n\
            <link rel=\"modulepreload\" href=\"/app.js\" crossorigin=\"anonymous\">\n\
            <script type=\"module\">\nimport init from '/app.js';\nawait init();\n</script>\n\
            </head><body></body></html>"
        );
        let (output, hashes) = apply_csp(html).unwrap();
        assert_eq!(output, expected);
        assert_eq!(hashes.scripts, [HASH_LOADER]);
        assert!(hashes.styles.is_empty());
    }

    #[test]
    fn keeps_the_self_closing_form_of_the_placeholder() {
        let html = "<head>\n    <meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"\" />\n<script type=\"module\">console.log(1);</script></head>";
        let expected = format!(
            "<head>\n    <meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />\n<script type=\"module\">console.log(1);</script></head>",
            policy(&Hashes {
                scripts: vec![HASH_CONSOLE_LOG.to_string()],
                styles: Vec::new(),
            })
        );
        assert_eq!(apply_csp(html).unwrap().0, expected);
    }

    #[test]
    fn hashes_every_inline_script_once_and_skips_external_ones() {
        let html = "<html><head><META HTTP-EQUIV='content-security-policy' CONTENT=''>\
            <script src=\"/external.js\"></script>\
            <script data-src=\"x\">console.log(1);</script>\
            <!-- <script>ignored()</script> -->\
            <SCRIPT type=\"module\">\nimport init from '/app.js';\nawait init();\n</SCRIPT>\
            <script>console.log(1);</script></head></html>";
        let (output, hashes) = apply_csp(html).unwrap();
        assert_eq!(hashes.scripts, [HASH_CONSOLE_LOG, HASH_LOADER]);
        assert!(output.starts_with(&format!(
            "<html><head><META HTTP-EQUIV='content-security-policy' content=\"default-src 'none'; \
             script-src 'self' 'wasm-unsafe-eval' {HASH_CONSOLE_LOG} {HASH_LOADER}; style-src"
        )));
        assert!(output.ends_with("form-action 'self'\"><script src=\"/external.js\"></script><script data-src=\"x\">console.log(1);</script><!-- <script>ignored()</script> --><SCRIPT type=\"module\">\nimport init from '/app.js';\nawait init();\n</SCRIPT><script>console.log(1);</script></head></html>"));
    }

    /// An inlined stylesheet is allowed by its hash; its text is hashed as written,
    /// and a `</style` inside a script is not mistaken for one.
    #[test]
    fn hashes_inline_styles_for_style_src() {
        let html = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"\">\
            <style>console.log(1);</style>\
            <script type=\"module\">console.log(1);</script></head>";
        let (output, hashes) = apply_csp(html).unwrap();
        assert_eq!(hashes.styles, [HASH_CONSOLE_LOG]);
        assert!(output.contains(&format!("style-src 'self' {HASH_CONSOLE_LOG};")));
    }

    #[test]
    fn a_script_body_cannot_fake_a_placeholder() {
        let html = "<head><script>document.write('<meta http-equiv=\"Content-Security-Policy\" content=\"\">')</script></head>";
        let error = apply_csp(html).unwrap_err();
        assert!(error.contains("no `<meta"), "{error}");
    }

    #[test]
    fn refuses_documents_it_cannot_secure() {
        let no_script = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"\"><script src=\"/a.js\"></script></head>";
        assert!(
            apply_csp(no_script)
                .unwrap_err()
                .contains("no inline <script>")
        );

        let filled = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><script>x</script></head>";
        assert!(
            apply_csp(filled)
                .unwrap_err()
                .contains("already has a policy")
        );

        let twice = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"\"><meta http-equiv=\"Content-Security-Policy\" content=\"\"><script>x</script></head>";
        assert!(apply_csp(twice).unwrap_err().contains("more than one"));

        let no_content =
            "<head><meta http-equiv=\"Content-Security-Policy\"><script>x</script></head>";
        assert!(
            apply_csp(no_content)
                .unwrap_err()
                .contains("no content attribute")
        );
    }

    #[test]
    fn policy_lists_hashes_after_self() {
        let text = policy(&Hashes {
            scripts: vec!["'sha256-a'".to_string(), "'sha256-b'".to_string()],
            styles: vec!["'sha256-c'".to_string()],
        });
        assert!(text.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c';"));
        assert!(text.ends_with("base-uri 'self'; form-action 'self'"));
    }

    /// The policy allows images from exactly the origin the catalogue's map
    /// tiles name, and from nowhere else when they name none or their own site.
    #[test]
    fn map_tiles_add_exactly_their_origin() {
        let catalogue = |tiles: &str| {
            format!(r#"{{"name": "x", "map": {{"tiles": "{tiles}", "attribution": "a"}}}}"#)
        };
        assert_eq!(
            tile_origin(&catalogue("https://Tiles.Example.org:8443/{z}/{x}/{y}.png")).as_deref(),
            Some("https://tiles.example.org:8443")
        );
        assert_eq!(
            tile_origin(&catalogue("http://a.example/t/{z}/{x}/{y}")).as_deref(),
            Some("http://a.example")
        );
        for none in [
            "/tiles/{z}/{x}/{y}.png",
            "https://a.example; script-src *",
            "https://a.example'/{z}",
            "https://*.example/{z}",
            "https://:80/{z}",
            "https://a.example:/{z}",
            "javascript:alert(1)",
            "ftp://a.example/{z}",
        ] {
            assert_eq!(tile_origin(&catalogue(none)), None, "{none}");
        }
        assert_eq!(tile_origin(r#"{"name": "x"}"#), None);
        // A shard index's tiles are in its header.
        let index = format!(
            r#"{{"shard_format": 1, "catalogue": {}, "shards": []}}"#,
            catalogue("https://tiles.example.org/{z}/{x}/{y}.png")
        );
        assert_eq!(
            tile_origin(&index).as_deref(),
            Some("https://tiles.example.org")
        );
        assert_eq!(tile_origin("not json"), None);
        let html = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"\"><script>x</script></head>";
        let (with, _) = apply_csp_allowing(html, Some("https://tiles.example.org")).unwrap();
        assert!(
            with.contains("img-src 'self' data: https://tiles.example.org; font-src"),
            "{with}"
        );
        let (without, _) = apply_csp_allowing(html, None).unwrap();
        assert!(
            without.contains("img-src 'self' data:; font-src"),
            "{without}"
        );
    }
}
