//! The page: toolbar, drop zone, inputs, KPI tables, row issues.

use super::attribution::AttributionView;
use super::bridge::{self, Bridge};
use super::browser;
use super::date_field::DateField;
use super::document::{Goals, Notes, SaveOpen, SheetView};
use super::format;
use super::inputs::{InputSummary, RowIssues};
use super::kpi::{CustomersView, EmailTable, GroupTable};
use super::layout::{DataAndSettings, Entry, Part, SectionNav, Verdict};
use super::locale::Locale;
use super::review::{Checklist, Schedule, ThresholdEditor, Triggers};
use super::state::{Action, EngineNotice, State, StateContext};
use super::text::{self, ui, Guide, Ui};
use super::trends::{HeadlineCharts, Trends};
use super::velocity::VelocityView;
use crate::engine::metrics::audit::{Dimension, MetricSource};
use crate::engine::metrics::metric::MetricId;
use crate::engine::metrics::metric::{EmailBase, EngagementBase};
use crate::engine::metrics::period::Bucket;
use crate::engine::present::export;
use yew::prelude::*;

/// The engine as the components see it: the bridge to the worker and the latest
/// progress of a file being read.
#[derive(Clone, PartialEq)]
pub struct Engine {
    /// The bridge (to cancel).
    pub bridge: Bridge,
    /// What the engine is doing.
    pub status: bridge::Status,
}

/// `shown` once every detail section has been rendered (see [`App`]).
const ALL_SHOWN: usize = usize::MAX;

