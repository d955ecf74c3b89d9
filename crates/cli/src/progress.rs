//! Progress on stderr, fed by the sources' progress hook: the phase, commits walked,
//! files or blobs scanned (of the total when known), bytes and rate. Drawn only when
//! stderr is a terminal, only once the work has run for a moment
//! (`KEYFENCE_PROGRESS_AFTER_MS`, default 1000), and never with `--quiet`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use keyfence_model::{Event, Progress};
use keyfence_report::human_bytes;

static QUIET: AtomicBool = AtomicBool::new(false);

/// `--quiet`: no progress and no "report written" line; warnings and errors still print.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// How long work runs before progress appears.
fn delay() -> Duration {
    let ms = std::env::var("KEYFENCE_PROGRESS_AFTER_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    Duration::from_millis(ms)
}

/// A counter (or a bar once the total is known) on stderr.
pub struct Bar {
    bar: ProgressBar,
    bytes: Arc<AtomicU64>,
    started: Instant,
    after: Duration,
    /// Whether stderr may show it at all.
    wanted: bool,
    shown: AtomicBool,
}

impl Bar {
    /// Progress for a long command; it draws nothing where stderr is not a terminal.
    pub fn new() -> Bar {
        let bytes = Arc::new(AtomicU64::new(0));
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(counter_style(&bytes));
        let wanted = !quiet() && !ProgressDrawTarget::stderr().is_hidden();
        let b = Bar {
            bar,
            bytes,
            started: Instant::now(),
            after: delay(),
            wanted,
            shown: AtomicBool::new(false),
        };
        b.maybe_show();
        b
    }

    /// Shows the bar once the work has run long enough.
    fn maybe_show(&self) {
        if self.wanted
            && !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= self.after
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(200));
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// `⠙ scanning files: 1,234 56.7 MiB 120.3 MiB/s 3s`
fn counter_style(bytes: &Arc<AtomicU64>) -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg}: {human_pos} files {scanned} {elapsed}")
        .expect("valid template")
        .with_key("scanned", scanned(bytes))
}

/// `⠙ scanning blobs [=====>    ] 12,345/57,084 1.2 GiB 450.0 MiB/s 3s` (within 80
/// columns)
fn bar_style(bytes: &Arc<AtomicU64>) -> ProgressStyle {
    ProgressStyle::with_template(
        "{spinner} {msg} [{bar:20}] {human_pos}/{human_len} {scanned} {elapsed}",
    )
    .expect("valid template")
    .progress_chars("=> ")
    .with_key("scanned", scanned(bytes))
}

/// Bytes so far and their rate.
fn scanned(
    bytes: &Arc<AtomicU64>,
) -> impl Fn(&ProgressState, &mut dyn std::fmt::Write) + Send + Sync + Clone + 'static {
    let bytes = Arc::clone(bytes);
    move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
        let n = bytes.load(Ordering::Relaxed);
        if n == 0 {
            return;
        }
        let secs = state.elapsed().as_secs_f64().max(0.001);
        let _ = write!(
            w,
            "{} {}/s",
            human_bytes(n),
            human_bytes((n as f64 / secs) as u64)
        );
    }
}

impl Progress for Bar {
    fn event(&self, event: Event) {
        // Nothing will ever be drawn (not a terminal, or --quiet): no work per event.
        if !self.wanted {
            return;
        }
        match event {
            Event::Phase(what) => {
                self.bar.set_style(
                    ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                        .expect("valid template"),
                );
                self.bar.unset_length();
                self.bar.set_position(0);
                self.bytes.store(0, Ordering::Relaxed);
                self.bar.reset_elapsed();
                self.bar.set_message(what);
            }
            Event::CommitsWalked(n) => {
                if self.bar.position() == 0 {
                    self.bar.set_style(
                        ProgressStyle::with_template(
                            "{spinner} {msg}: {human_pos} commits {elapsed}",
                        )
                        .expect("valid template"),
                    );
                }
                self.bar.set_position(n);
            }
            Event::Total(n) => {
                self.bar.set_style(bar_style(&self.bytes));
                self.bar.set_length(n);
                self.bar.set_position(0);
            }
            Event::Done { items, bytes } => {
                if self.bar.length().is_none() && self.bar.position() == 0 {
                    self.bar.set_style(counter_style(&self.bytes));
                }
                self.bytes.fetch_add(bytes, Ordering::Relaxed);
                self.bar.inc(items);
            }
        }
        self.maybe_show();
    }
}
