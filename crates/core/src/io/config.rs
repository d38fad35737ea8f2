//! The program's own settings between runs: recent files, the colours and the type size. Kept
//! in `$HUIWU_CONFIG_DIR`, else `$XDG_CONFIG_HOME/huiwu`, else `%APPDATA%\huiwu` (Windows),
//! else `~/.config/huiwu`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// Settings kept between runs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)] // a missing or older config file simply starts empty
pub struct AppConfig {
    /// Recently opened or saved session files, newest first.
    pub recent_files: Vec<PathBuf>,
    /// The window's colours (视图 → 外观).
    pub appearance: Appearance,
    /// The size of the type (视图 → 字号).
    pub text_size: TextSize,
    /// The folder a file was last imported from (a roster, a 列席 list, a report, a house
    /// style): the import dialogs start there, as office programs remember theirs. Absent in
    /// config files written before it (issue 25), and while nothing has been imported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_import_folder: Option<PathBuf>,
    /// Where the config is stored; `None` keeps it in memory only (tests).
    #[serde(skip)]
    pub location: Option<PathBuf>,
}

/// The window's colours: light, as office programs are, unless the person chooses otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Appearance {
    /// 浅色: dark text on a light ground.
    #[default]
    Light,
    /// 深色: light text on a dark ground.
    Dark,
    /// 跟随系统: as the desktop says; light where it says nothing.
    FollowSystem,
}

impl Appearance {
    /// Every choice, in the order of the menu.
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::FollowSystem];
}

/// The size of the type, as a zoom of the whole window (text, fields and spacing alike, so that
/// nothing larger overflows a box drawn for the standard size).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    /// 标准: body text at 15 points.
    #[default]
    Standard,
    /// 较大: a fifth larger, for a laptop beside a projector.
    Larger,
    /// 特大: two fifths larger, read from a step back.
    Largest,
}

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [Self; 3] = [Self::Standard, Self::Larger, Self::Largest];

    /// How much the window is enlarged (1.0: as designed).
    pub fn zoom_factor(self) -> f32 {
        match self {
            Self::Standard => 1.0,
            Self::Larger => 1.2,
            Self::Largest => 1.4,
        }
    }

    /// The next size up; the largest stays.
    pub fn larger(self) -> Self {
        match self {
            Self::Standard => Self::Larger,
            Self::Larger | Self::Largest => Self::Largest,
        }
    }

    /// The next size down; the standard stays.
    pub fn smaller(self) -> Self {
        match self {
            Self::Largest => Self::Larger,
            Self::Larger | Self::Standard => Self::Standard,
        }
    }
}

/// The folder of the config file, if one can be found.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("HUIWU_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CONFIG_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("huiwu"));
    }
    if let Some(dir) = std::env::var_os("APPDATA") {
        return Some(PathBuf::from(dir).join("huiwu"));
    }
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config").join("huiwu"))
}

impl AppConfig {
    /// Reads the config; a missing or unreadable one gives the defaults (it holds nothing precious).
    pub fn load() -> Self {
        match config_dir() {
            Some(dir) => Self::load_from(dir.join("config.ron")),
            None => Self::default(),
        }
    }

    /// Reads the config at `path` and keeps it there; a missing or unreadable file gives the
    /// defaults. Line ends may be `\r\n` (a file copied from Windows), as RON allows.
    pub fn load_from(path: PathBuf) -> Self {
        let mut config: Self = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| ron::from_str(text.strip_prefix('\u{feff}').unwrap_or(&text)).ok())
            .unwrap_or_default();
        config.location = Some(path);
        config
    }

    /// Writes the config; failures are ignored (recent files are a convenience).
    pub fn store(&self) {
        let Some(path) = &self.location else { return };
        if let Some(dir) = path.parent()
            && std::fs::create_dir_all(dir).is_err()
        {
            return;
        }
        if let Ok(text) = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()) {
            let _ = super::write_atomically(path, text.as_bytes(), false);
        }
    }

    /// Puts `path` first in the recent files, by its canonical name (see
    /// [`super::canonical_session_path`]), so that one file is never listed twice.
    pub fn remember(&mut self, path: &Path) {
        let path = super::canonical_session_path(path);
        self.recent_files.retain(|p| *p != path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }

    /// The most recent file that still exists.
    pub fn last_existing(&self) -> Option<&Path> {
        self.recent_files
            .iter()
            .map(PathBuf::as_path)
            .find(|p| p.is_file())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remember_puts_first_and_deduplicates() {
        let mut config = AppConfig::default();
        config.remember(Path::new("/nonexistent/a.ron"));
        config.remember(Path::new("/nonexistent/b.ron"));
        config.remember(Path::new("/nonexistent/a.ron"));
        assert_eq!(
            config.recent_files,
            [
                PathBuf::from("/nonexistent/a.ron"),
                PathBuf::from("/nonexistent/b.ron")
            ]
        );
        assert_eq!(config.last_existing(), None);
    }

    #[test]
    fn appearance_and_size_persist_and_an_older_file_reads_as_light_and_standard() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        // A config written before these settings existed, with Windows line ends.
        std::fs::write(&path, "(\r\n    recent_files: [],\r\n)\r\n").unwrap();
        let mut config = AppConfig::load_from(path.clone());
        assert_eq!(config.appearance, Appearance::Light);
        assert_eq!(config.text_size, TextSize::Standard);
        config.appearance = Appearance::Dark;
        config.text_size = TextSize::Largest;
        config.store();
        let again = AppConfig::load_from(path);
        assert_eq!(again.appearance, Appearance::Dark);
        assert_eq!(again.text_size, TextSize::Largest);
    }

    #[test]
    fn sizes_step_up_and_down_within_bounds() {
        assert_eq!(TextSize::Standard.smaller(), TextSize::Standard);
        assert_eq!(
            TextSize::Standard.larger().larger().larger(),
            TextSize::Largest
        );
        assert_eq!(TextSize::Largest.smaller(), TextSize::Larger);
        assert!(TextSize::Larger.zoom_factor() > TextSize::Standard.zoom_factor());
    }
}
