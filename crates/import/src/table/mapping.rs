//! Column mappings: reading a keeper's own spreadsheet as LearnLocal opportunities.
//!
//! A keeper's spreadsheet has its own column names. A small mapping CSV with the
//! header `field,column` says which of its columns holds each of LearnLocal's
//! opportunity columns (see [`crate::table`]): `title,Course name`. A
//! `column` starting with `=` is a constant for every row (`kind,=library`). A field
//! may be given on several rows: the non-empty cells are joined with ", " (with
//! ";" for list columns such as `skills`), so `address` can come from three columns.
//! Extra fields:
//! - `hours_mo` … `hours_su`: one day's opening hours per column (`08:30-18:00`,
//!   several ranges as `09:00-13:00,14:00-17:00`, empty or `closed` for closed).
//!   They become the place's opening hours and, for a library, its schedule.
//! - `id_prefix`: a constant put before every id. Mapped ids (or, when `id` is not
//!   mapped, titles) are made into slugs, so a name column can serve as the id.
//!
//! Rows are then read exactly as `opportunities.csv` rows are, and problems name
//! the row of the keeper's file and its mapped title.
//!
//! This module must never do IO (it takes text, not paths) or panic on any input.

#[cfg(test)]
mod tests;

use super::{
    Cell, INLINE_VENUE_COLUMNS, LIST_COLUMNS, OPPORTUNITY_COLUMNS, Record, Sheet, SheetRow, cell,
    group_slots, parse_day_hours, read_records,
};
use crate::{Import, ImportContext, LeftOut, LeftOutReason};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::text::{fold, slugify};
use learnlocal_core::time::{Time, Weekday};

/// Where a field's value comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// A column of the keeper's file, by its name there.
    Column(String),
    /// The same value for every row.
    Constant(String),
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
    fields: Vec<(&'static str, Vec<Source>)>,
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
            let Some(field) = valid_fields().find(|f| *f == folded) else {
                errors.push(Problem::error(
                    place,
                    Some("field"),
                    format!(
                        "`{field_text}` is not a field LearnLocal knows; the fields are: {}",
                        valid_fields().collect::<Vec<_>>().join(", ")
                    ),
                ));
                continue;
            };
            let Some(column) = cell(row, column_at) else {
                errors.push(Problem::error(
                    place,
                    Some("column"),
                    format!("no column is given for `{field}`: name a column of your file, or write `=value` for a constant"),
                ));
                continue;
            };
            let source = match column.strip_prefix('=') {
                Some(constant) => Source::Constant(constant.trim().to_owned()),
                None => Source::Column(column.to_owned()),
            };
            if field == "id_prefix" {
                match source {
                    Source::Constant(prefix) => map.id_prefix.push_str(&prefix),
                    Source::Column(_) => errors.push(Problem::error(
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
            if !map.fields.iter().any(|(f, _)| *f == field) {
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
            .find(|(f, _)| *f == field)
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
            let at = match source {
                Source::Column(name) => {
                    let at = sheet.column(name);
                    if at.is_none() {
                        let vital = REQUIRED.contains(field) || *field == "id";
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
                }
                Source::Constant(_) => None,
            };
            positions.push((at, source));
        }
        resolved.push((*field, positions));
    }
    if let Some(reason) = unreadable {
        let title_at = map.sources(OPPORTUNITY_TITLE).and_then(|sources| {
            sources.iter().find_map(|s| match s {
                Source::Column(name) => sheet.column(name),
                Source::Constant(_) => None,
            })
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

/// A mapped field with each source and, for columns, its position in the file.
type Resolved<'m> = (&'static str, Vec<(Option<usize>, &'m Source)>);

const OPPORTUNITY_TITLE: &str = "title";

/// Makes one record from a row of the keeper's file.
fn record(row: &SheetRow, resolved: &[Resolved], map: &ColumnMap) -> Record {
    let mut rec = Record {
        line: row.line,
        ..Record::default()
    };
    let mut hours: Option<Vec<(Weekday, Time, Time)>> = None;
    let mut hours_ok = true;
    for (field, sources) in resolved {
        let values: Vec<&str> = sources
            .iter()
            .filter_map(|(at, source)| match source {
                Source::Column(_) => cell(row, *at),
                Source::Constant(c) => Some(c.as_str()).filter(|c| !c.is_empty()),
            })
            .collect();
        let names: Vec<&str> = sources
            .iter()
            .filter_map(|(_, source)| match source {
                Source::Column(name) => Some(name.as_str()),
                Source::Constant(_) => None,
            })
            .collect();
        let column = if names.is_empty() {
            (*field).to_owned()
        } else {
            names.join(", ")
        };
        if let Some((_, day)) = HOURS_FIELDS.iter().find(|(f, _)| f == field) {
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
        let separator = if LIST_COLUMNS.contains(field) {
            ";"
        } else {
            ", "
        };
        rec.cells.push((
            field,
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
                s.iter().find_map(|s| match s {
                    Source::Column(name) => Some(name.clone()),
                    Source::Constant(_) => None,
                })
            })
            .unwrap_or_else(|| "id".to_owned());
        rec.cells.push((
            "id",
            Cell {
                text: format!("{}{id}", map.id_prefix),
                column,
            },
        ));
    }
    rec
}
