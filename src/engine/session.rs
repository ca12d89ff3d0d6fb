//! The engine's front door for the page: the request/response protocol between the page
//! (which only renders) and the Web Worker (which imports and computes).
//!
//! The page's state *asks*: it holds the files the user wants in the audit (by id, each
//! with the corrections to apply, if any) and the settings, and every change that can
//! move a figure bumps a job number and sends one [`Request`] describing the whole
//! wanted audit. The worker *answers* with one [`Reply`] tagged with that job; the page
//! drops replies to older jobs. A request is declarative, so the same request can be
//! sent again to a freshly started worker (after a cancel or a crash) and gives the same
//! reply.
//!
//! A [`Session`] is what the worker keeps between requests: the files' sources (how to
//! read them again) and each file's last import, so a changed setting does not re-read
//! any file and a changed correction re-reads only that file. Native tests drive it
//! without a browser; the worker glue (`ui::worker`) only adds reading `File`s and
//! posting messages.

use crate::engine::import::error::{Error, ErrorKind};
use crate::engine::import::ingest::{
    layout_key, Importer, Ingested, Overrides, Table, MAX_TABLE_BYTES,
};
use crate::engine::metrics::period::{Bucket, Period};
use crate::engine::review::report::{self, Report};
use crate::engine::{demo, Audit, Dimension, Figure, MetricId, Settings};
use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::rc::Rc;

/// A file's id in the page, stable while the file is loaded (indexes move when files are
/// removed; ids do not).
pub type FileId = u32;

/// Bytes handed to the importer per step: progress is reported after each.
pub const CHUNK_BYTES: usize = 1 << 20;

/// One file of the wanted audit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileSpec {
    /// Which file (opened before with [`Session::open`]).
    pub id: FileId,
    /// The corrections to apply; `None` means "detect, then apply the corrections
    /// remembered for the layout found".
    pub overrides: Option<Overrides>,
}

/// The whole wanted audit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The page's job number; the reply carries it back.
    pub job: u64,
    /// The files, in the page's order.
    pub files: Vec<FileSpec>,
    /// Every setting.
    pub settings: Settings,
    /// Corrections remembered per export layout ([`layout_key`]).
    pub remembered: BTreeMap<String, Overrides>,
}

/// What became of one file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileReply {
    /// Which file.
    pub id: FileId,
    /// The corrections applied (the user's, the remembered ones, or none).
    pub overrides: Overrides,
    /// The layout as first detected (uncorrected), under which corrections are
    /// remembered; `None` when the file could not be read uncorrected.
    pub layout: Option<String>,
    /// The import, without its rows (they stay in the worker): everything the page
    /// shows about the file.
    pub result: Result<Rc<Ingested>, Error>,
}

/// The answer to one [`Request`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// The request's job number.
    pub job: u64,
    /// One per requested file, in the request's order.
    pub files: Vec<FileReply>,
    /// The audit.
    pub audit: Audit,
    /// Its schedule, checklist and triggers.
    pub report: Report,
}

/// How far the import of one file has got.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// The request being answered.
    pub job: u64,
    /// The file being read.
    pub id: FileId,
    /// Bytes read so far.
    pub bytes: u64,
    /// The file's size.
    pub total: u64,
    /// Records read so far.
    pub rows: u64,
}

/// The browser could not read a file's bytes (it lost access to the file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreadable;

/// Where a file's bytes come from; read again whenever its corrections change.
pub trait Source {
    /// The size in bytes, for progress.
    fn size(&self) -> u64;
    /// Feeds the whole content to `sink`, chunk by chunk, in order. `Err` when the
    /// bytes cannot be read (the browser lost access to the file).
    fn read(&self, sink: &mut dyn FnMut(&[u8])) -> Result<(), Unreadable>;
}

/// Bytes in memory (the demo's, a saved audit's raw files, tests) are read in
/// [`CHUNK_BYTES`] slices, like a dropped file.
impl<T: AsRef<[u8]>> Source for T {
    fn size(&self) -> u64 {
        self.as_ref().len() as u64
    }
    fn read(&self, sink: &mut dyn FnMut(&[u8])) -> Result<(), Unreadable> {
        self.as_ref().chunks(CHUNK_BYTES).for_each(sink);
        Ok(())
    }
}

