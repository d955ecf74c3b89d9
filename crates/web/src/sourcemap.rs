//! Source maps: the original sources a served file was built from (`sourcesContent`),
//! each scanned as its own file, and the way back from a place in the served file to
//! the original source (`mappings`).

use base64::Engine as _;
use serde::Deserialize;

/// The longest original source path kept (a hostile map may name anything).
const MAX_SOURCE_PATH: usize = 1024;
/// Index maps nest sections; keyfence reads this deep.
const MAX_SECTION_DEPTH: usize = 4;

#[derive(Deserialize, Default)]
struct Raw {
    #[serde(default)]
    sources: Vec<Option<String>>,
    #[serde(default, rename = "sourcesContent")]
    contents: Vec<Option<String>>,
    #[serde(default, rename = "sourceRoot")]
    root: Option<String>,
    #[serde(default)]
    mappings: Option<String>,
    #[serde(default)]
    sections: Vec<Section>,
}

#[derive(Deserialize)]
struct Section {
    #[serde(default)]
    map: Option<Box<Raw>>,
    #[serde(default)]
    url: Option<String>,
}

/// One original source a map carries.
#[derive(Debug, PartialEq, Eq)]
pub struct Original {
    /// Its path as findings show it (see [`source_path`]).
    pub path: String,
    /// Its text, when the map embeds it.
    pub content: Option<String>,
}

/// A parsed source map.
#[derive(Debug, Default)]
pub struct SourceMap {
    pub sources: Vec<Original>,
    /// Maps that index-map sections name by URL (to fetch).
    pub section_urls: Vec<String>,
    mappings: String,
}

/// Why a map could not be read.
#[derive(Debug)]
pub struct NotAMap(pub String);

impl SourceMap {
    /// Parses a source map (JSON, with the `)]}'` guard some servers prepend).
    pub fn parse(bytes: &[u8]) -> Result<SourceMap, NotAMap> {
        let mut b = bytes;
        if b.starts_with(b")]}") {
            b = memchr::memchr(b'\n', b).map_or(&[][..], |n| &b[n + 1..]);
        }
        let raw: Raw = serde_json::from_slice(b).map_err(|e| NotAMap(e.to_string()))?;
        let mut map = SourceMap::default();
        map.add(raw, 0);
        Ok(map)
    }

    fn add(&mut self, raw: Raw, depth: usize) {
        let root = raw.root.unwrap_or_default();
        let mut contents = raw.contents.into_iter();
        for s in raw.sources {
            let content = contents.next().flatten();
            let name = s.unwrap_or_default();
            let joined = if root.is_empty() || name.contains("://") || name.starts_with('/') {
                name
            } else {
                format!("{}/{}", root.trim_end_matches('/'), name)
            };
            self.sources.push(Original {
                path: source_path(&joined),
                content,
            });
        }
        if depth == 0 {
            self.mappings = raw.mappings.unwrap_or_default();
        }
        for sec in raw.sections {
            if let Some(m) = sec.map {
                if depth < MAX_SECTION_DEPTH {
                    self.add(*m, depth + 1);
                }
            } else if let Some(u) = sec.url {
                self.section_urls.push(u);
            }
        }
    }

    /// The original places of 1-based `(line, column)` positions (columns in bytes) of
    /// the served file: each one's source index and 1-based line and column, when the
    /// mappings say. One pass over `mappings`, however many positions are asked.
    pub fn originals(&self, at: &[(u64, u64)]) -> Vec<Option<(usize, u64, u64)>> {
        let mut out = vec![None; at.len()];
        let mut order: Vec<usize> = (0..at.len()).collect();
        order.sort_by_key(|&k| at[k]);
        let mut next = 0; // into `order`
        let mut state = [0i64; 4]; // source, original line, original column, name
        let mut segs: Vec<(i64, [i64; 3])> = Vec::new();
        for (l, line) in self.mappings.split(';').enumerate() {
            let l = l as u64 + 1;
            while next < order.len() && at[order[next]].0 < l {
                next += 1;
            }
            if next == order.len() {
                break;
            }
            let wanted = at[order[next]].0 == l;
            segs.clear();
            let mut gen_col = 0i64;
            for seg in line.split(',') {
                let Some(fields) = vlq(seg) else {
                    return out;
                };
                let Some(first) = fields.first() else {
                    continue;
                };
                gen_col += first;
                for (k, v) in fields.iter().skip(1).take(4).enumerate() {
                    state[k] += v;
                }
                if wanted && fields.len() >= 4 {
                    segs.push((gen_col, [state[0], state[1], state[2]]));
                }
            }
            if !wanted {
                continue;
            }
            segs.sort_by_key(|s| s.0);
            while next < order.len() && at[order[next]].0 == l {
                let k = order[next];
                next += 1;
                let col = i64::try_from(at[k].1.saturating_sub(1)).unwrap_or(i64::MAX);
                let i = segs.partition_point(|s| s.0 <= col);
                if i == 0 {
                    continue;
                }
                let (g, [src, ol, oc]) = segs[i - 1];
                if let (Ok(src), Ok(ol), Ok(oc)) = (
                    usize::try_from(src),
                    u64::try_from(ol + 1),
                    u64::try_from(oc.saturating_add(1).saturating_add(col - g)),
                ) {
                    out[k] = Some((src, ol, oc));
                }
            }
        }
        out
    }
}

