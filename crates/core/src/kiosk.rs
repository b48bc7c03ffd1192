//! Kiosk mode: the app on a shared screen in a library or a community centre.
//!
//! This module holds what is decided without a browser: the catalogue's kiosk
//! settings and their lenient reading, the URL's `kiosk=` and `idle=` values,
//! and the idle clock (when to offer "I'm still here", when to start again). The
//! app's shell (`src/kiosk.rs`) listens for touches and does the reset.

use crate::catalogue::Catalogue;
use crate::problem::{Place, Problem};
use serde::{Deserialize, Serialize};

/// Seconds without a touch, a key or a scroll before the countdown, when the
/// catalogue and the URL do not say.
pub const DEFAULT_IDLE_SECONDS: u32 = 120;

/// The longest idle time a catalogue may set: an hour.
pub const MAX_IDLE_SECONDS: u32 = 3600;

/// The shortest idle time a catalogue may set: less would interrupt a reader.
pub const MIN_CATALOGUE_IDLE_SECONDS: u32 = 30;

/// How long the countdown lasts, at most: it is never longer than the idle time
/// itself, so `idle=3` in a test gives 3 seconds of countdown.
pub const COUNTDOWN_SECONDS: u32 = 30;

/// The catalogue's kiosk settings (`"kiosk"` in its header).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskSettings {
    /// Every visitor of the site gets kiosk mode: a site published for kiosks
    /// only. Otherwise only `?kiosk=1` turns it on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub always: bool,
    /// The kiosk's own place, a neighbourhood or venue id: searches start from
    /// there, and it stands in for "Use my location".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Seconds without a touch before the countdown; the default when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_seconds: Option<u32>,
}

/// Checks typed settings against `catalogue` (call it once the venues are
/// read): a place that is none of its neighbourhoods or venues, or an idle time
/// out of range, is left out with a warning naming its field.
pub fn checked(
    mut settings: KioskSettings,
    catalogue: &Catalogue,
    problems: &mut Vec<Problem>,
) -> KioskSettings {
    let mut warn = |field: &str, message: String| {
        problems.push(Problem::warning(Place::Catalogue, Some(field), message));
    };
    if let Some(id) = settings.place.take_if(|id| catalogue.place(id).is_none()) {
        warn(
            "kiosk.place",
            format!("`{id}` is no neighbourhood or venue id; searches start from the centre"),
        );
    }
    let allowed = MIN_CATALOGUE_IDLE_SECONDS..=MAX_IDLE_SECONDS;
    if let Some(seconds) = settings.idle_seconds.take_if(|s| !allowed.contains(s)) {
        warn(
            "kiosk.idle_seconds",
            format!(
                "{seconds} is not from {} to {} seconds; {DEFAULT_IDLE_SECONDS} is used",
                allowed.start(),
                allowed.end()
            ),
        );
    }
    settings
}

/// Whether the URL's `kiosk=` value turns kiosk mode on.
pub fn is_on(value: &str) -> bool {
    matches!(value, "1" | "yes" | "true" | "on")
}

/// The URL's `idle=` value, whole seconds from 1 to an hour: for tests and for
/// trying the reset out. Anything else is ignored.
pub fn idle_from_query(value: &str) -> Option<u32> {
    value
        .parse::<u32>()
        .ok()
        .filter(|s| (1..=MAX_IDLE_SECONDS).contains(s))
}

/// Where a kiosk stands in its idle time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    /// Someone is using it.
    Active,
    /// Nobody has touched it for the idle time: "I'm still here" is offered
    /// and the screen starts again after this many more seconds.
    Countdown {
        /// Whole seconds left, at least 1.
        seconds_left: u32,
    },
    /// Nobody answered: start again.
    Reset,
}

