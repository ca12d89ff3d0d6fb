//! Side effects at the edge of the UI: reading dropped files, downloads, printing.
//! Nothing here sends data anywhere: downloads are local `blob:` URLs.

use super::locale::Locale;
use super::state::{BrowserBlob, FileSource};
use crate::engine::Overrides;
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

/// The files of `list`, by name, as handles the engine's worker reads (the page never
/// reads a dropped file itself).
pub fn files(list: web_sys::FileList) -> Vec<(String, FileSource)> {
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|file| {
            let name = file.name();
            (name, FileSource::Blob(BrowserBlob(file.into())))
        })
        .collect()
}

/// The bytes of a dropped file, read again from disk (for a saved audit that keeps its
/// raw files); `None` when the browser lost access to it.
pub async fn bytes_of(blob: &web_sys::Blob) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Calls `then` once when a new service worker takes control of this page, which an
/// earlier one controlled when the page loaded: a new deploy of the app is installed,
/// while this page still runs the old one. `register-sw.js` watches from the start
/// (the switch may come before the app runs): it marks `<html data-new-version>` and
/// fires `marketing-audit:new-version`, both read here.
pub fn on_new_version(then: impl FnOnce() + 'static) {
    let marked = gloo::utils::document()
        .document_element()
        .is_some_and(|html| html.has_attribute("data-new-version"));
    if marked {
        then();
        return;
    }
    let mut then = Some(then);
    gloo::events::EventListener::new(
        &gloo::utils::window(),
        "marketing-audit:new-version",
        move |_| {
            if let Some(then) = then.take() {
                then();
            }
        },
    )
    .forget();
}

/// Reloads the page (to run a newly installed version).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Offers `text` as a download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // Revoke later: revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Opens the browser's print dialog (the print stylesheet lays out the report).
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Where remembered mapping corrections live in the browser's local storage.
const REMEMBERED_KEY: &str = "marketing-audit/mappings/v1";

/// The mapping corrections remembered from earlier visits (empty when storage is
/// unavailable or holds something unreadable).
pub fn load_remembered() -> BTreeMap<String, Overrides> {
    local_storage()
        .and_then(|s| s.get_item(REMEMBERED_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Saves the mapping corrections; failures (private mode, quota) only lose the memory.
pub fn save_remembered(map: &BTreeMap<String, Overrides>) {
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(map)) {
        let _ = storage.set_item(REMEMBERED_KEY, &text);
    }
}

/// Where the chosen language lives in the browser's local storage.
const LOCALE_KEY: &str = "marketing-audit/locale";

/// The language to start in: the one chosen on an earlier visit, else the browser's
/// (`navigator.language`), else English.
pub fn initial_locale() -> Locale {
    local_storage()
        .and_then(|s| s.get_item(LOCALE_KEY).ok().flatten())
        .and_then(|tag| Locale::from_lang(&tag))
        .or_else(|| {
            gloo::utils::window()
                .navigator()
                .language()
                .map(|tag| Locale::from_browser(&tag))
        })
        .unwrap_or_default()
}

/// Remembers the language the user chose; failures only lose the memory.
pub fn save_locale(locale: Locale) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LOCALE_KEY, locale.lang());
    }
}

/// Sets `<html lang>`, so screen readers, hyphenation and spell-checkers follow.
pub fn set_document_lang(locale: Locale) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", locale.lang());
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Removes everything this page keeps in local storage.
pub fn forget_storage() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(REMEMBERED_KEY);
        let _ = storage.remove_item(LOCALE_KEY);
    }
}

/// The current text of the `<input>` behind `node` (empty when it is not mounted).
pub fn input_value(node: &yew::NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Opens the collapsible section with `id` (every `<details>` on the way to it) and
/// scrolls it into view. Nothing happens for an unknown id.
pub fn open_section(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Ok(Some(details)) = element.query_selector(":scope > details") {
        let _ = details.set_attribute("open", "");
    }
    let mut up = element.parent_element();
    while let Some(e) = up {
        if e.tag_name().eq_ignore_ascii_case("details") {
            let _ = e.set_attribute("open", "");
        }
        up = e.parent_element();
    }
    element.scroll_into_view();
}

/// The fragment of the page's address without its `#` (`checklist` for `…/#checklist`),
/// so a deep link survives a reload: the app opens that section once it has rendered.
pub fn location_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    (!id.is_empty()).then(|| id.to_owned())
}
