//! `cargo data shard` as a keeper runs it: a catalogue in, an index and files
//! named by their content out, and the shards checked against the whole file.

mod common;

use common::run;
use learnlocal_core::shard::{Shard, ShardIndex};
use sha2::{Digest, Sha256};

/// The demo catalogue split into shards of 40 records: `index.json` names
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
    let index_text = std::fs::read_to_string(dir.join("index.json")).unwrap();
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
        std::fs::read_to_string(dir.join("index.json")).unwrap(),
        index_text
    );
    let _ = std::fs::remove_dir_all(&dir);
}
