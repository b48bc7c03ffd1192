//! The catalogue's files a build publishes from `data/`.
//!
//! Trunk copies `data/catalogue.json` (index.html's `copy-file`). When that file is
//! a shard index (`cargo data shard`, docs/sharding.md), the post-build hook also
//! copies exactly the files it names (every shard, and the gazetteer, venue
//! directory and word summaries when named), resolved relative to the index, and
//! nothing else: the source spreadsheets, the schema and the shards of an earlier
//! split stay unpublished. A named file that is missing fails the build, so a site
//! is never published with an index naming a file the host does not have.
//!
//! The index is told from a whole catalogue by [`is_index`], the app's own rule
//! (`learnlocal_core::shard::is_index`, which xtask does not depend on to stay
//! small; a test checks that both agree).

use std::path::Path;

use crate::common::{Failure, Result};
use crate::json::Json;

/// The catalogue's name, in `data/`: one whole catalogue or a shard index.
pub const CATALOGUE: &str = "catalogue.json";

/// True when a file starting with `prefix` is a shard index: after an optional
/// UTF-8 byte order mark and white space, an object whose first key is exactly
/// `"shard_format"`. The same rule as `learnlocal_core::shard::is_index`.
pub fn is_index(prefix: &[u8]) -> bool {
    let rest = prefix.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(prefix);
    rest.trim_ascii_start()
        .strip_prefix(b"{")
        .is_some_and(|rest| rest.trim_ascii_start().starts_with(b"\"shard_format\""))
}

/// The catalogue's header in a parsed catalogue file: the file itself, or a
/// shard index's `catalogue` (its settings, skills and map without records).
pub fn header(json: &Json) -> &Json {
    match json.get("shard_format").and(json.get("catalogue")) {
        Some(catalogue) => catalogue,
        None => json,
    }
}

/// The files the catalogue text `index` names, relative to its folder, each once,
/// in the index's order (shards, then the gazetteer, venue directory and word
/// summaries); none when it is a whole catalogue. `Err` when it is not JSON, or a
/// path is not a plain relative path inside the index's folder (segments of
/// letters, digits, `.`, `-` and `_`, none of them `.` or `..`), which the
/// splitter never writes and a host must not be asked to serve.
pub fn named_files(index: &str) -> std::result::Result<Vec<String>, String> {
    if !is_index(index.as_bytes()) {
        return Ok(Vec::new());
    }
    let json = Json::parse(index.trim_start_matches('\u{feff}'))
        .map_err(|error| format!("is not JSON: {error}"))?;
    let mut paths: Vec<&Json> = json
        .get("shards")
        .and_then(Json::as_array)
        .ok_or("has no list of `shards`")?
        .iter()
        .map(|shard| shard.get("path").unwrap_or(&Json::Null))
        .collect();
    for key in ["gazetteer", "places", "words"] {
        paths.extend(json.get(key));
    }
    let mut named: Vec<String> = Vec::with_capacity(paths.len());
    for path in paths {
        let path = path
            .as_str()
            .ok_or_else(|| format!("names a file by something other than a text: {path:?}"))?;
        let plain = |segment: &str| {
            !segment.is_empty()
                && segment != "."
                && segment != ".."
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        };
        if !path.split('/').all(plain) {
            return Err(format!(
                "names `{path}`, which is not a path inside the index's folder (letters, \
                 digits, `.`, `-` and `_` between `/`); split the catalogue again with \
                 `cargo data shard`"
            ));
        }
        if !named.iter().any(|known| known == path) {
            named.push(path.to_owned());
        }
    }
    Ok(named)
}

