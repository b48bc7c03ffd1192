//! Fills the catalogue's part of index.html's static shell, at build time.
//!
//! The shell paints the header, heading and search box before the app has loaded.
//! One line of it depends on the catalogue: the notice that its entries are
//! demonstration data. It is the largest text of the first screen, so painting it
//! with the shell, rather than seconds later with the app, is what makes the first
//! screen complete early. The post-build hook reads the staged catalogue's
//! `demonstration` flag and writes the notice into the placeholder
//! [`DEMONSTRATION_SLOT`], or removes the placeholder. The words repeat
//! locales/en.ftl's `demonstration-notice` (`cargo xtask locales` checks them).
//! A catalogue replaced on the server without a rebuild is still read by the app,
//! which then draws its own header in the shell's place.

use crate::json::Json;

/// Where the notice goes, inside the shell's `<header>`.
pub const DEMONSTRATION_SLOT: &str = "<!-- shell:demonstration -->";

/// The notice, as the app's site header draws it.
pub const DEMONSTRATION_NOTICE: &str =
    "<p class=\"site-header__notice\">Example data: these entries are made up, not real.</p>";

/// `html` with the demonstration notice in its slot when `catalogue` (the staged
/// catalogue's text, if there is one) says it is demonstration data, and with the
/// slot removed otherwise. Fails when the slot is missing or there twice.
pub fn fill_shell(html: &str, catalogue: Option<&str>) -> Result<String, String> {
    match html.matches(DEMONSTRATION_SLOT).count() {
        1 => {}
        0 => {
            return Err(format!(
                "index.html has no `{DEMONSTRATION_SLOT}` in its static shell's header; \
                 put it after the tagline"
            ));
        }
        _ => {
            return Err(format!(
                "index.html has `{DEMONSTRATION_SLOT}` more than once"
            ));
        }
    }
    let demonstration = catalogue
        .and_then(|text| Json::parse(text).ok())
        .and_then(|json| crate::publish::header(&json).get("demonstration").cloned())
        == Some(Json::Bool(true));
    let notice = if demonstration {
        DEMONSTRATION_NOTICE
    } else {
        ""
    };
    Ok(html.replacen(DEMONSTRATION_SLOT, notice, 1))
}

