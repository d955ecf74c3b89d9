//! Shipped artifacts and disguised keys: archives of every kind built at run time with
//! the `zip`, `tar` and `flate2` crates (nested, bombed, truncated), and keys in base64,
//! escapes, percent encoding, UTF-16 (also as Android binary XML and iOS binary plists
//! hold it) and split across string literals.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Output;

use common::{commit, findings, key, keyfence, repo, stderr};
use serde_json::Value;
use tempfile::TempDir;

fn scan(dir: &Path, extra: &[&str]) -> (Output, Vec<Value>) {
    findings("scan", dir, extra)
}

fn zip_bytes(members: &[(&str, Vec<u8>, bool)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data, deflate) in members {
        let opts = zip::write::SimpleFileOptions::default().compression_method(if *deflate {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        });
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn tar_bytes(members: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in members {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, name, &data[..]).unwrap();
    }
    b.into_inner().unwrap()
}

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn by_secret<'a>(found: &'a [Value], k: &str) -> &'a Value {
    found
        .iter()
        .find(|f| f["secret"] == k)
        .unwrap_or_else(|| panic!("{k} not found in {found:#?}"))
}

/// One archive of each kind, each holding one of `ks`, plus a plain file.
fn archives_of_every_kind(d: &Path, ks: &[String]) {
    let cfg = |k: &str| format!("{{\n  \"zai\": \"{k}\"\n}}\n").into_bytes();
    fs::write(
        d.join("app-release.apk"),
        zip_bytes(&[("assets/config.json", cfg(&ks[0]), true)]),
    )
    .unwrap();
    fs::write(
        d.join("lib.jar"),
        zip_bytes(&[(
            "app.properties",
            format!("k={}\n", ks[1]).into_bytes(),
            true,
        )]),
    )
    .unwrap();
    fs::write(
        d.join("site.war"),
        zip_bytes(&[("WEB-INF/web.xml", cfg(&ks[2]), true)]),
    )
    .unwrap();
    fs::write(
        d.join("App.ipa"),
        zip_bytes(&[("Payload/App.app/config.json", cfg(&ks[3]), true)]),
    )
    .unwrap();
    fs::write(
        d.join("ext.xpi"),
        zip_bytes(&[(
            "background.js",
            format!("const k='{}';\n", ks[4]).into_bytes(),
            true,
        )]),
    )
    .unwrap();
    // A Chrome extension: the CRX3 header, then the zip.
    let mut crx = b"Cr24\x03\x00\x00\x00\x04\x00\x00\x00head".to_vec();
    crx.extend(zip_bytes(&[(
        "content.js",
        format!("var k=\"{}\";", ks[5]).into_bytes(),
        true,
    )]));
    fs::write(d.join("ext.crx"), crx).unwrap();
    fs::write(
        d.join("bundle.tar"),
        tar_bytes(&[("pkg/.env", format!("ZAI_API_KEY={}\n", ks[6]).into_bytes())]),
    )
    .unwrap();
    fs::write(
        d.join("pkg.tgz"),
        gz(&tar_bytes(&[(
            "package/dist/index.js",
            format!("x\nvar k=\"{}\";\n", ks[7]).into_bytes(),
        )])),
    )
    .unwrap();
    fs::write(
        d.join("app.log.gz"),
        gz(format!("line\nkey {}\n", ks[8]).as_bytes()),
    )
    .unwrap();
    // By content alone: a zip with no archive name.
    fs::write(
        d.join("blob.dat"),
        zip_bytes(&[("k.txt", format!("{}\n", ks[9]).into_bytes(), true)]),
    )
    .unwrap();
    // Nested: a zip in a tar.gz in a zip.
    let inner = zip_bytes(&[("deep/k.txt", format!("{}\n", ks[10]).into_bytes(), true)]);
    let middle = gz(&tar_bytes(&[("inner.zip", inner)]));
    fs::write(
        d.join("outer.zip"),
        zip_bytes(&[("middle.tgz", middle, false)]),
    )
    .unwrap();
    // A plain file beside them.
    fs::write(d.join("plain.txt"), format!("{}\n", ks[11])).unwrap();
}

