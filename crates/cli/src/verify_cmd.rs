//! Verification, only when the user asks: `--verify` or `KEYFENCE_VERIFY=1` turn it
//! on for `scan`, `git`, `audit`, `url` (and `ci github`, the hooks, by the
//! environment); a repository's `.keyfence.toml` can turn it off, never on. And
//! `keyfence verify`, for one key or token read from standard input.

use std::collections::HashSet;
use std::io::{self, Read, Write};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use keyfence_matcher::Matcher as _;
use keyfence_model::{Finding, Problem, ProblemKind, VerificationStatus};
use keyfence_web::verify::{platform_named, Ask, Verifier, VerifyOptions};

use crate::args::{FailOn, VerifyArgs, VerifyCmdArgs};
use crate::config::VerifyConfig;

/// The environment variable that opts in (a hook, a workflow).
pub const ENV_VERIFY: &str = "KEYFENCE_VERIFY";
/// The environment variable that points verification elsewhere (tests).
pub const ENV_ENDPOINT: &str = "KEYFENCE_ZAI_ENDPOINT";
/// The environment variable that bounds verification where there is no flag (a hook,
/// a workflow).
pub const ENV_MAX: &str = "KEYFENCE_VERIFY_MAX";
/// Distinct keys verified in one run by default: enough for any real leak, few enough
/// that a pull request full of keys neither stalls a job nor turns it into a key
/// checker.
pub const DEFAULT_MAX: usize = 20;
/// Unverified keys named one by one; the rest are counted.
const NAMED: usize = 20;

/// Whether and how findings are verified in this run.
#[derive(Clone, Debug, Default)]
pub struct VerifyPlan {
    pub on: bool,
    pub only_live: bool,
    pub fail_on: FailOn,
    pub timeout: Duration,
    /// Distinct secrets verified at most.
    pub max: usize,
}

/// The environment variable with which a workflow verifies the keys of a pull request
/// from a fork too (`ci github`).
pub const ENV_VERIFY_FORKS: &str = "KEYFENCE_VERIFY_FORKS";

/// Whether the environment opts in.
pub fn env_opts_in() -> bool {
    env_flag(ENV_VERIFY)
}

/// Whether an environment variable says yes (`1`, `true`, `yes`, `on`).
pub fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "1" | "true" | "yes" | "on"
        )
    })
}

impl VerifyPlan {
    /// The plan from the command line, the environment and the repository's config.
    pub fn resolve(args: &VerifyArgs, config: &VerifyConfig) -> Result<VerifyPlan> {
        let asked = args.verify || env_opts_in();
        let needs = args.only_live || args.fail_on != FailOn::Findings;
        if needs && !asked {
            bail!("--only-live and --fail-on live|any-verified need --verify (or {ENV_VERIFY}=1)");
        }
        if config.enabled == Some(true) && !asked {
            warn(
                ".keyfence.toml: [verify] enabled = true is ignored: a repository's config \
                  can turn verification off, never on (use --verify or KEYFENCE_VERIFY=1)",
            );
        }
        if asked && config.enabled == Some(false) {
            warn(
                ".keyfence.toml turns verification off ([verify] enabled = false): nothing \
                  is sent; --only-live and --fail-on are ignored",
            );
            return Ok(VerifyPlan::default());
        }
        let max = match args.verify_max {
            Some(n) => n,
            None => match std::env::var(ENV_MAX) {
                Ok(v) if !v.trim().is_empty() => crate::args::parse_verify_max(&v)
                    .map_err(|e| anyhow::anyhow!("{ENV_MAX}: {e}"))?,
                _ => DEFAULT_MAX,
            },
        };
        Ok(VerifyPlan {
            on: asked,
            only_live: args.only_live,
            fail_on: args.fail_on,
            timeout: args.verify_timeout,
            max,
        })
    }

    /// The plan of a command with no verification flags (`ci github`, the hooks): on
    /// only when the environment opts in and the config does not turn it off.
    pub fn from_env(config: &VerifyConfig) -> Result<VerifyPlan> {
        VerifyPlan::resolve(
            &VerifyArgs {
                verify_timeout: Duration::from_secs(10),
                ..VerifyArgs::default()
            },
            config,
        )
    }

