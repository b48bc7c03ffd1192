//! `cargo data report` as a coordinator runs it: the same CSV as the core
//! (and so as the coordinators' page), a plain-English summary, and options
//! checked strictly.

mod common;

use common::{root, run};
use learnlocal_core::insight::{GapKind, InsightSettings, Need, count_in_reach, to_csv};
use learnlocal_core::search::SearchIndex;
use learnlocal_core::time::DateTime;
use learnlocal_core::{Catalogue, read_catalogue};
use std::process::Command;

const NOW: &str = "2026-11-25T12:00";

fn demo() -> Catalogue {
    let text = std::fs::read_to_string(root().join("data/catalogue.json")).unwrap();
    read_catalogue(&text, None).unwrap().catalogue
}

/// The core's CSV of the demo catalogue for the page's query `query`.
fn core_csv(catalogue: &Catalogue, query: &str) -> String {
    let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    let settings = InsightSettings::from_query(pairs, catalogue);
    let index = SearchIndex::new(catalogue, DateTime::parse(NOW).unwrap());
    to_csv(catalogue, &count_in_reach(catalogue, &index, &settings))
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("learnlocal-report-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The command's CSV is the core's, byte for byte, on the demo catalogue,
/// with and without filters, written to a file or to standard output.
#[test]
fn the_csv_is_the_cores() {
    let catalogue = demo();
    let out = scratch("figures.csv");
    let (code, text) = run(&["report", "--now", NOW, "--csv", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{text}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        core_csv(&catalogue, "")
    );
    assert!(
        text.contains(&format!("The figures are in {}.", out.display())),
        "{text}"
    );

    let args = [
        "report",
        "data/catalogue.json",
        "--now",
        NOW,
        "--skill",
        "digital,esol",
        "--free",
        "--walk",
        "10",
        "--time",
        "evening",
        "--access",
        "step_free",
        "--lang",
        "en",
        "--matter",
        "digital,evening",
        "--csv",
        "-",
    ];
    let output = Command::new(env!("CARGO_BIN_EXE_learnlocal-data"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(output.status.success());
    let expected = core_csv(
        &catalogue,
        "skill=digital,esol&free=yes&walk=10&time=evening&access=step_free&lang=en&matter=digital,evening",
    );
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
    // The summary goes to standard error, out of the CSV's way.
    let summary = String::from_utf8(output.stderr).unwrap();
    assert!(summary.contains("within a 10-minute walk"), "{summary}");
}

/// The summary says what is counted and what is not, the online
/// opportunities apart, the last-verified spread, and each gap largest first
/// as a plain sentence.
#[test]
fn the_summary_is_plain_english() {
    let catalogue = demo();
    let index = SearchIndex::new(&catalogue, DateTime::parse(NOW).unwrap());
    let insight_of = |pairs: &[(&str, &str)]| {
        let settings = InsightSettings::from_query(pairs.iter().copied(), &catalogue);
        count_in_reach(&catalogue, &index, &settings)
    };
    let insight = insight_of(&[("skill", "digital"), ("free", "yes"), ("matter", "digital")]);
    let (code, text) = run(&[
        "report", "--now", NOW, "--skill", "digital", "--free", "--matter", "digital",
    ]);
    assert_eq!(code, 0, "{text}");
    for words in [
        "Counted: the opportunities that pass these settings and have not ended".to_owned(),
        format!(
            "Online only: {} opportunities, counted apart",
            insight.online.total
        ),
        format!(
            "- {} opportunities whose schedule has ended;",
            insight.ended
        ),
        format!(
            "Last verified: the oldest {}, the median {}, the newest {}",
            insight.verified.oldest.unwrap(),
            insight.verified.median.unwrap(),
            insight.verified.newest.unwrap()
        ),
        "only as complete as its keepers made it".to_owned(),
    ] {
        assert!(text.contains(&words), "{words}\n{text}");
    }
    // Every gap is a sentence, in the core's order: with free digital
    // opportunities counted, a gap in digital skills is nothing at all.
    let gap_lines = |text: &str| -> Vec<String> {
        text.lines()
            .skip_while(|l| !l.contains("largest first"))
            .skip(1)
            .map(str::to_owned)
            .collect()
    };
    let lines = gap_lines(&text);
    assert!(!insight.gaps.is_empty());
    assert_eq!(lines.len(), insight.gaps.len(), "{text}");
    for (line, gap) in lines.iter().zip(&insight.gaps) {
        let hood = &catalogue.neighbourhoods[gap.neighbourhood];
        assert_eq!(gap.kind, GapKind::Nothing);
        assert_eq!(
            *line,
            format!(
                "- {} (about {} residents): no free opportunity in Computers and phones within a 15-minute walk",
                hood.name,
                thousands(hood.population.unwrap())
            )
        );
    }
    // Needs are said as what is missing.
    let insight = insight_of(&[("matter", "step_free,evening,free"), ("walk", "5")]);
    let (code, text) = run(&[
        "report",
        "--now",
        NOW,
        "--matter",
        "step_free,evening",
        "--matter",
        "free",
        "--walk",
        "5",
    ]);
    assert_eq!(code, 0, "{text}");
    let lines = gap_lines(&text);
    assert_eq!(lines.len(), insight.gaps.len(), "{text}");
    for (line, gap) in lines.iter().zip(&insight.gaps) {
        let what = match &gap.kind {
            GapKind::Nothing => "no opportunity",
            GapKind::Need(Need::StepFree) => "no step-free opportunity",
            GapKind::Need(Need::Evening) => "no opportunity in the evening",
            GapKind::Need(Need::Free) => "no free opportunity",
            GapKind::Skill(id) => panic!("{id} does not matter"),
        };
        assert!(
            line.ends_with(&format!(": {what} within a 5-minute walk")),
            "{line}"
        );
    }
}

/// "12,345", as the summary writes residents.
fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A mistyped option value is refused with a message naming the option and
/// the value, never quietly dropped from the figures.
#[test]
fn bad_arguments_name_the_option() {
    for (args, words) in [
        (
            &["--walk", "99"][..],
            "--walk: `99` is not a whole number of minutes from 0 to 60",
        ),
        (&["--walk", "ten"][..], "--walk: `ten`"),
        (
            &["--skill", "digital,juggling"][..],
            "--skill: `juggling` is not a skill of this catalogue",
        ),
        (
            &["--access", "wings"][..],
            "--access: `wings` is not an access need",
        ),
        (&["--day", "someday"][..], "--day: `someday` is not a day"),
        (
            &["--time", "noon"][..],
            "--time: `noon` is not a part of the day",
        ),
        (
            &["--lang", "english"][..],
            "--lang: `english` is not a two-letter",
        ),
        (
            &["--max", "cheap"][..],
            "--max: `cheap` is not a whole number",
        ),
        (
            &["--matter", "parking"][..],
            "--matter: `parking` is not a skill of this catalogue or a need",
        ),
        (&["--now", "tomorrow"][..], "--now:"),
        (&["--walk"][..], "`--walk` needs a value"),
        (&["--colour", "red"][..], "`--colour` is not an option"),
    ] {
        let mut all = vec!["report"];
        all.extend_from_slice(args);
        let (code, text) = run(&all);
        assert_eq!(code, 2, "{args:?}: {text}");
        assert!(text.contains(words), "{args:?}: {text}");
    }
}