/// Where a kiosk with `idle_seconds` stands `quiet_ms` milliseconds after the
/// last touch, key or scroll.
pub fn idle_state(idle_seconds: u32, quiet_ms: u64) -> Idle {
    let idle_ms = u64::from(idle_seconds) * 1000;
    let countdown_ms = u64::from(countdown_seconds(idle_seconds)) * 1000;
    if quiet_ms < idle_ms {
        Idle::Active
    } else if quiet_ms < idle_ms + countdown_ms {
        let left_ms = idle_ms + countdown_ms - quiet_ms;
        Idle::Countdown {
            seconds_left: u32::try_from(left_ms.div_ceil(1000)).unwrap_or(u32::MAX),
        }
    } else {
        Idle::Reset
    }
}

/// How long the countdown lasts for a kiosk with `idle_seconds`.
pub fn countdown_seconds(idle_seconds: u32) -> u32 {
    COUNTDOWN_SECONDS.min(idle_seconds).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Neighbourhood;

    fn catalogue() -> Catalogue {
        Catalogue {
            neighbourhoods: vec![Neighbourhood {
                id: "blackpool".into(),
                name: "Blackpool".into(),
                centre: crate::LatLon {
                    lat: 51.9,
                    lon: -8.47,
                },
                outline: Vec::new(),
                population: None,
                population_estimate: false,
            }],
            ..Catalogue::default()
        }
    }

    /// The settings checked, and the fields of the warnings.
    fn check(settings: KioskSettings) -> (KioskSettings, Vec<String>) {
        let mut problems = Vec::new();
        let settings = checked(settings, &catalogue(), &mut problems);
        let fields = problems
            .iter()
            .map(|p| {
                assert!(!p.is_error(), "kiosk problems are warnings: {p:?}");
                p.field.clone().unwrap_or_default()
            })
            .collect();
        (settings, fields)
    }

    #[test]
    fn good_settings_are_kept_whole() {
        let good = KioskSettings {
            always: true,
            place: Some("blackpool".into()),
            idle_seconds: Some(90),
        };
        assert_eq!(check(good.clone()), (good, vec![]));
        let none = KioskSettings::default();
        assert_eq!(check(none.clone()), (none, vec![]));
    }

    #[test]
    fn each_bad_value_is_a_warning_naming_its_field_and_the_rest_is_kept() {
        let (settings, problems) = check(KioskSettings {
            always: true,
            place: Some("atlantis".into()),
            idle_seconds: Some(5),
        });
        assert_eq!(
            settings,
            KioskSettings {
                always: true,
                ..KioskSettings::default()
            }
        );
        assert_eq!(problems, ["kiosk.place", "kiosk.idle_seconds"]);
        let (settings, problems) = check(KioskSettings {
            idle_seconds: Some(MAX_IDLE_SECONDS + 1),
            place: Some("blackpool".into()),
            ..KioskSettings::default()
        });
        assert_eq!(settings.place.as_deref(), Some("blackpool"));
        assert_eq!(problems, ["kiosk.idle_seconds"]);
    }

    #[test]
    fn the_url_turns_kiosk_mode_on_and_shortens_the_idle_time() {
        assert!(is_on("1") && is_on("yes") && is_on("true"));
        assert!(!is_on("0") && !is_on("") && !is_on("no"));
        assert_eq!(idle_from_query("3"), Some(3));
        assert_eq!(idle_from_query("0"), None);
        assert_eq!(idle_from_query("-4"), None);
        assert_eq!(idle_from_query("99999"), None);
        assert_eq!(idle_from_query("soon"), None);
    }

    #[test]
    fn the_countdown_follows_the_idle_time_then_the_kiosk_resets() {
        assert_eq!(idle_state(120, 0), Idle::Active);
        assert_eq!(idle_state(120, 119_999), Idle::Active);
        assert_eq!(
            idle_state(120, 120_000),
            Idle::Countdown { seconds_left: 30 }
        );
        assert_eq!(
            idle_state(120, 149_001),
            Idle::Countdown { seconds_left: 1 }
        );
        assert_eq!(idle_state(120, 150_000), Idle::Reset);
        // A short test time gives an equally short countdown.
        assert_eq!(countdown_seconds(3), 3);
        assert_eq!(idle_state(3, 3_500), Idle::Countdown { seconds_left: 3 });
        assert_eq!(idle_state(3, 6_000), Idle::Reset);
        assert_eq!(countdown_seconds(0), 1);
    }
}
