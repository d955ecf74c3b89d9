//! Served code's paths made stable across deploys: a finding in
//! `https://app.example.com/assets/index-8c1f.js` fingerprints as one in
//! `https://app.example.com/assets/index-*.js`, so that a baseline or an ignore entry
//! survives the next build, whose bundles have new content hashes.

/// The path a served finding's fingerprint uses: the URL without its query and
/// fragment and with content hashes in its path replaced by `*`; for an original source
/// in a source map (`MAP_URL!src/api/chat.ts`), the site's origin and the original
/// path (`https://app.example.com!src/api/chat.ts`), which do not change when the
/// bundler moves a module to another chunk.
pub fn stable_path(path: &str) -> String {
    let (url, source) = match path.split_once('!') {
        Some((u, s)) => (u, Some(s)),
        None => (path, None),
    };
    let url = url.split(['?', '#']).next().unwrap_or(url);
    let (origin, rest) = match url.find("://") {
        Some(i) => {
            let after = i + 3;
            let end = url[after..].find('/').map_or(url.len(), |j| after + j);
            (&url[..end], &url[end..])
        }
        None => ("", url),
    };
    if let Some(src) = source {
        return format!("{origin}!{src}");
    }
    let mut out = String::from(origin);
    for (i, seg) in rest.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        out.push_str(&stable_segment(seg));
    }
    out
}

/// The path a fingerprint uses for a file (on disk, in history, in an archive): the
/// path with content hashes in its names replaced by `*` (`dist/assets/index-*.js`),
/// so that a bundle's findings keep their fingerprint across rebuilds; archive
/// members (`app.zip!assets/x.js`) keep their separators.
pub fn stable_file_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, part) in path.split('!').enumerate() {
        if i > 0 {
            out.push('!');
        }
        for (j, seg) in part.split('/').enumerate() {
            if j > 0 {
                out.push('/');
            }
            out.push_str(&stable_segment(seg));
        }
    }
    out
}

/// One path segment with its content hashes replaced by `*`.
fn stable_segment(seg: &str) -> String {
    if seg.len() >= 16 && is_hash(seg) {
        return "*".into();
    }
    let mut parts = Vec::new();
    for (i, part) in seg.split('.').enumerate() {
        if i == 0 {
            parts.push(stable_name(part));
        } else if is_hash(part) {
            parts.push("*".to_string());
        } else {
            parts.push(part.to_string());
        }
    }
    parts.join(".")
}

/// A file name's first part, its `-hash` suffix replaced (`index-BS10jaMg`).
fn stable_name(part: &str) -> String {
    // Rollup's 8-character hashes may hold `-` themselves.
    if part.len() > 9 && part.is_char_boundary(part.len() - 9) {
        let (name, tail) = part.split_at(part.len() - 9);
        if tail.starts_with('-') && is_hash(&tail[1..]) && !name.is_empty() {
            return format!("{name}-*");
        }
    }
    if let Some((name, tail)) = part.rsplit_once('-') {
        if !name.is_empty() && is_hash(tail) {
            return format!("{name}-*");
        }
    }
    part.to_string()
}

/// Whether `t` looks like a content hash: hex with a digit and a letter, or eight or
/// more characters of a hash alphabet mixing digits (or both cases) with letters.
fn is_hash(t: &str) -> bool {
    if t.len() < 4
        || !t
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return false;
    }
    let digit = t.bytes().any(|b| b.is_ascii_digit());
    let lower = t.bytes().any(|b| b.is_ascii_lowercase());
    let upper = t.bytes().any(|b| b.is_ascii_uppercase());
    let hex = t.bytes().all(|b| b.is_ascii_hexdigit());
    if hex {
        return digit && (lower || upper);
    }
    t.len() >= 8 && (lower || upper) && (digit || (lower && upper))
}

#[cfg(test)]
mod tests {
    use super::{stable_file_path, stable_path};

    #[test]
    fn file_paths_lose_content_hashes_only() {
        for (from, to) in [
            ("dist/assets/index-8c1f3b2a.js", "dist/assets/index-*.js"),
            ("dist/assets/index-BS10jaMg.js", "dist/assets/index-*.js"),
            (
                ".next/static/chunks/app/page-4f2a9c1d7e3b5a60.js",
                ".next/static/chunks/app/page-*.js",
            ),
            (
                "build/static/js/main.9d981819.js",
                "build/static/js/main.*.js",
            ),
            (
                "app.zip!assets/chat-yV6WubO_.js",
                "app.zip!assets/chat-*.js",
            ),
            ("src/api/chat.ts", "src/api/chat.ts"),
            ("src/utils/sha256.js", "src/utils/sha256.js"),
            ("server/config.py", "server/config.py"),
            (".env.production", ".env.production"),
        ] {
            assert_eq!(stable_file_path(from), to, "{from}");
        }
    }

    #[test]
    fn content_hashes_go() {
        for (from, to) in [
            (
                "https://app.example.com/assets/index-8c1f.js",
                "https://app.example.com/assets/index-*.js",
            ),
            (
                "https://a.test/assets/index-BS10jaMg.js",
                "https://a.test/assets/index-*.js",
            ),
            (
                "https://a.test/assets/chat-yV6WubO_.js?v=3#x",
                "https://a.test/assets/chat-*.js",
            ),
            (
                "https://a.test/assets/vendor-react-D-k_3f9A.js",
                "https://a.test/assets/vendor-react-*.js",
            ),
            (
                "https://a.test/static/js/main.9d981819.js",
                "https://a.test/static/js/main.*.js",
            ),
            (
                "https://a.test/static/js/translate.2da62e60.chunk.js",
                "https://a.test/static/js/translate.*.chunk.js",
            ),
            (
                "http://127.0.0.1:8080/_next/static/3RSDdpHId8eYaKMp23dja/_buildManifest.js",
                "http://127.0.0.1:8080/_next/static/*/_buildManifest.js",
            ),
            (
                "https://a.test/_next/static/chunks/814.8d0323deba7b8a82.js",
                "https://a.test/_next/static/chunks/814.*.js",
            ),
            (
                "https://a.test/_next/static/chunks/pages/about-dd09e524f55f0342.js",
                "https://a.test/_next/static/chunks/pages/about-*.js",
            ),
            ("https://a.test/index.html", "https://a.test/index.html"),
            ("https://a.test/sw.js", "https://a.test/sw.js"),
            (
                "https://a.test/polyfills-legacy.js",
                "https://a.test/polyfills-legacy.js",
            ),
            ("https://a.test/app-2024.js", "https://a.test/app-2024.js"),
            (
                "https://a.test/assets/index-1.js.map!src/api/chat.ts",
                "https://a.test!src/api/chat.ts",
            ),
        ] {
            assert_eq!(stable_path(from), to, "{from}");
        }
    }
}