    /// Verifies the counted key findings (each distinct secret once, the first
    /// `max` distinct secrets in report order), keeps only live ones when asked, puts
    /// live keys first, and returns how many findings count for the exit status and
    /// the `verify-limit` warnings for the keys past `max`.
    ///
    /// A key past `max` has no `verification`; it is not proven dead, so `--only-live`
    /// keeps it and `--fail-on live` and `any-verified` count it: keys put first in a
    /// change cannot hide a live one behind the bound.
    pub fn apply(
        &self,
        findings: &mut Vec<Finding>,
        counted: usize,
    ) -> Result<(usize, Vec<Problem>)> {
        if !self.on {
            return Ok((counted, Vec::new()));
        }
        let which: Vec<usize> = (0..findings.len())
            .filter(|&i| findings[i].secret.is_some() && findings[i].suppressed.is_none())
            .collect();
        let (checked, unchecked) = self.split(findings, &which);
        if !checked.is_empty() {
            let verifier = verifier(self.timeout)?;
            let asks: Vec<Ask> = checked
                .iter()
                .map(|&i| Ask {
                    secret: findings[i].secret_str(),
                    prefer: platform_named(&findings[i].context),
                })
                .collect();
            let distinct: HashSet<&str> = asks.iter().map(|a| a.secret).collect();
            if !crate::progress::quiet() {
                let _ = writeln!(
                    crate::console::stderr(),
                    "keyfence: verifying {} with Z.ai (at most one request per platform each)",
                    keyfence_model::words::count(
                        distinct.len() as u64,
                        "distinct key",
                        "distinct keys"
                    )
                );
            }
            let answers = verifier.check_all(&asks);
            for (&i, v) in checked.iter().zip(answers) {
                findings[i].verification = Some(v);
            }
        }
        let problems = self.unchecked_problems(findings, &unchecked);
        // Not proven dead: live, unknown, or not checked.
        let open = |f: &Finding| {
            f.secret.is_some()
                && f.verification.as_ref().is_none_or(|v| {
                    matches!(
                        v.status,
                        VerificationStatus::Live | VerificationStatus::Unknown
                    )
                })
        };
        let status = |f: &Finding| f.verification.as_ref().map(|v| v.status);
        let unverified = |f: &Finding| f.secret.is_some() && f.verification.is_none();
        if self.only_live {
            findings.retain(|f| status(f) == Some(VerificationStatus::Live) || unverified(f));
        }
        // Live keys first; the order within each part stays.
        findings.sort_by_key(|f| status(f) != Some(VerificationStatus::Live));
        let active = findings.iter().filter(|f| f.suppressed.is_none());
        let counted = match self.fail_on {
            FailOn::Findings => active.count(),
            FailOn::Live => active
                .filter(|f| status(f) == Some(VerificationStatus::Live) || unverified(f))
                .count(),
            FailOn::AnyVerified => active.filter(|f| open(f)).count(),
        };
        Ok((counted, problems))
    }

    /// The findings of the first `max` distinct secrets of `which`, and those of the
    /// rest.
    fn split(&self, findings: &[Finding], which: &[usize]) -> (Vec<usize>, Vec<usize>) {
        let mut seen: HashSet<&str> = HashSet::new();
        let (mut checked, mut unchecked) = (Vec::new(), Vec::new());
        for &i in which {
            let s = findings[i].secret_str();
            if seen.contains(s) || seen.len() < self.max {
                seen.insert(s);
                checked.push(i);
            } else {
                unchecked.push(i);
            }
        }
        (checked, unchecked)
    }

