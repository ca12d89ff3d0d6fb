//! Review: figures → findings. The checklist, short- and long-term trends, the review
//! schedule, goals and the report that gathers them, under the user's [`Settings`].
//! Uses only [`super::import`] and [`super::metrics`].

pub mod checklist;
pub mod report;
pub mod schedule;
pub mod settings;
pub mod trends;

pub use settings::Settings;
