//! The app state and its reducer. `reduce` is pure: it calls the engine and returns the
//! next state; reading files, downloads and printing live in `browser`.

use super::locale::Locale;
use crate::engine::metrics::attribution::AttributionSettings;
use crate::engine::{
    self,
    import::error::{Error, ErrorKind},
    metrics::audit::Dimension,
    metrics::config::{Cadences, Thresholds},
    metrics::funnel::StageKind,
    metrics::metric::{EmailBase, EngagementBase},
    metrics::period::Bucket,
    present::saved::{self, Goal, SavedAudit, Sheet},
    review::report::{Report, Trigger},
    Audit, Ingested, MetricId, Overrides, Settings,
};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// One file the user dropped (or the demo provided), with what the engine made of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The file name.
    pub name: String,
    /// The raw bytes, kept so a changed setting can re-read the file.
    pub bytes: Rc<[u8]>,
    /// The user's corrections to what the import detected.
    pub overrides: Overrides,
    /// The export layout as first detected ([`engine::import::ingest::layout_key`]), under which
    /// corrections are remembered; `None` when the file was never read uncorrected.
    pub layout: Option<String>,
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
    /// The schedule, checklist and triggers computed from it.
    pub report: Rc<Report>,
    /// Goals and hypotheses per KPI.
    pub goals: Vec<Goal>,
    /// What was decided: free notes.
    pub notes: String,
    /// The living audit sheet as imported (this audit's column is added on display).
    pub sheet: Sheet,
    /// Corrections the user made, by export layout ([`engine::import::ingest::layout_key`]),
    /// applied again to files of the same layout. Persisted by the app, not here.
    pub remembered: Rc<BTreeMap<String, Overrides>>,
    /// The language of the page (never of the exports, which keep ids and plain numbers).
    pub locale: Locale,
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
    /// Change the base of the social engagement rate.
    EngagementBase(EngagementBase),
    /// Set (or clear) the gross margin, in basis points, for the margin ÷ churn CLV.
    GrossMargin(Option<u32>),
    /// Set (or clear) the hourly rate, in cents, that prices labour hours.
    HourlyRate(Option<u32>),
    /// Change the split of the paid-media table.
    PaidDimension(Dimension),
    /// Change the period size of tables and comparisons.
    Bucket(Bucket),
    /// Change the reporting date (`None`: the last date in the data).
    AsOf(Option<NaiveDate>),
    /// Pin or unpin a headline KPI.
    TogglePin(MetricId),
    /// Mark or unmark an audit trigger.
    ToggleTrigger(Trigger),
    /// Mark or unmark a scoring program as tuned.
    ToggleTuned(String),
    /// Add a program typed into the page.
    AddProgram(crate::engine::review::schedule::Program),
    /// Remove a program typed into the page, by name.
    RemoveProgram(String),
    /// Change the checklist thresholds.
    Thresholds(Thresholds),
    /// Change the review cadences.
    Cadences(Cadences),
    /// Change how many days a lead may sit in a stage before it is stagnating.
    StagnationDays(StageKind, i64),
    /// Change the attribution models' parameters.
    Attribution(AttributionSettings),
    /// Add a goal.
    AddGoal(Goal),
    /// Replace goal `index`.
    UpdateGoal(usize, Goal),
    /// Remove goal `index`.
    RemoveGoal(usize),
    /// Replace the notes.
    Notes(String),
    /// Start from last quarter's sheet.
    ImportSheet(Sheet),
    /// Reopen a saved audit.
    Open(Box<SavedAudit>),
    /// Forget everything: files, settings, goals, notes, sheet and remembered mappings
    /// (the browser's storage, the chosen language with it, is cleared at the edge; the
    /// page stays in the language it is read in until the next visit).
    Forget,
    /// Show the page in another language. Only words and number formats change: the
    /// audit, the exports and the saved files are the same in every language.
    Locale(Locale),
    /// Re-read file `index` with the user's corrections, and remember them for its layout.
    Override {
        /// Which file.
        index: usize,
        /// The corrections (all of them, not a change).
        overrides: Overrides,
    },
}

impl State {
    /// The state the page opens on: the demo audit.
    pub fn demo() -> State {
        State::default().with_demo()
    }

    /// The demo, with the corrections remembered from earlier visits.
    pub fn demo_remembering(remembered: BTreeMap<String, Overrides>) -> State {
        State {
            remembered: Rc::new(remembered),
            ..State::default()
        }
        .with_demo()
    }

