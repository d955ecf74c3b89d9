//! Counts in words, for every output a person reads: one helper, so that no report
//! says "1 files" or "1 commit carry it".

/// `n` and the noun, singular or plural: "1 file", "3 files", "0 files".
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn singular_only_for_one() {
        assert_eq!(count(1, "file", "files"), "1 file");
        assert_eq!(count(0, "file", "files"), "0 files");
        assert_eq!(count(2, "commit", "commits"), "2 commits");
    }
}
