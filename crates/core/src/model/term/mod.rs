//! The term (届): what the body's folder keeps beside its sessions, in `body.ron` — the roster
//! over time, the 审议意见 and their replies, the deputies' suggestions — and the registers derived
//! from the sessions of the term. The session file's types are in the rest of [`crate::model`];
//! these are the folder's.

pub mod body_folder;
pub mod opinions;
pub mod registers;
pub mod suggestions;
