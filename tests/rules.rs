//! Rule files: the built-in rules' examples, and the checks that catch bad rules.

mod common;

use keyfence_matcher::RuleMatcher;
use keyfence_rules::RuleSet;

#[test]
fn builtin_examples_match_and_negative_examples_do_not() {
    let rules = common::builtin_rules();
    assert_eq!(
        rules
            .rules()
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>(),
        ["zai-api-key", "zai-jwt"]
    );
    for r in rules.rules() {
        assert!(r.examples.len() >= 2, "{} needs examples", r.id);
        assert!(
            !r.negative_examples.is_empty(),
            "{} needs negative examples",
            r.id
        );
        assert!(
            r.references.iter().any(|u| u.contains("terms-of-use")),
            "{} must cite the Z.ai terms",
            r.id
        );
    }
    let problems = RuleMatcher::new(&rules).unwrap().check_examples();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_example_check_catches_a_wrong_example() {
    let (id, secret) = common::key_parts(21);
    let text = format!(
        r#"
[[rules]]
id = "my-key"
name = "My key"
description = "Test."
pattern = '[0-9a-f]{{32}}\.[A-Za-z0-9]{{16}}'
kernel = "zai-api-key"
examples = [["{id}", ".{secret}"], "no key in here"]
negative_examples = [["x={id}", ".{secret}"]]
"#
    );
    let mut set = RuleSet::new();
    set.add_toml("mine.toml", &text).unwrap();
    let problems = RuleMatcher::new(&set).unwrap().check_examples();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].contains("example does not match: \"no key in here\""));
    assert!(problems[1].contains("negative example matches"));
}

#[test]
fn the_example_check_catches_a_kernel_that_disagrees_with_its_pattern() {
    // The pattern says 20 characters after the dot; the kernel finds 16.
    let (id, secret) = common::key_parts(22);
    let text = format!(
        r#"
[[rules]]
id = "odd-key"
name = "Odd key"
description = "Test."
pattern = '[0-9a-f]{{32}}\.[A-Za-z0-9]{{20}}'
kernel = "zai-api-key"
examples = [["{id}", ".{secret}"]]
"#
    );
    let mut set = RuleSet::new();
    set.add_toml("odd.toml", &text).unwrap();
    let problems = RuleMatcher::new(&set).unwrap().check_examples();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("kernel `zai-api-key` and the pattern disagree")),
        "{problems:#?}"
    );
}

#[test]
fn the_builtin_rule_file_holds_no_key_shaped_string() {
    // Examples are written in parts so that scanning the rule file finds nothing.
    let text = include_str!("../patterns/zai.toml");
    let rules = common::builtin_rules();
    let m = RuleMatcher::new(&rules).unwrap();
    use keyfence_matcher::Matcher;
    assert!(m.find_all(text.as_bytes()).is_empty());
}
