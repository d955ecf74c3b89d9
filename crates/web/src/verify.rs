//! Opt-in verification: is a found key still accepted by Z.ai?
//!
//! One read-only authenticated request per platform at most, for each distinct secret:
//! `GET /api/paas/v4/models` (the OpenAI-compatible model list, which costs the owner
//! nothing and changes nothing) on the open platform (`open.bigmodel.cn`) and the
//! international one (`api.z.ai`), the platform named near the key first, stopping at
//! the first that accepts it. Answers are read by Z.ai's documented HTTP statuses and
//! business codes (<https://docs.z.ai/api-reference/api-code>,
//! <https://docs.bigmodel.cn/cn/api/api-code>). An SDK token past its `exp` is
//! `expired` without a request. The secret goes only in the `Authorization` header: it
//! is never in a URL, a message or a detail this module returns.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use base64::Engine as _;
use keyfence_model::{Verification, VerificationStatus};
use url::Url;

use crate::http::{Client, ClientOptions, FetchError};

/// The variable that sends verification requests to another origin (a test server).
pub const ENV_ENDPOINT: &str = "KEYFENCE_ZAI_ENDPOINT";

/// The request path, after the platform's origin.
pub const PATH: &str = "/api/paas/v4/models";
/// The platforms, in their default order.
pub const PLATFORMS: [(&str, &str); 2] = [
    ("open.bigmodel.cn", "https://open.bigmodel.cn"),
    ("api.z.ai", "https://api.z.ai"),
];
/// Tries of a request answered with a rate limit.
const TRIES: u32 = 3;
/// The most bytes of an answer read.
const ANSWER_LIMIT: u64 = 256 << 10;

/// How verification runs.
#[derive(Clone, Debug)]
pub struct VerifyOptions {
    /// Replaces both platforms' origin (`KEYFENCE_ZAI_ENDPOINT`, a testing aid): the
    /// request path is appended to it.
    pub endpoint: Option<String>,
    /// Per request.
    pub timeout: Duration,
    /// At least this long between two requests, over all threads.
    pub interval: Duration,
    /// Requests in flight at once.
    pub concurrency: usize,
}

impl Default for VerifyOptions {
    fn default() -> VerifyOptions {
        VerifyOptions {
            endpoint: None,
            timeout: Duration::from_secs(10),
            interval: Duration::from_millis(100),
            concurrency: 4,
        }
    }
}

/// A secret to check, and the platform its context names.
pub struct Ask<'a> {
    pub secret: &'a str,
    /// `open.bigmodel.cn` or `api.z.ai`, when the words near the key name one.
    pub prefer: Option<&'static str>,
}

/// Checks secrets against Z.ai.
pub struct Verifier {
    client: Client,
    platforms: Vec<(&'static str, Url)>,
    opts: VerifyOptions,
    next_slot: Mutex<Instant>,
}

/// What one platform said.
enum Said {
    Live(u16, Option<String>),
    Invalid(u16),
    Expired(u16),
    Unknown(Option<u16>, String),
}

impl Verifier {
    pub fn new(opts: VerifyOptions) -> Result<Verifier, String> {
        let client = Client::new(&ClientOptions::default())?;
        let platforms = match &opts.endpoint {
            Some(e) => {
                let base = Url::parse(e.trim_end_matches('/'))
                    .map_err(|err| format!("KEYFENCE_ZAI_ENDPOINT {e:?}: {err}"))?;
                if !matches!(base.scheme(), "http" | "https") {
                    return Err(format!("KEYFENCE_ZAI_ENDPOINT {e:?}: not http or https"));
                }
                // Each platform's requests go to the endpoint, and its answers say so:
                // `open.bigmodel.cn at 127.0.0.1:8080`, never the real platform alone.
                let at = match (base.host_str(), base.port()) {
                    (Some(h), Some(p)) => format!("{h}:{p}"),
                    (Some(h), None) => h.to_string(),
                    _ => base.as_str().to_string(),
                };
                PLATFORMS
                    .iter()
                    .map(|(name, _)| {
                        let shown: &'static str =
                            Box::leak(format!("{name} at {at} ({ENV_ENDPOINT})").into_boxed_str());
                        Ok((shown, endpoint_url(base.as_str())?))
                    })
                    .collect::<Result<Vec<_>, String>>()?
            }
            None => PLATFORMS
                .iter()
                .map(|(name, origin)| Ok((*name, endpoint_url(origin)?)))
                .collect::<Result<Vec<_>, String>>()?,
        };
        Ok(Verifier {
            client,
            platforms,
            opts,
            next_slot: Mutex::new(Instant::now()),
        })
    }

