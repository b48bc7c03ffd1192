//! `cargo xtask lighthouse`: Lighthouse's mobile performance figures for the release build, as medians of several runs.
//!
//! `dist/` is served with brotli by [`serve::Background`] on a free port, as a CDN
//! would serve it. Each run starts Debian's Chromium with a fresh profile and lets
//! Lighthouse (pinned, installed from npm into the cache folder only when missing)
//! drive it over the DevTools port, with its default mobile profile and devtools
//! throttling. The medians are printed beside the targets of the "fast on a phone"
//! issue; they are read, never enforced, since timings vary with the machine.
//!
//! Every process it starts is ended on every path, errors and panics included: the
//! browser (and the processes it forked), Lighthouse and the server are guards
//! ([`crate::chromium`]) that stop what they own when dropped.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::chromium::{Browser, Guarded};
use crate::common::{self, Failure, Result};
use crate::json::Json;
use crate::serve;
use crate::setup;

/// The Lighthouse release the figures are measured with.
pub const LIGHTHOUSE_VERSION: &str = "12.2.3";

/// Runs when `--runs` is not given.
pub const DEFAULT_RUNS: usize = 5;

/// The most runs accepted; each takes about half a minute.
pub const MAX_RUNS: usize = 50;

/// How long one Lighthouse run may take before it is stopped.
const RUN_TIMEOUT: Duration = Duration::from_secs(180);

/// Whether a smaller or a larger value is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Better {
    Lower,
    Higher,
}

/// How a figure is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// Lighthouse reports milliseconds; shown in seconds.
    Seconds,
    Milliseconds,
    /// Unitless (layout shift), shown with three decimals.
    Score3,
    /// 0 to 100.
    Points,
}

/// One figure of the report: where it is in Lighthouse's JSON and what it should be.
#[derive(Debug, Clone, Copy)]
struct Metric {
    label: &'static str,
    /// The path to the value in the report.
    path: &'static [&'static str],
    /// Lighthouse's category score is 0 to 1; it is shown as 0 to 100.
    scale: f64,
    unit: Unit,
    /// The target in the report's own unit after `scale`, and as the table shows it.
    target: Option<(Better, f64, &'static str)>,
}

/// The position of Largest Contentful Paint in [`METRICS`], for the per-run line.
const LCP: usize = 1;
/// The position of the performance score in [`METRICS`], for the per-run line.
const SCORE: usize = 5;

const METRICS: &[Metric] = &[
    Metric {
        label: "First Contentful Paint",
        path: &["audits", "first-contentful-paint", "numericValue"],
        scale: 1.0,
        unit: Unit::Seconds,
        target: Some((Better::Lower, 1000.0, "≤ 1.0 s")),
    },
    Metric {
        label: "Largest Contentful Paint",
        path: &["audits", "largest-contentful-paint", "numericValue"],
        scale: 1.0,
        unit: Unit::Seconds,
        target: Some((Better::Lower, 2000.0, "≤ 2.0 s")),
    },
    Metric {
        label: "Total Blocking Time",
        path: &["audits", "total-blocking-time", "numericValue"],
        scale: 1.0,
        unit: Unit::Milliseconds,
        target: Some((Better::Lower, 50.0, "≤ 50 ms")),
    },
    Metric {
        label: "Cumulative Layout Shift",
        path: &["audits", "cumulative-layout-shift", "numericValue"],
        scale: 1.0,
        unit: Unit::Score3,
        target: Some((Better::Lower, 0.02, "≤ 0.02")),
    },
    Metric {
        label: "Speed Index",
        path: &["audits", "speed-index", "numericValue"],
        scale: 1.0,
        unit: Unit::Seconds,
        target: None,
    },
    Metric {
        label: "Performance score",
        path: &["categories", "performance", "score"],
        scale: 100.0,
        unit: Unit::Points,
        target: Some((Better::Higher, 95.0, "≥ 95")),
    },
];

/// Serves `dist`, runs Lighthouse `runs` times against it, and prints the medians.
pub fn run(root: &Path, dist: &Path, runs: usize) -> Result {
    setup::ensure_chromium()?;
    let lighthouse = ensure_lighthouse()?;
    let reports_dir = common::target_dir(root).join("lighthouse");
    std::fs::create_dir_all(&reports_dir).map_err(|error| {
        Failure::new(format!(
            "could not create {}: {error}; check that the target folder is writable",
            reports_dir.display()
        ))
    })?;

    let server = serve::Background::start(dist)?;
    let url = server.url();
    let chromium = common::probe(Command::new(setup::CHROMIUM).arg("--version"))
        .map(|version| version.trim().to_string())
        .unwrap_or_else(|| "Chromium (version unknown)".to_string());
    let plural = if runs == 1 { "" } else { "s" };
    println!(
        "Lighthouse {LIGHTHOUSE_VERSION}, {chromium}: {runs} run{plural} of {url} \
         (mobile, devtools throttling, served with brotli)"
    );

    let mut samples: Vec<Vec<f64>> = vec![Vec::new(); METRICS.len()];
    for number in 1..=runs {
        let report_path = reports_dir.join(format!("run-{number}.json"));
        let started = Instant::now();
        let values = run_once(&lighthouse, &url, &report_path)?;
        println!(
            "  run {number}/{runs}: score {:.0}, LCP {:.2} s ({:.0} s)",
            values[SCORE],
            values[LCP] / 1000.0,
            started.elapsed().as_secs_f64()
        );
        for (sample, value) in samples.iter_mut().zip(values) {
            sample.push(value);
        }
    }
    drop(server);

    println!(
        "\n  {:<26} {:>9} {:>9} {:>9}   {:<9} verdict",
        "metric", "median", "min", "max", "target"
    );
    for (metric, values) in METRICS.iter().zip(&samples) {
        println!("  {}", summary_line(metric, values));
    }
    println!("Reports: {}/run-N.json", reports_dir.display());
    Ok(())
}

