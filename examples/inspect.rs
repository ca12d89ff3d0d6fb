//! Prints what the import makes of CSV files: `cargo run --example inspect -- FILE...`:
//! the kind, dialect and mapping, the first issues, and every whole-file figure that the
//! audit of that file alone gives (to compare with sums worked out by hand).

use marketing_audit::engine::metrics::audit::Dimension;
use marketing_audit::engine::{self, MetricId, Overrides, Settings};

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                println!("{path}: {e}");
                continue;
            }
        };
        let name = path.rsplit('/').next().unwrap_or(&path);
        match engine::ingest(name, &bytes, &Overrides::default()) {
            Err(e) => println!("{name}: error {e}"),
            Ok(got) => {
                println!(
                    "{name}: kind={} ({:.2}) enc={:?} delim={:?} header_line={} read={} used={} skipped={} repaired={} mark={:?} order={:?}",
                    got.kind.id(), got.kind_confidence, got.encoding, char::from(got.delimiter), got.header_line,
                    got.rows_read, got.rows_used, got.rows_skipped, got.rows_repaired, got.decimal_mark, got.date_order
                );
                let mapped: Vec<String> = got
                    .mapping
                    .iter()
                    .map(|m| format!("{}→{}", m.header, m.field.map_or("-", |f| f.id())))
                    .collect();
                println!("   {}", mapped.join(", "));
                for issue in got.issues.iter().take(5) {
                    println!(
                        "   line {} {:?} {:?} {:?} {:?}",
                        issue.line, issue.column, issue.raw, issue.kind, issue.action
                    );
                }
                if got.issues.len() > 5 {
                    println!("   … {} issues", got.issues.len());
                }
                let audit = engine::run(&[got], &Settings::default());
                let totals: Vec<String> = MetricId::ALL
                    .iter()
                    .filter_map(|&m| {
                        let f = audit.figure(m, Dimension::Total, None, None)?;
                        Some(format!("{}={}", m.id(), f.value?))
                    })
                    .collect();
                println!("   totals: {}", totals.join(", "));
            }
        }
    }
}
