//! Customers from their orders: activity, churn, retention and acquisition per period,
//! and retention per acquisition cohort.
//!
//! Orders come from transactions files: one row per order (customer id, date,
//! amount), or one row per line item (order id, quantity, unit price), where the rows
//! of one order id are one order. Cancellations and unpaid orders are counted apart
//! (see [`OrderState`]), and orders without a customer count in orders and revenue
//! but in no customer figure. Won deals are not orders here: a B2B deal is an acquisition, not a repeat
//! purchase, so "no deal this quarter" is not churn — deals feed the funnel's
//! customers, CLV and average order value instead. A customer is *active* in a period when
//! they have a placed order in it; a customer active in the previous period with no order
//! in this one has *churned*; one whose first order ever falls in the period is
//! *new*. Orders after the reporting date are left out.

use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::ingest::{Ingested, Table};
use crate::engine::import::vocab::orders::{status_class, unreadable_statuses, StatusClass};
use crate::engine::metrics::metric::{Measure, Sums};
use crate::engine::metrics::period::{Bucket, Period};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What became of an order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderState {
    /// Placed, and paid when the file has statuses: an order, and its customer is
    /// active.
    Placed,
    /// Cancelled: an invoice numbered `C…` (the UCI "Online Retail" convention), an
    /// order whose every quantity is negative, or a refunded, cancelled, voided or
    /// failed status. Counted apart; a cancellation invoice's negative amount is
    /// netted from revenue, a cancelled status adds nothing.
    Cancelled,
    /// Not paid yet (pending, authorised, on hold): counted apart, no revenue.
    Pending,
}

/// One order (one order id, or one row when the file has no order ids).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    /// The customer's id; `None` for an order with no customer, which counts in orders
    /// and revenue but in no customer figure.
    pub customer: Option<String>,
    /// The day of the order (its first dated row).
    pub date: NaiveDate,
    /// What the order adds to revenue: its amount net of refunds (negative for a
    /// cancellation invoice); `None` when it adds nothing or was not recorded.
    pub amount: Option<Decimal>,
    /// Placed, cancelled or pending.
    pub state: OrderState,
}

/// The orders of the transactions files, and what those files can tell.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrderLog {
    /// Every order up to the reporting date.
    pub orders: Vec<Order>,
    /// Some file can show a cancellation (it has order ids, quantities or statuses),
    /// so no cancellation in a period is a count of zero, not a blank.
    pub tracks_cancellations: bool,
    /// Some file has order statuses, so pending orders are counted.
    pub tracks_pending: bool,
}

/// The orders of the transactions files; orders after `as_of` are left out.
///
/// Rows that share an order id are one order (line items, or Shopify's repeated
/// order rows); without an order id each row is an order. An order's amount is the
/// order total when the file has an amount column, counted once per order (when its
/// rows repeat one value, or only the first row has it); when its rows hold different
/// amounts they are line amounts and are added up. Without an amount column it is
/// Σ quantity × unit price of its lines. A refunded amount is taken off. A file
/// whose statuses cannot all be read feeds no order at all (its import notes
/// [`UnknownOrderStatus`](crate::engine::import::error::IssueKind::UnknownOrderStatus)): a guess
/// would be a silently wrong figure.
pub fn orders(inputs: &[&Ingested], as_of: Option<NaiveDate>) -> OrderLog {
    let mut log = OrderLog::default();
    for input in inputs.iter().filter(|i| i.kind == FileKind::Transactions) {
        let t = &input.table;
        if let Some(statuses) = t.text(Field::OrderStatus) {
            if !unreadable_statuses(statuses, t.has(Field::Refunded)).is_empty() {
                continue;
            }
        }
        log.tracks_cancellations |=
            t.has(Field::OrderId) || t.has(Field::Quantity) || t.has(Field::OrderStatus);
        log.tracks_pending |= t.has(Field::OrderStatus);
        log.orders.extend(table_orders(t));
    }
    log.orders
        .retain(|o| as_of.is_none_or(|limit| o.date <= limit));
    log
}

