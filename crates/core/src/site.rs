//! Where the site is published: its base path, such as `/` or `/learning/`.
//!
//! The app's own paths (`/`, `/o/<id>`, `/shortlist`) are the same wherever the
//! site is published; on the page they sit under the base (`/learning/o/<id>`).
//! The build writes the base into index.html (`xtask/src/base.rs`); the app reads
//! it once at start and makes every link, navigation and request with [`SiteBase`].

/// A site's base path: starts and ends with `/`, with no `.` or `..` segment,
/// no empty segment, and only characters that need no escaping in a URL path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteBase(String);

impl Default for SiteBase {
    fn default() -> Self {
        SiteBase("/".to_owned())
    }
}

impl SiteBase {
    /// Reads a base path, adding the slashes at either end that it lacks.
    /// `None` when it is not a plain path (a scheme, a query, `..`, a space…).
    pub fn parse(text: &str) -> Option<SiteBase> {
        let trimmed = text.trim();
        let inner = trimmed.strip_prefix('/').unwrap_or(trimmed);
        let inner = inner.strip_suffix('/').unwrap_or(inner);
        if inner.is_empty() {
            return Some(SiteBase::default());
        }
        let plain = |c: char| c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@%".contains(c);
        let valid = inner
            .split('/')
            .all(|segment| !matches!(segment, "" | "." | "..") && segment.chars().all(plain));
        valid.then(|| SiteBase(format!("/{inner}/")))
    }

    /// The base as written in index.html: `/` or `/learning/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the router takes as its base: empty at the root, else the base
    /// without its final slash (`/learning`).
    pub fn router_base(&self) -> &str {
        self.0.trim_end_matches('/')
    }

    /// The page's path for one of the app's own paths: `/o/x` → `/learning/o/x`,
    /// `/?q=a` → `/learning/?q=a`. A path that does not start with `/` is taken
    /// from the base too.
    pub fn href(&self, app_path: &str) -> String {
        format!("{}{}", self.0, app_path.trim_start_matches('/'))
    }

    /// The app's own path for a page's path: `/learning/o/x` → `/o/x`, and both
    /// `/learning/` and `/learning` → `/`. `None` for a path outside the base.
    pub fn app_path<'a>(&self, pathname: &'a str) -> Option<&'a str> {
        let base = self.router_base();
        let rest = pathname.strip_prefix(base)?;
        if rest.is_empty() {
            Some("/")
        } else if rest.starts_with('/') {
            Some(rest)
        } else {
            None
        }
    }

    /// Whether the page's path is this app path (`/` matches the base with or
    /// without its final slash).
    pub fn is_at(&self, pathname: &str, app_path: &str) -> bool {
        self.app_path(pathname) == Some(app_path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(text: &str) -> SiteBase {
        SiteBase::parse(text).unwrap()
    }

    #[test]
    fn bases_are_read_with_their_slashes() {
        assert_eq!(base("/").as_str(), "/");
        assert_eq!(base("").as_str(), "/");
        assert_eq!(base("learning").as_str(), "/learning/");
        assert_eq!(base("/learning").as_str(), "/learning/");
        assert_eq!(base("/council/learning/").as_str(), "/council/learning/");
        assert_eq!(base(" /a-b_c.d~1/ ").as_str(), "/a-b_c.d~1/");
    }

    #[test]
    fn what_is_not_a_plain_path_is_refused() {
        for bad in [
            "https://example.org/",
            "/learning?x=1",
            "/learning#top",
            "/a/../b/",
            "/./",
            "//evil.example/",
            "/a//b/",
            "/with space/",
            "/quote\"/",
            "/<script>/",
            "/nĩ/",
        ] {
            assert_eq!(SiteBase::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn app_paths_go_under_the_base() {
        let learning = base("/learning/");
        assert_eq!(learning.href("/"), "/learning/");
        assert_eq!(learning.href("/o/abc?q=x#r"), "/learning/o/abc?q=x#r");
        assert_eq!(learning.href("/?hl=ga"), "/learning/?hl=ga");
        assert_eq!(
            learning.href("data/catalogue.json"),
            "/learning/data/catalogue.json"
        );
        assert_eq!(learning.router_base(), "/learning");
        let root = SiteBase::default();
        assert_eq!(root.href("/o/abc"), "/o/abc");
        assert_eq!(root.href("/"), "/");
        assert_eq!(root.router_base(), "");
    }

    #[test]
    fn page_paths_give_back_the_app_path() {
        let learning = base("/learning/");
        assert_eq!(learning.app_path("/learning/"), Some("/"));
        assert_eq!(learning.app_path("/learning"), Some("/"));
        assert_eq!(learning.app_path("/learning/o/abc"), Some("/o/abc"));
        assert_eq!(learning.app_path("/learningx/o/abc"), None);
        assert_eq!(learning.app_path("/o/abc"), None);
        assert!(learning.is_at("/learning", "/"));
        assert!(!learning.is_at("/learning/shortlist", "/"));
        let root = SiteBase::default();
        assert_eq!(root.app_path("/"), Some("/"));
        assert_eq!(root.app_path("/shortlist"), Some("/shortlist"));
        for path in ["/", "/o/x", "/shortlist"] {
            assert_eq!(learning.app_path(&learning.href(path)), Some(path));
            assert_eq!(root.app_path(&root.href(path)), Some(path));
        }
    }
}
