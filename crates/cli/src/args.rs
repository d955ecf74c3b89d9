//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use crate::config::{ConfidenceArg, ExposureArg, FormatArg};

/// `keyfence --version`: the version and the commit it was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("KEYFENCE_COMMIT"),
    ")"
);

#[derive(Parser)]
#[command(
    name = "keyfence",
    version = VERSION,
    about = "Finds Z.ai (GLM / Zhipu / BigModel) API keys where they must not be: in code \
             that ships to browsers and phones, and anywhere in a repository.",
    after_help = "Exit status: 0 nothing found, 1 findings, 2 error (bad arguments, \
                  unreadable target)."
)]
pub struct Cli {
    /// No progress and no "report written" line; warnings and errors still print.
    #[arg(long, short, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Scan files and directories on disk.
    #[command(after_long_help = SCAN_HELP)]
    Scan(ScanArgs),
    /// Scan a git repository's history: every blob ever committed (once each) and
    /// every commit message, each finding traced to the commit that introduced it.
    #[command(after_long_help = GIT_HELP)]
    Git(GitArgs),
    /// The one-off audit: the files on disk and, inside a git repository, its whole
    /// history, as one report with every distinct secret once.
    #[command(after_long_help = AUDIT_HELP)]
    Audit(AuditArgs),
    /// Scan what a deployed site serves: a page and every script, worker, manifest
    /// and source map it makes a browser load from the same site (it uses the network,
    /// as `--verify` and `keyfence verify` do; nothing else does).
    #[command(after_long_help = URL_HELP)]
    Url(UrlArgs),
    /// Work with reports: `keyfence report merge FILES...`.
    #[command(subcommand)]
    Report(ReportCommand),
    /// Git hooks that refuse a push or a commit carrying a key: install them, or run
    /// them (git does).
    #[command(subcommand)]
    Hook(HookCommand),
    /// Continuous integration: work out what to scan from the CI event, and report
    /// where the CI shows it.
    #[command(subcommand)]
    Ci(CiCommand),
    /// Accept a finding on purpose: `keyfence ignore add FINGERPRINT --reason "…"`.
    #[command(subcommand)]
    Ignore(IgnoreCommand),
    /// List and check rules.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Ask Z.ai whether one key or SDK token, read from standard input (never an
    /// argument, which would land in shell history), is still accepted. Exit status: 1
    /// live, 0 invalid or expired, 2 unknown.
    Verify(VerifyCmdArgs),
}

#[derive(Args)]
pub struct VerifyCmdArgs {
    /// `human` or `json`.
    #[arg(long, value_name = "FORMAT", default_value = "human", value_parser = ["human", "json"])]
    pub format: String,

    /// Give up on one request after this long.
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
    pub timeout: std::time::Duration,

    /// Not taken: a key on the command line lands in shell history and `ps`. Caught
    /// only to say where the key goes instead (standard input).
    #[arg(hide = true, num_args = 0.., allow_hyphen_values = true)]
    pub stray: Vec<std::ffi::OsString>,
}