/// One run: a fresh browser, Lighthouse over its DevTools port, the figures of the report.
fn run_once(lighthouse: &Path, url: &str, report_path: &Path) -> Result<Vec<f64>> {
    let browser = Browser::launch("lighthouse")?;
    let log_path = report_path.with_extension("log");
    let log = File::create(&log_path).map_err(|error| {
        Failure::new(format!(
            "could not create {}: {error}; check that the target folder is writable",
            log_path.display()
        ))
    })?;
    let child = Command::new(lighthouse)
        .arg(url)
        .arg(format!("--port={}", browser.port))
        .arg("--only-categories=performance")
        .arg("--throttling-method=devtools")
        .arg("--output=json")
        .arg(format!("--output-path={}", report_path.display()))
        .arg("--quiet")
        .env("PATH", common::tool_path()?)
        .env("CHROME_PATH", setup::CHROMIUM)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map_err(|error| {
            Failure::new(format!(
                "could not start Lighthouse ({}): {error}; delete {} and run again to reinstall it",
                lighthouse.display(),
                lighthouse_dir()
                    .map(|dir| dir.display().to_string())
                    .unwrap_or_default()
            ))
        })?;
    let mut lighthouse_run = Guarded(child);
    let status = lighthouse_run.wait_at_most(RUN_TIMEOUT)?;
    drop(lighthouse_run);
    drop(browser);
    if !status.is_some_and(|status| status.success()) {
        let log_text = std::fs::read_to_string(&log_path).unwrap_or_default();
        let verdict = match status {
            None => format!("did not finish within {} s", RUN_TIMEOUT.as_secs()),
            Some(status) => format!("failed ({status})"),
        };
        return Err(Failure::new(format!(
            "Lighthouse {verdict}; its last messages:\n{}\n(the whole log is {})",
            last_lines(&log_text, 15),
            log_path.display()
        )));
    }
    let text = common::read_text(report_path, "Lighthouse wrote no report; run again")?;
    let report = Json::parse(&text).map_err(|problem| {
        Failure::new(format!(
            "{} is not valid JSON ({problem}); run again",
            report_path.display()
        ))
    })?;
    figures(&report).map_err(|problem| {
        Failure::new(format!(
            "{problem} (report {}); check that `cargo xtask serve` shows the app",
            report_path.display()
        ))
    })
}

/// The figures of [`METRICS`] in one report, or what went wrong in that run.
fn figures(report: &Json) -> std::result::Result<Vec<f64>, String> {
    if let Some(error) = report.get("runtimeError") {
        let code = error.get("code").and_then(Json::as_str).unwrap_or("?");
        let message = error.get("message").and_then(Json::as_str).unwrap_or("");
        return Err(format!(
            "Lighthouse could not measure the page: {code}: {message}"
        ));
    }
    METRICS
        .iter()
        .map(|metric| {
            report
                .at(metric.path)
                .and_then(Json::as_f64)
                .map(|value| value * metric.scale)
                .ok_or_else(|| {
                    let audit = metric.path.get(1).copied().unwrap_or_default();
                    let why = report
                        .at(&["audits", audit, "errorMessage"])
                        .and_then(Json::as_str)
                        .unwrap_or("no value in the report");
                    format!("Lighthouse has no {}: {why}", metric.label)
                })
        })
        .collect()
}

/// The median of `values` (the mean of the middle two for an even count); `None` when empty.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        count if count % 2 == 1 => sorted.get(middle).copied(),
        _ => Some((sorted[middle - 1] + sorted[middle]) / 2.0),
    }
}

/// Formats a figure in its unit, e.g. `0.84 s`, `30 ms`, `0.002`, `97`.
fn format_value(unit: Unit, value: f64) -> String {
    match unit {
        Unit::Seconds => format!("{:.2} s", value / 1000.0),
        Unit::Milliseconds => format!("{value:.0} ms"),
        Unit::Score3 => format!("{value:.3}"),
        Unit::Points => format!("{value:.0}"),
    }
}

