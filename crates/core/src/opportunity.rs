//! One opportunity: something a person can go to or join.
//!
//! Field names follow the catalogue JSON. The mapping to Open Referral HSDS 3.0,
//! OpenActive 2.x and schema.org is in `docs/catalogue-format.md`.

use crate::lang::{InLanguage, TranslatedFields, Translations};
use crate::schedule::Schedule;
use crate::time::Date;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A course, an activity or a learning place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    /// Stable identifier, unique in the catalogue; used in the detail page's URL.
    pub id: String,
    /// Course, library or activity.
    pub kind: Kind,
    /// Short title.
    pub title: String,
    /// One or two sentences shown in the result list.
    pub summary: String,
    /// Longer description for the detail page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The title, summary and description in other languages than the
    /// catalogue's; read them through [`Opportunity::title_in`] and its kin.
    #[serde(default, skip_serializing_if = "Translations::is_none")]
    pub translations: Translations<Translation>,
    /// Who runs it; one value shared by every record of the same provider
    /// (the reader shares them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<Arc<Provider>>,
    /// Venue id; `None` when it is online only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// Skill ids from the catalogue's taxonomy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// What a learner needs to know already.
    #[serde(default, skip_serializing_if = "Level::is_none")]
    pub level: Level,
    /// Who it is meant for; empty means everyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audience: Vec<Audience>,
    /// Age limits, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeRange>,
    /// Languages it is taught or held in, as ISO 639-1 codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// In person, online or both.
    #[serde(default, skip_serializing_if = "Mode::is_in_person")]
    pub mode: Mode,
    /// When it happens; for a library, its opening hours.
    #[serde(default, skip_serializing_if = "Schedule::is_empty")]
    pub schedule: Schedule,
    /// What it costs.
    #[serde(default, skip_serializing_if = "Cost::is_unknown")]
    pub cost: Cost,
    /// Support the session itself offers, beyond the building's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub access: Vec<SessionAccess>,
    /// How to take part.
    #[serde(default, skip_serializing_if = "Booking::is_empty")]
    pub booking: Booking,
    /// A page with more about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When someone last checked the record was right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<Date>,
    /// Where the record came from (a feed, a spreadsheet); one text shared by
    /// every record from the same source (the reader shares them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Arc<str>>,
}

impl Opportunity {
    /// A record with the required fields and everything else empty: in person,
    /// no venue yet, no schedule, cost unknown.
    pub fn new(id: &str, kind: Kind, title: &str, summary: &str) -> Self {
        Self {
            id: id.to_owned(),
            kind,
            title: title.to_owned(),
            summary: summary.to_owned(),
            description: None,
            translations: Translations::default(),
            provider: None,
            venue: None,
            skills: Vec::new(),
            level: Level::None,
            audience: Vec::new(),
            age: None,
            languages: Vec::new(),
            mode: Mode::InPerson,
            schedule: Schedule::default(),
            cost: Cost::default(),
            access: Vec::new(),
            booking: Booking::default(),
            url: None,
            verified: None,
            source: None,
        }
    }

    /// The title for a person who reads `want` (a language tag such as `pl`):
    /// the best translation's ([`crate::lang::best_match`]), else the record's
    /// own, in `own`, the catalogue's language ([`crate::Catalogue::language`]).
    ///
    /// ## Usage
    ///
    /// ```
    /// use learnlocal_core::opportunity::{Kind, Opportunity, Translation};
    ///
    /// let mut o = Opportunity::new("a", Kind::Course, "Email basics", "Learn email.");
    /// o.translations = vec![Translation {
    ///     title: Some("Podstawy poczty e-mail".into()),
    ///     ..Translation::new("pl")
    /// }]
    /// .into();
    /// let title = o.title_in("pl-PL", "en");
    /// assert_eq!((title.text, title.lang), ("Podstawy poczty e-mail", "pl"));
    /// // No Polish summary: the record's own, in the catalogue's language.
    /// let summary = o.summary_in("pl", "en");
    /// assert_eq!((summary.text, summary.lang), ("Learn email.", "en"));
    /// ```
    pub fn title_in<'a>(&'a self, want: &str, own: &'a str) -> InLanguage<'a> {
        self.translations
            .best("title", want, own)
            .unwrap_or(InLanguage {
                text: &self.title,
                lang: own,
            })
    }

    /// The summary for a person who reads `want`, as [`Opportunity::title_in`].
    pub fn summary_in<'a>(&'a self, want: &str, own: &'a str) -> InLanguage<'a> {
        self.translations
            .best("summary", want, own)
            .unwrap_or(InLanguage {
                text: &self.summary,
                lang: own,
            })
    }

