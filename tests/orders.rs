//! Shop and payment exports (UCI "Online Retail", Shopify, WooCommerce, Stripe) read as
//! orders: figures checked against counts made by hand from the fixtures.

use marketing_audit::engine::import::error::IssueKind;
use marketing_audit::engine::import::field::FileKind;
use marketing_audit::engine::import::ingest::{ingest, Ingested, Overrides};
use marketing_audit::engine::import::value::{DateOrder, DecimalMark};
use marketing_audit::engine::metrics::metric::MetricId;
use marketing_audit::engine::metrics::period::Period;
use marketing_audit::engine::{run, Audit, Dimension, Settings};

fn load(name: &str, bytes: &[u8]) -> Ingested {
    let got = ingest(name, bytes, &Overrides::default()).expect("ingests");
    assert_eq!(got.kind, FileKind::Transactions, "{name}");
    assert_eq!(got.rows_read, got.rows_used + got.rows_skipped, "{name}");
    assert_eq!(got.rows_skipped, 0, "{name}");
    got
}

fn audit(name: &str, bytes: &[u8]) -> (Ingested, Audit) {
    let file = load(name, bytes);
    let audit = run(std::slice::from_ref(&file), &Settings::default());
    (file, audit)
}

/// `period`: `None` for the whole range, else a label such as `2024-Q1`.
#[track_caller]
fn check(audit: &Audit, metric: MetricId, period: Option<&str>, expected: Option<f64>) {
    let period = period.map(|p| Period::parse(p).expect("a period label"));
    let got = audit.value(metric, Dimension::Total, None, period);
    match (got, expected) {
        (Some(g), Some(e)) => assert!((g - e).abs() < 1e-9, "{metric:?} {period:?}: {g} != {e}"),
        _ => assert_eq!(got, expected, "{metric:?} {period:?}"),
    }
}

fn without_customer(file: &Ingested) -> Option<u64> {
    file.issues.iter().find_map(|i| match i.kind {
        IssueKind::RowsWithoutCustomer { count } => Some(count),
        _ => None,
    })
}

/// The UCI layout, in both spellings: the same nine lines.
///
/// | invoice  | lines × price             | customer | month   |
/// |----------|---------------------------|----------|---------|
/// | 536365   | 6 × 2.55 + 6 × 3.39 = 35.64 | 17850  | 2010-12 |
/// | 536366   | 6 × 1.85 = 11.10          | 17850    | 2010-12 |
/// | 536367   | 32 × 1.69 = 54.08         | 13047    | 2010-12 |
/// | 536368   | 6 × 4.25 = 25.50          | –        | 2010-12 |
/// | C536379  | −1 × 27.50 = −27.50       | 14527    | 2010-12 |
/// | 536380   | 24 × 1.45 = 34.80         | 13047    | 2011-01 |
/// | C536383  | −2 × 4.65 = −9.30         | 15311    | 2011-01 |
/// | 536384   | 3 × 6.45 = 19.35          | –        | 2011-01 |
#[track_caller]
fn check_uci(name: &str, bytes: &[u8]) {
    let (file, a) = audit(name, bytes);
    // Orders: 6 distinct invoices that are not cancellations; 2 cancellations apart.
    check(&a, MetricId::Orders, None, Some(6.0));
    check(&a, MetricId::OrdersCancelled, None, Some(2.0));
    // Revenue: 35.64 + 11.10 + 54.08 + 25.50 − 27.50 + 34.80 − 9.30 + 19.35 = 143.67.
    check(&a, MetricId::TransactionRevenue, None, Some(143.67));
    // Customers: 17850 and 13047 placed orders; 14527 and 15311 only cancelled.
    check(&a, MetricId::ActiveCustomers, None, Some(2.0));
    // Orders per customer: 4 orders with a customer (536365, 536366, 536367, 536380) ÷ 2.
    check(&a, MetricId::PurchaseFrequency, None, Some(2.0));
    // No statuses in this layout: no pending count.
    check(&a, MetricId::OrdersPending, None, None);
    assert!(!a.has(MetricId::OrdersPending));
    // December: 4 orders, 1 cancellation; 35.64 + 11.10 + 54.08 + 25.50 − 27.50 = 98.82.
    check(&a, MetricId::Orders, Some("2010-12"), Some(4.0));
    check(&a, MetricId::OrdersCancelled, Some("2010-12"), Some(1.0));
    check(
        &a,
        MetricId::TransactionRevenue,
        Some("2010-12"),
        Some(98.82),
    );
    // January: 2 orders, 1 cancellation; 34.80 − 9.30 + 19.35 = 44.85. Of December's
    // customers (17850, 13047) only 13047 ordered again: churn 1 ÷ 2.
    check(&a, MetricId::Orders, Some("2011-01"), Some(2.0));
    check(
        &a,
        MetricId::TransactionRevenue,
        Some("2011-01"),
        Some(44.85),
    );
    check(&a, MetricId::ActiveCustomers, Some("2011-01"), Some(1.0));
    check(&a, MetricId::ChurnRate, Some("2011-01"), Some(0.5));
    check(&a, MetricId::ChurnRate, Some("2011-Q1"), Some(0.5));
    // Cohort 2010-Q4: 17850 and 13047; one of them (13047) back in 2011-Q1.
    let row = a.cohorts.rows.first().expect("a cohort");
    assert_eq!(
        (row.cohort.label(), row.customers),
        ("2010-Q4".to_owned(), 2)
    );
    assert_eq!(row.active, vec![2, 1]);
    assert_eq!(a.cohorts.rows.len(), 1);
    // Two lines (536368 and 536384) have no customer.
    assert_eq!(without_customer(&file), Some(2));
}