/// True for a cancellation invoice number: `C` followed by a digit (`C536379`).
pub fn is_cancellation_id(id: &str) -> bool {
    let mut chars = id.trim().chars();
    matches!(chars.next(), Some('C' | 'c')) && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// An order being gathered from its rows.
#[derive(Default)]
struct Draft {
    customer: Option<String>,
    date: Option<NaiveDate>,
    status: Option<StatusClass>,
    cancellation_id: bool,
    amount: Option<Decimal>,
    amount_sum: Decimal,
    amounts_differ: bool,
    lines: Option<Decimal>,
    refunded: Option<Decimal>,
    quantities: bool,
    positive_quantity: bool,
}

impl Draft {
    fn into_order(self, has_amount: bool) -> Option<Order> {
        let date = self.date?;
        let gross = if has_amount && self.amount.is_some() {
            if self.amounts_differ {
                Some(self.amount_sum)
            } else {
                self.amount
            }
        } else {
            self.lines
        };
        let net = match (gross, self.refunded) {
            (Some(g), Some(r)) => Some(g.saturating_sub(r)),
            (g, _) => g,
        };
        let (state, amount) = match self.status {
            Some(StatusClass::Cancelled) => (OrderState::Cancelled, None),
            Some(StatusClass::Pending) => (OrderState::Pending, None),
            _ if self.cancellation_id || (self.quantities && !self.positive_quantity) => {
                (OrderState::Cancelled, net)
            }
            _ => (OrderState::Placed, net),
        };
        Some(Order {
            customer: self.customer,
            date,
            amount,
            state,
        })
    }
}

fn table_orders(t: &Table) -> Vec<Order> {
    let Some(dates) = t.date(Field::Date).or_else(|| t.date(Field::CreatedDate)) else {
        return Vec::new();
    };
    let text = |f: Field, row: usize| t.text(f).and_then(|c| c.get(row));
    let number = |f: Field, row: usize| t.number(f).and_then(|c| c.get(row));
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_id: BTreeMap<&str, usize> = BTreeMap::new();
    for row in 0..t.len() {
        let id = text(Field::OrderId, row);
        let index = match id.and_then(|id| by_id.get(id)) {
            Some(&i) => i,
            None => {
                drafts.push(Draft {
                    cancellation_id: id.is_some_and(is_cancellation_id),
                    ..Draft::default()
                });
                let i = drafts.len().saturating_sub(1);
                if let Some(id) = id {
                    by_id.insert(id, i);
                }
                i
            }
        };
        let Some(d) = drafts.get_mut(index) else {
            continue;
        };
        if d.customer.is_none() {
            d.customer = text(Field::CustomerId, row).map(str::to_owned);
        }
        if d.date.is_none() {
            d.date = dates.get(row).map(|d| d.date());
        }
        if d.status.is_none() {
            d.status = text(Field::OrderStatus, row).and_then(status_class);
        }
        if d.refunded.is_none() {
            d.refunded = number(Field::Refunded, row);
        }
        if let Some(a) = number(Field::Amount, row) {
            d.amounts_differ |= d.amount.is_some_and(|first| first != a);
            d.amount = d.amount.or(Some(a));
            d.amount_sum = d.amount_sum.saturating_add(a);
        }
        let quantity = number(Field::Quantity, row);
        if let Some(q) = quantity {
            d.quantities = true;
            d.positive_quantity |= q.is_sign_positive() && !q.is_zero();
        }
        if let Some(line) = quantity
            .zip(number(Field::UnitPrice, row))
            .and_then(|(q, p)| q.checked_mul(p))
        {
            d.lines = Some(d.lines.unwrap_or_default().saturating_add(line));
        }
    }
    let has_amount = t.has(Field::Amount);
    drafts
        .into_iter()
        .filter_map(|d| d.into_order(has_amount))
        .collect()
}

/// The sums of the order and customer measures for the whole range (`None`) and for
/// every period of each bucket that has an order. Customer measures count placed
/// orders with a customer only.
pub fn period_sums(log: &OrderLog, buckets: &[Bucket]) -> Vec<(Option<Period>, Sums)> {
    let mut out = Vec::new();
    let orders = &log.orders;
    if orders.is_empty() {
        return out;
    }
    let placed = || {
        orders
            .iter()
            .filter(|o| o.state == OrderState::Placed)
            .filter_map(|o| o.customer.as_deref().map(|c| (c, o.date)))
    };
    let with_customers = placed().next().is_some();
    let mut whole = Sums::default();
    add_orders(&mut whole, log, orders.iter());
    if with_customers {
        let everyone: BTreeSet<&str> = placed().map(|(c, _)| c).collect();
        whole.add(Measure::ActiveCustomers, Decimal::from(everyone.len()));
    }
    out.push((None, whole));

    let mut first: BTreeMap<&str, NaiveDate> = BTreeMap::new();
    for (customer, date) in placed() {
        let day = first.entry(customer).or_insert(date);
        *day = (*day).min(date);
    }
    for &bucket in buckets {
        let mut by_period: BTreeMap<Period, Vec<&Order>> = BTreeMap::new();
        for o in orders {
            by_period
                .entry(Period::of(bucket, o.date))
                .or_default()
                .push(o);
        }
        let mut active: BTreeMap<Period, BTreeSet<&str>> = BTreeMap::new();
        for (customer, date) in placed() {
            active
                .entry(Period::of(bucket, date))
                .or_default()
                .insert(customer);
        }
        let empty = BTreeSet::new();
        for (period, os) in &by_period {
            let mut sums = Sums::default();
            add_orders(&mut sums, log, os.iter().copied());
            if with_customers {
                let now = active.get(period).unwrap_or(&empty);
                let before = period
                    .previous()
                    .and_then(|p| active.get(&p))
                    .unwrap_or(&empty);
                let new = now
                    .iter()
                    .filter(|c| first.get(*c).is_some_and(|d| period.contains(*d)))
                    .count();
                sums.add(Measure::ActiveCustomers, Decimal::from(now.len()));
                sums.add(Measure::NewCustomers, Decimal::from(new));
                sums.add(Measure::PreviousCustomers, Decimal::from(before.len()));
                sums.add(
                    Measure::ChurnedCustomers,
                    Decimal::from(before.difference(now).count()),
                );
            }
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
                o.rows.get(row).copied().flatten()
                    == Some(crate::engine::import::vocab::outcomes::Outcome::Won)
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
                .and_then(|c| c.get(row).map(str::to_owned))
                .unwrap_or_else(|| format!("row {row}"));
            let end = churn
                .get(row)
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

/// Adds orders to the sums: placed orders, cancelled and pending ones apart (as zero
/// when the files can show them and none happened), revenue of every order that adds
/// some, and the orders and revenue that have a customer.
fn add_orders<'o>(sums: &mut Sums, log: &OrderLog, orders: impl Iterator<Item = &'o Order>) {
    sums.add(Measure::Orders, Decimal::ZERO);
    if log.tracks_cancellations {
        sums.add(Measure::OrdersCancelled, Decimal::ZERO);
    }
    if log.tracks_pending {
        sums.add(Measure::OrdersPending, Decimal::ZERO);
    }
    for o in orders {
        let counted = match o.state {
            OrderState::Placed => Measure::Orders,
            OrderState::Cancelled => Measure::OrdersCancelled,
            OrderState::Pending => Measure::OrdersPending,
        };
        sums.add(counted, Decimal::ONE);
        if o.state == OrderState::Placed && o.customer.is_some() {
            sums.add(Measure::CustomerOrders, Decimal::ONE);
        }
        if let Some(a) = o.amount {
            sums.add(Measure::OrderRevenue, a);
            if o.customer.is_some() {
                sums.add(Measure::CustomerRevenue, a);
            }
        }
    }
}

/// Retention per acquisition cohort: customers grouped by the quarter of their first
/// order, and how many of them ordered again each quarter after.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cohorts {
    /// One row per cohort, oldest first.
    pub rows: Vec<CohortRow>,
}

/// One acquisition cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// The cohort triangle of the placed orders that have a customer (quarters of first
/// purchase).
pub fn cohorts(orders: &[Order]) -> Cohorts {
    let placed: Vec<(&str, NaiveDate)> = orders
        .iter()
        .filter(|o| o.state == OrderState::Placed)
        .filter_map(|o| o.customer.as_deref().map(|c| (c, o.date)))
        .collect();
    let Some(last) = placed.iter().map(|(_, d)| *d).max() else {
        return Cohorts::default();
    };
    let last = Period::of(Bucket::Quarter, last);
    let mut quarters: BTreeMap<&str, BTreeSet<Period>> = BTreeMap::new();
    for (customer, date) in placed {
        quarters
            .entry(customer)
            .or_default()
            .insert(Period::of(Bucket::Quarter, date));
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
            customer: Some(customer.to_owned()),
            date: day(date),
            amount: Some(Decimal::from(amount)),
            state: OrderState::Placed,
        }
    }

    fn log(orders: &[Order]) -> OrderLog {
        OrderLog {
            orders: orders.to_vec(),
            ..OrderLog::default()
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
        let sums = period_sums(&log(&orders), &[Bucket::Quarter]);
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

    fn table(text: &str) -> Ingested {
        crate::engine::import::ingest::ingest("orders.csv", text.as_bytes(), &Default::default())
            .expect("ingests")
    }

    /// (state, customer, amount) of each order of a transactions file.
    #[track_caller]
    fn check_orders(text: &str, expected: &[(OrderState, Option<&str>, Option<i64>)]) {
        let file = table(text);
        assert_eq!(file.kind, FileKind::Transactions);
        let log = orders(&[&file], None);
        let got: Vec<(OrderState, Option<&str>, Option<Decimal>)> = log
            .orders
            .iter()
            .map(|o| (o.state, o.customer.as_deref(), o.amount))
            .collect();
        let expected: Vec<(OrderState, Option<&str>, Option<Decimal>)> = expected
            .iter()
            .map(|(s, c, a)| (*s, *c, a.map(Decimal::from)))
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn line_items_make_orders() {
        use OrderState::{Cancelled, Pending, Placed};
        // Σ quantity × unit price per invoice; C + digit is a cancellation, netted.
        check_orders(
            "Invoice,Quantity,Price,Customer ID,Date\n1,2,5,a,2025-01-01\n1,1,10,a,2025-01-01\nC2,-1,10,a,2025-01-02\n3,4,1,,2025-01-03\n",
            &[
                (Placed, Some("a"), Some(20)),
                (Cancelled, Some("a"), Some(-10)),
                (Placed, None, Some(4)),
            ],
        );
        // Every quantity negative: a cancellation even without the C; a negative line in
        // a placed order (a returned item) is netted in that order.
        check_orders(
            "Invoice,Quantity,Price,Date\n7,-2,5,2025-01-01\n8,3,5,2025-01-01\n8,-1,5,2025-01-01\n",
            &[(Cancelled, None, Some(-10)), (Placed, None, Some(10))],
        );
        // A "Customer…" id that is not C + digit is an ordinary order.
        check_orders(
            "Order ID,Quantity,Unit price,Date\nCX1,1,5,2025-01-01\n",
            &[(Placed, None, Some(5))],
        );
        // An order total counted once, whether repeated or on the first row only; rows
        // of one order with different amounts are line amounts, added up.
        check_orders(
            "Order ID,Order total,Customer,Date\n1,30,a,2025-01-01\n1,30,a,2025-01-01\n2,15,b,2025-01-01\n2,,b,2025-01-01\n3,10,c,2025-01-01\n3,5,c,2025-01-01\n",
            &[
                (Placed, Some("a"), Some(30)),
                (Placed, Some("b"), Some(15)),
                (Placed, Some("c"), Some(15)),
            ],
        );
        // Statuses: paid counts (net of refunds), pending and refunded are apart.
        check_orders(
            "Order ID,Order status,Order total,Refunded amount,Customer,Date\n1,Completed,50,10,a,2025-01-01\n2,Pending payment,20,,a,2025-01-01\n3,Refunded,40,40,b,2025-01-01\n4,Teilweise erstattet,30,5,b,2025-01-01\n",
            &[
                (Placed, Some("a"), Some(40)),
                (Pending, Some("a"), None),
                (Cancelled, Some("b"), None),
                (Placed, Some("b"), Some(25)),
            ],
        );
        // One row per order, as before: every row is an order.
        check_orders(
            "Customer ID,Date,Amount\na,2025-01-01,5\na,2025-01-01,5\n",
            &[(Placed, Some("a"), Some(5)), (Placed, Some("a"), Some(5))],
        );
    }

    #[test]
    fn cancelled_pending_and_customerless_orders_stay_out_of_customer_figures() {
        let mut orders = vec![
            order("a", "2025-01-05", 10),
            order("b", "2025-01-06", 20),
            order("c", "2025-04-01", 7),
        ];
        orders.push(Order {
            customer: None,
            ..order("x", "2025-01-07", 4)
        });
        orders.push(Order {
            state: OrderState::Cancelled,
            amount: Some(Decimal::from(-3)),
            ..order("d", "2025-01-08", 0)
        });
        orders.push(Order {
            state: OrderState::Pending,
            amount: None,
            ..order("e", "2025-04-09", 0)
        });
        let log = OrderLog {
            orders,
            tracks_cancellations: true,
            tracks_pending: true,
        };
        let sums = period_sums(&log, &[Bucket::Quarter]);
        // Q1: 3 placed orders (a, b, no customer), 1 cancelled; 10 + 20 + 4 − 3 = 31;
        // customers a and b; orders with a customer 2.
        check(&sums, "2025-Q1", Measure::Orders, 3);
        check(&sums, "2025-Q1", Measure::OrdersCancelled, 1);
        check(&sums, "2025-Q1", Measure::OrdersPending, 0);
        check(&sums, "2025-Q1", Measure::OrderRevenue, 31);
        check(&sums, "2025-Q1", Measure::CustomerOrders, 2);
        check(&sums, "2025-Q1", Measure::CustomerRevenue, 27);
        check(&sums, "2025-Q1", Measure::ActiveCustomers, 2);
        // Q2: c placed, e pending (not active); a and b churned, c is new.
        check(&sums, "2025-Q2", Measure::OrdersPending, 1);
        check(&sums, "2025-Q2", Measure::ActiveCustomers, 1);
        check(&sums, "2025-Q2", Measure::ChurnedCustomers, 2);
        check(&sums, "2025-Q2", Measure::NewCustomers, 1);
        let c = cohorts(&log.orders);
        let sizes: Vec<usize> = c.rows.iter().map(|r| r.customers).collect();
        assert_eq!(sizes, vec![2, 1]);
        // No order with a customer at all: no customer measure, rather than zeros.
        let anonymous = OrderLog {
            orders: vec![Order {
                customer: None,
                ..order("x", "2025-01-07", 4)
            }],
            ..OrderLog::default()
        };
        let sums = period_sums(&anonymous, &[Bucket::Quarter]);
        assert!(sums.iter().all(|(_, s)| !s.has(Measure::ActiveCustomers)));
        assert!(sums.iter().all(|(_, s)| !s.has(Measure::OrdersCancelled)));
    }

    #[test]
    fn cancellation_ids() {
        for (id, expected) in [
            ("C536379", true),
            ("c12", true),
            (" C1 ", true),
            ("536379", false),
            ("CX1", false),
            ("C", false),
            ("", false),
            ("#1001", false),
        ] {
            assert_eq!(is_cancellation_id(id), expected, "{id:?}");
        }
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
