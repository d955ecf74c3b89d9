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
