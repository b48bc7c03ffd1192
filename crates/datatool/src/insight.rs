//! `report`: where learning is missing, for coordinators. The figures are the
//! core's ([`learnlocal_core::insight`]), so the CSV written here is the one
//! the coordinators' page will write; this module only checks the options
//! strictly, reads the catalogue and the clock, and says the figures and the
//! gaps in plain English.

use crate::Options;
use crate::build::{DEFAULT_CATALOGUE, now};
use crate::inputs;
use crate::report::plural;
use learnlocal_core::catalogue::Catalogue;
use learnlocal_core::filter::{AccessNeed, WALK_METRES_PER_MINUTE, keys};
use learnlocal_core::insight::keys as insight_keys;
use learnlocal_core::insight::{
    GapKind, Insight, InsightSettings, MAX_WALK_MINUTES, Need, count_in_reach, to_csv,
};
use learnlocal_core::lang::is_iso_639_1;
use learnlocal_core::schedule::PartOfDay;
use learnlocal_core::search::SearchIndex;
use learnlocal_core::time::Weekday;
use learnlocal_core::{Token, read_catalogue};
use std::path::PathBuf;

/// `report [CATALOGUE]`: writes the CSV where `--csv` says (`-`: standard
/// output, the summary then going to standard error) and prints the summary.
pub fn report(options: &Options) -> Result<bool, String> {
    if options.inputs.len() > 1 {
        return Err("report reads one catalogue".to_owned());
    }
    let path = options
        .inputs
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_CATALOGUE));
    let text = inputs::read_text(&path)?;
    let loaded = read_catalogue(&text, None).map_err(|e| format!("{}: {e}", path.display()))?;
    let catalogue = &loaded.catalogue;
    let pairs = query_pairs(options, catalogue)?;
    let settings =
        InsightSettings::from_query(pairs.iter().map(|(k, v)| (*k, v.as_str())), catalogue);
    let now = now(options, catalogue)?;
    let index = SearchIndex::new(catalogue, now);
    let insight = count_in_reach(catalogue, &index, &settings);

    let mut summary = format!(
        "{}: as of {now}, {}\n",
        path.display(),
        plural(
            catalogue.opportunities.len(),
            "opportunity",
            "opportunities"
        )
    );
    let left_out = loaded.left_out();
    if left_out > 0 {
        summary.push_str(&format!(
            "({} left out as unreadable or wrong: `cargo data validate` names them)\n",
            plural(left_out, "record was", "records were")
        ));
    }
    summary.push('\n');
    summary.push_str(&describe(catalogue, &settings, &insight));
    match options.csv.as_deref() {
        None => print!("{summary}"),
        Some(out) if out.as_os_str() == "-" => {
            print!("{}", to_csv(catalogue, &insight));
            eprint!("{summary}");
        }
        Some(out) => {
            std::fs::write(out, to_csv(catalogue, &insight))
                .map_err(|e| format!("{}: cannot be written: {e}", out.display()))?;
            print!("{summary}");
            println!("\nThe figures are in {}.", out.display());
        }
    }
    Ok(true)
}

