//! The three commands: validate, import and build.

use crate::Options;
use crate::inputs::{self, Format};
use crate::report::{self, Tally};
use learnlocal_core::time::DateTime;
use learnlocal_core::{Catalogue, Loaded, Place, Problem, read_catalogue};
use learnlocal_import::table;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

const DEFAULT_SOURCES: &str = "data/sources";
const DEFAULT_CATALOGUE: &str = "data/catalogue.json";

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
                    report::print_problems(path, &loaded.problems)
                }
            }
        } else {
            let ctx = inputs::context_from(&base, &path.display().to_string());
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
    let ctx = inputs::context_from(&base, &input.display().to_string());
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
        let ctx = inputs::context_from(&catalogue, &extra.display().to_string());
        let import = inputs::import(extra, format, options.map.as_deref(), &ctx)?;
        tally.add(report::print_import(extra, &import));
        catalogue = catalogue.merge(import.venues, import.opportunities);
    }
    let checked = recheck(&catalogue, None)?;
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| DEFAULT_CATALOGUE.into());
    tally.add(report::print_problems(&out, &checked.problems));
    let bytes = write_catalogue(&out, &checked.catalogue)?;
    print_size(&out, &bytes, checked.catalogue.opportunities.len());
    report::print_tally(tally);
    Ok(tally.errors == 0)
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

fn print_size(path: &Path, bytes: &[u8], opportunities: usize) {
    let mut compressed = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut compressed, 4096, 11, 22);
        let _ = writer.write_all(bytes);
    }
    let per = |n: usize| n as f64 / opportunities.max(1) as f64;
    println!(
        "{}: {opportunities} opportunities; {} bytes raw, {} bytes brotli; {:.0} bytes raw and {:.0} brotli per opportunity",
        path.display(),
        bytes.len(),
        compressed.len(),
        per(bytes.len()),
        per(compressed.len()),
    );
}

/// `--now`, or the clock read in the catalogue's time zone.
fn now(options: &Options, catalogue: &Catalogue) -> Result<DateTime, String> {
    if let Some(text) = &options.now {
        return DateTime::parse(text).map_err(|e| format!("--now: {e}"));
    }
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let zone = &catalogue.time_zone.rule;
    Ok(zone.to_local(seconds))
}
