//! What the model's lenient reading of translations passes over, named: a
//! translation's shape is checked here, from its text, so that a misspelt field
//! or a number where text belongs is a warning naming it rather than a silence
//! (the typed record keeps only what has the right shape, and the record itself
//! is never left out for a translation).

use crate::lang::{Entry, Written};

/// Every part of a `translations` value, as written, that is not an object
/// from language tag to an object of texts named `fields`, in the file's order:
/// (the field path, from `translations`, and the message).
pub(super) fn translation_shape(written: &Written, fields: &[&str]) -> Vec<(String, String)> {
    let example = fields.first().copied().unwrap_or("title");
    let languages = match written {
        Written::Languages(languages) => languages,
        Written::Other => {
            return vec![(
                "translations".to_owned(),
                format!(
                    "translations must be an object from language tag to texts, such as {{\"pl\": {{\"{example}\": \"…\"}}}}; they are ignored"
                ),
            )];
        }
        Written::Absent => return Vec::new(),
    };
    let mut problems = Vec::new();
    for (lang, entry) in languages {
        let lang = crate::problem::quote(lang);
        let lang = lang.trim_matches('`');
        let Entry::Texts(texts) = entry else {
            problems.push((
                format!("translations.{lang}"),
                format!(
                    "a translation must be an object of texts, such as {{\"{example}\": \"…\"}}; it is ignored"
                ),
            ));
            continue;
        };
        for (name, text) in texts {
            let quoted = crate::problem::quote(name);
            let field = format!("translations.{lang}.{}", quoted.trim_matches('`'));
            if !fields.contains(&name.as_str()) {
                problems.push((
                    field,
                    format!(
                        "{quoted} is not a field of a translation (they are {}); it is ignored",
                        fields.join(", ")
                    ),
                ));
            } else if text.is_none() {
                problems.push((
                    field,
                    format!("a translated {name} must be text; it is ignored"),
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    fn translation_shape(text: &str, fields: &[&str]) -> Vec<(String, String)> {
        super::translation_shape(&serde_json::from_str(text).unwrap(), fields)
    }

    /// Objects of texts pass; anything else is named, down to the field.
    #[test]
    fn names_what_is_not_an_object_of_texts() {
        let fields = ["title", "summary", "description"];
        assert_eq!(
            translation_shape(r#"{"pl": {"title": "Tytuł"}}"#, &fields),
            []
        );
        assert_eq!(translation_shape("null", &fields), []);
        let found = translation_shape(
            r#"{"pl": {"titel": "Tytuł", "summary": 5}, "uk": "Назва"}"#,
            &fields,
        );
        let fields_named: Vec<&str> = found.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields_named,
            [
                "translations.pl.titel",
                "translations.pl.summary",
                "translations.uk"
            ]
        );
        assert_eq!(
            found[0].1,
            "`titel` is not a field of a translation (they are title, summary, description); it is ignored"
        );
        assert_eq!(
            found[1].1,
            "a translated summary must be text; it is ignored"
        );
        let found = translation_shape(r#"["pl"]"#, &["label"]);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].1.contains(r#"{"pl": {"label": "…"}}"#),
            "{}",
            found[0].1
        );
    }
}
