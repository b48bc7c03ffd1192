//! Column mappings: reading a keeper's own spreadsheet as LearnLocal opportunities.
//!
//! A keeper's spreadsheet has its own column names. A small mapping CSV with the
//! header `field,column` says which of its columns holds each of LearnLocal's
//! opportunity columns (see [`crate::table`]): `title,Course name`. A
//! `column` starting with `=` is a constant for every row (`kind,=library`); one
//! with `{Heading}` in it is a template, the text with that column's cell in its
//! place (`Mobile library: {Stop}`). An optional `values` column translates the
//! keeper's words into the catalogue's (`Public=everyone;Children=children`). A field
//! may be given on several rows: the non-empty cells are joined with ", " (with
//! ";" for list columns such as `skills`), so `address` can come from three columns.
//! Extra fields:
//! - `hours_mo` … `hours_su`: one day's opening hours per column (`08:30-18:00`,
//!   several ranges as `09:00-13:00,14:00-17:00`, empty or `closed` for closed).
//!   They become the place's opening hours and, for a library, its schedule.
//! - `id_prefix`: a constant put before every id. Mapped ids (or, when `id` is not
//!   mapped, titles) are made into slugs, so a name column can serve as the id.
//! - `translations.<language tag>.title` (and `.summary`, `.description`): the
//!   field in another language, such as `translations.pl.title`.
//!
//! Rows are then read exactly as `opportunities.csv` rows are, and problems name
//! the row of the keeper's file and its mapped title.
//!
//! This module must never do IO (it takes text, not paths) or panic on any input.

#[cfg(test)]
mod tests;

use super::sheet::FieldName;
use super::translations::{OPPORTUNITY_FIELDS, translation_field};
use super::{
    Cell, INLINE_VENUE_COLUMNS, LIST_COLUMNS, OPPORTUNITY_COLUMNS, Record, Sheet, SheetRow, cell,
    group_slots, parse_day_hours, read_records,
};
use crate::{Import, ImportContext, LeftOut, LeftOutReason};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::text::{fold, slugify};
use learnlocal_core::time::{Time, Weekday};
use std::borrow::Cow;

/// Where a field's value comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// A column of the keeper's file, by its name there.
    Column(String),
    /// The same value for every row.
    Constant(String),
    /// Text with columns in braces, such as `Mobile library: {Stop}`: the text
    /// with each column's cell in its place, or nothing when every one of those
    /// cells is empty.
    Template(Vec<Piece>),
}

/// A part of a [`Source::Template`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// Text kept as written.
    Text(String),
    /// A column's cell.
    Column(String),
}

impl Source {
    /// The columns this source reads, in order.
    fn columns(&self) -> Vec<&str> {
        match self {
            Source::Column(name) => vec![name.as_str()],
            Source::Constant(_) => Vec::new(),
            Source::Template(pieces) => pieces
                .iter()
                .filter_map(|p| match p {
                    Piece::Column(name) => Some(name.as_str()),
                    Piece::Text(_) => None,
                })
                .collect(),
        }
    }
}

/// Reads a mapping's `column`: `=value` is a constant, text with `{Column}` in it
/// a template, anything else a column's name.
fn source_of(column: &str) -> Result<Source, String> {
    if let Some(constant) = column.strip_prefix('=') {
        return Ok(Source::Constant(constant.trim().to_owned()));
    }
    if !column.contains(['{', '}']) {
        return Ok(Source::Column(column.to_owned()));
    }
    let mut pieces = Vec::new();
    let mut rest = column;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        let after = after.get(1..).unwrap_or_default();
        if before.contains('}') {
            break;
        }
        let Some(close) = after.find('}') else {
            return Err(format!(
                "`{column}` opens a `{{` it does not close: write `{{Column name}}` for a column's cell"
            ));
        };
        let name = after.get(..close).unwrap_or_default().trim();
        if name.is_empty() {
            return Err(format!(
                "`{column}` has an empty `{{}}`: write the column's name inside"
            ));
        }
        if !before.is_empty() {
            pieces.push(Piece::Text(before.to_owned()));
        }
        pieces.push(Piece::Column(name.to_owned()));
        rest = after.get(close + 1..).unwrap_or_default();
    }
    if rest.contains(['{', '}']) {
        return Err(format!(
            "`{column}` has a `}}` that closes no `{{`: write `{{Column name}}` for a column's cell"
        ));
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest.to_owned()));
    }
    Ok(Source::Template(pieces))
}

