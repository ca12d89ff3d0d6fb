//! marketing-audit: a marketing-automation audit that runs entirely in the browser.
//!
//! [`engine`] is the pure metrics core, compiled natively for tests and to wasm for the
//! page; [`ui`] is the Yew app that renders what the engine computed.

#[deny(missing_docs)]
pub mod engine;
pub mod ui;