    /// The description for a person who reads `want`, as
    /// [`Opportunity::title_in`]; `None` when neither a translation nor the
    /// record gives one.
    pub fn description_in<'a>(&'a self, want: &str, own: &'a str) -> Option<InLanguage<'a>> {
        self.translations
            .best("description", want, own)
            .or_else(|| {
                self.description
                    .as_deref()
                    .map(|text| InLanguage { text, lang: own })
            })
    }
}

/// An opportunity's text in one other language. Each field is optional: one
/// not given falls back to the record's own, field by field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translation {
    /// The language tag (BCP 47, usually ISO 639-1: `pl`, `uk`, `pt-BR`).
    pub lang: String,
    /// The title in that language.
    pub title: Option<String>,
    /// The summary in that language.
    pub summary: Option<String>,
    /// The description in that language.
    pub description: Option<String>,
}

impl Translation {
    /// A translation into `lang` with no text yet.
    pub fn new(lang: &str) -> Self {
        Self {
            lang: lang.to_owned(),
            ..Self::default()
        }
    }
}

impl TranslatedFields for Translation {
    const FIELDS: &'static [&'static str] = &["title", "summary", "description"];

    fn empty(lang: String) -> Self {
        Self {
            lang,
            ..Self::default()
        }
    }

    fn lang(&self) -> &str {
        &self.lang
    }

    fn field_mut(&mut self, name: &str) -> Option<&mut Option<String>> {
        match name {
            "title" => Some(&mut self.title),
            "summary" => Some(&mut self.summary),
            "description" => Some(&mut self.description),
            _ => None,
        }
    }

    fn text(&self, name: &str) -> Option<&str> {
        match name {
            "title" => self.title.as_deref(),
            "summary" => self.summary.as_deref(),
            "description" => self.description.as_deref(),
            _ => None,
        }
    }
}

/// What sort of thing an opportunity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A taught course, usually over several sessions.
    Course,
    /// A library or other learning place itself.
    Library,
    /// A one-off or recurring activity, club or event.
    Activity,
}

tokens!(Kind {
    Course => "course",
    Library => "library",
    Activity => "activity",
});

/// The organisation that runs an opportunity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Provider {
    /// Organisation name.
    pub name: String,
    /// Its website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Its phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Its email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// What a learner needs to know already.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Open to anyone; no level applies.
    #[default]
    None,
    /// For people starting out.
    Beginner,
    /// For people with some experience.
    Intermediate,
    /// For people with a lot of experience.
    Advanced,
}

tokens!(Level {
    None => "none",
    Beginner => "beginner",
    Intermediate => "intermediate",
    Advanced => "advanced",
});

impl Level {
    fn is_none(&self) -> bool {
        *self == Self::None
    }
}

/// Who an opportunity is meant for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Anyone.
    Everyone,
    /// Adults.
    Adults,
    /// Older people.
    OlderPeople,
    /// Teenagers and young adults.
    YoungPeople,
    /// Children.
    Children,
    /// Children with their parents or carers.
    Families,
    /// People new to the country.
    Newcomers,
    /// People looking for work.
    Jobseekers,
    /// People who care for someone.
    Carers,
}

tokens!(Audience {
    Everyone => "everyone",
    Adults => "adults",
    OlderPeople => "older_people",
    YoungPeople => "young_people",
    Children => "children",
    Families => "families",
    Newcomers => "newcomers",
    Jobseekers => "jobseekers",
    Carers => "carers",
});

/// Age limits in whole years; either end may be open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeRange {
    /// Youngest age allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u8>,
    /// Oldest age allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u8>,
}

impl AgeRange {
    /// True when a person of this age may take part.
    pub fn admits(&self, age: u8) -> bool {
        self.min.is_none_or(|min| age >= min) && self.max.is_none_or(|max| age <= max)
    }
}

/// How an opportunity is delivered.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// At a venue.
    #[default]
    InPerson,
    /// Over the internet only.
    Online,
    /// Partly at a venue, partly online.
    Blended,
}

tokens!(Mode {
    InPerson => "in_person",
    Online => "online",
    Blended => "blended",
});

impl Mode {
    fn is_in_person(&self) -> bool {
        *self == Self::InPerson
    }
}

/// What taking part costs. Neither free nor priced means unknown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cost {
    /// Free for everyone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub free: bool,
    /// The prices, e.g. for the whole course or per session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prices: Vec<Price>,
    /// Reductions in plain words, e.g. "Free for jobseekers".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concessions: Vec<String>,
}

impl Cost {
    /// True when the record says nothing about cost.
    pub fn is_unknown(&self) -> bool {
        !self.free && self.prices.is_empty() && self.concessions.is_empty()
    }

    /// The lowest full price, or 0 when free; `None` when unknown.
    pub fn lowest_amount(&self) -> Option<f64> {
        if self.free {
            return Some(0.0);
        }
        self.prices.iter().map(|p| p.amount).reduce(f64::min)
    }
}