/// The fields of one `mappings` segment (base64 VLQ).
fn vlq(seg: &str) -> Option<Vec<i64>> {
    let mut out = Vec::new();
    let mut value: i64 = 0;
    let mut shift = 0u32;
    for c in seg.bytes() {
        let d = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as i64;
        if shift > 60 {
            return None;
        }
        value |= (d & 31) << shift;
        if d & 32 != 0 {
            shift += 5;
        } else {
            let v = value >> 1;
            out.push(if value & 1 == 1 { -v } else { v });
            value = 0;
            shift = 0;
        }
        if out.len() > 5 {
            return None;
        }
    }
    (shift == 0).then_some(out)
}

/// The path of an original source as findings show it: the bundler's scheme and
/// namespace dropped (`webpack://app/./src/a.js` → `src/a.js`), leading `./`, `../` and
/// `/` dropped, control characters replaced, cut to a bounded length.
pub fn source_path(name: &str) -> String {
    let mut s = name;
    if let Some(i) = s.find("://") {
        s = &s[i + 3..];
        // `webpack://name/…` names its project first; `webpack:///…` names none.
        if let Some(slash) = s.find('/') {
            s = &s[slash + 1..];
        }
    }
    loop {
        let t = s
            .trim_start_matches("./")
            .trim_start_matches("../")
            .trim_start_matches('/');
        if t.len() == s.len() {
            break;
        }
        s = t;
    }
    let mut out: String = s
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .take(MAX_SOURCE_PATH)
        .collect();
    if out.is_empty() {
        out.push_str("(unnamed source)");
    }
    out
}

/// The bytes of a `data:` URL (a source map inlined in a script), when it is one.
pub fn data_url(url: &str) -> Option<Vec<u8>> {
    let rest = url.strip_prefix("data:")?;
    let (meta, data) = rest.split_once(',')?;
    if meta.ends_with(";base64") {
        base64::engine::general_purpose::STANDARD
            .decode(data.trim_end_matches('='))
            .or_else(|_| {
                base64::engine::general_purpose::STANDARD_NO_PAD.decode(data.trim_end_matches('='))
            })
            .ok()
    } else {
        Some(percent_decode(data))
    }
}

fn percent_decode(s: &str) -> Vec<u8> {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_paths() {
        let m = SourceMap::parse(
            br#"{"version":3,"sources":["webpack://kf/./src/a.js","../../src/lazy/chat.ts",null],
"sourcesContent":["a","b"],"mappings":"AAAA"}"#,
        )
        .unwrap();
        let paths: Vec<&str> = m.sources.iter().map(|s| s.path.as_str()).collect();
        assert_eq!(paths, ["src/a.js", "src/lazy/chat.ts", "(unnamed source)"]);
        assert_eq!(m.sources[1].content.as_deref(), Some("b"));
        assert_eq!(m.sources[2].content, None);
        assert!(SourceMap::parse(b"<html>").is_err());
        assert_eq!(source_path("webpack:///./x\n.js"), "x?.js");
    }

    #[test]
    fn mappings_lead_back() {
        // Generated line 1: col 0 -> src 0 line 1 col 1; col 10 -> src 0 line 3 col 5.
        let m = SourceMap::parse(br#"{"sources":["a.js"],"mappings":"AAAA,UAEI"}"#).unwrap();
        assert_eq!(
            m.originals(&[(1, 13), (1, 1), (2, 1)]),
            vec![Some((0, 3, 7)), Some((0, 1, 1)), None]
        );
    }

    #[test]
    fn data_urls() {
        assert_eq!(
            data_url("data:application/json;base64,e30=").unwrap(),
            b"{}"
        );
        assert_eq!(data_url("data:application/json,%7B%7D").unwrap(), b"{}");
        assert!(data_url("/x.map").is_none());
    }
}
