//! `merge A.json B.json … --out NATIONAL.json`: several catalogues (cities')
//! combined into one (national), which `shard` then splits for publishing.
//!
//! The IO shell only: the core's `merge` finds duplicate venues and providers
//! and clashing ids; this reads the files with the app's reader, prints every
//! note with its file name in front (as `validate` does), writes the result
//! and checks it as the app will read it.

use crate::Options;
use crate::report::{self, Tally};
use learnlocal_core::merge::{Options as MergeOptions, Source, merge as merge_catalogues};
use learnlocal_core::read_catalogue;
use learnlocal_core::shard::is_index;
use std::path::PathBuf;

/// `merge FILE… --out FILE [--name NAME] [--centre-label TEXT]`: `Ok(false)`
/// when the merge is refused (another time zone) or a file cannot be read;
/// the notes about duplicates are warnings and the merge is written.
pub fn merge(options: &Options) -> Result<bool, String> {
    if options.inputs.len() < 2 {
        return Err("merge needs at least two catalogues".to_owned());
    }
    let out = options
        .out
        .clone()
        .ok_or("merge needs --out FILE for the merged catalogue")?;
    let mut sources = Vec::with_capacity(options.inputs.len());
    let mut tally = Tally::default();
    for path in &options.inputs {
        let text = crate::inputs::read_text(path)?;
        if is_index(text.as_bytes()) {
            return Err(format!(
                "{}: is a shard index: merge the whole catalogues it was split from",
                path.display()
            ));
        }
        let loaded = read_catalogue(&text, None).map_err(|e| format!("{}: {e}", path.display()))?;
        let left_out = loaded.problems.iter().filter(|p| p.is_error()).count();
        if left_out > 0 {
            println!(
                "{}: {} left out by the app's reader (see `cargo data validate`)",
                path.display(),
                report::plural(left_out, "record", "records")
            );
        }
        sources.push(Source {
            file: path.display().to_string(),
            catalogue: loaded.catalogue,
        });
    }
    let counts: Vec<(usize, usize)> = sources
        .iter()
        .map(|s| (s.catalogue.venues.len(), s.catalogue.opportunities.len()))
        .collect();
    let chosen = MergeOptions {
        name: options.name.clone(),
        centre_label: options.centre_label.clone(),
    };
    let file = |at: usize| -> PathBuf { options.inputs.get(at).cloned().unwrap_or_default() };
    let merged = match merge_catalogues(sources, &chosen) {
        Ok(merged) => merged,
        Err(refused) => {
            for note in &refused {
                tally.add(report::print_problems(
                    &file(note.file),
                    std::slice::from_ref(&note.problem),
                ));
            }
            println!("merge refused: nothing written");
            report::print_tally(tally);
            return Ok(false);
        }
    };
    for note in &merged.notes {
        tally.add(report::print_problems(
            &file(note.file),
            std::slice::from_ref(&note.problem),
        ));
    }
    let catalogue = &merged.catalogue;
    let mut bytes = serde_json::to_vec(catalogue).map_err(|e| e.to_string())?;
    bytes.push(b'\n');
    // The app's reader on the written text: what the app will load.
    let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
    let checked = read_catalogue(&text, None).map_err(|e| format!("{}: {e}", out.display()))?;
    let errors: Vec<_> = checked
        .problems
        .into_iter()
        .filter(|p| p.is_error())
        .collect();
    std::fs::write(&out, &text)
        .map_err(|e| format!("{}: cannot be written: {e}", out.display()))?;
    let venues_in: usize = counts.iter().map(|c| c.0).sum();
    let opportunities_in: usize = counts.iter().map(|c| c.1).sum();
    println!(
        "{}: {} catalogues merged: {} ({} in), {} ({} merged as duplicates), {} providers",
        out.display(),
        counts.len(),
        report::plural(
            catalogue.opportunities.len(),
            "opportunity",
            "opportunities"
        ),
        opportunities_in,
        report::plural(catalogue.venues.len(), "venue", "venues"),
        venues_in - catalogue.venues.len(),
        providers(catalogue),
    );
    tally.add(report::print_problems(&out, &errors));
    report::print_tally(tally);
    Ok(errors.is_empty())
}

/// How many distinct providers the catalogue's opportunities name.
fn providers(catalogue: &learnlocal_core::Catalogue) -> usize {
    let mut names: Vec<&str> = catalogue
        .opportunities
        .iter()
        .filter_map(|o| o.provider.as_deref().map(|p| p.name.as_str()))
        .collect();
    names.sort_unstable();
    names.dedup();
    names.len()
}
