//! The coordinators' table of [`Insight`]'s figures: which breakdown its
//! columns show (`by=`), which column it is ordered by (`order=`), the rows in
//! that order, and the choropleth's classes. Pure, so the page only draws it.
//!
//! The figures themselves are never worked out here: every number is read from
//! an [`Insight`], the same one `to_csv` writes.

use super::{CostKind, Counts, Insight, Reach, TimeOfDay, words};
use crate::catalogue::Catalogue;
use crate::filter::AccessNeed;
use crate::route::encode;
use crate::sorted::sort_by;
use crate::text::fold;
use crate::token::Token;

/// The query keys of the table's view, beside the settings' own.
pub mod keys {
    /// Which breakdown the table's columns show: a [`super::Breakdown`] word.
    pub const BY: &str = "by";
    /// The column the rows are ordered by: a [`super::Column`] word, with `-`
    /// before it for the largest first.
    pub const ORDER: &str = "order";
}

/// Which breakdown the table shows, one column per value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Breakdown {
    /// One column per skill of the taxonomy.
    #[default]
    Skill,
    /// One per access need.
    Access,
    /// One per time of day.
    Time,
    /// Free, paid, not given.
    Cost,
    /// One per language an opportunity is given in.
    Language,
}

tokens!(Breakdown {
    Skill => "skill",
    Access => "access",
    Time => "time",
    Cost => "cost",
    Language => "language",
});

impl Breakdown {
    /// The values of this breakdown, in the order of [`Counts`]' lists: skill
    /// ids, access need, time and cost words, language codes (the CSV's own
    /// `value`s).
    pub fn values(self, catalogue: &Catalogue, insight: &Insight) -> Vec<String> {
        match self {
            Self::Skill => catalogue.skills.iter().map(|s| s.id.clone()).collect(),
            Self::Access => words(AccessNeed::ALL),
            Self::Time => words(&TimeOfDay::ALL),
            Self::Cost => words(&CostKind::ALL),
            Self::Language => insight.languages.clone(),
        }
    }

    /// The counts of this breakdown, by position in [`Breakdown::values`].
    pub fn counts(self, counts: &Counts) -> &[usize] {
        match self {
            Self::Skill => &counts.skills,
            Self::Access => &counts.access,
            Self::Time => &counts.times,
            Self::Cost => &counts.costs,
            Self::Language => &counts.languages,
        }
    }
}

/// A column of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// The neighbourhood's name (`name`).
    Name,
    /// Its residents (`residents`).
    Residents,
    /// Everything in reach (`total`).
    Total,
    /// Everything in reach per 1,000 residents (`rate`).
    Rate,
    /// One value of the breakdown (`value:<value>`, the CSV's `value`).
    Value(String),
}

impl Column {
    /// Its word in the URL.
    pub fn word(&self) -> String {
        match self {
            Self::Name => "name".to_owned(),
            Self::Residents => "residents".to_owned(),
            Self::Total => "total".to_owned(),
            Self::Rate => "rate".to_owned(),
            Self::Value(v) => format!("value:{v}"),
        }
    }

    fn from_word(word: &str) -> Option<Self> {
        Some(match word {
            "name" => Self::Name,
            "residents" => Self::Residents,
            "total" => Self::Total,
            "rate" => Self::Rate,
            _ => Self::Value(word.strip_prefix("value:")?.to_owned()),
        })
    }
}

/// The order of the rows: a column, smallest or largest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    /// The column.
    pub column: Column,
    /// Largest first (for names, Z to A).
    pub descending: bool,
}

impl Default for Order {
    /// By name, A to Z.
    fn default() -> Self {
        Self {
            column: Column::Name,
            descending: false,
        }
    }
}

impl Order {
    /// The order after a person presses `column`'s header: the same column
    /// reversed, or a new column, names A to Z and figures largest first.
    pub fn pressed(&self, column: Column) -> Order {
        if self.column == column {
            Order {
                column,
                descending: !self.descending,
            }
        } else {
            let descending = column != Column::Name;
            Order { column, descending }
        }
    }
}

/// The table's view: the breakdown shown and the rows' order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableView {
    /// The breakdown shown.
    pub by: Breakdown,
    /// The rows' order.
    pub order: Order,
}