/// The source of the built-in demo's file `index`.
pub fn demo_source(index: usize) -> Option<(&'static str, Box<dyn Source>)> {
    demo::files()
        .get(index)
        .map(|(name, bytes)| (*name, Box::new(bytes.as_slice()) as Box<dyn Source>))
}

/// How many files the demo has.
pub fn demo_len() -> usize {
    demo::NAMES.len()
}

/// One file's last import.
struct Read {
    /// What was asked (`None`: detect and apply the remembered corrections).
    asked: Option<Overrides>,
    /// The remembered corrections the answer depended on, when `asked` was `None`.
    remembered: Option<Overrides>,
    /// What was applied.
    applied: Overrides,
    /// The uncorrected layout.
    layout: Option<String>,
    /// The full import (rows included).
    result: Result<Rc<Ingested>, Error>,
    /// The same, rows left out, as the page gets it.
    shown: Result<Rc<Ingested>, Error>,
    /// The memory it was given when refused as too large.
    refused_under: Option<u64>,
    /// The memory its rows take ([`Table::bytes`]), counted once.
    bytes: u64,
}

/// What the worker keeps between requests.
#[derive(Default)]
pub struct Session {
    files: BTreeMap<FileId, (String, Box<dyn Source>)>,
    reads: BTreeMap<FileId, Read>,
    /// The memory all files' rows may take together; `None` for [`MAX_TABLE_BYTES`].
    limit: Option<u64>,
}

impl Session {
    /// An empty session.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty session whose files' rows may take `bytes` together, in place of
    /// [`MAX_TABLE_BYTES`].
    pub fn with_limit(bytes: u64) -> Self {
        Session {
            limit: Some(bytes),
            ..Self::default()
        }
    }

    /// Makes file `id` readable under `name`; replaces an earlier file of that id.
    pub fn open(&mut self, id: FileId, name: &str, source: Box<dyn Source>) {
        self.reads.remove(&id);
        self.files.insert(id, (name.to_owned(), source));
    }

    /// Forgets file `id`: its source and its import.
    pub fn close(&mut self, id: FileId) {
        self.files.remove(&id);
        self.reads.remove(&id);
    }

    /// Whether file `id` is open.
    pub fn is_open(&self, id: FileId) -> bool {
        self.files.contains_key(&id)
    }

    /// Answers `request`: imports the files whose import is missing or out of date
    /// (reporting progress per chunk), then computes the audit and its report. Files
    /// the request names but nobody opened are answered as unreadable.
    pub fn answer(&mut self, request: &Request, progress: &mut dyn FnMut(Progress)) -> Reply {
        let wanted: Vec<FileId> = request.files.iter().map(|f| f.id).collect();
        self.reads.retain(|id, _| wanted.contains(id));
        let mut files = Vec::with_capacity(request.files.len());
        let mut inputs: Vec<Rc<Ingested>> = Vec::new();
        for spec in &request.files {
            // The other files' rows count against the same memory.
            let held = self
                .reads
                .iter()
                .filter(|(id, _)| **id != spec.id)
                .map(|(_, r)| r.bytes)
                .fold(0u64, u64::saturating_add);
            let budget = self.limit.unwrap_or(MAX_TABLE_BYTES).saturating_sub(held);
            // A file refused as too large is read again only when more memory is free.
            let fresh = self.reads.get(&spec.id).is_some_and(|read| {
                read.answers(spec, &request.remembered)
                    && read.refused_under.is_none_or(|under| budget <= under)
            });
            if !fresh {
                // The uncorrected layout, once learnt, does not change with corrections.
                let known = self.reads.get(&spec.id).and_then(|r| r.layout.clone());
                let mut read = self.read(
                    request.job,
                    spec,
                    known,
                    &request.remembered,
                    budget,
                    progress,
                );
                if read
                    .result
                    .as_ref()
                    .is_err_and(|e| *e.kind() == ErrorKind::TooLarge)
                {
                    read.refused_under = Some(budget);
                }
                self.reads.insert(spec.id, read);
            }
            match self.reads.get(&spec.id) {
                Some(read) => {
                    if let Ok(ingested) = &read.result {
                        inputs.push(ingested.clone());
                    }
                    files.push(FileReply {
                        id: spec.id,
                        overrides: read.applied.clone(),
                        layout: read.layout.clone(),
                        result: read.shown.clone(),
                    });
                }
                None => files.push(FileReply {
                    id: spec.id,
                    overrides: Overrides::default(),
                    layout: None,
                    result: Err(Error::new("", ErrorKind::Unreadable)),
                }),
            }
        }
        let audit = crate::engine::run(&inputs, &request.settings);
        let report = report::build(&inputs, &audit, &request.settings);
        Reply {
            job: request.job,
            files,
            audit,
            report,
        }
    }

