//! How far a long reading has come, and a way to stop it: the window reads a large file on a
//! worker thread and shows the rows read so far with 取消. The reading code reports through
//! the thread's own watcher, so that nothing else of the import's signatures changes; a
//! reading nobody watches pays one thread-local look per step.

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::ImportError;

/// The state of one reading, shared between the thread that reads and the window.
#[derive(Debug, Default)]
pub struct Progress {
    rows: AtomicU64,
    cancelled: AtomicBool,
}

impl Progress {
    /// A reading not yet started.
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Rows (or lines) read so far.
    pub fn rows(&self) -> u64 {
        self.rows.load(Ordering::Relaxed)
    }

    /// Asks the reading to stop; it ends with [`ImportError::Cancelled`] at its next step.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether the reading was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

thread_local! {
    static WATCHER: RefCell<Option<Arc<Progress>>> = const { RefCell::new(None) };
}

/// Runs `read` on this thread with `progress` watching it.
pub fn watched<T>(progress: Arc<Progress>, read: impl FnOnce() -> T) -> T {
    WATCHER.with(|watcher| *watcher.borrow_mut() = Some(progress));
    let result = read();
    WATCHER.with(|watcher| *watcher.borrow_mut() = None);
    result
}

/// Reports that the reading has come to row `rows` (counted from 1), and stops it if it was
/// cancelled.
pub(crate) fn reached(rows: u64, path: &std::path::Path) -> Result<(), ImportError> {
    WATCHER.with(|watcher| match &*watcher.borrow() {
        Some(progress) => {
            progress.rows.fetch_max(rows, Ordering::Relaxed);
            if progress.is_cancelled() {
                Err(ImportError::Cancelled {
                    path: path.to_owned(),
                })
            } else {
                Ok(())
            }
        }
        None => Ok(()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_watched_reading_reports_and_stops_when_cancelled() {
        let progress = Progress::new();
        let path = std::path::Path::new("名单.csv");
        let outcome = watched(Arc::clone(&progress), || {
            reached(10, path)?;
            progress.cancel();
            reached(20, path)
        });
        assert!(matches!(outcome, Err(ImportError::Cancelled { .. })));
        assert_eq!(progress.rows(), 20);
        // Unwatched, nothing is reported and nothing stops.
        assert!(reached(30, path).is_ok());
        assert_eq!(progress.rows(), 20);
    }
}