#[test]
fn uci_online_retail_line_items() {
    check_uci(
        "Online Retail.csv",
        include_bytes!("fixtures/vendors/uci_online_retail.csv"),
    );
}

#[test]
fn uci_online_retail_with_semicolons_and_decimal_commas() {
    check_uci(
        "Online Retail (EU).csv",
        include_bytes!("fixtures/vendors/uci_online_retail_semicolon.csv"),
    );
}

/// Shopify repeats an order over its line items, with the total and the financial
/// status on the first row only.
///
/// | order | status             | total | refunded | customer | counted as        |
/// |-------|--------------------|-------|----------|----------|-------------------|
/// | #1001 | paid               | 55    | 0        | ann      | order, 55         |
/// | #1002 | refunded           | 30    | 30       | bob      | cancelled         |
/// | #1003 | partially_refunded | 80    | 20       | ann      | order, 80 − 20    |
/// | #1004 | pending            | 40    | 0        | cy       | pending           |
/// | #1005 | paid               | 15    | 0        | –        | order, 15         |
/// | #1006 | paid (3 lines)     | 45    | 0        | bob      | order, 45 once    |
#[test]
fn shopify_orders_count_each_order_once() {
    let (file, a) = audit(
        "orders_export.csv",
        include_bytes!("fixtures/vendors/shopify_orders.csv"),
    );
    check(&a, MetricId::Orders, None, Some(4.0));
    check(&a, MetricId::OrdersCancelled, None, Some(1.0));
    check(&a, MetricId::OrdersPending, None, Some(1.0));
    // 55 + 60 + 15 + 45 = 175 (line items of #1006, 20 + 20 + 5, are not added again).
    check(&a, MetricId::TransactionRevenue, None, Some(175.0));
    // ann and bob; cy's only order is pending.
    check(&a, MetricId::ActiveCustomers, None, Some(2.0));
    // 3 orders with a customer (#1001, #1003, #1006) ÷ 2 customers.
    check(&a, MetricId::PurchaseFrequency, None, Some(1.5));
    // Q1: #1001, #1003, #1005: 55 + 60 + 15 = 130; Q2: #1006, 45. Q1's customer (ann)
    // did not order in Q2: churn 1 ÷ 1.
    check(&a, MetricId::Orders, Some("2024-Q1"), Some(3.0));
    check(
        &a,
        MetricId::TransactionRevenue,
        Some("2024-Q1"),
        Some(130.0),
    );
    check(
        &a,
        MetricId::TransactionRevenue,
        Some("2024-Q2"),
        Some(45.0),
    );
    check(&a, MetricId::ChurnRate, Some("2024-Q2"), Some(1.0));
    assert_eq!(without_customer(&file), Some(1));
    assert!(!file
        .issues
        .iter()
        .any(|i| matches!(i.kind, IssueKind::UnknownOrderStatus { .. })));
}

