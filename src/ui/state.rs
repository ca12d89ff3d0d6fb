//! The app state and its reducer. `reduce` is pure and never computes: an action that
//! can move a figure records what is wanted and bumps [`State::job`]; the app then
//! sends [`State::request`] to the engine's Web Worker (`bridge`), whose reply comes
//! back as [`Action::Computed`] tagged with its job (replies to older jobs are dropped).
//! Downloads and printing live in `browser`.

use super::locale::Locale;
use crate::engine::metrics::attribution::AttributionSettings;
use crate::engine::{
    self,
    import::error::Error,
    metrics::audit::Dimension,
    metrics::config::{Cadences, Thresholds},
    metrics::funnel::StageKind,
    metrics::metric::{EmailBase, EngagementBase},
    metrics::period::Bucket,
    present::saved::{self, Goal, RawFile, SavedAudit, Sheet},
    review::report::{Report, Trigger},
    session::{FileId, FileSpec, Reply, Request},
    Audit, Ingested, MetricId, Overrides, Settings,
};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Where a file's bytes are: the page keeps only a handle, the worker reads them (again
/// whenever the file's corrections change).
#[derive(Clone, Debug, PartialEq)]
pub enum FileSource {
    /// The built-in demo's file of that index (the worker has its own copy).
    Demo(usize),
    /// Bytes held by the page (a saved audit's raw files, tests).
    Bytes(Rc<[u8]>),
    /// A file the user dropped: the browser's handle, read in chunks by the worker.
    Blob(BrowserBlob),
}

/// A browser `Blob` (a dropped `File`), compared by identity.
#[derive(Clone)]
pub struct BrowserBlob(pub web_sys::Blob);

impl PartialEq for BrowserBlob {
    fn eq(&self, other: &Self) -> bool {
        let (a, b): (&wasm_bindgen::JsValue, &wasm_bindgen::JsValue) =
            (self.0.as_ref(), other.0.as_ref());
        a == b
    }
}

impl std::fmt::Debug for BrowserBlob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BrowserBlob")
    }
}

/// One file the user dropped (or the demo provided), with what the engine made of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The page's id for the file (indexes move when files are removed; ids do not).
    pub id: FileId,
    /// The file name.
    pub name: String,
    /// Where its bytes are.
    pub source: FileSource,
    /// The corrections to ask for; `None`: detect, then apply those remembered for the
    /// layout found.
    pub asked: Option<Overrides>,
    /// The corrections the last answer applied.
    pub overrides: Overrides,
    /// The export layout as first detected ([`engine::import::ingest::layout_key`]), under which
    /// corrections are remembered; `None` when the file was never read uncorrected.
    pub layout: Option<String>,
    /// The import's result, without its rows (they stay in the worker); `None` while
    /// the file is being read.
    pub result: Option<Result<Rc<Ingested>, Error>>,
}

impl Loaded {
    /// The import, when it succeeded.
    pub fn ok(&self) -> Option<&Rc<Ingested>> {
        self.result.as_ref().and_then(|r| r.as_ref().ok())
    }
}

/// Why the page computes without its worker, or lost the worker's last job.
#[derive(Clone, Debug, PartialEq)]
pub enum EngineNotice {
    /// The worker stopped (a failure inside the engine); these files were being read
    /// and are left out. The last audit is kept.
    Stopped(Vec<String>),
    /// The user cancelled the reading of these files.
    Cancelled(Vec<String>),
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// Files in the audit, in the order they were added.
    pub inputs: Vec<Loaded>,
    /// The id the next added file gets.
    pub next_id: FileId,
    /// The job number of the wanted audit: bumped by every action that can move a figure.
    pub job: u64,
    /// The job whose reply is shown.
    pub answered: u64,
    /// What the engine could not do, for the page to say.
    pub notice: Option<EngineNotice>,
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
    /// Files were dropped or chosen: (name, where the bytes are). A file of the same
    /// name replaces the one loaded; the first files replace the demo.
    Add(Vec<(String, FileSource)>),
    /// The engine answered a job.
    Computed(Box<Reply>),
    /// The engine's worker stopped while working; it was restarted empty.
    EngineStopped,
    /// The user cancelled the files being read (the worker was restarted).
    Cancel,
    /// Remove one file.
    Remove(FileId),
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
    /// Re-read file `id` with the user's corrections, and remember them for its layout.
    Override {
        /// Which file.
        id: FileId,
        /// The corrections (all of them, not a change).
        overrides: Overrides,
    },
}

