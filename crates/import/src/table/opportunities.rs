//! `opportunities.csv` and any records in its shape (a mapped spreadsheet's):
//! each row's kind, text, skills, audience, cost, booking, schedule and place,
//! with venues made inline when the row describes its place.
//!
//! Must never drop a row silently: every row is kept or left out with the reason.

use super::sheet::{Failed, Record, Row, Sheet, leave_out_all, match_columns_with};
use super::translations::{self, OPPORTUNITY_FIELDS, translation_field};
use super::values::{
    ACCESS, AUDIENCES, BOOKINGS, KINDS, LEVELS, ValueError, parse_bool, parse_code, parse_days,
    parse_join, parse_mode, parse_number, parse_whole,
};
use super::venues::{coordinates, venue_from_row};
use super::{INLINE_VENUE_COLUMNS, OPPORTUNITY_COLUMNS};
use crate::rrule::{Rule, until_date};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::catalogue::Venue;
use learnlocal_core::opportunity::{
    AgeRange, Audience, Booking, Cost, Kind, Level, Mode, Opportunity, Price, Provider,
    SessionAccess,
};
use learnlocal_core::problem::Problem;
use learnlocal_core::schedule::{DatedSlot, Schedule, WeeklySlot};
use learnlocal_core::text::{fold, slugify};
use learnlocal_core::time::{Date, Time, Weekday};
use learnlocal_core::tz::TimeZone;
use std::collections::{HashMap, HashSet};

/// What one opportunities file has read so far: ids in use, venues made inline.
#[derive(Default)]
pub(super) struct Reading {
    pub(super) ids: HashSet<String>,
    pub(super) import: Import,
    /// Opening hours of every venue a row may use, known or made, by id.
    pub(super) venue_hours: HashMap<String, Vec<WeeklySlot>>,
    /// Venue ids by folded name, the first venue with a name winning. These maps
    /// keep long files from searching every venue for every row.
    pub(super) venue_names: HashMap<String, String>,
}

impl Reading {
    pub(super) fn know(&mut self, venue: &Venue) {
        self.venue_hours
            .entry(venue.id.clone())
            .or_insert_with(|| venue.opening_hours.clone());
        self.venue_names
            .entry(fold(&venue.name))
            .or_insert_with(|| venue.id.clone());
    }
}

/// Reads `opportunities.csv`. Columns `translations.<language tag>.title` (and
/// `.summary`, `.description`) give the text in other languages. The `venue` column names a venue of `ctx.venues` (or
/// one made earlier in the file); rows without one may describe their place
/// inline (see [`INLINE_VENUE_COLUMNS`]), which makes a venue `<id>-venue` or
/// reuses a known venue with the same name. A library without its own schedule
/// uses its venue's opening hours.
pub fn read_opportunities(text: &str, ctx: &ImportContext) -> Import {
    let sheet = Sheet::parse(text);
    let known: Vec<&'static str> = OPPORTUNITY_COLUMNS
        .iter()
        .chain(INLINE_VENUE_COLUMNS)
        .copied()
        .collect();
    let (columns, problems, missing) =
        match_columns_with(&sheet, &known, &["id", "title", "kind"], |heading| {
            translation_field(heading, OPPORTUNITY_FIELDS)
        });
    if let Some(missing) = missing {
        let mut import = Import {
            problems,
            ..Import::default()
        };
        let reason = match missing.as_str() {
            "title" => LeftOutReason::NoTitle,
            _ => LeftOutReason::Unreadable,
        };
        sheet.leave_out_unreadable(&mut import);
        leave_out_all(&mut import, &sheet, sheet.column("title"), reason);
        return import;
    }
    let mut import = read_records(&Record::from_sheet(&sheet, &columns), ctx);
    let mut all = problems;
    all.append(&mut import.problems);
    import.problems = all;
    sheet.leave_out_unreadable(&mut import);
    import
}

/// Reads opportunity records, whatever file they came from.
pub(crate) fn read_records(records: &[Record], ctx: &ImportContext) -> Import {
    let mut reading = Reading::default();
    for venue in &ctx.venues {
        reading.know(venue);
    }
    for rec in records {
        let name = rec.get("title").or(rec.get("id"));
        let mut row = Row::new(rec, name);
        let outcome = read_opportunity(&mut row, &mut reading, ctx);
        if let Some((opportunity, venue)) = row.finish(&mut reading.import, outcome) {
            if let Some(venue) = venue {
                reading.know(&venue);
                reading.import.venues.push(venue);
            }
            reading.import.opportunities.push(opportunity);
        }
    }
    reading.import
}

