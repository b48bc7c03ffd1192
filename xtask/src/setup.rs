//! `cargo xtask setup`: makes sure the tools that build the app are installed, installing only what is missing.
//!
//! The tools are the wasm32 Rust target, trunk, wasm-bindgen-cli at exactly the
//! version of the wasm-bindgen library in Cargo.lock, and binaryen's wasm-opt from npm
//! (Debian's binaryen breaks the module). Each tool gets one line: "present" or
//! "installing ...", so a warm machine shows at a glance that nothing was reinstalled.
//! Chromium, needed only by the browser tests, is handled by [`ensure_chromium`].

use std::path::Path;

use crate::common::{self, Failure, Result};

/// The trunk release the project is built with.
pub const TRUNK_VERSION: &str = "0.21.14";

/// The Rust target the app compiles to.
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Where the browser tests expect Debian's Chromium.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Ensures every build tool is installed: the wasm target, trunk, wasm-bindgen-cli and wasm-opt.
pub fn ensure_all(root: &Path) -> Result {
    let bindgen_version = pinned_wasm_bindgen_version(root)?;
    ensure_wasm_target(root)?;
    ensure_trunk()?;
    ensure_wasm_bindgen(&bindgen_version)?;
    ensure_wasm_opt()?;
    Ok(())
}

/// Reads the wasm-bindgen version from Cargo.lock and checks that Trunk.toml pins the same one.
///
/// The CLI that trunk runs must match the library compiled into the app exactly, or
/// the generated glue does not fit the module.
pub fn pinned_wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock_path = root.join("Cargo.lock");
    let lock = common::read_text(
        &lock_path,
        "run `cargo generate-lockfile` at the workspace root to create it",
    )?;
    let locked = lock_package_version(&lock, "wasm-bindgen").map_err(|problem| {
        Failure::new(format!(
            "{problem} in {}; run `cargo update -p wasm-bindgen` so exactly one version is locked",
            lock_path.display()
        ))
    })?;

    let trunk_path = root.join("Trunk.toml");
    let trunk = common::read_text(
        &trunk_path,
        "restore Trunk.toml at the workspace root (it configures the release build)",
    )?;
    match trunk_tool_version(&trunk, "wasm_bindgen") {
        Some(pinned) if pinned == locked => Ok(locked),
        Some(pinned) => Err(Failure::new(format!(
            "Trunk.toml pins wasm_bindgen = \"{pinned}\" but Cargo.lock has wasm-bindgen {locked}; \
             set `wasm_bindgen = \"{locked}\"` under [tools] in Trunk.toml so the CLI matches the library"
        ))),
        None => Err(Failure::new(format!(
            "Trunk.toml has no `wasm_bindgen = \"...\"` under [tools]; add `wasm_bindgen = \"{locked}\"` \
             (the wasm-bindgen version in Cargo.lock) so trunk uses the matching CLI"
        ))),
    }
}

/// Finds the single version of package `name` in the text of a Cargo.lock.
///
/// Fails (with a description, without the file name) when the package is absent or
/// locked at more than one version.
pub fn lock_package_version(lock: &str, name: &str) -> std::result::Result<String, String> {
    let mut versions = Vec::new();
    // Cargo.lock is a list of `[[package]]` tables whose `name` and `version` lines
    // are plain `key = "value"` pairs, so a line scanner is enough.
    for block in lock.split("[[package]]").skip(1) {
        let mut block_name = None;
        let mut block_version = None;
        for line in block.lines() {
            if let Some(value) = string_value(line, "name") {
                block_name = Some(value);
            } else if let Some(value) = string_value(line, "version") {
                block_version = Some(value);
            }
        }
        if block_name == Some(name)
            && let Some(version) = block_version
        {
            versions.push(version.to_string());
        }
    }
    match versions.as_slice() {
        [] => Err(format!("no package `{name}` is locked")),
        [version] => Ok(version.clone()),
        _ => Err(format!(
            "package `{name}` is locked at several versions ({})",
            versions.join(", ")
        )),
    }
}

/// Finds `key = "value"` in the `[tools]` table of a Trunk.toml.
pub fn trunk_tool_version<'a>(trunk_toml: &'a str, key: &str) -> Option<&'a str> {
    let mut in_tools = false;
    for line in trunk_toml.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_tools = line == "[tools]";
        } else if in_tools && let Some(value) = string_value(line, key) {
            return Some(value);
        }
    }
    None
}

/// Parses a TOML line `key = "value"` (spaces optional, trailing comment allowed).
fn string_value<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = line.trim().strip_prefix(key)?.trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(&rest[..end])
}

/// Tells whether a tool's `--version` output names `version` as a whole word.
///
/// "trunk 0.21.14", "wasm-bindgen 0.2.130" and "wasm-opt version 132 (version_132)" all
/// put the bare version between spaces.
pub fn reports_version(output: &str, version: &str) -> bool {
    output.split_whitespace().any(|word| word == version)
}

