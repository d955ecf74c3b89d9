//! The one way to stdout and stderr. Inside GitHub Actions (`GITHUB_ACTIONS=true`)
//! the runner reads both streams for workflow commands (`::command` at a line's
//! start, `##[command]` anywhere), so every line keyfence writes there that it did not
//! compose as a command goes through the escaping module's Actions functions
//! ([`escape::actions_text`], [`escape::actions_json`], [`escape::actions_html`]): a
//! path, a member name, a ref or a config key cannot forge an annotation, mask a word
//! or stop the commands that keyfence's own annotations need. Outside Actions the
//! bytes pass as they are. Only the GitHub format's annotations, whose every
//! untrusted part is escaped by [`escape::github`], are written around it.

use std::io::{self, Write};
use std::sync::OnceLock;

use keyfence_model::escape;

/// How the lines of a stream are spelled for the Actions runner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spelling {
    /// Outside Actions, or a stream keyfence composes as commands itself.
    Off,
    /// Human text, warnings and errors.
    Text,
    /// JSON, JSON Lines, SARIF.
    Json,
    /// HTML.
    Html,
}

/// Whether this run is inside GitHub Actions.
pub fn in_actions() -> bool {
    static ACTIONS: OnceLock<bool> = OnceLock::new();
    *ACTIONS.get_or_init(|| std::env::var("GITHUB_ACTIONS").as_deref() == Ok("true"))
}

/// `spelling` inside Actions, [`Spelling::Off`] outside.
pub fn spelling(spelling: Spelling) -> Spelling {
    if in_actions() {
        spelling
    } else {
        Spelling::Off
    }
}

/// stderr, for warnings, errors and notes.
pub fn stderr() -> Guard<io::Stderr> {
    Guard::new(io::stderr(), spelling(Spelling::Text))
}

/// stdout, for text.
pub fn stdout() -> Guard<io::StdoutLock<'static>> {
    stdout_as(Spelling::Text)
}

/// stdout, for what is spelled as `how` says (inside Actions).
pub fn stdout_as(how: Spelling) -> Guard<io::StdoutLock<'static>> {
    Guard::new(io::stdout().lock(), spelling(how))
}

/// stdout as it is, for workflow commands that keyfence composes itself (the GitHub
/// format's annotations), whose every untrusted part [`escape::github`] and
/// [`escape::github_property`] escape.
pub fn commands() -> io::StdoutLock<'static> {
    io::stdout().lock()
}

/// A writer that hands whole lines, spelled for the runner, to `inner`. A line not
/// ended when the guard is dropped is written then.
pub struct Guard<W: Write> {
    inner: W,
    spelling: Spelling,
    pending: Vec<u8>,
}

impl<W: Write> Guard<W> {
    pub fn new(inner: W, spelling: Spelling) -> Guard<W> {
        Guard {
            inner,
            spelling,
            pending: Vec::new(),
        }
    }

    /// Writes one line (without its line feed), spelled.
    fn line(&mut self, line: &[u8]) -> io::Result<()> {
        let text = String::from_utf8_lossy(line);
        let spelled = match self.spelling {
            Spelling::Off => return self.inner.write_all(line),
            Spelling::Text => escape::actions_text(&text),
            Spelling::Json => escape::actions_json(&text),
            Spelling::Html => escape::actions_html(&text),
        };
        self.inner.write_all(spelled.as_bytes())
    }
}

impl<W: Write> Write for Guard<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.spelling == Spelling::Off {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        if let Some(last) = self.pending.iter().rposition(|&b| b == b'\n') {
            let mut rest = self.pending.split_off(last + 1);
            std::mem::swap(&mut rest, &mut self.pending);
            for line in rest.split_inclusive(|&b| b == b'\n') {
                self.line(&line[..line.len() - 1])?;
                self.inner.write_all(b"\n")?;
            }
        }
        Ok(buf.len())
    }

    /// Flushes the lines written; a line not ended waits for its end (or the drop),
    /// so that a command split over two writes is still seen whole.
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> Drop for Guard<W> {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            let _ = self.line(&rest);
        }
        let _ = self.inner.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(spelling: Spelling, parts: &[&str]) -> String {
        let mut out = Vec::new();
        {
            let mut g = Guard::new(&mut out, spelling);
            for p in parts {
                g.write_all(p.as_bytes()).unwrap();
                g.flush().unwrap();
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn lines_are_spelled_whole_whatever_the_writes() {
        assert_eq!(
            through(
                Spelling::Text,
                &["warn: :", ":x\n:", ":add-mask::y\n#", "#[z"]
            ),
            "warn: ::x\n\\x3a:add-mask::y\n##\\x5bz"
        );
        assert_eq!(
            through(Spelling::Json, &["{\"a\":\"##[b\"}\n"]),
            "{\"a\":\"##\\u005bb\"}\n"
        );
        assert_eq!(through(Spelling::Off, &["::error::x\n"]), "::error::x\n");
    }
}
