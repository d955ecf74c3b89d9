//! The list of `--repos`: one clone URL or local path a line, each repository named as
//! listed; and list files in general (`keyfence url --from` reads them too).

use std::io::BufRead;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// One repository of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// As listed (a trailing `/` dropped): reports name the repository by it and shards
    /// hash it.
    pub name: String,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Cloned (or fetched into the cache) with git.
    Url(String),
    /// Audited where it is.
    Path(PathBuf),
}

/// The lines of a list file (`-`: standard input), trimmed, without blank lines and
/// `#` comments. `what` names the option in errors.
pub fn read_lines(from: &Path, what: &str) -> Result<Vec<String>> {
    let lines: Vec<String> = if from.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .lines()
            .collect::<Result<_, _>>()
            .with_context(|| format!("{what} -"))?
    } else {
        let f = std::fs::File::open(from).with_context(|| format!("{what} {}", from.display()))?;
        std::io::BufReader::new(f)
            .lines()
            .collect::<Result<_, _>>()
            .with_context(|| format!("{what} {}", from.display()))?
    };
    Ok(lines
        .into_iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect())
}

/// Reads `--repos FILE`: each line a repository, the first of repeats kept.
pub fn read(from: &Path) -> Result<Vec<Entry>> {
    let mut out: Vec<Entry> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for line in read_lines(from, "--repos")? {
        let entry = parse(&line)?;
        if seen.insert(entry.name.clone()) {
            out.push(entry);
        }
    }
    if out.is_empty() {
        bail!("--repos {}: no repository listed", from.display());
    }
    Ok(out)
}

/// One line: a URL (`scheme://`), an scp-like `user@host:path`, or a local path.
pub fn parse(line: &str) -> Result<Entry> {
    let trimmed = line.trim_end_matches('/');
    let name = if trimmed.is_empty() { line } else { trimmed }.to_string();
    // git's remote helpers (`ext::COMMAND`, `fd::`) would run commands, not clone.
    let head = line.split('/').next().unwrap_or(line);
    if head.contains("::") {
        bail!(
            "--repos: {} names a git remote helper (`X::`), which keyfence does not run: \
             give a clone URL or a path",
            keyfence_model::escape::terminal(head)
        );
    }
    if let Some((scheme, _)) = line.split_once("://") {
        let u = url::Url::parse(line).map_err(|e| {
            anyhow::anyhow!(
                "--repos: not a URL: {} ({e})",
                keyfence_model::escape::terminal(line)
            )
        })?;
        if !matches!(u.scheme(), "https" | "http" | "ssh" | "git" | "file") {
            bail!(
                "--repos: {} is not a scheme git clones from here (https, http, ssh, git, file)",
                keyfence_model::escape::terminal(scheme)
            );
        }
        // A token in the URL would be in every report and log: credentials come from
        // git's credential helper or GH_TOKEN.
        let userinfo_ok = u.password().is_none()
            && (u.username().is_empty() || matches!(u.scheme(), "ssh" | "git"));
        if !userinfo_ok {
            bail!(
                "--repos: a URL with credentials in it ({}): they would show in reports and \
                 logs; give them with git's credential helper or GH_TOKEN instead",
                u.host_str().unwrap_or_default()
            );
        }
        return Ok(Entry {
            name,
            source: Source::Url(line.to_string()),
        });
    }
    if is_scp_like(line) {
        return Ok(Entry {
            name,
            source: Source::Url(line.to_string()),
        });
    }
    Ok(Entry {
        name,
        source: Source::Path(PathBuf::from(line)),
    })
}

/// `git@github.com:org/repo.git`: a host before a `:` that comes before any `/` (and
/// is not a Windows drive letter).
fn is_scp_like(line: &str) -> bool {
    match line.split_once(':') {
        Some((host, _)) => host.len() > 1 && !host.contains('/') && !host.contains('\\'),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_paths_and_credentials() {
        let e = parse("https://github.com/org/app/").unwrap();
        assert_eq!(e.name, "https://github.com/org/app");
        assert!(matches!(e.source, Source::Url(_)));
        assert!(matches!(
            parse("git@github.com:org/app.git").unwrap().source,
            Source::Url(_)
        ));
        assert!(matches!(
            parse("ssh://git@host/org/app").unwrap().source,
            Source::Url(_)
        ));
        assert!(matches!(
            parse("../repos/app").unwrap().source,
            Source::Path(_)
        ));
        assert!(matches!(
            parse("C:\\work\\app").unwrap().source,
            Source::Path(_)
        ));
        for bad in [
            "https://x-access-token:abc@github.com/org/app",
            "https://tokenvalue@github.com/org/app",
            "ftp://host/app",
            "ext::sh -c touch% /tmp/x",
            "fd::7",
        ] {
            let err = parse(bad).unwrap_err().to_string();
            assert!(!err.contains("abc") && !err.contains("tokenvalue"), "{err}");
        }
    }
}
