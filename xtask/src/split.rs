//! The finder's wasm split in parts: the shell, and the pages loaded when opened.
//!
//! Trunk 0.21 cannot split a module, so the post-build hook does it after trunk
//! has staged its unsplit build. The app marks its split points with Leptos's
//! `#[lazy_route]` (the detail, shortlist and compare pages): each becomes a
//! module of its own that the browser fetches when the page is first opened.
//!
//! 1. Cargo's module (linked with `--emit-relocs`, which `build.rs` asks for) is
//!    cut by `wasm_split_cli_support` into the main module, one module per split
//!    point, and chunks that several split points share.
//! 2. wasm-bindgen makes the main module's JavaScript, as trunk does, keeping the
//!    linker's exports (the function table), which the parts are linked against.
//! 3. wasm-opt shrinks every module with trunk's options.
//! 4. The files get names from their contents (so hosts may cache them for a
//!    year): `learnlocal-<hash>.js`, `learnlocal-<hash>_bg.wasm`, the parts'
//!    loader `learnlocal-parts-<hash>.js` beside them, and the parts in
//!    [`PARTS_DIR`]. They replace trunk's files, and index.html names them, with
//!    their integrity hashes, and preloads the loader with the main module.
//!
//! The parts' loader fetches a part relative to its own URL, so a build under
//! any base path finds them.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use sha2::{Digest, Sha256, Sha384};

use crate::common::{self, Failure, Result};

/// The folder of `dist/` holding the parts loaded when a page is opened.
pub const PARTS_DIR: &str = "parts";

/// The name trunk and Cargo give the finder's module.
const APP: &str = "learnlocal";

/// The module name the split main imports its parts' loaders from (rewritten to
/// the loader's hashed name in the JavaScript).
const LINK: &str = "./__wasm_split.js";

/// What the split wrote, for the hook's message.
#[derive(Debug)]
pub struct Split {
    /// The main module's file name.
    pub main: String,
    /// Each part's path under the staging folder and its size in bytes.
    pub parts: Vec<(String, usize)>,
}