#[derive(Subcommand)]
pub enum IgnoreCommand {
    /// Append a fingerprint, with why, to .keyfenceignore at the repository root.
    Add {
        /// The finding's fingerprint, as reports print it (kf1-…).
        fingerprint: String,
        /// Why it is accepted (rotated, a test fixture…); kept beside the entry.
        #[arg(long)]
        reason: String,
        /// The ignore file (default: .keyfenceignore at the repository root).
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum CiCommand {
    /// GitHub Actions: reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH and GITHUB_WORKSPACE;
    /// scans the pushed commits (push), the pull request's commits (pull_request), or
    /// everything (workflow_dispatch, schedule); fetches what a shallow checkout lacks;
    /// writes the SARIF file, annotations on stdout, the job summary to
    /// GITHUB_STEP_SUMMARY and `findings`/`sarif-file` to GITHUB_OUTPUT.
    Github(CiGithubArgs),
}

#[derive(Args)]
pub struct CiGithubArgs {
    /// The checkout (default: $GITHUB_WORKSPACE, else the current directory).
    #[arg(long)]
    pub path: Option<PathBuf>,

    /// Where to write the SARIF file.
    #[arg(long, value_name = "FILE", default_value = "keyfence.sarif")]
    pub sarif_file: PathBuf,

    #[command(flatten)]
    pub filter: FilterArgs,

    #[command(flatten)]
    pub workers: Workers,

    #[command(flatten)]
    pub rules: RuleSource,

    #[command(flatten)]
    pub policy: PolicyArgs,

    /// Also scan what this deployed site serves (repeatable), after the repository,
    /// into the same annotations, job summary and SARIF file: a deploy preview.
    #[arg(long = "url", value_name = "URL")]
    pub urls: Vec<String>,

    #[command(flatten)]
    pub crawl: CrawlArgs,
}

#[derive(Subcommand)]
pub enum HookCommand {
    /// Install keyfence's pre-push hook (and with --pre-commit its pre-commit hook) in
    /// the hooks directory git uses (core.hooksPath included). Never overwrites a hook
    /// keyfence did not write: --chain keeps it and runs it first.
    Install(HookInstallArgs),
    /// Remove keyfence's hooks (and put back any hook they chained to); hooks keyfence
    /// did not write are left alone.
    Uninstall(HookUninstallArgs),
    /// The pre-push check, as git runs it: reads `<local ref> <local sha> <remote ref>
    /// <remote sha>` lines on stdin and scans what the push would publish that the
    /// remote lacks. Under the pre-commit framework, PRE_COMMIT_FROM_REF and
    /// PRE_COMMIT_TO_REF are used instead.
    PrePush(HookPrePushArgs),
    /// The pre-commit check: scans the staged changes (the index), not the working
    /// tree. Given FILES (the pre-commit framework passes them, after its `files:` and
    /// `exclude:`), scans those files' content instead: the staged content at commit
    /// time, the named files under `pre-commit run --all-files` or `--files`. With
    /// PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF set, scans the commits of that range
    /// (only at the FILES given, when some are).
    PreCommit(HookPreCommitArgs),
    /// The server's check, as git runs it in a repository that receives pushes: reads
    /// `<old> <new> <ref>` lines on stdin, reads the pushed objects from git's
    /// quarantine, and refuses a push whose new commits or tags carry a key (lines the
    /// client shows as `remote:`). `--no-verify` cannot skip it; a bypass needs push
    /// options `-o keyfence.allow=FINGERPRINT -o keyfence.reason=TEXT` and is logged.
    PreReceive(HookPreReceiveArgs),
}

#[derive(Args)]
pub struct HookPreReceiveArgs {
    /// The most time the check may take (GitHub Enterprise Server's pre-receive
    /// default is 5 s).
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = parse_duration)]
    pub time_limit: std::time::Duration,

    /// What a check that runs out of time does: `deny` the push (default) or `allow`
    /// it (logged in the bypass log).
    #[arg(long, value_name = "WHAT", default_value = "deny", value_parser = ["deny", "allow"])]
    pub on_timeout: String,

    /// The JSON Lines log of bypasses (default: keyfence/bypass.jsonl in the
    /// repository's git directory).
    #[arg(long, value_name = "FILE")]
    pub bypass_log: Option<PathBuf>,

    #[command(flatten)]
    pub run: HookRunArgs,
}

#[derive(Args)]
pub struct HookUninstallArgs {
    /// The repository (default: the current directory's).
    #[arg(default_value = ".")]
    pub repo: PathBuf,

    /// Only the pre-commit hook (with neither flag, both hooks go).
    #[arg(long)]
    pub pre_commit: bool,

    /// Only the pre-push hook (with neither flag, both hooks go).
    #[arg(long)]
    pub pre_push: bool,
}

#[derive(Args)]
pub struct HookPreCommitArgs {
    /// Files to check instead of the staged changes (the pre-commit framework's
    /// filenames).
    #[arg(value_name = "FILES")]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub run: HookRunArgs,
}