/// The root component.
#[component]
pub fn App() -> Html {
    // Reading storage once, when the app starts, is an edge effect, outside `reduce`.
    let state = use_reducer(|| State {
        locale: browser::initial_locale(),
        ..State::demo_remembering(browser::load_remembered())
    });
    // The engine starts with the page (its worker loads the same files, during the
    // load); every new job is sent to it, and its replies come back as actions.
    let status = use_state(|| bridge::Status::Idle);
    let engine_bridge = {
        let dispatch = state.dispatcher().to_callback();
        let status = status.setter();
        (*use_memo((), move |_| {
            Bridge::start(dispatch, Callback::from(move |s| status.set(s)))
        }))
        .clone()
    };
    {
        let (bridge, state) = (engine_bridge.clone(), state.clone());
        use_effect_with(state.job, move |_| bridge.send(&state));
    }
    let engine = Engine {
        bridge: engine_bridge,
        status: (*status).clone(),
    };
    use_effect_with(state.locale, |locale| browser::set_document_lang(*locale));
    let loc = state.locale;
    use_effect_with(state.remembered.clone(), |remembered| {
        browser::save_remembered(remembered)
    });
    let entries = sections(&state);
    // The first screen (masthead, verdict, data and settings) renders with the audit;
    // the detail sections then fill in one per task, in page order, so no task lays out
    // the whole report and the verdict paints first. `shown` counts the entries whose
    // body is rendered; `ALL_SHOWN` once every one has been, for good (later audits
    // render whole: the sections are already there, and nothing moves).
    let shown = use_state(|| 0usize);
    {
        let (shown, total) = (shown.clone(), entries.len());
        let go = !state.busy() && *shown != ALL_SHOWN;
        use_effect_with((*shown, go), move |&(n, go)| {
            let timer = go.then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    shown.set(if n + 1 >= total { ALL_SHOWN } else { n + 1 })
                })
            });
            move || drop(timer)
        });
    }
    let complete = *shown == ALL_SHOWN;
    // A deep link (`…/#checklist`) survives a reload: once the whole report has first
    // rendered (the demo or the reopened audit, every section filled in, so nothing
    // above it moves any more), open and scroll to the section it names; later loads
    // never move the page. Reading the address is an edge effect.
    use_effect_with(complete, |&complete| {
        if complete {
            if let Some(id) = browser::location_fragment() {
                browser::open_section(&id);
            }
        }
    });
    let part = |id: &'static str, children: Html| -> Html {
        match entries.iter().position(|e| e.id == id) {
            Some(i) => {
                let body = if i < *shown {
                    children
                } else {
                    html! {}
                };
                let title = entries[i].title.clone();
                html! { <Part id={id} title={title}>{ body }</Part> }
            }
            None => html! {},
        }
    };
    html! {
        <ContextProvider<StateContext> context={state.clone()}>
        <ContextProvider<Engine> context={engine}>
            <a class="skip-link no-print" href="#verdict">{ text::guide(loc, Guide::SkipToVerdict, &[]) }</a>
            <header class="masthead no-print">
                <div class="title">
                    <h1>{ ui(loc, Ui::Title) }</h1>
                    <p class="tagline">{ ui(loc, Ui::Tagline) }</p>
                </div>
                <Toolbar />
            </header>
            <div class="layout">
                <SectionNav entries={entries.clone()} />
                <main id="main">
                    <ReportHeader />
                    <Status complete={complete} />
                    <Verdict />
                    <DataAndSettings>
                        <InputSummary />
                        <Settings />
                    </DataAndSettings>
                    { part("checklist", html! { <><Checklist /><ThresholdEditor /></> }) }
                    { part("schedule", html! { <><Schedule /><Triggers /></> }) }
                    { part("paid-media", html! {
                        <GroupTable title={ui(loc, Ui::PaidMedia)} testid="kpi-table"
                            metrics={paid_metrics()}
                            dimensions={vec![Dimension::Campaign, Dimension::Channel, Dimension::Source, Dimension::AdGroup, Dimension::Segment]}
                            sources={vec![MetricSource::Paid]} />
                    }) }
                    { part("funnel", html! {
                        <GroupTable title={ui(loc, Ui::FunnelAndCustomers)} testid="funnel-table"
                            metrics={MetricId::FUNNEL.to_vec()}
                            dimensions={vec![Dimension::Source, Dimension::Segment]}
                            sources={vec![MetricSource::Funnel, MetricSource::Paid]} />
                    }) }
                    { part("attribution", html! { <AttributionView /> }) }
                    { part("email", html! { <EmailTable /> }) }
                    { part("web", html! {
                        <GroupTable title={ui(loc, Ui::WebAnalytics)} testid="web-table"
                            metrics={MetricId::WEB.to_vec()}
                            dimensions={vec![Dimension::LandingPage, Dimension::Source, Dimension::Channel]}
                            sources={vec![MetricSource::Web]} />
                    }) }
                    { part("social", html! {
                        <GroupTable title={ui(loc, Ui::SocialPosts)} testid="social-table"
                            metrics={MetricId::SOCIAL.to_vec()}
                            dimensions={vec![Dimension::Channel, Dimension::Campaign]}
                            sources={vec![MetricSource::Social]} />
                    }) }
                    { part("responses", html! {
                        <GroupTable title={ui(loc, Ui::CampaignResponses)} testid="responses-table"
                            metrics={MetricId::RESPONSES.to_vec()}
                            dimensions={vec![Dimension::Campaign, Dimension::Segment, Dimension::Channel, Dimension::Source]}
                            sources={vec![MetricSource::Responses]} />
                    }) }
                    { part("customers", html! { <CustomersView /> }) }
                    { part("trends", html! { <><HeadlineCharts /><Trends /></> }) }
                    { part("velocity", html! { <VelocityView /> }) }
                    { part("goals", html! { <Goals /> }) }
                    { part("sheet", html! { <SheetView /> }) }
                    { part("notes", html! { <><Notes /><SaveOpen /></> }) }
                    { part("row-issues", html! { <RowIssues /> }) }
                </main>
            </div>
            <footer class="no-print">
                <p>{ ui(loc, Ui::Offline) }
                   { ui(loc, Ui::Definitions) }</p>
            </footer>
        </ContextProvider<Engine>>
        </ContextProvider<StateContext>>
    }
}

/// The paid-media table's metrics: the paid ones the funnel table does not show.
fn paid_metrics() -> Vec<MetricId> {
    MetricId::PAID
        .iter()
        .copied()
        .filter(|m| !MetricId::FUNNEL.contains(m))
        .collect()
}

