//! The Yew app: renders what the engine computed. State flows through one reducer;
//! browser side effects live in `browser`.

mod app;
mod attribution;
pub mod bridge;
pub mod browser;
mod charts;
pub mod crash;
mod date_field;
mod document;
pub mod format;
mod history;
mod inputs;
mod kpi;
mod layout;
pub mod locale;
mod review;
pub mod state;
pub mod text;
mod trends;
mod velocity;
pub mod worker;

pub use app::App;