/// Reads a mapping's `values`: `Public=everyone;Under 18s=young_people`, each of
/// the keeper's words (compared folded) with the catalogue's word for it.
fn value_table(text: &str) -> Result<Vec<(String, String)>, String> {
    text.split(';')
        .map(str::trim)
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((from, to)) if !from.trim().is_empty() => {
                Ok((fold(from.trim()), to.trim().to_owned()))
            }
            _ => Err(format!(
                "`{pair}` is not `your word=LearnLocal's word`; separate pairs with `;`, as in `Public=everyone;Children=children`"
            )),
        })
        .collect()
}

/// The per-weekday opening-hours fields, Monday first.
const HOURS_FIELDS: [(&str, Weekday); 7] = [
    ("hours_mo", Weekday::Mon),
    ("hours_tu", Weekday::Tue),
    ("hours_we", Weekday::Wed),
    ("hours_th", Weekday::Thu),
    ("hours_fr", Weekday::Fri),
    ("hours_sa", Weekday::Sat),
    ("hours_su", Weekday::Sun),
];

/// Fields without which no row can be read.
const REQUIRED: [&str; 2] = ["kind", "title"];

/// How a keeper's spreadsheet maps onto LearnLocal's opportunity columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMap {
    /// Each mapped field with its sources, in the order first mapped.
    fields: Vec<(FieldName, Vec<Source>)>,
    /// The fields whose words are translated (`values`), with their tables.
    values: Vec<(FieldName, Vec<(String, String)>)>,
    /// Put before every id.
    id_prefix: String,
}

/// Every field a mapping may name.
fn valid_fields() -> impl Iterator<Item = &'static str> {
    OPPORTUNITY_COLUMNS
        .iter()
        .chain(INLINE_VENUE_COLUMNS)
        .copied()
        .chain(HOURS_FIELDS.iter().map(|(f, _)| *f))
        .chain(["id_prefix"])
}

impl ColumnMap {
    /// Reads a mapping CSV (`field,column` rows; a `note` column may explain them).
    /// Every mistake is returned at once: unknown fields (with the valid ones
    /// listed), rows without a column, a non-constant `id_prefix`, and a missing
    /// `kind` or `title`.
    pub fn parse(mapping_csv: &str) -> Result<ColumnMap, Vec<Problem>> {
        let sheet = Sheet::parse(mapping_csv);
        let mut errors: Vec<Problem> = sheet.unreadable_problems().collect();
        let (field_at, column_at) = (sheet.column("field"), sheet.column("column"));
        let values_at = sheet.column("values");
        for (name, at) in [("field", field_at), ("column", column_at)] {
            if at.is_none() {
                errors.push(Problem::error(
                    sheet.header_place(),
                    Some(name),
                    format!(
                        "column `{name}` is missing; the header has: {} (a mapping's header is `field,column`)",
                        sheet.header_list()
                    ),
                ));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut map = ColumnMap {
            fields: Vec::new(),
            values: Vec::new(),
            id_prefix: String::new(),
        };
        for row in &sheet.rows {
            let field_text = cell(row, field_at);
            let place = Place::Row {
                line: row.line,
                name: field_text.map(str::to_owned),
            };
            let Some(field_text) = field_text else {
                errors.push(Problem::error(
                    place,
                    Some("field"),
                    "the row names no field",
                ));
                continue;
            };
            let folded = fold(field_text);
            let field: FieldName = match valid_fields().find(|f| *f == folded) {
                Some(field) => Cow::Borrowed(field),
                None => match translation_field(field_text, OPPORTUNITY_FIELDS) {
                    Some(Ok(field)) => Cow::Owned(field),
                    Some(Err(why)) => {
                        errors.push(Problem::error(place, Some("field"), why));
                        continue;
                    }
                    None => {
                        errors.push(Problem::error(
                            place,
                            Some("field"),
                            format!(
                                "`{field_text}` is not a field LearnLocal knows; the fields are: {}, and translations such as `translations.pl.title`",
                                valid_fields().collect::<Vec<_>>().join(", ")
                            ),
                        ));
                        continue;
                    }
                },
            };
            let Some(column) = cell(row, column_at) else {
                errors.push(Problem::error(
                    place,
                    Some("column"),
                    format!("no column is given for `{field}`: name a column of your file, or write `=value` for a constant"),
                ));
                continue;
            };
            let source = match source_of(column) {
                Ok(source) => source,
                Err(message) => {
                    errors.push(Problem::error(place, Some("column"), message));
                    continue;
                }
            };
            if let Some(text) = cell(row, values_at) {
                match value_table(text) {
                    Ok(table) => match map.values.iter_mut().find(|(f, _)| *f == field) {
                        Some((_, known)) => known.extend(table),
                        None => map.values.push((field.clone(), table)),
                    },
                    Err(message) => {
                        errors.push(Problem::error(place.clone(), Some("values"), message));
                    }
                }
            }
            if field == "id_prefix" {
                match source {
                    Source::Constant(prefix) => map.id_prefix.push_str(&prefix),
                    Source::Column(_) | Source::Template(_) => errors.push(Problem::error(
                        place,
                        Some("column"),
                        format!("`id_prefix` must be a constant such as `=plymouth-`, not the column `{column}`"),
                    )),
                }
                continue;
            }
            match map.fields.iter_mut().find(|(f, _)| *f == field) {
                Some((_, sources)) => sources.push(source),
                None => map.fields.push((field, vec![source])),
            }
        }
        for field in REQUIRED {
            if !map.fields.iter().any(|(f, _)| f == field) {
                errors.push(Problem::error(
                    sheet.header_place(),
                    Some(field),
                    format!("`{field}` is not mapped: add a row `{field},<your column>` (or `{field},=value`)"),
                ));
            }
        }
        if errors.is_empty() {
            Ok(map)
        } else {
            Err(errors)
        }
    }

    /// The sources of a field, if it is mapped.
    fn sources(&self, field: &str) -> Option<&[Source]> {
        self.fields
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, s)| s.as_slice())
    }
}