#[derive(Args)]
pub struct HookInstallArgs {
    /// The repository (default: the current directory's).
    #[arg(default_value = ".")]
    pub repo: PathBuf,

    /// Install the pre-commit hook too (the pre-push hook is always installed).
    #[arg(long)]
    pub pre_commit: bool,

    /// Keep a hook keyfence did not write: move it aside and run it before keyfence.
    #[arg(long)]
    pub chain: bool,

    /// Install the server's pre-receive hook in this repository (a bare repository
    /// that receives pushes) instead of the client hooks.
    #[arg(long, value_name = "GIT_DIR", conflicts_with_all = ["pre_commit"])]
    pub server: Option<PathBuf>,
}

#[derive(Args)]
pub struct HookPrePushArgs {
    /// The remote's name (git passes it; a URL when pushing to one).
    pub remote: Option<String>,

    /// The remote's URL (git passes it).
    pub url: Option<String>,

    #[command(flatten)]
    pub run: HookRunArgs,
}

#[derive(Args)]
pub struct HookRunArgs {
    /// Print secrets in full in the refusal. Without it they are redacted.
    #[arg(long)]
    pub show_secrets: bool,

    #[command(flatten)]
    pub rules: RuleSource,

    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Args)]
pub struct AuditArgs {
    /// The directory to audit (default: the repository that holds the current
    /// directory, else the current directory); its repository's history is audited
    /// too. A folder below the repository's root narrows the audit to the places
    /// under it; paths are always named from the repository's root.
    pub path: Option<PathBuf>,

    /// Also scan objects that no ref reaches (dangling commits and blobs).
    #[arg(long)]
    pub all_objects: bool,

    /// Read at most SIZE bytes of one blob of the history (e.g. 4GiB); the rest of a
    /// bigger one is named in a warning, not scanned. Memory does not depend on it:
    /// a blob past 64 MiB is streamed.
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_blob_size)]
    pub max_blob_size: u64,

    /// Leave out paths on disk matching this gitignore-style glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Record every current finding (fingerprint and metadata, never the secret) in
    /// FILE, sorted, one per line; later runs with --baseline FILE report only new
    /// ones.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,

    #[command(flatten)]
    pub repos: ReposArgs,

    #[command(flatten)]
    pub run: RunArgs,
}

/// Many repositories in one audit (an organisation).
#[derive(Args)]
pub struct ReposArgs {
    /// Audit many repositories: FILE lists one clone URL (https://, ssh://, git@host:,
    /// file://) or local path a line; `-` reads standard input; blank lines and `#`
    /// comments are skipped. Not with a PATH. Credentials come from git's credential
    /// helper or GH_TOKEN, never from the list.
    #[arg(long, value_name = "FILE", conflicts_with = "path")]
    pub repos: Option<PathBuf>,

    /// With --repos: audit only shard I of N (1-based; a Kubernetes Indexed Job passes
    /// $((JOB_COMPLETION_INDEX+1))/N), chosen by a stable hash of each repository's
    /// name.
    #[arg(long, value_name = "I/N", requires = "repos", value_parser = parse_shard)]
    pub shard: Option<(u32, u32)>,

    /// With --repos: keep the mirror clones in DIR and fetch into them on later runs
    /// (default: clone into a temporary folder, removed after each repository).
    #[arg(long, value_name = "DIR", requires = "repos")]
    pub cache: Option<PathBuf>,

    /// With --repos: clones and fetches at once.
    #[arg(long, value_name = "N", default_value_t = 4,
          value_parser = clap::value_parser!(u16).range(1..=64))]
    pub clone_jobs: u16,

    /// With --repos: skip a repository whose git directory is larger than SIZE once
    /// fetched (e.g. 2GiB); a clone that grows past it is stopped.
    #[arg(long, value_name = "SIZE", requires = "repos", value_parser = parse_size)]
    pub max_repo_size: Option<u64>,

    /// With --repos: give up on one clone or fetch after this long.
    #[arg(long, value_name = "DURATION", default_value = "30m", value_parser = parse_duration)]
    pub clone_timeout: std::time::Duration,
}

