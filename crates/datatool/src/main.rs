//! `learnlocal-data`: the catalogue keeper's tool.
//!
//! A thin shell over `learnlocal-core`: it reads files and the clock, calls the
//! core's readers and checks, prints every problem with the file name in front,
//! and writes the catalogue. It never decides what a record means; the core does.

mod build;
mod counting;
mod init;
mod inputs;
mod insight;
mod measure;
mod merge;
mod report;
mod schema;
mod shard;
mod synthetic;

use std::path::PathBuf;

/// Counts every allocation, for `measure`; the counting costs two atomic
/// additions per allocation.
#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: learnlocal-data <command> [options]   (from the repository: cargo data <command>)

Commands:
  init DIR --name NAME --time-zone ZONE --keeper-email EMAIL
                          start the source spreadsheets of a new catalogue for any
                          place in DIR (then add records and `build --sources DIR`)
  validate FILE...        check catalogues and source files; print every problem,
                          exit 1 if any is an error
  import INPUT            read another format and merge its records into a catalogue
  build                   build data/catalogue.json from data/sources/ (and extra inputs)
  generate --size N       write a synthetic catalogue of exactly N made-up opportunities
  measure [FILE...]       the memory the app needs to load each catalogue: the peak and
                          what stays, per opportunity (default: data/catalogue.json and
                          synthetic catalogues of 1000, 10000 and 100000, or --size)
  report [CATALOGUE]      where learning is missing: for each neighbourhood, the
                          opportunities in reach by skill, access, time of day, cost
                          and language, per 1,000 residents, and the gaps largest
                          first, in plain English (default: data/catalogue.json)
  merge FILE... --out FILE
                          combine several catalogues (cities') into one (national):
                          skills united by id; duplicate venues (same id or name
                          within 100 m) and providers (same name or e-mail) made
                          one, clashing ids renamed, each reported; catalogues of
                          another time zone refused (--name, --centre-label name it)
  shard [CATALOGUE] --out DIR
                          split a large catalogue (default data/catalogue.json) into
                          the index DIR/catalogue.json and area shards
                          DIR/shards/<hash>.json for any static host (publish DIR as
                          the site's data/; docs/sharding.md); prints the shards'
                          count and sizes and the time taken; never overwrites the
                          catalogue it reads
  shard-figures           synthetic country catalogues (--size, default 100000 and
                          1000000) split into shards: sizes, build time, and the bytes
                          a 5 km search downloads in a dense town and a rural area

Options for init:
  --name NAME             the place, as residents say it (Kraków)
  --time-zone ZONE        an IANA time zone (Europe/Warsaw); the rule the app needs
                          is derived from it
  --keeper-email EMAIL, --keeper-name NAME, --keeper-url URL
                          who keeps the catalogue (the email is required)
  --centre LAT,LON        where distances are measured from (default: the median of
                          the venues, worked out at each build); --centre-label TEXT
                          names it (default: the place's name)
  --bounds S,W,N,E        the catalogue's area (default: the venues' own, with a margin)
  --currency CODE         ISO 4217, for prices that do not name one (default: EUR)
  --language TAG          the language of the catalogue's own text, a language tag
                          such as en, ga or pt-BR (default: en)
  --skills empty|example  an empty taxonomy, or the demo's as an example, labelled in
                          the catalogue's language where the demo has it (default: empty)

Options for report (the coordinators' page's URL keys, checked strictly):
  --walk MINUTES          the walk from each neighbourhood's centre, 0 to 60 (default:
                          15; 0 counts only the venues in the neighbourhood)
  --skill IDS, --access NEEDS, --day DAYS, --time PARTS, --lang CODES
                          the finder's filters, comma-separated and repeatable
                          (--skill digital --access step_free --day sa,su
                          --time evening --lang ga)
  --free                  free opportunities only; --max N: costing at most N
  --matter WORDS          which gaps matter: skill ids and step_free, evening, free
                          (default: every one)
  --csv FILE              also write the figures as CSV (`-`: to standard output,
                          the summary to standard error); the page's CSV, byte for byte
  --now YYYY-MM-DDTHH:MM  the local time to count from (default: now)

Options:
  --sources DIR           the catalogue's source spreadsheets (default: data/sources);
                          generate takes the skills taxonomy from its skills.csv
  --map MAPPING.csv       column mapping for a spreadsheet with its own column names
  --format FORMAT         force the input format: catalogue, csv, venues, hsds, openactive, ical
  --into CATALOGUE.json   (import) the catalogue to merge into (default: data/catalogue.json)
  --out FILE              (import, build, generate, merge) where to write (default: the --into
                          file, or data/catalogue.json; for generate
                          target/synthetic/AREA-N-seedS.json; `-` writes the catalogue
                          to standard output and the summary to standard error)
  --extra INPUT           (build) also import this file (repeatable; --map applies to
                          .csv extras)
  --now YYYY-MM-DDTHH:MM  (validate, report) the local time to check against (default: now)
  --size N                (generate) how many opportunities; (measure, shard-figures) a comma-separated
                          list of sizes
  --seed S                (generate) the seed, a whole number (default: 1); the same
                          size, seed, area and date give the same file, byte for byte
  --area city|country     (generate) one city, or towns and villages over the island
                          of Ireland (default: city)
  --today YYYY-MM-DD      (generate) the day dates are counted from (default: 2026-09-01;
                          never the clock)
  --brotli-quality Q      (generate) the brotli quality the size is measured at
                          (default: 11, as served; lower is much faster for big files;
                          shard and shard-figures default to 9)
  --max-bytes N           (shard, shard-figures) the most bytes of JSON in a shard
                          (default: 1048576, 1 MB)
  --max-records N         (shard, shard-figures) the most opportunities in a shard
  --check N               (shard) compare N sample searches on the shards with the
                          whole catalogue: results, option counts, ways to widen

Input formats are recognised by their content: a LearnLocal catalogue (.json with
schema_version), LearnLocal spreadsheets (opportunities or venues .csv), any other
spreadsheet with --map, an Open Referral HSDS CSV folder (HSDS 1.x, 2.0 or 3.0,
told apart by its tables; the summary names the version read) or HSDS 3.0 JSON file,
OpenActive / schema.org JSON-LD, and iCalendar (.ics).";

/// Parsed command line.
#[derive(Debug, Default)]
pub struct Options {
    /// The command.
    pub command: String,
    /// Positional arguments.
    pub inputs: Vec<PathBuf>,
    /// `--sources`.
    pub sources: Option<PathBuf>,
    /// `--map`.
    pub map: Option<PathBuf>,
    /// `--format`.
    pub format: Option<String>,
    /// `--into`.
    pub into: Option<PathBuf>,
    /// `--out`.
    pub out: Option<PathBuf>,
    /// `--extra`, repeatable.
    pub extra: Vec<PathBuf>,
    /// `--now`.
    pub now: Option<String>,
    /// `--size`.
    pub size: Option<String>,
    /// `--seed`.
    pub seed: Option<String>,
    /// `--area`.
    pub area: Option<String>,
    /// `--today`.
    pub today: Option<String>,
    /// `--brotli-quality`.
    pub brotli_quality: Option<String>,
    /// `--name` (init).
    pub name: Option<String>,
    /// `--time-zone` (init).
    pub time_zone: Option<String>,
    /// `--keeper-name` (init).
    pub keeper_name: Option<String>,
    /// `--keeper-email` (init).
    pub keeper_email: Option<String>,
    /// `--keeper-url` (init).
    pub keeper_url: Option<String>,
    /// `--centre` (init).
    pub centre: Option<String>,
    /// `--centre-label` (init).
    pub centre_label: Option<String>,
    /// `--bounds` (init).
    pub bounds: Option<String>,
    /// `--currency` (init).
    pub currency: Option<String>,
    /// `--skills` (init).
    pub skills: Option<String>,
    /// `--language` (init).
    pub language: Option<String>,
    /// `--walk` (report).
    pub walk: Option<String>,
    /// `--skill` (report), repeatable.
    pub skill: Vec<String>,
    /// `--access` (report), repeatable.
    pub access: Vec<String>,
    /// `--day` (report), repeatable.
    pub day: Vec<String>,
    /// `--time` (report), repeatable.
    pub time: Vec<String>,
    /// `--lang` (report), repeatable.
    pub lang: Vec<String>,
    /// `--free` (report).
    pub free: bool,
    /// `--max` (report).
    pub max: Option<String>,
    /// `--matter` (report), repeatable.
    pub matter: Vec<String>,
    /// `--csv` (report).
    pub csv: Option<PathBuf>,
    /// `--max-bytes` (shard).
    pub max_bytes: Option<String>,
    /// `--max-records` (shard).
    pub max_records: Option<String>,
    /// `--check` (shard).
    pub check: Option<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse(&args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match options.command.as_str() {
        "init" => init::init(&options),
        "validate" => build::validate(&options),
        "import" => build::import(&options),
        "build" => build::build(&options),
        "generate" => build::generate(&options),
        "measure" => measure::measure(&options),
        "report" => insight::report(&options),
        "merge" => merge::merge(&options),
        "shard" => shard::shard(&options),
        "shard-figures" => shard::figures(&options),
        _ => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// Reads the command line: a command, then options and inputs in any order.
fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    options.command = args.next().cloned().unwrap_or_else(|| "help".to_owned());
    if ![
        "init",
        "validate",
        "import",
        "build",
        "generate",
        "measure",
        "report",
        "merge",
        "shard",
        "shard-figures",
        "help",
        "--help",
        "-h",
    ]
    .contains(&options.command.as_str())
    {
        return Err(format!("`{}` is not a command", options.command));
    }
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("`{name}` needs a value"))
        };
        match arg.as_str() {
            "--sources" => options.sources = Some(value(arg)?.into()),
            "--map" => options.map = Some(value(arg)?.into()),
            "--format" => options.format = Some(value(arg)?),
            "--into" => options.into = Some(value(arg)?.into()),
            "--out" => options.out = Some(value(arg)?.into()),
            "--extra" => options.extra.push(value(arg)?.into()),
            "--now" => options.now = Some(value(arg)?),
            "--size" => options.size = Some(value(arg)?),
            "--seed" => options.seed = Some(value(arg)?),
            "--area" => options.area = Some(value(arg)?),
            "--today" => options.today = Some(value(arg)?),
            "--brotli-quality" => options.brotli_quality = Some(value(arg)?),
            "--name" => options.name = Some(value(arg)?),
            "--time-zone" => options.time_zone = Some(value(arg)?),
            "--keeper-name" => options.keeper_name = Some(value(arg)?),
            "--keeper-email" => options.keeper_email = Some(value(arg)?),
            "--keeper-url" => options.keeper_url = Some(value(arg)?),
            "--centre" => options.centre = Some(value(arg)?),
            "--centre-label" => options.centre_label = Some(value(arg)?),
            "--bounds" => options.bounds = Some(value(arg)?),
            "--currency" => options.currency = Some(value(arg)?),
            "--skills" => options.skills = Some(value(arg)?),
            "--language" => options.language = Some(value(arg)?),
            "--walk" => options.walk = Some(value(arg)?),
            "--skill" => options.skill.push(value(arg)?),
            "--access" => options.access.push(value(arg)?),
            "--day" => options.day.push(value(arg)?),
            "--time" => options.time.push(value(arg)?),
            "--lang" => options.lang.push(value(arg)?),
            "--free" => options.free = true,
            "--max" => options.max = Some(value(arg)?),
            "--matter" => options.matter.push(value(arg)?),
            "--csv" => options.csv = Some(value(arg)?.into()),
            "--max-bytes" => options.max_bytes = Some(value(arg)?),
            "--max-records" => options.max_records = Some(value(arg)?),
            "--check" => options.check = Some(value(arg)?),
            flag if flag.starts_with("--") => return Err(format!("`{flag}` is not an option")),
            input => options.inputs.push(input.into()),
        }
    }
    Ok(options)
}