    /// Reads file `spec.id` as asked.
    fn read(
        &self,
        job: u64,
        spec: &FileSpec,
        known_layout: Option<String>,
        remembered: &BTreeMap<String, Overrides>,
        budget: u64,
        progress: &mut dyn FnMut(Progress),
    ) -> Read {
        let Some((name, source)) = self.files.get(&spec.id) else {
            let error = Err(Error::new("", ErrorKind::Unreadable));
            return Read {
                asked: spec.overrides.clone(),
                remembered: None,
                applied: Overrides::default(),
                layout: None,
                result: error.clone(),
                shown: error,
                refused_under: None,
                bytes: 0,
            };
        };
        let import = |overrides: &Overrides, progress: &mut dyn FnMut(Progress)| {
            import(
                job,
                spec.id,
                name,
                source.as_ref(),
                overrides,
                budget,
                progress,
            )
        };
        let detected = Overrides::default();
        // The layout is that of the uncorrected file, so that a correction (of the
        // delimiter, say) does not move the key it is remembered under.
        let (first, applied, remembered_used) = match &spec.overrides {
            Some(asked) if *asked != detected => {
                let result = import(asked, progress);
                // The layout is learnt from an uncorrected read only when it is not
                // known yet (a file opened with corrections, from a saved audit).
                let layout = known_layout
                    .or_else(|| import(&detected, &mut |_| {}).ok().as_ref().map(layout_key));
                return Read::new(spec.overrides.clone(), None, asked.clone(), layout, result);
            }
            _ => {
                let first = import(&detected, progress);
                let remembered_used = match (&spec.overrides, &first) {
                    (None, Ok(i)) => remembered.get(&layout_key(i)).cloned(),
                    _ => None,
                };
                let applied = remembered_used.clone().unwrap_or_default();
                (first, applied, remembered_used)
            }
        };
        let layout = first.as_ref().ok().map(layout_key);
        let result = match &remembered_used {
            Some(overrides) => import(overrides, progress),
            None => first,
        };
        Read::new(
            spec.overrides.clone(),
            remembered_used,
            applied,
            layout,
            result,
        )
    }
}

impl Read {
    fn new(
        asked: Option<Overrides>,
        remembered: Option<Overrides>,
        applied: Overrides,
        layout: Option<String>,
        result: Result<Ingested, Error>,
    ) -> Read {
        let result = result.map(Rc::new);
        let bytes = result.as_ref().map_or(0, |i| i.table.bytes());
        let shown = result
            .as_ref()
            .map(|i| Rc::new(without_rows(i)))
            .map_err(Clone::clone);
        Read {
            asked,
            remembered,
            applied,
            layout,
            result,
            shown,
            refused_under: None,
            bytes,
        }
    }

    /// Whether this import is what `spec` asks for, under `remembered`.
    fn answers(&self, spec: &FileSpec, remembered: &BTreeMap<String, Overrides>) -> bool {
        match &spec.overrides {
            // The page sends back the corrections it was told were applied.
            Some(asked) => *asked == self.applied,
            None => {
                self.asked.is_none()
                    && self.layout.as_ref().and_then(|k| remembered.get(k))
                        == self.remembered.as_ref()
            }
        }
    }
}

/// Everything the page shows about a file: the import without its rows.
fn without_rows(ingested: &Ingested) -> Ingested {
    Ingested {
        file: ingested.file.clone(),
        kind: ingested.kind,
        kind_confidence: ingested.kind_confidence,
        encoding: ingested.encoding,
        encoding_evidence: ingested.encoding_evidence,
        delimiter: ingested.delimiter,
        header_line: ingested.header_line,
        mapping: ingested.mapping.clone(),
        decimal_mark: ingested.decimal_mark,
        date_order: ingested.date_order,
        rows_read: ingested.rows_read,
        rows_used: ingested.rows_used,
        rows_skipped: ingested.rows_skipped,
        rows_repaired: ingested.rows_repaired,
        issues: ingested.issues.clone(),
        table: Table::default(),
        outcomes: ingested.outcomes.clone(),
    }
}

