//! The four commands: validate, import, build and generate.

use crate::Options;
use crate::inputs::{self, Format};
use crate::report::{self, Tally};
use crate::synthetic::{self, Area};
use learnlocal_core::time::{Date, DateTime, Time};
use learnlocal_core::{Catalogue, Loaded, Place, Problem, read_catalogue};
use learnlocal_import::{ImportContext, table};
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

const DEFAULT_SOURCES: &str = "data/sources";
pub const DEFAULT_CATALOGUE: &str = "data/catalogue.json";

/// `validate FILE...`: every problem of every file; `Ok(false)` when any is an error.
pub fn validate(options: &Options) -> Result<bool, String> {
    if options.inputs.is_empty() {
        return Err("validate needs at least one file".to_owned());
    }
    let base = base_catalogue(options)?;
    let mut total = Tally::default();
    for path in &options.inputs {
        let format = inputs::detect(path, options.format.as_deref(), options.map.is_some())?;
        let tally = if format == Format::Catalogue {
            let text = inputs::read_text(path)?;
            match read_catalogue(&text, None) {
                Err(e) => {
                    println!("{}: error: {e}", path.display());
                    Tally {
                        errors: 1,
                        warnings: 0,
                    }
                }
                Ok(loaded) => {
                    let now = now(options, &loaded.catalogue)?;
                    let loaded = read_catalogue(&text, Some(now)).map_err(|e| e.to_string())?;
                    let mut tally = report::print_problems(path, &loaded.problems);
                    let schema = crate::schema::problems(&text, &loaded.problems)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    tally.add(report::print_problems(path, &schema));
                    tally
                }
            }
        } else {
            let ctx = ImportContext::from_catalogue(&base, &path.display().to_string());
            let import = inputs::import(path, format, options.map.as_deref(), &ctx)?;
            let mut tally = report::print_import(path, &import);
            // Records that read well can still be wrong as records (a venue that is
            // not in the catalogue, a bad link): check them as the app would, and
            // report what concerns this file's records only.
            let ids: HashSet<String> = import
                .venues
                .iter()
                .map(|v| v.id.clone())
                .chain(import.opportunities.iter().map(|o| o.id.clone()))
                .collect();
            let merged = base.clone().merge(import.venues, import.opportunities);
            let checked = recheck(&merged, Some(now(options, &merged)?))?;
            let own: Vec<Problem> = checked
                .problems
                .into_iter()
                .filter(|p| match &p.place {
                    Place::Venue { id: Some(id), .. } | Place::Opportunity { id: Some(id), .. } => {
                        ids.contains(id)
                    }
                    _ => false,
                })
                .collect();
            tally.add(report::print_problems(path, &own));
            tally
        };
        total.add(tally);
    }
    report::print_tally(total);
    Ok(total.errors == 0)
}

/// `import INPUT`: read another format and merge it into a catalogue.
pub fn import(options: &Options) -> Result<bool, String> {
    let [input] = options.inputs.as_slice() else {
        return Err("import takes exactly one input file or folder".to_owned());
    };
    let into = options
        .into
        .clone()
        .unwrap_or_else(|| DEFAULT_CATALOGUE.into());
    let base = read_catalogue_file(&into)?;
    let format = inputs::detect(input, options.format.as_deref(), options.map.is_some())?;
    let ctx = ImportContext::from_catalogue(&base, &input.display().to_string());
    let import = inputs::import(input, format, options.map.as_deref(), &ctx)?;
    let mut tally = report::print_import(input, &import);
    let merged = base.merge(import.venues, import.opportunities);
    let checked = recheck(&merged, None)?;
    tally.add(report::print_problems(&into, &checked.problems));
    let out = options.out.clone().unwrap_or(into);
    write_catalogue(&out, &checked.catalogue)?;
    report::print_tally(tally);
    Ok(tally.errors == 0)
}

/// `build`: the catalogue from the source spreadsheets and any extra inputs.
pub fn build(options: &Options) -> Result<bool, String> {
    let sources = options
        .sources
        .clone()
        .unwrap_or_else(|| DEFAULT_SOURCES.into());
    let (built, mut tally) = load_sources(&sources)?;
    let mut catalogue = built.catalogue;
    for extra in &options.extra {
        let format = inputs::detect(extra, options.format.as_deref(), options.map.is_some())?;
        let ctx = ImportContext::from_catalogue(&catalogue, &extra.display().to_string());
        let import = inputs::import(extra, format, options.map.as_deref(), &ctx)?;
        tally.add(report::print_import(extra, &import));
        catalogue = catalogue.merge(import.venues, import.opportunities);
    }
    // What the settings leave to the venues, now that every venue is in.
    let filled = learnlocal_import::area::fill_in(&mut catalogue, &built.settings);
    tally.add(report::print_problems(
        &sources.join("catalogue.csv"),
        &filled,
    ));
    let checked = recheck(&catalogue, None)?;
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| DEFAULT_CATALOGUE.into());
    tally.add(report::print_problems(&out, &checked.problems));
    let bytes = write_catalogue(&out, &checked.catalogue)?;
    let opportunities = checked.catalogue.opportunities.len();
    println!(
        "{}: {opportunities} opportunities; {}",
        out.display(),
        size_summary(&bytes, opportunities, BROTLI_BEST)
    );
    report::print_tally(tally);
    Ok(tally.errors == 0)
}

