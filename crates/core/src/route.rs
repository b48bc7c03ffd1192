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

/// The query key of the interface's language (`hl=pl`), apart from the filters:
/// `lang=` already filters by the language an opportunity is given in.
pub const INTERFACE_LANGUAGE: &str = "hl";

/// A path of the app with the interface language `hl` set in its query (any
/// earlier `hl=` replaced), before its fragment; the path as it is for `None`.
/// So a shared link opens in the language it was shared in.
pub fn with_interface_language(path: &str, hl: Option<&str>) -> String {
    let (rest, fragment) = match path.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (path, None),
    };
    let (base, query) = rest.split_once('?').unwrap_or((rest, ""));
    let prefix = format!("{INTERFACE_LANGUAGE}=");
    let mut parts: Vec<String> = query
        .split('&')
        .filter(|part| {
            !part.is_empty() && !part.starts_with(&prefix) && *part != INTERFACE_LANGUAGE
        })
        .map(str::to_owned)
        .collect();
    if let Some(hl) = hl {
        parts.push(format!("{prefix}{}", encode(hl, b"")));
    }
    let mut out = base.to_owned();
    if !parts.is_empty() {
        out.push('?');
        out.push_str(&parts.join("&"));
    }
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
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

    /// The interface language rides along in every link, and replaces an old one.
    #[test]
    fn links_carry_the_interface_language() {
        assert_eq!(with_interface_language("/", Some("pl")), "/?hl=pl");
        assert_eq!(with_interface_language("/?q=a", Some("ar")), "/?q=a&hl=ar");
        assert_eq!(
            with_interface_language("/?hl=pl&q=a&shown=40#o-x", Some("uk")),
            "/?q=a&shown=40&hl=uk#o-x"
        );
        assert_eq!(with_interface_language("/o/x?hl=pl", None), "/o/x");
        assert_eq!(with_interface_language("/?lang=pl", None), "/?lang=pl");
        assert_eq!(with_interface_language("/?hl", Some("ga")), "/?hl=ga");
    }
}
