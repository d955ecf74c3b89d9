//! From a match to a finding: position, key id, confidence, exposure.

use keyfence_exposure::Evidence;
use keyfence_matcher::{validate, Match, RuleMatcher};
use keyfence_model::{Confidence, Finding};
use keyfence_rules::{Kernel, Rule, Validator};

use crate::read::Origin;

/// How far around a match keywords are looked for.
const KEYWORD_WINDOW: usize = 512;
/// How much of the match's line the exposure analysis sees, either side.
const LINE_WINDOW: usize = 4096;
/// How much text either side of a match [`finding`] looks at: a copy of this much
/// around a decoded match is all a finding needs of its view.
pub(crate) const AROUND: usize = if KEYWORD_WINDOW > LINE_WINDOW {
    KEYWORD_WINDOW
} else {
    LINE_WINDOW
};

/// Where a match sits: what the chunked reader knows when it reports one.
pub(crate) struct At<'a> {
    pub origin: &'a Origin<'a>,
    /// The stream's first bytes, where a directive sits.
    pub head: &'a [u8],
    /// 1-based line of the secret.
    pub line: u64,
    /// Absolute offset where that line starts.
    pub line_start: u64,
    /// Absolute offset of the buffer's first byte.
    pub base: u64,
}

pub(crate) fn finding(matcher: &RuleMatcher, m: &Match, buf: &[u8], place: &At) -> Finding {
    let rule = matcher.rule(m.rule);
    let secret = &buf[m.secret()];
    let offset = place.base + m.secret_start as u64;
    let column = offset - place.line_start + 1;
    let window =
        &buf[m.start.saturating_sub(KEYWORD_WINDOW)..(m.end + KEYWORD_WINDOW).min(buf.len())];
    let context = matcher.keywords_in(m.rule, window);
    let line_from = (place.line_start.saturating_sub(place.base) as usize)
        .max(m.start.saturating_sub(LINE_WINDOW));
    let line_to = memchr::memchr(b'\n', &buf[m.end..(m.end + LINE_WINDOW).min(buf.len())])
        .map_or((m.end + LINE_WINDOW).min(buf.len()), |i| m.end + i);
    let path = (place.origin.path)();
    let line = &buf[line_from..line_to];
    let (exposure, exposure_reason) = keyfence_exposure::classify(Evidence {
        path: path.as_deref(),
        line,
        head: Some(place.head),
        project: path
            .as_ref()
            .and_then(|_| place.origin.project.verdict(offset, line)),
    });
    let confidence = lowered_for_examples(path.as_deref(), confidence_of(rule, secret, &context));
    Finding {
        path,
        line: place.line,
        column,
        end_column: column + secret.len() as u64,
        offset,
        key_id: key_id_of(rule, secret),
        confidence,
        context,
        exposure,
        exposure_reason,
        suppressed: allow_marker(line, m.secret_start.saturating_sub(line_from)),
        ..Finding::with_secret(rule.id.clone(), String::from_utf8_lossy(secret))
    }
}

/// On a key's line, in any comment syntax, this marker suppresses the finding.
pub const ALLOW_MARKER: &str = "keyfence:allow";

/// The most characters of a marker's reason kept.
const MAX_ALLOW_REASON: usize = 120;

/// Why the finding at byte `at` of `line` is suppressed by an inline marker, if one is
/// on its line as people see it: CR, form feed, U+2028 and U+2029 end a line too, so a
/// marker that a carriage return hides on another visual line does not count. The
/// reason is the marker's own words (`keyfence:allow test fixture`), cut short.
pub fn allow_marker(line: &[u8], at: usize) -> Option<String> {
    let at = at.min(line.len());
    let is_break = |i: usize| -> Option<usize> {
        match line[i] {
            b'\r' | b'\n' | 0x0c => Some(1),
            0xe2 if line.get(i + 1) == Some(&0x80)
                && matches!(line.get(i + 2), Some(0xa8 | 0xa9)) =>
            {
                Some(3)
            }
            _ => None,
        }
    };
    let mut start = 0;
    let mut i = 0;
    while i < at {
        match is_break(i) {
            Some(n) => {
                i += n;
                start = i;
            }
            None => i += 1,
        }
    }
    let mut end = at;
    while end < line.len() && is_break(end).is_none() {
        end += 1;
    }
    let visual = &line[start..end];
    let found = memchr::memmem::find(visual, ALLOW_MARKER.as_bytes())?;
    let rest = String::from_utf8_lossy(&visual[found + ALLOW_MARKER.len()..]);
    let reason: String = rest
        .trim()
        .trim_start_matches([':', '-'])
        .trim_end_matches("*/")
        .trim_end_matches("-->")
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_ALLOW_REASON)
        .collect();
    Some(if reason.is_empty() {
        format!("inline {ALLOW_MARKER}")
    } else {
        format!("inline {ALLOW_MARKER}: {reason}")
    })
}

