//! House-style files (本机关设置, DOMAIN.md §15): the body's identity and every setting in which
//! bodies differ, kept apart from any session so that another machine, or a session started
//! from scratch, can adopt them. RON `(format_version: 4, body: ( … ))`, written atomically
//! through the same writer as sessions and read with the same rules: never a panic, every
//! error in Chinese naming the file and the line.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{
    FileError, VersionProbe, from_ron_str_versioned, parse_error, pretty_config, read_text,
    write_atomically,
};
use crate::model::{Body, FORMAT_VERSION};

/// The extension suggested for house-style files: `鹤壁市人大常委会.huiwu-body.ron`.
pub const HOUSE_STYLE_EXTENSION: &str = "huiwu-body.ron";

/// What a house-style file holds.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HouseStyleFile {
    /// The format the file was written in, first, as in session files.
    format_version: u32,
    /// The body and its settings.
    body: Body,
}

/// Serializes a body as the pretty, deterministic RON of a house-style file.
pub fn house_style_to_ron_string(body: &Body) -> Result<String, ron::Error> {
    let file = HouseStyleFile {
        format_version: FORMAT_VERSION,
        body: body.clone(),
    };
    let mut text = ron::ser::to_string_pretty(&file, pretty_config())?;
    text.push('\n');
    Ok(text)
}

/// Saves the body and its house style to `path`, atomically (the previous version stays as
/// `.bak`, as for sessions).
pub fn save_house_style(body: &Body, path: &Path) -> Result<(), FileError> {
    let text = house_style_to_ron_string(body).map_err(|error| FileError::Write {
        path: path.to_owned(),
        reason: format!("无法生成文件内容（{error}）"),
    })?;
    write_atomically(path, text.as_bytes(), true)
}

/// Reads a house-style file. A session file serves too: its body is taken (the settings of the
/// body's last session). Never panics, whatever the file holds.
pub fn load_house_style(path: &Path) -> Result<Body, FileError> {
    let text = read_text(path)?;
    // A byte-order mark some Windows editors add is not part of the RON text.
    house_style_from_ron_str(text.strip_prefix('\u{feff}').unwrap_or(&text), path)
}

/// Parses house-style text; `path` only names the file in messages.
pub fn house_style_from_ron_str(text: &str, path: &Path) -> Result<Body, FileError> {
    if text.trim().is_empty() {
        return Err(FileError::Parse {
            path: path.to_owned(),
            line: 1,
            column: 1,
            reason: "文件是空的，不是本机关设置文件".to_owned(),
        });
    }
    let options = ron::Options::default();
    let probed = options
        .from_str::<VersionProbe>(text)
        .map(|p| p.format_version)
        .ok();
    match probed {
        Some(found) if found > FORMAT_VERSION => {
            return Err(FileError::NewerFormat {
                path: path.to_owned(),
                found,
                supported: FORMAT_VERSION,
            });
        }
        Some(0) => {
            return Err(FileError::Parse {
                path: path.to_owned(),
                line: 1,
                column: 1,
                reason: "文件格式版本为 0，不是有效的本机关设置文件".to_owned(),
            });
        }
        _ => {}
    }
    match options.from_str::<HouseStyleFile>(text) {
        Ok(file) => Ok(file.body),
        Err(error) => {
            // A session file of the body: its house style is the one it was held under.
            if let Ok((session, _)) = from_ron_str_versioned(text, path) {
                return Ok(session.body);
            }
            Err(parse_error(path, &error))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_body_reads_back_equal() {
        let body = Body::default();
        let text = house_style_to_ron_string(&body).unwrap();
        assert!(
            text.starts_with(&format!(
                "(\n  format_version: {},",
                crate::model::FORMAT_VERSION
            )),
            "{text}"
        );
        assert_eq!(
            house_style_from_ron_str(&text, Path::new("x.huiwu-body.ron")).unwrap(),
            body
        );
    }

    #[test]
    fn a_newer_file_is_refused() {
        let error = house_style_from_ron_str("(format_version: 99, body: ())", Path::new("n.ron"))
            .unwrap_err();
        assert!(matches!(error, FileError::NewerFormat { found: 99, .. }));
    }

    #[test]
    fn an_empty_file_names_itself() {
        let error = house_style_from_ron_str(" \n", Path::new("e.ron")).unwrap_err();
        let message = error.to_string();
        assert!(message.contains("e.ron") && message.contains("本机关设置"));
    }
}