impl State {
    /// The state the page opens on: the demo, asked of the engine.
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
        self.inputs.clear();
        for (index, name) in engine::demo::NAMES.iter().enumerate() {
            self.push(name, FileSource::Demo(index), None);
        }
        self.demo = true;
        self.ask()
    }

    /// Adds a file to the wanted audit (its result comes with the next reply).
    fn push(&mut self, name: &str, source: FileSource, asked: Option<Overrides>) {
        self.next_id += 1;
        self.inputs.push(Loaded {
            id: self.next_id,
            name: name.to_owned(),
            source,
            overrides: asked.clone().unwrap_or_default(),
            asked,
            layout: None,
            result: None,
        });
    }

    /// The file of that id.
    pub fn file(&self, id: FileId) -> Option<&Loaded> {
        self.inputs.iter().find(|l| l.id == id)
    }

    /// Files being read or waiting for the engine's answer.
    pub fn pending(&self) -> usize {
        self.inputs.iter().filter(|l| l.result.is_none()).count()
    }

    /// Whether the audit on the page is older than what is wanted.
    pub fn busy(&self) -> bool {
        self.answered != self.job
    }

    /// The successfully ingested files (without their rows).
    pub fn ingested(&self) -> Vec<Rc<Ingested>> {
        self.inputs.iter().filter_map(|l| l.ok().cloned()).collect()
    }

    /// The files that could not be read at all.
    pub fn failed(&self) -> Vec<Error> {
        self.inputs
            .iter()
            .filter_map(|l| l.result.as_ref()?.as_ref().err().cloned())
            .collect()
    }

    /// What to ask the engine for: the whole wanted audit, tagged with [`State::job`].
    pub fn request(&self) -> Request {
        Request {
            job: self.job,
            files: self
                .inputs
                .iter()
                .map(|l| FileSpec {
                    id: l.id,
                    overrides: l.asked.clone(),
                })
                .collect(),
            settings: self.settings.clone(),
            remembered: (*self.remembered).clone(),
        }
    }

    /// The living sheet with this audit's column added.
    pub fn sheet_now(&self) -> Sheet {
        let mut sheet = self.sheet.clone();
        if let Some(as_of) = self.audit.as_of {
            sheet.append(as_of, &saved::sheet_values(&self.audit, &self.settings));
        }
        sheet
    }

    /// The raw files a saved audit can keep, when their bytes are on the page (the
    /// demo's and reopened ones); dropped files are read by the caller, from disk.
    pub fn raw_on_page(&self, loaded: &Loaded) -> Option<RawFile> {
        match &loaded.source {
            FileSource::Demo(i) => engine::demo::files()
                .get(*i)
                .map(|(_, bytes)| RawFile::new(&loaded.name, bytes)),
            FileSource::Bytes(bytes) => Some(RawFile::new(&loaded.name, bytes)),
            FileSource::Blob(_) => None,
        }
    }

    /// Everything to reopen this audit later, with these raw files (none: the file
    /// keeps settings, corrections, goals, notes and figures only).
    pub fn to_saved(&self, raw: Vec<RawFile>) -> SavedAudit {
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
            raw,
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
                    loaded.asked = Some(overrides);
                }
            }
        } else {
            self.demo = false;
            self.inputs.clear();
            for raw in &saved.raw {
                let bytes: Rc<[u8]> = Rc::from(raw.bytes().unwrap_or_default());
                self.push(
                    &raw.name,
                    FileSource::Bytes(bytes),
                    Some(overrides_of(&raw.name)),
                );
            }
        }
        self.ask()
    }

    /// Records that the wanted audit changed (files, corrections or settings).
    fn recompute(self) -> State {
        self.ask()
    }

    /// Records that the wanted audit changed: the engine is asked again.
    fn ask(mut self) -> State {
        self.job += 1;
        self
    }

    /// Takes the engine's answer to the current job; an older job's is dropped.
    fn computed(mut self, reply: Reply) -> State {
        if reply.job != self.job {
            return self;
        }
        for file in reply.files {
            if let Some(loaded) = self.inputs.iter_mut().find(|l| l.id == file.id) {
                // From now on the file is asked with what was applied, so a later
                // remembered correction for its layout does not change it behind the
                // user's back.
                loaded.asked = Some(file.overrides.clone());
                loaded.overrides = file.overrides;
                loaded.layout = file.layout.or(loaded.layout.take());
                loaded.result = Some(file.result.map_err(|e| {
                    // The worker does not know the page's name of a file it never had.
                    if e.file().is_empty() {
                        Error::new(&loaded.name, e.kind().clone())
                    } else {
                        e
                    }
                }));
            }
        }
        self.audit = Rc::new(reply.audit);
        self.report = Rc::new(reply.report);
        self.answered = reply.job;
        self
    }

    /// Leaves out the files still being read, naming them; asks again if any.
    fn drop_pending(mut self, notice: fn(Vec<String>) -> EngineNotice) -> State {
        let names: Vec<String> = self
            .inputs
            .iter()
            .filter(|l| l.result.is_none())
            .map(|l| l.name.clone())
            .collect();
        self.inputs.retain(|l| l.result.is_some());
        let dropped = !names.is_empty();
        self.notice = Some(notice(names));
        if dropped {
            self.ask()
        } else {
            // Nothing to leave out (a setting stopped the engine): keep the last audit
            // and stop waiting, rather than asking the same again.
            self.answered = self.job;
            self
        }
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

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let next = match action {
            Action::LoadDemo => State {
                settings: next.settings,
                remembered: next.remembered,
                locale: next.locale,
                next_id: next.next_id,
                job: next.job,
                answered: next.answered,
                ..State::default()
            }
            .with_demo(),
            Action::Clear => State {
                settings: next.settings,
                remembered: next.remembered,
                locale: next.locale,
                next_id: next.next_id,
                job: next.job,
                answered: next.answered,
                ..State::default()
            }
            .recompute(),
            Action::Add(files) => {
                if files.is_empty() {
                    return self;
                }
                if next.demo {
                    next.inputs.clear();
                    next.demo = false;
                }
                next.notice = None;
                for (name, source) in files {
                    next.inputs.retain(|l| l.name != name);
                    next.push(&name, source, None);
                }
                next.recompute()
            }
            Action::Computed(reply) => next.computed(*reply),
            Action::EngineStopped => next.drop_pending(EngineNotice::Stopped),
            Action::Cancel => next.drop_pending(EngineNotice::Cancelled),
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
                next_id: next.next_id,
                job: next.job,
                answered: next.answered,
                ..State::default()
            }
            .recompute(),
            Action::Locale(locale) => {
                next.locale = locale;
                return Rc::new(next);
            }
            Action::Override { id, overrides } => {
                let Some(loaded) = next.inputs.iter_mut().find(|l| l.id == id) else {
                    return self;
                };
                loaded.asked = Some(overrides.clone());
                // Remembered under the layout as first detected (the worker learns it from
                // an uncorrected read), so the key does not move when the user changes
                // the delimiter or encoding.
                if let Some(key) = loaded.layout.clone() {
                    let mut remembered = (*next.remembered).clone();
                    if overrides == Overrides::default() {
                        remembered.remove(&key);
                    } else {
                        remembered.insert(key, overrides);
                    }
                    next.remembered = Rc::new(remembered);
                }
                next.recompute()
            }
            Action::Remove(id) => {
                next.inputs.retain(|l| l.id != id);
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
                // The pins feed findings ("3–10 headline KPIs", "headline moves").
                next.recompute()
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

    use crate::engine::session::{self, Session};

    /// What the bridge does: asks a session for the state's job and hands the reply
    /// back, as the page does with the worker.
    fn settle(state: Rc<State>) -> Rc<State> {
        let mut session = Session::new();
        for l in &state.inputs {
            match &l.source {
                FileSource::Demo(i) => {
                    let (_, source) = session::demo_source(*i).expect("demo file");
                    session.open(l.id, &l.name, source);
                }
                FileSource::Bytes(bytes) => session.open(l.id, &l.name, Box::new(bytes.clone())),
                FileSource::Blob(_) => unreachable!("no browser in native tests"),
            }
        }
        let reply = session.answer(&state.request(), &mut |_| {});
        state.reduce(Action::Computed(Box::new(reply)))
    }

    /// An action, then the engine's answer.
    fn act(state: Rc<State>, action: Action) -> Rc<State> {
        settle(state.reduce(action))
    }

    /// The user's corrections for file `id`, then the engine's answer.
    fn correct(state: Rc<State>, id: FileId, overrides: &Overrides) -> Rc<State> {
        let overrides = overrides.clone();
        act(state, Action::Override { id, overrides })
    }

    fn demo() -> Rc<State> {
        settle(Rc::new(State::demo()))
    }

    fn read(state: Rc<State>, name: &str, text: &str) -> Rc<State> {
        let bytes: Rc<[u8]> = Rc::from(text.as_bytes());
        act(
            state,
            Action::Add(vec![(name.to_owned(), FileSource::Bytes(bytes))]),
        )
    }

    #[test]
    fn replies_to_older_jobs_are_dropped_and_the_page_waits_for_the_latest() {
        let asked = Rc::new(State::demo());
        assert!(asked.busy() && asked.pending() == 9);
        let first = asked.request();
        let newer = asked.clone().reduce(Action::IncludeLabour(false));
        assert_eq!(newer.job, first.job + 1);
        let mut session = Session::new();
        for (i, l) in asked.inputs.iter().enumerate() {
            let (_, source) = session::demo_source(i).expect("demo file");
            session.open(l.id, &l.name, source);
        }
        let old = session.answer(&first, &mut |_| {});
        let after_old = newer.clone().reduce(Action::Computed(Box::new(old)));
        assert!(after_old.busy(), "a reply to an older job is dropped");
        assert!(after_old.audit.figures.is_empty());
        let reply = session.answer(&newer.request(), &mut |_| {});
        let done = newer.reduce(Action::Computed(Box::new(reply)));
        assert!(!done.busy() && done.pending() == 0);
        assert!(!done.settings.audit.formulas.include_labour);
        assert!(!done.audit.figures.is_empty());
    }

    #[test]
    fn files_are_addressed_by_id_and_cancel_or_a_stop_leaves_out_only_unread_files() {
        let state = read(Rc::new(State::default()), "a.csv", "Campaign,Spend\nA,1\n");
        let a = state.inputs[0].id;
        let state = state.reduce(Action::Add(vec![(
            "b.csv".to_owned(),
            FileSource::Bytes(Rc::from(&b"Campaign,Spend\nB,2\n"[..])),
        )]));
        let b = state.inputs[1].id;
        assert_ne!(a, b);
        assert_eq!(state.pending(), 1);
        let cancelled = state.clone().reduce(Action::Cancel);
        assert_eq!(cancelled.inputs.len(), 1);
        assert_eq!(cancelled.inputs[0].id, a);
        assert_eq!(
            cancelled.notice,
            Some(EngineNotice::Cancelled(vec!["b.csv".to_owned()]))
        );
        assert!(
            cancelled.busy(),
            "the audit of the remaining files is asked again"
        );
        let stopped = state.clone().reduce(Action::EngineStopped);
        assert_eq!(
            stopped.notice,
            Some(EngineNotice::Stopped(vec!["b.csv".to_owned()]))
        );
        // A stop with nothing unread (a setting) keeps the last audit and stops waiting.
        let settled = settle(state).reduce(Action::IncludeLabour(false));
        let kept = settled.clone().reduce(Action::EngineStopped);
        assert!(!kept.busy() && kept.inputs.len() == 2);
        assert_eq!(kept.audit, settled.audit);
        // Removing by id removes that file, whatever its position.
        let removed = act(settled, Action::Remove(a));
        assert_eq!(
            removed.inputs.iter().map(|l| l.id).collect::<Vec<_>>(),
            vec![b]
        );
    }

    #[test]
    fn corrections_are_remembered_for_the_same_layout() {
        let state = Rc::new(State::default());
        let state = read(state, "q3.csv", "Campaign,Cost,Clicks\nA,10,5\n");
        assert_eq!((state.pending(), state.inputs.len()), (0, 1));
        let overrides = Overrides {
            fields: vec![("Clicks".to_owned(), Some(Field::Conversions))],
            ..Overrides::default()
        };
        let id = state.inputs[0].id;
        let state = correct(state, id, &overrides);
        assert_eq!(state.remembered.len(), 1);
        // Next quarter's export of the same report gets the same correction.
        let state = read(state, "q4.csv", "Campaign,Cost,Clicks\nB,20,7\n");
        let q4 = state
            .inputs
            .iter()
            .find(|l| l.name == "q4.csv")
            .expect("q4 loaded");
        assert_eq!(q4.overrides, overrides);
        let mapping = &q4.ok().expect("ingested").mapping;
        let fields: Vec<_> = mapping.iter().filter_map(|m| m.field).collect();
        assert!(fields.contains(&Field::Conversions) && !fields.contains(&Field::Clicks));
        // A different layout does not.
        let state = read(state, "other.csv", "Campaign,Spend,Clicks\nC,1,1\n");
        let other = state
            .inputs
            .iter()
            .find(|l| l.name == "other.csv")
            .expect("loaded");
        assert_eq!(other.overrides, Overrides::default());
        // Resetting forgets.
        let state = correct(state, id, &Overrides::default());
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
        let mut state = demo();
        let before = pinned_count(&state);
        let pins = state.settings.pinned.clone();
        for m in pins {
            state = act(state, Action::TogglePin(m));
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
        let demo = demo();
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
            let next = act(demo.clone(), action);
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
        let id = state.inputs[0].id;
        let state = correct(state, id, &overrides);
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
        let outcomes = q4.ok().expect("ingested").outcomes.as_ref();
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
        let state = demo();
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
        let state = act(state, Action::IncludeLabour(false));
        let raw = state
            .inputs
            .iter()
            .filter_map(|l| state.raw_on_page(l))
            .collect();
        let file = state.to_saved(raw).to_json();
        // Clear everything, then reopen from the file alone.
        let state = state.reduce(Action::Locale(Locale::Ro));
        let raw = state
            .inputs
            .iter()
            .filter_map(|l| state.raw_on_page(l))
            .collect();
        assert_eq!(
            state.to_saved(raw).to_json(),
            file,
            "the language is not saved"
        );
        let empty = act(state.clone(), Action::Forget);
        assert!(empty.inputs.is_empty() && empty.goals.is_empty());
        assert_eq!(empty.locale, Locale::Ro, "the page stays readable");
        let saved = SavedAudit::from_json(&file).expect("reopens");
        let reopened = act(empty, Action::Open(Box::new(saved)));
        assert_eq!(reopened.inputs.len(), engine::demo::NAMES.len());
        assert_eq!(reopened.goals, vec![goal]);
        assert_eq!(reopened.notes, "Move budget from webinars to video.");
        assert!(!reopened.settings.audit.formulas.include_labour);
        assert_eq!(reopened.audit.figures, state.audit.figures);
        // The sheet kept the saved audit's column.
        assert_eq!(reopened.sheet.dates.len(), 1);
        // Without the raw files, the figures are not in the file's inputs, but the
        // settings, goals and notes still come back.
        let light = SavedAudit::from_json(&state.to_saved(Vec::new()).to_json()).expect("reopens");
        assert!(light.raw.is_empty());
        let reopened = act(Rc::new(State::default()), Action::Open(Box::new(light)));
        assert_eq!(reopened.notes, "Move budget from webinars to video.");
    }

    #[test]
    fn attribution_settings_recompute_the_report() {
        use crate::engine::metrics::attribution::Model;
        let state = demo();
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
        let state = act(state, Action::Attribution(settings));
        assert_eq!(state.settings.audit.attribution.half_life_days, 1000.0);
        assert!(before.is_some() && decay(&state) != before);
    }

    #[test]
    fn dropping_files_replaces_the_demo_and_clear_keeps_settings() {
        let state = demo();
        assert!(state.demo && state.inputs.len() == engine::demo::NAMES.len());
        let state = act(state, Action::IncludeLabour(false));
        let state = read(state, "mine.csv", "Campaign,Spend\nA,1\n");
        assert!(!state.demo);
        assert_eq!(state.inputs.len(), 1);
        let state = act(state, Action::Clear);
        assert!(state.inputs.is_empty() && !state.settings.audit.formulas.include_labour);
    }
}