/// One price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Price {
    /// Amount in the currency's main unit, e.g. 40.0 for €40.
    pub amount: f64,
    /// ISO 4217 code, e.g. "EUR".
    pub currency: String,
    /// What the price is for, e.g. "per session".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// Support a session itself offers (as opposed to the building's accessibility).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionAccess {
    /// Irish Sign Language (or the local sign language) interpretation.
    SignLanguage,
    /// A hearing loop.
    HearingLoop,
    /// Childcare or a crèche while you take part.
    Childcare,
    /// A quiet or sensory-friendly session.
    Quiet,
    /// A carer or companion goes free.
    CarerFree,
    /// Materials in large print.
    LargePrint,
    /// Materials in easy-read form.
    EasyRead,
}

tokens!(SessionAccess {
    SignLanguage => "sign_language",
    HearingLoop => "hearing_loop",
    Childcare => "childcare",
    Quiet => "quiet",
    CarerFree => "carer_free",
    LargePrint => "large_print",
    EasyRead => "easy_read",
});

/// How to take part, and who to contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Booking {
    /// The ways to join; empty means unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub how: Vec<JoinMethod>,
    /// Phone number to book or ask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email address to book or ask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Booking page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Anything else to know, e.g. "Places are limited".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Booking {
    /// True when nothing is known about booking.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A way to join.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JoinMethod {
    /// Just turn up.
    WalkIn,
    /// Book by phone.
    Phone,
    /// Book by email.
    Email,
    /// Book online.
    Web,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translated() -> Opportunity {
        let mut o = Opportunity::new("a", Kind::Course, "Email basics", "Learn email.");
        o.description = Some("Bring your phone.".into());
        o.translations = vec![
            Translation {
                title: Some("Podstawy poczty e-mail".into()),
                summary: Some("Naucz się poczty.".into()),
                ..Translation::new("pl")
            },
            Translation {
                title: Some("Noções básicas de e-mail".into()),
                description: Some("Traga o seu telemóvel.".into()),
                ..Translation::new("pt-BR")
            },
            Translation {
                summary: Some("Aprenda e-mail.".into()),
                ..Translation::new("pt")
            },
        ]
        .into();
        o
    }

    fn text_and_lang(t: InLanguage<'_>) -> (&str, &str) {
        (t.text, t.lang)
    }

    /// Each field comes from the best translation that gives it, else from the
    /// record itself in the catalogue's language.
    #[test]
    fn each_field_falls_back_on_its_own() {
        let o = translated();
        assert_eq!(
            text_and_lang(o.title_in("pl", "en")),
            ("Podstawy poczty e-mail", "pl")
        );
        assert_eq!(
            text_and_lang(o.summary_in("PL-pl", "en")),
            ("Naucz się poczty.", "pl")
        );
        assert_eq!(
            o.description_in("pl", "en").map(text_and_lang),
            Some(("Bring your phone.", "en"))
        );
        // "pt" has only a summary: the title comes from "pt-BR", the same language.
        assert_eq!(
            text_and_lang(o.title_in("pt", "en")),
            ("Noções básicas de e-mail", "pt-BR")
        );
        assert_eq!(
            text_and_lang(o.summary_in("pt", "en")),
            ("Aprenda e-mail.", "pt")
        );
        assert_eq!(
            text_and_lang(o.summary_in("pt-BR", "en")),
            ("Aprenda e-mail.", "pt")
        );
        assert_eq!(
            o.description_in("pt-PT", "en").map(text_and_lang),
            Some(("Traga o seu telemóvel.", "pt-BR"))
        );
        // No translation into the language asked for, or asked for the
        // catalogue's own: the record's own text.
        for want in ["uk", "en", "en-IE", ""] {
            assert_eq!(
                text_and_lang(o.title_in(want, "en")),
                ("Email basics", "en")
            );
            assert_eq!(
                text_and_lang(o.summary_in(want, "en")),
                ("Learn email.", "en")
            );
        }
    }

    /// A record with no description has none in any language, unless a
    /// translation gives one.
    #[test]
    fn a_description_may_exist_only_in_a_translation() {
        let mut o = translated();
        o.description = None;
        assert_eq!(o.description_in("pl", "en"), None);
        assert_eq!(o.description_in("pt", "en").map(|d| d.lang), Some("pt-BR"));
    }

    /// A record without translations takes no more room than one pointer.
    #[test]
    fn no_translations_cost_one_pointer() {
        assert_eq!(
            std::mem::size_of::<Translations<Translation>>(),
            std::mem::size_of::<usize>()
        );
        let o = Opportunity::new("a", Kind::Course, "T", "S");
        assert!(o.translations.is_none());
        assert!(!serde_json::to_string(&o).unwrap().contains("translations"));
    }
}
