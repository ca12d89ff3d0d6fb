//! The Yew app: renders what the engine computed. State flows through one reducer;
//! browser side effects live in `browser`.

mod app;
pub mod browser;
pub mod format;
mod inputs;
mod kpi;
mod review;
pub mod state;
pub mod text;

pub use app::App;
