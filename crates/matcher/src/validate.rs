//! Validators that rules name with `validate = "…"`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// If `token` is a JWT signed by a Z.ai SDK (header `"sign_type":"SIGN"`, payload with
/// an `api_key`), returns the key id it carries.
pub fn zai_jwt_key_id(token: &[u8]) -> Option<String> {
    let mut parts = token.split(|&b| b == b'.');
    let header = decode_json(parts.next()?)?;
    let payload = decode_json(parts.next()?)?;
    let signature = parts.next()?;
    if parts.next().is_some() || signature.is_empty() {
        return None;
    }
    if header.get("sign_type")?.as_str()? != "SIGN" {
        return None;
    }
    let id = payload.get("api_key")?.as_str()?;
    if id.is_empty() || id.len() > 128 {
        return None;
    }
    Some(id.to_string())
}

fn decode_json(part: &[u8]) -> Option<serde_json::Map<String, serde_json::Value>> {
    let part = part
        .strip_suffix(b"==")
        .or_else(|| part.strip_suffix(b"="))
        .unwrap_or(part);
    let raw = URL_SAFE_NO_PAD.decode(part).ok()?;
    match serde_json::from_slice(&raw).ok()? {
        serde_json::Value::Object(map) => Some(map),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> String {
        URL_SAFE_NO_PAD.encode(s)
    }

    #[test]
    fn accepts_sdk_tokens_and_returns_the_key_id() {
        let id = "ab".repeat(16);
        for header in [
            r#"{"alg":"HS256","sign_type":"SIGN"}"#,
            r#"{"alg":"HS256","sign_type":"SIGN","typ":"JWT"}"#,
            r#"{"sign_type":"SIGN","alg":"HS256"}"#,
        ] {
            let payload =
                format!(r#"{{"api_key":"{id}","exp":1700000000000,"timestamp":1699999990000}}"#);
            let token = format!(
                "{}.{}.{}",
                b64(header),
                b64(&payload),
                "c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMDEyMzQ1Njc4OQ"
            );
            assert_eq!(
                zai_jwt_key_id(token.as_bytes()),
                Some(id.clone()),
                "{header}"
            );
        }
    }

    #[test]
    fn rejects_other_jwts() {
        let sig = "c2lnbmF0dXJl";
        let plain = format!(
            "{}.{}.{}",
            b64(r#"{"alg":"HS256","typ":"JWT"}"#),
            b64(r#"{"api_key":"x"}"#),
            sig
        );
        assert_eq!(zai_jwt_key_id(plain.as_bytes()), None);
        let no_key = format!(
            "{}.{}.{}",
            b64(r#"{"alg":"HS256","sign_type":"SIGN"}"#),
            b64(r#"{"sub":"x"}"#),
            sig
        );
        assert_eq!(zai_jwt_key_id(no_key.as_bytes()), None);
        let no_sig = format!(
            "{}.{}.",
            b64(r#"{"sign_type":"SIGN"}"#),
            b64(r#"{"api_key":"x"}"#)
        );
        assert_eq!(zai_jwt_key_id(no_sig.as_bytes()), None);
        assert_eq!(zai_jwt_key_id(b"not.a.jwt"), None);
    }
}