/// Reads a keeper's CSV through a column mapping, then as opportunity rows (see
/// [`crate::table::read_opportunities`]). Row numbers are those of the
/// keeper's file. A mapped column missing from the file is one error for the whole
/// file when it feeds `kind`, `title` or `id` (every row is then left out), else
/// one warning, and its cells are read as empty.
pub fn read_mapped(text: &str, map: &ColumnMap, ctx: &ImportContext) -> Import {
    let sheet = Sheet::parse(text);
    let mut import = Import::default();
    sheet.leave_out_unreadable(&mut import);
    // Each source column's position in this file.
    let mut resolved: Vec<Resolved> = Vec::new();
    let mut unreadable: Option<LeftOutReason> = None;
    for (field, sources) in &map.fields {
        let mut positions = Vec::new();
        for source in sources {
            let mut ats = Vec::new();
            for name in source.columns() {
                ats.push({
                    let at = sheet.column(name);
                    if at.is_none() {
                        let vital = REQUIRED.contains(&field.as_ref()) || *field == "id";
                        let message = format!(
                            "column `{name}` (mapped to `{field}`) is missing; the header has: {}",
                            sheet.header_list()
                        );
                        let read_as_empty = format!(
                            "column `{name}` (mapped to `{field}`) is missing, so `{field}` is read as empty; the header has: {}",
                            sheet.header_list()
                        );
                        if vital {
                            import.problems.push(Problem::error(
                                sheet.header_place(),
                                Some(name),
                                message,
                            ));
                            let reason = if *field == "title" {
                                LeftOutReason::NoTitle
                            } else {
                                LeftOutReason::Unreadable
                            };
                            unreadable = unreadable.or(Some(reason));
                        } else {
                            import.problems.push(Problem::warning(
                                sheet.header_place(),
                                Some(name),
                                read_as_empty,
                            ));
                        }
                    }
                    at
                });
            }
            positions.push((ats, source));
        }
        resolved.push((field, positions));
    }
    if let Some(reason) = unreadable {
        let title_at = map.sources(OPPORTUNITY_TITLE).and_then(|sources| {
            sources
                .iter()
                .find_map(|s| s.columns().into_iter().find_map(|name| sheet.column(name)))
        });
        for row in &sheet.rows {
            import.left_out.push(LeftOut {
                place: Place::Row {
                    line: row.line,
                    name: cell(row, title_at).map(str::to_owned),
                },
                reason,
            });
        }
        return import;
    }
    let records: Vec<Record> = sheet
        .rows
        .iter()
        .map(|row| record(row, &resolved, map))
        .collect();
    let rows = read_records(&records, ctx);
    import.extend(rows);
    import
}

