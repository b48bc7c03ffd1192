//! `cargo xtask size --why`: where the wasm's bytes go, by item and by crate, measured with twiggy.
//!
//! It reads the release module before wasm-opt (trunk's wasm-bindgen output, or else
//! the module Cargo built): that one still has the name section, so every function
//! has its Rust path. Its total is a little larger than the shipped module, but the
//! shares are what matter: they say which crate to shrink. Each item counts towards the crate of the first path in its
//! name, so `<learnlocal_core::Filters as Default>::default` is the core's, and
//! `core::ptr::drop_in_place<T>` is `T`'s. Custom sections (names, producers) and
//! wasm-bindgen's descriptors are not shipped and are left out of the shares. twiggy is installed only when missing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::{self, Failure, Result};
use crate::json::Json;
use crate::size::kb;

/// The twiggy release the report is written against (`cargo info twiggy`).
pub const TWIGGY_VERSION: &str = "0.8.0";

/// How many of the largest items the report lists.
const TOP_ITEMS: usize = 25;

/// How many crates outside the named groups the report lists by name.
const TOP_OTHER_CRATES: usize = 10;

/// How many modules the report lists.
const TOP_MODULES: usize = 15;

/// The crate groups of the summary: a label and the crate names that belong to it.
///
/// A crate whose name starts with `leptos` belongs to the Leptos group too. Any crate
/// not listed is an "other crate" and is listed by name under the groups.
const GROUPS: &[(&str, &[&str])] = &[
    ("the app (learnlocal)", &["learnlocal"]),
    ("learnlocal_core", &["learnlocal_core"]),
    (
        "leptos/tachys/reactive_graph",
        &[
            "leptos",
            "tachys",
            "reactive_graph",
            "reactive_stores",
            "any_spawner",
            "hydration_context",
            "throw_error",
            "or_poisoned",
            "either_of",
            "next_tuple",
            "oco_ref",
            "server_fn",
        ],
    ),
    ("serde/serde_json", &["serde", "serde_core", "serde_json"]),
    (
        "core/alloc/std",
        &[
            "core",
            "alloc",
            "std",
            "compiler_builtins",
            "dlmalloc",
            "panic_abort",
            "__rustc",
            RUNTIME,
        ],
    ),
    (
        "wasm_bindgen/js_sys",
        &[
            "wasm_bindgen",
            "js_sys",
            "wasm_bindgen_futures",
            WASM_BINDGEN_GLUE,
        ],
    ),
    ("web_sys", &["web_sys"]),
    ("data segments (strings, tables)", &[DATA]),
    ("wasm sections (types, tables, imports)", &[STRUCTURE]),
];

/// The pseudo-crate of data segments (`data[N]`).
const DATA: &str = "(data)";
/// The pseudo-crate of items that are no code or data: types, tables, imports, exports.
const STRUCTURE: &str = "(wasm structure)";
/// The pseudo-crate of what the shipped module does not have: custom sections (names,
/// producers) and wasm-bindgen's descriptor functions, which wasm-bindgen removes.
const NOT_SHIPPED: &str = "(not shipped)";
/// The pseudo-crate of bare runtime symbols (`memcpy`, `__rust_alloc`).
const RUNTIME: &str = "(runtime)";
/// The pseudo-crate of bare wasm-bindgen symbols (`__wbindgen_malloc`, `__wbg_*`).
const WASM_BINDGEN_GLUE: &str = "(wasm-bindgen glue)";

/// One item of the module as twiggy reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub name: String,
    pub shallow_bytes: usize,
    pub retained_bytes: usize,
}

