//! Shared plumbing for the tasks: the error type, where things live, and running tools.
//!
//! Every task reports failures as a [`Failure`], a sentence for people that says what
//! failed and what to do about it. Tools are always run with [`tool_path`] as their
//! `PATH`, so the pinned wasm-opt and the `cargo install`ed trunk and wasm-bindgen are
//! found first, whatever the caller's shell has.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A failure explained for people: what failed and what to do about it.
#[derive(Debug)]
pub struct Failure(String);

impl Failure {
    /// Wraps an explanation that already says what failed and what to do.
    pub fn new(message: impl Into<String>) -> Self {
        Failure(message.into())
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The result of a task step; the error is always a [`Failure`].
pub type Result<T = ()> = std::result::Result<T, Failure>;

/// The binaryen release whose `wasm-opt` trunk runs (Trunk.toml says `version_132`).
pub const BINARYEN_VERSION: &str = "132";

/// The workspace root, the folder holding Cargo.lock and Trunk.toml.
///
/// The xtask crate lives one level below it, and Cargo recompiles xtask whenever the
/// checkout moves, so the compile-time manifest folder is always right.
pub fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// The user's home folder, needed for Cargo's and the binaryen cache's default places.
pub fn home_dir() -> Result<PathBuf> {
    match std::env::var_os("HOME") {
        Some(home) if !home.is_empty() => Ok(PathBuf::from(home)),
        _ => Err(Failure::new(
            "HOME is not set, so the tool folders (~/.cargo/bin, ~/.cache) cannot be found: \
             set HOME to your home folder and run the command again",
        )),
    }
}

/// The folder where `cargo install` puts binaries: `$CARGO_HOME/bin`, or `~/.cargo/bin`.
pub fn cargo_bin_dir() -> Result<PathBuf> {
    match std::env::var_os("CARGO_HOME") {
        Some(cargo_home) if !cargo_home.is_empty() => Ok(PathBuf::from(cargo_home).join("bin")),
        _ => Ok(home_dir()?.join(".cargo").join("bin")),
    }
}

/// The per-user folder holding the npm install of binaryen, kept across fresh clones.
///
/// Debian's binaryen produces broken modules, so the npm release is used instead, and
/// it lives outside the checkout so a new clone does not download it again.
pub fn binaryen_dir() -> Result<PathBuf> {
    Ok(cache_dir()?.join(format!("binaryen-{BINARYEN_VERSION}")))
}

/// The per-user folder of tools kept across fresh clones: `$XDG_CACHE_HOME/learnlocal` or `~/.cache/learnlocal`.
pub fn cache_dir() -> Result<PathBuf> {
    let cache = match std::env::var_os("XDG_CACHE_HOME") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => home_dir()?.join(".cache"),
    };
    Ok(cache.join("learnlocal"))
}

/// Installs the npm package `spec` (e.g. `binaryen@132`) into `dir`, a folder of [`cache_dir`].
pub fn npm_install_into(dir: &Path, spec: &str) -> Result {
    std::fs::create_dir_all(dir).map_err(|error| {
        Failure::new(format!(
            "could not create {}: {error}; make the cache folder writable or set XDG_CACHE_HOME to a writable folder",
            dir.display()
        ))
    })?;
    let dir_arg = dir.to_string_lossy().into_owned();
    run(
        tool("npm")?.args([
            "install",
            "--prefix",
            &dir_arg,
            "--no-audit",
            "--no-fund",
            spec,
        ]),
        &format!("npm install {spec}"),
        "install Node.js 20 and npm (e.g. `apt-get install nodejs npm`) and check the connection to the npm registry",
    )
}

/// Cargo's target folder: `$CARGO_TARGET_DIR`, or `target/` in the workspace root.
pub fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => root.join("target"),
    }
}

/// The folder holding binaryen's `wasm-opt` launcher inside [`binaryen_dir`].
pub fn binaryen_bin_dir() -> Result<PathBuf> {
    Ok(binaryen_dir()?.join("node_modules").join(".bin"))
}

