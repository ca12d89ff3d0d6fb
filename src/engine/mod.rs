//! The metrics core: bytes in, typed results out.
//!
//! Pure Rust. It knows nothing about the browser, never reads the clock (the reporting
//! date is a parameter), never touches storage and never panics on any input. It
//! returns ids and numbers, never display text: wording lives in `ui::text`.
//!
//! Four rooms, in pipeline order; a room uses only the rooms before it (the tidy test
//! `engine_rooms_point_one_way` keeps it so):
//!
//! - [`import`]: bytes of one export → a typed table and its reading issues;
//! - [`metrics`]: tables → figures (per metric, group and period), the joined funnel,
//!   customers, attribution and lead velocity;
//! - [`review`]: figures → findings (checklist, trends, review schedule, goals, the
//!   report);
//! - [`present`]: findings → what leaves the engine (chart geometry, JSON/CSV exports,
//!   the calendar file, the saved-audit file).
//!
//! Above the rooms, [`session`] is the protocol between the page and the Web Worker
//! that runs the engine (one request per wanted audit, one reply per request), and
//! [`demo`] the built-in sample exports.

pub mod demo;
pub mod import;
pub mod metrics;
pub mod present;
pub mod review;
pub mod session;

pub use import::ingest::{ingest, Importer, Ingested, Overrides};
pub use metrics::audit::{Audit, Dimension, Figure};
pub use metrics::metric::MetricId;
pub use review::settings::Settings;

/// The whole audit of `inputs` under `settings`: [`metrics::audit::run`] with the
/// metric settings.
pub fn run<I: std::borrow::Borrow<Ingested>>(inputs: &[I], settings: &Settings) -> Audit {
    metrics::audit::run(inputs, &settings.audit)
}
