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
        .any(|p| mostly_one_byte(p) || short_period(p) || sequential_run(p) >= sequence_limit(p))
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
    fn whole_keys_are_judged_by_each_part() {
        let id = "3f9a1c07be24d5e86a0f7c3b91d2e4a5";
        assert!(!is_placeholder(format!("{id}.Xk4QzP9mW2rT7vBn").as_bytes()));
        assert!(is_placeholder(format!("{id}.xxxxxxxxxxxxxxxx").as_bytes()));
        assert!(is_placeholder(
            format!("{}.Xk4QzP9mW2rT7vBn", "0".repeat(32)).as_bytes()
        ));
    }
}