/// One line of the summary: label, median, min, max, target and whether the median meets it.
fn summary_line(metric: &Metric, values: &[f64]) -> String {
    let show = |value: Option<f64>| {
        value
            .map(|value| format_value(metric.unit, value))
            .unwrap_or_else(|| "-".to_string())
    };
    let median = median(values);
    let min = values.iter().copied().reduce(f64::min);
    let max = values.iter().copied().reduce(f64::max);
    let (target, verdict) = match (metric.target, median) {
        (None, _) => ("-".to_string(), "(no target)"),
        (Some((better, limit, target)), median) => {
            let met = median.is_some_and(|median| match better {
                Better::Lower => median <= limit,
                Better::Higher => median >= limit,
            });
            (target.to_string(), if met { "met" } else { "not met" })
        }
    };
    format!(
        "{:<26} {:>9} {:>9} {:>9}   {:<9} {verdict}",
        metric.label,
        show(median),
        show(min),
        show(max),
        target
    )
}

fn last_lines(text: &str, count: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(count)..].join("\n")
}

/// The cache folder Lighthouse is installed into.
fn lighthouse_dir() -> Result<PathBuf> {
    Ok(common::cache_dir()?.join(format!("lighthouse-{LIGHTHOUSE_VERSION}")))
}

/// Installs Lighthouse into the cache folder unless that version is already there; returns its launcher.
fn ensure_lighthouse() -> Result<PathBuf> {
    let dir = lighthouse_dir()?;
    let launcher = dir.join("node_modules").join(".bin").join("lighthouse");
    let present = || {
        common::tool_path().is_ok_and(|path| {
            common::probe(Command::new(&launcher).arg("--version").env("PATH", path))
                .is_some_and(|output| output.trim() == LIGHTHOUSE_VERSION)
        })
    };
    if present() {
        return Ok(launcher);
    }
    println!(
        "lighthouse {LIGHTHOUSE_VERSION}: installing from npm into {}",
        dir.display()
    );
    common::npm_install_into(&dir, &format!("lighthouse@{LIGHTHOUSE_VERSION}"))?;
    if present() {
        Ok(launcher)
    } else {
        Err(Failure::new(format!(
            "lighthouse@{LIGHTHOUSE_VERSION} was installed but `{} --version` does not report it; \
             delete {} and run again",
            launcher.display(),
            dir.display()
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_is_the_middle_value_or_the_mean_of_the_middle_two() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[900.0, 700.0, 1200.0, 800.0, 1000.0]), Some(900.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn the_per_run_line_reads_the_right_figures() {
        assert_eq!(METRICS[LCP].label, "Largest Contentful Paint");
        assert_eq!(METRICS[SCORE].label, "Performance score");
    }

    #[test]
    fn summary_lines_show_the_median_range_target_and_verdict() {
        let fcp = &METRICS[0];
        let line = summary_line(fcp, &[900.0, 1100.0, 950.0]);
        assert!(line.starts_with("First Contentful Paint"), "{line}");
        assert!(line.contains("0.95 s") && line.contains("0.90 s") && line.contains("1.10 s"));
        assert!(line.contains("≤ 1.0 s") && line.ends_with(" met"), "{line}");

        let tbt = &METRICS[2];
        assert!(summary_line(tbt, &[60.0, 70.0, 10.0]).ends_with("not met"));
        let cls = &METRICS[3];
        let line = summary_line(cls, &[0.0, 0.0, 0.0]);
        assert!(line.contains("≤ 0.02 ") && line.ends_with(" met"), "{line}");
        let score = &METRICS[5];
        let line = summary_line(score, &[95.0, 99.0, 90.0]);
        assert!(line.contains("≥ 95") && line.ends_with(" met"), "{line}");
        let speed_index = &METRICS[4];
        assert!(summary_line(speed_index, &[1500.0]).ends_with("(no target)"));
    }

    #[test]
    fn figures_come_from_the_report_or_name_what_is_missing() {
        let report = Json::parse(
            r#"{"audits": {
                "first-contentful-paint": {"numericValue": 812.5},
                "largest-contentful-paint": {"numericValue": 1650},
                "total-blocking-time": {"numericValue": 20},
                "cumulative-layout-shift": {"numericValue": 0.001},
                "speed-index": {"numericValue": 1400}},
              "categories": {"performance": {"score": 0.98}}}"#,
        )
        .unwrap();
        assert_eq!(
            figures(&report).unwrap(),
            vec![812.5, 1650.0, 20.0, 0.001, 1400.0, 98.0]
        );

        let no_lcp = Json::parse(
            r#"{"audits": {"first-contentful-paint": {"numericValue": 812.5},
                "largest-contentful-paint": {"numericValue": null, "errorMessage": "NO_LCP"}},
              "categories": {"performance": {"score": null}}}"#,
        )
        .unwrap();
        let error = figures(&no_lcp).unwrap_err();
        assert!(
            error.contains("Largest Contentful Paint: NO_LCP"),
            "{error}"
        );

        let failed = Json::parse(
            r#"{"runtimeError": {"code": "FAILED_DOCUMENT_REQUEST", "message": "no answer"}}"#,
        )
        .unwrap();
        assert!(
            figures(&failed)
                .unwrap_err()
                .contains("FAILED_DOCUMENT_REQUEST")
        );
    }
}
