//! Customers from their orders: activity, churn, retention and acquisition per period,
//! and retention per acquisition cohort.
//!
//! Orders come from transactions files (customer id, date, amount; one row is one
//! order). Won deals are not orders here: a B2B deal is an acquisition, not a repeat
//! purchase, so "no deal this quarter" is not churn — deals feed the funnel's
//! customers, CLV and average order value instead. A customer is *active* in a period when
//! they have an order in it; a customer active in the previous period with no order
//! in this one has *churned*; one whose first order ever falls in the period is
//! *new*. Orders after the reporting date are left out.

use super::field::{Field, FileKind};
use super::ingest::{Ingested, Table};
use super::metrics::{Measure, Sums};
use super::period::{Bucket, Period};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

/// One order of one customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    /// The customer's id.
    pub customer: String,
    /// The day of the order.
    pub date: NaiveDate,
    /// Its amount, when recorded.
    pub amount: Option<Decimal>,
}

/// The orders of the transactions files; orders after `as_of` are left out.
pub fn orders(inputs: &[&Ingested], as_of: Option<NaiveDate>) -> Vec<Order> {
    let mut out = Vec::new();
    for input in inputs.iter().filter(|i| i.kind == FileKind::Transactions) {
        let date = input
            .table
            .date(Field::Date)
            .or_else(|| input.table.date(Field::CreatedDate));
        push_orders(&mut out, &input.table, &[Field::CustomerId], date);
    }
    out.retain(|o| as_of.is_none_or(|limit| o.date <= limit));
    out
}

fn push_orders(
    out: &mut Vec<Order>,
    table: &Table,
    customer_fields: &[Field],
    dates: Option<&[Option<chrono::NaiveDateTime>]>,
) {
    let Some(dates) = dates else { return };
    let Some(customers) = customer_fields.iter().find_map(|f| table.text(*f)) else {
        return;
    };
    let amounts = table.number(Field::Amount);
    for (row, (customer, date)) in customers.iter().zip(dates).enumerate() {
        let (Some(customer), Some(date)) = (customer, date) else {
            continue;
        };
        out.push(Order {
            customer: customer.clone(),
            date: date.date(),
            amount: amounts.and_then(|a| a.get(row).copied().flatten()),
        });
    }
}

/// The sums of the customer measures for the whole range (`None`) and for every
/// period of each bucket that has an order.
pub fn period_sums(orders: &[Order], buckets: &[Bucket]) -> Vec<(Option<Period>, Sums)> {
    let mut out = Vec::new();
    if orders.is_empty() {
        return out;
    }
    let mut whole = Sums::default();
    let everyone: BTreeSet<&str> = orders.iter().map(|o| o.customer.as_str()).collect();
    add_orders(&mut whole, orders.iter());
    whole.add(Measure::ActiveCustomers, Decimal::from(everyone.len()));
    out.push((None, whole));

    let mut first: BTreeMap<&str, NaiveDate> = BTreeMap::new();
    for o in orders {
        let day = first.entry(o.customer.as_str()).or_insert(o.date);
        *day = (*day).min(o.date);
    }
    for &bucket in buckets {
        let mut by_period: BTreeMap<Period, Vec<&Order>> = BTreeMap::new();
        for o in orders {
            by_period
                .entry(Period::of(bucket, o.date))
                .or_default()
                .push(o);
        }
        let active: BTreeMap<Period, BTreeSet<&str>> = by_period
            .iter()
            .map(|(p, os)| (*p, os.iter().map(|o| o.customer.as_str()).collect()))
            .collect();
        let empty = BTreeSet::new();
        for (period, os) in &by_period {
            let now = active.get(period).unwrap_or(&empty);
            let before = period
                .previous()
                .and_then(|p| active.get(&p))
                .unwrap_or(&empty);
            let new = now
                .iter()
                .filter(|c| first.get(*c).is_some_and(|d| period.contains(*d)))
                .count();
            let mut sums = Sums::default();
            add_orders(&mut sums, os.iter().copied());
            sums.add(Measure::ActiveCustomers, Decimal::from(now.len()));
            sums.add(Measure::NewCustomers, Decimal::from(new));
            sums.add(Measure::PreviousCustomers, Decimal::from(before.len()));
            sums.add(
                Measure::ChurnedCustomers,
                Decimal::from(before.difference(now).count()),
            );
            out.push((Some(*period), sums));
        }
    }
    out
}

