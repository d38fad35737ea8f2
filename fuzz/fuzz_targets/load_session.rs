//! Any bytes as a session file: loading must never panic, and whatever loads must survive a
//! save and load again unchanged (the round trip the editor relies on).

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let path = Path::new("fuzz.ron");
    // The same steps as `huiwu::io::load` after reading the file.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(session) = huiwu::io::from_ron_str(text, path) else {
        return;
    };
    let saved = match huiwu::io::to_ron_string(&session) {
        Ok(saved) => saved,
        Err(error) => panic!("a loaded session could not be saved: {error}"),
    };
    match huiwu::io::from_ron_str(&saved, path) {
        Ok(reloaded) => assert_eq!(reloaded, session, "the round trip changed the session"),
        Err(error) => panic!("a saved session does not load again: {error}\n{saved}"),
    }
    // Saving is deterministic: the same session gives the same bytes.
    assert_eq!(
        huiwu::io::to_ron_string(&session).ok().as_deref(),
        Some(saved.as_str())
    );
});
