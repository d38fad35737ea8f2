//! One name for one file: a session reached by a relative path, through `..`, or through a
//! symbolic link is the same session, so its lock, its recovery file, its place in the recent
//! files and the check for changes on disk all use [`canonical_session_path`].

use std::fs;
use std::path::{Component, Path, PathBuf};

/// How many symbolic links in a row are followed by hand before giving up (the same limit as
/// Linux's `MAXSYMLINKS`).
const MAX_LINKS: usize = 40;

/// The one name of a session file, whichever way it was reached: absolute, symbolic links
/// resolved (so that saving through a link writes the file it points to, and the backup and the
/// lock land beside that file), `.` and `..` removed. A file that does not exist yet keeps its
/// own name in its resolved folder; a link to a file that does not exist yet names that file.
/// Never fails: a path that cannot be resolved (an unreachable folder) is made absolute as it is.
pub fn canonical_session_path(path: &Path) -> PathBuf {
    if let Ok(canonical) = fs::canonicalize(path) {
        return simplified(canonical);
    }
    // Not there yet, or a link to something not there yet: follow the links by hand.
    let mut current = absolute(path);
    for _ in 0..MAX_LINKS {
        let Ok(target) = fs::read_link(&current) else {
            break;
        };
        let folder = current.parent().map(Path::to_owned).unwrap_or_default();
        // An absolute target replaces the folder; a relative one is read from the link's folder.
        current = folder.join(target);
    }
    if let (Some(folder), Some(name)) = (current.parent(), current.file_name())
        && let Ok(folder) = fs::canonicalize(folder)
    {
        return simplified(folder).join(name);
    }
    lexically_normal(&current)
}

/// `path` made absolute against the current folder without touching the disk.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// `.` dropped and `a/..` folded, by the text alone: for a path whose folders do not exist, where
/// there is no link the system could follow instead.
fn lexically_normal(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !normal.pop() {
                    normal.push(component);
                }
            }
            other => normal.push(other),
        }
    }
    normal
}

/// Windows' `canonicalize` answers with a verbatim path (`\\?\C:\…`), which people do not
/// recognise and some programs refuse: the usual form is kept where there is one.
#[cfg(windows)]
fn simplified(path: PathBuf) -> PathBuf {
    let Some(text) = path.to_str() else {
        return path;
    };
    if let Some(rest) = text.strip_prefix(r"\\?\UNC\") {
        return PathBuf::from(format!(r"\\{rest}"));
    }
    if let Some(rest) = text.strip_prefix(r"\\?\")
        && rest.as_bytes().get(1) == Some(&b':')
    {
        return PathBuf::from(rest);
    }
    path
}

/// Elsewhere the canonical path is already the usual one.
#[cfg(not(windows))]
fn simplified(path: PathBuf) -> PathBuf {
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_dotted_and_absolute_paths_are_one_name() {
        let dir = tempfile::tempdir().unwrap();
        let folder = fs::canonicalize(dir.path()).unwrap();
        fs::create_dir(folder.join("x")).unwrap();
        let file = folder.join("s.ron");
        for exists in [false, true] {
            if exists {
                fs::write(&file, "x").unwrap();
            }
            for name in [
                file.clone(),
                folder.join("x/../s.ron"),
                folder.join("./s.ron"),
                folder.join("x/./../s.ron"),
            ] {
                assert_eq!(canonical_session_path(&name), file, "{name:?}, {exists}");
            }
        }
    }

    #[test]
    fn a_missing_folder_is_still_made_absolute() {
        let path = canonical_session_path(Path::new("no/such/../folder/s.ron"));
        assert!(path.is_absolute(), "{path:?}");
        assert!(path.ends_with("no/folder/s.ron"), "{path:?}");
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_even_to_a_file_not_there_yet() {
        let dir = tempfile::tempdir().unwrap();
        let folder = fs::canonicalize(dir.path()).unwrap();
        fs::create_dir(folder.join("real")).unwrap();
        let target = folder.join("real/s.ron");
        let link = folder.join("link.ron");
        std::os::unix::fs::symlink("real/s.ron", &link).unwrap();
        assert_eq!(canonical_session_path(&link), target, "dangling link");
        fs::write(&target, "x").unwrap();
        assert_eq!(canonical_session_path(&link), target);
        // A linked folder.
        std::os::unix::fs::symlink(folder.join("real"), folder.join("alias")).unwrap();
        assert_eq!(canonical_session_path(&folder.join("alias/s.ron")), target);
        assert_eq!(
            canonical_session_path(&folder.join("alias/new.ron")),
            folder.join("real/new.ron")
        );
    }
}