/// Imports `source` chunk by chunk, reporting progress after each chunk.
fn import(
    job: u64,
    id: FileId,
    name: &str,
    source: &dyn Source,
    overrides: &Overrides,
    budget: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<Ingested, Error> {
    let total = source.size();
    let mut importer = Importer::with_budget(name, overrides, budget);
    let mut bytes = 0u64;
    progress(Progress {
        job,
        id,
        bytes,
        total,
        rows: 0,
    });
    let read = source.read(&mut |chunk| {
        importer.push(chunk);
        bytes += chunk.len() as u64;
        progress(Progress {
            job,
            id,
            bytes,
            total,
            rows: importer.rows_read(),
        });
    });
    match read {
        // A workbook is read at the end: its rows keep the progress moving.
        Ok(()) => importer.finish_reporting(&mut |rows| {
            progress(Progress {
                job,
                id,
                bytes,
                total,
                rows,
            })
        }),
        Err(Unreadable) => Err(Error::new(name, ErrorKind::Unreadable)),
    }
}

/// A message from the page to the worker. A file's bytes travel beside it, as the
/// browser's own `Blob` (never copied into the message).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToWorker {
    /// Make a file readable: the built-in demo's file `demo`, else the `Blob` sent along.
    Open {
        /// The page's id for it.
        id: FileId,
        /// The file name.
        name: String,
        /// The demo file's index, for the built-in demo.
        demo: Option<usize>,
    },
    /// Forget a file.
    Close {
        /// Which one.
        id: FileId,
    },
    /// Compute the wanted audit.
    Answer(Box<Request>),
}

/// A message from the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FromWorker {
    /// The worker is running and takes requests.
    Ready,
    /// An import moved on.
    Progress(Progress),
    /// The answer to a request.
    Reply(Box<Reply>),
}

/// The text of a message, for `postMessage` (JSON: the f64 values cross bit for bit).
pub fn encode<T: Serialize>(message: &T) -> String {
    // Serialising these types cannot fail: every map key is a string.
    serde_json::to_string(message).unwrap_or_default()
}

