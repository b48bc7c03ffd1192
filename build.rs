//! Embeds the English messages (`locales/en.ftl`) without their translators'
//! comments: the app needs the messages, not the notes about them.
//!
//! The coordinators' page's own messages (between the `## [coordinators-page]`
//! markers) go into a file of their own, which only that page's code includes,
//! so the finder's wasm does not carry them.

use std::path::PathBuf;

const BEGIN: &str = "## [coordinators-page]";
const END: &str = "## [/coordinators-page]";

fn main() {
    // The finder's module keeps its relocations: the post-build hook splits it
    // in parts at its `#[lazy_route]`s (xtask/src/split.rs).
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bin=learnlocal=--emit-relocs");
    }
    let source = "locales/en.ftl";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("locales/en.ftl is readable");
    let (finder, coordinators) = match (text.find(BEGIN), text.find(END)) {
        (Some(begin), Some(end)) if begin < end => (
            format!("{}{}", &text[..begin], &text[end + END.len()..]),
            text[begin + BEGIN.len()..end].to_owned(),
        ),
        _ => (text.clone(), String::new()),
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, text: &str| {
        std::fs::write(
            out.join(name),
            learnlocal_l10n::parse::without_comments(text),
        )
        .expect("OUT_DIR is writable");
    };
    write("en.ftl", &finder);
    write("en-coordinators.ftl", &coordinators);
}
