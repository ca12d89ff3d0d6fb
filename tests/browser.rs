//! Components in a real headless Chromium (wasm-bindgen-test): mount the app, let Yew
//! finish rendering with `scheduler::flush` (and, at mount, give the detail sections the
//! tasks they render in, until `audit-ready`), then assert on the DOM. No sleeping.
#![cfg(target_arch = "wasm32")]

use marketing_audit::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app in its own element and waits for it to render.
async fn mount() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("attached");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    // The detail sections render one per task after the first screen (see `App`).
    for _ in 0..1_000 {
        if count(&root, "[data-testid=audit-ready]") > 0 {
            break;
        }
        next_task().await;
        yew::scheduler::flush().await;
    }
    root
}

/// Lets the browser run the tasks queued so far (a `setTimeout` of 0).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn find(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .map(|l| l.length())
        .unwrap_or(0)
}

fn attr(root: &web_sys::Element, selector: &str, name: &str) -> String {
    find(root, selector).get_attribute(name).unwrap_or_default()
}

async fn click(root: &web_sys::Element, selector: &str) {
    find(root, selector)
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    yew::scheduler::flush().await;
}

async fn change(element: &web_sys::Element) {
    let event = web_sys::Event::new("change").expect("event");
    element.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

const TOTAL: &str = "[data-testid=kpi-row][data-group=__total__]";

#[wasm_bindgen_test]
async fn opens_on_the_demo_audit() {
    let root = mount().await;
    assert_eq!(attr(&root, "[data-testid=audit-ready]", "data-files"), "9");
    assert_eq!(count(&root, "[data-testid=input-row]"), 9);
    // Every model credits the whole revenue of the demo's 37 deals.
    let total = "[data-testid=attribution-row][data-group=__total__]";
    for model in ["first_touch", "last_touch", "time_decay"] {
        assert_eq!(
            attr(
                &root,
                &format!("{total} td[data-model={model}]"),
                "data-value"
            ),
            "322930"
        );
    }
    assert_eq!(
        attr(&root, "[data-testid=attribution]", "data-unattributed"),
        "0"
    );
    let ads = "[data-testid=input-row][data-file='ads_performance.csv']";
    assert_eq!(attr(&root, ads, "data-rows-read"), "2742");
    assert_eq!(attr(&root, ads, "data-rows-skipped"), "1");
    assert_eq!(
        attr(
            &root,
            &format!("{TOTAL} td[data-metric=spend]"),
            "data-value"
        ),
        "567835.07"
    );
    assert_eq!(
        find(&root, &format!("{TOTAL} td[data-metric=spend]"))
            .text_content()
            .as_deref(),
        Some("567,835.07")
    );
    // One row per campaign after the total, and one issue: the "12,3x" spend.
    assert_eq!(
        count(&root, "[data-testid=kpi-table] [data-testid=kpi-row]"),
        7
    );
    assert_eq!(attr(&root, "[data-testid=row-issues]", "data-count"), "1");
    assert!(find(&root, "[data-testid=issue-row]")
        .text_content()
        .unwrap_or_default()
        .contains("12,3x"));
}

#[wasm_bindgen_test]
async fn clear_and_load_demo_are_one_click_away() {
    let root = mount().await;
    click(&root, "[data-testid=clear]").await;
    assert_eq!(attr(&root, "[data-testid=audit-ready]", "data-files"), "0");
    assert_eq!(count(&root, "[data-testid=kpi-table]"), 0);
    assert_eq!(count(&root, "[data-testid=input-row]"), 0);
    click(&root, "[data-testid=load-demo]").await;
    assert_eq!(attr(&root, "[data-testid=audit-ready]", "data-files"), "9");
    assert_eq!(count(&root, "[data-testid=kpi-table]"), 1);
}

#[wasm_bindgen_test]
async fn labour_switch_changes_roi_but_not_roas() {
    let root = mount().await;
    let roi =
        |root: &web_sys::Element| attr(root, &format!("{TOTAL} td[data-metric=roi]"), "data-value");
    let roas = |root: &web_sys::Element| {
        attr(root, &format!("{TOTAL} td[data-metric=roas]"), "data-value")
    };
    let (roi_with, roas_with) = (roi(&root), roas(&root));
    let checkbox = find(&root, "[data-testid=include-labour]");
    checkbox
        .unchecked_ref::<web_sys::HtmlInputElement>()
        .set_checked(false);
    change(&checkbox).await;
    // Without labour, cost is spend alone: ROI = (961,192.69 − 567,835.07) ÷ 567,835.07.
    let expected = (961_192.69 - 567_835.07) / 567_835.07;
    let roi_without: f64 = roi(&root).parse().expect("a number");
    assert!(
        (roi_without - expected).abs() < 1e-9,
        "{roi_without} != {expected}"
    );
    assert_ne!(roi(&root), roi_with);
    assert_eq!(roas(&root), roas_with);
}

#[wasm_bindgen_test]
async fn email_base_switch_changes_open_rate() {
    let root = mount().await;
    let open_rate = |root: &web_sys::Element| -> f64 {
        let selector = "[data-testid=email-row][data-group=__total__] td[data-metric=open_rate]";
        attr(root, selector, "data-value")
            .parse()
            .expect("a number")
    };
    let over_delivered = open_rate(&root);
    let select = find(&root, "[data-testid=email-base]");
    select
        .unchecked_ref::<web_sys::HtmlSelectElement>()
        .set_value("sent");
    change(&select).await;
    let over_sent = open_rate(&root);
    // Sent ≥ delivered, so the rate over sent is lower; the demo bounces about 1%.
    assert!(
        over_sent < over_delivered && over_sent > over_delivered * 0.97,
        "{over_sent} vs {over_delivered}"
    );
    assert!(find(&root, "[data-testid=email-table]")
        .closest("section")
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
        .unwrap_or_default()
        .contains("divide by sent emails"));
}

#[wasm_bindgen_test]
async fn a_column_can_be_remapped_and_the_choice_is_remembered() {
    let root = mount().await;
    let roi = format!("{TOTAL} td[data-metric=roi]");
    assert_eq!(count(&root, &roi), 1);
    // The settings are built when they are opened.
    let settings = "[data-file='ads_performance.csv'] [data-testid=file-settings] > summary";
    assert_eq!(count(&root, "[data-testid=mapping-row]"), 0);
    click(&root, settings).await;
    let select = find(
        &root,
        "[data-file='ads_performance.csv'] [data-testid=mapping-row][data-header=Revenue] [data-testid=override-field]",
    );
    select
        .unchecked_ref::<web_sys::HtmlSelectElement>()
        .set_value("");
    change(&select).await;
    // Without revenue there is no ROI at all (not a zero).
    assert_eq!(count(&root, &roi), 0);
    let row = "[data-file='ads_performance.csv'] [data-testid=mapping-row][data-header=Revenue]";
    assert_eq!(attr(&root, row, "data-field"), "");
    let stored = gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item("marketing-audit/mappings/v1").ok().flatten())
        .unwrap_or_default();
    assert!(stored.contains("Revenue"), "remembered: {stored}");
    click(&root, settings).await;
    click(
        &root,
        "[data-file='ads_performance.csv'] [data-testid=override-reset]",
    )
    .await;
    assert_eq!(count(&root, &roi), 1);
    assert_eq!(attr(&root, row, "data-field"), "revenue");
}