/// Reads one opportunity row, with the venue it describes inline if it is new.
pub(super) fn read_opportunity(
    row: &mut Row,
    reading: &mut Reading,
    ctx: &ImportContext,
) -> Result<(Opportunity, Option<Venue>), Failed> {
    let Some(title) = row.get("title") else {
        return Err(row.fail("title", "the row has no title", LeftOutReason::NoTitle));
    };
    if let Some(closed) = row.get("closed") {
        return Err(row.set_aside(
            "closed",
            format!("closed ({closed}), so it is left out: a place that has closed is not listed"),
            LeftOutReason::Closed,
        ));
    }
    let Some(kind) = row.get("kind") else {
        return Err(row.fail(
            "kind",
            format!("no kind is given: use one of {KINDS}"),
            LeftOutReason::BadValue,
        ));
    };
    let kind: Kind =
        parse_code(kind, KINDS).map_err(|m| row.fail("kind", m, LeftOutReason::BadValue))?;
    let id = match row.get("id") {
        Some(id) => id.to_owned(),
        None => {
            let id = slugify(title);
            row.warn("id", format!("no id: `{id}`, made from the title, is used"));
            id
        }
    };
    if reading.ids.contains(&id) {
        return Err(row.fail(
            "id",
            format!("id `{id}` is already used by an earlier row"),
            LeftOutReason::DuplicateId,
        ));
    }
    let summary = row.get("summary").unwrap_or_default();
    let mut o = Opportunity::new(&id, kind, title, summary);
    o.description = row.get("description").map(str::to_owned);
    o.translations = translations::collect(
        row.rec
            .cells
            .iter()
            .map(|(name, cell)| (name.as_ref(), cell.text.as_str())),
    );
    o.url = row.get("url").map(str::to_owned);
    o.mode = match row.get("mode") {
        None => Mode::InPerson,
        Some(m) => parse_mode(m).map_err(|m| row.fail("mode", m, LeftOutReason::BadValue))?,
    };
    o.skills = skills(row, ctx);
    o.level = match row.get("level").map(|l| parse_code::<Level>(l, LEVELS)) {
        None => Level::None,
        Some(Ok(level)) => level,
        Some(Err(m)) => {
            row.warn("level", format!("{m}, so no level is given"));
            Level::None
        }
    };
    o.audience = codes(row, "audience", AUDIENCES, parse_code::<Audience>);
    o.access = codes(row, "session_access", ACCESS, parse_code::<SessionAccess>);
    o.languages = languages(row);
    o.age = age(row);
    o.provider = provider(row).map(Into::into);
    o.cost = cost(row, ctx);
    o.booking = booking(row);
    o.verified = match row.get("verified").map(Date::parse) {
        None => None,
        Some(Ok(date)) => Some(date),
        Some(Err(m)) => {
            row.warn("verified", format!("{m}; it is left out"));
            None
        }
    };
    o.source = row
        .get("source")
        .or_else(|| Some(ctx.source.as_str()).filter(|s| !s.trim().is_empty()))
        .map(Into::into);
    o.schedule = schedule(row, &ctx.zone)?;
    let (venue_id, new_venue, hours) = place(row, &id, title, o.mode, reading, ctx)?;
    if o.kind == Kind::Library && o.schedule.is_empty() {
        // A library's schedule is its opening hours.
        o.schedule.weekly = hours;
    }
    o.venue = venue_id;
    reading.ids.insert(id);
    Ok((o, new_venue))
}

