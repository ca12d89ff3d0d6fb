//! The app state and its reducer. `reduce` is pure: it calls the engine and returns the
//! next state; reading files, downloads and printing live in `browser`.

use crate::engine::{
    self,
    audit::Dimension,
    error::{Error, ErrorKind},
    metrics::EmailBase,
    period::Bucket,
    Audit, Ingested, MetricId, Overrides, Settings,
};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::prelude::*;

/// One file the user dropped (or the demo provided), with what the engine made of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The file name.
    pub name: String,
    /// The raw bytes, kept so a changed setting can re-read the file.
    pub bytes: Rc<[u8]>,
    /// The import's result, shared so that recomputing the audit copies no table.
    pub result: Result<Rc<Ingested>, Error>,
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// Files in the audit, in the order they were added.
    pub inputs: Vec<Loaded>,
    /// Files being read right now.
    pub pending: usize,
    /// Whether the inputs are the built-in demo.
    pub demo: bool,
    /// Audit settings.
    pub settings: Settings,
    /// The split of the paid-media table.
    pub paid_dimension: Option<Dimension>,
    /// The computed audit.
    pub audit: Rc<Audit>,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Replace everything with the built-in demo.
    LoadDemo,
    /// Remove every file.
    Clear,
    /// `n` files started reading.
    Reading(usize),
    /// A file finished reading.
    Read {
        /// The file name.
        name: String,
        /// Its bytes.
        bytes: Rc<[u8]>,
    },
    /// The browser could not read a file.
    ReadFailed {
        /// The file name.
        name: String,
    },
    /// Remove one file.
    Remove(usize),
    /// Add or leave out labour cost.
    IncludeLabour(bool),
    /// Change the base of email rates.
    EmailBase(EmailBase),
    /// Change the split of the paid-media table.
    PaidDimension(Dimension),
    /// Change the period size of tables and comparisons.
    Bucket(Bucket),
    /// Change the reporting date (`None`: the last date in the data).
    AsOf(Option<NaiveDate>),
    /// Pin or unpin a headline KPI.
    TogglePin(MetricId),
}

impl State {
    /// The state the page opens on: the demo audit.
    pub fn demo() -> State {
        State::default().with_demo()
    }

    fn with_demo(mut self) -> State {
        self.inputs = engine::demo::FILES
            .iter()
            .map(|(name, bytes)| load(name, Rc::from(*bytes)))
            .collect();
        self.demo = true;
        self.recompute()
    }

    /// The successfully ingested files.
    pub fn ingested(&self) -> Vec<Rc<Ingested>> {
        self.inputs
            .iter()
            .filter_map(|l| l.result.as_ref().ok().cloned())
            .collect()
    }

    /// The files that could not be read at all.
    pub fn failed(&self) -> Vec<Error> {
        self.inputs
            .iter()
            .filter_map(|l| l.result.as_ref().err().cloned())
            .collect()
    }

    fn recompute(mut self) -> State {
        self.audit = Rc::new(engine::run(&self.ingested(), &self.settings));
        self
    }
}

fn load(name: &str, bytes: Rc<[u8]>) -> Loaded {
    let result = engine::ingest(name, &bytes, &Overrides::default()).map(Rc::new);
    Loaded {
        name: name.to_owned(),
        bytes,
        result,
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let next = match action {
            Action::LoadDemo => State {
                settings: next.settings,
                ..State::default()
            }
            .with_demo(),
            Action::Clear => State {
                settings: next.settings,
                ..State::default()
            }
            .recompute(),
            Action::Reading(n) => {
                if next.demo {
                    next.inputs.clear();
                    next.demo = false;
                }
                next.pending += n;
                return Rc::new(next);
            }
            Action::Read { name, bytes } => {
                next.pending = next.pending.saturating_sub(1);
                next.inputs.retain(|l| l.name != name);
                next.inputs.push(load(&name, bytes));
                next.recompute()
            }
            Action::ReadFailed { name } => {
                next.pending = next.pending.saturating_sub(1);
                next.inputs.retain(|l| l.name != name);
                let result = Err(Error::new(&name, ErrorKind::Unreadable));
                next.inputs.push(Loaded {
                    name,
                    bytes: Rc::from(Vec::new()),
                    result,
                });
                next.recompute()
            }
            Action::Remove(i) => {
                if i < next.inputs.len() {
                    next.inputs.remove(i);
                }
                next.recompute()
            }
            Action::IncludeLabour(on) => {
                next.settings.formulas.include_labour = on;
                next.recompute()
            }
            Action::EmailBase(base) => {
                next.settings.formulas.email_base = base;
                next.recompute()
            }
            Action::PaidDimension(d) => {
                next.paid_dimension = Some(d);
                return Rc::new(next);
            }
            Action::Bucket(b) => {
                next.settings.bucket = b;
                next.recompute()
            }
            Action::AsOf(d) => {
                next.settings.as_of = d;
                next.recompute()
            }
            Action::TogglePin(m) => {
                let pinned = &mut next.settings.pinned;
                match pinned.iter().position(|p| *p == m) {
                    Some(i) => {
                        pinned.remove(i);
                    }
                    None => pinned.push(m),
                }
                return Rc::new(next);
            }
        };
        Rc::new(next)
    }
}

/// The state handle passed down by context.
pub type StateContext = UseReducerHandle<State>;