    fn with_demo(mut self) -> State {
        self.inputs = engine::demo::FILES
            .iter()
            .map(|(name, bytes)| load(name, Rc::from(*bytes), Overrides::default()))
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

    /// The living sheet with this audit's column added.
    pub fn sheet_now(&self) -> Sheet {
        let mut sheet = self.sheet.clone();
        if let Some(as_of) = self.audit.as_of {
            sheet.append(as_of, &saved::sheet_values(&self.audit, &self.settings));
        }
        sheet
    }

    /// Everything to reopen this audit later; the raw files only when asked.
    pub fn to_saved(&self, include_raw: bool) -> SavedAudit {
        SavedAudit {
            schema: saved::SAVED_SCHEMA.to_owned(),
            as_of: self.audit.as_of,
            settings: self.settings.clone(),
            files: self
                .inputs
                .iter()
                .map(|l| (l.name.clone(), l.overrides.clone()))
                .collect(),
            remembered: (*self.remembered).clone(),
            goals: self.goals.clone(),
            notes: self.notes.clone(),
            sheet: self.sheet_now(),
            figures_csv: engine::present::export::to_csv(&self.audit),
            raw: if include_raw {
                self.inputs
                    .iter()
                    .map(|l| saved::RawFile::new(&l.name, &l.bytes))
                    .collect()
            } else {
                Vec::new()
            },
        }
    }

    /// Restores a saved audit: its settings, goals, notes and sheet; its files when it
    /// kept them, else the corrections of files of the same names already loaded.
    fn open(mut self, saved: SavedAudit) -> State {
        self.settings = saved.settings;
        self.goals = saved.goals;
        self.notes = saved.notes;
        // The saved sheet already holds the saved audit's column; this audit adds its own.
        self.sheet = saved.sheet;
        let mut remembered = (*self.remembered).clone();
        remembered.extend(saved.remembered);
        self.remembered = Rc::new(remembered);
        let overrides_of = |name: &str| {
            saved
                .files
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, o)| o.clone())
                .unwrap_or_default()
        };
        if saved.raw.is_empty() {
            for loaded in &mut self.inputs {
                let overrides = overrides_of(&loaded.name);
                if overrides != loaded.overrides {
                    *loaded = load(&loaded.name, loaded.bytes.clone(), overrides);
                }
            }
        } else {
            self.demo = false;
            self.inputs = saved
                .raw
                .iter()
                .map(|raw| {
                    let bytes: Rc<[u8]> = Rc::from(raw.bytes().unwrap_or_default());
                    load(&raw.name, bytes, overrides_of(&raw.name))
                })
                .collect();
        }
        self.recompute()
    }

    fn rebuild_report(mut self) -> State {
        let inputs = self.ingested();
        self.report = Rc::new(engine::review::report::build(
            &inputs,
            &self.audit,
            &self.settings,
        ));
        self
    }

    fn recompute(mut self) -> State {
        let inputs = self.ingested();
        let audit = engine::run(&inputs, &self.settings);
        self.report = Rc::new(engine::review::report::build(
            &inputs,
            &audit,
            &self.settings,
        ));
        self.audit = Rc::new(audit);
        self
    }
}

fn load(name: &str, bytes: Rc<[u8]>, overrides: Overrides) -> Loaded {
    let result = engine::ingest(name, &bytes, &overrides).map(Rc::new);
    let detected = overrides == Overrides::default();
    let layout = result
        .as_ref()
        .ok()
        .filter(|_| detected)
        .map(|i| engine::import::ingest::layout_key(i));
    Loaded {
        name: name.to_owned(),
        bytes,
        overrides,
        layout,
        result,
    }
}

/// Adds `item` when absent, removes it when present.
fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}