impl TableView {
    /// Reads the view from decoded query pairs; a value that means nothing is
    /// ignored (an order by a value of another breakdown, too).
    pub fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut view = Self::default();
        let mut order = None;
        for (key, value) in pairs {
            match key {
                keys::BY => view.by = Breakdown::from_token(value.trim()).unwrap_or(view.by),
                keys::ORDER => {
                    let value = value.trim();
                    let (descending, word) = match value.strip_prefix('-') {
                        Some(word) => (true, word),
                        None => (false, value),
                    };
                    order = Column::from_word(word).map(|column| Order { column, descending });
                }
                _ => {}
            }
        }
        view.order = order.unwrap_or_default();
        view
    }

    /// The query (without `?`) that reproduces the view: empty for the default.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.by != Breakdown::default() {
            parts.push(format!("{}={}", keys::BY, self.by.token()));
        }
        if self.order != Order::default() {
            let sign = if self.order.descending { "-" } else { "" };
            let word = encode(&self.order.column.word(), b":");
            parts.push(format!("{}={sign}{word}", keys::ORDER));
        }
        parts.join("&")
    }

    /// The neighbourhoods of `insight` (positions in its list) in this order;
    /// ties, and rows without the figure (no population), go by name, then by
    /// the gazetteer's order, with rows lacking the figure last either way.
    pub fn rows(&self, catalogue: &Catalogue, insight: &Insight) -> Vec<usize> {
        let values = self.by.values(catalogue, insight);
        let value_at = match &self.order.column {
            Column::Value(v) => values.iter().position(|w| w == v),
            _ => None,
        };
        let key = |reach: &Reach| -> Option<u64> {
            let count = |n: usize| u64::try_from(n).unwrap_or(u64::MAX);
            match &self.order.column {
                Column::Name => Some(0),
                Column::Residents => reach.population.map(u64::from),
                Column::Total => Some(count(reach.counts.total)),
                Column::Rate => reach
                    .per_thousand(reach.counts.total)
                    .map(|r| r.hundredths()),
                Column::Value(_) => value_at
                    .and_then(|i| self.by.counts(&reach.counts).get(i).copied())
                    .map(count),
            }
        };
        let name = |reach: &Reach| {
            catalogue
                .neighbourhoods
                .get(reach.neighbourhood)
                .map(|n| fold(&n.name))
                .unwrap_or_default()
        };
        let mut rows: Vec<(Option<u64>, String, usize)> = insight
            .neighbourhoods
            .iter()
            .enumerate()
            .map(|(i, r)| (key(r), name(r), i))
            .collect();
        let descending = self.order.descending;
        let by_name = self.order.column == Column::Name;
        sort_by(&mut rows, |(ka, na, ia), (kb, nb, ib)| {
            let figure = match (ka, kb) {
                (Some(a), Some(b)) if descending => b.cmp(a),
                (Some(a), Some(b)) => a.cmp(b),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            };
            let names = if by_name && descending {
                nb.cmp(na)
            } else {
                na.cmp(nb)
            };
            figure.then(names).then(ia.cmp(ib))
        });
        rows.into_iter().map(|(_, _, i)| i).collect()
    }
}

/// The number of classes of the choropleth: none, then three of the figures
/// above none.
pub const CLASSES: usize = 4;

/// The choropleth's classes of `figures`: 0 for none, else 1 to 3 by thirds of
/// the range from 1 to the largest (rounded up), so each class is a range of
/// whole counts that [`class_ranges`] names.
pub fn classes(figures: &[usize]) -> Vec<usize> {
    let bounds = class_bounds(figures);
    figures
        .iter()
        .map(|&n| {
            if n == 0 {
                0
            } else {
                1 + bounds.iter().take_while(|&&upper| n > upper).count().min(2)
            }
        })
        .collect()
}

/// The upper bound of classes 1 and 2.
fn class_bounds(figures: &[usize]) -> [usize; 2] {
    let most = figures.iter().copied().max().unwrap_or(0);
    let third = most.div_ceil(3).max(1);
    [third, (2 * third).max(third)]
}