#[test]
fn archives_of_every_kind_are_opened_by_content_and_name() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let ks: Vec<String> = (600..612).map(key).collect();
    archives_of_every_kind(d, &ks);

    let (out, found) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // (key, path, line, column) with the line and column inside the member.
    let want = [
        (0, "app-release.apk!assets/config.json", 2, 11),
        (1, "lib.jar!app.properties", 1, 3),
        (2, "site.war!WEB-INF/web.xml", 2, 11),
        (3, "App.ipa!Payload/App.app/config.json", 2, 11),
        (4, "ext.xpi!background.js", 1, 10),
        (5, "ext.crx!content.js", 1, 8),
        (6, "bundle.tar!pkg/.env", 1, 13),
        (7, "pkg.tgz!pkg.tar!package/dist/index.js", 2, 8),
        (8, "app.log.gz!app.log", 2, 5),
        (9, "blob.dat!k.txt", 1, 1),
        (
            10,
            "outer.zip!middle.tgz!middle.tar!inner.zip!deep/k.txt",
            1,
            1,
        ),
        (11, "plain.txt", 1, 1),
    ];
    assert_eq!(found.len(), want.len(), "{found:#?}");
    for (i, path, line, col) in want {
        let f = by_secret(&found, &ks[i]);
        assert_eq!(f["path"], path);
        assert_eq!(
            (f["line"].as_u64(), f["column"].as_u64()),
            (Some(line), Some(col)),
            "{path}"
        );
    }
    assert_eq!(
        by_secret(&found, &ks[0])["exposure"],
        "client",
        "inside an APK"
    );
    assert_eq!(
        by_secret(&found, &ks[4])["exposure"],
        "client",
        "inside an extension"
    );

    // --no-archives: bytes as they are (the deflated keys are not readable).
    let (_, raw) = scan(d, &["--no-archives"]);
    assert!(raw.len() < found.len());
    // --archive-depth 1 leaves the nested zip closed, with a warning.
    let (out, shallow) = scan(d, &["--archive-depth", "2"]);
    assert!(!shallow.iter().any(|f| f["secret"] == ks[10].as_str()));
    assert!(
        stderr(&out).contains("nested deeper than 2 levels"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn hostile_archives_are_reported_and_the_scan_goes_on() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let (k1, k2, k3) = (key(620), key(621), key(622));
    // A zip bomb: 24 MiB of zeros deflate to a few KiB; the key after it still counts.
    let bomb = zip_bytes(&[
        ("zeros.bin", vec![0; 24 << 20], true),
        ("after.txt", format!("{k1}\n").into_bytes(), true),
    ]);
    assert!(bomb.len() < 200_000);
    fs::write(d.join("bomb.zip"), bomb).unwrap();
    // A truncated tar.gz: the first member is read, the cut is reported.
    let big: Vec<u8> = (0..400_000u32).flat_map(|i| i.to_le_bytes()).collect();
    let tgz = gz(&tar_bytes(&[
        ("first.txt", format!("{k2}\n").into_bytes()),
        ("big.bin", big),
    ]));
    fs::write(d.join("cut.tgz"), &tgz[..tgz.len() / 2]).unwrap();
    // A zip cut before its central directory: its intact member read by its local
    // header.
    let stored = zip_bytes(&[("k.txt", format!("key = {k3}\n").into_bytes(), false)]);
    fs::write(d.join("cut.zip"), &stored[..stored.len() - 30]).unwrap();
    // Too many members.
    let many: Vec<(String, Vec<u8>, bool)> = (0..20)
        .map(|i| (format!("m{i}.txt"), b"x\n".to_vec(), true))
        .collect();
    let many: Vec<(&str, Vec<u8>, bool)> = many
        .iter()
        .map(|(n, d, z)| (n.as_str(), d.clone(), *z))
        .collect();
    fs::write(d.join("many.zip"), zip_bytes(&many)).unwrap();

    let (out, found) = scan(d, &["--archive-max-members", "10"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        found.iter().any(|f| f["secret"] == k1.as_str()),
        "after the bomb: {found:#?}"
    );
    assert!(
        found.iter().any(|f| f["secret"] == k2.as_str()),
        "before the cut"
    );
    assert!(
        found.iter().any(|f| f["secret"] == k3.as_str()),
        "stored, in a broken zip"
    );
    assert!(
        err.contains("bomb.zip!zeros.bin") && err.contains("zip bomb"),
        "{err}"
    );
    assert!(err.contains("cut.tgz"), "{err}");
    assert!(
        err.contains("cut.zip: broken zip") && err.contains("1 intact member was read"),
        "{err}"
    );
    assert!(err.contains("more than 10 members"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn archives_in_git_history_are_opened_too() {
    let dir = repo();
    let d = dir.path();
    let k = key(630);
    let zip = zip_bytes(&[(
        "assets/k.json",
        format!("{{\"k\":\"{k}\"}}").into_bytes(),
        true,
    )]);
    fs::write(d.join("app.apk"), zip).unwrap();
    commit(d, "README.md", "x\n", "add the app");
    let out = keyfence()
        .args(["git", "--format", "jsonl", "--show-secrets"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let found: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["path"], "app.apk!assets/k.json");
    assert_eq!(found[0]["secret"], k.as_str());
}

fn b64(data: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// (key, path, encoding, line, the encoded text the column must point into)
type Disguise = (usize, &'static str, &'static str, u64, String);

/// Each of `ks` in its own disguise, in its own file.
fn disguises(d: &Path, ks: &[String]) -> Vec<Disguise> {
    let mut planted: Vec<Disguise> = Vec::new();
    // base64 in a minified bundle.
    let cfg = b64(format!("{{\"apiKey\":\"{}\",\"model\":\"glm-4\"}}", ks[0]).as_bytes());
    fs::write(
        d.join("app.min.js"),
        format!("!function(){{var c=JSON.parse(atob(\"{cfg}\"));}}();"),
    )
    .unwrap();
    planted.push((0, "app.min.js", "base64", 1, cfg.clone()));
    // base64 of base64.
    let twice = b64(b64(format!("key={}", ks[1]).as_bytes()).as_bytes());
    fs::write(
        d.join("k8s-secret.yaml"),
        format!("kind: Secret\ndata:\n  zai: {twice}\n"),
    )
    .unwrap();
    planted.push((1, "k8s-secret.yaml", "base64", 3, twice.clone()));
    // JS and JSON escapes.
    let escaped: String = ks[2]
        .chars()
        .map(|c| format!("\\u{:04x}", c as u32))
        .collect();
    fs::write(d.join("esc.js"), format!("const k = \"{escaped}\";\n")).unwrap();
    planted.push((2, "esc.js", "escape", 1, escaped.clone()));
    let dotx = ks[3].replace('.', "\\x2e");
    fs::write(d.join("dot.js"), format!("k='{dotx}'\n")).unwrap();
    planted.push((3, "dot.js", "escape", 1, dotx.clone()));
    // Percent encoding.
    let pct = ks[4].replace('.', "%2E");
    fs::write(
        d.join("link.txt"),
        format!("https://x.test/?key={pct}&a=1\n"),
    )
    .unwrap();
    planted.push((4, "link.txt", "percent", 1, pct.clone()));
    // UTF-16LE with a BOM; UTF-16BE without one.
    let mut le = vec![0xff, 0xfe];
    le.extend(
        format!("key={}\r\n", ks[5])
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    fs::write(d.join("win.txt"), le).unwrap();
    planted.push((5, "win.txt", "utf-16le", 1, String::new()));
    let be: Vec<u8> = format!("k {}", ks[6])
        .encode_utf16()
        .flat_map(|u| u.to_be_bytes())
        .collect();
    fs::write(d.join("be.bin"), be).unwrap();
    planted.push((6, "be.bin", "utf-16be", 1, String::new()));
    // Split across literals: `+`, Python side by side, three parts.
    let k = &ks[7];
    fs::write(
        d.join("split.js"),
        format!("const key = \"{}\" +\n  \"{}\";\n", &k[..20], &k[20..]),
    )
    .unwrap();
    planted.push((7, "split.js", "concatenation", 1, k[..20].to_string()));
    let k = &ks[8];
    fs::write(
        d.join("split.py"),
        format!("KEY = ('{}' '{}')\n", &k[..33], &k[33..]),
    )
    .unwrap();
    planted.push((8, "split.py", "concatenation", 1, k[..33].to_string()));
    let k = &ks[9];
    fs::write(
        d.join("three.ts"),
        format!("k = `{}`+`{}`+`{}`;", &k[..5], &k[5..30], &k[30..]),
    )
    .unwrap();
    planted.push((9, "three.ts", "concatenation", 1, k[..5].to_string()));
    // An Android binary XML string pool holds UTF-16LE strings, length-prefixed.
    let mut axml = vec![
        0x03, 0x00, 0x08, 0x00, 0x00, 0x01, 0, 0, 0x01, 0x00, 0x1c, 0x00,
    ];
    axml.extend([0u8; 20]);
    axml.extend((ks[10].len() as u16).to_le_bytes());
    axml.extend(ks[10].encode_utf16().flat_map(|u| u.to_le_bytes()));
    axml.extend([0, 0]);
    fs::write(d.join("AndroidManifest.xml"), axml).unwrap();
    planted.push((10, "AndroidManifest.xml", "utf-16le", 1, String::new()));
    // An iOS binary plist stores non-ASCII strings as UTF-16BE (marker 0x6N).
    let mut plist = b"bplist00\xd1\x01\x02".to_vec();
    plist.push(0x6f);
    plist.push(0x10);
    plist.push(ks[11].len() as u8);
    plist.extend(ks[11].encode_utf16().flat_map(|u| u.to_be_bytes()));
    plist.extend([0u8; 32]);
    fs::write(d.join("Info.plist"), plist).unwrap();
    planted.push((11, "Info.plist", "utf-16be", 1, String::new()));
    planted
}

#[test]
fn disguised_keys_are_seen_through_at_the_encoded_place() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let ks: Vec<String> = (640..652).map(key).collect();
    let planted = disguises(d, &ks);
    let (out, found) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut recalled = 0;
    for (i, path, encoding, line, anchor) in &planted {
        let f = by_secret(&found, &ks[*i]);
        assert_eq!(f["path"], *path, "{path}");
        assert_eq!(f["encoding"], *encoding, "{path}");
        assert_eq!(f["line"].as_u64(), Some(*line), "{path}");
        // The column points into the encoded text (for UTF-16: at a byte of the key's
        // first character, two bytes each).
        let col = f["column"].as_u64().unwrap() as usize;
        let bytes = fs::read(d.join(path)).unwrap();
        let line_start = bytes
            .split(|&b| b == b'\n')
            .take(*line as usize - 1)
            .map(|l| l.len() + 1)
            .sum::<usize>();
        let at = line_start + col - 1;
        if anchor.is_empty() {
            let first = ks[*i].as_bytes()[0];
            assert!(
                bytes[at] == first || bytes[at + 1] == first,
                "{path}: column {col}"
            );
        } else {
            let start = memchr::memmem::find(&bytes, anchor.as_bytes()).unwrap();
            assert!(
                (start..start + anchor.len()).contains(&at),
                "{path}: column {col}"
            );
        }
        recalled += 1;
    }
    assert_eq!(recalled, planted.len());
    assert_eq!(
        found.len(),
        planted.len(),
        "nothing else, nothing twice: {found:#?}"
    );

    // --no-decode sees none of them.
    let (_, plain) = scan(d, &["--no-decode"]);
    assert!(plain.is_empty(), "{plain:#?}");
}

#[test]
fn decoding_has_limits_that_keep_it_honest() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    // base64 without a trigger word is not decoded; base64 of binary never shows.
    let k = key(660);
    fs::write(
        d.join("a.txt"),
        format!("v = \"{}\"\n", b64(format!("key={k}").as_bytes())),
    )
    .unwrap();
    let noise: Vec<u8> = (0..300u32).map(|i| (i * 37 % 251) as u8).collect();
    fs::write(d.join("b.js"), format!("atob(\"{}\")\n", b64(&noise))).unwrap();
    // Fragments too short to be a key are not joined into one.
    fs::write(d.join("c.js"), "const a = \"abc\" + \"def\";\n").unwrap();
    let (out, found) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(0), "{found:#?}");
}