/// The sections of the page in their stable order, those with something to show.
fn sections(state: &State) -> Vec<Entry> {
    let loc = state.locale;
    let audit = &state.audit;
    let any = |metrics: &[MetricId]| metrics.iter().any(|m| audit.has(*m));
    let bucket = audit.bucket.unwrap_or(Bucket::Quarter);
    let customers = MetricId::CUSTOMERS
        .iter()
        .any(|m| audit.has(*m) || !audit.series(*m, Dimension::Total, None, bucket).is_empty());
    let guide = |g: Guide| text::guide(loc, g, &[]);
    let all: [(&'static str, String, bool); 18] = [
        ("verdict", guide(Guide::VerdictTitle), true),
        ("data", guide(Guide::DataAndSettings), true),
        ("checklist", guide(Guide::NavChecklist), true),
        ("schedule", ui(loc, Ui::ReviewSchedule).to_owned(), true),
        (
            "paid-media",
            ui(loc, Ui::PaidMedia).to_owned(),
            any(&paid_metrics()),
        ),
        (
            "funnel",
            ui(loc, Ui::FunnelAndCustomers).to_owned(),
            any(&MetricId::FUNNEL),
        ),
        (
            "attribution",
            ui(loc, Ui::Attribution).to_owned(),
            state.report.attribution.is_some(),
        ),
        ("email", guide(Guide::NavEmail), any(&MetricId::EMAIL)),
        (
            "web",
            ui(loc, Ui::WebAnalytics).to_owned(),
            any(&MetricId::WEB),
        ),
        (
            "social",
            ui(loc, Ui::SocialPosts).to_owned(),
            any(&MetricId::SOCIAL),
        ),
        (
            "responses",
            ui(loc, Ui::CampaignResponses).to_owned(),
            any(&MetricId::RESPONSES),
        ),
        ("customers", guide(Guide::NavCustomers), customers),
        (
            "trends",
            ui(loc, Ui::Trends).to_owned(),
            audit.as_of.is_some(),
        ),
        (
            "velocity",
            ui(loc, Ui::LeadVelocity).to_owned(),
            audit.velocity.is_some(),
        ),
        ("goals", ui(loc, Ui::Goals).to_owned(), true),
        ("sheet", ui(loc, Ui::Sheet).to_owned(), true),
        ("notes", ui(loc, Ui::Notes).to_owned(), true),
        ("row-issues", guide(Guide::NavRowIssues), true),
    ];
    all.into_iter()
        .filter(|(_, _, present)| *present)
        .map(|(id, title, _)| Entry { id, title })
        .collect()
}

/// Upload, demo, clear, export and print.
#[component]
fn Toolbar() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let dragging = use_state(|| false);
    // The page reads nothing: it hands the files' handles to the engine's worker.
    let read = {
        let state = state.clone();
        move |list: Option<web_sys::FileList>| {
            if let Some(list) = list {
                state.dispatch(Action::Add(browser::files(list)));
            }
        }
    };
    let on_pick = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            read(input.files());
            // Let the same file be picked again after a change.
            input.set_value("");
        })
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            read(e.data_transfer().and_then(|d| d.files()));
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action.clone()))
    };
    let export_json = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export::to_json(
                &state.ingested(),
                &state.failed(),
                &state.audit,
                &state.report,
                &state.settings,
            );
            let _ = browser::download(&file_name(&state, "json"), "application/json", &text);
        })
    };
    let export_csv = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export::to_csv(&state.audit);
            let _ = browser::download(&file_name(&state, "csv"), "text/csv", &text);
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());
    let on_locale = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(locale) = Locale::from_lang(&select.value()) {
                // Storage is an edge effect: done here, not in `reduce`.
                browser::save_locale(locale);
                state.dispatch(Action::Locale(locale));
            }
        })
    };
    let loc = state.locale;
    html! {
        <section class="toolbar no-print" aria-label={text::sentence(loc, text::Sentence::FilesAndActions, &[])}>
            <label
                class={classes!("drop-zone", dragging.then_some("dragging"))}
                data-testid="drop-zone"
                ondrop={on_drop}
                ondragover={on_drag_over}
                ondragleave={on_drag_leave}
            >
                <input
                    type="file"
                    multiple=true
                    accept=".csv,.tsv,.txt,.xlsx,.zip,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/zip"
                    data-testid="file-input"
                    onchange={on_pick}
                />
                <span>{ ui(loc, Ui::DropHere) }</span>
                <small>{ ui(loc, Ui::DropHint) }</small>
            </label>
            <div class="actions">
                <button data-testid="load-demo" onclick={dispatch(Action::LoadDemo)}>{ ui(loc, Ui::LoadDemo) }</button>
                <button data-testid="clear" onclick={dispatch(Action::Clear)}>{ ui(loc, Ui::Clear) }</button>
                <button data-testid="export-json" onclick={export_json}>{ ui(loc, Ui::ExportJson) }</button>
                <button data-testid="export-csv" onclick={export_csv}>{ ui(loc, Ui::ExportCsv) }</button>
                <button data-testid="print" onclick={print}>{ ui(loc, Ui::Print) }</button>
                <label class="locale">
                    <span class="visually-hidden">{ ui(loc, Ui::Language) }</span>
                    <select data-testid="locale" onchange={on_locale}>
                        { for Locale::ALL.iter().map(|l| html! {
                            <option value={l.lang()} lang={l.lang()} selected={*l == loc}>{ l.name() }</option>
                        }) }
                    </select>
                </label>
            </div>
        </section>
    }
}