/// Prints the largest items and the per-crate summary of the release module.
///
/// `shipped_wasm_bytes` is the size of the module in `dist/`, to compare with.
pub fn report(root: &Path, shipped_wasm_bytes: usize) -> Result {
    let candidates = named_modules(root);
    let Some(wasm) = candidates.iter().find(|path| path.is_file()) else {
        return Err(Failure::new(format!(
            "neither {} exists, so there is no module with names to measure; \
             run `cargo xtask build --force` to build them",
            candidates
                .iter()
                .map(|path| path.display().to_string())
                .collect::<Vec<_>>()
                .join(" nor ")
        )));
    };
    ensure_twiggy()?;
    let items = twiggy_items(wasm)?;
    let total: usize = shipped(&items).map(|item| item.shallow_bytes).sum();

    println!(
        "\nWhere the wasm's bytes go: {}, {} KB without what is not shipped \
         (twiggy {TWIGGY_VERSION}); wasm-opt makes it the {} KB in dist/",
        wasm.strip_prefix(root).unwrap_or(wasm).display(),
        kb(total),
        kb(shipped_wasm_bytes)
    );
    println!(
        "Largest {TOP_ITEMS} items by shallow size (retained: what removing the item would also remove)"
    );
    println!(
        "  {:>9} {:>6} {:>11}  item",
        "shallow KB", "%", "retained KB"
    );
    let mut largest: Vec<&Item> = shipped(&items).collect();
    largest.sort_by(|a, b| {
        b.shallow_bytes
            .cmp(&a.shallow_bytes)
            .then_with(|| a.name.cmp(&b.name))
    });
    for item in largest.iter().take(TOP_ITEMS) {
        println!(
            "  {:>9} {:>6} {:>11}  {}",
            kb(item.shallow_bytes),
            percent(item.shallow_bytes, total),
            kb(item.retained_bytes),
            shorten(&display_name(&item.name), 110)
        );
    }

    let by_crate = bytes_by_crate(shipped(&items));
    println!("By crate group (each item counts for the crate of the first path in its name)");
    println!("  {:<40} {:>9} {:>6}", "group", "KB", "%");
    for (label, bytes) in bytes_by_group(&by_crate) {
        println!(
            "  {label:<40} {:>9} {:>6}",
            kb(bytes),
            percent(bytes, total)
        );
    }
    let mut others: Vec<(&str, usize)> = by_crate
        .iter()
        .filter(|(name, _)| group_of(name).is_none())
        .map(|(name, bytes)| (name.as_str(), *bytes))
        .collect();
    others.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    if !others.is_empty() {
        println!("Largest other crates");
        print_sizes(&others, TOP_OTHER_CRATES, total);
    }

    // Generic code is compiled once per type it is used with and named after where it
    // is defined, so `core::slice::sort` here is every sort the app and its crates call.
    let mut by_module: BTreeMap<String, usize> = BTreeMap::new();
    for item in shipped(&items) {
        *by_module.entry(module_of(&item.name)).or_default() += item.shallow_bytes;
    }
    let mut modules: Vec<(&str, usize)> = by_module
        .iter()
        .map(|(name, bytes)| (name.as_str(), *bytes))
        .collect();
    modules.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    println!(
        "Largest modules (generic code counts where it is defined, once per type it is used with)"
    );
    print_sizes(&modules, TOP_MODULES, total);
    Ok(())
}

/// Prints the first `count` of `sizes` (name, bytes) with KB and their share of `total`.
fn print_sizes(sizes: &[(&str, usize)], count: usize, total: usize) {
    for (name, bytes) in sizes.iter().take(count) {
        println!(
            "  {name:<40} {:>9} {:>6}",
            kb(*bytes),
            percent(*bytes, total)
        );
    }
}

/// The module an item is defined in, as its first three path segments
/// (`core::slice::sort`), or its crate when its name has no such path.
pub fn module_of(name: &str) -> String {
    let cleaned = without_disambiguators(name.trim());
    let path = path_start(&cleaned);
    let path_end = path
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(path.len());
    let segments: Vec<&str> = path[..path_end]
        .split("::")
        .filter(|segment| !segment.is_empty())
        .take(3)
        .collect();
    let owner = crate_of(name);
    if segments.len() >= 2 && segments.first() == Some(&owner.as_str()) {
        segments.join("::")
    } else {
        owner
    }
}

/// The release modules that still have their names, best first.
///
/// The split's main module and, before it, trunk's wasm-bindgen output, both before
/// wasm-opt, are nearly what ships; the module Cargo
/// built, before wasm-bindgen, still holds the descriptors wasm-bindgen removes (they
/// are left out of the shares), so it is only the fallback.
pub fn named_modules(root: &Path) -> [PathBuf; 3] {
    let target = common::target_dir(root);
    [
        // The split's main module: the shell's wasm (xtask/src/split.rs).
        target
            .join("split")
            .join("release")
            .join("bound")
            .join("learnlocal_bg.wasm"),
        target
            .join("wasm-bindgen")
            .join("release")
            .join("learnlocal_bg.wasm"),
        target
            .join("wasm32-unknown-unknown")
            .join("release")
            .join("learnlocal.wasm"),
    ]
}

