//! Entry point of the coordinators' page: its own wasm, so that the finder's
//! shell never carries it. Install the panic hook, start the page.

fn main() {
    console_error_panic_hook::set_once();
    learnlocal::start_coordinators();
}