/// Reads a new file, applying the corrections remembered for its layout, if any.
fn load_remembering(
    name: &str,
    bytes: Rc<[u8]>,
    remembered: &BTreeMap<String, Overrides>,
) -> Loaded {
    let first = load(name, bytes.clone(), Overrides::default());
    match first.layout.as_ref().and_then(|k| remembered.get(k)) {
        Some(overrides) => Loaded {
            layout: first.layout.clone(),
            ..load(name, bytes, overrides.clone())
        },
        None => first,
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let next = match action {
            Action::LoadDemo => State {
                settings: next.settings,
                remembered: next.remembered,
                locale: next.locale,
                ..State::default()
            }
            .with_demo(),
            Action::Clear => State {
                settings: next.settings,
                remembered: next.remembered,
                locale: next.locale,
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
                next.inputs
                    .push(load_remembering(&name, bytes, &next.remembered));
                next.recompute()
            }
            Action::ToggleTrigger(t) => {
                toggle(&mut next.settings.triggers, t);
                next.recompute()
            }
            Action::ToggleTuned(name) => {
                toggle(&mut next.settings.tuned, name);
                next.recompute()
            }
            Action::AddProgram(p) => {
                next.settings.programs.retain(|q| q.name != p.name);
                next.settings.programs.push(p);
                next.recompute()
            }
            Action::RemoveProgram(name) => {
                next.settings.programs.retain(|q| q.name != name);
                next.recompute()
            }
            Action::Thresholds(t) => {
                next.settings.thresholds = t;
                next.recompute()
            }
            Action::Cadences(c) => {
                next.settings.cadences = c;
                next.recompute()
            }
            Action::StagnationDays(stage, days) => {
                let limits = &mut next.settings.audit.stagnation_days;
                match limits.iter_mut().find(|(k, _)| *k == stage) {
                    Some(limit) => limit.1 = days,
                    None => limits.push((stage, days)),
                }
                next.recompute()
            }
            Action::Attribution(a) => {
                next.settings.audit.attribution = a;
                next.recompute()
            }
            Action::AddGoal(goal) => {
                next.goals.push(goal);
                return Rc::new(next);
            }
            Action::UpdateGoal(i, goal) => {
                if let Some(slot) = next.goals.get_mut(i) {
                    *slot = goal;
                }
                return Rc::new(next);
            }
            Action::RemoveGoal(i) => {
                if i < next.goals.len() {
                    next.goals.remove(i);
                }
                return Rc::new(next);
            }
            Action::Notes(text) => {
                next.notes = text;
                return Rc::new(next);
            }
            Action::ImportSheet(sheet) => {
                next.sheet = sheet;
                return Rc::new(next);
            }
            Action::Open(saved) => next.open(*saved),
            Action::Forget => State {
                locale: next.locale,
                ..State::default()
            }
            .recompute(),
            Action::Locale(locale) => {
                next.locale = locale;
                return Rc::new(next);
            }
            Action::Override { index, overrides } => {
                let Some(loaded) = next.inputs.get(index) else {
                    return self;
                };
                // Remember under the layout as first detected, so the key does not move
                // when the user changes the delimiter or encoding. A file opened with
                // corrections from a saved audit is read once uncorrected to learn it.
                let layout = loaded.layout.clone().or_else(|| {
                    let detected =
                        engine::ingest(&loaded.name, &loaded.bytes, &Overrides::default());
                    detected
                        .ok()
                        .map(|first| engine::import::ingest::layout_key(&first))
                });
                let reloaded = Loaded {
                    layout: layout.clone(),
                    ..load(&loaded.name, loaded.bytes.clone(), overrides.clone())
                };
                if let Some(key) = layout {
                    let mut remembered = (*next.remembered).clone();
                    if overrides == Overrides::default() {
                        remembered.remove(&key);
                    } else {
                        remembered.insert(key, overrides);
                    }
                    next.remembered = Rc::new(remembered);
                }
                if let Some(slot) = next.inputs.get_mut(index) {
                    *slot = reloaded;
                }
                next.recompute()
            }

            Action::ReadFailed { name } => {
                next.pending = next.pending.saturating_sub(1);
                next.inputs.retain(|l| l.name != name);
                let result = Err(Error::new(&name, ErrorKind::Unreadable));
                next.inputs.push(Loaded {
                    name,
                    bytes: Rc::from(Vec::new()),
                    overrides: Overrides::default(),
                    layout: None,
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
                next.settings.audit.formulas.include_labour = on;
                next.recompute()
            }
            Action::EmailBase(base) => {
                next.settings.audit.formulas.email_base = base;
                next.recompute()
            }
            Action::EngagementBase(base) => {
                next.settings.audit.formulas.engagement_base = base;
                next.recompute()
            }
            Action::GrossMargin(bp) => {
                next.settings.audit.formulas.gross_margin_bp = bp;
                next.recompute()
            }
            Action::HourlyRate(cents) => {
                next.settings.audit.formulas.hourly_rate_cents = cents;
                next.recompute()
            }
            Action::PaidDimension(d) => {
                next.paid_dimension = Some(d);
                return Rc::new(next);
            }
            Action::Bucket(b) => {
                next.settings.audit.bucket = b;
                next.recompute()
            }
            Action::AsOf(d) => {
                next.settings.audit.as_of = d;
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
                // The pins feed findings ("3–10 headline KPIs", "headline moves"), not
                // figures: the report is rebuilt, the audit kept.
                next.rebuild_report()
            }
        };
        Rc::new(next)
    }
}

/// The state handle passed down by context.
pub type StateContext = UseReducerHandle<State>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::field::Field;

    fn read(state: Rc<State>, name: &str, text: &str) -> Rc<State> {
        let state = state.reduce(Action::Reading(1));
        state.reduce(Action::Read {
            name: name.to_owned(),
            bytes: Rc::from(text.as_bytes()),
        })
    }

    #[test]
    fn corrections_are_remembered_for_the_same_layout() {
        let state = Rc::new(State::default());
        let state = read(state, "q3.csv", "Campaign,Cost,Clicks\nA,10,5\n");
        assert_eq!((state.pending, state.inputs.len()), (0, 1));
        let overrides = Overrides {
            fields: vec![("Clicks".to_owned(), Some(Field::Conversions))],
            ..Overrides::default()
        };
        let state = state.reduce(Action::Override {
            index: 0,
            overrides: overrides.clone(),
        });
        assert_eq!(state.remembered.len(), 1);
        // Next quarter's export of the same report gets the same correction.
        let state = read(state, "q4.csv", "Campaign,Cost,Clicks\nB,20,7\n");
        let q4 = state
            .inputs
            .iter()
            .find(|l| l.name == "q4.csv")
            .expect("q4 loaded");
        assert_eq!(q4.overrides, overrides);
        let table = &q4.result.as_ref().expect("ingested").table;
        assert!(table.has(Field::Conversions) && !table.has(Field::Clicks));
        // A different layout does not.
        let state = read(state, "other.csv", "Campaign,Spend,Clicks\nC,1,1\n");
        let other = state
            .inputs
            .iter()
            .find(|l| l.name == "other.csv")
            .expect("loaded");
        assert_eq!(other.overrides, Overrides::default());
        // Resetting forgets.
        let state = state.reduce(Action::Override {
            index: 0,
            overrides: Overrides::default(),
        });
        assert!(state.remembered.is_empty());
    }

    #[test]
    fn a_pin_toggle_updates_the_checklist() {
        use crate::engine::review::checklist::RuleId;
        let pinned_count = |state: &State| {
            state
                .report
                .findings
                .iter()
                .find(|f| f.rule == RuleId::PinnedCount)
                .map(|f| f.evidence.first().and_then(|e| e.value))
        };
        let mut state = Rc::new(State::demo());
        let before = pinned_count(&state);
        let pins = state.settings.pinned.clone();
        for m in pins {
            state = state.reduce(Action::TogglePin(m));
        }
        assert_ne!(
            pinned_count(&state),
            before,
            "the pinned-count finding follows the pins"
        );
    }

    /// Every action that can change a finding recomputes the report (issue 11): after
    /// each, the report differs from the demo's.
    #[test]
    fn every_action_that_can_change_a_finding_recomputes_it() {
        use crate::engine::review::report::Trigger;
        let demo = Rc::new(State::demo());
        let lenient = Thresholds {
            bounce_warning: 0.5,
            bounce_critical: 0.9,
            ..demo.settings.thresholds
        };
        let slow = Cadences {
            nurture: 400,
            automation: 400,
            scoring: 400,
            content: 400,
            ..demo.settings.cadences
        };
        let cases: Vec<(&str, Action)> = vec![
            ("thresholds", Action::Thresholds(lenient)),
            ("cadences", Action::Cadences(slow)),
            ("stagnation", Action::StagnationDays(StageKind::Lead, 1000)),
            ("pin", Action::TogglePin(MetricId::Spend)),
            ("as of", Action::AsOf(NaiveDate::from_ymd_opt(2026, 3, 31))),
            ("bucket", Action::Bucket(Bucket::Month)),
            ("trigger", Action::ToggleTrigger(Trigger::ALL[0])),
            (
                "labour",
                Action::IncludeLabour(!demo.settings.audit.formulas.include_labour),
            ),
        ];
        for (name, action) in cases {
            let next = demo.clone().reduce(action);
            assert_ne!(next.report, demo.report, "{name} left the report as it was");
        }
    }

    #[test]
    fn deal_outcome_answers_are_remembered_for_the_same_layout() {
        use crate::engine::import::vocab::outcomes::Outcome;
        let header = "Deal ID,Deal stage,Close date,Amount\n";
        let state = read(
            Rc::new(State::default()),
            "q3.csv",
            &format!("{header}D1,Closed won,2025-07-02,10\nD2,Parked,2025-07-03,5\n"),
        );
        assert!(!state.audit.has(MetricId::Customers));
        let overrides = Overrides {
            outcomes: vec![("Parked".to_owned(), Outcome::Lost)],
            ..Overrides::default()
        };
        let state = state.reduce(Action::Override {
            index: 0,
            overrides: overrides.clone(),
        });
        assert_eq!(
            state
                .audit
                .value(MetricId::WinRate, Dimension::Total, None, None),
            Some(0.5)
        );
        // Next quarter's export of the same layout is read with the same answer.
        let state = read(
            state,
            "q4.csv",
            &format!("{header}D3,Parked,2025-10-02,7\n"),
        );
        let q4 = state
            .inputs
            .iter()
            .find(|l| l.name == "q4.csv")
            .expect("q4 loaded");
        assert_eq!(q4.overrides, overrides);
        let outcomes = q4.result.as_ref().expect("ingested").outcomes.as_ref();
        assert_eq!(
            outcomes.map(|o| o.rows.clone()),
            Some(vec![Some(Outcome::Lost)])
        );
        // Corrections saved before answers existed still open.
        let old: Overrides = serde_json::from_str(
            r#"{"encoding":null,"delimiter":null,"decimal_mark":null,"date_order":null,"kind":null,"fields":[]}"#,
        )
        .expect("old corrections");
        assert_eq!(old, Overrides::default());
    }

    #[test]
    fn a_saved_audit_round_trips_through_its_file() {
        let state = Rc::new(State::demo());
        let state = state.reduce(Action::Notes("Move budget from webinars to video.".into()));
        let goal = Goal {
            metric: MetricId::Cpl,
            hypothesis: "Video lowers CPL".into(),
            direction: saved::Direction::AtMost,
            target: 50.0,
            by: NaiveDate::from_ymd_opt(2026, 12, 31).expect("date"),
            baseline: None,
            realistic: None,
            learned: String::new(),
        };
        let state = state.reduce(Action::AddGoal(goal.clone()));
        let state = state.reduce(Action::IncludeLabour(false));
        let file = state.to_saved(true).to_json();
        // Clear everything, then reopen from the file alone.
        let state = state.reduce(Action::Locale(Locale::Ro));
        assert_eq!(
            state.to_saved(true).to_json(),
            file,
            "the language is not saved"
        );
        let empty = state.clone().reduce(Action::Forget);
        assert!(empty.inputs.is_empty() && empty.goals.is_empty());
        assert_eq!(empty.locale, Locale::Ro, "the page stays readable");
        let saved = SavedAudit::from_json(&file).expect("reopens");
        let reopened = empty.reduce(Action::Open(Box::new(saved)));
        assert_eq!(reopened.inputs.len(), engine::demo::FILES.len());
        assert_eq!(reopened.goals, vec![goal]);
        assert_eq!(reopened.notes, "Move budget from webinars to video.");
        assert!(!reopened.settings.audit.formulas.include_labour);
        assert_eq!(reopened.audit.figures, state.audit.figures);
        // The sheet kept the saved audit's column.
        assert_eq!(reopened.sheet.dates.len(), 1);
        // Without the raw files, the figures are not in the file's inputs, but the
        // settings, goals and notes still come back.
        let light = SavedAudit::from_json(&state.to_saved(false).to_json()).expect("reopens");
        assert!(light.raw.is_empty());
        let reopened = Rc::new(State::default()).reduce(Action::Open(Box::new(light)));
        assert_eq!(reopened.notes, "Move budget from webinars to video.");
    }

    #[test]
    fn attribution_settings_recompute_the_report() {
        use crate::engine::metrics::attribution::Model;
        let state = Rc::new(State::demo());
        let decay = |s: &State| {
            s.report
                .attribution
                .as_ref()
                .and_then(|a| a.model(Model::TimeDecay))
                .map(|m| m.by_channel.clone())
        };
        let before = decay(&state);
        let settings = AttributionSettings {
            half_life_days: 1000.0,
            ..AttributionSettings::default()
        };
        let state = state.reduce(Action::Attribution(settings));
        assert_eq!(state.settings.audit.attribution.half_life_days, 1000.0);
        assert!(before.is_some() && decay(&state) != before);
    }

    #[test]
    fn dropping_files_replaces_the_demo_and_clear_keeps_settings() {
        let state = Rc::new(State::demo());
        assert!(state.demo && state.inputs.len() == engine::demo::FILES.len());
        let state = state.reduce(Action::IncludeLabour(false));
        let state = read(state, "mine.csv", "Campaign,Spend\nA,1\n");
        assert!(!state.demo);
        assert_eq!(state.inputs.len(), 1);
        let state = state.reduce(Action::Clear);
        assert!(state.inputs.is_empty() && !state.settings.audit.formulas.include_labour);
    }
}
