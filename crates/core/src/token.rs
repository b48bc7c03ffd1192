//! Enum values as the short words the URL's query string and the app's form
//! controls hold, such as `walk15` or `older_people`.
//!
//! Each enum has one table of words, written once with [`tokens!`], whose `match`
//! the compiler checks for every variant. Nothing here may use `Debug` output or a
//! serde round trip as a word: a renamed variant must never change a shared link.

/// An enum whose every value has a short, stable word.
pub trait Token: Copy + PartialEq + Sized + 'static {
    /// Every value, in a stable order.
    const ALL: &'static [Self];

    /// The word for this value.
    fn token(self) -> &'static str;

    /// The value this word names, if any; words are matched exactly.
    fn from_token(text: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.token() == text)
    }
}

/// Writes an enum's word table once: `tokens!(Kind { Course => "course", ... })`
/// gives `Kind::ALL` (every value, in the order listed) and the [`Token`] impl.
/// The variants must all be listed: the generated `match` is exhaustive.
macro_rules! tokens {
    ($ty:ident { $($variant:ident => $token:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in a stable order.
            pub const ALL: [Self; [$($token),+].len()] = [$(Self::$variant),+];
        }

        impl $crate::token::Token for $ty {
            const ALL: &'static [Self] = &$ty::ALL;

            fn token(self) -> &'static str {
                match self {
                    $(Self::$variant => $token),+
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::Token;
    use crate::catalogue::VenueAccess;
    use crate::filter::{AccessNeed, Radius, Sort, StartsWithin};
    use crate::opportunity::{Audience, Kind, Level, Mode, SessionAccess};
    use crate::schedule::PartOfDay;
    use crate::time::Weekday;
    use std::collections::HashSet;

    fn check<T: Token + std::fmt::Debug>() {
        let mut seen = HashSet::new();
        for &value in T::ALL {
            let token = value.token();
            assert!(seen.insert(token), "{token} is used twice");
            assert_eq!(T::from_token(token), Some(value), "{token}");
            assert!(
                !token.is_empty() && !token.contains([',', '&', '=', ' ']),
                "{token:?} would not survive a query string"
            );
        }
        assert_eq!(T::from_token("no such word"), None);
    }

    /// Every word names its own value back, and no enum uses a word twice.
    #[test]
    fn every_token_round_trips_and_is_unique() {
        check::<Kind>();
        check::<Level>();
        check::<Audience>();
        check::<Mode>();
        check::<SessionAccess>();
        check::<VenueAccess>();
        check::<AccessNeed>();
        check::<PartOfDay>();
        check::<Weekday>();
        check::<Radius>();
        check::<StartsWithin>();
        check::<Sort>();
    }

    /// The words are the ones links already hold; changing one breaks old links.
    #[test]
    fn tokens_are_the_ones_links_hold() {
        let words = |all: &[&str]| all.join(" ");
        let of = |tokens: Vec<&str>| tokens.join(" ");
        assert_eq!(
            of(Radius::ALL.iter().map(|r| r.token()).collect()),
            words(&["walk15", "1km", "3km", "5km", "10km", "any"])
        );
        assert_eq!(
            of(Sort::ALL.iter().map(|s| s.token()).collect()),
            words(&["distance", "soonest", "relevance", "az"])
        );
        assert_eq!(
            of(AccessNeed::ALL.iter().map(|a| a.token()).collect()),
            words(&[
                "step_free",
                "accessible_toilet",
                "accessible_parking",
                "public_transport",
                "sign_language",
                "hearing_loop",
                "childcare",
                "quiet",
                "carer_free",
                "large_print",
                "easy_read",
            ])
        );
        assert_eq!(
            of(Audience::ALL.iter().map(|a| a.token()).collect()),
            words(&[
                "everyone",
                "adults",
                "older_people",
                "young_people",
                "children",
                "families",
                "newcomers",
                "jobseekers",
                "carers",
            ])
        );
        assert_eq!(
            of(Weekday::ALL.iter().map(|d| d.token()).collect()),
            words(&["mo", "tu", "we", "th", "fr", "sa", "su"])
        );
        assert_eq!(Weekday::from_token("MO"), Some(Weekday::Mon));
    }

    /// The catalogue's JSON names its enum values with the same words.
    #[test]
    fn catalogue_names_are_the_tokens() {
        fn same<T: Token + serde::Serialize>() {
            for &value in T::ALL {
                assert_eq!(
                    serde_json::to_value(value).ok(),
                    Some(serde_json::Value::from(value.token()))
                );
            }
        }
        same::<Kind>();
        same::<Level>();
        same::<Audience>();
        same::<Mode>();
        same::<SessionAccess>();
        same::<VenueAccess>();
        same::<AccessNeed>();
        same::<PartOfDay>();
        same::<Weekday>();
    }
}
