//! LearnLocal's project tasks, run as `cargo xtask <task>` (an alias in `.cargo/config.toml`).
//!
//! Keeping setup, build, serve and test in Rust means the one entry point works the
//! same on a developer's machine and in CI (`.ci/run` calls `cargo xtask test`), and
//! needs nothing but Cargo to start. Run `cargo xtask help` for the list of tasks.

mod base;
mod bench;
mod build;
mod chromium;
mod common;
mod csp;
mod deps;
mod fingerprint;
mod floor;
mod json;
mod lighthouse;
mod locales;
mod publish;
mod serve;
mod setup;
mod shell;
mod size;
mod split;
mod styles;
mod sw;
mod testsuite;
mod wasm_contributors;

use std::process::ExitCode;

use common::{Failure, Result};

const USAGE: &str = "\
Usage: cargo xtask <task> [options]

Tasks:
  setup               install the build tools that are missing (wasm target, trunk,
                      wasm-bindgen-cli, binaryen's wasm-opt)
  build [--force] [--base PATH] [--dist DIR]
                      setup, then the release build into dist/ (skipped when dist/ is
                      up to date; --force always rebuilds); --base builds for a site
                      published under PATH, such as /learning/ (default /); --dist
                      writes it into DIR instead
  serve [--port N] [--catalogue FILE] [--base PATH]
                      build, then serve dist/ on http://127.0.0.1:N (default 8080);
                      --catalogue serves FILE as the app's catalogue instead;
                      --base builds for PATH (such as /learning/, into
                      target/dist-learning) and serves the site there
  test                every check: fmt, clippy, unit tests, release build, size report,
                      browser tests
  size [--why] [--floor]
                      bundle-size report of dist/ against the 150 KB brotli budget
                      (aim 120 KB), failing above the budget; --why also lists
                      the largest items and crates of the wasm (installs twiggy);
                      --floor also builds and measures the framework alone
                      (benches/leptos-floor)
  lighthouse [--runs N]
                      build, serve dist/ with brotli and run Lighthouse N times
                      (default 5; mobile, devtools throttling): medians against targets
  bench-browser [--sizes N,N] [--rates N,N]
                      the core (as wasm) beside itemsjs and MiniSearch in headless
                      Chromium: filters with option counts, text search, index
                      builds; catalogues of 1,000, 10,000 and 100,000 opportunities
                      at 1x and 4x CPU slowdown by default
  bench-app [--rates N,N]
                      build, then time the app on a 360x780 page: first results,
                      each key typed, wasm memory per opportunity; 10,000 synthetic
                      and the demo catalogue, at 4x and 1x CPU slowdown by default
  bench-shards [--sizes N,N] [--rates N,N]
                      build, then time a 5 km search's first results on a 360x780
                      page with slow 4G and a slowed CPU: synthetic countries of
                      100,000 and 1,000,000 as area shards, and 100,000 as one file
  locales             checks the interface's message files (locales/*.ftl): every
                      message there, used by the app, with its language's plurals
  post-build          trunk's post_build hook: writes the Content-Security-Policy
  help                this text";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("error: {failure}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the task named by the first argument.
fn run(args: &[String]) -> Result {
    let root = common::workspace_root();
    let (task, options) = match args.split_first() {
        Some((task, options)) => (task.as_str(), options),
        None => ("help", &[][..]),
    };
    match task {
        "setup" => {
            no_options(task, options)?;
            setup::ensure_all(&root)
        }
        "build" => {
            let (force, target) = parse_build_options(&root, options)?;
            setup::ensure_all(&root)?;
            build::release_to(&root, force, &target)
        }
        "serve" => {
            let chosen = parse_serve_options(options)?;
            setup::ensure_all(&root)?;
            let target = build::Target::for_base(&root, &chosen.base);
            build::release_to(&root, false, &target)?;
            let dist = root.join(&target.dist);
            match &chosen.catalogue {
                None => serve::serve(&dist, chosen.port, &chosen.base),
                Some(catalogue) => {
                    let staged = common::target_dir(&root).join("serve-catalogue");
                    shell::stage_with_catalogue(&dist, catalogue, &staged)?;
                    serve::serve(&staged, chosen.port, &chosen.base)
                }
            }
        }
        "test" => {
            no_options(task, options)?;
            testsuite::run_all(&root)
        }
        "size" => {
            let size_options = parse_size_options(options)?;
            let shell = size::report(&root, &build::dist_dir(&root))?;
            if size_options.why {
                wasm_contributors::report(&root, shell.wasm_raw)?;
            } else {
                println!("Where the wasm's bytes go: `cargo xtask size --why`");
            }
            if size_options.floor {
                floor::report(&root, shell.total_brotli)?;
            } else {
                println!("What the framework alone weighs: `cargo xtask size --floor`");
            }
            size::check_budget(shell.total_brotli)
        }
        "lighthouse" => {
            let runs = parse_lighthouse_options(options)?;
            setup::ensure_all(&root)?;
            build::release(&root, false)?;
            lighthouse::run(&root, &build::dist_dir(&root), runs)
        }
        "bench-browser" => {
            let chosen = bench::parse_options(
                task,
                options,
                Some(bench::peers::DEFAULT_SIZES),
                bench::peers::DEFAULT_RATES,
            )?;
            bench::peers::run(&root, &chosen.sizes, &chosen.rates)
        }
        "bench-app" => {
            let chosen = bench::parse_options(task, options, None, bench::app::DEFAULT_RATES)?;
            setup::ensure_all(&root)?;
            build::release(&root, false)?;
            bench::app::run(&root, &build::dist_dir(&root), &chosen.rates)
        }
        "bench-shards" => {
            let chosen = bench::parse_options(
                task,
                options,
                Some(bench::shards::DEFAULT_SIZES),
                bench::shards::DEFAULT_RATES,
            )?;
            setup::ensure_all(&root)?;
            build::release(&root, false)?;
            bench::shards::run(&root, &build::dist_dir(&root), &chosen.sizes, &chosen.rates)
        }
        "locales" => {
            no_options(task, options)?;
            locales::run(&root)
        }
        "post-build" => {
            no_options(task, options)?;
            csp::post_build()
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(Failure::new(format!(
            "unknown task `{other}`; run `cargo xtask help` for the list of tasks"
        ))),
    }
}

fn no_options(task: &str, options: &[String]) -> Result {
    match options.first() {
        None => Ok(()),
        Some(option) => Err(Failure::new(format!(
            "`{task}` takes no options, but got `{option}`; run `cargo xtask help` for usage"
        ))),
    }
}

/// Parses `build`'s options: `--force`, `--base PATH` and `--dist DIR`.
fn parse_build_options(
    root: &std::path::Path,
    options: &[String],
) -> Result<(bool, build::Target)> {
    let mut force = false;
    let mut target = build::Target::root(root);
    let mut reader = OptionReader::new("build", options);
    while let Some(option) = reader.next() {
        match option.name {
            "--force" if option.inline.is_none() => force = true,
            "--base" => {
                target.base = base::normalize(&reader.value(&option)?)
                    .map_err(|problem| Failure::new(format!("`build --base`: {problem}")))?;
            }
            "--dist" => target.dist = reader.value(&option)?.into(),
            _ => {
                return Err(Failure::new(format!(
                    "`build` accepts `--force`, `--base PATH` and `--dist DIR`, but got `{}`; \
                     run `cargo xtask help` for usage",
                    option.whole
                )));
            }
        }
    }
    Ok((force, target))
}

/// `size`'s options.
#[derive(Debug, Default, PartialEq, Eq)]
struct SizeOptions {
    /// Also list where the wasm's bytes go.
    why: bool,
    /// Also build and measure the framework alone (`benches/leptos-floor`).
    floor: bool,
}

/// Parses `size`'s options: `--why`, and `--check`, which older notes give and which
/// changes nothing now that `size` always fails above the budget.
fn parse_size_options(options: &[String]) -> Result<SizeOptions> {
    let mut parsed = SizeOptions::default();
    for option in options {
        match option.as_str() {
            "--check" => {}
            "--why" => parsed.why = true,
            "--floor" => parsed.floor = true,
            other => {
                return Err(Failure::new(format!(
                    "`size` accepts only `--check`, `--why` and `--floor`, but got `{other}`; \
                     run `cargo xtask help` for usage"
                )));
            }
        }
    }
    Ok(parsed)
}

/// Parses `lighthouse`'s options: `--runs N` or `--runs=N`.
fn parse_lighthouse_options(options: &[String]) -> Result<usize> {
    let Some(value) = single_value_option("lighthouse", "--runs", options)? else {
        return Ok(lighthouse::DEFAULT_RUNS);
    };
    match value.parse::<usize>() {
        Ok(runs) if (1..=lighthouse::MAX_RUNS).contains(&runs) => Ok(runs),
        _ => Err(Failure::new(format!(
            "`--runs {value}` is not a number of runs; give one from 1 to {}, e.g. `--runs 5`",
            lighthouse::MAX_RUNS
        ))),
    }
}

/// `serve`'s options.
#[derive(Debug, PartialEq)]
struct ServeOptions {
    /// The port to listen on.
    port: u16,
    /// A catalogue to serve in place of the built one.
    catalogue: Option<std::path::PathBuf>,
    /// The base path to build for and serve under: `/` or `/learning/`.
    base: String,
}

/// Parses `serve`'s options: `--port N`, `--catalogue FILE` and `--base PATH` (or
/// `--port=N`, …), in any order.
fn parse_serve_options(options: &[String]) -> Result<ServeOptions> {
    let mut chosen = ServeOptions {
        port: serve::DEFAULT_PORT,
        catalogue: None,
        base: "/".to_owned(),
    };
    let mut reader = OptionReader::new("serve", options);
    while let Some(option) = reader.next() {
        match option.name {
            "--port" => {
                let value = reader.value(&option)?;
                chosen.port = match value.parse::<u16>() {
                    Ok(port) if port != 0 => port,
                    _ => {
                        return Err(Failure::new(format!(
                            "`--port {value}` is not a port number; give one from 1 to 65535, e.g. `--port 8080`"
                        )));
                    }
                };
            }
            "--catalogue" => chosen.catalogue = Some(reader.value(&option)?.into()),
            "--base" => {
                chosen.base = base::normalize(&reader.value(&option)?)
                    .map_err(|problem| Failure::new(format!("`serve --base`: {problem}")))?;
            }
            _ => {
                return Err(Failure::new(format!(
                    "`serve` accepts only `--port N`, `--catalogue FILE` and `--base PATH`, but got `{}`; \
                     run `cargo xtask help` for usage",
                    option.whole
                )));
            }
        }
    }
    Ok(chosen)
}

/// One option as given: `--base /learning/` or `--base=/learning/`.
struct Given<'a> {
    /// The whole argument, for messages.
    whole: &'a str,
    /// The flag: `--base`.
    name: &'a str,
    /// The value after `=`, if it was given that way.
    inline: Option<&'a str>,
}

/// Reads a task's options one at a time, each `FLAG`, `FLAG VALUE` or `FLAG=VALUE`.
struct OptionReader<'a> {
    task: &'static str,
    rest: std::slice::Iter<'a, String>,
}