/// A mapped field with each source and the positions in the file of the columns
/// it reads.
type Resolved<'m> = (&'m FieldName, Vec<(Vec<Option<usize>>, &'m Source)>);

const OPPORTUNITY_TITLE: &str = "title";

/// Makes one record from a row of the keeper's file.
fn record(row: &SheetRow, resolved: &[Resolved], map: &ColumnMap) -> Record {
    let mut rec = Record {
        line: row.line,
        ..Record::default()
    };
    let mut hours: Option<Vec<(Weekday, Time, Time)>> = None;
    let mut hours_ok = true;
    for (name, sources) in resolved {
        let field: &str = name;
        let table = map.values.iter().find(|(f, _)| f == field).map(|(_, t)| t);
        let values: Vec<String> = sources
            .iter()
            .filter_map(|(ats, source)| value_of(row, ats, source))
            .map(|value| match table {
                Some(table) => translate(&value, table, LIST_COLUMNS.contains(&field)),
                None => value,
            })
            .collect();
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        let names: Vec<&str> = sources
            .iter()
            .flat_map(|(_, source)| source.columns())
            .collect();
        let column = if names.is_empty() {
            field.to_owned()
        } else {
            names.join(", ")
        };
        if let Some((_, day)) = HOURS_FIELDS.iter().find(|(f, _)| *f == field) {
            let slots = hours.get_or_insert_with(Vec::new);
            for value in values {
                match parse_day_hours(value) {
                    Ok(ranges) => slots.extend(ranges.into_iter().map(|(s, e)| (*day, s, e))),
                    Err(message) => {
                        hours_ok = false;
                        rec.notes.push((
                            column.clone(),
                            format!("{message}; the opening hours are left out"),
                        ));
                    }
                }
            }
            continue;
        }
        let separator = if LIST_COLUMNS.contains(&field) {
            ";"
        } else {
            ", "
        };
        rec.cells.push((
            (*name).clone(),
            Cell {
                text: values.join(separator),
                column,
            },
        ));
    }
    if let Some(entries) = hours {
        // Half a week's hours would say the place is closed when it is not.
        rec.hours = Some(if hours_ok {
            group_slots(entries)
        } else {
            Vec::new()
        });
    }
    // Ids are slugs of the mapped id, or of the title, after the prefix.
    let slug_of = |field: &str| rec.get(field).map(slugify).filter(|s| !s.is_empty());
    let id = slug_of("id").or_else(|| slug_of("title"));
    rec.cells.retain(|(f, _)| *f != "id");
    if let Some(id) = id {
        let column = map
            .sources("id")
            .and_then(|s| {
                s.iter()
                    .find_map(|s| s.columns().first().map(|name| (*name).to_owned()))
            })
            .unwrap_or_else(|| "id".to_owned());
        rec.cells.push((
            Cow::Borrowed("id"),
            Cell {
                text: format!("{}{id}", map.id_prefix),
                column,
            },
        ));
    }
    rec
}

/// A source's value in a row: a column's cell, the constant, or the template
/// filled in (nothing when all its cells are empty). `ats` are the positions of
/// [`Source::columns`].
fn value_of(row: &SheetRow, ats: &[Option<usize>], source: &Source) -> Option<String> {
    match source {
        Source::Column(_) => cell(row, ats.first().copied().flatten()).map(str::to_owned),
        Source::Constant(c) => Some(c.clone()).filter(|c| !c.is_empty()),
        Source::Template(pieces) => {
            let mut cells = ats.iter().map(|at| cell(row, *at));
            let mut text = String::new();
            let mut any = false;
            for piece in pieces {
                match piece {
                    Piece::Text(t) => text.push_str(t),
                    Piece::Column(_) => {
                        if let Some(value) = cells.next().flatten() {
                            text.push_str(value);
                            any = true;
                        }
                    }
                }
            }
            // An empty cell leaves no double space behind.
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            Some(text).filter(|t| any && !t.is_empty())
        }
    }
}

/// A cell's words in the catalogue's: the whole cell, or for a list field each
/// `;`-separated item, looked up folded; words not in the table are kept as they
/// are, for the reader to accept or report.
fn translate(value: &str, table: &[(String, String)], list: bool) -> String {
    let one = |word: &str| {
        let folded = fold(word.trim());
        table
            .iter()
            .find(|(from, _)| *from == folded)
            .map_or_else(|| word.trim().to_owned(), |(_, to)| to.clone())
    };
    if list {
        value.split(';').map(one).collect::<Vec<_>>().join(";")
    } else {
        one(value)
    }
}
