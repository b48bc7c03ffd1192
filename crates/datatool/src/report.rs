//! Printing problems for people: one line each, the file name first.

use learnlocal_core::Problem;
use learnlocal_import::Import;
use std::path::Path;

/// Counts of what was printed.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    /// Errors: records left out, or a file that cannot be used.
    pub errors: usize,
    /// Warnings: records kept with something suspicious.
    pub warnings: usize,
}

impl Tally {
    /// Adds another tally.
    pub fn add(&mut self, other: Tally) {
        self.errors += other.errors;
        self.warnings += other.warnings;
    }
}

/// Prints each problem as `FILE: error: row 14 (…), column `x`: …`.
pub fn print_problems(file: &Path, problems: &[Problem]) -> Tally {
    let mut tally = Tally::default();
    for problem in problems {
        println!("{}: {problem}", file.display());
        if problem.is_error() {
            tally.errors += 1;
        } else {
            tally.warnings += 1;
        }
    }
    tally
}

/// Prints an import's problems and its one-line summary.
pub fn print_import(file: &Path, import: &Import) -> Tally {
    let tally = print_problems(file, &import.problems);
    println!("{}: {}", file.display(), import.summary());
    tally
}

/// The closing line: "3 errors, 12 warnings".
pub fn print_tally(tally: Tally) {
    println!("{}", tally_line(tally));
}

/// "3 errors, 12 warnings".
pub fn tally_line(tally: Tally) -> String {
    format!(
        "{}, {}",
        plural(tally.errors, "error", "errors"),
        plural(tally.warnings, "warning", "warnings")
    )
}

/// "1 opportunity", "3 opportunities".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