/// Copies the built `dist` into `staged` with `catalogue` as its catalogue, and
/// the shell's demonstration notice only if that catalogue is demonstration data:
/// `cargo xtask serve --catalogue FILE`, for a keeper's own place.
pub fn stage_with_catalogue(
    dist: &std::path::Path,
    catalogue: &std::path::Path,
    staged: &std::path::Path,
) -> crate::common::Result {
    use crate::common::Failure;
    let text = std::fs::read_to_string(catalogue).map_err(|error| {
        Failure::new(format!(
            "{}: cannot be read ({error}); give the catalogue file `cargo data build` wrote",
            catalogue.display()
        ))
    })?;
    let json = Json::parse(&text).map_err(|error| {
        Failure::new(format!(
            "{}: is not JSON ({error}); give the catalogue file `cargo data build` wrote",
            catalogue.display()
        ))
    })?;
    if staged.exists() {
        std::fs::remove_dir_all(staged).map_err(|error| {
            Failure::new(format!("could not empty {}: {error}", staged.display()))
        })?;
    }
    crate::common::copy_dir(dist, staged)?;
    let index = staged.join("index.html");
    let html = std::fs::read_to_string(&index)
        .map_err(|error| Failure::new(format!("{}: cannot be read: {error}", index.display())))?;
    let html = if crate::publish::header(&json).get("demonstration") == Some(&Json::Bool(true)) {
        html
    } else {
        html.replace(DEMONSTRATION_NOTICE, "")
    };
    // The built policy allowed the built catalogue's map tiles; this one's instead.
    let built_img_src = crate::csp::img_src(
        std::fs::read_to_string(dist.join("data").join("catalogue.json"))
            .ok()
            .as_deref()
            .and_then(crate::csp::tile_origin)
            .as_deref(),
    );
    let html = html.replacen(
        &built_img_src,
        &crate::csp::img_src(crate::csp::tile_origin(&text).as_deref()),
        1,
    );
    let write = |path: &std::path::Path, bytes: &[u8]| {
        std::fs::write(path, bytes).map_err(|error| {
            Failure::new(format!("{}: cannot be written: {error}", path.display()))
        })
    };
    write(&index, html.as_bytes())?;
    write(&staged.join("data").join("catalogue.json"), text.as_bytes())?;
    // A shard index brings the files it names, from beside it.
    crate::publish::copy_named(catalogue, &staged.join("data"))?;
    println!(
        "serving {} as the catalogue (from a copy of dist/ in {})",
        catalogue.display(),
        staged.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HTML: &str = "<header><p>LearnLocal</p><!-- shell:demonstration --></header>";

    #[test]
    fn demonstration_catalogues_get_the_notice() {
        let out = fill_shell(
            HTML,
            Some(r#"{"schema_version": 1, "demonstration": true}"#),
        )
        .unwrap();
        assert_eq!(
            out,
            format!("<header><p>LearnLocal</p>{DEMONSTRATION_NOTICE}</header>")
        );
    }

    /// A shard index's header says whether it is demonstration data.
    #[test]
    fn a_shard_index_is_read_by_its_header() {
        let index = r#"{"shard_format": 1, "catalogue": {"demonstration": true}, "shards": []}"#;
        assert!(
            fill_shell(HTML, Some(index))
                .unwrap()
                .contains(DEMONSTRATION_NOTICE)
        );
        let index = r#"{"shard_format": 1, "catalogue": {"name": "X"}, "shards": []}"#;
        assert!(
            !fill_shell(HTML, Some(index))
                .unwrap()
                .contains(DEMONSTRATION_NOTICE)
        );
    }

    #[test]
    fn other_catalogues_and_unreadable_ones_get_none() {
        for catalogue in [
            Some(r#"{"demonstration": false}"#),
            Some(r#"{"schema_version": 1}"#),
            Some("not json"),
            None,
        ] {
            assert_eq!(
                fill_shell(HTML, catalogue).unwrap(),
                "<header><p>LearnLocal</p></header>",
                "{catalogue:?}"
            );
        }
    }

    #[test]
    fn the_slot_must_be_there_once() {
        assert!(
            fill_shell("<header></header>", None)
                .unwrap_err()
                .contains("no `")
        );
        let twice = format!("{HTML}{HTML}");
        assert!(
            fill_shell(&twice, None)
                .unwrap_err()
                .contains("more than once")
        );
    }

    /// A keeper's own catalogue is served from a copy of dist/, in place of the
    /// demo's, and without the demo's notice when it is not demonstration data.
    #[test]
    fn a_keepers_catalogue_is_staged_in_a_copy() {
        let base = std::env::temp_dir().join(format!("learnlocal-stage-{}", std::process::id()));
        let dist = base.join("dist");
        std::fs::create_dir_all(dist.join("data")).unwrap();
        let html = format!("<header>{DEMONSTRATION_NOTICE}</header>");
        std::fs::write(dist.join("index.html"), &html).unwrap();
        std::fs::write(
            dist.join("data/catalogue.json"),
            r#"{"demonstration":true}"#,
        )
        .unwrap();
        let own = base.join("krakow.json");
        std::fs::write(&own, r#"{"name":"Kraków","demonstration":false}"#).unwrap();
        let staged = base.join("staged");

        stage_with_catalogue(&dist, &own, &staged).unwrap();
        let served = std::fs::read_to_string(staged.join("data/catalogue.json")).unwrap();
        assert!(served.contains("Kraków"));
        let page = std::fs::read_to_string(staged.join("index.html")).unwrap();
        assert_eq!(page, "<header></header>");
        // dist/ itself is untouched.
        assert_eq!(
            std::fs::read_to_string(dist.join("index.html")).unwrap(),
            html
        );

        assert!(stage_with_catalogue(&dist, &base.join("missing.json"), &staged).is_err());
        let _ = std::fs::remove_dir_all(&base);
    }
}