/// A customer from a deals file that records churn: won on `start`, churned on `end`
/// (`None`: still a customer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subscription {
    /// The customer (lead id, else deal id).
    pub customer: String,
    /// The first won date.
    pub start: NaiveDate,
    /// The churn date, if churned.
    pub end: Option<NaiveDate>,
}

/// The customers of the deals files, when a deals file has a churn-date column; one per
/// customer (first win, last churn, or none when any of their deals has not churned).
/// Churn dates after `as_of` have not happened yet. Only won deals are customers: a
/// file with an outcome column gives its won rows, and none at all while any row's
/// outcome is unclassified.
pub fn subscriptions(inputs: &[&Ingested], as_of: Option<NaiveDate>) -> Vec<Subscription> {
    let mut by_customer: BTreeMap<String, (NaiveDate, Option<NaiveDate>, bool)> = BTreeMap::new();
    for input in inputs.iter().filter(|i| i.kind == FileKind::Deals) {
        let t = &input.table;
        let (Some(won), Some(churn)) = (t.date(Field::WonDate), t.date(Field::ChurnDate)) else {
            continue;
        };
        let outcomes = input.outcomes.as_ref();
        if outcomes.is_some_and(|o| o.unclassified_rows() > 0) {
            continue;
        }
        let is_won = |row: usize| {
            outcomes.is_none_or(|o| {
                o.rows.get(row).copied().flatten() == Some(super::vocab::outcomes::Outcome::Won)
            })
        };
        let ids = t.text(Field::LeadId).or_else(|| t.text(Field::DealId));
        for (row, won) in won.iter().enumerate() {
            if !is_won(row) {
                continue;
            }
            let Some(won) = won.map(|d| d.date()) else {
                continue;
            };
            if as_of.is_some_and(|limit| won > limit) {
                continue;
            }
            let customer = ids
                .and_then(|c| c.get(row).cloned().flatten())
                .unwrap_or_else(|| format!("row {row}"));
            let end = churn
                .get(row)
                .copied()
                .flatten()
                .map(|d| d.date())
                .filter(|d| as_of.is_none_or(|limit| *d <= limit) && *d >= won);
            let entry = by_customer
                .entry(customer)
                .or_insert((won, end, end.is_none()));
            entry.0 = entry.0.min(won);
            entry.2 |= end.is_none();
            entry.1 = match (entry.1, end) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
        }
    }
    by_customer
        .into_iter()
        .map(|(customer, (start, end, open))| Subscription {
            customer,
            start,
            end: if open { None } else { end },
        })
        .collect()
}

/// Churn, retention and acquisition from subscriptions: per period, the customers at
/// its start (won before it, not churned before it), those of them who churned in it,
/// the customers active in it, and the new ones.
pub fn subscription_sums(
    subs: &[Subscription],
    buckets: &[Bucket],
    as_of: NaiveDate,
) -> Vec<(Option<Period>, Sums)> {
    let mut out = Vec::new();
    let Some(first) = subs.iter().map(|s| s.start).min() else {
        return out;
    };
    let mut whole = Sums::default();
    whole.add(Measure::ActiveCustomers, Decimal::from(subs.len()));
    out.push((None, whole));
    for &bucket in buckets {
        let mut period = Some(Period::of(bucket, first));
        while let Some(p) = period.filter(|p| p.start <= as_of) {
            let at_start = subs
                .iter()
                .filter(|s| s.start < p.start && s.end.is_none_or(|e| e >= p.start));
            let previous = at_start.clone().count();
            let churned = at_start
                .filter(|s| s.end.is_some_and(|e| p.contains(e)))
                .count();
            let active = subs
                .iter()
                .filter(|s| s.start <= p.end() && s.end.is_none_or(|e| e >= p.start))
                .count();
            let new = subs.iter().filter(|s| p.contains(s.start)).count();
            let mut sums = Sums::default();
            sums.add(Measure::ActiveCustomers, Decimal::from(active));
            sums.add(Measure::NewCustomers, Decimal::from(new));
            if previous > 0 {
                sums.add(Measure::PreviousCustomers, Decimal::from(previous));
                sums.add(Measure::ChurnedCustomers, Decimal::from(churned));
            }
            out.push((Some(p), sums));
            period = p.next();
        }
    }
    out
}

