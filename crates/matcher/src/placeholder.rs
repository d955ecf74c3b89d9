//! Obvious placeholders: strings shaped like a secret that no real secret looks like.
//!
//! Every check is tuned so that a random secret of the same shape trips it with a
//! probability below about 1e-5; the numbers are given with each check.

/// Words that mark template text (`yourSecretHere`, `EXAMPLEKEY`), matched
/// case-insensitively anywhere in the secret. A random 16-character secret contains the
/// four-letter `your` with probability about 1.4e-5; the longer words far less often.
const TEMPLATE_WORDS: &[&[u8]] = &[
    b"your",
    b"xxxx",
    b"example",
    b"sample",
    b"placeholder",
    b"redacted",
    b"changeme",
    b"secret",
    b"apikey",
    b"dummy",
    b"token",
    b"insert",
    b"replace",
];

/// True when `secret` is filler rather than a secret. The secret is judged part by part
/// (parts are split at `.`, so an `id.secret` key is judged by its id and its secret):
/// one part that is filler makes the whole secret filler.
pub fn is_placeholder(secret: &[u8]) -> bool {
    if contains_template_word(secret) {
        return true;
    }
    secret
        .split(|&b| b == b'.')
        .filter(|p| p.len() >= 8)
        .any(|p| {
            mostly_one_byte(p)
                || short_period(p)
                || sequential_run(p) >= sequence_limit(p)
                || word_shaped(p)
        })
}

/// Whether a part is made of words rather than random characters: a lowercase
/// word or words (`characterization`, a cache's index name), or two to four
/// capitalised words with an optional trailing digit or `V2` (`PropertyResolver`,
/// `ContentProvider1`, names of classes and bindings). Judged by structure, not by a
/// list of words: every word (a run of lowercase letters) holds a vowel, and two
/// consonants side by side are a pair that English spelling uses ([`CONSONANT_PAIRS`]);
/// a lowercase run may have two pairs that are not (words run together). Only parts
/// of 12 to 24 characters are judged.
///
/// Of 10 million random 16-character secrets (seed 20261130, `cargo test --release
/// --test precision -- --ignored`), this rejects 5 (5e-7); of the 760 camel-case
/// 16-character identifiers in the npm corpus it rejects 669 (the rest have words
/// without vowels, such as `Http` or `Jsx`, or one-letter words).
pub fn word_shaped(p: &[u8]) -> bool {
    if !(12..=24).contains(&p.len()) {
        return false;
    }
    if p.iter().all(u8::is_ascii_lowercase) {
        return wordlike(p, 2);
    }
    let body = if p.ends_with(b"V2") {
        &p[..p.len() - 2]
    } else if p.last().is_some_and(u8::is_ascii_digit) {
        &p[..p.len() - 1]
    } else {
        p
    };
    // Capitalised words: an uppercase letter, then at least one lowercase one.
    let mut words = 0;
    let mut i = 0;
    while i < body.len() {
        if !body[i].is_ascii_uppercase() {
            return false;
        }
        let end = body[i + 1..]
            .iter()
            .position(|b| !b.is_ascii_lowercase())
            .map_or(body.len(), |k| i + 1 + k);
        if end - i < 2 || !wordlike_capitalised(&body[i..end]) {
            return false;
        }
        words += 1;
        i = end;
    }
    (2..=4).contains(&words)
}

/// Consonant pairs that English spelling uses, within syllables and across them.
pub const CONSONANT_PAIRS: &str = "bl br ch ck cl cr ct dg dr fl fr ft gh gl gr gn ht kn lb lc \
    ld lf lk ll lm ln lp lr ls lt lv mb mm mn mp ms nc nd nf ng nk nl nn ns nt nv nz ph pl pp \
    pr ps pt rb rc rd rf rg rk rl rm rn rp rr rs rt rv sc sh sk sl sm sn sp ss st sw tc th tr ts tt \
    tw wh wn wr ws xp xt xc bs ds gs ks ff dd gg bb cc zz";

/// [`CONSONANT_PAIRS`] as a table: bit `b` of entry `a` for the pair `ab`.
const PAIRS: [u32; 26] = {
    let s = CONSONANT_PAIRS.as_bytes();
    let mut t = [0u32; 26];
    let mut i = 0;
    while i + 1 < s.len() {
        if s[i].is_ascii_lowercase() && s[i + 1].is_ascii_lowercase() {
            t[(s[i] - b'a') as usize] |= 1 << (s[i + 1] - b'a');
            i += 2;
        } else {
            i += 1;
        }
    }
    t
};

fn vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// A capitalised word (`Resolver`), judged in lowercase.
fn wordlike_capitalised(w: &[u8]) -> bool {
    let mut lower = [0u8; 24];
    for (d, s) in lower.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    wordlike(&lower[..w.len()], 0)
}