/// The row's skills: taxonomy ids, or labels turned into their ids. Unknown ones
/// are kept with a warning when the context has a taxonomy to check against.
pub(super) fn skills(row: &mut Row, ctx: &ImportContext) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for item in row.list("skills") {
        let id = ctx
            .skills_for([item])
            .into_iter()
            .next()
            .unwrap_or_else(|| item.to_owned());
        if !ctx.skills.is_empty() && !ctx.skills.iter().any(|s| s.id == id) {
            row.warn(
                "skills",
                format!(
                    "`{item}` is not in the skills taxonomy, so the skill filter will not find it"
                ),
            );
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// A list of codes; unknown codes are dropped with a warning.
pub(super) fn codes<T: PartialEq>(
    row: &mut Row,
    field: &str,
    valid: &'static str,
    parse: fn(&str, &'static str) -> Result<T, ValueError>,
) -> Vec<T> {
    let mut values = Vec::new();
    for item in row.list(field) {
        match parse(item, valid) {
            Ok(v) if !values.contains(&v) => values.push(v),
            Ok(_) => {}
            Err(m) => row.warn(field, format!("{m}; it is left out")),
        }
    }
    values
}

pub(super) fn languages(row: &mut Row) -> Vec<String> {
    let mut codes = Vec::new();
    for item in row.list("languages") {
        let code = fold(item);
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
            if !codes.contains(&code) {
                codes.push(code);
            }
        } else {
            row.warn(
                "languages",
                format!("`{item}` is not a two-letter language code such as en, ga or pl; it is left out"),
            );
        }
    }
    codes
}

pub(super) fn age(row: &mut Row) -> Option<AgeRange> {
    let read = |row: &mut Row, field: &str| match row
        .get(field)
        .map(|t| parse_whole::<u8>(t, "an age in years"))
    {
        None => None,
        Some(Ok(n)) => Some(n),
        Some(Err(m)) => {
            row.warn(field, format!("{m}; it is left out"));
            None
        }
    };
    let range = AgeRange {
        min: read(row, "age_min"),
        max: read(row, "age_max"),
    };
    (range != AgeRange::default()).then_some(range)
}

pub(super) fn provider(row: &mut Row) -> Option<Provider> {
    let text = |f: &str| row.get(f).map(str::to_owned);
    let provider = Provider {
        name: text("provider").unwrap_or_default(),
        url: text("provider_url"),
        phone: text("provider_phone"),
        email: text("provider_email"),
    };
    if provider == Provider::default() {
        None
    } else if provider.name.is_empty() {
        row.warn(
            "provider",
            "the provider's contact details are given but not its name, so they are left out",
        );
        None
    } else {
        Some(provider)
    }
}

pub(super) fn cost(row: &mut Row, ctx: &ImportContext) -> Cost {
    let mut cost = Cost {
        concessions: row
            .list("concessions")
            .into_iter()
            .map(str::to_owned)
            .collect(),
        ..Cost::default()
    };
    match row.get("free").map(parse_bool) {
        Some(Ok(free)) => cost.free = free,
        Some(Err(m)) => row.warn("free", format!("{m}; the cost is read as not known")),
        None => {}
    }
    if let Some(price) = row.get("price") {
        match parse_number(price) {
            Ok(amount) if amount >= 0.0 => {
                let currency = row
                    .get("currency")
                    .map_or_else(|| ctx.default_currency.clone(), |c| c.to_ascii_uppercase());
                if !(currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase())) {
                    row.warn(
                        "currency",
                        format!("`{currency}` is not a currency code such as EUR or GBP"),
                    );
                }
                cost.prices.push(Price {
                    amount,
                    currency,
                    label: None,
                });
            }
            Ok(_) => row.warn("price", format!("`{price}` is below zero; the price is left out")),
            Err(m) => row.warn(
                "price",
                format!("{m}: write the amount only, such as 40.00, and the currency in `currency`; the price is left out"),
            ),
        }
    }
    cost
}

pub(super) fn booking(row: &mut Row) -> Booking {
    let how = codes(row, "booking", BOOKINGS, |t, _| parse_join(t));
    let text = |f: &str| row.get(f).map(str::to_owned);
    Booking {
        how,
        phone: text("booking_phone"),
        email: text("booking_email"),
        url: text("booking_url"),
        note: None,
    }
}

/// Reads a date cell; a bad date leaves the row out.
pub(super) fn date(row: &Row, field: &str, text: &str) -> Result<Date, Failed> {
    Date::parse(text).map_err(|m| row.fail(field, m, LeftOutReason::BadDate))
}

pub(super) fn time(row: &Row, field: &str) -> Result<Option<Time>, Failed> {
    row.get(field)
        .map(|t| Time::parse(t).map_err(|m| row.fail(field, m, LeftOutReason::BadTime)))
        .transpose()
}

/// Reads the schedule columns. Weekly `days`, a repeat rule (`rrule`, or RFC 5545
/// text in `interval_weeks`) and one-off `dates` all take their times from
/// `start_time` and `end_time`; `zone` places a rule's UTC `UNTIL`.
pub(super) fn schedule(row: &mut Row, zone: &TimeZone) -> Result<Schedule, Failed> {
    let mut s = Schedule::default();
    if let Some(text) = row.get("start_date") {
        s.start_date = Some(date(row, "start_date", text)?);
    }
    if let Some(text) = row.get("end_date") {
        s.end_date = Some(date(row, "end_date", text)?);
    }
    let days = match row.get("days") {
        None => Vec::new(),
        Some(text) => parse_days(text).map_err(|m| row.fail("days", m, LeftOutReason::BadValue))?,
    };
    let dates = row
        .list("dates")
        .into_iter()
        .map(|d| date(row, "dates", d))
        .collect::<Result<Vec<_>, _>>()?;
    s.except = row
        .list("except")
        .into_iter()
        .map(|d| date(row, "except", d))
        .collect::<Result<Vec<_>, _>>()?;
    let start = time(row, "start_time")?;
    let end = time(row, "end_time")?;
    let rule = repeat_rule(row)?;
    if let (None, Some(text)) = (rule, row.get("interval_weeks")) {
        s.interval_weeks = parse_whole::<u8>(text, "a number of weeks")
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                row.fail(
                    "interval_weeks",
                    format!("`{text}` is not a number of weeks: use 1 for every week, 2 for every other week, or a repeat rule such as FREQ=WEEKLY;INTERVAL=4"),
                    LeftOutReason::BadValue,
                )
            })?;
    }
    if days.is_empty() && dates.is_empty() && rule.is_none() {
        if start.is_some() || end.is_some() {
            row.warn(
                "days",
                "times are given but no days or dates, so they are not used",
            );
        }
        return Ok(s);
    }
    let (Some(start), Some(end)) = (start, end) else {
        let field = if start.is_none() {
            "start_time"
        } else {
            "end_time"
        };
        let given = if rule.is_some() {
            "a repeat rule is"
        } else {
            "days or dates are"
        };
        return Err(row.fail(
            field,
            format!("{given} given but no `{field}`"),
            LeftOutReason::BadTime,
        ));
    };
    match rule {
        Some((field, text)) => apply_rule(row, &mut s, (field, text), &days, (start, end), zone)?,
        None if !days.is_empty() => s.weekly.push(WeeklySlot { days, start, end }),
        None => {}
    }
    s.dates = dates
        .into_iter()
        .map(|date| DatedSlot { date, start, end })
        .collect();
    Ok(s)
}