fn add_orders<'o>(sums: &mut Sums, orders: impl Iterator<Item = &'o Order>) {
    for o in orders {
        sums.add(Measure::Orders, Decimal::ONE);
        if let Some(a) = o.amount {
            sums.add(Measure::OrderRevenue, a);
        }
    }
}

/// Retention per acquisition cohort: customers grouped by the quarter of their first
/// order, and how many of them ordered again each quarter after.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cohorts {
    /// One row per cohort, oldest first.
    pub rows: Vec<CohortRow>,
}

/// One acquisition cohort.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CohortRow {
    /// The quarter of the first order.
    pub cohort: Period,
    /// Customers acquired in it.
    pub customers: usize,
    /// `active[k]`: customers of the cohort with an order `k` quarters after the
    /// cohort's quarter (`active[0] == customers`), up to the last quarter with data.
    pub active: Vec<usize>,
}

impl CohortRow {
    /// The share of the cohort still purchasing `k` quarters later; `None` past the
    /// data or for an empty cohort.
    pub fn retention(&self, k: usize) -> Option<f64> {
        let active = *self.active.get(k)?;
        (self.customers > 0).then(|| active as f64 / self.customers as f64)
    }
}

/// The cohort triangle of the orders (quarters of first purchase).
pub fn cohorts(orders: &[Order]) -> Cohorts {
    let Some(last) = orders.iter().map(|o| o.date).max() else {
        return Cohorts::default();
    };
    let last = Period::of(Bucket::Quarter, last);
    let mut quarters: BTreeMap<&str, BTreeSet<Period>> = BTreeMap::new();
    for o in orders {
        quarters
            .entry(o.customer.as_str())
            .or_default()
            .insert(Period::of(Bucket::Quarter, o.date));
    }
    let mut by_cohort: BTreeMap<Period, Vec<&BTreeSet<Period>>> = BTreeMap::new();
    for qs in quarters.values() {
        if let Some(first) = qs.first() {
            by_cohort.entry(*first).or_default().push(qs);
        }
    }
    let rows = by_cohort
        .into_iter()
        .map(|(cohort, members)| {
            let mut active = Vec::new();
            let mut q = Some(cohort);
            while let Some(quarter) = q.filter(|q| *q <= last) {
                active.push(members.iter().filter(|qs| qs.contains(&quarter)).count());
                q = quarter.next();
            }
            CohortRow {
                cohort,
                customers: members.len(),
                active,
            }
        })
        .collect();
    Cohorts { rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
    }

    fn order(customer: &str, date: &str, amount: i64) -> Order {
        Order {
            customer: customer.to_owned(),
            date: day(date),
            amount: Some(Decimal::from(amount)),
        }
    }

    fn quarter(label: &str) -> Period {
        Period::parse(label).expect("a period")
    }

    #[track_caller]
    fn check(sums: &[(Option<Period>, Sums)], period: &str, measure: Measure, expected: i64) {
        let p = Some(quarter(period));
        let got = sums
            .iter()
            .find(|(q, _)| *q == p)
            .and_then(|(_, s)| s.get(measure));
        assert_eq!(got, Some(Decimal::from(expected)), "{period} {measure:?}");
    }

    #[test]
    fn churn_retention_and_acquisition_per_quarter() {
        let orders = [
            order("a", "2025-01-05", 10),
            order("a", "2025-02-05", 20),
            order("b", "2025-03-01", 5),
            order("a", "2025-04-01", 7),
            order("c", "2025-05-01", 1),
        ];
        let sums = period_sums(&orders, &[Bucket::Quarter]);
        check(&sums, "2025-Q1", Measure::Orders, 3);
        check(&sums, "2025-Q1", Measure::OrderRevenue, 35);
        check(&sums, "2025-Q1", Measure::ActiveCustomers, 2);
        check(&sums, "2025-Q1", Measure::PreviousCustomers, 0);
        // In Q2: a stayed, b churned, c is new.
        check(&sums, "2025-Q2", Measure::ActiveCustomers, 2);
        check(&sums, "2025-Q2", Measure::PreviousCustomers, 2);
        check(&sums, "2025-Q2", Measure::ChurnedCustomers, 1);
        check(&sums, "2025-Q2", Measure::NewCustomers, 1);
        let (_, whole) = &sums[0];
        assert_eq!(whole.get(Measure::ActiveCustomers), Some(Decimal::from(3)));
        assert_eq!(whole.get(Measure::Orders), Some(Decimal::from(5)));
    }

    #[test]
    fn cohort_triangle() {
        let orders = [
            order("a", "2025-01-05", 1),
            order("b", "2025-02-05", 1),
            order("a", "2025-07-01", 1),
            order("c", "2025-04-01", 1),
            order("c", "2025-05-01", 1),
        ];
        let c = cohorts(&orders);
        assert_eq!(c.rows.len(), 2);
        assert_eq!(c.rows[0].cohort, quarter("2025-Q1"));
        assert_eq!(c.rows[0].active, vec![2, 0, 1]);
        assert_eq!(c.rows[0].retention(2), Some(0.5));
        assert_eq!(c.rows[0].retention(3), None);
        assert_eq!(c.rows[1].active, vec![1, 0]);
        assert_eq!(cohorts(&[]), Cohorts::default());
    }

    #[test]
    fn churn_from_deals_with_churn_dates() {
        // A, B, C won in Q1; B churns in Q2, C in Q3; D won in Q2.
        let sub = |c: &str, s: &str, e: Option<&str>| Subscription {
            customer: c.into(),
            start: day(s),
            end: e.map(day),
        };
        let subs = [
            sub("A", "2026-01-10", None),
            sub("B", "2026-02-01", Some("2026-05-01")),
            sub("C", "2026-03-01", Some("2026-08-15")),
            sub("D", "2026-04-20", None),
        ];
        let sums = subscription_sums(&subs, &[Bucket::Quarter], day("2026-09-30"));
        let at = |label: &str| {
            sums.iter()
                .find(|(p, _)| p.map(|p| p.label()).as_deref() == Some(label))
                .map(|(_, s)| s.clone())
                .expect("a quarter")
        };
        let q2 = at("2026-Q2");
        // Q2 starts with A, B, C; B churns: churn 1/3. Active: A, B, C, D. New: D.
        assert_eq!(q2.get(Measure::PreviousCustomers), Some(Decimal::from(3)));
        assert_eq!(q2.get(Measure::ChurnedCustomers), Some(Decimal::ONE));
        assert_eq!(q2.get(Measure::ActiveCustomers), Some(Decimal::from(4)));
        assert_eq!(q2.get(Measure::NewCustomers), Some(Decimal::ONE));
        // Q3 starts with A, C, D; C churns.
        let q3 = at("2026-Q3");
        assert_eq!(
            (
                q3.get(Measure::PreviousCustomers),
                q3.get(Measure::ChurnedCustomers)
            ),
            (Some(Decimal::from(3)), Some(Decimal::ONE))
        );
        // Q1: nobody before it, so no churn rate (not a made-up 0%).
        assert_eq!(at("2026-Q1").get(Measure::PreviousCustomers), None);
    }
}
