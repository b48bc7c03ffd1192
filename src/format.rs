//! Turns model values into the sentences the pages show, through [`crate::i18n`].
//!
//! Pure functions of their inputs and a [`Messages`], so they are tested natively.

use crate::i18n::Messages;
use learnlocal_core::opportunity::Cost;
use learnlocal_core::schedule::{Schedule, WeeklySlot};

/// One line per weekly slot ("Mondays and Wednesdays, 18:30–20:00"), then the
/// explicit dates, the date range, the interval and the exceptions.
pub fn describe_schedule(m: &Messages, schedule: &Schedule) -> Vec<String> {
    let mut lines: Vec<String> = schedule
        .weekly
        .iter()
        .map(|s| describe_slot(m, s))
        .collect();
    if schedule.interval_weeks > 1 && !lines.is_empty() {
        lines.push(m.every_n_weeks(schedule.interval_weeks));
    }
    let monthly_from = lines.len();
    lines.extend(
        schedule
            .monthly
            .iter()
            .map(|s| m.monthly_slot(&s.nth, &s.days, &m.time_range(s.start, s.end))),
    );
    if schedule.interval_months > 1 && lines.len() > monthly_from {
        lines.push(m.every_n_months(schedule.interval_months));
    }
    lines.extend(
        schedule
            .dates
            .iter()
            .map(|d| m.date_and_times(d.date, &m.time_range(d.start, d.end))),
    );
    lines.extend(m.date_range(schedule.start_date, schedule.end_date));
    if !schedule.except.is_empty() {
        let dates: Vec<String> = schedule.except.iter().map(|&d| m.date(d)).collect();
        lines.push(m.except_dates(&m.and_list(&dates)));
    }
    lines
}

/// A weekly slot as one line.
pub fn describe_slot(m: &Messages, slot: &WeeklySlot) -> String {
    let days: Vec<String> = slot
        .days
        .iter()
        .map(|&d| m.weekdays_plural(d).to_owned())
        .collect();
    m.weekly_slot(&m.and_list(&days), &m.time_range(slot.start, slot.end))
}

/// "Free", the prices, or that it is not known; then the concessions.
pub fn describe_cost(m: &Messages, cost: &Cost) -> Vec<String> {
    let mut lines = Vec::new();
    if cost.free {
        lines.push(m.free().to_owned());
    }
    for price in &cost.prices {
        let amount = m.price(price.amount, &price.currency);
        lines.push(match &price.label {
            Some(label) => m.price_for(&amount, label),
            None => amount,
        });
    }
    lines.extend(cost.concessions.iter().cloned());
    if lines.is_empty() {
        lines.push(m.cost_unknown().to_owned());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::english;
    use learnlocal_core::opportunity::Price;
    use learnlocal_core::time::{Date, Time, Weekday};

    fn time(h: u8, m: u8) -> Time {
        Time::new(h, m).unwrap()
    }

    /// A term-time course reads as its days, times, dates and exceptions.
    #[test]
    fn schedules_read_as_sentences() {
        let schedule = Schedule {
            start_date: Date::new(2027, 1, 12),
            end_date: Date::new(2027, 3, 23),
            weekly: vec![WeeklySlot {
                days: vec![Weekday::Mon, Weekday::Wed],
                start: time(18, 30),
                end: time(20, 0),
            }],
            interval_weeks: 2,
            except: vec![Date::new(2027, 3, 17).unwrap()],
            ..Schedule::default()
        };
        assert_eq!(
            describe_schedule(english(), &schedule),
            [
                "Mondays and Wednesdays, 18:30–20:00",
                "every 2 weeks",
                "From Tue 12 Jan 2027 to Tue 23 Mar 2027",
                "Not on Wed 17 Mar 2027",
            ]
        );
        assert!(describe_schedule(english(), &Schedule::default()).is_empty());
    }

    /// Monthly slots read as which day of the month: the first and third
    /// Thursday, the last weekday, the last of several days; then the interval.
    #[test]
    fn monthly_schedules_read_as_days_of_the_month() {
        use learnlocal_core::schedule::MonthlySlot;
        let slot = |days: &[Weekday], nth: &[i8]| MonthlySlot {
            days: days.to_vec(),
            nth: nth.to_vec(),
            start: time(10, 0),
            end: time(11, 30),
        };
        let weekdays = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ];
        let schedule = Schedule {
            monthly: vec![
                slot(&[Weekday::Thu], &[1, 3]),
                slot(&weekdays, &[-1]),
                slot(&[Weekday::Sat, Weekday::Sun], &[-1]),
            ],
            interval_months: 2,
            ..Schedule::default()
        };
        assert_eq!(
            describe_schedule(english(), &schedule),
            [
                "First and third Thursday of the month, 10:00–11:30",
                "Last weekday of the month, 10:00–11:30",
                "Last of the month's Saturdays and Sundays, 10:00–11:30",
                "every 2 months",
            ]
        );
    }

    /// Costs read as free, prices with labels, and concessions; or unknown.
    #[test]
    fn costs_read_plainly() {
        let cost = Cost {
            free: false,
            prices: vec![Price {
                amount: 40.0,
                currency: "EUR".into(),
                label: Some("whole course".into()),
            }],
            concessions: vec!["Free for jobseekers".into()],
        };
        assert_eq!(
            describe_cost(english(), &cost),
            ["€40.00 (whole course)", "Free for jobseekers"]
        );
        assert_eq!(
            describe_cost(english(), &Cost::default()),
            ["Ask the organisers about the cost."]
        );
    }
}
