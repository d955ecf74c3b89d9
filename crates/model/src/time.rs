//! Dates as keyfence prints them: RFC 3339 in UTC, to the second.

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// `YYYY-MM-DDTHH:MM:SSZ` (what [`rfc3339`] writes) to seconds since the epoch.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    if s.len() < 19 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss)
}

/// The variable that fixes "now" for a whole run: seconds since the epoch, as the
/// reproducible-builds convention defines it. Reports say they were made then, the HTML
/// timeline ends there, and verification judges token expiry and stamps its checks
/// as of then; tests set it so that no output depends on the day they run.
pub const CLOCK_VAR: &str = "SOURCE_DATE_EPOCH";

static CLOCK: std::sync::OnceLock<Option<i64>> = std::sync::OnceLock::new();

/// Reads [`CLOCK_VAR`] once for the process. A value that is not a plain non-negative
/// number of seconds is an error (the convention says a tool must not guess), which
/// the binary reports before doing anything; the library, if never told, ignores it.
pub fn init_clock() -> Result<(), String> {
    let fixed = clock_from(std::env::var_os(CLOCK_VAR).as_deref())?;
    let _ = CLOCK.set(fixed);
    Ok(())
}

/// The fixed time an environment value names: `None` for no value or an empty one.
pub fn clock_from(value: Option<&std::ffi::OsStr>) -> Result<Option<i64>, String> {
    let Some(value) = value else { return Ok(None) };
    if value.is_empty() {
        return Ok(None);
    }
    let text = value.to_string_lossy();
    let ok = text.len() <= 18 && text.bytes().all(|b| b.is_ascii_digit());
    match text.parse::<i64>() {
        Ok(secs) if ok => Ok(Some(secs)),
        _ => Err(format!(
            "{CLOCK_VAR} must be a whole number of seconds since 1970-01-01 UTC, not {text:?}"
        )),
    }
}

/// Now, in seconds since the epoch: [`CLOCK_VAR`] when it is set, else the system
/// clock. The only place keyfence reads the time of day.
pub fn now() -> i64 {
    let fixed = *CLOCK.get_or_init(|| {
        clock_from(std::env::var_os(CLOCK_VAR).as_deref())
            .ok()
            .flatten()
    });
    fixed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_732_800_000), "2024-11-28T13:20:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn dates_round_trip() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2000-02-29T12:34:56Z",
            "2026-11-29T04:50:02Z",
        ] {
            assert_eq!(rfc3339(parse_rfc3339(s).unwrap()), s);
        }
        assert_eq!(parse_rfc3339("nope"), None);
    }

    #[test]
    fn the_clock_variable() {
        use std::ffi::OsStr;
        assert_eq!(clock_from(None), Ok(None));
        assert_eq!(clock_from(Some(OsStr::new(""))), Ok(None));
        assert_eq!(
            clock_from(Some(OsStr::new("1780272000"))),
            Ok(Some(1_780_272_000))
        );
        for bad in ["-5", "1.5", "2026-06-01", " 1", "99999999999999999999"] {
            let err = clock_from(Some(OsStr::new(bad))).unwrap_err();
            assert!(err.contains(CLOCK_VAR), "{err}");
        }
    }
}
