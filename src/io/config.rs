//! The program's own settings between runs: recent files. Kept in
//! `$HUIWU_CONFIG_DIR`, else `$XDG_CONFIG_HOME/huiwu`, else `~/.config/huiwu`.

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
    /// Where the config is stored; `None` keeps it in memory only (tests).
    #[serde(skip)]
    pub location: Option<PathBuf>,
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
        let location = config_dir().map(|dir| dir.join("config.ron"));
        let mut config: Self = location
            .as_deref()
            .and_then(|path| std::fs::read_to_string(path).ok())
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default();
        config.location = location;
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
}