/// `I/N` with 1 <= I <= N.
pub fn parse_shard(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("`{s}`: expected I/N with 1 <= I <= N (e.g. 2/8)");
    let (i, n) = s.split_once('/').ok_or_else(bad)?;
    let i: u32 = i.trim().parse().map_err(|_| bad())?;
    let n: u32 = n.trim().parse().map_err(|_| bad())?;
    if i == 0 || n == 0 || i > n || n > 65_536 {
        return Err(bad());
    }
    Ok((i, n))
}

#[derive(Subcommand)]
pub enum ReportCommand {
    /// Merge audit JSON documents (`keyfence audit --format json`, of one repository,
    /// of `--repos` or of its shards) into one organisation report: each key once,
    /// with every repository and place that holds it; keys shared across repositories
    /// first; a table per repository; what was scanned and what failed.
    Merge(MergeArgs),
}

#[derive(Args)]
pub struct MergeArgs {
    /// The audit JSON documents.
    #[arg(required = true, value_name = "FILES")]
    pub files: Vec<PathBuf>,

    /// Merge documents made by different keyfence versions or rules (refused without
    /// it: their findings are not comparable).
    #[arg(long)]
    pub allow_mixed: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Args)]
pub struct GitArgs {
    /// The repository (any directory inside it, a bare repository, or a worktree).
    #[arg(default_value = ".")]
    pub repo: PathBuf,

    /// Only what the commits in A..B introduced (reachable from B, not from A; B
    /// defaults to HEAD): new blobs against their parents, and their messages.
    #[arg(long, value_name = "A..B", conflicts_with = "since_commit")]
    pub range: Option<String>,

    /// Only what the commits after A (up to HEAD) introduced; the same as --range A..HEAD.
    #[arg(long, value_name = "A")]
    pub since_commit: Option<String>,

    /// Also scan objects that no ref reaches: dangling commits and blobs left by a
    /// reset, a rebase or a dropped stash.
    #[arg(long, conflicts_with_all = ["range", "since_commit"])]
    pub all_objects: bool,

    /// Read at most SIZE bytes of one blob of the history (e.g. 4GiB); the rest of a
    /// bigger one is named in a warning, not scanned. Memory does not depend on it:
    /// a blob past 64 MiB is streamed.
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_blob_size)]
    pub max_blob_size: u64,

    #[command(flatten)]
    pub run: RunArgs,
}

const URL_HELP: &str = "\
What is fetched:
  Each URL, and what it makes a browser load from the allowed hosts: <script src>,
  <link rel=modulepreload|preload|prefetch|manifest>, iframes, static and dynamic
  imports in scripts (Vite and Rollup chunks), webpack and Next.js chunk maps,
  service workers and web workers with their importScripts, the web app manifest,
  and source maps (sourceMappingURL comments, SourceMap headers). Inline scripts and
  JSON in a page (__NEXT_DATA__) are scanned with the page.