/// The options as the page's query pairs, each value checked first, so that
/// a mistyped word is an error naming its option rather than a filter
/// quietly left out.
fn query_pairs(
    options: &Options,
    catalogue: &Catalogue,
) -> Result<Vec<(&'static str, String)>, String> {
    let skill_ids: Vec<&str> = catalogue.skills.iter().map(|s| s.id.as_str()).collect();
    let is_skill = |w: &str| skill_ids.contains(&w);
    let mut pairs = Vec::new();
    let mut list = |option: &str,
                    key: &'static str,
                    values: &[String],
                    ok: &dyn Fn(&str) -> bool,
                    hint: String| {
        for value in values {
            for word in value.split(',').map(str::trim) {
                if !ok(word) {
                    return Err(format!("{option}: `{word}` is not {hint}"));
                }
            }
            pairs.push((key, value.clone()));
        }
        Ok(())
    };
    list(
        "--skill",
        keys::SKILL,
        &options.skill,
        &is_skill,
        format!("a skill of this catalogue: use {}", skill_ids.join(", ")),
    )?;
    list(
        "--access",
        keys::ACCESS,
        &options.access,
        &|w| AccessNeed::from_token(w).is_some(),
        format!("an access need: use {}", tokens(AccessNeed::ALL)),
    )?;
    list(
        "--day",
        keys::DAY,
        &options.day,
        &|w| Weekday::from_token(w).is_some(),
        format!("a day: use {}", tokens(<Weekday as Token>::ALL)),
    )?;
    list(
        "--time",
        keys::TIME,
        &options.time,
        &|w| PartOfDay::from_token(w).is_some(),
        format!("a part of the day: use {}", tokens(&PartOfDay::ALL)),
    )?;
    list(
        "--lang",
        keys::LANG,
        &options.lang,
        &is_iso_639_1,
        "a two-letter ISO 639-1 language code such as en, ga or pl".to_owned(),
    )?;
    list(
        "--matter",
        insight_keys::MATTER,
        &options.matter,
        &|w| is_skill(w) || Need::from_token(w).is_some(),
        format!(
            "a skill of this catalogue or a need ({})",
            tokens(&Need::ALL)
        ),
    )?;
    if options.free {
        pairs.push((keys::FREE, "yes".to_owned()));
    }
    if let Some(max) = &options.max {
        max.trim().parse::<u32>().map_err(|_| {
            format!("--max: `{max}` is not a whole number of the catalogue's currency")
        })?;
        pairs.push((keys::MAX, max.trim().to_owned()));
    }
    if let Some(walk) = &options.walk {
        walk.trim()
            .parse::<u32>()
            .ok()
            .filter(|&m| m <= MAX_WALK_MINUTES)
            .ok_or_else(|| {
                format!(
                    "--walk: `{walk}` is not a whole number of minutes from 0 to {MAX_WALK_MINUTES}"
                )
            })?;
        pairs.push((insight_keys::WALK, walk.trim().to_owned()));
    }
    Ok(pairs)
}

/// Every word of a token table: "a, b, c".
fn tokens<T: Token>(all: &[T]) -> String {
    all.iter().map(|t| t.token()).collect::<Vec<_>>().join(", ")
}

