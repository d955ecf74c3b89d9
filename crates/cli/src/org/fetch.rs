//! Mirror clones with the git command: cloned, or fetched into `--cache` when an
//! earlier run left one, bounded in time and size; git never prompts, and credentials
//! come from git's own credential helper or `GH_TOKEN`, never from keyfence's
//! arguments, and never reach a report.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How a clone or fetch ended.
pub enum Fetched {
    /// The mirror is at `git_dir` (`bytes` on disk).
    Ready { git_dir: PathBuf, bytes: u64 },
    /// Not fetched: why, in words (never a credential).
    Failed(String),
    /// Larger than `--max-repo-size`.
    TooLarge(u64),
}

/// Where mirrors go and the bounds on getting them.
pub struct Fetcher {
    /// `--cache DIR`, else a temporary folder (removed with the fetcher).
    root: PathBuf,
    pub cached: bool,
    _temp: Option<tempfile::TempDir>,
    pub timeout: Duration,
    pub max_size: Option<u64>,
}

impl Fetcher {
    pub fn new(
        cache: Option<&Path>,
        timeout: Duration,
        max_size: Option<u64>,
    ) -> std::io::Result<Fetcher> {
        let (root, temp) = match cache {
            Some(dir) => {
                std::fs::create_dir_all(dir)?;
                (dir.to_path_buf(), None)
            }
            None => {
                let t = tempfile::Builder::new()
                    .prefix("keyfence-repos-")
                    .tempdir()?;
                (t.path().to_path_buf(), Some(t))
            }
        };
        Ok(Fetcher {
            root,
            cached: cache.is_some(),
            _temp: temp,
            timeout,
            max_size,
        })
    }

    /// A scratch folder beside the mirrors (for HEAD's files).
    pub fn scratch(&self) -> std::io::Result<tempfile::TempDir> {
        tempfile::Builder::new()
            .prefix(".keyfence-files-")
            .tempdir_in(&self.root)
    }

    /// The mirror's folder for the repository named `name`: readable, and unique by a
    /// digest of the name.
    fn dir_for(&self, name: &str) -> PathBuf {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(name.as_bytes());
        let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
        let tail = name
            .trim_end_matches(".git")
            .rsplit(['/', ':'])
            .next()
            .unwrap_or("repo");
        let slug: String = tail
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .take(40)
            .collect();
        self.root
            .join(format!("{}-{hex}.git", slug.trim_start_matches('.')))
    }