/// The `PATH` every tool runs with: binaryen's bin folder, Cargo's bin folder, then the caller's `PATH`.
pub fn tool_path() -> Result<OsString> {
    let mut dirs = vec![binaryen_bin_dir()?, cargo_bin_dir()?];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).map_err(|error| {
        Failure::new(format!(
            "could not build the PATH for the tools ({error}): a folder name contains the path \
             separator; move the Cargo home or cache folder to a plain path"
        ))
    })
}

/// Finds an executable file called `name` in the folders of `path`.
pub fn find_program(name: &str, path: &OsStr) -> Option<PathBuf> {
    std::env::split_paths(path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .map(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// A command for the tool `name`, looked up on [`tool_path`] and run with it as `PATH`.
///
/// When the tool is not found the bare name is used, so starting it fails with
/// "not found", which [`run`] and [`probe`] turn into a readable message.
pub fn tool(name: &str) -> Result<Command> {
    let path = tool_path()?;
    let program = find_program(name, &path).unwrap_or_else(|| PathBuf::from(name));
    let mut command = Command::new(program);
    command.env("PATH", path);
    Ok(command)
}

/// A command for Cargo: the one running this task (so the same toolchain), on [`tool_path`].
pub fn cargo() -> Result<Command> {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
    let mut command = Command::new(program);
    command.env("PATH", tool_path()?);
    Ok(command)
}

/// `cargo run --quiet [--release] --package learnlocal-data -- <subcommand>`: the
/// data tool, run from the workspace; add the subcommand's arguments.
pub fn data_tool(release: bool, subcommand: &str) -> Result<Command> {
    let mut command = cargo()?;
    command.args(["run", "--quiet"]);
    if release {
        command.arg("--release");
    }
    command.args(["--package", "learnlocal-data", "--", subcommand]);
    Ok(command)
}

/// Runs `command` with inherited output and fails unless it exits successfully.
///
/// `what` names the step for the message ("trunk build --release"), and `hint` says
/// what to do when it fails.
pub fn run(command: &mut Command, what: &str, hint: &str) -> Result {
    let status = command.status().map_err(|error| {
        Failure::new(format!(
            "could not start {what} ({}: {error}); {hint}",
            command.get_program().to_string_lossy()
        ))
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::new(format!("{what} failed ({status}); {hint}")))
    }
}

/// Runs `command` quietly and returns its standard output when it exits successfully.
///
/// Used to ask tools for their version, where "missing" and "broken" both mean
/// "install it".
pub fn probe(command: &mut Command) -> Option<String> {
    let output = command
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Reads a text file, failing with a message that names it and says what to do.
pub fn read_text(path: &Path, hint: &str) -> Result<String> {
    std::fs::read_to_string(path).map_err(|error| {
        Failure::new(format!(
            "could not read {}: {error}; {hint}",
            path.display()
        ))
    })
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> crate::common::Result {
    let fail = |error: std::io::Error, path: &std::path::Path| {
        crate::common::Failure::new(format!("could not copy {}: {error}", path.display()))
    };
    std::fs::create_dir_all(to).map_err(|e| fail(e, to))?;
    for entry in std::fs::read_dir(from).map_err(|e| fail(e, from))? {
        let entry = entry.map_err(|e| fail(e, from))?;
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target).map_err(|e| fail(e, &path))?;
        }
    }
    Ok(())
}

/// A scratch folder under the system temp folder for tests, removed when dropped.
#[cfg(test)]
pub struct Scratch(pub PathBuf);

#[cfg(test)]
impl Scratch {
    /// An empty folder named for the test (`name`) and this process.
    pub fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// Writes `contents` to `relative` under the folder, making its folders.
    pub fn write(&self, relative: &str, contents: &str) {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }
}

#[cfg(test)]
impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