fn file_name(state: &State, extension: &str) -> String {
    let as_of = state
        .audit
        .as_of
        .map_or_else(|| "undated".to_owned(), |d| d.to_string());
    format!("marketing-audit-{as_of}.{extension}")
}

/// The title block, and on paper the cover: period, files, and the formula choices.
/// On screen it is the one line above the verdict: the period audited and the data it
/// rests on.
#[component]
fn ReportHeader() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let audit = &state.audit;
    let rows: u64 = state.ingested().iter().map(|g| g.rows_used).sum();
    // Files counted once the engine answered for them (a file being read is not yet
    // "read", and says nothing about dates).
    let answered = state.inputs.iter().filter(|l| l.result.is_some()).count();
    let line = match (audit.range, audit.as_of, audit.current_period()) {
        _ if answered == 0 && state.pending() > 0 => text::guide(
            loc,
            Guide::StatusReading,
            &[("count", state.pending().to_string())],
        ),
        (Some((from, to)), Some(as_of), Some(period)) => text::guide(
            loc,
            Guide::DataLine,
            &[
                ("period", format::period(loc, &period.label())),
                ("as_of", format::date(loc, as_of)),
                ("from", format::date(loc, from)),
                ("to", format::date(loc, to)),
                ("files", answered.to_string()),
                ("rows", format::grouped_in(loc, rows as f64, 0)),
            ],
        ),
        _ if state.inputs.is_empty() => text::guide(loc, Guide::NoData, &[]),
        _ => text::guide(
            loc,
            Guide::NoDates,
            &[
                ("files", answered.to_string()),
                ("rows", format::grouped_in(loc, rows as f64, 0)),
            ],
        ),
    };
    let f = state.settings.audit.formulas;
    let settings_line = text::sentence(
        loc,
        if f.include_labour {
            text::Sentence::PrintSettingsLabourIn
        } else {
            text::Sentence::PrintSettingsLabourOut
        },
        &[
            (
                "bucket",
                text::bucket_label(loc, state.settings.audit.bucket).to_lowercase(),
            ),
            (
                "email",
                text::email_base_label(loc, f.email_base).to_owned(),
            ),
            (
                "engagement",
                text::engagement_base_label(loc, f.engagement_base).to_owned(),
            ),
        ],
    );
    let files: Vec<&str> = state.inputs.iter().map(|l| l.name.as_str()).collect();
    html! {
        <section class="report-header cover-end" data-testid="cover" aria-label={ui(loc, Ui::AutomationAudit)}>
            <p class="print-only cover-title">{ ui(loc, Ui::AutomationAudit) }</p>
            <p class="data-line" data-testid="data-line">
                { line }
                if state.demo { <strong class="demo-badge">{ format!(" {}", text::sentence(loc, text::Sentence::DemoBadge, &[])) }</strong> }
            </p>
            <p class="print-only">{ text::sentence(loc, text::Sentence::FilesList, &[("list", files.join(", "))]) }</p>
            <p class="print-only">{ settings_line }</p>
        </section>
    }
}

/// Props of the status line.
#[derive(Properties, PartialEq)]
struct StatusProps {
    /// Every detail section has been rendered (see [`App`]).
    complete: bool,
}