/// "12,345".
fn thousands(n: u64) -> String {
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

/// "within a 15-minute walk", or "in the neighbourhood" for no walk.
fn reach_words(walk_minutes: u32) -> String {
    if walk_minutes == 0 {
        "in the neighbourhood".to_owned()
    } else {
        format!("within a {walk_minutes}-minute walk")
    }
}

/// "a, b or c".
fn any_of(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// The plain-English summary: the settings, what is counted and what is not,
/// each neighbourhood's total, and the gaps largest first.
fn describe(catalogue: &Catalogue, settings: &InsightSettings, insight: &Insight) -> String {
    let walk = reach_words(insight.walk_minutes);
    let mut out = String::new();
    let query = settings.to_query();
    out.push_str(&format!(
        "Settings (as the page's query): {}.\n",
        if query.is_empty() { "none" } else { &query }
    ));
    let reach = if insight.walk_minutes == 0 {
        "at a venue in each neighbourhood (no walk from it is counted)".to_owned()
    } else {
        format!(
            "at a venue in each neighbourhood or within a {}-minute walk of its centre \
             ({} m at the finder's pace of {} m a minute)",
            insight.walk_minutes,
            thousands(settings.walk_m() as u64),
            WALK_METRES_PER_MINUTE
        )
    };
    out.push_str(&format!(
        "Counted: the opportunities that pass these settings and have not ended, {reach}. \
         An opportunity counts for every neighbourhood it is in reach of, and under each of its \
         skills, access features, times of day and languages.\n"
    ));
    out.push_str(&format!(
        "Online only: {}, counted apart: anyone can join them, so they are in no neighbourhood's \
         figures and close no gap.\n",
        plural(insight.online.total, "opportunity", "opportunities")
    ));
    out.push_str("Not counted:\n");
    out.push_str(&format!(
        "- {} whose schedule has ended;\n",
        plural(insight.ended, "opportunity", "opportunities")
    ));
    out.push_str(&format!(
        "- {} at venues in reach of no neighbourhood;\n",
        plural(insight.beyond_reach, "opportunity", "opportunities")
    ));
    out.push_str(
        "- anything the catalogue does not list: it is only as complete as its keepers made it.\n",
    );
    let v = &insight.verified;
    match (v.oldest, v.median, v.newest) {
        (Some(oldest), Some(median), Some(newest)) => out.push_str(&format!(
            "Last verified: the oldest {oldest}, the median {median}, the newest {newest} \
             ({} with a date, {} without).\n",
            v.dated, v.undated
        )),
        _ => out.push_str(&format!(
            "Last verified: no date given ({} counted).\n",
            v.undated
        )),
    }
    let estimates = insight
        .neighbourhoods
        .iter()
        .filter(|r| r.population.is_some() && r.population_estimate)
        .count();
    let unknown = insight
        .neighbourhoods
        .iter()
        .filter(|r| r.per_thousand(0).is_none())
        .count();
    out.push_str(&format!(
        "Per 1,000 residents: from the gazetteer's populations; {} the catalogue marks as \
         estimates; {} without a population.\n",
        plural(estimates, "neighbourhood", "neighbourhoods"),
        plural(unknown, "neighbourhood", "neighbourhoods")
    ));

    out.push_str(&format!("\nIn reach, {walk}:\n"));
    for reach in &insight.neighbourhoods {
        let Some(hood) = catalogue.neighbourhoods.get(reach.neighbourhood) else {
            continue;
        };
        let rate = match reach.per_thousand(reach.counts.total) {
            Some(rate) if reach.population_estimate => {
                format!(" ({rate} per 1,000 residents, an estimate)")
            }
            Some(rate) => format!(" ({rate} per 1,000 residents)"),
            None => String::new(),
        };
        out.push_str(&format!(
            "- {}: {}{rate}\n",
            hood.name,
            plural(reach.counts.total, "opportunity", "opportunities")
        ));
    }

    if insight.gaps.is_empty() {
        out.push_str("\nNo gaps: every neighbourhood has what matters within reach.\n");
    } else {
        out.push_str(&format!(
            "\n{}, largest first (most residents first):\n",
            plural(insight.gaps.len(), "gap", "gaps")
        ));
    }
    for gap in &insight.gaps {
        let Some(hood) = catalogue.neighbourhoods.get(gap.neighbourhood) else {
            continue;
        };
        let residents = match (hood.population, hood.population_estimate) {
            (Some(p), true) => format!(" (about {} residents)", thousands(u64::from(p))),
            (Some(p), false) => format!(" ({} residents)", thousands(u64::from(p))),
            (None, _) => String::new(),
        };
        out.push_str(&format!(
            "- {}{residents}: no {} {walk}\n",
            hood.name,
            what(catalogue, settings, &gap.kind)
        ));
    }
    out
}

/// What a gap lacks, with the filters: "free opportunity in Computers and
/// phones", "step-free opportunity", "opportunity in the evening".
fn what(catalogue: &Catalogue, settings: &InsightSettings, kind: &GapKind) -> String {
    let f = &settings.filters;
    let mut before = Vec::new();
    let mut after = Vec::new();
    if f.free || *kind == GapKind::Need(Need::Free) {
        before.push("free".to_owned());
    }
    if *kind == GapKind::Need(Need::StepFree) {
        before.push("step-free".to_owned());
    }
    let skills: Vec<String> = match kind {
        GapKind::Skill(id) => vec![catalogue.skill_label(id).to_owned()],
        _ => f
            .skills
            .iter()
            .map(|id| catalogue.skill_label(id).to_owned())
            .collect(),
    };
    if !skills.is_empty() {
        after.push(format!("in {}", any_of(&skills)));
    }
    if *kind == GapKind::Need(Need::Evening) {
        after.push("in the evening".to_owned());
    }
    let needs: Vec<String> = f
        .access
        .iter()
        .map(|n| n.token().replace('_', " "))
        .collect();
    if !needs.is_empty() {
        after.push(format!("with {}", needs.join(" and ")));
    }
    if !f.days.is_empty() {
        let days: Vec<String> = f.days.iter().map(|d| day_name(*d).to_owned()).collect();
        after.push(format!("on {}", any_of(&days)));
    }
    if !f.times.is_empty() {
        let times: Vec<String> = f.times.iter().map(|t| t.token().to_owned()).collect();
        after.push(format!("in the {}", any_of(&times)));
    }
    if !f.languages.is_empty() {
        let languages: Vec<String> = f.languages.iter().cloned().collect();
        after.push(format!("given in {}", any_of(&languages)));
    }
    if let Some(max) = f.max_price {
        let currency = catalogue.currency.as_deref().unwrap_or("");
        after.push(
            format!("costing at most {max} {currency}")
                .trim_end()
                .to_owned(),
        );
    }
    let mut words = before;
    words.push("opportunity".to_owned());
    words.extend(after);
    words.join(" ")
}

/// The English name of a day.
fn day_name(day: Weekday) -> &'static str {
    const NAMES: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    NAMES
        .get(usize::from(day.number_from_monday().saturating_sub(1)))
        .copied()
        .unwrap_or("")
}
