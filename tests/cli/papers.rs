//! The papers of the session before and during it (DOMAIN.md §13) for both example sessions:
//! golden texts under `tests/golden/papers/{hebi,qixian}/`; the ballots hold exactly the votes
//! of the voting order, bundled as 合并表决 says, in one copy per member and the spare ones;
//! every appointee is on a ballot, gets a certificate and swears; the evaluation ballot has
//! every object; the sign-in sheets list every member in the published order; every paper
//! renders in every format.
//!
//! Regenerate the golden files after an intended change with
//! `HUIWU_UPDATE_GOLDEN=1 cargo test --test papers`, then read the diff.

use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::model::Session;
use std::path::Path;

fn qixian() -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/qixian-17-15.ron");
    huiwu_core::io::load(&path).unwrap()
}

#[test]
fn the_command_line_exports_every_paper() {
    let dir = tempfile::tempdir().unwrap();
    let session = qixian();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/qixian-17-15.ron");
    for doc in DocKind::PAPERS {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_huiwu"))
            .arg("export")
            .arg(&path)
            .args(["--doc", doc.key()])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", doc.key());
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            plain_text(&session, doc),
            "{}",
            doc.key()
        );
    }
    let file = dir.path().join("表决票.docx");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_huiwu"))
        .arg("export")
        .arg(&path)
        .args(["--doc", "ballots", "--to"])
        .arg(&file)
        .status()
        .unwrap();
    assert!(status.success());
    assert!(std::fs::read(&file).unwrap().starts_with(b"PK"));
}
