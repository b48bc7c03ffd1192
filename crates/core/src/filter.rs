//! The finder's filters, read from and written to the URL's query string.
//!
//! Two stages, as typed: the query's key/value pairs exactly as the URL holds them,
//! then [`Filters`], checked against the catalogue. An unknown key or value is
//! ignored, never an error: a shared link from an older version still opens.

use crate::route::encode;
use crate::text;
use crate::{Catalogue, Opportunity};
use std::collections::BTreeSet;

/// Query key of the search text.
pub const KEY_TEXT: &str = "q";
/// Query key of the selected skills, comma-separated ids.
pub const KEY_SKILL: &str = "skill";

/// What the person has asked for. The default matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// The search box, exactly as typed (spaces kept, so typing is not disturbed).
    pub text: String,
    /// Skill ids; a result matches if it teaches any of them. Empty means any skill.
    pub skills: BTreeSet<String>,
}

impl Filters {
    /// Reads filters from decoded query pairs, keeping only skills the catalogue knows.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        catalogue: &Catalogue,
    ) -> Self {
        let mut filters = Self::default();
        for (key, value) in pairs {
            match key {
                KEY_TEXT => filters.text = value.to_owned(),
                KEY_SKILL => filters.skills.extend(
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|id| catalogue.skills.iter().any(|s| s.id == *id))
                        .map(str::to_owned),
                ),
                _ => {}
            }
        }
        filters
    }

    /// The query string (without `?`) that reproduces these filters; empty for none.
    /// Keys appear in a fixed order so equal filters give equal URLs.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.text.is_empty() {
            parts.push(format!("{KEY_TEXT}={}", encode(&self.text, b"")));
        }
        if !self.skills.is_empty() {
            let ids: Vec<&str> = self.skills.iter().map(String::as_str).collect();
            parts.push(format!("{KEY_SKILL}={}", encode(&ids.join(","), b",")));
        }
        parts.join("&")
    }

    /// These filters with one skill switched on or off.
    pub fn with_skill_toggled(&self, id: &str) -> Self {
        let mut next = self.clone();
        if !next.skills.remove(id) {
            next.skills.insert(id.to_owned());
        }
        next
    }

    /// These filters with other search text.
    pub fn with_text(&self, text: &str) -> Self {
        Self {
            text: text.to_owned(),
            ..self.clone()
        }
    }

    /// True when the opportunity passes every filter.
    pub fn matches(&self, _catalogue: &Catalogue, opportunity: &Opportunity) -> bool {
        self.matches_skills(opportunity)
            && text::all_words_match(
                &text::query_words(&self.text),
                &[
                    &text::fold(&opportunity.title),
                    &text::fold(&opportunity.summary),
                ],
            )
    }

    fn matches_skills(&self, opportunity: &Opportunity) -> bool {
        self.skills.is_empty() || opportunity.skills.iter().any(|s| self.skills.contains(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kind, Skill};

    fn catalogue() -> Catalogue {
        let skill = |id: &str| Skill {
            id: id.into(),
            label: id.to_uppercase(),
        };
        Catalogue {
            skills: vec![skill("digital"), skill("cooking"), skill("music")],
            ..Catalogue::default()
        }
    }

    fn opportunity(title: &str, summary: &str, skills: &[&str]) -> Opportunity {
        let mut o = Opportunity::new("id", Kind::Course, title, summary);
        o.skills = skills.iter().map(|s| s.to_string()).collect();
        o
    }

    /// Query values become filters; unknown skills and unknown keys are ignored.
    #[test]
    fn reads_the_query() {
        let f = Filters::from_query(
            [
                ("q", "Email basics"),
                ("skill", "digital, nonsense,music"),
                ("colour", "blue"),
            ],
            &catalogue(),
        );
        assert_eq!(f.text, "Email basics");
        assert_eq!(
            f.skills.iter().map(String::as_str).collect::<Vec<_>>(),
            ["digital", "music"]
        );
    }

    /// Writing the filters and reading them back gives the same filters.
    #[test]
    fn query_round_trips() {
        let f = Filters {
            text: "café & crafts, 50% off".into(),
            skills: ["music".to_owned(), "digital".to_owned()].into(),
        };
        let query = f.to_query();
        assert_eq!(
            query,
            "q=caf%C3%A9%20%26%20crafts%2C%2050%25%20off&skill=digital,music"
        );
        let decoded = decode_for_test(&query);
        let pairs: Vec<(&str, &str)> = decoded
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(Filters::from_query(pairs, &catalogue()), f);
        assert_eq!(Filters::default().to_query(), "");
    }

    /// Toggling a skill twice returns to where it started.
    #[test]
    fn toggling_a_skill() {
        let f = Filters::default().with_skill_toggled("music");
        assert!(f.skills.contains("music"));
        assert_eq!(f.with_skill_toggled("music"), Filters::default());
    }

    /// Skills match if the opportunity teaches any selected one; text must match
    /// every word, in the title or the summary, whatever the case.
    #[test]
    fn matching_rules() {
        let o = opportunity("Email Basics", "Send your first message", &["digital"]);
        let table: [(&str, &[&str], bool); 9] = [
            ("", &[], true),
            ("email", &[], true),
            ("EMAIL", &[], true),
            ("first message", &[], true),
            ("basics message", &[], true),
            ("email cooking", &[], false),
            ("", &["digital"], true),
            ("", &["cooking", "digital"], true),
            ("", &["cooking"], false),
        ];
        for (text, skills, expected) in table {
            let f = Filters {
                text: text.into(),
                skills: skills.iter().map(|s| s.to_string()).collect(),
            };
            assert_eq!(
                f.matches(&catalogue(), &o),
                expected,
                "text {text:?}, skills {skills:?}"
            );
        }
    }

    fn decode_for_test(query: &str) -> Vec<(String, String)> {
        query
            .split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap();
                let mut bytes = Vec::new();
                let mut rest = v.as_bytes();
                while let Some((&b, tail)) = rest.split_first() {
                    if b == b'%' {
                        let hex = std::str::from_utf8(&tail[..2]).unwrap();
                        bytes.push(u8::from_str_radix(hex, 16).unwrap());
                        rest = &tail[2..];
                    } else {
                        bytes.push(b);
                        rest = tail;
                    }
                }
                (k.to_owned(), String::from_utf8(bytes).unwrap())
            })
            .collect()
    }
}