fn ensure_wasm_target(root: &Path) -> Result {
    // The standard library for a target lives in the sysroot; looking there works with
    // or without rustup and honours a rust-toolchain file in the workspace.
    let sysroot = common::probe(
        common::tool("rustc")?
            .args(["--print", "sysroot"])
            .current_dir(root),
    );
    let installed = sysroot.is_some_and(|sysroot| {
        Path::new(sysroot.trim())
            .join("lib/rustlib")
            .join(WASM_TARGET)
            .is_dir()
    });
    if installed {
        println!("{WASM_TARGET} target: present");
        return Ok(());
    }
    println!("{WASM_TARGET} target: installing with rustup");
    common::run(
        common::tool("rustup")?
            .args(["target", "add", WASM_TARGET])
            .current_dir(root),
        &format!("rustup target add {WASM_TARGET}"),
        "install rustup (https://rustup.rs) or add the target to your Rust toolchain by hand",
    )
}

fn ensure_trunk() -> Result {
    let label = format!("trunk {TRUNK_VERSION}");
    if trunk_present() {
        println!("{label}: present");
        return Ok(());
    }
    println!("{label}: installing with cargo install (takes about 15 minutes)");
    common::run(
        common::cargo()?.args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]),
        &format!("cargo install trunk --version {TRUNK_VERSION} --locked"),
        "check the network connection to crates.io and the compiler errors above, then run `cargo xtask setup` again",
    )?;
    if trunk_present() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "trunk was installed but `trunk --version` does not report {TRUNK_VERSION}; \
             check that no other trunk shadows {} on PATH",
            common::cargo_bin_dir()?.display()
        )))
    }
}

fn trunk_present() -> bool {
    common::tool("trunk").is_ok_and(|mut command| {
        common::probe(command.arg("--version"))
            .is_some_and(|output| reports_version(&output, TRUNK_VERSION))
    })
}

fn ensure_wasm_bindgen(version: &str) -> Result {
    let label = format!("wasm-bindgen-cli {version}");
    if wasm_bindgen_present(version) {
        println!("{label}: present");
        return Ok(());
    }
    println!("{label}: installing with cargo install (takes a few minutes)");
    // Deliberately without `--locked`: a fresh dependency resolution is the way this
    // release is known to build on the project's machines.
    common::run(
        common::cargo()?.args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &format!("={version}"),
        ]),
        &format!("cargo install wasm-bindgen-cli --version ={version}"),
        "check the network connection to crates.io and the compiler errors above, then run `cargo xtask setup` again",
    )?;
    if wasm_bindgen_present(version) {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "wasm-bindgen-cli was installed but `wasm-bindgen --version` does not report {version}; \
             check that no other wasm-bindgen shadows {} on PATH",
            common::cargo_bin_dir()?.display()
        )))
    }
}

fn wasm_bindgen_present(version: &str) -> bool {
    common::tool("wasm-bindgen").is_ok_and(|mut command| {
        common::probe(command.arg("--version"))
            .is_some_and(|output| reports_version(&output, version))
    })
}

fn ensure_wasm_opt() -> Result {
    let version = common::BINARYEN_VERSION;
    let label = format!("wasm-opt (binaryen {version})");
    let dir = common::binaryen_dir()?;
    let wasm_opt = common::binaryen_bin_dir()?.join("wasm-opt");
    let present = || {
        // The npm launcher is a Node script, so it needs the tools' PATH to find `node`.
        common::tool_path().is_ok_and(|path| {
            common::probe(
                std::process::Command::new(&wasm_opt)
                    .arg("--version")
                    .env("PATH", path),
            )
            .is_some_and(|output| reports_version(&output, version))
        })
    };
    if present() {
        println!("{label}: present");
        return Ok(());
    }
    println!(
        "{label}: installing binaryen@{version} from npm into {}",
        dir.display()
    );
    common::npm_install_into(&dir, &format!("binaryen@{version}"))?;
    if present() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "binaryen@{version} was installed but `{} --version` does not report version {version}; \
             delete {} and run `cargo xtask setup` again",
            wasm_opt.display(),
            dir.display()
        )))
    }
}

/// Ensures Debian's Chromium (and its driver) is installed for the browser tests.
///
/// As root it installs them with apt; otherwise it stops and says what to install,
/// because the tests cannot run without a browser.
pub fn ensure_chromium() -> Result {
    if Path::new(CHROMIUM).is_file() {
        println!("chromium: present");
        return Ok(());
    }
    let is_root = common::probe(std::process::Command::new("id").arg("-u"))
        .is_some_and(|uid| uid.trim() == "0");
    if !is_root {
        return Err(Failure::new(format!(
            "{CHROMIUM} is missing and the browser tests need it; install it with \
             `sudo apt-get install chromium chromium-driver` and run the command again"
        )));
    }
    println!("chromium: installing chromium and chromium-driver with apt-get");
    let hint = "check the connection to the Debian archive, or install chromium and chromium-driver by hand";
    common::run(
        std::process::Command::new("apt-get").arg("update"),
        "apt-get update",
        hint,
    )?;
    common::run(
        std::process::Command::new("apt-get")
            .args(["install", "-y", "chromium", "chromium-driver"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
        "apt-get install chromium chromium-driver",
        hint,
    )?;
    if Path::new(CHROMIUM).is_file() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "apt-get installed chromium but {CHROMIUM} is still missing; check `dpkg -L chromium` for where it went"
        )))
    }
}

