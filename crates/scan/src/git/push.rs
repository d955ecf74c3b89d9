//! What a `git push` would publish: git's pre-push protocol, turned into a commit set.

use std::path::Path;

use gix::ObjectId;

use super::{CommitSet, GitError};

/// One line of git's pre-push input: `<local ref> <local sha> <remote ref> <remote sha>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PushUpdate {
    pub local_ref: String,
    pub local_sha: String,
    pub remote_ref: String,
    pub remote_sha: String,
}

/// Whether an object id is git's all-zero id (no object: a new or deleted ref).
pub fn is_zero(sha: &str) -> bool {
    sha.bytes().all(|b| b == b'0')
}

/// Whether `s` is a full object id (SHA-1 or SHA-256, in hex).
pub fn is_sha(s: &str) -> bool {
    (s.len() == 40 || s.len() == 64) && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Parses git's pre-push input; blank lines are ignored, anything else malformed is an
/// error that quotes it.
pub fn parse_push(input: &str) -> Result<Vec<PushUpdate>, String> {
    let mut out = Vec::new();
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields[..] {
            [local_ref, local_sha, remote_ref, remote_sha]
                if is_sha(local_sha) && is_sha(remote_sha) =>
            {
                out.push(PushUpdate {
                    local_ref: local_ref.into(),
                    local_sha: local_sha.into(),
                    remote_ref: remote_ref.into(),
                    remote_sha: remote_sha.into(),
                })
            }
            _ => {
                let shown: String = line.chars().take(120).collect();
                let more = if shown.len() < line.len() { "…" } else { "" };
                return Err(format!(
                    "line {}: expected `<local ref> <local sha> <remote ref> <remote sha>` \
                     (git's pre-push input), got `{shown}{more}`",
                    n + 1
                ));
            }
        }
    }
    Ok(out)
}

/// The commits a push would publish that the remote does not already have, or `None`
/// when it publishes nothing (only deletions).
///
/// - A ref moved forward: what its new tip has and its old remote tip lacks.
/// - A new ref, or a force push whose old tip is not here: what is on none of the
///   remote's refs as the remote itself lists them at push time (`remote_refs`, from
///   `git ls-remote`: one round trip). Remote-tracking refs are never trusted for
///   this: they go stale when a branch is deleted on the remote and its objects
///   pruned, and a key that the remote no longer has must be checked again. Without
///   the listing (`None`: it failed), only the old tips git passed count, so the
///   whole new history is scanned: slower, never a miss.
/// - Every old remote tip git passed that is here, and every listed remote ref that
///   is here, is excluded for all refs of the push: the remote has them already.
/// - An annotated tag is peeled to its commit.
pub fn push_commits(
    repo: &Path,
    remote_refs: Option<&[String]>,
    updates: &[PushUpdate],
) -> Result<Option<CommitSet>, GitError> {
    let git = gix::discover(repo).map_err(|e| GitError::NotARepo {
        path: repo.display().to_string(),
        message: e.to_string(),
    })?;
    let mut set = CommitSet::default();
    for sha in remote_refs.unwrap_or_default() {
        let here = ObjectId::from_hex(sha.as_bytes())
            .ok()
            .and_then(|id| git.find_object(id).ok())
            .and_then(|o| o.peel_to_commit().ok());
        if let Some(c) = here {
            set.exclude.push(c.id.to_string());
        }
    }
    let commit_of = |sha: &str| -> Result<ObjectId, String> {
        let id = ObjectId::from_hex(sha.as_bytes()).map_err(|e| e.to_string())?;
        let object = git.find_object(id).map_err(|e| e.to_string())?;
        object
            .peel_to_commit()
            .map(|c| c.id)
            .map_err(|e| e.to_string())
    };
    for u in updates {
        if !is_zero(&u.remote_sha) {
            // Known here (a fetch brought it): the remote has it and all before it.
            if let Ok(c) = commit_of(&u.remote_sha) {
                set.exclude.push(c.to_string());
            }
        }
        if is_zero(&u.local_sha) {
            continue; // A deletion publishes nothing.
        }
        let id = ObjectId::from_hex(u.local_sha.as_bytes())
            .map_err(|e| GitError::Range(format!("{}: {e}", u.local_ref)))?;
        git.find_object(id)
            .map_err(|e| GitError::Range(format!("{}: {e}", u.local_ref)))?;
        // An annotated tag publishes its message too.
        if git
            .find_header(id)
            .is_ok_and(|h| h.kind() == gix::object::Kind::Tag)
            && u.remote_sha != u.local_sha
        {
            set.tags.push((u.local_ref.clone(), u.local_sha.clone()));
        }
        let commit = commit_of(&u.local_sha).map_err(|_| {
            GitError::Range(format!(
                "{} ({}) is not a commit and does not point at one; keyfence cannot tell \
                 what it publishes (push it with --no-verify if that is intended)",
                u.local_ref, u.local_sha
            ))
        })?;
        set.include.push(commit.to_string());
    }
    if set.include.is_empty() {
        return Ok(None);
    }
    set.include.sort();
    set.include.dedup();
    set.exclude.sort();
    set.exclude.dedup();
    Ok(Some(set))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_lines_parse() {
        let a = "a".repeat(40);
        let z = "0".repeat(40);
        let input =
            format!("refs/heads/x {a} refs/heads/x {z}\n\nrefs/tags/v1 {z} refs/tags/v1 {a}\n");
        let got = parse_push(&input).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].local_sha, a);
        assert!(is_zero(&got[1].local_sha));
        assert!(parse_push("refs/heads/x abc refs/heads/x def").is_err());
        assert!(parse_push("just garbage").is_err());
        assert!(parse_push("").unwrap().is_empty());
    }
}