fn shipped(items: &[Item]) -> impl Iterator<Item = &Item> {
    items
        .iter()
        .filter(|item| crate_of(&item.name) != NOT_SHIPPED)
}

/// Installs twiggy when `twiggy --version` does not report [`TWIGGY_VERSION`].
fn ensure_twiggy() -> Result {
    let present = || {
        common::tool("twiggy").is_ok_and(|mut command| {
            common::probe(command.arg("--version"))
                .is_some_and(|output| output.split_whitespace().any(|word| word == TWIGGY_VERSION))
        })
    };
    if present() {
        return Ok(());
    }
    println!("twiggy {TWIGGY_VERSION}: installing with cargo install (about 4 minutes on 2 cores)");
    let version = format!("={TWIGGY_VERSION}");
    let hint = "check the connection to crates.io and the compiler errors above, then run `cargo xtask size --why` again";
    let locked = common::run(
        common::cargo()?.args(["install", "twiggy", "--version", &version, "--locked"]),
        &format!("cargo install twiggy --version {version} --locked"),
        hint,
    );
    if let Err(failure) = locked {
        // The published lock file can name yanked crates; a fresh resolution still builds.
        println!("{failure}\ntwiggy {TWIGGY_VERSION}: trying again without --locked");
        common::run(
            common::cargo()?.args(["install", "twiggy", "--version", &version]),
            &format!("cargo install twiggy --version {version}"),
            hint,
        )?;
    }
    if present() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "twiggy was installed but `twiggy --version` does not report {TWIGGY_VERSION}; \
             check that no other twiggy shadows {} on PATH",
            common::cargo_bin_dir()?.display()
        )))
    }
}

/// Runs `twiggy top` over every item of `wasm` (it lists all by default), with retained sizes.
fn twiggy_items(wasm: &Path) -> Result<Vec<Item>> {
    let output = common::tool("twiggy")?
        .args(["top", "--retained", "--format", "json"])
        .arg(wasm)
        .output()
        .map_err(|error| {
            Failure::new(format!(
                "could not start twiggy: {error}; reinstall it with \
                 `cargo install twiggy --version ={TWIGGY_VERSION} --locked`"
            ))
        })?;
    if !output.status.success() {
        return Err(Failure::new(format!(
            "twiggy top failed ({}): {}; check that {} is a complete wasm module",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim(),
            wasm.display()
        )));
    }
    parse_twiggy_top(&String::from_utf8_lossy(&output.stdout)).map_err(|problem| {
        Failure::new(format!(
            "twiggy {TWIGGY_VERSION}'s JSON could not be read ({problem}); \
             install exactly that version with `cargo install twiggy --version ={TWIGGY_VERSION} --locked`"
        ))
    })
}

/// Reads `twiggy top --format json`: an array of `{name, shallow_size, retained_size}`.
///
/// twiggy's summary rows ("Σ [...]", "... and N more") have no sizes of their own to
/// count and are skipped.
pub fn parse_twiggy_top(text: &str) -> std::result::Result<Vec<Item>, String> {
    let document = Json::parse(text)?;
    let rows = document
        .as_array()
        .ok_or("the document is not an array of items")?;
    let mut items = Vec::new();
    for row in rows {
        let Some(name) = row.get("name").and_then(Json::as_str) else {
            return Err("an item has no name".to_string());
        };
        if name.starts_with('Σ') || name.starts_with("... and ") {
            continue;
        }
        let size = |key: &str| {
            row.get(key)
                .and_then(Json::as_f64)
                .map(|size| size as usize)
        };
        let Some(shallow_bytes) = size("shallow_size") else {
            return Err(format!("item `{name}` has no shallow_size"));
        };
        items.push(Item {
            name: name.to_string(),
            shallow_bytes,
            retained_bytes: size("retained_size").unwrap_or(shallow_bytes),
        });
    }
    Ok(items)
}

/// The crate an item's name belongs to, or a pseudo-crate in parentheses for non-code items.
pub fn crate_of(name: &str) -> String {
    let name = without_disambiguators(name.trim());
    let name = name.as_str();
    if name.starts_with("data[") || name.starts_with("data segment") {
        return DATA.to_string();
    }
    if name.starts_with("custom section")
        || name.starts_with('"')
        || name.contains("__wbindgen_describe")
    {
        return NOT_SHIPPED.to_string();
    }
    if let Some(inner) = name.strip_prefix("core::ptr::drop_in_place<")
        && let Some(owner) = leading_crate(inner)
        && !PRIMITIVES.contains(&owner)
    {
        return owner.to_string();
    }
    if let Some(owner) = leading_crate(name) {
        return owner.to_string();
    }
    let is_bare = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    if is_bare && !name.is_empty() {
        bare_symbol_owner(name).to_string()
    } else {
        STRUCTURE.to_string()
    }
}