/// The web servers whose configurations (deploy/) the browser tests try, with the
/// Debian packages that install them: a binary and its packages.
pub const WEB_SERVERS: [(&str, &[&str]); 3] = [
    (
        "/usr/sbin/nginx",
        &["nginx", "libnginx-mod-http-brotli-filter"],
    ),
    ("/usr/sbin/apache2", &["apache2"]),
    ("/usr/bin/caddy", &["caddy"]),
];

/// Installs the web servers that are missing with apt-get, when running as root,
/// without starting them (a `policy-rc.d` that refuses, for the install). Never
/// fails the run: without a server, its configuration's tests are skipped, saying so.
pub fn ensure_web_servers() -> Result {
    let missing: Vec<&str> = WEB_SERVERS
        .iter()
        .filter(|(binary, _)| !Path::new(binary).is_file())
        .flat_map(|(_, packages)| packages.iter().copied())
        .collect();
    if missing.is_empty() {
        println!("web servers: nginx, Apache and Caddy present");
        return Ok(());
    }
    let is_root = common::probe(std::process::Command::new("id").arg("-u"))
        .is_some_and(|uid| uid.trim() == "0");
    if !is_root {
        println!(
            "web servers: {} missing; the tests of their configurations will be skipped \
             (install with `sudo apt-get install {}`)",
            missing.join(", "),
            missing.join(" ")
        );
        return Ok(());
    }
    println!("web servers: installing {} with apt-get", missing.join(" "));
    // Installed to be tried, not to serve: no daemon is started on port 80.
    let policy = Path::new("/usr/sbin/policy-rc.d");
    let own_policy = !policy.exists() && std::fs::write(policy, "#!/bin/sh\nexit 101\n").is_ok();
    if own_policy {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(policy, std::fs::Permissions::from_mode(0o755));
    }
    let installed = common::run(
        std::process::Command::new("apt-get").arg("update"),
        "apt-get update",
        "check the connection to the Debian archive",
    )
    .and_then(|()| {
        common::run(
            std::process::Command::new("apt-get")
                .args(["install", "-y", "--no-install-recommends"])
                .args(&missing)
                .env("DEBIAN_FRONTEND", "noninteractive"),
            "apt-get install (web servers)",
            "check the connection to the Debian archive",
        )
    });
    if own_policy {
        let _ = std::fs::remove_file(policy);
    }
    if let Err(failure) = installed {
        println!(
            "warning: {failure}; the tests of the missing servers' configurations will be skipped"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
version = 4

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = [
 "wasm-bindgen-macro",
]

[[package]]
name = "wasm-bindgen-macro"
version = "0.2.131"
"#;

    #[test]
    fn finds_the_locked_version_of_exactly_that_package() {
        assert_eq!(
            lock_package_version(LOCK, "wasm-bindgen").as_deref(),
            Ok("0.2.130")
        );
        assert_eq!(
            lock_package_version(LOCK, "wasm-bindgen-macro").as_deref(),
            Ok("0.2.131")
        );
    }

    #[test]
    fn a_missing_or_duplicated_package_is_an_error() {
        assert!(lock_package_version(LOCK, "leptos").is_err());
        let twice = format!("{LOCK}\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.99\"\n");
        let error = lock_package_version(&twice, "wasm-bindgen").unwrap_err();
        assert!(error.contains("0.2.130, 0.2.99"), "{error}");
    }

    #[test]
    fn reads_tool_versions_only_from_the_tools_table() {
        let trunk = "[build]\nwasm_bindgen = \"9.9.9\"\n\n[tools]\n# Pinned.\nwasm_bindgen = \"0.2.130\" # comment\nwasm_opt = \"version_132\"\n\n[[hooks]]\nstage = \"post_build\"\n";
        assert_eq!(trunk_tool_version(trunk, "wasm_bindgen"), Some("0.2.130"));
        assert_eq!(trunk_tool_version(trunk, "wasm_opt"), Some("version_132"));
        assert_eq!(trunk_tool_version(trunk, "stage"), None);
    }

    #[test]
    fn version_must_be_a_whole_word() {
        assert!(reports_version("trunk 0.21.14\n", "0.21.14"));
        assert!(reports_version("wasm-opt version 132 (version_132)", "132"));
        assert!(!reports_version("wasm-opt version 1320", "132"));
        assert!(!reports_version("wasm-bindgen 0.2.1300", "0.2.130"));
    }
}
