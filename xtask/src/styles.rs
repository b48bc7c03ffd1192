//! Checks of the stylesheets that no tool runs for us.

/// The stylesheets the pages inline.
#[cfg(test)]
const STYLESHEETS: &[&str] = &[
    "style/main.css",
    "style/coordinators.css",
    "crates/workbench/workbench.css",
];

/// The physical properties and values that would not mirror in a right-to-left
/// page, and the logical ones to use instead.
#[cfg(test)]
const PHYSICAL: &[(&str, &str)] = &[
    ("margin-left", "margin-inline-start"),
    ("margin-right", "margin-inline-end"),
    ("padding-left", "padding-inline-start"),
    ("padding-right", "padding-inline-end"),
    ("border-left", "border-inline-start"),
    ("border-right", "border-inline-end"),
    ("left:", "inset-inline-start:"),
    ("right:", "inset-inline-end:"),
    ("text-align: left", "text-align: start"),
    ("text-align: right", "text-align: end"),
    ("float: left", "float: inline-start"),
    ("float: right", "float: inline-end"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every layout rule is written in logical properties, so an Arabic page
    /// mirrors by `dir="rtl"` alone.
    #[test]
    fn stylesheets_use_logical_properties() {
        let root = crate::common::workspace_root();
        let mut found = Vec::new();
        for sheet in STYLESHEETS {
            let text = std::fs::read_to_string(root.join(sheet)).unwrap();
            for (number, line) in text.lines().enumerate() {
                let declaration = line.trim();
                for (physical, logical) in PHYSICAL {
                    let at_start = declaration.starts_with(physical)
                        || declaration.starts_with(&format!("-{physical}"));
                    if at_start
                        || declaration.contains(&format!(" {physical}"))
                            && !declaration.starts_with("/*")
                    {
                        found.push(format!(
                            "{sheet}:{}: `{declaration}`: use {logical}",
                            number + 1
                        ));
                    }
                }
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    }
}
