//! Metrics: typed tables → figures per metric, group and period, with the joined
//! funnel, customers, attribution and lead velocity, and the defaults they use.
//! Uses only [`super::import`].

pub mod attribution;
pub mod audit;
pub mod config;
pub mod customers;
pub mod funnel;
pub mod metric;
pub mod period;
pub mod velocity;
