//! The app's paths, built from filters so every link reproduces a screen.

use crate::Filters;
use crate::filter::Shown;

/// The path of the finder showing these filters: `/` or `/?q=…`. It lists the
/// first page: changing the filters starts the list again.
pub fn finder_path(filters: &Filters) -> String {
    with_query("/".to_owned(), filters, Shown::default())
}

/// The path of the finder listing `shown` results of these filters, at the card
/// of opportunity `card` when given (`/?skill=digital&shown=60#o-cork-045`).
pub fn finder_path_at(filters: &Filters, shown: Shown, card: Option<&str>) -> String {
    let path = with_query("/".to_owned(), filters, shown);
    match card {
        Some(id) => format!("{path}#{}", card_anchor(id)),
        None => path,
    }
}

/// The path of an opportunity's detail page, carrying the finder's filters and
/// paging so the page can link back to the same list.
pub fn detail_path(id: &str, filters: &Filters, shown: Shown) -> String {
    with_query(format!("/o/{}", encode(id, b"")), filters, shown)
}

/// The element id of an opportunity's card in the finder's list, which a finder
/// path's fragment names. Encoded like a path part, so it is also a valid fragment.
pub fn card_anchor(id: &str) -> String {
    format!("o-{}", encode(id, b""))
}

fn with_query(path: String, filters: &Filters, shown: Shown) -> String {
    let query = [Some(filters.to_query()), shown.to_query()]
        .into_iter()
        .flatten()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("&");
    match query {
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
        let first = Shown::default();
        assert_eq!(finder_path(&none), "/");
        assert_eq!(finder_path(&some), "/?q=email");
        assert_eq!(detail_path("cork-001", &none, first), "/o/cork-001");
        assert_eq!(detail_path("cork-001", &some, first), "/o/cork-001?q=email");
    }

    /// Paging rides after the filters, and a card is named in the fragment.
    #[test]
    fn paging_and_the_card() {
        let none = Filters::default();
        let some = Filters {
            text: "email".into(),
            ..Filters::default()
        };
        let more = Shown::default().more();
        assert_eq!(finder_path_at(&none, Shown::default(), None), "/");
        assert_eq!(finder_path_at(&none, more, None), "/?shown=40");
        assert_eq!(
            finder_path_at(&some, more.more(), Some("cork 1")),
            "/?q=email&shown=60#o-cork%201"
        );
        assert_eq!(
            detail_path("cork-001", &some, more),
            "/o/cork-001?q=email&shown=40"
        );
        assert_eq!(card_anchor("a/b"), "o-a%2Fb");
    }

    /// Ids with characters special in paths are escaped, not passed through.
    #[test]
    fn ids_are_escaped() {
        assert_eq!(
            detail_path("a/b?c d", &Filters::default(), Shown::default()),
            "/o/a%2Fb%3Fc%20d"
        );
    }
}