/// The day synthetic dates count from when `--today` is not given: fixed, so
/// that the output does not depend on the clock.
const SYNTHETIC_TODAY: &str = "2026-09-01";

/// `generate`: a synthetic catalogue of `--size` opportunities, checked by the
/// app's reader against `--today` like any catalogue the tool writes.
pub fn generate(options: &Options) -> Result<bool, String> {
    let started = Instant::now();
    let (settings, quality) = synthetic_settings(options)?;
    let now = DateTime::new(settings.today, Time::MIDNIGHT);
    // As `recheck`, but the generated catalogue is dropped before the reader
    // runs: at a million records, each copy is gigabytes.
    let text = serde_json::to_string(&synthetic::generate(&settings)).map_err(|e| e.to_string())?;
    let checked = read_catalogue(&text, Some(now)).map_err(|e| e.to_string())?;
    drop(text);
    let out = options.out.clone().unwrap_or_else(|| {
        let area = options.area.as_deref().unwrap_or("city");
        let (size, seed) = (settings.size, settings.seed);
        PathBuf::from(format!("target/synthetic/{area}-{size}-seed{seed}.json"))
    });
    let to_stdout = out.as_os_str() == "-";
    let (bytes, shown) = if to_stdout {
        let mut bytes = serde_json::to_vec(&checked.catalogue).map_err(|e| e.to_string())?;
        bytes.push(b'\n');
        std::io::stdout()
            .write_all(&bytes)
            .map_err(|e| format!("standard output: {e}"))?;
        (bytes, PathBuf::from("standard output"))
    } else {
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{}: cannot be created: {e}", dir.display()))?;
        }
        (write_catalogue(&out, &checked.catalogue)?, out)
    };
    let c = &checked.catalogue;
    let mut lines = vec![format!(
        "{}: {}, {}, {}; {}; made, checked and written in {:.1} s",
        shown.display(),
        report::plural(c.opportunities.len(), "opportunity", "opportunities"),
        report::plural(c.venues.len(), "venue", "venues"),
        report::plural(c.neighbourhoods.len(), "neighbourhood", "neighbourhoods"),
        size_summary(&bytes, c.opportunities.len(), quality),
        started.elapsed().as_secs_f64(),
    )];
    let tally = Tally {
        errors: checked.problems.iter().filter(|p| p.is_error()).count(),
        warnings: checked.problems.iter().filter(|p| !p.is_error()).count(),
    };
    lines.extend(
        checked
            .problems
            .iter()
            .map(|p| format!("{}: {p}", shown.display())),
    );
    lines.push(report::tally_line(tally));
    // Standard output holds the catalogue when `--out -`: the report goes to
    // standard error then.
    for line in lines {
        if to_stdout {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    }
    Ok(tally.errors == 0)
}

/// The generator's settings and the brotli quality, from the command line.
pub fn synthetic_settings(options: &Options) -> Result<(synthetic::Settings, u32), String> {
    let size: usize = options
        .size
        .as_deref()
        .ok_or("generate needs --size N")?
        .parse()
        .map_err(|_| "--size: give a whole number of opportunities, such as 10000")?;
    let seed: u64 = options
        .seed
        .as_deref()
        .unwrap_or("1")
        .parse()
        .map_err(|_| "--seed: give a whole number, such as 7")?;
    let area = match options.area.as_deref().unwrap_or("city") {
        "city" => Area::City,
        "country" => Area::Country,
        other => {
            return Err(format!(
                "--area: `{other}` is not an area: use city or country"
            ));
        }
    };
    let quality: u32 = match options.brotli_quality.as_deref() {
        None => BROTLI_BEST,
        Some(text) => text
            .parse()
            .ok()
            .filter(|q| *q <= BROTLI_BEST)
            .ok_or("--brotli-quality: give a whole number from 0 to 11")?,
    };
    let today = Date::parse(options.today.as_deref().unwrap_or(SYNTHETIC_TODAY))
        .map_err(|e| format!("--today: {e}"))?;
    let sources = options
        .sources
        .clone()
        .unwrap_or_else(|| DEFAULT_SOURCES.into());
    let skills_file = sources.join("skills.csv");
    let (skills, problems) = table::read_skills(&inputs::read_text(&skills_file)?);
    // The taxonomy is the generator's input: it must be clean, or the
    // catalogue would not be the one asked for.
    if !problems.is_empty() {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| format!("{}: {p}", skills_file.display()))
            .collect();
        return Err(lines.join("\n"));
    }
    let settings = synthetic::Settings {
        size,
        seed,
        area,
        today,
        skills,
    };
    Ok((settings, quality))
}

