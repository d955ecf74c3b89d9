//! Script inside markup: the `<script>` blocks of HTML pages and single-file
//! components (Vue, Svelte, Astro), the `src` of external scripts, and Astro's
//! frontmatter. Linear and forgiving: markup it cannot read yields nothing.

use std::ops::Range;

/// A `<script>` element: the range of its content and its `src`, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Script {
    pub content: Range<usize>,
    pub src: Option<String>,
    /// `type="module"`, or no type at all.
    pub module_or_classic: bool,
}

fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    let first_lower = needle[0].to_ascii_lowercase();
    let first_upper = needle[0].to_ascii_uppercase();
    let mut i = from;
    while let Some(k) = memchr::memchr2(first_lower, first_upper, &hay[i..]) {
        let at = i + k;
        if hay.len() - at >= needle.len() && hay[at..at + needle.len()].eq_ignore_ascii_case(needle)
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The value of attribute `name` in the tag text `tag` (`name="v"`, `name='v'`,
/// `name=v`).
pub fn attribute(tag: &[u8], name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(at) = find_ci(tag, name.as_bytes(), from) {
        from = at + 1;
        let before_ok = at == 0 || tag[at - 1].is_ascii_whitespace();
        let mut i = at + name.len();
        if !before_ok {
            continue;
        }
        while i < tag.len() && tag[i].is_ascii_whitespace() {
            i += 1;
        }
        if tag.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < tag.len() && tag[i].is_ascii_whitespace() {
            i += 1;
        }
        let (start, end) = match tag.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = memchr::memchr(q, &tag[i + 1..]).map_or(tag.len(), |k| i + 1 + k);
                (i + 1, end)
            }
            Some(_) => {
                let end = tag[i..]
                    .iter()
                    .position(|b| b.is_ascii_whitespace() || *b == b'>')
                    .map_or(tag.len(), |k| i + k);
                (i, end)
            }
            None => continue,
        };
        return Some(String::from_utf8_lossy(&tag[start..end]).into_owned());
    }
    None
}

/// Every `<script>` element of `src`.
pub fn scripts(src: &[u8]) -> Vec<Script> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(open) = find_ci(src, b"<script", i) {
        let after = open + b"<script".len();
        if !src
            .get(after)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'>')
        {
            i = after;
            continue;
        }
        let Some(gt) = memchr::memchr(b'>', &src[after..]).map(|k| after + k) else {
            break;
        };
        let tag = &src[after..gt];
        let close = find_ci(src, b"</script", gt + 1).unwrap_or(src.len());
        let kind = attribute(tag, "type");
        out.push(Script {
            content: gt + 1..close,
            src: attribute(tag, "src"),
            module_or_classic: kind.as_deref().is_none_or(|t| {
                let t = t.to_ascii_lowercase();
                t == "module" || t.contains("javascript") || t == "text/babel"
            }),
        });
        i = close + 1;
    }
    out
}

/// The `href` of each `<link rel="modulepreload">` (scripts a page loads too).
pub fn module_preloads(src: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(open) = find_ci(src, b"<link", i) {
        let Some(gt) = memchr::memchr(b'>', &src[open..]).map(|k| open + k) else {
            break;
        };
        let tag = &src[open + 5..gt];
        if attribute(tag, "rel").is_some_and(|r| r.eq_ignore_ascii_case("modulepreload")) {
            out.extend(attribute(tag, "href"));
        }
        i = gt + 1;
    }
    out
}

/// Astro's frontmatter: the code between a first line `---` and the next `---` line.
pub fn frontmatter(src: &[u8]) -> Option<Range<usize>> {
    let body = src.strip_prefix(b"---")?;
    let start = 3 + memchr::memchr(b'\n', body)? + 1;
    let mut i = start;
    while i < src.len() {
        let end = memchr::memchr(b'\n', &src[i..]).map_or(src.len(), |k| i + k);
        if src[i..end].trim_ascii() == b"---" {
            return Some(start..i);
        }
        i = end + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_their_sources() {
        let html = br#"<!doctype html><html><head>
<link rel="modulepreload" href="/src/chunk.js">
<script type="module" src="/src/main.ts"></script>
<SCRIPT>window.x = 1</SCRIPT>
<script type="application/ld+json">{"a":1}</script>
<scripts>not one</scripts>
</head></html>"#;
        let s = scripts(html);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].src.as_deref(), Some("/src/main.ts"));
        assert!(s[0].module_or_classic && s[1].module_or_classic && !s[2].module_or_classic);
        assert_eq!(&html[s[1].content.clone()], b"window.x = 1");
        assert_eq!(module_preloads(html), ["/src/chunk.js"]);
    }

    #[test]
    fn astro_frontmatter() {
        let src = b"---\nimport X from './x';\nconst k = 1;\n---\n<X />\n<script>go()</script>\n";
        let fm = frontmatter(src).unwrap();
        assert_eq!(&src[fm], b"import X from './x';\nconst k = 1;\n");
        assert_eq!(frontmatter(b"<div>---</div>"), None);
    }

    #[test]
    fn broken_markup_yields_what_it_can() {
        assert!(scripts(b"<script").is_empty());
        let s = scripts(b"<script>never closed");
        assert_eq!(s.len(), 1);
        assert_eq!(
            attribute(b" src='a b.js' x", "src").as_deref(),
            Some("a b.js")
        );
        assert_eq!(attribute(b" data-src=x", "src"), None);
    }
}