/// Names that start a type path but are no crate.
const PRIMITIVES: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32",
    "f64", "bool", "char", "str",
];

/// `text` from where its first path starts: past `<`, `&`, `(`, `[`, `*`, `mut`, `const` and `dyn`.
fn path_start(text: &str) -> &str {
    let path = text.trim_start_matches(['<', '&', '(', '[', '*', ' ']);
    ["mut ", "const ", "dyn "]
        .iter()
        .fold(path, |path, prefix| {
            path.strip_prefix(prefix).unwrap_or(path)
        })
}

/// The crate of the first path in `text`: `tachys` in `<tachys::view::X as ...>`, or for
/// `<T as leptos::IntoView>` (a generic or primitive type) the trait's crate.
fn leading_crate(text: &str) -> Option<&str> {
    let path = path_start(text);
    let identifier_end = path
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(path.len());
    let (first, rest) = path.split_at(identifier_end);
    if !first.is_empty() && rest.starts_with("::") {
        return Some(first);
    }
    if text.starts_with('<') {
        let (_, trait_path) = text.split_once(" as ")?;
        return leading_crate(trait_path);
    }
    None
}

/// Removes rustc's crate disambiguators: `core[c5930c85a12de822]::fmt` becomes `core::fmt`.
pub fn without_disambiguators(name: &str) -> String {
    let mut cleaned = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let hash_len = after
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(after.len());
        let is_disambiguator = hash_len >= 8 && after[hash_len..].starts_with("]::") && open > 0;
        cleaned.push_str(&rest[..open]);
        if is_disambiguator {
            rest = &after[hash_len + 1..];
        } else {
            cleaned.push('[');
            rest = after;
        }
    }
    cleaned.push_str(rest);
    cleaned
}

/// The owner of a symbol without a path: wasm-bindgen's glue, the Rust runtime's, or an export.
fn bare_symbol_owner(symbol: &str) -> &'static str {
    const RUNTIME_PREFIXES: &[&str] =
        &["__rust", "__rdl", "__rg", "rust_", "mem", "main", "__main"];
    if symbol.starts_with("__wbindgen")
        || symbol.starts_with("__wbg")
        || symbol.starts_with("__externref")
    {
        WASM_BINDGEN_GLUE
    } else if RUNTIME_PREFIXES
        .iter()
        .any(|prefix| symbol.starts_with(prefix))
    {
        RUNTIME
    } else {
        STRUCTURE
    }
}

/// The label of the group a crate belongs to, or `None` for an "other crate".
pub fn group_of(crate_name: &str) -> Option<&'static str> {
    if crate_name.starts_with("leptos") {
        return Some(GROUPS[2].0);
    }
    GROUPS
        .iter()
        .find(|(_, members)| members.contains(&crate_name))
        .map(|(label, _)| *label)
}

/// Sums the shallow sizes of `items` per crate.
pub fn bytes_by_crate<'a>(items: impl Iterator<Item = &'a Item>) -> BTreeMap<String, usize> {
    let mut by_crate = BTreeMap::new();
    for item in items {
        *by_crate
            .entry(crate_of(&item.name).to_string())
            .or_default() += item.shallow_bytes;
    }
    by_crate
}

/// Sums per-crate sizes into the [`GROUPS`], largest first, with "other crates" last.
pub fn bytes_by_group(by_crate: &BTreeMap<String, usize>) -> Vec<(&'static str, usize)> {
    let mut groups: Vec<(&'static str, usize)> =
        GROUPS.iter().map(|(label, _)| (*label, 0)).collect();
    let mut other = 0;
    for (name, bytes) in by_crate {
        match group_of(name) {
            Some(label) => {
                if let Some(group) = groups.iter_mut().find(|(wanted, _)| *wanted == label) {
                    group.1 += bytes;
                }
            }
            None => other += bytes,
        }
    }
    groups.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    groups.push(("other crates", other));
    groups
}

/// `part` as a percentage of `whole`, with one decimal.
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "0.0".to_string();
    }
    format!("{:.1}", part as f64 * 100.0 / whole as f64)
}

