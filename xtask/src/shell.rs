//! Fills the catalogue's part of index.html's static shell, at build time.
//!
//! The shell paints the header, heading and search box before the app has loaded.
//! One line of it depends on the catalogue: the notice that its entries are
//! demonstration data. It is the largest text of the first screen, so painting it
//! with the shell, rather than seconds later with the app, is what makes the first
//! screen complete early. The post-build hook reads the staged catalogue's
//! `demonstration` flag and writes the notice into the placeholder
//! [`DEMONSTRATION_SLOT`], or removes the placeholder. The words repeat
//! src/i18n.rs's English `demonstration_notice` (phone.test.mjs compares them).
//! A catalogue replaced on the server without a rebuild is still read by the app,
//! which then draws its own header in the shell's place.

use crate::json::Json;

/// Where the notice goes, inside the shell's `<header>`.
pub const DEMONSTRATION_SLOT: &str = "<!-- shell:demonstration -->";

/// The notice, as the app's site header draws it.
pub const DEMONSTRATION_NOTICE: &str = "<p class=\"site-header__notice\">Demonstration data: these entries are examples, not real listings.</p>";

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
        .and_then(|json| json.get("demonstration").cloned())
        == Some(Json::Bool(true));
    let notice = if demonstration {
        DEMONSTRATION_NOTICE
    } else {
        ""
    };
    Ok(html.replacen(DEMONSTRATION_SLOT, notice, 1))
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
}