/// Splits the finder's wasm in `staging` and rewrites `html` to load the split
/// build. Returns the new page text.
pub fn apply(staging: &Path, html: &str) -> Result<(String, Split)> {
    let root = common::workspace_root();
    let profile = std::env::var("TRUNK_PROFILE").unwrap_or_else(|_| "release".to_owned());
    let cargo_wasm = common::target_dir(&root)
        .join("wasm32-unknown-unknown")
        .join(&profile)
        .join(format!("{APP}.wasm"));
    let input = std::fs::read(&cargo_wasm).map_err(|error| {
        Failure::new(format!(
            "post-build: could not read Cargo's module {}: {error}; trunk builds it first",
            cargo_wasm.display()
        ))
    })?;
    let (old_js, old_wasm) = trunk_files(staging)?;
    let work = common::target_dir(&root).join("split").join(&profile);
    if work.exists() {
        std::fs::remove_dir_all(&work).map_err(|error| {
            Failure::new(format!("could not empty {}: {error}", work.display()))
        })?;
    }
    let cut = work.join("cut");
    std::fs::create_dir_all(&cut)
        .map_err(|error| Failure::new(format!("could not create {}: {error}", cut.display())))?;

    // 1. Cut.
    let main_in = cut.join(format!("{APP}.wasm"));
    let main_module = format!("./{APP}.js");
    let written = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &cut;
        options.main_out_path = &main_in;
        options.main_module = &main_module;
        options.link_name = LINK;
        options
    })
    .map_err(|error| {
        Failure::new(format!(
            "post-build: could not split {} ({error}); it must be linked with --emit-relocs \
             (build.rs asks for it)",
            cargo_wasm.display()
        ))
    })?;

    // 2. wasm-bindgen, as trunk runs it, keeping the linker's exports.
    let bound = work.join("bound");
    common::run(
        common::tool("wasm-bindgen")?
            .arg("--target=web")
            .arg(format!("--out-dir={}", bound.display()))
            .arg(format!("--out-name={APP}"))
            .args(["--no-typescript", "--keep-lld-exports"])
            .arg(&main_in),
        "wasm-bindgen (split main module)",
        "run `cargo xtask setup` to install the pinned wasm-bindgen",
    )?;

    // 3. wasm-opt on every module (release builds only, as trunk does).
    let release = profile == "release";
    let main_wasm = optimized(&bound.join(format!("{APP}_bg.wasm")), release)?;
    let mut parts = Vec::new();
    for path in &written.split_modules {
        let path = cut.join(path.file_name().unwrap_or(path.as_os_str()));
        if path.extension().is_some_and(|e| e == "wasm") {
            parts.push((path.clone(), optimized(&path, release)?));
        }
    }
    let main_js = common::read_text(&bound.join(format!("{APP}.js")), "wasm-bindgen writes it")?;
    let link_js = common::read_text(
        &cut.join(LINK.trim_start_matches("./")),
        "the split writes it",
    )?;

    // 4. Names from the contents.
    let mut hasher = Sha256::new();
    hasher.update(&main_wasm);
    hasher.update(main_js.as_bytes());
    hasher.update(link_js.as_bytes());
    let mut part_names = Vec::new();
    for (path, bytes) in &parts {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("part");
        let name = format!("{}-{}.wasm", part_name(stem), short_hash(bytes));
        hasher.update(name.as_bytes());
        part_names.push((stem.to_owned(), name));
    }
    let hash = hex16(&hasher.finalize());
    let new_base = format!("{APP}-{hash}");
    let link_name = format!("{APP}-parts-{hash}.js");
    let mut link_out = link_js.replace(
        &format!("from \"{main_module}\""),
        &format!("from \"./{new_base}.js\""),
    );
    for (stem, name) in &part_names {
        link_out = link_out.replace(
            &format!("\"./{stem}.wasm\""),
            &format!("\"./{PARTS_DIR}/{name}\""),
        );
    }
    let main_js_out = main_js.replace(
        &format!("from \"{LINK}\""),
        &format!("from \"./{link_name}\""),
    );
    if main_js_out == main_js {
        return Err(Failure::new(
            "post-build: the split main module imports no parts' loader; the app has no \
             `#[lazy_route]` left, or wasm-bindgen's output changed",
        ));
    }

    // Replace trunk's files.
    for old in [&old_js, &old_wasm] {
        std::fs::remove_file(staging.join(old))
            .map_err(|error| Failure::new(format!("could not remove trunk's {old}: {error}")))?;
    }
    let parts_dir = staging.join(PARTS_DIR);
    std::fs::create_dir_all(&parts_dir).map_err(|error| {
        Failure::new(format!("could not create {}: {error}", parts_dir.display()))
    })?;
    let mut written_parts = Vec::new();
    for ((_, bytes), (_, name)) in parts.iter().zip(&part_names) {
        write(&parts_dir.join(name), bytes)?;
        written_parts.push((format!("{PARTS_DIR}/{name}"), bytes.len()));
    }
    let new_js = format!("{new_base}.js");
    let new_wasm = format!("{new_base}_bg.wasm");
    write(&staging.join(&new_js), main_js_out.as_bytes())?;
    write(&staging.join(&new_wasm), &main_wasm)?;
    write(&staging.join(&link_name), link_out.as_bytes())?;

    let old_base = old_js.trim_end_matches(".js");
    let html = html.replace(old_base, &new_base);
    let html = set_integrity(&html, &new_js, main_js_out.as_bytes())?;
    let html = set_integrity(&html, &new_wasm, &main_wasm)?;
    let html = preload_link(&html, &new_js, &link_name, link_out.as_bytes())?;
    Ok((
        html,
        Split {
            main: new_wasm,
            parts: written_parts,
        },
    ))
}

/// The file names of trunk's staged finder module: its JavaScript and its wasm.
fn trunk_files(staging: &Path) -> Result<(String, String)> {
    let entries = std::fs::read_dir(staging)
        .map_err(|error| Failure::new(format!("could not list {}: {error}", staging.display())))?;
    let mut wasm = None;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&format!("{APP}-")) && name.ends_with("_bg.wasm") {
            wasm = Some(name);
        }
    }
    let wasm = wasm.ok_or_else(|| {
        Failure::new(format!(
            "post-build: trunk staged no {APP}-<hash>_bg.wasm in {}",
            staging.display()
        ))
    })?;
    let js = format!("{}.js", wasm.trim_end_matches("_bg.wasm"));
    if !staging.join(&js).is_file() {
        return Err(Failure::new(format!(
            "post-build: trunk staged {wasm} without {js}"
        )));
    }
    Ok((js, wasm))
}