    /// Checks each distinct secret once (at most one request per platform), in
    /// parallel within the concurrency cap; the answers come back in `asks`' order.
    pub fn check_all(&self, asks: &[Ask]) -> Vec<Verification> {
        let mut first: HashMap<&str, usize> = HashMap::new();
        let mut distinct = Vec::new();
        for (i, a) in asks.iter().enumerate() {
            first.entry(a.secret).or_insert_with(|| {
                distinct.push(i);
                i
            });
        }
        let answers: Mutex<HashMap<usize, Verification>> = Mutex::new(HashMap::new());
        let next = Mutex::new(0usize);
        std::thread::scope(|s| {
            for _ in 0..self
                .opts
                .concurrency
                .clamp(1, 16)
                .min(distinct.len().max(1))
            {
                s.spawn(|| loop {
                    let k = {
                        let mut n = next.lock().unwrap();
                        let k = *n;
                        *n += 1;
                        k
                    };
                    let Some(&i) = distinct.get(k) else {
                        return;
                    };
                    let v = self.check(&asks[i]);
                    answers.lock().unwrap().insert(i, v);
                });
            }
        });
        let answers = answers.into_inner().unwrap();
        asks.iter()
            .map(|a| answers[&first[a.secret]].clone())
            .collect()
    }

    /// Checks one secret.
    pub fn check(&self, ask: &Ask) -> Verification {
        let now = keyfence_model::time::now();
        if let Some(exp) = token_expiry(ask.secret) {
            if exp <= now {
                return Verification {
                    status: VerificationStatus::Expired,
                    platform: None,
                    http_status: None,
                    detail: Some(format!(
                        "the token's exp is {}",
                        keyfence_model::time::rfc3339(exp)
                    )),
                    checked_at: now,
                };
            }
        }
        let mut order: Vec<&(&'static str, Url)> = self.platforms.iter().collect();
        if let Some(p) = ask.prefer {
            order.sort_by_key(|(name, _)| !name.starts_with(p));
        }
        let mut unknown = None;
        let mut invalid = None;
        for (name, url) in order {
            match self.ask(url, ask.secret) {
                Said::Live(status, detail) => {
                    return verdict(VerificationStatus::Live, name, Some(status), detail)
                }
                Said::Expired(status) => {
                    return verdict(
                        VerificationStatus::Expired,
                        name,
                        Some(status),
                        Some("the platform says the token has expired".into()),
                    )
                }
                Said::Invalid(status) => invalid = invalid.or(Some((*name, status))),
                Said::Unknown(status, why) => unknown = unknown.or(Some((*name, status, why))),
            }
        }
        match (unknown, invalid) {
            (Some((name, status, why)), _) => {
                verdict(VerificationStatus::Unknown, name, status, Some(why))
            }
            (None, Some((name, status))) => verdict(
                VerificationStatus::Invalid,
                name,
                Some(status),
                Some(format!(
                    "rejected by every platform ({} asked)",
                    self.platforms.len()
                )),
            ),
            (None, None) => verdict(VerificationStatus::Unknown, "", None, None),
        }
    }

    /// Waits for the next request slot of the global rate limit.
    fn slot(&self) {
        let wait = {
            let mut next = self.next_slot.lock().unwrap();
            let now = Instant::now();
            let at = (*next).max(now);
            *next = at + self.opts.interval;
            at - now
        };
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }

    /// One platform's answer, tried again with backoff while it rate-limits.
    fn ask(&self, url: &Url, secret: &str) -> Said {
        let auth = format!("Bearer {secret}");
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.slot();
            let deadline = Instant::now() + self.opts.timeout;
            let resp =
                match self
                    .client
                    .get_with(url, ANSWER_LIMIT, deadline, &[("Authorization", &auth)])
                {
                    Ok(r) => r,
                    Err(FetchError::Timeout) => return Said::Unknown(None, "timed out".into()),
                    Err(FetchError::Other(e)) => {
                        return Said::Unknown(None, scrub(&format!("request failed: {e}"), secret))
                    }
                };
            let said = read_answer(resp.status, &resp.body, secret);
            if let Said::Unknown(Some(429), _) = said {
                if attempt < TRIES {
                    let wait = resp
                        .retry_after
                        .map_or(Duration::from_millis(500 << attempt), |s| {
                            Duration::from_secs(s.min(10))
                        });
                    std::thread::sleep(wait);
                    continue;
                }
            }
            return said;
        }
    }
}

fn endpoint_url(origin: &str) -> Result<Url, String> {
    Url::parse(&format!("{}{PATH}", origin.trim_end_matches('/'))).map_err(|e| e.to_string())
}

fn verdict(
    status: VerificationStatus,
    platform: &str,
    http_status: Option<u16>,
    detail: Option<String>,
) -> Verification {
    Verification {
        status,
        platform: (!platform.is_empty()).then(|| platform.to_string()),
        http_status,
        detail,
        checked_at: keyfence_model::time::now(),
    }
}

/// Reads a platform's answer: its HTTP status and the business code in its body
/// (`{"error":{"code":"1113","message":"…"}}`).
fn read_answer(status: u16, body: &[u8], secret: &str) -> Said {
    let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    let code = json.as_ref().and_then(|j| {
        let c = j
            .get("error")
            .and_then(|e| e.get("code"))
            .or_else(|| j.get("code"))?;
        c.as_str()
            .map(str::to_string)
            .or_else(|| c.as_i64().map(|n| n.to_string()))
    });
    let message = json
        .as_ref()
        .and_then(|j| {
            j.get("error")
                .and_then(|e| e.get("message"))
                .or_else(|| j.get("msg"))
        })
        .and_then(|m| m.as_str())
        .map(|m| scrub(m, secret));
    let with_code = |what: &str| {
        Some(match (&code, &message) {
            (Some(c), Some(m)) => format!("{what} (code {c}: {m})"),
            (Some(c), None) => format!("{what} (code {c})"),
            _ => what.to_string(),
        })
    };
    match (status, code.as_deref()) {
        (200, _) => {
            let listed = json
                .as_ref()
                .is_some_and(|j| j.get("data").is_some_and(serde_json::Value::is_array));
            if listed {
                Said::Live(200, None)
            } else {
                Said::Unknown(Some(200), "an answer that is not a model list".into())
            }
        }
        (_, Some("1003")) => Said::Expired(status),
        (_, Some("1000" | "1001" | "1002" | "1004" | "1111")) | (401, _) => Said::Invalid(status),
        // Answers only an accepted key gets: the account behind it is out of balance,
        // locked, inactive, flagged, or past a quota.
        (_, Some("1113")) => Said::Live(
            status,
            with_code("accepted; the account's balance is exhausted"),
        ),
        (_, Some("1110" | "1112" | "1120" | "1121")) => Said::Live(
            status,
            with_code("accepted; the account is blocked or flagged"),
        ),
        (_, Some("1304" | "1308" | "1309" | "1310")) => Said::Live(
            status,
            with_code("accepted; a usage limit or plan has run out"),
        ),
        (429, _) => Said::Unknown(Some(429), with_code("rate limited").unwrap_or_default()),
        (s, _) => Said::Unknown(
            Some(s),
            with_code("an answer keyfence does not recognise").unwrap_or_default(),
        ),
    }
}

/// A message from the outside made safe to show: the secret (should a server echo
/// it) replaced, control characters dropped, cut to a short length.
fn scrub(s: &str, secret: &str) -> String {
    let s = if secret.is_empty() {
        s.to_string()
    } else {
        s.replace(secret, "[the secret]")
    };
    s.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// The `exp` of an SDK token (a JWT), in seconds since the epoch (Z.ai's SDKs write
/// milliseconds); `None` for anything else.
pub fn token_expiry(secret: &str) -> Option<i64> {
    let mut parts = secret.split('.');
    let (_header, payload, _sig) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let json: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let exp = json.get("exp")?.as_i64()?;
    Some(if exp > 100_000_000_000 {
        exp / 1000
    } else {
        exp
    })
}

/// The platform the words near a key name, if one: `api.z.ai` for the international
/// platform, `open.bigmodel.cn` for the open platform.
pub fn platform_named(context: &[String]) -> Option<&'static str> {
    let zai = context
        .iter()
        .any(|w| w.contains("z.ai") || w.starts_with("zai") || w.starts_with("z_ai"));
    let bigmodel = context
        .iter()
        .any(|w| w.contains("bigmodel") || w.contains("zhipu"));
    match (zai, bigmodel) {
        (true, false) => Some("api.z.ai"),
        (false, true) => Some("open.bigmodel.cn"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_by_status_and_code() {
        let s = "s3cr3tvalue";
        assert!(matches!(
            read_answer(200, br#"{"object":"list","data":[]}"#, s),
            Said::Live(200, None)
        ));
        assert!(matches!(
            read_answer(200, b"<html>", s),
            Said::Unknown(Some(200), _)
        ));
        assert!(matches!(
            read_answer(401, br#"{"error":{"code":"1002","message":"bad"}}"#, s),
            Said::Invalid(401)
        ));
        assert!(matches!(read_answer(401, b"", s), Said::Invalid(401)));
        assert!(matches!(
            read_answer(401, br#"{"error":{"code":"1003"}}"#, s),
            Said::Expired(401)
        ));
        match read_answer(
            429,
            br#"{"error":{"code":"1113","message":"balance s3cr3tvalue"}}"#,
            s,
        ) {
            Said::Live(429, Some(d)) => {
                assert!(
                    d.contains("balance") && d.contains("1113") && !d.contains("s3cr3tvalue"),
                    "{d}"
                )
            }
            _ => panic!(),
        }
        assert!(matches!(
            read_answer(429, br#"{"error":{"code":1302}}"#, s),
            Said::Unknown(Some(429), _)
        ));
        assert!(matches!(
            read_answer(500, b"oops", s),
            Said::Unknown(Some(500), _)
        ));
    }

    #[test]
    fn token_expiry_in_seconds_or_milliseconds() {
        let enc = |p: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(p);
        let t = |p: &str| format!("{}.{}.sig", enc("{}"), enc(p));
        assert_eq!(
            token_expiry(&t(r#"{"exp":1732800000000}"#)),
            Some(1_732_800_000)
        );
        assert_eq!(
            token_expiry(&t(r#"{"exp":1732800000}"#)),
            Some(1_732_800_000)
        );
        assert_eq!(token_expiry("abc.def"), None);
    }

    #[test]
    fn platforms_by_context() {
        assert_eq!(platform_named(&["zai_api_key".into()]), Some("api.z.ai"));
        assert_eq!(
            platform_named(&["open.bigmodel.cn".into()]),
            Some("open.bigmodel.cn")
        );
        assert_eq!(platform_named(&[]), None);
    }
}