/// The public id inside a credential: the part before the dot of an API key, the
/// `api_key` claim of an SDK token.
pub fn key_id_of(rule: &Rule, secret: &[u8]) -> Option<String> {
    if rule.validator == Some(Validator::ZaiJwt) {
        return validate::zai_jwt_key_id(secret);
    }
    if rule.kernel == Some(Kernel::ZaiApiKey) {
        let dot = memchr::memchr(b'.', secret)?;
        return Some(String::from_utf8_lossy(&secret[..dot]).into_owned());
    }
    None
}

/// Confidence from evidence a reviewer would accept:
/// - high: a validated structure (an SDK token's signed header and `api_key`), or a
///   context keyword (a Z.ai host, env name, SDK or model name) near the secret;
/// - medium: the shape alone, with the mixed-case randomness of a real secret;
/// - low: for an API key, the shape alone with a secret part lacking upper- or
///   lowercase letters, which a random 16-character secret does with probability
///   about 3e-4.
pub fn confidence_of(rule: &Rule, secret: &[u8], context: &[String]) -> Confidence {
    if rule.validator.is_some() || !context.is_empty() {
        return Confidence::High;
    }
    if rule.kernel != Some(Kernel::ZaiApiKey) {
        return Confidence::Medium;
    }
    let tail = match memchr::memrchr(b'.', secret) {
        Some(dot) => &secret[dot + 1..],
        None => secret,
    };
    let upper = tail.iter().any(u8::is_ascii_uppercase);
    let lower = tail.iter().any(u8::is_ascii_lowercase);
    if upper && lower {
        Confidence::Medium
    } else {
        Confidence::Low
    }
}

/// Documentation and example files: sample keys live there more often than real ones.
pub fn is_example_or_doc(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let mut parts = lower.split('/').collect::<Vec<_>>();
    let name = parts.pop().unwrap_or_default();
    let doc_dir = parts.iter().any(|d| {
        matches!(
            *d,
            "doc"
                | "docs"
                | "documentation"
                | "example"
                | "examples"
                | "sample"
                | "samples"
                | "demo"
                | "demos"
                | "tutorial"
                | "tutorials"
        )
    });
    let doc_name = name.starts_with("readme")
        || name.starts_with("changelog")
        || [".md", ".mdx", ".rst", ".adoc", ".ipynb"]
            .iter()
            .any(|e| name.ends_with(e))
        || [".example", ".sample", ".template", ".dist"]
            .iter()
            .any(|e| name.ends_with(e) || name.contains(&format!("{e}.")))
        || name.starts_with("example.")
        || name.starts_with("sample.");
    doc_dir || doc_name
}

/// One level lower in documentation and example files: a finding never disappears
/// for it, but sorts and filters below the rest.
pub fn lowered_for_examples(path: Option<&str>, c: Confidence) -> Confidence {
    match path {
        Some(p) if is_example_or_doc(p) => match c {
            Confidence::High => Confidence::Medium,
            _ => Confidence::Low,
        },
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documentation_and_examples_lower_confidence() {
        for p in [
            "README.md",
            "docs/setup.txt",
            "examples/chat/main.py",
            ".env.example",
            ".env.sample",
            "config.example.json",
            "notebooks/demo.ipynb",
            "site/tutorial/index.mdx",
        ] {
            assert!(is_example_or_doc(p), "{p}");
        }
        for p in [
            "src/main.py",
            ".env",
            "web/dist/app.js",
            "docker/Dockerfile",
            "exampleapp/x.py",
        ] {
            assert!(!is_example_or_doc(p), "{p}");
        }
        assert_eq!(
            lowered_for_examples(Some("README.md"), Confidence::High),
            Confidence::Medium
        );
        assert_eq!(
            lowered_for_examples(Some("README.md"), Confidence::Medium),
            Confidence::Low
        );
        assert_eq!(
            lowered_for_examples(Some("src/a.py"), Confidence::High),
            Confidence::High
        );
    }
}