/// WooCommerce's line-item export repeats the order total on every item row.
///
/// | order | status     | total | customer | counted as |
/// |-------|------------|-------|----------|------------|
/// | 101   | completed  | 60    | dee      | order      |
/// | 102   | processing | 25    | eve      | order      |
/// | 103   | cancelled  | 40    | dee      | cancelled  |
/// | 104   | on-hold    | 15    | fay      | pending    |
/// | 105   | failed     | 20    | eve      | cancelled  |
/// | 106   | refunded   | 35    | fay      | cancelled  |
/// | 107   | completed  | 50    | eve      | order      |
#[test]
fn woocommerce_orders_by_status() {
    let (file, a) = audit(
        "woocommerce-orders.csv",
        include_bytes!("fixtures/vendors/woocommerce_orders.csv"),
    );
    check(&a, MetricId::Orders, None, Some(3.0));
    check(&a, MetricId::OrdersCancelled, None, Some(3.0));
    check(&a, MetricId::OrdersPending, None, Some(1.0));
    // 60 + 25 + 50 = 135: each total once, though 101 and 107 repeat it.
    check(&a, MetricId::TransactionRevenue, None, Some(135.0));
    check(&a, MetricId::ActiveCustomers, None, Some(2.0));
    check(&a, MetricId::PurchaseFrequency, None, Some(1.5));
    // March (Q1): 101, 102 = 85; April (Q2): 107 = 50. Q1's dee and eve; only eve back.
    check(
        &a,
        MetricId::TransactionRevenue,
        Some("2024-Q1"),
        Some(85.0),
    );
    check(&a, MetricId::OrdersCancelled, Some("2024-Q2"), Some(2.0));
    check(&a, MetricId::OrdersPending, Some("2024-Q2"), Some(0.0));
    check(&a, MetricId::ChurnRate, Some("2024-Q2"), Some(0.5));
    assert_eq!(without_customer(&file), None);
}

#[test]
fn woocommerce_analytics_orders_report() {
    // WooCommerce Analytics' Orders report ("Order #", "Status", "Customer", "Net
    // sales"): paid are 2101 completed (89.00), 2102 processing (45.90) and 2106
    // completed (109.90) = 244.80; 2103 refunded and 2104 cancelled; 2105 on hold.
    let (_, a) = audit(
        "woocommerce-analytics-orders.csv",
        include_bytes!("fixtures/vendors/woocommerce_analytics_orders_en.csv"),
    );
    check(&a, MetricId::Orders, None, Some(3.0));
    check(&a, MetricId::OrdersCancelled, None, Some(2.0));
    check(&a, MetricId::OrdersPending, None, Some(1.0));
    check(&a, MetricId::TransactionRevenue, None, Some(244.8));
    check(&a, MetricId::ActiveCustomers, None, Some(3.0));
}

#[test]
fn prestashop_orders_in_french() {
    // PrestaShop's order list from its French back office ("Référence", "Total", "État",
    // "45,60 €", `05/01/2026 10:12`): paid are 101 "Paiement accepté" (45,60), 102
    // "Livré" (1 234,50) and 106 "Expédié" (59,75) = 1 339,85; 103 "Annulé", 104
    // "Remboursé" and 107 "Erreur de paiement" are cancelled; 105 awaits its cheque.
    // The paying customers are J. DUPONT and M. MARTIN (twice): 3 orders ÷ 2.
    let (file, a) = audit(
        "commandes.csv",
        include_bytes!("fixtures/vendors/prestashop_orders_fr.csv"),
    );
    assert_eq!(file.decimal_mark, DecimalMark::Comma);
    assert_eq!(file.date_order, DateOrder::DayFirst);
    check(&a, MetricId::Orders, None, Some(3.0));
    check(&a, MetricId::OrdersCancelled, None, Some(3.0));
    check(&a, MetricId::OrdersPending, None, Some(1.0));
    check(&a, MetricId::TransactionRevenue, None, Some(1_339.85));
    check(&a, MetricId::ActiveCustomers, None, Some(2.0));
    check(&a, MetricId::PurchaseFrequency, None, Some(1.5));
}

/// Stripe: one payment per row, a status and the amount refunded.
///
/// | payment | status   | amount | refunded | customer | counted as      |
/// |---------|----------|--------|----------|----------|-----------------|
/// | ch_1    | Paid     | 100    | 0        | cus_A    | order, 100      |
/// | ch_2    | Failed   | 50     | 0        | cus_B    | cancelled       |
/// | ch_3    | Refunded | 80     | 80       | cus_A    | cancelled       |
/// | ch_4    | Paid     | 70     | 20       | cus_C    | order, 50       |
/// | ch_5    | Paid     | 30     | 0        | cus_A    | order, 30       |
/// | ch_6    | Paid     | 40     | 0        | –        | order, 40       |
#[test]
fn stripe_payments_net_of_refunds() {
    let (file, a) = audit(
        "unified_payments.csv",
        include_bytes!("fixtures/vendors/stripe_payments.csv"),
    );
    check(&a, MetricId::Orders, None, Some(4.0));
    check(&a, MetricId::OrdersCancelled, None, Some(2.0));
    check(&a, MetricId::OrdersPending, None, Some(0.0));
    // 100 + 50 + 30 + 40 = 220.
    check(&a, MetricId::TransactionRevenue, None, Some(220.0));
    check(&a, MetricId::ActiveCustomers, None, Some(2.0));
    // ch_1, ch_4, ch_5 have a customer: 3 ÷ 2.
    check(&a, MetricId::PurchaseFrequency, None, Some(1.5));
    // May: ch_1, ch_4 = 150; June: ch_5, ch_6 = 70; of May's cus_A and cus_C, cus_C left.
    check(
        &a,
        MetricId::TransactionRevenue,
        Some("2024-05"),
        Some(150.0),
    );
    check(
        &a,
        MetricId::TransactionRevenue,
        Some("2024-06"),
        Some(70.0),
    );
    check(&a, MetricId::ChurnRate, Some("2024-06"), Some(0.5));
    assert_eq!(without_customer(&file), Some(1));
}