/// An item's name as the report shows it: without crate disambiguators and symbol hashes.
pub fn display_name(name: &str) -> String {
    let cleaned = without_disambiguators(name);
    match cleaned.rsplit_once("::h") {
        Some((path, hash)) if hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()) => {
            path.to_string()
        }
        _ => cleaned,
    }
}

/// Cuts a long name to `width` characters, marking the cut with `…`.
fn shorten(name: &str, width: usize) -> String {
    if name.chars().count() <= width {
        return name.to_string();
    }
    let kept: String = name.chars().take(width - 1).collect();
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_belongs_to_the_crate_of_its_first_path() {
        let cases = [
            ("leptos::mount::mount_to_body::h1a2b3c4d", "leptos"),
            (
                "tachys::view::keyed::keyed::{{closure}}::h0123456789abcdef",
                "tachys",
            ),
            (
                "<learnlocal_core::filter::Filters as core::default::Default>::default",
                "learnlocal_core",
            ),
            (
                "<&mut serde_json::de::Deserializer<R> as serde::de::Deserializer>::deserialize_any",
                "serde_json",
            ),
            ("<dyn core::any::Any>::type_id", "core"),
            ("alloc::raw_vec::RawVec<T,A>::grow_one", "alloc"),
            ("learnlocal::pages::finder::Finder::h00", "learnlocal"),
            (
                "core::ptr::drop_in_place<reactive_graph::owner::Owner>",
                "reactive_graph",
            ),
            ("core::ptr::drop_in_place<()>", "core"),
            ("core::ptr::drop_in_place<u8>", "core"),
            (
                "core[c5930c85a12de822]::fmt::float::float_to_decimal_common_shortest::<f64>",
                "core",
            ),
            (
                "<dlmalloc[e24a27700634d609]::dlmalloc::Dlmalloc<dlmalloc[e24a27700634d609]::sys::System>>::malloc",
                "dlmalloc",
            ),
            (
                "<T as tachys::view::any_view::IntoAny>::into_any::rebuild::h56ed68c12f4a9e85",
                "tachys",
            ),
            ("<u32 as core::fmt::Display>::fmt", "core"),
            (
                "tachys::view::tuples::<impl tachys::view::Render for (A,B,C)>::build::hd7d0f543",
                "tachys",
            ),
            ("web_sys::features::gen_Window::Window::document", "web_sys"),
        ];
        for (name, expected) in cases {
            assert_eq!(crate_of(name), expected, "{name}");
        }
    }

    #[test]
    fn items_without_a_path_get_a_pseudo_crate() {
        assert_eq!(crate_of("data[0]"), DATA);
        assert_eq!(crate_of("data segment \".rodata\""), DATA);
        assert_eq!(crate_of("\"function names\" subsection"), NOT_SHIPPED);
        assert_eq!(crate_of("custom section 'producers'"), NOT_SHIPPED);
        assert_eq!(
            crate_of("__wbindgen_describe___wbg_content_6fed93ca1fd29f06"),
            NOT_SHIPPED
        );
        assert_eq!(
            crate_of("export \"__wbindgen_describe___wbg_deref_e290c3620c6e9ce2\""),
            NOT_SHIPPED
        );
        assert_eq!(crate_of("export \"main\""), STRUCTURE);
        assert_eq!(crate_of("memcpy"), RUNTIME);
        assert_eq!(crate_of("__rust_alloc"), RUNTIME);
        assert_eq!(crate_of("__wbindgen_malloc"), WASM_BINDGEN_GLUE);
        assert_eq!(crate_of("table[0]"), STRUCTURE);
        assert_eq!(crate_of("type[12]: (i32) -> i32"), STRUCTURE);
        assert_eq!(crate_of("import wbg::__wbg_log_1234"), STRUCTURE);
        assert_eq!(crate_of("memory[0]"), STRUCTURE);
    }

    #[test]
    fn crate_disambiguators_are_removed_but_indexes_kept() {
        assert_eq!(
            without_disambiguators("<alloc[0123456789abcdef]::vec::Vec<u8>>::push"),
            "<alloc::vec::Vec<u8>>::push"
        );
        assert_eq!(without_disambiguators("data[7]"), "data[7]");
        assert_eq!(without_disambiguators("[T]::sort"), "[T]::sort");
    }

    #[test]
    fn modules_are_the_first_three_segments_of_the_path() {
        assert_eq!(
            module_of("core::slice::sort::stable::drift::sort::h0123456789abcdef"),
            "core::slice::sort"
        );
        assert_eq!(
            module_of(
                "<alloc[0123456789abcdef]::collections::btree::map::BTreeMap<K,V,A> as core::ops::drop::Drop>::drop"
            ),
            "alloc::collections::btree"
        );
        assert_eq!(
            module_of("learnlocal_core::search::facets::h93c595659a3c2377"),
            "learnlocal_core::search::facets"
        );
        assert_eq!(
            module_of("<T as tachys::view::any_view::IntoAny>::into_any"),
            "tachys"
        );
        assert_eq!(module_of("data segment \".rodata\""), DATA);
        assert_eq!(module_of("leptos::mount"), "leptos::mount");
    }

    #[test]
    fn shown_names_lose_their_hashes() {
        assert_eq!(
            display_name("learnlocal_core::search::facets::h93c595659a3c2377"),
            "learnlocal_core::search::facets"
        );
        assert_eq!(
            display_name(
                "core[c5930c85a12de822]::fmt::float::float_to_decimal_common_shortest::<f64>"
            ),
            "core::fmt::float::float_to_decimal_common_shortest::<f64>"
        );
        assert_eq!(display_name("leptos::hydrate"), "leptos::hydrate");
    }

    #[test]
    fn crates_are_grouped_as_the_summary_names_them() {
        assert_eq!(
            group_of("leptos_router"),
            Some("leptos/tachys/reactive_graph")
        );
        assert_eq!(
            group_of("reactive_graph"),
            Some("leptos/tachys/reactive_graph")
        );
        assert_eq!(group_of("serde_json"), Some("serde/serde_json"));
        assert_eq!(group_of("alloc"), Some("core/alloc/std"));
        assert_eq!(group_of(RUNTIME), Some("core/alloc/std"));
        assert_eq!(group_of("js_sys"), Some("wasm_bindgen/js_sys"));
        assert_eq!(group_of("learnlocal"), Some("the app (learnlocal)"));
        assert_eq!(group_of("learnlocal_core"), Some("learnlocal_core"));
        assert_eq!(group_of("gloo_net"), None);
    }

    #[test]
    fn group_sums_are_largest_first_with_other_crates_last() {
        let items = [
            ("leptos::a", 300),
            ("tachys::b", 200),
            ("learnlocal_core::c", 400),
            ("gloo_net::d", 50),
            ("data[0]", 100),
        ]
        .map(|(name, bytes)| Item {
            name: name.to_string(),
            shallow_bytes: bytes,
            retained_bytes: bytes,
        });
        let groups = bytes_by_group(&bytes_by_crate(items.iter()));
        assert_eq!(groups[0], ("leptos/tachys/reactive_graph", 500));
        assert_eq!(groups[1], ("learnlocal_core", 400));
        assert_eq!(groups[2], ("data segments (strings, tables)", 100));
        assert_eq!(groups.last(), Some(&("other crates", 50)));
        let counted: usize = groups.iter().map(|(_, bytes)| bytes).sum();
        assert_eq!(counted, 1050);
    }

    #[test]
    fn reads_twiggys_json_and_skips_its_summary_rows() {
        let text = r#"[
            {"name":"data[0]","shallow_size":9000,"shallow_size_percent":9.0,"retained_size":9000,"retained_size_percent":9.0},
            {"name":"leptos::x","shallow_size":120,"shallow_size_percent":0.1,"retained_size":480,"retained_size_percent":0.5},
            {"name":"Σ [2 Total Rows]","shallow_size":9120,"shallow_size_percent":9.1,"retained_size":9120,"retained_size_percent":9.1}
        ]"#;
        let items = parse_twiggy_top(text).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[1],
            Item {
                name: "leptos::x".to_string(),
                shallow_bytes: 120,
                retained_bytes: 480
            }
        );
        assert!(parse_twiggy_top("{}").is_err());
        assert!(parse_twiggy_top(r#"[{"name":"x"}]"#).is_err());
    }

    #[test]
    fn percentages_have_one_decimal_and_survive_an_empty_module() {
        assert_eq!(percent(1, 3), "33.3");
        assert_eq!(percent(5, 0), "0.0");
    }
}
