//! Translated text in spreadsheets: a column, or a mapped field, named
//! `translations.<language tag>.<field>`, such as `translations.pl.title` in
//! `opportunities.csv` or `translations.uk.label` in `skills.csv`, holds that
//! field in that language. An empty cell gives no translation.
//!
//! Must never guess a language: a name whose tag is not a language tag, or
//! whose field cannot be translated, is reported, never read as something else.

use learnlocal_core::Translation;
use learnlocal_core::catalogue::SkillTranslation;
use learnlocal_core::lang::{TranslatedFields, Translations, canonical_case, tag_problem};
use learnlocal_core::text::fold;

/// What every translation column's name starts with.
pub(crate) const PREFIX: &str = "translations.";

/// Reads a column's or a mapped field's name as a translation of one of
/// `fields`: `None` when it does not start with `translations.`, else its name
/// as LearnLocal writes it (the tag in its usual case: `translations.pt-BR.title`),
/// or why it cannot be used.
pub(crate) fn translation_field(name: &str, fields: &[&str]) -> Option<Result<String, String>> {
    let folded = fold(name.trim());
    let rest = folded.strip_prefix(PREFIX)?;
    let example = format!("{PREFIX}pl.{}", fields.first().copied().unwrap_or("title"));
    let Some((tag, field)) = rest.rsplit_once('.') else {
        return Some(Err(format!(
            "`{name}` names no field: write `{PREFIX}<language>.<field>`, such as `{example}`"
        )));
    };
    if !fields.contains(&field) {
        return Some(Err(format!(
            "`{field}` cannot be translated here: the fields that can are {}, as in `{example}`",
            fields.join(", ")
        )));
    }
    if let Some(problem) = tag_problem(tag) {
        return Some(Err(problem));
    }
    Some(Ok(format!("{PREFIX}{}.{field}", canonical_case(tag))))
}

/// The tag and field of a name [`translation_field`] has made.
pub(crate) fn tag_and_field(name: &str) -> Option<(&str, &str)> {
    name.strip_prefix(PREFIX)?.rsplit_once('.')
}

/// Translations from `(name, text)` pairs whose names [`translation_field`] has
/// made, in the order their languages first come; empty texts give nothing.
pub(crate) fn collect<'a, T: TranslatedFields>(
    cells: impl Iterator<Item = (&'a str, &'a str)>,
) -> Translations<T> {
    let mut list: Vec<T> = Vec::new();
    for (name, text) in cells {
        let text = text.trim();
        let Some((tag, field)) = tag_and_field(name).filter(|_| !text.is_empty()) else {
            continue;
        };
        let at = match list.iter().position(|t| t.lang() == tag) {
            Some(at) => at,
            None => {
                list.push(T::empty(tag.to_owned()));
                list.len() - 1
            }
        };
        if let Some(slot) = list.get_mut(at).and_then(|t| t.field_mut(field)) {
            *slot = Some(text.to_owned());
        }
    }
    list.into()
}

/// The fields of an opportunity that can be translated.
pub(crate) const OPPORTUNITY_FIELDS: &[&str] = Translation::FIELDS;

/// The fields of a skill that can be translated.
pub(crate) const SKILL_FIELDS: &[&str] = SkillTranslation::FIELDS;

#[cfg(test)]
mod tests {
    use super::*;

    /// Names are read ignoring case, their tags written in the usual case; each
    /// mistake is explained.
    #[test]
    fn translation_names_are_read_or_explained() {
        let read = |name: &str| translation_field(name, OPPORTUNITY_FIELDS);
        assert_eq!(read("title"), None);
        assert_eq!(
            read(" Translations.PT-br.Title "),
            Some(Ok("translations.pt-BR.title".to_owned()))
        );
        assert_eq!(
            read("translations.uk.summary"),
            Some(Ok("translations.uk.summary".to_owned()))
        );
        assert_eq!(
            read("translations.pl"),
            Some(Err("`translations.pl` names no field: write `translations.<language>.<field>`, such as `translations.pl.title`".to_owned()))
        );
        assert_eq!(
            read("translations.pl.venue"),
            Some(Err("`venue` cannot be translated here: the fields that can are title, summary, description, as in `translations.pl.title`".to_owned()))
        );
        assert_eq!(
            read("translations.polish.title"),
            Some(Err(
                "`polish` is not a language tag such as `pl`, `ga` or `pt-BR`".to_owned()
            ))
        );
        assert_eq!(
            translation_field("translations.ga.label", SKILL_FIELDS),
            Some(Ok("translations.ga.label".to_owned()))
        );
    }

    /// Cells make one translation per language, in the order met; empty cells
    /// give nothing.
    #[test]
    fn cells_are_collected_by_language() {
        let t: Translations<Translation> = collect(
            [
                ("translations.pl.title", "Poczta"),
                ("translations.uk.title", " "),
                ("translations.ar.summary", "تعلم البريد"),
                ("translations.pl.summary", "Naucz się "),
                ("title", "Email"),
            ]
            .into_iter(),
        );
        assert_eq!(
            t.iter().collect::<Vec<_>>(),
            [
                &Translation {
                    title: Some("Poczta".into()),
                    summary: Some("Naucz się".into()),
                    ..Translation::new("pl")
                },
                &Translation {
                    summary: Some("تعلم البريد".into()),
                    ..Translation::new("ar")
                }
            ]
        );
    }
}