/// Whether every file has been processed; `audit-ready` is the hook tests wait for,
/// set once the whole report is rendered (`first-screen` before that: the verdict and
/// the data are in, the detail sections are filling in).
/// The line sits in one live region that stays on the page, so a screen reader hears
/// "Reading files…" and then "Audit ready" as they happen.
#[component]
fn Status(props: &StatusProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let engine = use_context::<Engine>().expect("engine context");
    let loc = state.locale;
    let new_version = use_state(|| false);
    {
        let new_version = new_version.setter();
        use_effect_with((), move |_| {
            browser::on_new_version(move || new_version.set(true))
        });
    }
    let n = state.inputs.len();
    // When the current file's reading started, to give its speed and time left.
    let started = use_mut_ref(|| None::<((u64, u32), f64, u64, u64)>);
    let cancel = {
        let bridge = engine.bridge.clone();
        Callback::from(move |_: MouseEvent| bridge.cancel())
    };
    let progress = match &engine.status {
        bridge::Status::Reading(p) if state.busy() => {
            let now = js_sys::Date::now();
            let mut since = started.borrow_mut();
            let (t0, b0, r0) = match *since {
                Some((key, t0, b0, r0)) if key == (p.job, p.id) => (t0, b0, r0),
                _ => {
                    *since = Some(((p.job, p.id), now, p.bytes, p.rows));
                    (now, p.bytes, p.rows)
                }
            };
            let seconds = (now - t0) / 1000.0;
            let per_second = |n: u64| {
                if seconds > 0.0 {
                    n as f64 / seconds
                } else {
                    0.0
                }
            };
            let rate = per_second(p.bytes - b0);
            let row_rate = per_second(p.rows - r0);
            let left = if rate > 0.0 {
                (p.total - p.bytes) as f64 / rate
            } else {
                f64::NAN
            };
            let name = state.file(p.id).map(|l| l.name.clone()).unwrap_or_default();
            Some((
                p.bytes,
                p.total,
                text::guide(
                    loc,
                    Guide::StatusFile,
                    &[
                        ("file", name),
                        ("done", format::megabytes(loc, p.bytes)),
                        ("total", format::megabytes(loc, p.total)),
                        ("rows", format::grouped_in(loc, p.rows as f64, 0)),
                        ("row_rate", format::grouped_in(loc, row_rate.round(), 0)),
                        ("rate", format::megabytes(loc, rate as u64)),
                        ("left", format::duration(loc, left)),
                    ],
                ),
            ))
        }
        _ => None,
    };
    let notice = state.notice.as_ref().map(|notice| {
        let (guide, files) = match notice {
            EngineNotice::Stopped(files) => (Guide::EngineStopped, files),
            EngineNotice::Cancelled(files) => (Guide::ReadingCancelled, files),
        };
        let list = if files.is_empty() {
            "—".to_owned()
        } else {
            files.join(", ")
        };
        text::guide(loc, guide, &[("files", list)])
    });
    html! {
        <div class="status-region no-print" role="status" aria-live="polite">
            if *new_version {
                <p class="status notice" data-testid="new-version">
                    { text::guide(loc, Guide::NewVersion, &[]) }{ " " }
                    <button onclick={Callback::from(|_: MouseEvent| browser::reload())}>{ text::guide(loc, Guide::Reload, &[]) }</button>
                </p>
            }
            if engine.bridge.fell_back() {
                <p class="status notice" data-testid="engine-on-page">{ text::guide(loc, Guide::EngineOnPage, &[]) }</p>
            }
            if let Some(notice) = notice {
                <p class="status notice" data-testid="engine-notice">{ notice }</p>
            }
            if state.busy() {
                <div class="status busy" data-testid="busy">
                    if let Some((done, total, line)) = progress {
                        <label for="import-progress">{ line }</label>
                        <progress id="import-progress" data-testid="progress" max={total.max(1).to_string()} value={done.to_string()}></progress>
                    } else if state.pending() > 0 {
                        <p>{ text::guide(loc, Guide::StatusReading, &[("count", state.pending().to_string())]) }</p>
                    } else {
                        <p>{ text::guide(loc, Guide::StatusComputing, &[]) }</p>
                    }
                    if state.pending() > 0 {
                        <button data-testid="cancel-import" onclick={cancel}>{ text::guide(loc, Guide::CancelReading, &[]) }</button>
                    }
                </div>
            } else {
                <p class="status" data-testid={if props.complete { "audit-ready" } else { "first-screen" }} data-files={n.to_string()}>
                    { if n == 0 { text::guide(loc, Guide::StatusEmpty, &[]) } else { text::guide(loc, Guide::StatusReady, &[("files", n.to_string())]) } }
                </p>
            }
        </div>
    }
}

