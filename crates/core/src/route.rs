//! The app's paths, built from filters so every link reproduces a screen.

use crate::Filters;

/// The path of the finder showing these filters: `/` or `/?q=…`.
pub fn finder_path(filters: &Filters) -> String {
    with_query("/".to_owned(), filters)
}

/// The path of an opportunity's detail page, carrying the finder's filters so
/// the page can link back to the same list.
pub fn detail_path(id: &str, filters: &Filters) -> String {
    with_query(format!("/o/{}", encode(id, b"")), filters)
}

fn with_query(path: String, filters: &Filters) -> String {
    match filters.to_query() {
        q if q.is_empty() => path,
        q => format!("{path}?{q}"),
    }
}

/// Percent-encodes text for any part of a URL (a query value, a mailto subject).
pub fn encode_component(text: &str) -> String {
    encode(text, b"")
}

/// Percent-encodes text for a URL: RFC 3986 unreserved characters and the bytes
/// in `keep` stay as they are, every other byte becomes `%XX`.
pub(crate) fn encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) || keep.contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No filters give bare paths; filters ride along in the query.
    #[test]
    fn paths() {
        let none = Filters::default();
        let some = Filters {
            text: "email".into(),
            ..Filters::default()
        };
        assert_eq!(finder_path(&none), "/");
        assert_eq!(finder_path(&some), "/?q=email");
        assert_eq!(detail_path("cork-001", &none), "/o/cork-001");
        assert_eq!(detail_path("cork-001", &some), "/o/cork-001?q=email");
    }

    /// Ids with characters special in paths are escaped, not passed through.
    #[test]
    fn ids_are_escaped() {
        assert_eq!(
            detail_path("a/b?c d", &Filters::default()),
            "/o/a%2Fb%3Fc%20d"
        );
    }
}
