//! `cargo data shard` as a keeper runs it: a catalogue in, an index and files
//! named by their content out, and the shards checked against the whole file.

mod common;

use common::run;
use learnlocal_core::shard::{Shard, ShardIndex, is_index};
use sha2::{Digest, Sha256};

/// The demo catalogue split into shards of 40 records: the index,
/// `catalogue.json` (what the app opens), starts with its format and names
/// every file by a path relative to itself, each file's name is the start of
/// its SHA-256, the shards hold every opportunity once, and 50 sample searches
/// agree with the whole file; a second run writes the same files.
#[test]
fn shard_writes_an_index_and_content_addressed_files() {
    let dir = std::env::temp_dir().join(format!("learnlocal-shard-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.to_str().unwrap();
    let args = [
        "shard",
        "--out",
        out,
        "--max-records",
        "40",
        "--check",
        "50",
    ];
    let (code, text) = run(&args);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("50 sample searches give the same results"),
        "{text}"
    );
    assert!(text.contains("shards ("), "{text}");
    let index_text = std::fs::read_to_string(dir.join("catalogue.json")).unwrap();
    assert!(is_index(index_text.as_bytes()), "{index_text:.80}");
    assert!(!dir.join("index.json").exists());
    let index: ShardIndex = serde_json::from_str(&index_text).unwrap();
    let mut paths: Vec<&String> = index.shards.iter().map(|s| &s.path).collect();
    paths.extend(
        [&index.gazetteer, &index.places, &index.words]
            .into_iter()
            .flatten(),
    );
    let mut ids = Vec::new();
    for path in &paths {
        assert!(
            path.starts_with("shards/") && !path.starts_with('/'),
            "{path}"
        );
        let content = std::fs::read_to_string(dir.join(path)).unwrap();
        let hash: String = Sha256::digest(content.as_bytes())
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(**path, format!("shards/{hash}.json"));
        if index.shards.iter().any(|s| &s.path == *path) {
            let shard: Shard = serde_json::from_str(&content).unwrap();
            ids.extend(shard.opportunities.into_iter().map(|o| o.id));
        }
    }
    let whole = std::fs::read_to_string(common::root().join("data/catalogue.json")).unwrap();
    let whole = learnlocal_core::read_catalogue(&whole, None)
        .unwrap()
        .catalogue;
    let mut expected: Vec<String> = whole.opportunities.into_iter().map(|o| o.id).collect();
    ids.sort_unstable();
    expected.sort_unstable();
    assert_eq!(ids, expected);
    // The same catalogue gives the same files.
    let (code, text) = run(&args);
    assert_eq!(code, 0, "{text}");
    assert_eq!(
        std::fs::read_to_string(dir.join("catalogue.json")).unwrap(),
        index_text
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Splitting into the folder the catalogue is read from would overwrite the
/// whole file with its index: the tool refuses, by any spelling of the path,
/// names both files and says where to keep the whole one, and writes nothing.
/// An index is not split again.
#[test]
fn shard_never_overwrites_its_input() {
    let catalogue = common::root().join("data/catalogue.json");
    let before = std::fs::read(&catalogue).unwrap();
    for args in [
        &["shard", "--out", "data"][..],
        &["shard", "data/catalogue.json", "--out", "./data/"],
        &["shard", "./data/../data/catalogue.json", "--out", "data"],
    ] {
        let (code, text) = run(args);
        assert_ne!(code, 0, "{args:?}: {text}");
        assert!(
            text.contains("would overwrite the catalogue it is split from")
                && text.contains("catalogue.json")
                && text.contains("--out another folder"),
            "{args:?}: {text}"
        );
    }
    assert_eq!(std::fs::read(&catalogue).unwrap(), before);
    assert!(!common::root().join("data/shards").exists());

    let dir = std::env::temp_dir().join(format!("learnlocal-shard-again-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.to_str().unwrap();
    let (code, text) = run(&["shard", "--out", out]);
    assert_eq!(code, 0, "{text}");
    let index = dir.join("catalogue.json");
    let again = dir.join("again");
    let (code, text) = run(&[
        "shard",
        index.to_str().unwrap(),
        "--out",
        again.to_str().unwrap(),
    ]);
    assert_ne!(code, 0, "{text}");
    assert!(text.contains("is a shard index already"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