/// When the catalogue at `index` is a shard index, copies every file it names
/// from beside it into the folder `to` (the published `data/`), keeping their
/// paths; the number of files and their bytes. Fails naming the index and the
/// path of a named file that is missing or cannot be copied.
pub fn copy_named(index: &Path, to: &Path) -> Result<(usize, u64)> {
    let text = std::fs::read_to_string(index)
        .map_err(|error| Failure::new(format!("{}: cannot be read: {error}", index.display())))?;
    let named = named_files(&text)
        .map_err(|problem| Failure::new(format!("{}: {problem}", index.display())))?;
    let from = index.parent().unwrap_or(Path::new("."));
    let mut bytes = 0;
    for path in &named {
        let source = from.join(path);
        if !source.is_file() {
            return Err(Failure::new(format!(
                "{} names {path}, but {} is missing; run `cargo data shard` again to write \
                 every file of the split, or restore it",
                index.display(),
                source.display()
            )));
        }
        let target = to.join(path);
        if let Some(folder) = target.parent() {
            std::fs::create_dir_all(folder).map_err(|error| {
                Failure::new(format!("{}: cannot be made: {error}", folder.display()))
            })?;
        }
        bytes += std::fs::copy(&source, &target).map_err(|error| {
            Failure::new(format!(
                "{} names {path}, which could not be copied to {}: {error}",
                index.display(),
                target.display()
            ))
        })?;
    }
    Ok((named.len(), bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::Scratch;

    /// Every file under `dir`, relative to it with `/`, sorted.
    fn files(dir: &Path) -> Vec<String> {
        let mut found = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(folder) = stack.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let relative = path.strip_prefix(dir).unwrap();
                    found.push(relative.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        found.sort();
        found
    }

    const INDEX: &str = r#"{"shard_format":1,"catalogue":{"name":"X","demonstration":true},
        "gazetteer":"shards/000000000000000a.json","places":"shards/000000000000000b.json",
        "shards":[{"path":"shards/0000000000000001.json","bytes":2},
                  {"path":"shards/0000000000000002.json","bytes":2}]}"#;

    /// xtask's rule for telling an index from a whole catalogue is the app's
    /// (core's): both agree on indexes, catalogues and near misses.
    #[test]
    fn tells_an_index_apart_as_the_app_does() {
        let whole = include_str!("../../data/catalogue.json");
        for text in [
            INDEX,
            whole,
            "\u{feff} {\n\"shard_format\": 1}",
            "{\"name\":\"x\",\"shard_format\":1}",
            "{\"shard_formats\":1}",
            "[\"shard_format\"]",
            "",
            "{",
        ] {
            assert_eq!(
                is_index(text.as_bytes()),
                learnlocal_core::shard::is_index(text.as_bytes()),
                "{text:.60}"
            );
        }
        assert!(is_index(INDEX.as_bytes()));
        assert!(!is_index(whole.as_bytes()));
    }

    /// An index names its shards, then its gazetteer, directory and words,
    /// each once; a whole catalogue names nothing.
    #[test]
    fn an_index_names_its_shards_and_files() {
        assert_eq!(
            named_files(INDEX).unwrap(),
            [
                "shards/0000000000000001.json",
                "shards/0000000000000002.json",
                "shards/000000000000000a.json",
                "shards/000000000000000b.json",
            ]
        );
        let twice = INDEX.replace("000000000000000b", "0000000000000001");
        assert_eq!(named_files(&twice).unwrap().len(), 3);
        let whole = include_str!("../../data/catalogue.json");
        assert_eq!(named_files(whole).unwrap(), Vec::<String>::new());
        assert_eq!(
            header(&Json::parse(INDEX).unwrap()).get("name"),
            Some(&Json::String("X".into()))
        );
        assert_eq!(
            header(&Json::parse(whole).unwrap()).get("shard_format"),
            None
        );
    }

    /// A path that could leave the index's folder, or is not plain, is refused
    /// with the path named: the build never copies from elsewhere.
    #[test]
    fn paths_outside_the_folder_are_refused() {
        for bad in [
            "../secret.json",
            "/etc/passwd",
            "shards/../../x.json",
            "shards//x.json",
            "shards\\\\x.json",
            "./shards/x.json",
            "shards/x.json?v=1",
            "",
        ] {
            let index = INDEX.replace("shards/0000000000000002.json", bad);
            let problem = named_files(&index).unwrap_err();
            assert!(problem.contains("not a path inside"), "{bad}: {problem}");
        }
        let problem = named_files(&INDEX.replace("\"path\":", "\"p\":")).unwrap_err();
        assert!(problem.contains("other than a text"), "{problem}");
    }

    /// From a data folder holding an index, its shards, an old shard of an
    /// earlier split and the source spreadsheets, exactly the named files are
    /// copied; a missing named file fails naming the index and the path.
    #[test]
    fn copies_exactly_the_named_files() {
        let data = Scratch::new("publish-data");
        data.write("catalogue.json", INDEX);
        for name in ["1", "2", "a", "b", "f"] {
            data.write(&format!("shards/000000000000000{name}.json"), "{}");
        }
        data.write("sources/venues.csv", "id\n");
        data.write("catalogue.schema.json", "{}");
        let out = Scratch::new("publish-out");
        let (count, bytes) = copy_named(&data.0.join("catalogue.json"), &out.0).unwrap();
        assert_eq!((count, bytes), (4, 8));
        assert_eq!(
            files(&out.0),
            [
                "shards/0000000000000001.json",
                "shards/0000000000000002.json",
                "shards/000000000000000a.json",
                "shards/000000000000000b.json",
            ]
        );

        std::fs::remove_file(data.0.join("shards/0000000000000002.json")).unwrap();
        let problem = copy_named(&data.0.join("catalogue.json"), &out.0)
            .unwrap_err()
            .to_string();
        assert!(
            problem.contains("catalogue.json names shards/0000000000000002.json")
                && problem.contains("is missing"),
            "{problem}"
        );

        // A whole catalogue publishes nothing more.
        data.write("catalogue.json", include_str!("../../data/catalogue.json"));
        let empty = Scratch::new("publish-empty");
        assert_eq!(
            copy_named(&data.0.join("catalogue.json"), &empty.0).unwrap(),
            (0, 0)
        );
        assert!(files(&empty.0).is_empty());
    }
}
