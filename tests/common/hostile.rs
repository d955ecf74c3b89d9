//! Hostile inputs, generated at run time: what an attacker would commit to make a
//! scanner slow, huge or blind. The tests in `tests/hostile.rs` scan them with their
//! bounds asserted by work and allocation; `benches/hostile_rss.rs` writes them out and
//! measures the binary's peak RSS on each.

use super::{b64url, key, Rng};

/// `n` bytes of single-line lowercase hex (all base64 alphabet, with `b64` and `e64`
/// in it by chance), with a key at the middle.
pub fn hex_line(n: usize, seed: u64) -> (Vec<u8>, String) {
    let mut r = Rng::new(seed);
    let mut v: Vec<u8> = (0..n).map(|_| r.pick(b"0123456789abcdef")).collect();
    let k = key(seed);
    plant(&mut v, &k);
    (v, k)
}

/// Puts ` key ` at the middle of `v`.
pub fn plant(v: &mut [u8], k: &str) {
    let at = v.len() / 2;
    let s = format!(" {k} ");
    v[at..at + s.len()].copy_from_slice(s.as_bytes());
}

/// base64 of base64 of text dense with base64 trigger words: every level decodes to
/// printable text with marks in it, the input that once built every view at once.
pub fn nested_base64(n: usize, seed: u64) -> Vec<u8> {
    let mut r = Rng::new(seed);
    let mut text = Vec::with_capacity(n);
    while text.len() < n / 2 {
        text.extend_from_slice(b"atob(\"");
        text.extend((0..200).map(|_| r.pick(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789")));
        text.extend_from_slice(b"\") base64 b64 ");
    }
    let once = b64url(&text);
    let mut out = b"const data = atob(\"".to_vec();
    out.extend_from_slice(b64url(once.as_bytes()).as_bytes());
    out.extend_from_slice(b"\"); // base64\n");
    out.truncate(n.max(64));
    out
}

/// A repeated unit, `n` bytes of it.
pub fn repeat(unit: &[u8], n: usize) -> Vec<u8> {
    unit.iter().cycle().take(n).copied().collect()
}

/// JWT-shaped near misses: a valid SDK header and payloads with no `api_key`.
pub fn jwt_near_misses(n: usize, seed: u64) -> Vec<u8> {
    let mut r = Rng::new(seed);
    let header = b64url(br#"{"alg":"HS256","sign_type":"SIGN"}"#);
    let mut v = Vec::with_capacity(n);
    while v.len() < n {
        let fields: Vec<String> = (0..60)
            .map(|k| format!(r#""f{k}":[{},{{}},"x"]"#, r.next() % 1000))
            .collect();
        let payload = b64url(format!("{{{}}}", fields.join(",")).as_bytes());
        v.extend_from_slice(header.as_bytes());
        v.push(b'.');
        v.extend_from_slice(payload.as_bytes());
        v.push(b'.');
        v.extend((0..43).map(|_| r.pick(b"abcdefghijklmnopqrstuvwxyz0123456789-_")));
        v.push(b'\n');
    }
    v.truncate(n);
    v
}

/// A zip written byte by byte, so that it can lie: entries that point anywhere.
#[derive(Default)]
pub struct RawZip {
    pub bytes: Vec<u8>,
    central: Vec<u8>,
    pub entries: u64,
}

/// One local entry: where its header starts, and what its central entry needs.
#[derive(Clone)]
pub struct Local {
    pub offset: u64,
    method: u16,
    compressed: u32,
    size: u32,
}

impl RawZip {
    /// Adds a member's local header and data (stored, or deflated with `deflate`).
    pub fn local(&mut self, name: &str, data: &[u8], deflate: bool) -> Local {
        let body = if deflate {
            use std::io::Write;
            let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        } else {
            data.to_vec()
        };
        let l = Local {
            offset: self.bytes.len() as u64,
            method: if deflate { 8 } else { 0 },
            compressed: body.len() as u32,
            size: data.len() as u32,
        };
        let b = &mut self.bytes;
        b.extend_from_slice(b"PK\x03\x04");
        b.extend_from_slice(&20u16.to_le_bytes());
        b.extend_from_slice(&0u16.to_le_bytes());
        b.extend_from_slice(&l.method.to_le_bytes());
        b.extend_from_slice(&[0; 8]); // time, date, CRC (not checked)
        b.extend_from_slice(&l.compressed.to_le_bytes());
        b.extend_from_slice(&l.size.to_le_bytes());
        b.extend_from_slice(&(name.len() as u16).to_le_bytes());
        b.extend_from_slice(&0u16.to_le_bytes());
        b.extend_from_slice(name.as_bytes());
        b.extend_from_slice(&body);
        l
    }

    /// Adds a central directory entry named `name` that points at `l`.
    pub fn central(&mut self, name: &str, l: &Local) {
        let c = &mut self.central;
        c.extend_from_slice(b"PK\x01\x02");
        c.extend_from_slice(&20u16.to_le_bytes());
        c.extend_from_slice(&20u16.to_le_bytes());
        c.extend_from_slice(&0u16.to_le_bytes());
        c.extend_from_slice(&l.method.to_le_bytes());
        c.extend_from_slice(&[0; 8]);
        c.extend_from_slice(&l.compressed.to_le_bytes());
        c.extend_from_slice(&l.size.to_le_bytes());
        c.extend_from_slice(&(name.len() as u16).to_le_bytes());
        c.extend_from_slice(&[0; 12]); // extra, comment, disk, attributes
        c.extend_from_slice(&(l.offset as u32).to_le_bytes());
        c.extend_from_slice(name.as_bytes());
        self.entries += 1;
    }

    /// A directory entry (no data).
    pub fn directory(&mut self, name: &str) {
        let l = Local {
            offset: 0,
            method: 0,
            compressed: 0,
            size: 0,
        };
        self.central(name, &l);
    }

    /// The whole archive: locals, central directory, end record.
    pub fn finish(mut self) -> Vec<u8> {
        let start = self.bytes.len() as u32;
        let size = self.central.len() as u32;
        self.bytes.extend_from_slice(&self.central);
        let n = self.entries.min(0xffff) as u16;
        self.bytes.extend_from_slice(b"PK\x05\x06");
        self.bytes.extend_from_slice(&[0; 4]);
        self.bytes.extend_from_slice(&n.to_le_bytes());
        self.bytes.extend_from_slice(&n.to_le_bytes());
        self.bytes.extend_from_slice(&size.to_le_bytes());
        self.bytes.extend_from_slice(&start.to_le_bytes());
        self.bytes.extend_from_slice(&0u16.to_le_bytes());
        self.bytes
    }
}

/// A zip of one stored member.
pub fn stored_zip(name: &str, data: &[u8]) -> Vec<u8> {
    let mut z = RawZip::default();
    let l = z.local(name, data, false);
    z.central(name, &l);
    z.finish()
}

/// Zips stored in zips, `depth` deep, around a member holding `k`, each level beside
/// `pad` bytes of filler.
pub fn nested_zips(depth: usize, k: &str, pad: usize) -> Vec<u8> {
    let mut inner = stored_zip("deep/k.txt", format!("key = {k}\n").as_bytes());
    for level in 1..depth {
        let mut z = RawZip::default();
        let filler = z.local("pad.bin", &vec![b'x'; pad], false);
        z.central("pad.bin", &filler);
        let l = z.local(&format!("level{level}.zip"), &inner, false);
        z.central(&format!("level{level}.zip"), &l);
        inner = z.finish();
    }
    inner
}

/// A zip bomb of overlapping entries: `n` central entries that all point at one
/// deflated member of zeros, and one honest member that holds `k`.
pub fn overlapping_zip(n: usize, k: &str) -> Vec<u8> {
    let mut z = RawZip::default();
    let kernel = z.local("kernel.bin", &vec![0; 1 << 20], true);
    let honest = z.local("config.txt", format!("key = {k}\n").as_bytes(), false);
    for i in 0..n {
        z.central(&format!("bomb{i}.bin"), &kernel);
    }
    z.central("config.txt", &honest);
    z.finish()
}

/// A zip whose central directory lists `dirs` directories and `empty` empty files
/// before the member that holds `k`.
pub fn many_entries_zip(dirs: usize, empty: usize, k: &str) -> Vec<u8> {
    let mut z = RawZip::default();
    let honest = z.local("last.txt", format!("key = {k}\n").as_bytes(), false);
    for i in 0..dirs {
        z.directory(&format!("d{i}/"));
    }
    let nothing = z.local("empty.txt", b"", false);
    for i in 0..empty {
        z.central(&format!("e{i}.txt"), &nothing);
    }
    z.central("last.txt", &honest);
    z.finish()
}

/// A zip of two members, cut in the middle of the second: the first holds `k`.
pub fn truncated_zip(k: &str) -> Vec<u8> {
    let mut z = RawZip::default();
    let a = z.local("first.txt", format!("key = {k}\n").as_bytes(), true);
    let filler: Vec<u8> = (0..100_000u32).flat_map(|i| i.to_le_bytes()).collect();
    let b = z.local("second.bin", &filler, true);
    z.central("first.txt", &a);
    z.central("second.bin", &b);
    let whole = z.finish();
    let cut = (b.offset as usize + whole.len()) / 2;
    whole[..cut].to_vec()
}

/// A git pack (without its trailing checksum) of two objects: the blob `base`, and a
/// blob stored as a delta of it that inserts `head` (at most 127 bytes) and then
/// copies the base's first 64 KiB `copies` times: a few bytes a copy, so a pack of
/// kilobytes holds a blob of gigabytes. `base` must hold at least 64 KiB.
pub fn delta_bomb_pack(base: &[u8], head: &[u8], copies: u64) -> Vec<u8> {
    use std::io::Write;
    assert!(base.len() >= 0x10000 && !head.is_empty() && head.len() <= 127);
    fn size(mut n: u64, out: &mut Vec<u8>) {
        while n >= 0x80 {
            out.push((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }
    // An entry's header: type and size, four bits of size first, then seven a byte.
    fn header(kind: u8, n: u64, out: &mut Vec<u8>) {
        let mut first = (kind << 4) | (n as u8 & 0x0f);
        let mut rest = n >> 4;
        if rest > 0 {
            first |= 0x80;
        }
        out.push(first);
        while rest > 0 {
            let b = rest as u8 & 0x7f;
            rest >>= 7;
            out.push(if rest > 0 { b | 0x80 } else { b });
        }
    }
    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(data).unwrap();
        z.finish().unwrap()
    }
    let mut delta = Vec::new();
    size(base.len() as u64, &mut delta);
    size(head.len() as u64 + copies * 0x10000, &mut delta);
    delta.push(head.len() as u8);
    delta.extend_from_slice(head);
    // 0x80 alone: copy 0x10000 bytes (a size of 0) from offset 0.
    delta.extend(std::iter::repeat_n(0x80u8, copies as usize));

    let mut pack = b"PACK".to_vec();
    pack.extend(2u32.to_be_bytes());
    pack.extend(2u32.to_be_bytes());
    let base_at = pack.len() as u64;
    header(3, base.len() as u64, &mut pack);
    pack.extend(zlib(base));
    let delta_at = pack.len() as u64;
    header(6, delta.len() as u64, &mut pack);
    // OFS_DELTA's distance back to the base: seven bits a byte, most significant
    // first, each continuation adding one.
    let mut distance = delta_at - base_at;
    let mut bytes = vec![(distance & 0x7f) as u8];
    while distance >> 7 > 0 {
        distance = (distance >> 7) - 1;
        bytes.push(0x80 | (distance & 0x7f) as u8);
    }
    bytes.reverse();
    pack.extend(bytes);
    pack.extend(zlib(&delta));
    pack
}

/// Commits, on `main` of the repository at `dir`, a file `bomb.js` whose blob is
/// [`delta_bomb_pack`]'s delta (its pack indexed by git): `head` then `copies` times
/// 64 KiB of filler. Returns the blob's id, or `None` without `sha1sum` (the pack's
/// checksum).
pub fn delta_bomb_repo(dir: &std::path::Path, head: &str, copies: u64) -> Option<String> {
    use std::process::Command;
    let base = b"// filler\n".repeat(0x10000 / 10 + 1);
    let mut pack = delta_bomb_pack(&base, head.as_bytes(), copies);
    let at = dir.join(".git/objects/pack/pack-crafted.pack");
    std::fs::write(&at, &pack).unwrap();
    let sum = Command::new("sha1sum").arg(&at).output().ok()?;
    let hex = String::from_utf8(sum.stdout).unwrap();
    let hex = hex.split_whitespace().next()?;
    pack.extend((0..20).map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap()));
    std::fs::write(&at, &pack).unwrap();
    super::git(dir, &["index-pack", at.to_str().unwrap()]);
    let idx = std::fs::read(at.with_extension("idx")).unwrap();
    let ids = super::git_stdin(dir, &["show-index"], idx);
    // The delta's blob is the object not at the pack's first offset (12).
    let bomb = ids
        .lines()
        .find(|l| !l.starts_with("12 "))
        .and_then(|l| l.split_whitespace().nth(1))?
        .to_string();
    let tree = super::git_stdin(dir, &["mktree"], format!("100644 blob {bomb}\tbomb.js\n"));
    let commit = super::git(dir, &["commit-tree", &tree, "-m", "bomb"]);
    super::git(dir, &["update-ref", "refs/heads/main", &commit]);
    Some(bomb)
}

/// Commits, on `main` of the repository at `dir`, a tree that names one folder
/// `fanout` times, `levels` deep, over a file `k.js` that holds `content`: a few
/// kilobytes of trees, `fanout ^ levels` paths. Returns the file's blob id.
pub fn tree_bomb_repo(
    dir: &std::path::Path,
    content: &str,
    fanout: usize,
    levels: usize,
) -> String {
    let blob = super::git_stdin(dir, &["hash-object", "-w", "--stdin"], content);
    let mut tree = super::git_stdin(dir, &["mktree"], format!("100644 blob {blob}\tk.js\n"));
    for _ in 0..levels {
        let entries: String = (0..fanout)
            .map(|i| format!("040000 tree {tree}\td{i}\n"))
            .collect();
        tree = super::git_stdin(dir, &["mktree"], entries);
    }
    let commit = super::git(dir, &["commit-tree", &tree, "-m", "bomb"]);
    super::git(dir, &["update-ref", "refs/heads/main", &commit]);
    blob
}

/// Commits, on `main` of the repository at `dir`, a file `k.js` holding `content`
/// beneath a chain of `depth` folders named `d` (trees made by one `git mktree
/// --batch`).
pub fn deep_tree_repo(dir: &std::path::Path, content: &str, depth: usize) {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let blob = super::git_stdin(dir, &["hash-object", "-w", "--stdin"], content);
    let mut mktree = Command::new("git")
        .args(["mktree", "--batch"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = mktree.stdin.take().unwrap();
    let mut ids = BufReader::new(mktree.stdout.take().unwrap());
    let mut next = |entry: String| {
        writeln!(stdin, "{entry}\n").unwrap();
        stdin.flush().unwrap();
        let mut id = String::new();
        ids.read_line(&mut id).unwrap();
        id.trim().to_string()
    };
    let mut tree = next(format!("100644 blob {blob}\tk.js"));
    for _ in 0..depth {
        tree = next(format!("040000 tree {tree}\td"));
    }
    drop(stdin);
    mktree.wait().unwrap();
    let commit = super::git(dir, &["commit-tree", &tree, "-m", "deep"]);
    super::git(dir, &["update-ref", "refs/heads/main", &commit]);
}
