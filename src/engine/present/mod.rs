//! Present: what leaves the engine. Chart geometry, the JSON and CSV exports, the
//! calendar file and the saved-audit file. Uses every room before it, and none uses it.

pub mod chart;
pub mod export;
pub mod saved;
