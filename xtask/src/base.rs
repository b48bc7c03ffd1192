//! The site's base path (`/` or `/learning/`): checked when the build is asked for
//! one, and applied to index.html by the post-build hook.
//!
//! Trunk writes its own assets' URLs under the base (its `--public-url`). The other
//! URLs of index.html (the manifest, the service worker's script, the catalogue's
//! preload, the static shell's home link and search form) are written there
//! relative to the site, and [`apply`] puts them under the base, so they stay right
//! on a deep link such as `/learning/o/abc`. It also writes the base into
//! `<meta name="learnlocal-base">`, where the app reads it (`src/site.rs`).

/// The copy of index.html that hosts without rewrite rules answer unknown paths
/// with (the `404.html` convention), so that a deep link still starts the app.
pub const FALLBACK_PAGE: &str = "404.html";

/// The `<meta>` the app reads the base from.
pub const META: &str = "<meta name=\"learnlocal-base\" content=\"";

/// The `<meta>` by which a page built into a folder of its own (such as
/// `coordinators/`, under trunk's public URL `/learning/coordinators/`) says so:
/// its relative URLs go under that folder, and the site's base (for the catalogue
/// and the languages) is the public URL without it.
pub const PAGE_FOLDER_META: &str = "<meta name=\"learnlocal-page-folder\" content=\"";

/// The base path as given to `cargo xtask build --base`, with the slashes at
/// either end that it lacks: `/learning/`. The same rules as the app's
/// `learnlocal_core::site::SiteBase::parse`.
pub fn normalize(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    let inner = trimmed.strip_prefix('/').unwrap_or(trimmed);
    let inner = inner.strip_suffix('/').unwrap_or(inner);
    if inner.is_empty() {
        return Ok("/".to_owned());
    }
    let plain = |c: char| c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@%".contains(c);
    for segment in inner.split('/') {
        if matches!(segment, "" | "." | "..") {
            return Err(format!(
                "the base path `{text}` has an empty, `.` or `..` segment; give a path such as /learning/"
            ));
        }
        if let Some(bad) = segment.chars().find(|&c| !plain(c)) {
            return Err(format!(
                "the base path `{text}` has `{bad}`, which a URL path would need escaped; \
                 give a path of letters, digits and - . _ ~ such as /learning/"
            ));
        }
    }
    Ok(format!("/{inner}/"))
}

/// `html` with its page-relative `href`, `src` and `action` URLs put under `base`
/// (trunk's public URL for the page) and the site's base written into the app's
/// `<meta>`: `base` itself, or without the page's folder when it declares one
/// ([`PAGE_FOLDER_META`]). URLs that are absolute (from `/`, as trunk writes them,
/// or with a scheme) or fragments are left alone.
pub fn apply(html: &str, base: &str) -> String {
    let site = meta_content(html, PAGE_FOLDER_META)
        .and_then(|folder| base.strip_suffix(folder))
        .filter(|site| site.ends_with('/'))
        .unwrap_or(base)
        .to_owned();
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some((at, attribute)) = next_url_attribute(rest) {
        let value_start = at + attribute.len();
        out.push_str(&rest[..value_start]);
        let after = &rest[value_start..];
        let end = after.find('"').unwrap_or(after.len());
        let value = &after[..end];
        if is_site_relative(value) {
            out.push_str(base);
            out.push_str(value.strip_prefix("./").unwrap_or(value));
        } else {
            out.push_str(value);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    match out.find(META) {
        Some(at) => {
            let start = at + META.len();
            let end = out[start..].find('"').map_or(out.len(), |e| start + e);
            out.replace_range(start..end, &site);
            out
        }
        None => out,
    }
}

/// The content of the `<meta>` starting with `meta` (its name and `content="`).
pub(crate) fn meta_content<'a>(html: &'a str, meta: &str) -> Option<&'a str> {
    let start = html.find(meta)? + meta.len();
    let end = html[start..].find('"')?;
    Some(&html[start..start + end])
}