/// The row's repeat rule and the column it is in: `rrule`, or RFC 5545 text
/// (with an `=`, such as `FREQ=WEEKLY;INTERVAL=4`) in `interval_weeks`, which
/// is where a keeper's "frequency" column is often mapped.
fn repeat_rule<'r>(row: &Row<'r>) -> Result<Option<(&'static str, &'r str)>, Failed> {
    let in_weeks = row.get("interval_weeks").filter(|t| t.contains('='));
    match (row.get("rrule"), in_weeks) {
        (Some(_), Some(_)) => Err(row.fail(
            "interval_weeks",
            "both `rrule` and `interval_weeks` hold a repeat rule: give it in one column",
            LeftOutReason::BadValue,
        )),
        (Some(rule), None) => match row.get("interval_weeks") {
            Some(weeks) => Err(row.fail(
                "interval_weeks",
                format!("`interval_weeks` {weeks} and the repeat rule `{rule}` both say how often: give INTERVAL in the rule and leave `interval_weeks` empty"),
                LeftOutReason::BadValue,
            )),
            None => Ok(Some(("rrule", rule))),
        },
        (None, Some(rule)) => Ok(Some(("interval_weeks", rule))),
        (None, None) => Ok(None),
    }
}

/// Puts a row's repeat rule into the schedule: its slots from `times`, its
/// interval, and its end (the earliest of `end_date`, UNTIL and COUNT). What
/// the schedule cannot hold leaves the row out, naming the column and the rule.
fn apply_rule(
    row: &mut Row,
    s: &mut Schedule,
    (field, text): (&'static str, &str),
    days: &[Weekday],
    (start, end): (Time, Time),
    zone: &TimeZone,
) -> Result<(), Failed> {
    let bad = |row: &Row, why: String| {
        row.fail(field, format!("`{text}`: {why}"), LeftOutReason::BadValue)
    };
    let mut rule = Rule::parse(text).map_err(|why| bad(row, why))?;
    if !days.is_empty() {
        if rule.by_day.is_empty() {
            rule.fill_days(days);
        } else if rule.days() != days {
            let codes =
                |days: &[Weekday]| days.iter().map(|d| d.code()).collect::<Vec<_>>().join(", ");
            return Err(row.fail(
                "days",
                format!(
                    "`days` gives {} but the repeat rule `{text}` gives {}: give the days in one place",
                    codes(days),
                    codes(&rule.days())
                ),
                LeftOutReason::BadValue,
            ));
        }
    }
    let first = s.start_date;
    if first.is_none() && rule.needs_first_day() {
        return Err(bad(
            row,
            "the rule names no day: give `days`, BYDAY or a `start_date`".to_owned(),
        ));
    }
    let repeat = rule
        .repeat(first.map_or(Weekday::Mon, Date::weekday))
        .map_err(|why| bad(row, why))?;
    let (interval, unit) = repeat.interval();
    let needs_first = |why: String| {
        row.fail(
            "start_date",
            format!("`{text}` {why}, counted from the first date: give `start_date`"),
            LeftOutReason::BadValue,
        )
    };
    if interval > 1 && first.is_none() {
        return Err(needs_first(format!("repeats every {interval} {unit}")));
    }
    repeat.apply(s, start, end);
    let mut ends: Vec<Date> = s.end_date.into_iter().collect();
    if let Some(until) = &rule.until {
        ends.push(until_date(until, zone, start).map_err(|why| bad(row, why))?);
    }
    if let Some(count) = rule.count {
        let Some(first) = first else {
            return Err(needs_first(format!("has {count} sessions")));
        };
        let last = repeat
            .nth_date(first, count, false)
            .ok_or_else(|| bad(row, format!("the {count}th session is after the year 9999")))?;
        ends.push(last);
    }
    let earliest = ends.iter().min().copied();
    if let Some(earliest) = earliest.filter(|e| ends.iter().any(|other| other != e)) {
        row.warn(
            field,
            format!("`end_date`, UNTIL and COUNT give different last dates; the earliest, {earliest}, is used"),
        );
    }
    s.end_date = earliest;
    Ok(())
}

/// A venue id, a venue made for the row, and the venue's opening hours.
pub(super) type Placed = (Option<String>, Option<Venue>, Vec<WeeklySlot>);

/// Where an opportunity happens: (venue id, a venue made for it, the venue's
/// opening hours). Leaves the row out when it is in person and has no place.
pub(super) fn place(
    row: &mut Row,
    id: &str,
    title: &str,
    mode: Mode,
    reading: &Reading,
    ctx: &ImportContext,
) -> Result<Placed, Failed> {
    if let Some(venue_id) = row.get("venue") {
        return match reading.venue_hours.get(venue_id) {
            Some(hours) => Ok((Some(venue_id.to_owned()), None, hours.clone())),
            None => Err(row.fail(
                "venue",
                format!("venue `{venue_id}` is not a known venue id"),
                LeftOutReason::NoLocation,
            )),
        };
    }
    let inline = ["venue_name", "address", "postcode", "lat", "lon"]
        .iter()
        .any(|f| row.get(f).is_some())
        || row.rec.hours.is_some();
    if !inline {
        return match mode {
            Mode::Online => Ok((None, None, Vec::new())),
            Mode::InPerson | Mode::Blended => Err(row.fail(
                "venue",
                "no venue is given, so nobody can find where it is: give a venue, the place's name and coordinates, or set `mode` to online",
                LeftOutReason::NoLocation,
            )),
        };
    }
    let name = row.get("venue_name").unwrap_or(title);
    if let Some(venue_id) = reading.venue_names.get(&fold(name)) {
        // The row names a known place, but coordinates it gives must still be
        // readable: a typo there is reported, never silently passed over.
        coordinates(row)?;
        let hours = match &row.rec.hours {
            Some(hours) => hours.clone(),
            None => reading
                .venue_hours
                .get(venue_id)
                .cloned()
                .unwrap_or_default(),
        };
        return Ok((Some(venue_id.clone()), None, hours));
    }
    match venue_from_row(row, format!("{id}-venue"), name.to_owned(), false, ctx) {
        Ok(venue) => {
            let hours = venue.opening_hours.clone();
            Ok((Some(venue.id.clone()), Some(venue), hours))
        }
        Err((problem, _)) if mode == Mode::Online => {
            row.problems.push(Problem::warning(
                problem.place,
                problem.field.as_deref(),
                format!("{}; it is listed online only", problem.message),
            ));
            Ok((None, None, Vec::new()))
        }
        Err(failed) => Err(failed),
    }
}