/// Lowercase letters that read as a word or words: a vowel, and at most `odd`
/// consonant pairs that English spelling does not use.
fn wordlike(w: &[u8], odd: usize) -> bool {
    if !w.iter().copied().any(vowel) {
        return false;
    }
    let unusual = w
        .windows(2)
        .filter(|p| {
            !vowel(p[0])
                && !vowel(p[1])
                && PAIRS[(p[0] - b'a') as usize] & (1 << (p[1] - b'a')) == 0
        })
        .count();
    unusual <= odd
}

fn contains_template_word(s: &[u8]) -> bool {
    TEMPLATE_WORDS
        .iter()
        .any(|w| s.windows(w.len()).any(|win| win.eq_ignore_ascii_case(w)))
}

/// Three quarters or more of the bytes are one byte (`0000…0001`, `aaaa…`).
fn mostly_one_byte(p: &[u8]) -> bool {
    let mut counts = [0usize; 256];
    for &b in p {
        counts[b as usize] += 1;
    }
    counts.iter().max().copied().unwrap_or(0) * 4 >= p.len() * 3
}

/// The part repeats a pattern of at most 8 bytes from end to end
/// (`abababab…`, `deadbeefdeadbeef…`).
fn short_period(p: &[u8]) -> bool {
    (1..=8.min(p.len() / 2)).any(|period| (period..p.len()).all(|i| p[i] == p[i - period]))
}

/// Rank of a character in `0-9a-z`, case-insensitive.
fn rank(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'z' => Some(b - b'a' + 10),
        b'A'..=b'Z' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The longest run of characters that count up or down one step at a time
/// (`0123456789abcdef`, `ABCDEFG`, `987654`).
fn sequential_run(p: &[u8]) -> usize {
    let mut best = 1;
    for step in [1i16, -1] {
        let mut run = 1;
        for w in p.windows(2) {
            match (rank(w[0]), rank(w[1])) {
                (Some(a), Some(b)) if b as i16 - a as i16 == step => {
                    run += 1;
                    best = best.max(run);
                }
                _ => run = 1,
            }
        }
    }
    best
}

/// How long a sequential run must be to mark filler. In a random 32-hex-digit id a run
/// of 8 turns up with probability about 2e-7; in a random 16-character secret over 62
/// characters a run of 6 with probability about 8e-7.
fn sequence_limit(p: &[u8]) -> usize {
    if p.len() >= 24 {
        8
    } else {
        6
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filler_is_a_placeholder() {
        for s in [
            "00000000000000000000000000000000",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "0000000000000000000000000000000a",
            "abababababababababababababababab",
            "deadbeefdeadbeefdeadbeefdeadbeef",
            "0123456789abcdef0123456789abcdef",
            "fedcba9876543210fedcba9876543210",
            "xxxxxxxxxxxxxxxx",
            "XXXXXXXXXXXXXXXX",
            "Ab3xxxxQ9",
            "YourSecretHere12",
            "abcdefghijklmnop",
            "ABCDEFGHIJKLMNOP",
            "1234567890123456",
            "Qw3rTy12345678Zz",
            "EXAMPLEkey123456",
        ] {
            assert!(is_placeholder(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn random_looking_secrets_are_not() {
        for s in [
            "3f9a1c07be24d5e86a0f7c3b91d2e4a5",
            "Xk4QzP9mW2rT7vBn",
            "h7GdK2pQ9sLx4RmT",
            "a1B2c3D4e5F6g7H8",
            "0f3c9e1a7b5d2c8e4a6f0b9d3e7c1a5f",
        ] {
            assert!(!is_placeholder(s.as_bytes()), "{s}");
        }
        // Short parts are never judged: a JWT's dots split it into long parts only.
        assert!(!is_placeholder(b"aaaa"));
    }

    #[test]
    fn words_are_no_secret() {
        for s in [
            "characterization",
            "responsibilities",
            "counterclockwise",
            "PropertyResolver",
            "ContentProvider1",
            "ServiceContainer",
            "EventDispatcher1",
            "ViewModelFactory",
            "TransactionScope",
            "ColorPickerV2",
            "UserProfileCardV2",
        ] {
            assert!(word_shaped(s.as_bytes()), "{s}");
        }
        for s in [
            "Xk4QzP9mW2rT7vBn",
            "h7GdK2pQ9sLx4RmT",
            "qwhfbzkeuxmvpdsl",
            "PkQwRtZxMnBvLkJh",
            "AuthenticationV2",
            "HttpJsxXmlParser",
        ] {
            assert!(!word_shaped(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn whole_keys_are_judged_by_each_part() {
        let id = "3f9a1c07be24d5e86a0f7c3b91d2e4a5";
        assert!(!is_placeholder(format!("{id}.Xk4QzP9mW2rT7vBn").as_bytes()));
        assert!(is_placeholder(format!("{id}.xxxxxxxxxxxxxxxx").as_bytes()));
        assert!(is_placeholder(
            format!("{}.Xk4QzP9mW2rT7vBn", "0".repeat(32)).as_bytes()
        ));
    }
}
