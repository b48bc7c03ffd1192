//! The smaller facts of an OpenActive item: level, age range and audience,
//! languages, cost (offers, concessions, currency) and session support.
//!
//! Must never invent a fact: a value that does not map is a warning, and the
//! record keeps what could be read.

use super::model::{Item, as_text, label, number, values};
use crate::record::Rec;
use crate::vocab::{access_named, language_code};
use learnlocal_core::opportunity::{AgeRange, Audience, Cost, Level, Price, SessionAccess};
use learnlocal_core::text::fold;
use serde_json::Value;

/// The lowest level listed: a course for beginners and improvers is open to
/// beginners.
pub(super) fn level(rec: &mut Rec, item: Item<'_>) -> Level {
    let Some((value, path)) = item.get("level") else {
        return Level::None;
    };
    let mut found: Option<Level> = None;
    let mut unknown = Vec::new();
    for v in values(Some(value)) {
        let Some(text) = label(v) else { continue };
        let folded = fold(text);
        let level = if folded.contains("beginner")
            || folded.contains("introduct")
            || folded.contains("novice")
        {
            Level::Beginner
        } else if folded.contains("intermediate") || folded.contains("improver") {
            Level::Intermediate
        } else if folded.contains("advanced") || folded.contains("expert") {
            Level::Advanced
        } else {
            unknown.push(text.to_owned());
            continue;
        };
        found = Some(found.map_or(level, |f| f.min(level)));
    }
    if found.is_none() && !unknown.is_empty() {
        rec.warn(
            &path,
            format!(
                "`{}` is not beginner, intermediate or advanced; no level is given",
                unknown.join(", ")
            ),
        );
    }
    found.unwrap_or(Level::None)
}

/// Age limits from `ageRange` (`minValue`, `maxValue`).
pub(super) fn age(rec: &mut Rec, item: Item<'_>) -> Option<AgeRange> {
    let (value, path) = item.get("ageRange")?;
    let Value::Object(range) = value else {
        rec.warn(&path, "`ageRange` is not a QuantitativeValue; ignored");
        return None;
    };
    let mut read = |key: &str| -> Option<u8> {
        let v = range.get(key).filter(|v| !v.is_null())?;
        match number(v).filter(|n| n.fract() == 0.0 && (0.0..=150.0).contains(n)) {
            // Checked to be a whole number from 0 to 150 above.
            Some(n) => Some(n as u8),
            None => {
                rec.warn(
                    &format!("{path}.{key}"),
                    format!("`{v}` is not an age in whole years; ignored"),
                );
                None
            }
        }
    };
    let min = read("minValue").filter(|m| *m > 0);
    let max = read("maxValue");
    if let (Some(a), Some(b)) = (min, max)
        && a > b
    {
        rec.warn(
            &path,
            format!("the youngest age {a} is above the oldest {b}; ignored"),
        );
        return None;
    }
    (min.is_some() || max.is_some()).then_some(AgeRange { min, max })
}

/// Who an age range is for, when it clearly says.
pub(super) fn audience_for(age: AgeRange) -> Vec<Audience> {
    match (age.min, age.max) {
        (_, Some(max)) if max <= 12 => vec![Audience::Children],
        (Some(min), Some(max)) if min >= 10 && max <= 25 => vec![Audience::YoungPeople],
        (Some(min), _) if min >= 60 => vec![Audience::OlderPeople],
        (Some(min), None) if min >= 18 => vec![Audience::Adults],
        _ => Vec::new(),
    }
}

