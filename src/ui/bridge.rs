//! The page's side of the engine: sends [`State::request`] to the engine's Web Worker
//! and turns its messages into actions. The worker is started while the page loads
//! (`web/worker.js` runs the page's own wasm, so nothing new is downloaded); when a
//! worker cannot run (no `Worker`, a page not built by Trunk, a failed start) the
//! engine runs on the page instead, the same [`Session`], and the page says so.
//!
//! The bridge remembers which files the current worker was given; a restarted worker
//! (after Cancel, or after it stopped) is given them again from their sources, so
//! nothing the user loaded is lost.

use super::state::{Action, FileSource, State};
use crate::engine::session::{
    self, FileId, FromWorker, Progress, Request, Session, Source, ToWorker,
};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// What the engine tells the page besides actions.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Files are being read: the latest progress.
    Reading(Progress),
    /// Nothing is being read.
    Idle,
}

/// Where the engine runs.
enum Mode {
    /// In a Web Worker; `ready` once it said so.
    Worker {
        worker: web_sys::Worker,
        ready: bool,
        _listeners: Listeners,
    },
    /// On the page (no worker could run).
    Page(Session),
}

/// The last request and the files it names: (id, name, source).
type Asked = (Request, Vec<(FileId, String, FileSource)>);

type Listeners = (
    Closure<dyn FnMut(web_sys::MessageEvent)>,
    Closure<dyn FnMut(web_sys::Event)>,
);

struct Inner {
    mode: Mode,
    /// Files the engine has been given, by id.
    opened: BTreeSet<FileId>,
    /// The last request sent, with its files, to give a fallback engine.
    last: Option<Asked>,
    dispatch: Callback<Action>,
    status: Callback<Status>,
    /// Whether the engine runs on the page because the worker failed to start.
    fell_back: bool,
}

/// The engine, as the page sees it. Cheap to clone (one shared handle).
#[derive(Clone)]
pub struct Bridge(Rc<RefCell<Inner>>);

impl PartialEq for Bridge {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Bridge {
    /// Starts the engine: a worker when this page can run one, else on the page.
    pub fn start(dispatch: Callback<Action>, status: Callback<Status>) -> Bridge {
        let bridge = Bridge(Rc::new(RefCell::new(Inner {
            mode: Mode::Page(Session::new()),
            opened: BTreeSet::new(),
            last: None,
            dispatch,
            status,
            fell_back: false,
        })));
        if let Some(mode) = spawn(Rc::downgrade(&bridge.0)) {
            bridge.0.borrow_mut().mode = mode;
        }
        bridge
    }

    /// Whether the engine runs on the page (no worker could start).
    pub fn on_page(&self) -> bool {
        matches!(self.0.borrow().mode, Mode::Page(_))
    }

    /// Whether it does so because a worker failed to start.
    pub fn fell_back(&self) -> bool {
        self.0.borrow().fell_back
    }

    /// Asks the engine for the audit `state` wants.
    pub fn send(&self, state: &State) {
        let files: Vec<(FileId, String, FileSource)> = state
            .inputs
            .iter()
            .map(|l| (l.id, l.name.clone(), l.source.clone()))
            .collect();
        self.0.borrow_mut().last = Some((state.request(), files));
        send_last(&self.0);
    }

