//! Writes the term-sized folder the benchmarks measure (40 sessions, 300 suggestions) into a
//! directory, to look at it in the window: `cargo run -p huiwu-stress --example stress_folder --
//! DIR`, then `huiwu DIR`.

fn main() -> Result<(), String> {
    let Some(directory) = std::env::args_os().nth(1) else {
        return Err("用法：stress_folder 目录".to_owned());
    };
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let example =
        huiwu_core::io::load(&repo.join("sessions/hebi-12-09.ron")).map_err(|e| e.to_string())?;
    let body = huiwu_core::io::folder::open_folder(&repo.join("sessions/hebi-12"))
        .map_err(|e| e.to_string())?
        .body;
    let stress = huiwu_stress::folder::stress_folder(
        &example,
        &body,
        &huiwu_stress::folder::FolderSize::ISSUE,
    );
    huiwu_stress::folder::write_stress_folder(std::path::Path::new(&directory), &stress)
}
