//! `cargo data merge` as a keeper runs it: two cities' catalogues in, one
//! national catalogue out that validates and shards, with every duplicate and
//! rename reported by file, record and field.

mod common;

use common::{root, run};
use serde_json::{Value, json};

/// A scratch folder, removed when dropped.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("learnlocal-merge-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, name: &str) -> String {
        self.0.join(name).to_str().unwrap().to_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn demo() -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join("data/catalogue.json")).unwrap())
        .unwrap()
}

/// The demo catalogue merged with a second "city" made from it: its first
/// venue moved 40 km (the same id elsewhere: renamed), its second renamed but
/// at the same place with its name in capitals (merged), one provider's
/// spelling changed (unified), its opportunities' ids kept (renamed). The
/// result holds every opportunity, validates with the app's rules, and is split
/// by `shard`.
#[test]
fn merge_reports_duplicates_and_writes_a_catalogue_that_validates_and_shards() {
    let dir = Scratch::new("ok");
    let mut other = demo();
    other["name"] = json!("Kinsale learning opportunities");
    let first_id = other["venues"][0]["id"].as_str().unwrap().to_owned();
    let lat = other["venues"][0]["location"]["lat"].as_f64().unwrap();
    other["venues"][0]["location"]["lat"] = json!(lat - 0.36);
    let second_id = other["venues"][1]["id"].as_str().unwrap().to_owned();
    let second_name = other["venues"][1]["name"].as_str().unwrap().to_uppercase();
    other["venues"][1]["id"] = json!("renamed-venue");
    other["venues"][1]["name"] = json!(second_name);
    let provider = other["opportunities"][0]["provider"]["name"]
        .as_str()
        .unwrap()
        .to_owned();
    for o in other["opportunities"].as_array_mut().unwrap() {
        if o["venue"] == json!(second_id) {
            o["venue"] = json!("renamed-venue");
        }
        if o["provider"]["name"] == json!(provider) {
            o["provider"]["name"] = json!(provider.to_lowercase());
        }
    }
    std::fs::write(dir.path("kinsale.json"), other.to_string()).unwrap();
    let national = dir.path("national.json");
    let (code, text) = run(&[
        "merge",
        "data/catalogue.json",
        &dir.path("kinsale.json"),
        "--out",
        &national,
        "--name",
        "Ireland learning opportunities",
    ]);
    assert_eq!(code, 0, "{text}");
    let kinsale = dir.path("kinsale.json");
    for expected in [
        format!(
            "{kinsale}: warning: venue 1 (`{first_id}`), field `id`: `{first_id}` is also a venue of data/catalogue.json"
        ),
        format!("renamed `kinsale-{first_id}`"),
        format!(
            "{kinsale}: warning: venue 2 (`renamed-venue`), field `name`: the same venue as `{second_id}`"
        ),
        format!(
            "{kinsale}: warning: opportunity 1 (`{}`), field `provider`: `{}` is the provider `{provider}` of data/catalogue.json (the same name)",
            demo()["opportunities"][0]["id"].as_str().unwrap(),
            provider.to_lowercase()
        ),
        format!(
            "{kinsale}: warning: opportunity 1 (`{}`), field `id`:",
            demo()["opportunities"][0]["id"].as_str().unwrap()
        ),
    ] {
        assert!(text.contains(&expected), "missing {expected}\nin\n{text}");
    }
    let whole = demo();
    let n = whole["opportunities"].as_array().unwrap().len();
    let venues = whole["venues"].as_array().unwrap().len();
    let merged: Value = serde_json::from_str(&std::fs::read_to_string(&national).unwrap()).unwrap();
    assert_eq!(merged["name"], json!("Ireland learning opportunities"));
    assert_eq!(merged["opportunities"].as_array().unwrap().len(), 2 * n);
    // Every venue of the copy merged but the moved one.
    assert_eq!(merged["venues"].as_array().unwrap().len(), venues + 1);
    assert!(
        text.contains(&format!("{} opportunities ({} in)", 2 * n, 2 * n)),
        "{text}"
    );

    let (code, text) = run(&["validate", &national, "--now", "2026-09-01T12:00"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("0 errors"), "{text}");
    let shards = dir.path("shards");
    let (code, text) = run(&[
        "shard",
        &national,
        "--out",
        &shards,
        "--max-records",
        "100",
        "--check",
        "20",
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("20 sample searches give the same results"),
        "{text}"
    );
}

/// A catalogue in another time zone is refused, naming the file, the field and
/// both zones, and nothing is written.
#[test]
fn merge_refuses_another_time_zone() {
    let dir = Scratch::new("zone");
    let mut other = demo();
    other["time_zone"] = json!({"name": "Europe/Lisbon", "rule": "WET0WEST,M3.5.0/1,M10.5.0"});
    std::fs::write(dir.path("lisbon.json"), other.to_string()).unwrap();
    let out = dir.path("out.json");
    let (code, text) = run(&[
        "merge",
        "data/catalogue.json",
        &dir.path("lisbon.json"),
        "--out",
        &out,
    ]);
    assert_eq!(code, 1, "{text}");
    let expected = format!(
        "{}: error: catalogue, field `time_zone`: `Europe/Lisbon` is not `Europe/Dublin`, the zone of data/catalogue.json",
        dir.path("lisbon.json")
    );
    assert!(text.contains(&expected), "{text}");
    assert!(text.contains("merge refused: nothing written"), "{text}");
    assert!(!std::path::Path::new(&out).exists());
}
