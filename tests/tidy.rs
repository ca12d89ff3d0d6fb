//! Architecture invariants as tests (after rust-analyzer's `tidy.rs`): the engine
//! imports no browser crate, never reads the clock and never unwraps; every source
//! file opens with a `//!` line; every metric is documented.
#![cfg(not(target_arch = "wasm32"))]

use marketing_audit::engine::MetricId;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The file's code before its `#[cfg(test)]` module: what ships.
fn shipped(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

#[test]
fn every_source_file_starts_with_a_module_doc_line() {
    let mut files = Vec::new();
    for dir in ["src", "tests", "examples", "demo"] {
        files.extend(rust_files(&root().join(dir)));
    }
    assert!(files.len() > 20);
    let missing: Vec<String> = files
        .iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).expect("utf-8 source");
            !text.trim_start().starts_with("//!")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "files without a leading //! line: {missing:?}"
    );
}

#[test]
fn engine_knows_nothing_about_the_browser_or_the_clock() {
    const FORBIDDEN: [&str; 11] = [
        "yew",
        "web_sys",
        "gloo",
        "js_sys",
        "wasm_bindgen",
        "serde_wasm_bindgen",
        "SystemTime",
        "Instant::now",
        "Utc::now",
        "Local::now",
        "std::env",
    ];
    let files = rust_files(&root().join("src/engine"));
    assert!(files.len() >= 10);
    let mut offences = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("utf-8 source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in FORBIDDEN {
                let hit = code.match_indices(word).any(|(i, _)| {
                    let before = code[..i].chars().next_back();
                    let after = code[i + word.len()..].chars().next();
                    !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                        && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
                });
                if hit {
                    offences.push(format!("{}:{}: {word}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the engine must stay pure: {offences:#?}"
    );
}

#[test]
fn engine_does_not_unwrap_or_panic_outside_tests() {
    const FORBIDDEN: [&str; 6] = [
        ".unwrap()",
        ".expect(",
        "panic!(",
        "unreachable!(",
        "todo!(",
        "unimplemented!(",
    ];
    let mut offences = Vec::new();
    for path in rust_files(&root().join("src/engine")) {
        // A `tests.rs` is a module declared `#[cfg(test)] mod tests;`: nothing ships.
        if path.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("utf-8 source");
        for (n, line) in shipped(&text).lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if let Some(word) = FORBIDDEN.iter().find(|w| code.contains(*w)) {
                offences.push(format!("{}:{}: {word}", path.display(), n + 1));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "errors are values in the engine: {offences:#?}"
    );
}

#[test]
fn every_metric_is_documented() {
    let doc = std::fs::read_to_string(root().join("docs/metrics.md")).expect("docs/metrics.md");
    let missing: Vec<&str> = MetricId::ALL
        .iter()
        .map(|m| m.id())
        .filter(|id| !doc.contains(&format!("### `{id}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/metrics.md lacks a `### `id`` section for {missing:?}"
    );
}

#[test]
fn every_test_hook_is_documented() {
    let doc = std::fs::read_to_string(root().join("docs/testing.md")).expect("docs/testing.md");
    let mut hooks = Vec::new();
    for path in rust_files(&root().join("src/ui")) {
        let text = std::fs::read_to_string(&path).expect("utf-8 source");
        for part in text.split("data-testid=\"").skip(1) {
            if let Some(id) = part.split('"').next() {
                hooks.push(id.to_owned());
            }
        }
    }
    assert!(hooks.len() > 10);
    let missing: Vec<&String> = hooks
        .iter()
        .filter(|h| !doc.contains(&format!("`{h}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/testing.md lacks data-testid hooks {missing:?}"
    );
}

/// The engine's rooms in pipeline order: a room's shipped code may name only itself and
/// the rooms before it (STYLE habit 14). The engine's root (`engine::run`, the
/// re-exports, the demo files) sits above every room, so no room may name it either.
const ROOMS: [&str; 4] = ["import", "metrics", "review", "present"];

/// Every `crate::engine::<name>` and `super::super::<name>` a line of code names.
fn engine_paths(code: &str) -> Vec<&str> {
    let mut names = Vec::new();
    for marker in ["crate::engine::", "super::super::"] {
        for (i, _) in code.match_indices(marker) {
            let rest = &code[i + marker.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            names.push(&rest[..end]);
        }
    }
    names
}

#[test]
fn engine_rooms_point_one_way() {
    let mut offences = Vec::new();
    let mut seen = 0;
    for (rank, room) in ROOMS.iter().enumerate() {
        let files = rust_files(&root().join("src/engine").join(room));
        assert!(!files.is_empty(), "src/engine/{room}/ is missing");
        for path in files {
            seen += 1;
            let text = std::fs::read_to_string(&path).expect("utf-8 source");
            let shipped_lines = shipped(&text).lines().count();
            // Every line counts, tests and doc links included: a later room named
            // anywhere is an arrow backwards. The engine root (`engine::run`, the
            // re-exports) is off limits to shipped code only; tests may drive the
            // whole audit through it.
            for (n, line) in text.lines().enumerate() {
                for name in engine_paths(line) {
                    let later = ROOMS[rank + 1..].contains(&name);
                    let root_name = !ROOMS.contains(&name)
                        // `super::super::x` inside a sub-folder of the room itself.
                        && !line.contains("super::super::");
                    if later || (root_name && n < shipped_lines) {
                        offences.push(format!("{}:{}: {room} → {name}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(seen > 20);
    assert!(
        offences.is_empty(),
        "an engine room names a later room or the engine's root: {offences:#?}"
    );
}

#[test]
fn the_engine_has_only_its_rooms_the_demo_and_the_session() {
    let mut entries: Vec<String> = std::fs::read_dir(root().join("src/engine"))
        .expect("src/engine")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    entries.sort();
    assert_eq!(
        entries,
        ["demo.rs", "import", "metrics", "mod.rs", "present", "review", "session.rs"],
        "a new engine module belongs in one of the four rooms (the session, above them, is the\n         page's protocol with the worker)"
    );
}
