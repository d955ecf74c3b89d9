fn main() {
    let key = "__ZAI_KEY_112__";
    let _ = key;
}
