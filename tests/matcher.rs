//! The matcher on every context a key turns up in, its boundaries and placeholders,
//! and the fast kernel against the plain-regex path.

mod common;

use common::{builtin_rules, key, key_parts, sdk_token, Rng, ALNUM, HEX};
use keyfence_matcher::{Match, Matcher, RuleMatcher};

fn matcher() -> RuleMatcher {
    RuleMatcher::new(&builtin_rules()).unwrap()
}

/// The secrets found in `hay`, with the rule id of each.
fn found(m: &RuleMatcher, hay: &[u8]) -> Vec<(String, String)> {
    m.find_all(hay)
        .into_iter()
        .map(|x| {
            (
                m.rule(x.rule).id.clone(),
                String::from_utf8_lossy(&hay[x.secret()]).into_owned(),
            )
        })
        .collect()
}

fn api(secret: &str) -> Vec<(String, String)> {
    vec![("zai-api-key".to_string(), secret.to_string())]
}

#[test]
fn finds_keys_in_every_context() {
    let m = matcher();
    let k = key(1);
    let contexts = [
        k.clone(),
        format!("\"{k}\""),
        format!("'{k}'"),
        format!("`{k}`"),
        format!("ZAI_API_KEY={k}\n"),
        format!("ZAI_API_KEY={k}\r\n"),
        format!("apiKey: \"{k}\","),
        format!("new ZhipuAI({k})"),
        format!("client.key = {k};"),
        format!("{{\"env\":\"KEY={k}\\nOTHER=1\"}}"),
        format!("{{\"env\":\"A=1\\n{k}\\nB=2\"}}"),
        format!("https://proxy.example/v1?key={k}&model=glm-4"),
        format!("q=%22{k}%22"),
        format!("s = \"\\x22{k}\\x22\""),
        format!("s = \"\\u0022{k}\""),
        format!("\0\0\x01{k}\0\x7f"),
        format!("<string name=\"zai_key\">{k}</string>"),
        format!("密钥：{k}，请勿泄露"),
        format!("Authorization: Bearer {k}"),
        format!("key-{k}_end"),
    ];
    for text in &contexts {
        assert_eq!(found(&m, text.as_bytes()), api(&k), "context {text:?}");
    }
}

#[test]
fn finds_keys_in_text_that_is_not_utf8() {
    let m = matcher();
    let k = key(2);
    let mut hay = vec![0xff, 0xfe, 0x80, b' '];
    hay.extend_from_slice(k.as_bytes());
    hay.extend_from_slice(&[0xc3, 0x28, 0xa0, 0xa1]);
    assert_eq!(found(&m, &hay), api(&k));
    // Latin-1 bytes right after the secret end it.
    let mut hay = k.clone().into_bytes();
    hay.push(0xe9);
    assert_eq!(found(&m, &hay), api(&k));
}

#[test]
fn finds_a_key_inside_a_five_megabyte_minified_line() {
    let m = matcher();
    let k = key(3);
    let mut rng = Rng::new(3);
    let mut line = String::with_capacity(5 << 20);
    let mut planted = false;
    // Minified-looking filler: identifiers, dots, hex runs, no newline.
    while line.len() < (5 << 20) - 100 {
        match rng.below(4) {
            0 => line.push_str(&rng.run(HEX, 1, 40)),
            1 => line.push('.'),
            2 => line.push_str(&rng.run(ALNUM, 1, 20)),
            _ => line.push_str(";var a=b.c("),
        }
        line.push(',');
        if line.len() > (5 << 19) && !planted {
            line.push_str(&format!("o.apiKey=\"{k}\","));
            planted = true;
        }
    }
    let hits = found(&m, line.as_bytes());
    assert!(hits.contains(&api(&k)[0]), "key not found");
    // The filler makes no other finding: random runs are not whole keys.
    assert_eq!(hits.len(), 1, "{hits:?}");
}