/// Reads a message to the worker.
pub fn decode_to_worker(text: &str) -> Result<ToWorker, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Reads a message from the worker, rebuilding what does not travel (the audit's
/// lookup of figures).
pub fn decode_from_worker(text: &str) -> Result<FromWorker, String> {
    let mut message: FromWorker = serde_json::from_str(text).map_err(|e| e.to_string())?;
    if let FromWorker::Reply(reply) = &mut message {
        reply.audit.reindex();
    }
    Ok(message)
}

/// A reply as it crosses to the page: the JSON of everything but the audit's figures,
/// and the figures in the compact form of [`figures_to_bytes`] (reading the JSON of
/// the demo's 15,000 figures took the page about 200 ms; copying these bytes, a few).
pub fn encode_reply(mut reply: Reply) -> (String, Vec<u8>) {
    let figures = std::mem::take(&mut reply.audit.figures);
    let bytes = figures_to_bytes(&figures);
    (encode(&FromWorker::Reply(Box::new(reply))), bytes)
}

/// Reads back what [`encode_reply`] wrote.
pub fn decode_reply(text: &str, figures: &[u8]) -> Result<FromWorker, String> {
    let mut message: FromWorker = serde_json::from_str(text).map_err(|e| e.to_string())?;
    if let FromWorker::Reply(reply) = &mut message {
        reply.audit.figures = figures_from_bytes(figures)?;
        reply.audit.reindex();
    }
    Ok(message)
}

/// Figures in a compact binary form, little-endian: the number of distinct dimensions,
/// each as its JSON text; the number of distinct groups, each as its text (texts are a
/// `u32` length and UTF-8 bytes); the number of figures; then per figure its metric
/// (`u8`, its place in [`MetricId::ALL`]), dimension (`u16`, its place in the list),
/// group (`u32`, `u32::MAX` for none), period (`u8` bucket, its place in
/// [`Bucket::ALL`] or 255 for none, and `i32` first day counted from the common era),
/// a byte saying which of value, numerator and denominator follow, and those as `f64`.
pub fn figures_to_bytes(figures: &[Figure]) -> Vec<u8> {
    let mut dimensions: Vec<Dimension> = Vec::new();
    let mut groups: Vec<&str> = Vec::new();
    let mut group_ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut rows = Vec::with_capacity(figures.len() * 24);
    for f in figures {
        let metric = MetricId::ALL.iter().position(|m| *m == f.metric);
        let dimension = match dimensions.iter().position(|d| *d == f.dimension) {
            Some(i) => i,
            None => {
                dimensions.push(f.dimension);
                dimensions.len() - 1
            }
        };
        let group = match f.group.as_deref() {
            None => u32::MAX,
            Some(g) => *group_ids.entry(g).or_insert_with(|| {
                groups.push(g);
                u32::try_from(groups.len() - 1).unwrap_or(u32::MAX)
            }),
        };
        let (bucket, start) = match f.period {
            Some(p) => (
                Bucket::ALL.iter().position(|b| *b == p.bucket),
                p.start.num_days_from_ce(),
            ),
            None => (None, 0),
        };
        rows.push(metric.and_then(|m| u8::try_from(m).ok()).unwrap_or(u8::MAX));
        let dimension = u16::try_from(dimension).unwrap_or(u16::MAX);
        rows.extend_from_slice(&dimension.to_le_bytes());
        rows.extend_from_slice(&group.to_le_bytes());
        rows.push(bucket.and_then(|b| u8::try_from(b).ok()).unwrap_or(u8::MAX));
        rows.extend_from_slice(&start.to_le_bytes());
        let values = [f.value, f.numerator, f.denominator];
        let flags = values
            .iter()
            .enumerate()
            .fold(0u8, |acc, (i, v)| acc | (u8::from(v.is_some()) << i));
        rows.push(flags);
        for v in values.into_iter().flatten() {
            rows.extend_from_slice(&v.to_le_bytes());
        }
    }
    let mut out = Vec::with_capacity(rows.len() + groups.len() * 24 + 64);
    let text = |out: &mut Vec<u8>, t: &str| {
        let len = u32::try_from(t.len()).unwrap_or(u32::MAX);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(t.as_bytes());
    };
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes();
    out.extend_from_slice(&count(dimensions.len()));
    for d in &dimensions {
        text(&mut out, &encode(d));
    }
    out.extend_from_slice(&count(groups.len()));
    for g in &groups {
        text(&mut out, g);
    }
    out.extend_from_slice(&count(figures.len()));
    out.extend_from_slice(&rows);
    out
}

/// Reads back what [`figures_to_bytes`] wrote; an error for bytes it did not write.
pub fn figures_from_bytes(bytes: &[u8]) -> Result<Vec<Figure>, String> {
    let mut r = Reader { bytes, at: 0 };
    let damaged = || "damaged figures".to_owned();
    let n = r.u32().ok_or_else(damaged)?;
    let mut dimensions = Vec::new();
    for _ in 0..n {
        let text = r.text().ok_or_else(damaged)?;
        dimensions.push(serde_json::from_str::<Dimension>(text).map_err(|e| e.to_string())?);
    }
    let n = r.u32().ok_or_else(damaged)?;
    let mut groups = Vec::new();
    for _ in 0..n {
        groups.push(r.text().ok_or_else(damaged)?);
    }
    let n = r.u32().ok_or_else(damaged)?;
    // Each figure takes at least 13 bytes: a count beyond that is damage.
    if u64::from(n).saturating_mul(13) > bytes.len() as u64 {
        return Err(damaged());
    }
    let mut figures = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let metric = r
            .u8()
            .and_then(|i| MetricId::ALL.get(usize::from(i)).copied());
        let dimension = r
            .u16()
            .and_then(|i| dimensions.get(usize::from(i)).copied());
        let group = match r.u32().ok_or_else(damaged)? {
            u32::MAX => None,
            i => Some(groups.get(i as usize).ok_or_else(damaged)?.to_string()),
        };
        let bucket = r.u8().ok_or_else(damaged)?;
        let start = r.i32().ok_or_else(damaged)?;
        let period = match bucket {
            u8::MAX => None,
            b => Some(Period {
                bucket: *Bucket::ALL.get(usize::from(b)).ok_or_else(damaged)?,
                start: NaiveDate::from_num_days_from_ce_opt(start).ok_or_else(damaged)?,
            }),
        };
        let flags = r.u8().ok_or_else(damaged)?;
        let mut value = |i: u8| -> Result<Option<f64>, String> {
            if flags & (1 << i) == 0 {
                return Ok(None);
            }
            r.f64().map(Some).ok_or_else(damaged)
        };
        let (value, numerator, denominator) = (value(0)?, value(1)?, value(2)?);
        figures.push(Figure {
            metric: metric.ok_or_else(damaged)?,
            dimension: dimension.ok_or_else(damaged)?,
            group,
            period,
            value,
            numerator,
            denominator,
        });
    }
    if r.at != bytes.len() {
        return Err(damaged());
    }
    Ok(figures)
}