    /// A warning for each distinct secret left unverified (the first few by their
    /// first place, then how many more).
    fn unchecked_problems(&self, findings: &[Finding], unchecked: &[usize]) -> Vec<Problem> {
        let mut seen: HashSet<&str> = HashSet::new();
        let firsts: Vec<&Finding> = unchecked
            .iter()
            .map(|&i| &findings[i])
            .filter(|f| seen.insert(f.secret_str()))
            .collect();
        let why = format!(
            "not verified: only the first {} of this run are (--verify-max, {ENV_MAX}); it \
             counts as not proven dead",
            keyfence_model::words::count(self.max as u64, "distinct key", "distinct keys")
        );
        let mut out: Vec<Problem> = firsts
            .iter()
            .take(NAMED)
            .map(|f| {
                let at = match (&f.path, &f.provenance.commit) {
                    (Some(p), _) => format!("{p}:{}:{}", f.line, f.column),
                    (None, Some(c)) => format!("the message of commit {c}"),
                    (None, None) => "a commit message".to_string(),
                };
                let p = Problem::new(
                    ProblemKind::VerifyLimit,
                    at,
                    format!("{} key {}: {why}", f.rule, f.fingerprint()),
                );
                match &f.provenance.repository {
                    Some(r) => p.in_repository(r),
                    None => p,
                }
            })
            .collect();
        if firsts.len() > NAMED {
            out.push(Problem::new(
                ProblemKind::VerifyLimit,
                format!("{} more keys", firsts.len() - NAMED),
                why,
            ));
        }
        out
    }
}

fn verifier(timeout: Duration) -> Result<Verifier> {
    let endpoint = std::env::var(ENV_ENDPOINT)
        .ok()
        .filter(|e| !e.trim().is_empty());
    Verifier::new(VerifyOptions {
        endpoint,
        timeout,
        ..VerifyOptions::default()
    })
    .map_err(anyhow::Error::msg)
}

/// A warning about the plan, said once per run however often the plan is resolved
/// (the settings resolve it for the environment, then for the command line).
fn warn(text: &str) {
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let mut said = SAID
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if said.iter().any(|s| s == text) {
        return;
    }
    said.push(text.to_string());
    let _ = writeln!(crate::console::stderr(), "keyfence: warning: {text}");
}

/// `keyfence verify`: one key or SDK token from standard input.
pub fn run(args: VerifyCmdArgs) -> Result<u8> {
    if !args.stray.is_empty() {
        // Never echoed: it may well be the key.
        bail!(
            "keyfence verify reads the key or SDK token from standard input, not from its \
             arguments (which shell history and `ps` keep): `keyfence verify < key.txt`, or \
             run `keyfence verify`, paste the key and press Ctrl-D"
        );
    }
    let mut input = Vec::new();
    io::stdin()
        .lock()
        .take(64 << 10)
        .read_to_end(&mut input)
        .context("reading standard input")?;
    let text = String::from_utf8_lossy(&input);
    let secret = text.trim();
    if secret.is_empty() {
        bail!("give the key or SDK token on standard input, e.g. `keyfence verify < key.txt`");
    }
    // What the built-in rules find: the whole input must be one key or SDK token.
    let matcher = keyfence_matcher::RuleMatcher::new(&crate::rules_cmd::builtin_rules())?;
    let whole = matcher
        .find_all(secret.as_bytes())
        .iter()
        .any(|m| m.secret() == (0..secret.len()));
    if !whole {
        bail!("standard input holds neither a Z.ai API key (<32 hex>.<16 letters and digits>) nor an SDK token");
    }
    let v = verifier(args.timeout)?.check(&Ask {
        secret,
        prefer: None,
    });
    let mut out = crate::console::stdout_as(if args.format == "json" {
        crate::console::Spelling::Json
    } else {
        crate::console::Spelling::Text
    });
    if args.format == "json" {
        writeln!(out, "{}", serde_json::to_string(&v)?)?;
    } else {
        writeln!(out, "{}", keyfence_report::verification_text(&v))?;
    }
    Ok(match v.status {
        VerificationStatus::Live => crate::EXIT_FINDINGS,
        VerificationStatus::Invalid | VerificationStatus::Expired => crate::EXIT_CLEAN,
        VerificationStatus::Unknown => crate::EXIT_ERROR,
    })
}