/// Language codes from `inLanguage`: codes (`en`, `en-GB`), names (`English`) or
/// `Language` objects.
pub(super) fn languages(rec: &mut Rec, item: Item<'_>) -> Vec<String> {
    let Some((value, path)) = item.get("inLanguage") else {
        return Vec::new();
    };
    let mut codes = Vec::new();
    for v in values(Some(value)) {
        let candidates: Vec<&str> = match v {
            Value::Object(map) => ["alternateName", "identifier", "name"]
                .iter()
                .filter_map(|k| map.get(*k).and_then(as_text))
                .collect(),
            other => as_text(other).into_iter().collect(),
        };
        match candidates.iter().find_map(|c| language_code(c)) {
            Some(code) => {
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            None => rec.warn(
                &path,
                format!(
                    "`{}` is not a language LearnLocal knows; give an ISO 639-1 code such as `en`",
                    candidates.first().copied().unwrap_or("?")
                ),
            ),
        }
    }
    codes
}

/// Words in an offer's name that mark a reduced price.
pub(super) const CONCESSION_WORDS: &[&str] = &[
    "concession",
    "senior",
    "student",
    "unwaged",
    "jobseeker",
    "unemployed",
    "pensioner",
    "oap",
    "retired",
    "over 60",
    "over 65",
    "60+",
    "65+",
    "disabled",
    "disability",
    "carer",
    "reduced",
    "discount",
    "junior",
    "child",
    "youth",
    "under 18",
];

/// The cost from `offers` (and `isAccessibleForFree`), and the first booking
/// link an offer gives.
pub(super) fn cost(
    rec: &mut Rec,
    item: Item<'_>,
    default_currency: &str,
) -> (Cost, Option<String>) {
    let mut cost = Cost::default();
    let mut booking = None;
    let mut zero_offers = 0;
    let offers_path = item.path("offers");
    let offers = item.value("offers");
    let list = values(offers);
    let indexed = offers.is_some_and(Value::is_array);
    for (i, offer) in list.into_iter().enumerate() {
        let at = if indexed {
            format!("{offers_path}[{i}]")
        } else {
            offers_path.clone()
        };
        let Value::Object(offer) = offer else {
            rec.warn(&at, "the offer is not an object; ignored");
            continue;
        };
        if booking.is_none() {
            booking = offer.get("url").and_then(as_text).map(str::to_owned);
        }
        let Some(price_value) = offer.get("price").filter(|v| !v.is_null()) else {
            continue;
        };
        let Some(amount) = number(price_value).filter(|n| *n >= 0.0) else {
            rec.warn(
                &format!("{at}.price"),
                format!("`{price_value}` is not a price (use a number such as 3.30); ignored"),
            );
            continue;
        };
        if amount == 0.0 {
            zero_offers += 1;
        }
        let currency = match offer.get("priceCurrency").and_then(as_text) {
            Some(c) if c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()) => {
                c.to_ascii_uppercase()
            }
            Some(c) => {
                rec.warn(
                    &format!("{at}.priceCurrency"),
                    format!(
                        "`{c}` is not a currency code such as GBP; {default_currency} is assumed"
                    ),
                );
                default_currency.to_owned()
            }
            None => {
                if amount > 0.0 {
                    rec.warn(
                        &format!("{at}.priceCurrency"),
                        format!("no `priceCurrency`: {default_currency} is assumed"),
                    );
                }
                default_currency.to_owned()
            }
        };
        let name = offer.get("name").and_then(as_text).map(str::to_owned);
        if let Some(name) = &name
            && amount > 0.0
        {
            let folded = fold(name);
            if CONCESSION_WORDS.iter().any(|w| folded.contains(w)) {
                cost.concessions
                    .push(format!("{name}: {}", money(amount, &currency)));
            }
        }
        cost.prices.push(Price {
            amount,
            currency,
            label: name,
        });
    }
    let free_flag = item
        .value("isAccessibleForFree")
        .is_some_and(|v| v.as_bool() == Some(true));
    if (!cost.prices.is_empty() && zero_offers == cost.prices.len())
        || (cost.prices.is_empty() && free_flag)
    {
        cost.free = true;
        cost.prices.clear();
        cost.concessions.clear();
    }
    (cost, booking)
}

/// An amount with its currency as people write it: `£3.30`, `€40`, `12.50 CHF`.
pub(super) fn money(amount: f64, currency: &str) -> String {
    let number = if amount.fract() == 0.0 {
        format!("{amount:.0}")
    } else {
        format!("{amount:.2}")
    };
    match currency {
        "GBP" => format!("£{number}"),
        "EUR" => format!("€{number}"),
        "USD" => format!("${number}"),
        other => format!("{number} {other}"),
    }
}

/// Session support from `accessibilitySupport`, and the labels that have no match.
pub(super) fn session_access(item: Item<'_>) -> (Vec<SessionAccess>, Vec<String>) {
    let mut access = Vec::new();
    let mut unmapped = Vec::new();
    for v in values(item.value("accessibilitySupport")) {
        let Some(text) = label(v) else { continue };
        let named = access_named(text).session;
        if named.is_empty() {
            unmapped.push(text.to_owned());
        }
        for a in named {
            if !access.contains(&a) {
                access.push(a);
            }
        }
    }
    (access, unmapped)
}