/// A status no vocabulary row holds is never guessed: no order figure at all, and the
/// import names the words.
#[test]
fn unknown_statuses_leave_the_figures_out_with_a_reason() {
    let (file, a) = audit(
        "payments.csv",
        include_bytes!("fixtures/vendors/stripe_payments_unknown_status.csv"),
    );
    let kinds: Vec<&IssueKind> = file.issues.iter().map(|i| &i.kind).collect();
    assert!(kinds.contains(&&IssueKind::UnknownOrderStatus {
        statuses: vec!["Disputed".to_owned()],
        rows: 2
    }));
    for m in MetricId::CUSTOMERS {
        assert!(!a.has(m), "{m:?}");
    }
    // With the status column unmapped by the user, every payment counts: 100 + 60 + 10.
    let overrides = Overrides {
        fields: vec![("Status".to_owned(), None)],
        ..Overrides::default()
    };
    let bytes = include_bytes!("fixtures/vendors/stripe_payments_unknown_status.csv");
    let file = ingest("payments.csv", bytes, &overrides).expect("ingests");
    let a = run(&[file], &Settings::default());
    check(&a, MetricId::Orders, None, Some(3.0));
    check(&a, MetricId::TransactionRevenue, None, Some(170.0));
}

/// A partial refund without a refunded-amount column has an unknown revenue.
#[test]
fn partial_refund_needs_the_refunded_amount() {
    let text = "Name,Email,Financial Status,Created at,Total\n#1,a@x.com,paid,2024-01-01,10\n#2,b@x.com,partially_refunded,2024-01-02,20\n";
    let (file, a) = audit("orders.csv", text.as_bytes());
    assert!(file.issues.iter().any(|i| i.kind
        == IssueKind::UnknownOrderStatus {
            statuses: vec!["partially_refunded".to_owned()],
            rows: 1
        }));
    assert!(!a.has(MetricId::Orders));
}

/// Orders and figures of one file do not change when another file of another kind is
/// loaded next to it.
#[test]
fn order_files_add_up() {
    let uci = load(
        "Online Retail.csv",
        include_bytes!("fixtures/vendors/uci_online_retail.csv"),
    );
    let stripe = load(
        "unified_payments.csv",
        include_bytes!("fixtures/vendors/stripe_payments.csv"),
    );
    let a = run(&[uci, stripe], &Settings::default());
    // 6 + 4 orders; 143.67 + 220 revenue; 2 + 2 customers (ids do not overlap).
    check(&a, MetricId::Orders, None, Some(10.0));
    check(&a, MetricId::TransactionRevenue, None, Some(363.67));
    check(&a, MetricId::ActiveCustomers, None, Some(4.0));
    // Both files can show cancellations; only the Stripe one has statuses: 0 pending.
    check(&a, MetricId::OrdersCancelled, None, Some(4.0));
    check(&a, MetricId::OrdersPending, None, Some(0.0));
}

#[test]
fn payments_in_several_currencies_read_their_converted_amounts() {
    // Stripe's export with its converted columns: "Converted Amount" is in the
    // account's currency (eur): 92.50 + 93.60 + 66.40 + 50.00 = 302.50. "Amount" in
    // four currencies summed to 10,230 (and the converted one was read as a yes/no).
    let (_, a) = audit(
        "unified_payments.csv",
        include_bytes!("fixtures/vendors/stripe_payments_currencies.csv"),
    );
    check(&a, MetricId::TransactionRevenue, None, Some(302.5));
    // Without the converted columns, no revenue is summed across currencies.
    let text = "id,Created date (UTC),Amount,Currency,Status,Customer ID\n\
                ch_1,2024-05-01 10:00:00,100.00,usd,Paid,cus_A\n\
                ch_2,2024-05-02 11:00:00,10000,isk,Paid,cus_B\n";
    let file = ingest("p.csv", text.as_bytes(), &Overrides::default()).expect("reads");
    assert!(file
        .issues
        .iter()
        .any(|i| i.kind == IssueKind::MixedCurrencies { currencies: 2 }));
    let a = run(&[file], &Settings::default());
    check(&a, MetricId::TransactionRevenue, None, None);
}
