//! What a hook prints when it refuses a push or a commit: enough to act on in seconds.

use std::io::{self, Write};

use keyfence_model::escape::terminal;
use keyfence_model::time::rfc3339;
use keyfence_model::{Exposure, Finding};

use crate::{count, other_places, place_label, shown_secret};

/// Which check refuses: the wording follows the stage that ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hook {
    /// A push (git's pre-push hook, or the framework's pre-push stage).
    PrePush,
    /// A commit: the staged changes, or the files the framework named at commit time.
    PreCommit,
    /// A range of commits asked for by hand or in CI (`pre-commit run --from-ref A
    /// --to-ref B`), or files named outside a commit (`pre-commit run --all-files`).
    Check,
    /// A push received by the server (git's pre-receive hook): no client flag skips
    /// it; a bypass names each finding's fingerprint and a reason, as push options.
    PreReceive,
}

/// How the user runs the check: by git's own hook, or through the pre-commit framework
/// under a hook id (whose `SKIP=<id>` is the narrow override).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Runner<'a> {
    Git,
    Framework(&'a str),
}

const PUSH_UNDO: &str = "Rewrite the commits that are not pushed yet: `git commit --amend` for \
     the last one, `git rebase -i <the remote branch>` for older ones; then push again.";
const COMMIT_UNDO: &str = "Stage the fixed files again (`git add FILE`), or unstage them (`git \
     restore --staged FILE`); then commit.";

/// The command that goes ahead past the check, narrowest first: the framework's
/// `SKIP=<id>`, else git's `--no-verify`; `None` for a check run by hand.
pub fn override_command(hook: Hook, runner: Runner) -> Option<String> {
    let verb = match hook {
        Hook::PrePush => "push",
        Hook::PreCommit => "commit",
        Hook::Check | Hook::PreReceive => return None,
    };
    Some(match runner {
        Runner::Git => format!("git {verb} --no-verify"),
        Runner::Framework(id) => format!("SKIP={id} git {verb}"),
    })
}

/// The refusal's first line: what the push, the commit or the check would let out.
fn headline(hook: Hook, findings: &[Finding]) -> String {
    let (n, flows) = crate::keys_and_flows(findings);
    let mut keys = match n {
        0 => String::new(),
        1 => "a Z.ai API key".to_string(),
        n => format!("{n} Z.ai API keys"),
    };
    if flows > 0 {
        if n > 0 {
            keys.push_str(" and ");
        }
        keys.push_str(&match flows {
            1 => "a flow that ships a Z.ai key to the client".to_string(),
            f => format!("{f} flows that ship a Z.ai key to the client"),
        });
    }
    match hook {
        Hook::PrePush => format!("keyfence: push refused: {keys} in the commits being pushed"),
        Hook::PreCommit => format!("keyfence: commit refused: {keys} in the staged changes"),
        Hook::Check => format!("keyfence: check failed: {keys} in what was checked"),
        Hook::PreReceive => {
            format!("keyfence: push rejected by the server: {keys} in the commits pushed")
        }
    }
}

/// Writes the refusal for `findings` (not empty) to `out` (the hook's stderr).
pub fn write_refusal(
    out: &mut dyn Write,
    hook: Hook,
    runner: Runner,
    findings: &[Finding],
    show_secrets: bool,
) -> io::Result<()> {
    let (n, _) = crate::keys_and_flows(findings);
    writeln!(out, "{}", headline(hook, findings))?;
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
        if let Some(v) = &f.verification {
            writeln!(
                out,
                "    verification: {}",
                terminal(&crate::verification_text(v))
            )?;
        }
        if let (Some(fix), None) = (&f.fix, &f.secret) {
            writeln!(out, "    fix: {}", terminal(fix))?;
        }
        if hook == Hook::PreReceive {
            writeln!(out, "    fingerprint {}", crate::fingerprint(f))?;
        }
        // Every other place in what is on its way, so that one round of fixes is enough.
        let (rest, more) = other_places(f);
        let rest: Vec<String> = rest.map(place_label).collect();
        if !rest.is_empty() || more > 0 {
            writeln!(
                out,
                "    the same key is also at {}:",
                count((rest.len() + more) as u64, "other place", "other places")
            )?;
            for p in &rest {
                writeln!(out, "      {p}")?;
            }
            if more > 0 {
                writeln!(
                    out,
                    "      and {more} more (keyfence git --format json lists them)"
                )?;
            }
        }
    }
    writeln!(out)?;
    if n == 0 {
        writeln!(
            out,
            "Why: every user of the deployed app can read a key that the build puts in the \
             client, and its owner pays for every call. Z.ai's terms (Section II) forbid \
             putting keys in browser or other client-side code."
        )?;
    } else {
        writeln!(
            out,
            "Why: whoever can read the repository can use the key, and its owner pays for every \
             call. Z.ai's terms (Section II) forbid disclosing keys and putting them in browser \
             or other client-side code."
        )?;
    }
    // What differs between the hooks: how to take the key out of what is on its way,
    // and how to go ahead anyway.
    let undo = match hook {
        Hook::PrePush | Hook::PreReceive => PUSH_UNDO,
        Hook::PreCommit => COMMIT_UNDO,
        Hook::Check => {
            "Rewrite the commits that carry it (`git rebase -i`) before they are pushed or \
             merged."
        }
    };
    let published = if matches!(hook, Hook::PrePush | Hook::PreReceive) {
        " (the key will be published)"
    } else {
        ""
    };
    let skip = override_line(hook, runner, findings, published);
    writeln!(out, "Fix:")?;
    if n == 0 {
        writeln!(
            out,
            "  1. Keep the key on a server: apply each flow's fix above (a server route that \
             holds the key; no public prefix, no build define)."
        )?;
    } else {
        writeln!(
            out,
            "  1. Remove the key from the files above; read it on a server, from the \
             environment or a secret store."
        )?;
    }
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

/// How to go ahead anyway, deliberately: the framework's skip, git's `--no-verify`,
/// the server's bypass with each finding's fingerprint, or an ignore entry.
fn override_line(hook: Hook, runner: Runner, findings: &[Finding], published: &str) -> String {
    match (override_command(hook, runner), runner) {
        (Some(cmd), Runner::Git) => format!("Override, deliberately{published}: {cmd}"),
        (Some(cmd), Runner::Framework(_)) => {
            format!("Override, deliberately{published}, for this check only: {cmd}")
        }
        (None, _) if hook == Hook::PreReceive => {
            let allow: Vec<String> = findings
                .iter()
                .map(|f| format!("-o keyfence.allow={}", crate::fingerprint(f)))
                .collect();
            format!(
                "Override, deliberately{published}, with a reason the server records: `git \
                 push {} -o keyfence.reason=\"WHY\"`",
                allow.join(" ")
            )
        }
        (None, _) => "Accept a finding deliberately with `keyfence ignore add FINGERPRINT`".into(),
    }
}