    /// Stops the reading in progress: the worker is ended at once and a new one takes
    /// its place (it is given the files again when next asked). On the page nothing can
    /// interrupt the engine; the action still drops the files not yet read.
    pub fn cancel(&self) {
        let dispatch = {
            let mut inner = self.0.borrow_mut();
            if let Mode::Worker { worker, .. } = &inner.mode {
                worker.terminate();
                inner.opened.clear();
                if let Some(mode) = spawn(Rc::downgrade(&self.0)) {
                    inner.mode = mode;
                }
            }
            inner.status.emit(Status::Idle);
            inner.dispatch.clone()
        };
        dispatch.emit(Action::Cancel);
    }
}

/// Sends the last request to the engine, opening and closing files first.
fn send_last(inner: &Rc<RefCell<Inner>>) {
    let mut guard = inner.borrow_mut();
    let Some((request, files)) = guard.last.clone() else {
        return;
    };
    let wanted: BTreeSet<FileId> = files.iter().map(|(id, _, _)| *id).collect();
    let stale: Vec<FileId> = guard.opened.difference(&wanted).copied().collect();
    let this = &mut *guard;
    match &mut this.mode {
        Mode::Worker { worker, .. } => {
            for id in stale {
                post(worker, &ToWorker::Close { id }, None);
            }
            for (id, name, source) in &files {
                if this.opened.contains(id) {
                    continue;
                }
                let (demo, blob) = match source {
                    FileSource::Demo(i) => (Some(*i), None),
                    FileSource::Bytes(bytes) => (None, blob_of(bytes)),
                    FileSource::Blob(b) => (None, Some(b.0.clone())),
                };
                let open = ToWorker::Open {
                    id: *id,
                    name: name.clone(),
                    demo,
                };
                post(worker, &open, blob.as_ref());
            }
            this.opened = wanted;
            post(worker, &ToWorker::Answer(Box::new(request)), None);
        }
        Mode::Page(session) => {
            for id in stale {
                session.close(id);
            }
            let mut unread = Vec::new();
            for (id, name, source) in &files {
                if this.opened.contains(id) {
                    continue;
                }
                match source {
                    FileSource::Demo(i) => {
                        if let Some((_, s)) = session::demo_source(*i) {
                            session.open(*id, name, s);
                        }
                    }
                    FileSource::Bytes(bytes) => session.open(*id, name, Box::new(bytes.clone())),
                    FileSource::Blob(b) => unread.push((*id, name.clone(), b.0.clone())),
                }
            }
            this.opened = wanted;
            if unread.is_empty() {
                drop(guard);
                answer_on_page(inner);
            } else {
                // The page reads dropped files as a whole (asynchronously), then asks again.
                let weak = Rc::downgrade(inner);
                drop(guard);
                wasm_bindgen_futures::spawn_local(async move {
                    let mut read = Vec::new();
                    for (id, name, blob) in unread {
                        let bytes =
                            match wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await {
                                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                                Err(_) => Vec::new(),
                            };
                        read.push((id, name, bytes));
                    }
                    let Some(inner) = weak.upgrade() else { return };
                    if let Mode::Page(session) = &mut inner.borrow_mut().mode {
                        for (id, name, bytes) in read {
                            session.open(id, &name, Box::new(bytes) as Box<dyn Source>);
                        }
                    }
                    answer_on_page(&inner);
                });
            }
        }
    }
}

/// Answers the last request with the engine on the page.
fn answer_on_page(inner: &Rc<RefCell<Inner>>) {
    let mut guard = inner.borrow_mut();
    let Some((request, _)) = guard.last.clone() else {
        return;
    };
    let dispatch = guard.dispatch.clone();
    if let Mode::Page(session) = &mut guard.mode {
        let reply = session.answer(&request, &mut |_| {});
        drop(guard);
        dispatch.emit(Action::Computed(Box::new(reply)));
    }
}

fn blob_of(bytes: &[u8]) -> Option<web_sys::Blob> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    web_sys::Blob::new_with_u8_array_sequence(&parts).ok()
}

fn post(worker: &web_sys::Worker, message: &ToWorker, blob: Option<&web_sys::Blob>) {
    let envelope = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &envelope,
        &JsValue::from_str("message"),
        &JsValue::from_str(&session::encode(message)),
    );
    if let Some(blob) = blob {
        let _ = js_sys::Reflect::set(&envelope, &JsValue::from_str("blob"), blob);
    }
    let _ = worker.post_message(&envelope);
}

