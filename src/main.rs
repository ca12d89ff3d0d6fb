//! Entry point of the page: installs the panic notice, then renders the app. The same
//! wasm also runs in the engine's Web Worker (`web/worker.js`), where there is no window:
//! there it does nothing here and the worker calls `ui::worker::worker_start`.

fn main() {
    if web_sys::window().is_none() {
        return;
    }
    marketing_audit::ui::crash::install();
    yew::Renderer::<marketing_audit::ui::App>::new().render();
}