/// Formula choices, always visible so the user knows what is used.
#[component]
fn Settings() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let formulas = state.settings.audit.formulas;
    let on_labour = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::IncludeLabour(input.checked()));
        })
    };
    let on_base = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let base = if select.value() == "sent" {
                EmailBase::Sent
            } else {
                EmailBase::Delivered
            };
            state.dispatch(Action::EmailBase(base));
        })
    };
    let on_engagement = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let base = if select.value() == "followers" {
                EngagementBase::Followers
            } else {
                EngagementBase::Impressions
            };
            state.dispatch(Action::EngagementBase(base));
        })
    };
    let on_bucket = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(b) = Bucket::from_id(&select.value()) {
                state.dispatch(Action::Bucket(b));
            }
        })
    };
    let on_as_of = {
        let state = state.clone();
        Callback::from(move |d: Option<chrono::NaiveDate>| state.dispatch(Action::AsOf(d)))
    };
    let on_margin = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let bp = input
                .value()
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|p| p.is_finite() && (0.0..=100.0).contains(p))
                .map(|p| (p * 100.0).round() as u32);
            state.dispatch(Action::GrossMargin(bp));
        })
    };
    let on_rate = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let cents = input
                .value()
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|r| r.is_finite() && *r >= 0.0 && *r < 1e7)
                .map(|r| (r * 100.0).round() as u32);
            state.dispatch(Action::HourlyRate(cents));
        })
    };
    let bucket = state.settings.audit.bucket;
    let as_of = state.settings.audit.as_of;
    let default_as_of = state.audit.as_of;
    html! {
        <section class="settings no-print" aria-label={text::sentence(loc, text::Sentence::FormulaSettings, &[])}>
            <label>
                { text::ui(loc, text::Ui::Periods) }
                <select data-testid="bucket" onchange={on_bucket}>
                    { for Bucket::ALL.iter().map(|b| html! {
                        <option value={b.id()} selected={*b == bucket}>{ text::bucket_label(loc, *b) }</option>
                    }) }
                </select>
            </label>
            <label>
                { text::sentence(loc, text::Sentence::AsOf, &[]) }{ " " }
                <DateField testid="as-of" value={as_of} example={default_as_of} onchange={on_as_of} />
            </label>
            <label>
                <input type="checkbox" data-testid="include-labour" checked={formulas.include_labour} onchange={on_labour} />
                { text::ui(loc, text::Ui::IncludeLabour) }
            </label>
            <label>
                { text::ui(loc, text::Ui::EmailRatesDivideBy) }
                <select data-testid="email-base" onchange={on_base}>
                    <option value="delivered" selected={formulas.email_base == EmailBase::Delivered}>{ text::ui(loc, text::Ui::DeliveredEmails) }</option>
                    <option value="sent" selected={formulas.email_base == EmailBase::Sent}>{ text::ui(loc, text::Ui::SentEmails) }</option>
                </select>
            </label>
            <label>
                { text::ui(loc, text::Ui::EngagementDividesBy) }
                <select data-testid="engagement-base" onchange={on_engagement}>
                    <option value="impressions" selected={formulas.engagement_base == EngagementBase::Impressions}>{ text::ui(loc, text::Ui::OptImpressions) }</option>
                    <option value="followers" selected={formulas.engagement_base == EngagementBase::Followers}>{ text::ui(loc, text::Ui::OptFollowers) }</option>
                </select>
            </label>
            <label title={text::sentence(loc, text::Sentence::HourlyRateHint, &[])}>
                { text::ui(loc, text::Ui::HourlyRate) }
                <input type="number" min="0" step="any" data-testid="hourly-rate"
                       value={formulas.hourly_rate_cents.map(|c| format!("{}", f64::from(c) / 100.0)).unwrap_or_default()}
                       onchange={on_rate} />
            </label>
            <label title={text::sentence(loc, text::Sentence::GrossMarginHint, &[])}>
                { text::ui(loc, text::Ui::GrossMargin) }
                <input type="number" min="0" max="100" step="any" data-testid="gross-margin"
                       value={formulas.gross_margin_bp.map(|bp| format!("{}", f64::from(bp) / 100.0)).unwrap_or_default()}
                       onchange={on_margin} />
            </label>
        </section>
    }
}
