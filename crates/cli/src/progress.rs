//! Progress on stderr, drawn only when stderr is a terminal, fed by the sources'
//! progress hook.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use keyfence_model::{Event, Progress};

/// A spinner that shows the phase, what has been walked and scanned, and the time.
pub struct Spinner {
    bar: ProgressBar,
}

impl Spinner {
    pub fn new() -> Spinner {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("valid template"),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        Spinner { bar }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Progress for Spinner {
    fn event(&self, event: Event) {
        match event {
            Event::Phase(what) => self.bar.set_message(what),
            Event::CommitsWalked(n) => self
                .bar
                .set_message(format!("walking history: {n} commits")),
            Event::Total(_) | Event::Done { .. } => {}
        }
    }
}