#[test]
fn boundaries_reject_longer_runs() {
    let m = matcher();
    let (id, secret) = key_parts(4);
    let k = format!("{id}.{secret}");
    for text in [
        format!("a{k}"),                           // 33 hex digits before the dot
        format!("{k}Z"),                           // 17-character secret
        format!("{k}7"),                           // 17-character secret
        format!("{id}.{}", &secret[..15]),         // 15-character secret
        format!("{}.{secret}", &id[..31]),         // 31 hex digits
        format!("{}.{secret}", id.to_uppercase()), // uppercase id
        format!("g{k}"),                           // letter before the id
        format!("{id}..{secret}"),
        format!("{id}-{secret}"),
        format!("%2{k}"), // not a whole percent escape
    ] {
        assert_eq!(found(&m, text.as_bytes()), vec![], "{text:?}");
    }
}

#[test]
fn a_rejected_candidate_does_not_hide_an_overlapping_key() {
    let m = matcher();
    let (id, secret) = key_parts(5);
    let (id2, _) = key_parts(6);
    // The first id's dot is followed by 32 hex digits, so `id.<16 of id2>` is a
    // candidate that fails its right boundary; the real key starts inside it.
    let text = format!("{id}.{id2}.{secret}");
    assert_eq!(found(&m, text.as_bytes()), api(&format!("{id2}.{secret}")));
}

#[test]
fn placeholders_are_not_reported() {
    let m = matcher();
    let (id, secret) = key_parts(7);
    for text in [
        format!("{}.{secret}", "0".repeat(32)),
        format!("{}.{secret}", "a".repeat(32)),
        format!("{}.{secret}", "0123456789abcdef".repeat(2)),
        format!("{}.{secret}", "deadbeef".repeat(4)),
        format!("{id}.{}", "x".repeat(16)),
        format!("{id}.{}", "X".repeat(16)),
        format!("{id}.{}", "a".repeat(16)),
        format!("{id}.abcdefghijklmnop"),
        format!("{id}.ABCDEFGHIJKLMNOP"),
        format!("{id}.1234567890123456"),
        format!("{id}.yourApiKeyHere12"),
        format!("{id}.YOURSECRETHERE00"),
        format!("{id}.Ab3xxxxxxxxxxxxx"),
    ] {
        assert_eq!(found(&m, text.as_bytes()), vec![], "{text:?}");
    }
}

#[test]
fn keywords_never_decide_detection() {
    let m = matcher();
    let k = key(8);
    let with = format!("ZHIPUAI_API_KEY={k}");
    let without = format!("x={k}");
    assert_eq!(found(&m, with.as_bytes()), api(&k));
    assert_eq!(found(&m, without.as_bytes()), api(&k));
    // Keywords alone are not findings.
    assert!(found(&m, b"ZAI_API_KEY=  # see api.z.ai").is_empty());
}

#[test]
fn keywords_are_found_case_insensitively_near_a_key() {
    let m = matcher();
    let k = key(9);
    let text = format!("const c = new ZhipuAI({{ apiKey: '{k}', model: 'GLM-4-Flash' }})");
    let hit = &m.find_all(text.as_bytes())[0];
    let window = text.as_bytes();
    assert_eq!(m.keywords_in(hit.rule, window), vec!["zhipu", "glm-"]);
    assert!(m.keywords_in(hit.rule, b"nothing here").is_empty());
}

#[test]
fn sdk_tokens_are_found_and_other_jwts_are_not() {
    let m = matcher();
    let t = sdk_token(10);
    let text = format!("headers: {{ Authorization: `Bearer {t}` }}");
    assert_eq!(
        found(&m, text.as_bytes()),
        vec![("zai-jwt".to_string(), t.clone())]
    );
    // The same shape without the SDK's header is someone else's JWT.
    let parts: Vec<&str> = t.split('.').collect();
    use base64::Engine;
    let plain =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let other = format!("Bearer {plain}.{}.{}", parts[1], parts[2]);
    assert!(found(&m, other.as_bytes()).is_empty());
}

