//! Byte classes and the boundary rules shared by every matching path.

/// Lowercase hex digits: the alphabet of a Z.ai key id.
pub const fn is_lower_hex(b: u8) -> bool {
    matches!(b, b'0'..=b'9' | b'a'..=b'f')
}

pub const fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

macro_rules! class_table {
    ($f:ident) => {{
        let mut t = [false; 256];
        let mut i = 0;
        while i < 256 {
            t[i] = $f(i as u8);
            i += 1;
        }
        t
    }};
}

/// `LOWER_HEX[b]` is `is_lower_hex(b)`, as a table.
pub static LOWER_HEX: [bool; 256] = class_table!(is_lower_hex);
/// `ALNUM[b]` is `is_alnum(b)`, as a table.
pub static ALNUM: [bool; 256] = class_table!(is_alnum);

/// True when a match starting at `start` is not the tail of a longer run of letters and
/// digits. A letter or digit that closes an escape sequence (`\n`, `\t`, `\r`, `%22`,
/// `\x22`, `\u0022`) does not count: keys are often written right after one.
pub fn left_boundary_ok(hay: &[u8], start: usize) -> bool {
    if start == 0 || !ALNUM[hay[start - 1] as usize] {
        return true;
    }
    let before = &hay[..start];
    let n = before.len();
    // `\n`, `\t`, `\r`, `\f`, `\v`, `\0`: a backslash escape of one letter.
    if n >= 2
        && before[n - 2] == b'\\'
        && matches!(before[n - 1], b'n' | b't' | b'r' | b'f' | b'v' | b'0')
    {
        return true;
    }
    let hex2 = |s: &[u8]| s.iter().all(u8::is_ascii_hexdigit);
    // `%22`: percent encoding.
    if n >= 3 && before[n - 3] == b'%' && hex2(&before[n - 2..]) {
        return true;
    }
    // `\x22`
    if n >= 4 && &before[n - 4..n - 2] == b"\\x" && hex2(&before[n - 2..]) {
        return true;
    }
    // `\u0022`
    if n >= 6 && &before[n - 6..n - 4] == b"\\u" && hex2(&before[n - 4..]) {
        return true;
    }
    false
}

/// True when a match ending at `end` is not followed by more letters or digits.
pub fn right_boundary_ok(hay: &[u8], end: usize) -> bool {
    end >= hay.len() || !ALNUM[hay[end] as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_boundary_sees_through_escapes() {
        for (text, ok) in [
            ("K", true),
            (" K", true),
            ("\"K", true),
            ("aK", false),
            ("9K", false),
            ("\\nK", true),
            ("\\tK", true),
            ("xnK", false),
            ("%22K", true),
            ("%3DK", true),
            ("%2K", false),
            ("\\x22K", true),
            ("\\u0022K", true),
            ("\\u002K", false),
            ("_K", true),
            ("-K", true),
            ("\u{4e2d}K", true),
        ] {
            let start = text.len() - 1;
            assert_eq!(left_boundary_ok(text.as_bytes(), start), ok, "{text:?}");
        }
    }

    #[test]
    fn right_boundary() {
        assert!(right_boundary_ok(b"K", 1));
        assert!(right_boundary_ok(b"K\"", 1));
        assert!(right_boundary_ok(b"K\\n", 1));
        assert!(right_boundary_ok(b"K&b", 1));
        assert!(!right_boundary_ok(b"Ka", 1));
        assert!(!right_boundary_ok(b"K7", 1));
    }

    #[test]
    fn tables_agree_with_functions() {
        for b in 0..=255u8 {
            assert_eq!(LOWER_HEX[b as usize], is_lower_hex(b));
            assert_eq!(ALNUM[b as usize], is_alnum(b));
        }
    }
}