/// Reads little-endian numbers and texts from bytes, `None` past the end.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let end = self.at.checked_add(N)?;
        let got = self.bytes.get(self.at..end)?.try_into().ok()?;
        self.at = end;
        Some(got)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take::<1>().map(|[b]| b)
    }

    fn u16(&mut self) -> Option<u16> {
        self.take().map(u16::from_le_bytes)
    }

    fn u32(&mut self) -> Option<u32> {
        self.take().map(u32::from_le_bytes)
    }

    fn i32(&mut self) -> Option<i32> {
        self.take().map(i32::from_le_bytes)
    }

    fn f64(&mut self) -> Option<f64> {
        self.take().map(f64::from_le_bytes)
    }

    fn text(&mut self) -> Option<&'b str> {
        let len = usize::try_from(self.u32()?).ok()?;
        let end = self.at.checked_add(len)?;
        let text = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?;
        self.at = end;
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo_session() -> (Session, Vec<FileSpec>) {
        let mut session = Session::new();
        let mut files = Vec::new();
        for i in 0..demo_len() {
            let (name, source) = demo_source(i).expect("demo file");
            session.open(i as FileId + 10, name, source);
            files.push(FileSpec {
                id: i as FileId + 10,
                overrides: None,
            });
        }
        (session, files)
    }

    fn request(job: u64, files: Vec<FileSpec>) -> Request {
        Request {
            job,
            files,
            settings: Settings::default(),
            remembered: BTreeMap::new(),
        }
    }

    #[test]
    fn the_session_gives_the_same_audit_as_the_engine() {
        let (mut session, files) = demo_session();
        let mut reports = Vec::new();
        let reply = session.answer(&request(1, files), &mut |p| reports.push(p));
        let steps = reports.len();
        let inputs: Vec<Ingested> = demo::files()
            .iter()
            .map(|(name, bytes)| {
                crate::engine::ingest(name, bytes, &Overrides::default()).expect("demo")
            })
            .collect();
        let audit = crate::engine::run(&inputs, &Settings::default());
        assert_eq!(reply.job, 1);
        assert_eq!(reply.audit, audit);
        assert_eq!(
            reply.report,
            report::build(&inputs, &audit, &Settings::default())
        );
        assert_eq!(reply.files.len(), 9);
        let last = reports.last().copied().expect("progress");
        assert_eq!(
            (last.bytes, last.total),
            (last.total, demo::files()[8].1.len() as u64)
        );
        // One step before each file and one per chunk (every demo file is under 1 MiB).
        assert_eq!(steps, 18);
        for (file, ingested) in reply.files.iter().zip(&inputs) {
            let shown = file.result.as_ref().expect("read");
            assert_eq!(shown.rows_used, ingested.rows_used);
            assert_eq!(shown.issues, ingested.issues);
            assert_eq!(shown.table, Table::default(), "rows stay in the worker");
        }
    }

    #[test]
    fn a_workbook_keeps_the_progress_moving_while_its_rows_are_read() {
        // A workbook is read once its bytes are in: its rows are reported meanwhile
        // (once its first megabyte of text has told the encoding).
        let rows: String = (2..=70_000)
            .map(|r| format!(r#"<row r="{r}"><c r="A{r}"><v>{}</v></c><c r="B{r}" t="inlineStr"><is><t>Campaign {}</t></is></c><c r="C{r}"><v>{}.5</v></c></row>"#, 45_292 + r % 28, r % 7, r % 100))
            .collect();
        let header = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="B1" t="inlineStr"><is><t>Campaign</t></is></c><c r="C1" t="inlineStr"><is><t>Spend</t></is></c></row>"#;
        let book = crate::engine::import::workbook::tests::one_sheet(&format!("{header}{rows}"));
        let size = book.len() as u64;
        let mut session = Session::new();
        session.open(1, "big.xlsx", Box::new(book));
        let mut reports = Vec::new();
        let ask = request(
            1,
            vec![FileSpec {
                id: 1,
                overrides: None,
            }],
        );
        let reply = session.answer(&ask, &mut |p| reports.push(p));
        assert_eq!(
            reply.files[0].result.as_ref().map(|i| i.rows_used),
            Ok(69_999)
        );
        let after: Vec<u64> = reports
            .iter()
            .filter(|p| p.bytes == size && p.rows > 0)
            .map(|p| p.rows)
            .collect();
        assert!(after.len() >= 2, "{after:?}");
        assert!(after.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn progress_counts_bytes_and_rows_as_they_are_read() {
        let mut text = String::from("Date,Campaign,Spend\n");
        for i in 0..60_000 {
            text.push_str(&format!(
                "2026-01-{:02},Campaign {},{}.5\n",
                i % 28 + 1,
                i % 7,
                i % 100
            ));
        }
        let mut session = Session::new();
        session.open(1, "big.csv", Box::new(text.clone().into_bytes()));
        let mut reports = Vec::new();
        let ask = request(
            1,
            vec![FileSpec {
                id: 1,
                overrides: None,
            }],
        );
        let reply = session.answer(&ask, &mut |p| reports.push(p));
        assert_eq!(
            reply.files[0].result.as_ref().map(|i| i.rows_used),
            Ok(60_000)
        );
        assert_eq!(reports.first().map(|p| (p.bytes, p.rows)), Some((0, 0)));
        assert!(reports
            .windows(2)
            .all(|w| w[0].bytes <= w[1].bytes && w[0].rows <= w[1].rows));
        let last = reports.last().copied().expect("progress");
        assert_eq!(last.bytes, text.len() as u64);
        // Rows are counted as they stream past the first chunk (the last few arrive
        // with the end of the file).
        assert!(last.rows > 30_000, "{last:?}");
    }

    #[test]
    fn the_files_share_one_memory_limit() {
        // A leads file: its rows are kept, one per lead (see `import::fold`).
        let mut text = String::from("Lead ID,Created,Source\n");
        for i in 0..20_000 {
            text.push_str(&format!("L{i},2026-01-{:02},S{}\n", i % 28 + 1, i % 5));
        }
        let bytes = text.into_bytes();
        let one = crate::engine::ingest("a.csv", &bytes, &Overrides::default())
            .expect("read")
            .table
            .bytes();
        assert!(one > 100_000, "{one}");
        let mut session = Session::with_limit(one * 3 / 2);
        session.open(1, "a.csv", Box::new(bytes.clone()));
        session.open(2, "b.csv", Box::new(bytes));
        let spec = |id| FileSpec {
            id,
            overrides: None,
        };
        let kind = |r: &FileReply| r.result.as_ref().err().map(|e| e.kind().clone());
        let reply = session.answer(&request(1, vec![spec(1), spec(2)]), &mut |_| {});
        assert_eq!(kind(&reply.files[0]), None);
        assert_eq!(kind(&reply.files[1]), Some(ErrorKind::TooLarge));
        // Asked again with no more memory free, the refused file is not read again.
        let mut read = Vec::new();
        let reply = session.answer(&request(2, vec![spec(1), spec(2)]), &mut |p| {
            read.push(p.id);
        });
        assert!(read.is_empty(), "{read:?}");
        assert_eq!(kind(&reply.files[1]), Some(ErrorKind::TooLarge));
        // The first file left out, the second fits.
        let reply = session.answer(&request(2, vec![spec(2)]), &mut |_| {});
        assert_eq!(kind(&reply.files[0]), None);
    }

    #[test]
    fn a_reply_crosses_to_the_page_bit_for_bit() {
        let (mut session, files) = demo_session();
        let reply = session.answer(&request(7, files), &mut |_| {});
        // The joined leads stay in the worker, like the files' rows.
        let mut sent = reply.clone();
        assert!(sent.audit.crm.take().is_some());
        let (text, figures) = encode_reply(reply.clone());
        assert!(figures.len() < text.len() + 1_000_000, "{}", figures.len());
        match decode_reply(&text, &figures).expect("decoded") {
            FromWorker::Reply(back) => assert!(*back == sent, "the reply changed on the way"),
            other => panic!("not a reply: {other:?}"),
        }
        // The whole reply as JSON reads back the same.
        let whole = encode(&FromWorker::Reply(Box::new(reply.clone())));
        match decode_from_worker(&whole).expect("decoded") {
            FromWorker::Reply(back) => assert!(*back == sent, "the JSON reply changed"),
            other => panic!("not a reply: {other:?}"),
        }
        // Figures cut short or altered are refused or read as other figures, never a
        // panic; cut short, always refused.
        for end in (0..64).chain((64..figures.len()).step_by(4099)) {
            assert!(figures_from_bytes(&figures[..end]).is_err(), "cut at {end}");
        }
        let mut altered = figures.clone();
        for i in (0..altered.len()).step_by(4093) {
            altered[i] ^= 0x5a;
            let _ = figures_from_bytes(&altered);
        }
        let ask = ToWorker::Answer(Box::new(request(8, Vec::new())));
        assert_eq!(decode_to_worker(&encode(&ask)), Ok(ask));
    }

    #[test]
    fn a_changed_setting_reads_no_file_and_a_correction_reads_one() {
        let (mut session, files) = demo_session();
        session.answer(&request(1, files.clone()), &mut |_| {});
        let mut again = request(2, files.clone());
        again.settings.audit.formulas.include_labour = false;
        let mut read = 0;
        session.answer(&again, &mut |_| read += 1);
        assert_eq!(read, 0, "no file is read again for a setting");
        let mut corrected = files.clone();
        corrected[0].overrides = Some(Overrides {
            delimiter: Some(b';'),
            ..Overrides::default()
        });
        let mut read = Vec::new();
        let reply = session.answer(&request(3, corrected), &mut |p| read.push(p.id));
        read.dedup();
        assert_eq!(read, vec![10], "only the corrected file is read again");
        // The uncorrected layout kept, a correction of the first file must not have
        // read it twice; a fresh session counts reads of one file.
        struct Counting(Vec<u8>, Rc<std::cell::Cell<u32>>);
        impl Source for Counting {
            fn size(&self) -> u64 {
                self.0.size()
            }
            fn read(&self, sink: &mut dyn FnMut(&[u8])) -> Result<(), Unreadable> {
                self.1.set(self.1.get() + 1);
                self.0.read(sink)
            }
        }
        let reads = Rc::new(std::cell::Cell::new(0));
        let mut counted = Session::new();
        let bytes = demo::files()[0].1.clone();
        counted.open(
            10,
            "ads_performance.csv",
            Box::new(Counting(bytes, reads.clone())),
        );
        let mut ask = request(5, files[..1].to_vec());
        counted.answer(&ask, &mut |_| {});
        assert_eq!(reads.get(), 1, "read once, detected");
        ask.files[0].overrides = Some(Overrides {
            delimiter: Some(b','),
            ..Overrides::default()
        });
        counted.answer(&ask, &mut |_| {});
        assert_eq!(
            reads.get(),
            2,
            "a correction reads the file once: its layout is known"
        );
        assert_eq!(reply.files[0].overrides.delimiter, Some(b';'));
        // The layout stays that of the uncorrected file.
        let first = session.answer(&request(4, files), &mut |_| {});
        assert_eq!(reply.files[0].layout, first.files[0].layout);
    }

    #[test]
    fn remembered_corrections_apply_to_a_new_file_of_the_same_layout() {
        let (mut session, files) = demo_session();
        let reply = session.answer(&request(1, files[..1].to_vec()), &mut |_| {});
        let layout = reply.files[0].layout.clone().expect("layout");
        let fix = Overrides {
            decimal_mark: Some(crate::engine::import::value::DecimalMark::Comma),
            ..Overrides::default()
        };
        let mut ask = request(2, files[..1].to_vec());
        ask.remembered.insert(layout, fix.clone());
        let reply = session.answer(&ask, &mut |_| {});
        assert_eq!(
            reply.files[0].overrides, fix,
            "remembered corrections applied"
        );
    }

    #[test]
    fn an_unopened_or_closed_file_is_answered_as_unreadable() {
        let (mut session, files) = demo_session();
        session.close(10);
        let reply = session.answer(&request(1, files[..2].to_vec()), &mut |_| {});
        assert!(reply.files[0].result.is_err());
        assert!(reply.files[1].result.is_ok());
        assert!(!session.is_open(10));
    }
}