/// The catalogue built from a sources folder, with its problems printed.
fn load_sources(dir: &Path) -> Result<(table::Built, Tally), String> {
    let built = build_sources(dir)?;
    let mut tally = Tally::default();
    for file in &built.files {
        tally.add(report::print_problems(&dir.join(file.file), &file.problems));
    }
    let c = &built.catalogue;
    println!(
        "{}: read {} skills, {} neighbourhoods, {} venues, {} opportunities",
        dir.display(),
        c.skills.len(),
        c.neighbourhoods.len(),
        c.venues.len(),
        c.opportunities.len()
    );
    Ok((built, tally))
}

/// Reads the five source files of a folder and builds the catalogue from them.
fn build_sources(dir: &Path) -> Result<table::Built, String> {
    let mut texts = Vec::with_capacity(table::SOURCE_FILES.len());
    for name in table::SOURCE_FILES {
        texts.push(inputs::read_text(&dir.join(name))?);
    }
    let [settings, skills, neighbourhoods, venues, opportunities] = texts.as_slice() else {
        unreachable!("SOURCE_FILES has five names");
    };
    Ok(table::build_catalogue(
        settings,
        skills,
        neighbourhoods,
        venues,
        opportunities,
    ))
}

/// The catalogue to import into, for its taxonomy, gazetteer, zone and currency:
/// the sources folder if there is one, else the app's catalogue, else an empty one.
fn base_catalogue(options: &Options) -> Result<Catalogue, String> {
    let sources = options
        .sources
        .clone()
        .unwrap_or_else(|| DEFAULT_SOURCES.into());
    if sources.join("opportunities.csv").is_file() {
        return Ok(build_sources(&sources)?.catalogue);
    }
    let path = PathBuf::from(DEFAULT_CATALOGUE);
    if path.is_file() {
        read_catalogue_file(&path)
    } else {
        Ok(Catalogue::default())
    }
}

fn read_catalogue_file(path: &Path) -> Result<Catalogue, String> {
    let text = inputs::read_text(path)?;
    read_catalogue(&text, None)
        .map(|loaded| loaded.catalogue)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs the catalogue through the app's own reader, so the file written is
/// exactly what the app will show, and its problems are the app's.
fn recheck(catalogue: &Catalogue, now: Option<DateTime>) -> Result<Loaded, String> {
    let text = serde_json::to_string(catalogue).map_err(|e| e.to_string())?;
    read_catalogue(&text, now).map_err(|e| e.to_string())
}

fn write_catalogue(path: &Path, catalogue: &Catalogue) -> Result<Vec<u8>, String> {
    let mut bytes = serde_json::to_vec(catalogue).map_err(|e| e.to_string())?;
    bytes.push(b'\n');
    std::fs::write(path, &bytes)
        .map_err(|e| format!("{}: cannot be written: {e}", path.display()))?;
    Ok(bytes)
}

/// Brotli's best quality, which a static server's precompressed files use.
const BROTLI_BEST: u32 = 11;

/// "N bytes raw, M bytes brotli; …per opportunity", brotli at `quality`.
fn size_summary(bytes: &[u8], opportunities: usize, quality: u32) -> String {
    let mut compressed = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut compressed, 4096, quality, 22);
        let _ = writer.write_all(bytes);
    }
    let per = |n: usize| n as f64 / opportunities.max(1) as f64;
    format!(
        "{} bytes raw, {} bytes brotli; {:.0} bytes raw and {:.0} brotli per opportunity",
        bytes.len(),
        compressed.len(),
        per(bytes.len()),
        per(compressed.len()),
    )
}

/// `--now`, or the clock read in the catalogue's time zone.
pub fn now(options: &Options, catalogue: &Catalogue) -> Result<DateTime, String> {
    if let Some(text) = &options.now {
        return DateTime::parse(text).map_err(|e| format!("--now: {e}"));
    }
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let zone = &catalogue.time_zone.rule;
    Ok(zone.to_local(seconds))
}
