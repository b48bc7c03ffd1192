//! Weekday names: the one table every reader uses to read a day.
//!
//! Must never decide how a wrong day is reported: that is the reader's message.

use learnlocal_core::text::fold;
use learnlocal_core::time::Weekday;

/// The English names of the days, in week order.
const DAY_NAMES: [(Weekday, &str); 7] = [
    (Weekday::Mon, "monday"),
    (Weekday::Tue, "tuesday"),
    (Weekday::Wed, "wednesday"),
    (Weekday::Thu, "thursday"),
    (Weekday::Fri, "friday"),
    (Weekday::Sat, "saturday"),
    (Weekday::Sun, "sunday"),
];

/// A day from its English name or any start of it at least two letters long, in
/// any case and with a full stop allowed after it: `MO` (iCalendar), `Mon`,
/// `tues`, `Thurs.`, `Sunday`. Two letters are always enough to tell the days
/// apart, one never is.
pub(crate) fn weekday(text: &str) -> Option<Weekday> {
    let folded = fold(text.trim());
    let word = folded.trim_end_matches('.');
    if word.len() < 2 {
        return None;
    }
    DAY_NAMES
        .iter()
        .find(|(_, name)| name.starts_with(word))
        .map(|(day, _)| *day)
}