Paths:
  A finding's path is the URL that served it. For a source map's original source it
  is MAP_URL!SOURCE (https://app.example.com/assets/index-8c1f.js.map!src/api/chat.ts),
  with line and column in that source. Fingerprints leave out content hashes
  (index-8c1f.js is index-*.js), so a baseline survives the next deploy.

Bounds:
  Only the start URLs' origins (scheme, host, port) and --allow-host hosts are
  fetched. --max-requests, --max-bytes, --max-response-bytes, --max-depth and
  --time-limit bound the crawl; what a bound left unfetched is named on stderr.
  429 and 503 answers are tried again with backoff; redirects are followed within
  the allowed hosts; gzip and brotli are decoded. HTTPS_PROXY, HTTP_PROXY and
  NO_PROXY are honoured.

Exit status: 1 findings; 2 a start URL could not be fetched, or some assets failed
and nothing was found; 0 otherwise.";

const SCAN_HELP: &str = "\
What is scanned:
  Every regular file under each PATH, including hidden files and files that
  .gitignore hides (.env*, dist/, build/): what ships matters most. Binary files
  are scanned too (keys sit between NUL bytes in compiled apps), and files of any
  size are read in chunks with bounded memory.

What is skipped:
  - version-control directories (.git, .hg, .svn, .jj, .bzr); use `keyfence git`
    for history;
  - symbolic links, unless --follow;
  - FIFOs, sockets and devices (listed as warnings); pass `-` to read a pipe on
    standard input;
  - paths matching --exclude, and with --respect-gitignore whatever .gitignore,
    .ignore and git's exclude files leave out.

Exit status: 0 nothing found, 1 findings, 2 error (bad arguments, unreadable
target). When some files cannot be read, findings are still printed, the
failures are listed on stderr, and the status is 1 if anything was found, else 2.";

const GIT_HELP: &str = "\
What is scanned:
  Every blob reachable from any ref (once each, however many commits hold it),
  every commit message, and with --all-objects the objects no ref reaches. With
  --range or --since-commit, only what those commits introduce.

Exit status: 0 nothing found, 1 findings, 2 error (bad arguments, not a
repository, a missing or corrupt object). A gap in history (a missing commit,
tree or blob) is named on stderr and makes the result partial: the status is 1
if anything was found, else 2.";

const AUDIT_HELP: &str = "\
What is scanned:
  The files under PATH as `keyfence scan` reads them, then, when PATH is in a
  git repository, its history as `keyfence git` reads it. Each distinct secret
  is reported once, with every place it lives on disk and in history. Outside a
  repository the audit says that history was not scanned.

Exit status: 0 nothing found, 1 findings, 2 error (bad arguments, an unreadable
target or repository). When some files or objects cannot be read, findings are
still printed, the failures are listed on stderr, and the status is 1 if
anything was found, else 2.";

#[derive(Args)]
pub struct ScanArgs {
    /// Files and directories to scan; `-` reads standard input.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Leave out paths matching this gitignore-style glob (repeatable), e.g.
    /// `--exclude node_modules --exclude '*.snap'`.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Honour .gitignore, .ignore and git's exclude files (off by default: ignored
    /// files such as .env and dist/ are often what ships).
    #[arg(long)]
    pub respect_gitignore: bool,

    /// Follow symbolic links (loops are detected and reported).
    #[arg(long, short = 'L')]
    pub follow: bool,

    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Args)]
pub struct UrlArgs {
    /// Pages to start from (http:// or https://).
    #[arg(value_name = "URL")]
    pub urls: Vec<String>,

    /// Read start URLs from FILE, one a line (`-`: standard input; blank lines and
    /// lines starting with `#` are skipped).
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,

    #[command(flatten)]
    pub crawl: CrawlArgs,

    #[command(flatten)]
    pub run: RunArgs,
}

/// What a crawl of a served site may fetch, and how (`keyfence url`, `keyfence ci
/// github --url`).
#[derive(Args, Clone)]
pub struct CrawlArgs {
    /// Fetch from this host too (repeatable), e.g. a CDN: `HOST` (any port) or
    /// `HOST:PORT`. By default only the start URLs' origins are fetched.
    #[arg(long = "allow-host", value_name = "HOST[:PORT]")]
    pub allow_hosts: Vec<String>,

    /// Send at most N requests in all (redirects, retries and source maps count).
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub max_requests: usize,

    /// Read at most this much in all (`256MiB`, `1GiB`, `500000`).
    #[arg(long, value_name = "SIZE", default_value = "256MiB", value_parser = parse_size)]
    pub max_bytes: u64,

    /// Read at most this much of one response; the start of a longer one is scanned.
    #[arg(long, value_name = "SIZE", default_value = "32MiB", value_parser = parse_size)]
    pub max_response_bytes: u64,

    /// Follow links this many steps from a start page (a page's script is 1, what
    /// that script imports 2, …).
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_depth: usize,