impl<'a> OptionReader<'a> {
    fn new(task: &'static str, options: &'a [String]) -> Self {
        OptionReader {
            task,
            rest: options.iter(),
        }
    }

    /// The next option, if any.
    fn next(&mut self) -> Option<Given<'a>> {
        let whole = self.rest.next()?.as_str();
        let (name, inline) = match whole.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (whole, None),
        };
        Some(Given {
            whole,
            name,
            inline,
        })
    }

    /// The value of `option`: after its `=`, else the next argument.
    fn value(&mut self, option: &Given) -> Result<String> {
        option
            .inline
            .or_else(|| self.rest.next().map(String::as_str))
            .map(str::to_owned)
            .ok_or_else(|| {
                Failure::new(format!(
                    "`{} {}` needs a value; run `cargo xtask help` for usage",
                    self.task, option.name
                ))
            })
    }
}

/// The value of a task's only option, `FLAG VALUE` or `FLAG=VALUE`; `None` when it is not given.
fn single_value_option<'a>(
    task: &str,
    flag: &str,
    options: &'a [String],
) -> Result<Option<&'a str>> {
    match options {
        [] => Ok(None),
        [given, value] if given == flag => Ok(Some(value.as_str())),
        [given] if given.starts_with(flag) && given[flag.len()..].starts_with('=') => {
            Ok(Some(&given[flag.len() + 1..]))
        }
        _ => Err(Failure::new(format!(
            "`{task}` accepts only `{flag} N`, but got `{}`; run `cargo xtask help` for usage",
            options.join(" ")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|arg| arg.to_string()).collect()
    }

    #[test]
    fn serve_port_options() {
        let port = |args: &[&str]| parse_serve_options(&strings(args)).map(|o| o.port);
        assert_eq!(port(&[]).unwrap(), 8080);
        assert_eq!(
            parse_serve_options(&strings(&[
                "--catalogue",
                "k/catalogue.json",
                "--port=9000"
            ]))
            .unwrap(),
            ServeOptions {
                port: 9000,
                catalogue: Some("k/catalogue.json".into()),
                base: "/".to_owned(),
            }
        );
        assert_eq!(
            parse_serve_options(&strings(&["--base", "council/learning"]))
                .unwrap()
                .base,
            "/council/learning/"
        );
        assert!(parse_serve_options(&strings(&["--base", "/../"])).is_err());
        assert!(parse_serve_options(&strings(&["--catalogue"])).is_err());
        assert_eq!(
            parse_serve_options(&strings(&["--port", "8099"]))
                .unwrap()
                .port,
            8099
        );
        assert_eq!(port(&["--port=3000"]).unwrap(), 3000);
        assert!(parse_serve_options(&strings(&["--port"])).is_err());
        assert!(parse_serve_options(&strings(&["--port", "0"])).is_err());
        assert!(parse_serve_options(&strings(&["--port", "http"])).is_err());
        assert!(parse_serve_options(&strings(&["--verbose"])).is_err());
    }

    #[test]
    fn build_options() {
        let root = std::path::Path::new("/repo");
        let (force, target) = parse_build_options(root, &[]).unwrap();
        assert!(!force);
        assert_eq!(target, build::Target::root(root));
        assert!(parse_build_options(root, &strings(&["--force"])).unwrap().0);
        assert!(parse_build_options(root, &strings(&["--release"])).is_err());
        let (force, target) =
            parse_build_options(root, &strings(&["--base", "learning", "--dist=out"])).unwrap();
        assert!(!force);
        assert_eq!(target.base, "/learning/");
        assert_eq!(target.dist, std::path::PathBuf::from("out"));
        assert!(parse_build_options(root, &strings(&["--base"])).is_err());
        let target = build::Target::for_base(root, "/council/learning/");
        assert!(target.dist.ends_with("dist-council-learning"), "{target:?}");
        assert_eq!(
            build::Target::for_base(root, "/"),
            build::Target::root(root)
        );
        let bad = parse_build_options(root, &strings(&["--base", "/a b/"])).unwrap_err();
        assert!(bad.to_string().contains("--base"), "{bad}");
    }

    #[test]
    fn size_options() {
        assert_eq!(parse_size_options(&[]).unwrap(), SizeOptions::default());
        assert_eq!(
            parse_size_options(&strings(&["--why", "--check"])).unwrap(),
            SizeOptions {
                why: true,
                floor: false
            }
        );
        assert_eq!(
            parse_size_options(&strings(&["--floor"])).unwrap(),
            SizeOptions {
                why: false,
                floor: true
            }
        );
        assert!(parse_size_options(&strings(&["--strict"])).is_err());
    }

    #[test]
    fn lighthouse_options() {
        assert_eq!(parse_lighthouse_options(&[]).unwrap(), 5);
        assert_eq!(
            parse_lighthouse_options(&strings(&["--runs", "3"])).unwrap(),
            3
        );
        assert_eq!(
            parse_lighthouse_options(&strings(&["--runs=1"])).unwrap(),
            1
        );
        assert!(parse_lighthouse_options(&strings(&["--runs", "0"])).is_err());
        assert!(parse_lighthouse_options(&strings(&["--runs", "many"])).is_err());
        assert!(parse_lighthouse_options(&strings(&["--desktop"])).is_err());
    }

    #[test]
    fn unknown_tasks_are_refused() {
        let error = run(&strings(&["deploy"])).unwrap_err().to_string();
        assert!(error.contains("unknown task `deploy`"), "{error}");
    }
}