/// An independent reference for the API key rule: the plain regex tried at every
/// offset, with boundaries and placeholders checked by hand-written code that does not
/// share the matcher's.
fn reference_api_keys(hay: &[u8]) -> Vec<usize> {
    let re = regex::bytes::Regex::new(r"\A[0-9a-f]{32}\.[A-Za-z0-9]{16}").unwrap();
    let alnum = |b: u8| b.is_ascii_alphanumeric();
    let hexd = |b: &u8| b.is_ascii_hexdigit();
    let mut out = Vec::new();
    for start in 0..hay.len() {
        if !re.is_match(&hay[start..]) {
            continue;
        }
        let end = start + 49;
        let before = &hay[..start];
        let n = before.len();
        let left = n == 0
            || !alnum(before[n - 1])
            || (n >= 2 && before[n - 2] == b'\\' && b"ntrfv0".contains(&before[n - 1]))
            || (n >= 3 && before[n - 3] == b'%' && before[n - 2..].iter().all(hexd))
            || (n >= 4 && &before[n - 4..n - 2] == b"\\x" && before[n - 2..].iter().all(hexd))
            || (n >= 6 && &before[n - 6..n - 4] == b"\\u" && before[n - 4..].iter().all(hexd));
        let right = end == hay.len() || !alnum(hay[end]);
        if left && right && !keyfence_matcher::placeholder::is_placeholder(&hay[start..end]) {
            out.push(start);
        }
    }
    out
}

/// Haystacks dense with near-misses: hex runs, dots, alphanumeric runs, escapes,
/// and real keys spliced in at random places.
fn adversarial(rng: &mut Rng, len: usize) -> Vec<u8> {
    let mut hay = Vec::with_capacity(len + 64);
    while hay.len() < len {
        match rng.below(12) {
            9 => hay.extend_from_slice(sdk_token(rng.next()).as_bytes()),
            10 => hay.extend_from_slice(b"eyJ"),
            // JWT-shaped runs of base64url around dots, that are no SDK token.
            11 => {
                let b64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
                let seg = rng.run(b64, 6, 20);
                hay.extend_from_slice(format!("eyJ{seg}.eyJ{seg}.{seg}").as_bytes());
            }
            0 => hay.extend_from_slice(rng.run(HEX, 28, 8).as_bytes()),
            1 => hay.push(b'.'),
            2 => hay.extend_from_slice(rng.run(ALNUM, 14, 5).as_bytes()),
            3 => hay.extend_from_slice(key(rng.next()).as_bytes()),
            4 => hay.extend_from_slice(b"\\n"),
            5 => hay.extend_from_slice(b"%22"),
            6 => hay.push(rng.next() as u8),
            7 => hay.extend_from_slice(rng.string(b" \"',;()&=\n\r\0", 1).as_bytes()),
            _ => hay.extend_from_slice(rng.run(HEX, 1, 4).as_bytes()),
        }
    }
    hay
}

#[test]
fn kernel_agrees_with_the_regex_path_and_the_reference() {
    let rules = builtin_rules();
    let fast = RuleMatcher::new(&rules).unwrap();
    let slow = RuleMatcher::new_regex_only(&rules).unwrap();
    let api_rule = (0..fast.rule_count())
        .find(|&i| fast.rule(i).id == "zai-api-key")
        .unwrap();
    let mut rng = Rng::new(11);
    let mut total = 0;
    let mut tokens = 0;
    for round in 0..300 {
        let hay = adversarial(&mut rng, 64 + round * 7);
        let a = fast.find_all(&hay);
        let b = slow.find_all(&hay);
        assert_eq!(a, b, "kernel and regex differ on round {round}");
        let starts: Vec<usize> = a
            .iter()
            .filter(|m| m.rule == api_rule)
            .map(|m| m.start)
            .collect();
        assert_eq!(
            starts,
            reference_api_keys(&hay),
            "reference differs on round {round}"
        );
        total += starts.len();
        tokens += a.len() - starts.len();
    }
    assert!(
        total > 120,
        "the haystacks should hold many keys, held {total}"
    );
    assert!(
        tokens > 20,
        "the haystacks should hold many SDK tokens, held {tokens}"
    );
}

#[test]
fn ranges_report_only_matches_that_start_inside_them() {
    let m = matcher();
    let k = key(12);
    let text = format!("a {k} b {k} c");
    let all = m.find_all(text.as_bytes());
    assert_eq!(all.len(), 2);
    // Every split point: the two halves together report each match once.
    for split in 0..=text.len() {
        let mut parts: Vec<Match> = Vec::new();
        m.find_in(text.as_bytes(), 0..split, &mut parts);
        m.find_in(text.as_bytes(), split..text.len(), &mut parts);
        parts.sort();
        assert_eq!(parts, all, "split at {split}");
    }
}