#[wasm_bindgen_test]
async fn a_date_is_typed_and_shown_the_locale_way() {
    let root = mount().await;
    let locale = find(&root, "[data-testid=locale]").unchecked_into::<web_sys::HtmlSelectElement>();
    locale.set_value("fr");
    change(&locale).await;
    let as_of = find(&root, "[data-testid=as-of]").unchecked_into::<web_sys::HtmlInputElement>();
    // Empty until set, with the demo's own as-of date as the example, written in French.
    assert_eq!(as_of.type_(), "text");
    assert!(as_of.placeholder().contains('/'), "{}", as_of.placeholder());
    as_of.set_value("31/03/2026");
    change(&as_of).await;
    let as_of = find(&root, "[data-testid=as-of]").unchecked_into::<web_sys::HtmlInputElement>();
    assert_eq!(as_of.value(), "31/03/2026");
    assert_eq!(as_of.get_attribute("aria-invalid"), None);
    // Not a day: refused where it was typed, with the pattern to follow.
    as_of.set_value("31/02/2026");
    change(&as_of).await;
    assert_eq!(as_of.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(as_of
        .validation_message()
        .unwrap_or_default()
        .contains("jj/mm/aaaa"));
    // Back in English, the same date in ISO.
    locale.set_value("en");
    change(&locale).await;
    as_of.set_value("2026-03-31");
    change(&as_of).await;
    let as_of = find(&root, "[data-testid=as-of]").unchecked_into::<web_sys::HtmlInputElement>();
    assert_eq!(as_of.value(), "2026-03-31");
    // Leave the page's language as the other tests expect it.
    root.remove();
}

#[wasm_bindgen_test]
async fn the_demo_reads_in_each_language_with_its_numbers_and_dates() {
    let root = mount().await;
    let locale = find(&root, "[data-testid=locale]").unchecked_into::<web_sys::HtmlSelectElement>();
    // (language, the demo's spend, its MQL → SQL rate, its as-of date, the checklist's name)
    let cases = [
        ("en", "114,639.26", "36.26%", "2026-09-30", "Checklist"),
        (
            "fr",
            "114\u{202f}639,26",
            "36,26\u{202f}%",
            "30/09/2026",
            "Liste de contrôle",
        ),
        ("is", "114.639,26", "36,26%", "30.9.2026", "Gátlisti"),
        (
            "ro",
            "114.639,26",
            "36,26%",
            "30.09.2026",
            "Listă de verificare",
        ),
    ];
    for (lang, spend, rate, as_of, checklist) in cases {
        locale.set_value(lang);
        change(&locale).await;
        let text = |selector: &str| find(&root, selector).text_content().unwrap_or_default();
        let lang_attr = gloo::utils::document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .unwrap_or_default();
        assert_eq!(lang_attr, lang);
        assert_eq!(
            text("[data-testid=headline-kpi][data-metric=spend] .big"),
            spend,
            "{lang}"
        );
        assert_eq!(
            text("[data-testid=headline-kpi][data-metric=mql_to_sql_rate] .big"),
            rate,
            "{lang}"
        );
        assert!(
            text("[data-testid=data-line]").contains(as_of),
            "{lang}: {}",
            text("[data-testid=data-line]")
        );
        assert!(
            root.text_content().unwrap_or_default().contains(checklist),
            "{lang}"
        );
    }
    locale.set_value("en");
    change(&locale).await;
    root.remove();
}

#[wasm_bindgen_test]
async fn the_panic_notice_says_what_happened_and_leaves_the_audit_on_the_page() {
    let root = mount().await;
    let rows = count(&root, "[data-testid=kpi-row]");
    assert!(rows > 0);
    // What the panic hook shows (the hook itself cannot run here: a panic ends the
    // test's wasm instance). The panic's text may quote a file's cell: text, not markup.
    marketing_audit::ui::crash::show("index out of bounds in <b>Spend</b>");
    let document = gloo::utils::document();
    let notice = document
        .query_selector("[data-testid=crash]")
        .ok()
        .flatten()
        .expect("a notice");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let text = notice.text_content().unwrap_or_default();
    assert!(
        text.contains("index out of bounds in <b>Spend</b>"),
        "{text}"
    );
    assert!(
        text.contains("marketing-audit "),
        "the version to report: {text}"
    );
    assert!(notice.query_selector("b").ok().flatten().is_none());
    // First in the page, and the audit is still there to read and print.
    let first = document.body().and_then(|b| b.first_element_child());
    assert_eq!(first.as_ref(), Some(&notice));
    assert_eq!(count(&root, "[data-testid=kpi-row]"), rows);
    notice.remove();
    root.remove();
}
