//! Text matching for the search box: folding and word matching.

/// Folds text for matching: lower case, so "Email" finds "email".
pub fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// The words of a query, folded. Empty when the query is only spaces.
pub fn query_words(query: &str) -> Vec<String> {
    query.split_whitespace().map(fold).collect()
}

/// True when every word occurs in at least one of the fields (already folded).
/// No words matches everything.
pub fn all_words_match(words: &[String], folded_fields: &[&str]) -> bool {
    words
        .iter()
        .all(|w| folded_fields.iter().any(|f| f.contains(w.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folding ignores case, including outside ASCII.
    #[test]
    fn fold_ignores_case() {
        assert_eq!(fold("ÉIRE Email"), "éire email");
    }

    /// Extra spaces do not make empty words.
    #[test]
    fn query_words_split_on_whitespace() {
        assert_eq!(query_words("  Email   Basics "), vec!["email", "basics"]);
        assert!(query_words("   ").is_empty());
    }

    /// Every word must be found, each in any field.
    #[test]
    fn all_words_must_match() {
        let fields = ["email basics", "learn to send messages"];
        assert!(all_words_match(&query_words("email send"), &fields));
        assert!(!all_words_match(&query_words("email cooking"), &fields));
        assert!(all_words_match(&[], &fields));
    }
}