/// The next ` href="`, ` src="` or ` action="` in `html`: where it starts and which.
fn next_url_attribute(html: &str) -> Option<(usize, &'static str)> {
    [" href=\"", " src=\"", " action=\""]
        .into_iter()
        .filter_map(|attribute| html.find(attribute).map(|at| (at, attribute)))
        .min_by_key(|(at, _)| *at)
}

/// Whether a URL is relative to the page: not from `/`, not a fragment, no scheme.
fn is_site_relative(url: &str) -> bool {
    if url.is_empty() || url.starts_with(['/', '#', '?']) {
        return false;
    }
    let scheme = url.split_once(':').is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    });
    !scheme
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_get_their_slashes_and_bad_ones_a_reason() {
        assert_eq!(normalize("/").unwrap(), "/");
        assert_eq!(normalize("learning").unwrap(), "/learning/");
        assert_eq!(
            normalize("/council/learning").unwrap(),
            "/council/learning/"
        );
        let bad = normalize("/a/../b").unwrap_err();
        assert!(bad.contains("`..`"), "{bad}");
        let bad = normalize("/my learning/").unwrap_err();
        assert!(bad.contains("` `"), "{bad}");
        assert!(normalize("https://example.org/").is_err());
        assert!(normalize("/x?y").is_err());
    }

    const PAGE: &str = concat!(
        "<meta name=\"learnlocal-base\" content=\"/\" />",
        "<link rel=\"manifest\" href=\"manifest.webmanifest\" />",
        "<script type=\"module\" src=\"sw-register.js\"></script>",
        "<link rel=\"modulepreload\" href=\"/learning/app-1a.js\" />",
        "<a class=\"site-header__home\" href=\"./\">LearnLocal</a>",
        "<form action=\"./\"></form>",
        "<a href=\"#main\">Skip</a><a href=\"https://example.org/x\">x</a>",
        "<a href=\"mailto:a@example.org\">a</a>",
    );

    #[test]
    fn site_relative_urls_go_under_the_base() {
        let page = apply(PAGE, "/learning/");
        assert!(page.contains("content=\"/learning/\""), "{page}");
        assert!(
            page.contains("href=\"/learning/manifest.webmanifest\""),
            "{page}"
        );
        assert!(page.contains("src=\"/learning/sw-register.js\""), "{page}");
        assert!(page.contains("href=\"/learning/\">LearnLocal"), "{page}");
        assert!(page.contains("action=\"/learning/\""), "{page}");
        // Trunk's own, fragments and other schemes are left as they are.
        assert!(page.contains("href=\"/learning/app-1a.js\""), "{page}");
        assert!(page.contains("href=\"#main\""), "{page}");
        assert!(page.contains("href=\"https://example.org/x\""), "{page}");
        assert!(page.contains("href=\"mailto:a@example.org\""), "{page}");
    }

    #[test]
    fn a_page_in_a_folder_of_its_own_names_the_site_base() {
        let page = format!("{PAGE_FOLDER_META}coordinators/\" />{PAGE}");
        let built = apply(&page, "/learning/coordinators/");
        assert!(
            built.contains("name=\"learnlocal-base\" content=\"/learning/\""),
            "{built}"
        );
        assert!(
            built.contains("href=\"/learning/coordinators/manifest.webmanifest\""),
            "{built}"
        );
        let at_root = apply(&page, "/coordinators/");
        assert!(
            at_root.contains("name=\"learnlocal-base\" content=\"/\""),
            "{at_root}"
        );
        // A folder the public URL does not end with changes nothing.
        let elsewhere = apply(&page, "/learning/");
        assert!(
            elsewhere.contains("name=\"learnlocal-base\" content=\"/learning/\""),
            "{elsewhere}"
        );
    }

    #[test]
    fn at_the_root_the_urls_are_from_the_root() {
        let page = apply(PAGE, "/");
        assert!(page.contains("href=\"/manifest.webmanifest\""), "{page}");
        assert!(page.contains("href=\"/\">LearnLocal"), "{page}");
        assert_eq!(apply(&page, "/"), page, "applying twice changes nothing");
    }
}
