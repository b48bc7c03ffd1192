//! Embeds the English messages (`locales/en.ftl`) without their translators'
//! comments: the app needs the messages, not the notes about them.

use std::path::PathBuf;

fn main() {
    let source = "locales/en.ftl";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("locales/en.ftl is readable");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(
        out.join("en.ftl"),
        learnlocal_l10n::parse::without_comments(&text),
    )
    .expect("OUT_DIR is writable");
}
