//! Made-up names and the ids made from them, each used once.
//!
//! Neighbourhoods and venues share one set of ids, as they share the app's
//! place parameter (`Catalogue::place` looks an id up in both).

use super::rng::Rng;
use super::words::{NAME_ENDS, NAME_MIDDLES, NAME_QUALIFIERS, NAME_STARTS};
use learnlocal_core::text::slugify;
use std::collections::HashSet;

/// The names and ids given out so far.
#[derive(Debug, Default)]
pub struct Names {
    names: HashSet<String>,
    ids: HashSet<String>,
}

impl Names {
    /// A new Irish-sounding place name such as "Kilnaglass", not used before.
    pub fn place_name(&mut self, rng: &mut Rng) -> String {
        for _ in 0..20 {
            let middle = if rng.chance(0.3) {
                rng.pick(NAME_MIDDLES)
            } else {
                ""
            };
            let name = format!("{}{middle}{}", rng.pick(NAME_STARTS), rng.pick(NAME_ENDS));
            if self.names.insert(name.clone()) {
                return name;
            }
        }
        let name = format!("{}{}", rng.pick(NAME_STARTS), rng.pick(NAME_ENDS));
        self.claim(&name)
    }

    /// `name` if it is free, else the first free of "name North", "name
    /// South", …, "name 2", "name 3", …; marked as used.
    pub fn claim(&mut self, name: &str) -> String {
        let candidates = std::iter::once(name.to_owned())
            .chain(NAME_QUALIFIERS.iter().map(|q| format!("{name} {q}")))
            .chain((2..).map(|n| format!("{name} {n}")));
        for candidate in candidates {
            if self.names.insert(candidate.clone()) {
                return candidate;
            }
        }
        unreachable!("the numbered names never run out")
    }

    /// `name`, marked as used, unless it is used already.
    pub fn try_claim(&mut self, name: &str) -> Option<String> {
        self.names.insert(name.to_owned()).then(|| name.to_owned())
    }

    /// A new id for `name`: its slug, with `-2`, `-3`, … when taken.
    pub fn id(&mut self, name: &str) -> String {
        let slug = slugify(name);
        let mut id = slug.clone();
        let mut n = 1;
        while !self.ids.insert(id.clone()) {
            n += 1;
            id = format!("{slug}-{n}");
        }
        id
    }
}
