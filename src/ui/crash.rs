//! What the page does when the app panics: the panic goes to the browser console, and a
//! notice at the top of the page says that the page stopped, that what is on screen
//! stays (and still prints), and how to report it.
//!
//! The release build aborts on panic (`panic = "abort"`), so the hook is the last code
//! that runs: it only writes to the console and adds plain DOM nodes. The engine never
//! panics by design (`tests/tidy.rs`, the fuzz targets); this is the net under the UI.

use super::locale::Locale;
use super::text::{self, Ui};

/// The notice's words in `loc`, with the panic's own text and the page version last:
/// (title, body, how to report, what to copy).
pub fn notice(loc: Locale, panic: &str) -> [String; 4] {
    [
        text::ui(loc, Ui::CrashTitle).to_owned(),
        text::ui(loc, Ui::CrashBody).to_owned(),
        text::ui(loc, Ui::CrashReport).to_owned(),
        format!("marketing-audit {}: {panic}", env!("CARGO_PKG_VERSION")),
    ]
}

/// Installs the panic hook (in the browser; a no-op in native tests).
pub fn install() {
    #[cfg(target_arch = "wasm32")]
    std::panic::set_hook(Box::new(|info| {
        let panic = info.to_string();
        console_error(&panic);
        show(&panic);
    }));
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Puts the notice first in `<body>`, in the page's language. Failures are ignored: the
/// console already has the error. Public for the browser test, which cannot panic (a
/// panic ends the test's wasm instance).
#[cfg(target_arch = "wasm32")]
pub fn show(panic: &str) {
    let document = gloo::utils::document();
    let loc = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .map_or(Locale::En, |lang| Locale::from_browser(&lang));
    let [title, body, report, detail] = notice(loc, panic);
    let Ok(notice) = document.create_element("div") else {
        return;
    };
    let _ = notice.set_attribute("role", "alert");
    let _ = notice.set_attribute("class", "crash");
    let _ = notice.set_attribute("data-testid", "crash");
    for (tag, words) in [("h2", title), ("p", body), ("p", report), ("pre", detail)] {
        if let Ok(node) = document.create_element(tag) {
            // Text content, never markup: the panic text may quote a file's cell.
            node.set_text_content(Some(&words));
            let _ = notice.append_child(&node);
        }
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notice_carries_the_panic_and_the_version_in_every_language() {
        for loc in Locale::ALL {
            let lines = notice(loc, "panicked at src/ui/app.rs:1:1: boom");
            assert!(lines.iter().all(|l| !l.is_empty()), "{loc:?}");
            assert!(lines[3].ends_with("boom") && lines[3].contains(env!("CARGO_PKG_VERSION")));
        }
    }
}
