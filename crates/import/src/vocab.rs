//! The words every format shares: weekday names, language names, accessibility
//! words, the first sentence of a text and the id part made from a name.
//!
//! Every reader (LearnLocal's spreadsheets, mapped spreadsheets, HSDS, OpenActive,
//! iCalendar) asks here, so the same word means the same thing whatever the file
//! it came in: "lift" is step-free access in all of them, "Tues" is Tuesday.
//!
//! This module must never depend on a format (it knows words, not files), do IO
//! or panic. Its functions answer `None` or nothing when a word is unknown; the
//! readers decide what to tell the keeper.

mod access;
mod days;
mod languages;
#[cfg(test)]
mod tests;
mod text;

pub(crate) use access::{FoundAccess, access_named, is_about_access, read_access_text};
pub(crate) use days::weekday;
pub(crate) use languages::language_code;
pub(crate) use text::{first_sentence, has_any, id_part, normalise, shorten};
