//! The worker's side of the bridge: runs inside the engine's Web Worker (`web/worker.js`
//! starts it), keeps an [`engine::session::Session`], reads the page's `Blob`s in
//! chunks with `FileReaderSync` and posts progress and replies back. Everything it
//! decides is in the session; this only moves bytes and messages.

use crate::engine::session::{self, FromWorker, Progress, Session, Source, ToWorker, Unreadable};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Least time between two progress messages, in milliseconds: enough for a smooth bar,
/// few enough messages that the page's renders stay rare.
const PROGRESS_EVERY_MS: f64 = 100.0;

/// Installs the message handler of the engine's worker and tells the page it is ready.
/// Called by `web/worker.js` once the wasm module is loaded.
#[wasm_bindgen]
pub fn worker_start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let session = Rc::new(RefCell::new(Session::new()));
    let post_scope = scope.clone();
    let handler =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            handle(&post_scope, &session, &event.data());
        });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    handler.forget();
    post(&scope, &FromWorker::Ready);
}

fn post(scope: &web_sys::DedicatedWorkerGlobalScope, message: &FromWorker) {
    let _ = scope.post_message(&JsValue::from_str(&session::encode(message)));
}

/// Posts a reply as `[JSON, figures]` (see [`session::encode_reply`]), the figures'
/// buffer transferred rather than copied.
fn post_reply(scope: &web_sys::DedicatedWorkerGlobalScope, reply: session::Reply) {
    let (text, figures) = session::encode_reply(reply);
    let figures = js_sys::Uint8Array::from(figures.as_slice());
    let message = js_sys::Array::of2(&JsValue::from_str(&text), &figures);
    let transfer = js_sys::Array::of1(&figures.buffer());
    let _ = scope.post_message_with_transfer(&message, &transfer);
}

fn handle(
    scope: &web_sys::DedicatedWorkerGlobalScope,
    session: &Rc<RefCell<Session>>,
    data: &JsValue,
) {
    let text = js_sys::Reflect::get(data, &JsValue::from_str("message"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    // A message this build cannot read comes from no page of this build: ignored.
    let Ok(message) = session::decode_to_worker(&text) else {
        return;
    };
    let mut session = session.borrow_mut();
    match message {
        ToWorker::Open { id, name, demo } => {
            let source: Option<Box<dyn Source>> = match demo {
                Some(index) => session::demo_source(index).map(|(_, source)| source),
                None => js_sys::Reflect::get(data, &JsValue::from_str("blob"))
                    .ok()
                    .and_then(|b| b.dyn_into::<web_sys::Blob>().ok())
                    .map(|blob| Box::new(BlobSource(blob)) as Box<dyn Source>),
            };
            match source {
                Some(source) => session.open(id, &name, source),
                // Nothing to read: the request will answer "unreadable".
                None => session.close(id),
            }
        }
        ToWorker::Close { id } => session.close(id),
        ToWorker::Answer(request) => {
            let mut last = f64::NEG_INFINITY;
            let reply = session.answer(&request, &mut |p: Progress| {
                let now = js_sys::Date::now();
                if now - last >= PROGRESS_EVERY_MS || p.bytes == p.total {
                    last = now;
                    post(scope, &FromWorker::Progress(p));
                }
            });
            post_reply(scope, reply);
        }
    }
}

/// A file the page handed over, read in [`session::CHUNK_BYTES`] slices: only one
/// slice is in memory at a time.
struct BlobSource(web_sys::Blob);

impl Source for BlobSource {
    fn size(&self) -> u64 {
        self.0.size() as u64
    }

    fn read(&self, sink: &mut dyn FnMut(&[u8])) -> Result<(), Unreadable> {
        let reader = web_sys::FileReaderSync::new().map_err(|_| Unreadable)?;
        let size = self.0.size();
        let mut buffer = Vec::new();
        let mut start = 0.0;
        while start < size {
            let end = (start + session::CHUNK_BYTES as f64).min(size);
            let slice = self
                .0
                .slice_with_f64_and_f64(start, end)
                .map_err(|_| Unreadable)?;
            let bytes = reader
                .read_as_array_buffer(&slice)
                .map_err(|_| Unreadable)?;
            let array = js_sys::Uint8Array::new(&bytes);
            buffer.resize(array.length() as usize, 0);
            array.copy_to(&mut buffer);
            sink(&buffer);
            start = end;
        }
        Ok(())
    }
}