/// The URL of an element's `href` found by `selector` (resolved against the page).
fn link(selector: &str) -> Option<String> {
    let element = gloo::utils::document().query_selector(selector).ok()??;
    element
        .dyn_into::<web_sys::HtmlLinkElement>()
        .ok()
        .map(|l| l.href())
        .filter(|h| !h.is_empty())
}

/// Starts a worker running this page's wasm, when the page was built by Trunk (its
/// module and wasm are preloaded) and the browser has workers.
fn spawn(inner: Weak<RefCell<Inner>>) -> Option<Mode> {
    let glue = link("link[rel=modulepreload][href$='.js']")?;
    let wasm = link("link[rel=preload][href$='.wasm']")?;
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("./worker.js", &options).ok()?;
    let on_message = {
        let inner = inner.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            if let Some(inner) = inner.upgrade() {
                received(&inner, &event.data());
            }
        })
    };
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        if let Some(inner) = inner.upgrade() {
            stopped(&inner);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let start = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &start,
        &JsValue::from_str("glue"),
        &JsValue::from_str(&glue),
    );
    let _ = js_sys::Reflect::set(
        &start,
        &JsValue::from_str("wasm"),
        &JsValue::from_str(&wasm),
    );
    // The page's compiled module: the worker instantiates it without compiling again.
    let _ = js_sys::Reflect::set(
        &start,
        &JsValue::from_str("module"),
        &wasm_bindgen::module(),
    );
    worker.post_message(&start).ok()?;
    Some(Mode::Worker {
        worker,
        ready: false,
        _listeners: (on_message, on_error),
    })
}

/// A message from the worker.
fn received(inner: &Rc<RefCell<Inner>>, data: &JsValue) {
    let message = if let Some(text) = data.as_string() {
        session::decode_from_worker(&text)
    } else if js_sys::Array::is_array(data) {
        // A reply: its JSON and its figures' bytes (see `session::encode_reply`).
        let pair: &js_sys::Array = data.unchecked_ref();
        let text = pair.get(0).as_string().unwrap_or_default();
        let figures = pair
            .get(1)
            .dyn_into::<js_sys::Uint8Array>()
            .map(|a| a.to_vec())
            .unwrap_or_default();
        session::decode_reply(&text, &figures)
    } else {
        // `web/worker.js` could not start the engine: run it on the page.
        fall_back(inner);
        return;
    };
    let Ok(message) = message else {
        return;
    };
    let (dispatch, status) = {
        let inner = inner.borrow();
        (inner.dispatch.clone(), inner.status.clone())
    };
    match message {
        FromWorker::Ready => {
            if let Mode::Worker { ready, .. } = &mut inner.borrow_mut().mode {
                *ready = true;
            }
        }
        FromWorker::Progress(p) => status.emit(Status::Reading(p)),
        FromWorker::Reply(reply) => {
            status.emit(Status::Idle);
            dispatch.emit(Action::Computed(reply));
        }
    }
}

/// The worker failed: before it was ready, the engine moves to the page and answers the
/// last request there; after, a new worker replaces it and the page is told.
fn stopped(inner: &Rc<RefCell<Inner>>) {
    let was_ready = matches!(inner.borrow().mode, Mode::Worker { ready: true, .. });
    if !was_ready {
        fall_back(inner);
        return;
    }
    let (dispatch, status) = {
        let mut guard = inner.borrow_mut();
        if let Mode::Worker { worker, .. } = &guard.mode {
            worker.terminate();
        }
        guard.opened.clear();
        if let Some(mode) = spawn(Rc::downgrade(inner)) {
            guard.mode = mode;
        }
        (guard.dispatch.clone(), guard.status.clone())
    };
    status.emit(Status::Idle);
    dispatch.emit(Action::EngineStopped);
}

fn fall_back(inner: &Rc<RefCell<Inner>>) {
    {
        let mut guard = inner.borrow_mut();
        if let Mode::Worker { worker, .. } = &guard.mode {
            worker.terminate();
        }
        guard.mode = Mode::Page(Session::new());
        guard.opened.clear();
        guard.fell_back = true;
    }
    send_last(inner);
}
