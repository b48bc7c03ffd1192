//! Headless Chromium for the measuring tasks (`lighthouse`, `bench-browser`,
//! `bench-app`), and child processes that end when dropped.
//!
//! Each [`Browser`] is Debian's Chromium with a fresh profile, quiet switches and a
//! DevTools port on 127.0.0.1; dropping it ends it and every process it forked, and
//! removes the profile, so no error path leaves a browser behind. [`Guarded`] does
//! the same for a tool the task runs (Lighthouse, a Node driver).

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::common::{Failure, Result};
use crate::setup;

/// How long Chromium may take to open its DevTools port.
const BROWSER_START_TIMEOUT: Duration = Duration::from_secs(30);

/// Chromium's switches: headless, quiet (no background traffic that would skew the
/// timings), and `--no-sandbox` because the project's machines run as root.
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--disable-quic",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-background-timer-throttling",
    "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
    "--metrics-recording-only",
    "--mute-audio",
    "--no-first-run",
    "--no-default-browser-check",
    "--password-store=basic",
    "--use-mock-keychain",
    "--remote-debugging-port=0",
];

/// A child process that is killed (and reaped) when dropped, unless it has ended.
pub struct Guarded(pub Child);

impl Guarded {
    /// Waits for the child to end; `None` when it is still running after `limit`.
    pub fn wait_at_most(&mut self, limit: Duration) -> Result<Option<std::process::ExitStatus>> {
        let deadline = Instant::now() + limit;
        loop {
            match self.0.try_wait() {
                Ok(Some(status)) => return Ok(Some(status)),
                Ok(None) if Instant::now() >= deadline => return Ok(None),
                Ok(None) => std::thread::sleep(Duration::from_millis(100)),
                Err(error) => {
                    return Err(Failure::new(format!(
                        "could not wait for a child process: {error}"
                    )));
                }
            }
        }
    }
}

impl Drop for Guarded {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            // A driver may have started processes of its own: list them first, as
            // Browser does, since orphans are lost to the tree.
            let forked = descendants(self.0.id(), &process_parents());
            let _ = self.0.kill();
            kill_all(&forked);
        }
        let _ = self.0.wait();
    }
}

/// Headless Chromium with a fresh profile, its DevTools port, and everything it forked.
pub struct Browser {
    child: Option<Child>,
    /// The DevTools port on 127.0.0.1.
    pub port: u16,
    profile: PathBuf,
}

impl Browser {
    /// Starts Chromium with a fresh profile in a temporary folder named after `purpose`.
    pub fn launch(purpose: &str) -> Result<Browser> {
        let profile = fresh_profile_dir(purpose)?;
        let spawned = Command::new(setup::CHROMIUM)
            .args(CHROMIUM_FLAGS)
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn();
        let mut child = match spawned {
            Ok(child) => child,
            Err(error) => {
                let _ = std::fs::remove_dir_all(&profile);
                return Err(Failure::new(format!(
                    "could not start {}: {error}; reinstall it with `apt-get install chromium`",
                    setup::CHROMIUM
                )));
            }
        };
        let stderr = child.stderr.take();
        // From here on, dropping `browser` ends Chromium, whatever goes wrong.
        let mut browser = Browser {
            child: Some(child),
            port: 0,
            profile,
        };
        let (sender, receiver) = mpsc::channel();
        if let Some(stderr) = stderr {
            // Keeps reading after the port is found, so Chromium never blocks on a full pipe.
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(|line| line.ok()) {
                    if let Some(port) = devtools_port(&line) {
                        let _ = sender.send(port);
                    }
                }
            });
        }
        browser.port = receiver.recv_timeout(BROWSER_START_TIMEOUT).map_err(|_| {
            Failure::new(format!(
                "Chromium did not open its DevTools port within {} s; check that `{} --headless=new --no-sandbox about:blank` starts",
                BROWSER_START_TIMEOUT.as_secs(),
                setup::CHROMIUM
            ))
        })?;
        Ok(browser)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            // Chromium's renderer and helper processes are its descendants; list them
            // before the parent goes, since orphans are re-parented and lost to the tree.
            let forked = descendants(child.id(), &process_parents());
            let _ = child.kill();
            let _ = child.wait();
            kill_all(&forked);
        }
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// A new, empty Chromium profile folder in the system's temporary folder.
fn fresh_profile_dir(purpose: &str) -> Result<PathBuf> {
    let unique = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_nanos())
        .unwrap_or_default();
    let dir = std::env::temp_dir().join(format!(
        "learnlocal-{purpose}-{}-{unique}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).map_err(|error| {
        Failure::new(format!(
            "could not create the browser profile {}: {error}; check that the temporary folder is writable",
            dir.display()
        ))
    })?;
    Ok(dir)
}

/// The port in Chromium's `DevTools listening on ws://127.0.0.1:PORT/devtools/...` line.
pub fn devtools_port(line: &str) -> Option<u16> {
    let address = line.split("DevTools listening on ws://").nth(1)?;
    let host_port = address.split('/').next()?;
    host_port.rsplit(':').next()?.parse().ok()
}

/// Sends SIGKILL to each process of `pids` (that are still there).
fn kill_all(pids: &[u32]) {
    for pid in pids {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .stderr(Stdio::null())
            .status();
    }
}

/// Every process's parent, from `/proc/<pid>/stat`; empty where there is no `/proc`.
fn process_parents() -> Vec<(u32, u32)> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            Some((pid, parent_in_stat(&stat)?))
        })
        .collect()
}

/// The parent pid in a `/proc/<pid>/stat` line: the second field after the `)` that closes the name.
pub fn parent_in_stat(stat: &str) -> Option<u32> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(1)?.parse().ok()
}

/// Every descendant of `root` in a list of (pid, parent pid) pairs, children before grandchildren.
pub fn descendants(root: u32, parents: &[(u32, u32)]) -> Vec<u32> {
    let mut found = Vec::new();
    let mut frontier = vec![root];
    while let Some(parent) = frontier.pop() {
        for &(pid, ppid) in parents {
            if ppid == parent && pid != root && !found.contains(&pid) {
                found.push(pid);
                frontier.push(pid);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_devtools_port_from_chromiums_banner() {
        assert_eq!(
            devtools_port("DevTools listening on ws://127.0.0.1:38211/devtools/browser/4f2a"),
            Some(38211)
        );
        assert_eq!(devtools_port("[123:456:ERROR:gpu_init.cc] something"), None);
    }

    #[test]
    fn descendants_cover_the_whole_tree_below_the_browser() {
        assert_eq!(
            parent_in_stat("4242 (chromium (x)) S 4200 4242 1 0"),
            Some(4200)
        );
        assert_eq!(parent_in_stat("garbage"), None);
        let parents = [(10, 1), (11, 10), (12, 10), (13, 11), (20, 1), (21, 20)];
        let mut found = descendants(10, &parents);
        found.sort();
        assert_eq!(found, vec![11, 12, 13]);
        assert!(descendants(99, &parents).is_empty());
    }
}