    /// Stop fetching after this long (`120s`, `2m`, `90`).
    #[arg(long, value_name = "DURATION", default_value = "120s", value_parser = parse_duration)]
    pub time_limit: std::time::Duration,

    /// Requests in flight at once.
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,

    /// Send this header with every request (repeatable), e.g. `--header
    /// "Authorization: Bearer $PREVIEW_TOKEN"` for a site behind auth.
    #[arg(long = "header", short = 'H', value_name = "NAME: VALUE")]
    pub headers: Vec<String>,

    /// Trust the CAs in this PEM file besides Mozilla's roots (a staging site behind
    /// an internal CA).
    #[arg(long = "ca-cert", value_name = "FILE")]
    pub ca_certs: Vec<PathBuf>,
}

/// `--max-blob-size`: a size of at least one byte.
pub fn parse_blob_size(s: &str) -> Result<u64, String> {
    match parse_size(s)? {
        0 => Err("a blob limit of 0 would scan nothing of the history".into()),
        n => Ok(n),
    }
}

/// A byte count with an optional unit: `32MiB`, `1GiB`, `500k`, `1000`.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u64 = num.parse().map_err(|_| format!("not a size: {s:?}"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("not a size: {s:?} (units: KiB, MiB, GiB)")),
    };
    n.checked_mul(mult)
        .ok_or_else(|| format!("too large: {s:?}"))
}

/// A duration: `120s`, `2m`, `500ms`, or seconds.
pub fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u64 = num.parse().map_err(|_| format!("not a duration: {s:?}"))?;
    let d = match unit {
        "" | "s" => std::time::Duration::from_secs(n),
        "ms" => std::time::Duration::from_millis(n),
        "m" => std::time::Duration::from_secs(n.saturating_mul(60)),
        _ => return Err(format!("not a duration: {s:?} (e.g. 120s, 2m)")),
    };
    if d.is_zero() {
        return Err("the time limit must be more than zero".into());
    }
    Ok(d)
}

/// What every scanning command takes: what to look inside, how many threads, which
/// rules, what the project accepts, and where the report goes.
#[derive(Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub content: ContentArgs,

    #[command(flatten)]
    pub workers: Workers,

    #[command(flatten)]
    pub rules: RuleSource,

    #[command(flatten)]
    pub policy: PolicyArgs,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub verify: VerifyArgs,
}

/// Opt-in verification of found keys against Z.ai.
#[derive(Args, Clone, Default)]
pub struct VerifyArgs {
    /// Ask Z.ai whether each distinct key is still accepted: one read-only request per
    /// platform at most (README, "Is it still live?"). Only check keys you are entitled
    /// to. Also turned on by KEYFENCE_VERIFY=1.
    #[arg(long)]
    pub verify: bool,

    /// With verification: report live keys only.
    #[arg(long)]
    pub only_live: bool,

    /// What makes the exit status 1: any finding (default), a live key, or a key not
    /// proven dead (live, or no trustworthy answer).
    #[arg(long, value_enum, value_name = "WHAT", default_value = "findings")]
    pub fail_on: FailOn,

    /// Give up on one verification request after this long.
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
    pub verify_timeout: std::time::Duration,

    /// Verify at most N distinct keys in one run (default 20, or KEYFENCE_VERIFY_MAX);
    /// the rest are named in a warning and count as not proven dead.
    #[arg(long, value_name = "N", value_parser = parse_verify_max)]
    pub verify_max: Option<usize>,
}

/// `--verify-max`, `KEYFENCE_VERIFY_MAX`: at least one key.
pub fn parse_verify_max(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(0) => Err("at least 1 (to verify nothing, leave out --verify)".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("not a number of keys: {s:?}")),
    }
}

/// What makes the exit status 1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any finding (the default, without verification too).
    #[default]
    Findings,
    /// A key verified live.
    Live,
    /// A key verified live, or one with no trustworthy answer (unknown).
    AnyVerified,
}

