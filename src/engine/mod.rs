//! The metrics core: bytes in, typed results out.
//!
//! Pure Rust. It knows nothing about the browser, never reads the clock (the reporting
//! date is a parameter), never touches storage and never panics on any input. It
//! returns ids and numbers, never display text: wording lives in `ui::text`.

pub mod attribution;
pub mod audit;
pub mod chart;
pub mod checklist;
pub mod config;
pub mod customers;
pub mod decode;
pub mod demo;
pub mod dialect;
pub mod error;
pub mod export;
pub mod field;
pub mod funnel;
pub mod ingest;
pub mod metrics;
pub mod period;
pub mod records;
pub mod report;
pub mod saved;
pub mod schedule;
pub mod trends;
pub mod value;
pub mod velocity;
pub mod vocab;

pub use audit::{run, Audit, Dimension, Figure, Settings};
pub use ingest::{ingest, Importer, Ingested, Overrides};
pub use metrics::MetricId;