    /// Clones `url` mirror-style, or fetches into the cached mirror (cloning afresh
    /// when the fetch fails).
    pub fn fetch(&self, name: &str, url: &str) -> Fetched {
        let dir = self.dir_for(name);
        let mut fetch_failed = None;
        if self.cached && dir.join("HEAD").is_file() {
            let mut cmd = git();
            credentials(&mut cmd, url);
            cmd.arg("--git-dir").arg(&dir).args([
                "fetch",
                "--prune",
                "--quiet",
                "--no-write-fetch-head",
                "origin",
            ]);
            match self.run(cmd, &dir, url) {
                Ok(()) => return self.ready(dir),
                // A clone afresh may work where the fetch did not (a broken cache); if
                // it fails too, the cached mirror is kept for the next run.
                Err(e) => fetch_failed = Some(e),
            }
        }
        let part = dir.with_extension(format!("part-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&part);
        let mut cmd = git();
        credentials(&mut cmd, url);
        cmd.args(["clone", "--mirror", "--quiet", "--", url])
            .arg(&part);
        if let Err(e) = self.run(cmd, &part, url) {
            let _ = std::fs::remove_dir_all(&part);
            return fetch_failed.unwrap_or(e);
        }
        let _ = std::fs::remove_dir_all(&dir);
        if let Err(e) = std::fs::rename(&part, &dir) {
            let _ = std::fs::remove_dir_all(&part);
            return Fetched::Failed(format!("cannot move the clone into place: {e}"));
        }
        self.ready(dir)
    }

    fn ready(&self, git_dir: PathBuf) -> Fetched {
        let bytes = dir_size(&git_dir);
        match self.max_size {
            Some(max) if bytes > max => {
                if !self.cached {
                    let _ = std::fs::remove_dir_all(&git_dir);
                }
                Fetched::TooLarge(bytes)
            }
            _ => Fetched::Ready { git_dir, bytes },
        }
    }

    /// Runs git, watching the time and the size of `grows`; stops it past a bound.
    fn run(&self, mut cmd: Command, grows: &Path, url: &str) -> Result<(), Fetched> {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            cmd.process_group(0);
        }
        let mut child = cmd
            .spawn()
            .map_err(|e| Fetched::Failed(format!("cannot run git: {e}")))?;
        let stderr = child.stderr.take();
        let reader = std::thread::spawn(move || {
            // The last 4 KiB of what git says is enough to say why it failed.
            let mut tail = Vec::new();
            if let Some(mut s) = stderr {
                let mut buf = [0u8; 8192];
                while let Ok(n) = s.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    tail.extend_from_slice(&buf[..n]);
                    if tail.len() > 8192 {
                        tail.drain(..tail.len() - 4096);
                    }
                }
            }
            tail
        });
        let started = Instant::now();
        let mut checked = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Ok(status),
                Ok(None) => {}
                Err(e) => break Err(format!("cannot wait for git: {e}")),
            }
            if started.elapsed() > self.timeout {
                kill(&mut child);
                break Err(format!(
                    "gave up after {}s (--clone-timeout)",
                    self.timeout.as_secs()
                ));
            }
            if let Some(max) = self.max_size {
                if checked.elapsed() > Duration::from_millis(500) {
                    checked = Instant::now();
                    let now = dir_size(grows);
                    if now > max {
                        kill(&mut child);
                        let _ = reader.join();
                        return Err(Fetched::TooLarge(now));
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let said = reader.join().unwrap_or_default();
        match status {
            Ok(s) if s.success() => Ok(()),
            Ok(s) => Err(Fetched::Failed(format!(
                "git {} ({}): {}",
                if grows.extension().is_some_and(|e| e == "git") {
                    "fetch failed"
                } else {
                    "clone failed"
                },
                s,
                scrub(&String::from_utf8_lossy(&said), url)
            ))),
            Err(e) => Err(Fetched::Failed(e)),
        }
    }
}

/// git that never prompts and reads no user input.
fn git() -> Command {
    let mut cmd = Command::new("git");
    cmd.env("GIT_TERMINAL_PROMPT", "0")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE");
    cmd
}

/// With `GH_TOKEN` set, an https clone from GitHub (or `GH_HOST`) gets it from a
/// credential helper that reads the variable when git asks: the token itself is on no
/// command line. Git's own credential helpers apply as configured otherwise.
fn credentials(cmd: &mut Command, url: &str) {
    if std::env::var_os("GH_TOKEN").is_none_or(|t| t.is_empty()) {
        return;
    }
    let host = std::env::var("GH_HOST").unwrap_or_else(|_| "github.com".into());
    let Ok(u) = url::Url::parse(url) else { return };
    if u.scheme() != "https" || u.host_str() != Some(host.as_str()) {
        return;
    }
    cmd.arg("-c").arg(format!(
        "credential.https://{host}.helper=!f() {{ test \"$1\" = get && echo \
         username=x-access-token && echo \"password=$GH_TOKEN\"; }}; f"
    ));
}

fn kill(child: &mut Child) {
    #[cfg(unix)]
    {
        // The whole group: git's helpers (remote-https, upload-pack) too.
        if let Ok(pid) = i32::try_from(child.id()) {
            // SAFETY: kill(2) on our own child's process group.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// What git said, one line, without credentials: any `user:password@` of a URL, the
/// GH_TOKEN's value, and control characters.
fn scrub(said: &str, url: &str) -> String {
    let mut text: String = said
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" / ");
    if let Ok(token) = std::env::var("GH_TOKEN") {
        if token.len() >= 4 {
            text = text.replace(&token, "***");
        }
    }
    // `scheme://user:secret@host` anywhere: the userinfo goes.
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("://") {
        out.push_str(&rest[..i + 3]);
        rest = &rest[i + 3..];
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '/' || c == '\'' || c == '"')
            .unwrap_or(rest.len());
        if let Some(at) = rest[..end].rfind('@') {
            out.push_str("***@");
            rest = &rest[at + 1..];
        }
    }
    out.push_str(rest);
    let _ = url;
    let mut short: String = out.chars().filter(|c| !c.is_control()).take(600).collect();
    if short.is_empty() {
        short = "git said nothing".into();
    }
    short
}

/// Bytes of the files under `dir` (links not followed).
pub fn dir_size(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            match e.file_type() {
                Ok(t) if t.is_dir() => stack.push(e.path()),
                Ok(t) if t.is_file() => total += e.metadata().map_or(0, |m| m.len()),
                _ => {}
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::{credentials, scrub};

    #[test]
    fn gh_token_reaches_git_through_a_helper_never_an_argument() {
        // SAFETY: this test alone reads or writes GH_TOKEN in this process.
        unsafe { std::env::set_var("GH_TOKEN", "ghp_argtest000") };
        let mut cmd = std::process::Command::new("git");
        credentials(&mut cmd, "https://github.com/org/app");
        let args: Vec<String> = cmd
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(args.len(), 2, "{args:?}");
        assert!(args[1].starts_with("credential.https://github.com.helper=!"));
        assert!(args[1].contains("$GH_TOKEN") && !args[1].contains("ghp_argtest"));
        let mut other = std::process::Command::new("git");
        credentials(&mut other, "https://git.example/org/app");
        credentials(&mut other, "git@github.com:org/app.git");
        assert_eq!(other.get_args().count(), 0, "only https to GitHub");
        assert!(!scrub("fatal: ghp_argtest000 rejected", "").contains("ghp_argtest000"));
        unsafe { std::env::remove_var("GH_TOKEN") };
    }

    #[test]
    fn what_git_says_loses_its_credentials() {
        let said = "fatal: unable to access 'https://bob:hunter2@git.example/x.git/': 403\n";
        let s = scrub(said, "");
        assert!(!s.contains("hunter2") && !s.contains("bob"), "{s}");
        assert!(s.contains("https://***@git.example/x.git"), "{s}");
    }
}