/// What is looked inside: archives, and encodings.
#[derive(Args)]
pub struct ContentArgs {
    /// Do not open archives (zip, jar, war, apk, aab, ipa, xpi, crx, tar, gz): scan
    /// their bytes as they are.
    #[arg(long)]
    pub no_archives: bool,

    /// Open archives inside archives this deep.
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub archive_depth: usize,

    /// Read at most this many decompressed bytes from one archive.
    #[arg(long, value_name = "BYTES", default_value_t = 4 << 30)]
    pub archive_max_bytes: u64,

    /// A member that inflates more than N times its compressed size is a zip bomb:
    /// it is reported and not read further.
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub archive_max_ratio: u64,

    /// Read at most this many members from one archive.
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub archive_max_members: usize,

    /// Do not look through encodings (base64, JS and JSON escapes, percent encoding,
    /// UTF-16, keys split across string literals).
    #[arg(long)]
    pub no_decode: bool,
}

impl ContentArgs {
    /// What to look inside.
    pub fn content(&self) -> keyfence_scan::Content {
        keyfence_scan::Content {
            archives: self.archives(),
            decode: !self.no_decode,
        }
    }

    /// The archive limits, or `None` with --no-archives.
    fn archives(&self) -> Option<keyfence_scan::archive::Limits> {
        (!self.no_archives).then(|| keyfence_scan::archive::Limits {
            depth: self.archive_depth.max(1),
            max_bytes: self.archive_max_bytes,
            max_ratio: self.archive_max_ratio.max(1),
            max_members: self.archive_max_members,
        })
    }
}

/// How many threads do the work.
#[derive(Args)]
pub struct Workers {
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub threads: Option<u16>,
}

impl Workers {
    /// The thread count, 0 meaning one per core.
    pub fn count(&self) -> usize {
        self.threads.map_or(0, usize::from)
    }
}

/// What a project has accepted, and its settings.
#[derive(Args, Default)]
pub struct PolicyArgs {
    /// Settings file (default: .keyfence.toml at the repository root, when there).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Report only findings not in this baseline (see `keyfence audit
    /// --write-baseline`).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Also list suppressed findings (inline keyfence:allow, .keyfenceignore, the
    /// baseline), marked with why. They never change the exit status.
    #[arg(long)]
    pub show_suppressed: bool,
}

#[derive(Args)]
pub struct RuleSource {
    /// Load extra rules from this TOML file (repeatable; format in the README).
    #[arg(long = "rules", value_name = "FILE")]
    pub rule_files: Vec<PathBuf>,

    /// Do not load the built-in rules (use only --rules files).
    #[arg(long)]
    pub no_builtin_rules: bool,

    /// Do not look for flows: code and configuration that put a Z.ai key in the client
    /// without the key being written down (public env names, build defines, client
    /// calls to Z.ai, CI secrets in public variables).
    #[arg(long)]
    pub no_flows: bool,
}

#[derive(Args)]
pub struct OutputArgs {
    /// Output format [default: human; github inside GitHub Actions]. `sarif` and
    /// `github` never show a secret.
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<FormatArg>,

    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Print secrets in full. Without it every output redacts them.
    #[arg(long)]
    pub show_secrets: bool,

    /// When to colour human output.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,

    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Which findings to report. Nothing is dropped unless asked: a low-confidence finding
/// is still reported by default.
#[derive(Args, Default)]
pub struct FilterArgs {
    /// Report only findings at least this sure.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub min_confidence: Option<ConfidenceArg>,

    /// Report only findings with this exposure (repeatable), e.g. `--exposure client`.
    #[arg(long, value_enum, value_name = "WHERE")]
    pub exposure: Vec<ExposureArg>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
pub enum RulesCommand {
    /// List the rules in force.
    List(RulesListArgs),
    /// Check a rule file: it parses, its patterns are sound, and its examples match
    /// and its negative examples do not.
    Check {
        /// The rule files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Args)]
pub struct RulesListArgs {
    #[command(flatten)]
    pub rules: RuleSource,

    /// Print the rules as JSON.
    #[arg(long)]
    pub json: bool,
}
