//! Which catalogue URLs may become links.
//!
//! Catalogue text comes from many hands; a `javascript:` or `data:` URL must never
//! reach an `href`.

/// The URL schemes that may become links.
const SAFE_SCHEMES: [&str; 4] = ["https:", "http:", "mailto:", "tel:"];

/// Returns the URL, trimmed, when its scheme is one of https, http, mailto or tel.
pub fn safe_href(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme_end = url.find(':')? + 1;
    let scheme = url[..scheme_end].to_ascii_lowercase();
    SAFE_SCHEMES
        .contains(&scheme.as_str())
        .then_some(url)
        .filter(|u| u.len() > scheme_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Web, mail and phone links pass; anything else, or nothing after the scheme, does not.
    #[test]
    fn only_safe_schemes_pass() {
        let cases = [
            ("https://corkcitylibraries.ie", true),
            (" HTTP://example.org ", true),
            ("mailto:info@example.org", true),
            ("tel:+353214924900", true),
            ("javascript:alert(1)", false),
            ("JavaScript:alert(1)", false),
            ("data:text/html,<b>x</b>", false),
            ("vbscript:x", false),
            ("/relative/path", false),
            ("example.org", false),
            ("https:", false),
            ("", false),
        ];
        for (url, ok) in cases {
            assert_eq!(safe_href(url).is_some(), ok, "{url}");
        }
    }
}