/// The module at `path` after wasm-opt, with trunk's options (`-Oz`), or as it is.
fn optimized(path: &Path, release: bool) -> Result<Vec<u8>> {
    let read = |path: &Path| {
        std::fs::read(path)
            .map_err(|error| Failure::new(format!("could not read {}: {error}", path.display())))
    };
    if !release {
        return read(path);
    }
    let out: PathBuf = path.with_extension("opt.wasm");
    let output = common::tool("wasm-opt")?
        .args(crate::floor::WASM_OPT_ARGS)
        .arg(path)
        .arg("-o")
        .arg(&out)
        .output()
        .map_err(|error| {
            Failure::new(format!(
                "could not start wasm-opt ({error}); run `cargo xtask setup`"
            ))
        })?;
    if !output.status.success() {
        return Err(Failure::new(format!(
            "wasm-opt failed on {}: {}",
            path.display(),
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    read(&out)
}

/// A part's readable name: `split___detail_page_view_2833…` becomes
/// `detail-page-view`, a shared chunk `chunk_4` becomes `shared-4`.
pub fn part_name(stem: &str) -> String {
    if let Some(rest) = stem.strip_prefix("chunk_") {
        return format!("shared-{rest}");
    }
    let name = stem.trim_start_matches("split_").trim_start_matches('_');
    // The split macro appends a hash of the call site.
    let name = match name.rsplit_once('_') {
        Some((head, tail)) if !head.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => name,
    };
    name.replace('_', "-")
}

fn short_hash(bytes: &[u8]) -> String {
    hex16(&Sha256::digest(bytes))
}

fn hex16(digest: &[u8]) -> String {
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    std::fs::write(path, bytes)
        .map_err(|error| Failure::new(format!("could not write {}: {error}", path.display())))
}

fn sri(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Sets the `integrity` of the tag whose `href` ends in `/name` to `bytes`' hash.
pub fn set_integrity(html: &str, name: &str, bytes: &[u8]) -> Result<String> {
    let needle = format!("{name}\"");
    let at = html
        .find(&format!("/{needle}"))
        .ok_or_else(|| Failure::new(format!("post-build: index.html does not link {name}")))?;
    let tag_start = html[..at].rfind('<').unwrap_or(0);
    let tag_end = at + html[at..].find('>').unwrap_or(html.len() - at);
    let tag = &html[tag_start..tag_end];
    let Some(attr) = tag.find("integrity=\"") else {
        return Ok(html.to_owned());
    };
    let value_start = tag_start + attr + "integrity=\"".len();
    let value_end = value_start + html[value_start..].find('"').unwrap_or(0);
    Ok(format!(
        "{}{}{}",
        &html[..value_start],
        sri(bytes),
        &html[value_end..]
    ))
}

/// Adds a `modulepreload` of the parts' loader after the main module's, so the
/// browser fetches both at once rather than one after the other.
fn preload_link(html: &str, main_js: &str, link_name: &str, bytes: &[u8]) -> Result<String> {
    let at = html
        .find(&format!("/{main_js}\""))
        .ok_or_else(|| Failure::new(format!("post-build: index.html does not link {main_js}")))?;
    let tag_start = html[..at].rfind('<').unwrap_or(0);
    let tag_end = at + html[at..].find('>').map_or(html.len() - at, |end| end + 1);
    let href_start =
        tag_start + html[tag_start..at].rfind("href=\"").unwrap_or(0) + "href=\"".len();
    let prefix = &html[href_start..at + 1];
    let link = format!(
        "<link rel=\"modulepreload\" href=\"{prefix}{link_name}\" crossorigin=\"anonymous\" integrity=\"{}\">",
        sri(bytes)
    );
    Ok(format!("{}{link}{}", &html[..tag_end], &html[tag_end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_named_after_their_split_point() {
        assert_eq!(
            part_name("split___detail_page_view_2833837063498540696"),
            "detail-page-view"
        );
        assert_eq!(part_name("chunk_4"), "shared-4");
        assert_eq!(part_name("split_map"), "map");
    }

    #[test]
    fn integrity_follows_the_new_contents() {
        let html = r#"<link rel="modulepreload" href="/learning/app-1.js" crossorigin="anonymous" integrity="sha384-old"><p>"#;
        let out = set_integrity(html, "app-1.js", b"new").unwrap();
        assert!(out.contains(&format!("integrity=\"{}\"", sri(b"new"))));
        assert!(!out.contains("sha384-old"));
        assert!(out.ends_with("<p>"));
    }

    #[test]
    fn the_loader_is_preloaded_under_the_same_base() {
        let html = r#"<link rel="modulepreload" href="/learning/app-1.js" integrity="x"><p>"#;
        let out = preload_link(html, "app-1.js", "app-parts-2.js", b"js").unwrap();
        assert!(out.contains(r#"<link rel="modulepreload" href="/learning/app-parts-2.js""#));
        assert!(out.starts_with(r#"<link rel="modulepreload" href="/learning/app-1.js""#));
        assert!(out.ends_with("<p>"));
    }

    #[test]
    fn a_page_without_the_module_is_an_error() {
        assert!(set_integrity("<p>", "app-1.js", b"").is_err());
    }
}