/// Each class's range of counts, `(from, to)`, for the legend; a class no
/// count can fall in (when the largest is small) is `None`.
pub fn class_ranges(figures: &[usize]) -> [Option<(usize, usize)>; CLASSES] {
    let most = figures.iter().copied().max().unwrap_or(0);
    let [a, b] = class_bounds(figures);
    let range = |from: usize, to: usize| (from <= to.min(most)).then(|| (from, to.min(most)));
    [
        Some((0, 0)),
        range(1, a),
        range(a + 1, b),
        range(b + 1, most),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::{InsightSettings, count_in_reach};
    use crate::read_catalogue;
    use crate::search::SearchIndex;
    use crate::time::DateTime;

    fn view(query: &str) -> TableView {
        TableView::from_query(query.split('&').filter_map(|p| p.split_once('=')))
    }

    /// The view's URL words read back as the same view, and the default is
    /// written as nothing.
    #[test]
    fn the_view_round_trips_through_the_url() {
        assert_eq!(TableView::default().to_query(), "");
        for query in [
            "by=access",
            "order=-total",
            "by=language&order=value:pl",
            "order=-name",
        ] {
            assert_eq!(view(query).to_query(), query);
        }
        assert_eq!(view("by=colour&order=sideways"), TableView::default());
    }

    /// Pressing a header orders by it (figures largest first), and again reverses.
    #[test]
    fn pressing_a_header_orders_then_reverses() {
        let order = Order::default().pressed(Column::Total);
        assert_eq!(
            order,
            Order {
                column: Column::Total,
                descending: true
            }
        );
        assert!(!order.pressed(Column::Total).descending);
        assert!(order.pressed(Column::Name) == Order::default());
    }

    /// On the demo catalogue, the rows in each order agree with the figures:
    /// each row's figure is at least the next one's, largest first; rows
    /// without a population come last.
    #[test]
    fn rows_follow_the_figures() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/catalogue.json"
        ))
        .unwrap();
        let catalogue = read_catalogue(&text, None).unwrap().catalogue;
        let index = SearchIndex::new(&catalogue, DateTime::parse("2026-11-25T12:00").unwrap());
        let insight = count_in_reach(&catalogue, &index, &InsightSettings::default());
        let n = insight.neighbourhoods.len();
        assert!(n > 2);
        let totals = |rows: Vec<usize>| -> Vec<usize> {
            rows.iter()
                .map(|&i| insight.neighbourhoods[i].counts.total)
                .collect()
        };
        let down = totals(view("order=-total").rows(&catalogue, &insight));
        assert_eq!(down.len(), n);
        assert!(down.windows(2).all(|w| w[0] >= w[1]), "{down:?}");
        let up = totals(view("order=total").rows(&catalogue, &insight));
        assert!(up.windows(2).all(|w| w[0] <= w[1]), "{up:?}");
        let names: Vec<String> = view("")
            .rows(&catalogue, &insight)
            .iter()
            .map(|&i| fold(&catalogue.neighbourhoods[insight.neighbourhoods[i].neighbourhood].name))
            .collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
        let first_skill = catalogue.skills[0].id.clone();
        let by_skill = view(&format!("order=-value:{first_skill}")).rows(&catalogue, &insight);
        let skill: Vec<usize> = by_skill
            .iter()
            .map(|&i| insight.neighbourhoods[i].counts.skills[0])
            .collect();
        assert!(skill.windows(2).all(|w| w[0] >= w[1]), "{skill:?}");
        let residents = view("order=-residents").rows(&catalogue, &insight);
        let known: Vec<bool> = residents
            .iter()
            .map(|&i| insight.neighbourhoods[i].population.is_some())
            .collect();
        assert!(
            known.windows(2).all(|w| w[0] || !w[1]),
            "unknown populations last: {known:?}"
        );
    }

    /// Classes: none is class 0, the rest in thirds up to the largest; the
    /// legend's ranges cover every count once.
    #[test]
    fn classes_split_the_counts_in_thirds() {
        let figures = [0, 1, 3, 4, 6, 7, 9];
        assert_eq!(classes(&figures), vec![0, 1, 1, 2, 2, 3, 3]);
        assert_eq!(
            class_ranges(&figures),
            [Some((0, 0)), Some((1, 3)), Some((4, 6)), Some((7, 9))]
        );
        // Small counts: classes that nothing can fall in are left out.
        assert_eq!(classes(&[0, 1, 2]), vec![0, 1, 2]);
        assert_eq!(
            class_ranges(&[0, 1, 2]),
            [Some((0, 0)), Some((1, 1)), Some((2, 2)), None]
        );
        assert_eq!(class_ranges(&[0, 0]), [Some((0, 0)), None, None, None]);
        for figures in [&[0, 5, 10, 11, 2][..], &[1, 1, 1], &[100, 33, 34, 67, 66]] {
            let ranges = class_ranges(figures);
            for (n, class) in figures.iter().zip(classes(figures)) {
                let (from, to) = ranges[class].unwrap();
                assert!((from..=to).contains(n), "{n} in class {class}: {ranges:?}");
            }
        }
    }
}
