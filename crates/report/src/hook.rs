//! What a hook prints when it refuses a push or a commit: enough to act on in seconds.

use std::io::{self, Write};

use keyfence_model::escape::terminal;
use keyfence_model::time::rfc3339;
use keyfence_model::{Exposure, Finding};

use crate::shown_secret;

/// Which hook refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hook {
    PrePush,
    PreCommit,
}

/// Writes the refusal for `findings` (not empty) to `out` (the hook's stderr).
pub fn write_refusal(
    out: &mut dyn Write,
    hook: Hook,
    findings: &[Finding],
    show_secrets: bool,
) -> io::Result<()> {
    let n = findings.len();
    let keys = if n == 1 {
        "a Z.ai API key".to_string()
    } else {
        format!("{n} Z.ai API keys")
    };
    match hook {
        Hook::PrePush => writeln!(
            out,
            "keyfence: push refused: {keys} in the commits being pushed"
        )?,
        Hook::PreCommit => writeln!(
            out,
            "keyfence: commit refused: {keys} in the staged changes"
        )?,
    }
    writeln!(out)?;
    for f in findings {
        let place = match &f.path {
            Some(p) => format!("{}:{}:{}", terminal(p), f.line, f.column),
            None => "commit message".to_string(),
        };
        writeln!(
            out,
            "  {place}  {}",
            terminal(&shown_secret(f, show_secrets))
        )?;
        if let Some(h) = &f.history {
            if let Some(c) = &h.commit {
                let short = &c[..c.len().min(12)];
                writeln!(
                    out,
                    "    in commit {short} ({}, {})",
                    terminal(h.author.as_deref().unwrap_or("?")),
                    h.date.map_or_else(|| "?".to_string(), rfc3339)
                )?;
            }
        }
        let exposure = match f.exposure {
            Exposure::Client => "client-side",
            Exposure::Server => "server-side",
            Exposure::Unknown => "exposure unknown",
        };
        writeln!(out, "    {exposure}: {}", terminal(&f.exposure_reason))?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Why: whoever can read the repository can use the key, and its owner pays for every \
         call. Z.ai's terms (Section II) forbid disclosing keys and putting them in browser \
         or other client-side code."
    )?;
    // What differs between the hooks: how to take the key out of what is on its way,
    // and how to go ahead anyway.
    let (undo, skip) = match hook {
        Hook::PrePush => (
            "Rewrite the commits that are not pushed yet: `git commit --amend` for the last \
             one, `git rebase -i <the remote branch>` for older ones; then push again.",
            "Override, deliberately (the key will be published): git push --no-verify",
        ),
        Hook::PreCommit => (
            "Stage the fixed files again (`git add FILE`), or unstage them (`git restore \
             --staged FILE`); then commit.",
            "Override, deliberately: git commit --no-verify",
        ),
    };
    writeln!(out, "Fix:")?;
    writeln!(
        out,
        "  1. Remove the key from the files above; read it on a server, from the \
         environment or a secret store."
    )?;
    writeln!(out, "  2. {undo}")?;
    writeln!(
        out,
        "  3. If the key was ever pushed or shared anywhere, rotate it on the Z.ai API keys \
         page."
    )?;
    writeln!(
        out,
        "{skip}; or, for a fake key (a test fixture), a `keyfence:allow` comment on its line"
    )?;
    Ok(())
}
