//! The one route of every request: a [`Sender`] is handed to every screen, dialog and view
//! while drawing; they [`Sender::send`] requests (open, save, export, list a folder…) and
//! [`Sender::act`] actions (structural changes to the session or to the body's folder), and
//! never carry them out themselves. The app drains the sender after drawing and carries each
//! out in one place (`app/commands.rs`), then takes the undo point — as rerun's command sender
//! is drained after its frame.

use crate::action::Action;
use crate::command::{Command, Request};

/// What the views asked for during one frame, in the order they asked.
#[derive(Debug, Default)]
pub struct Sender {
    /// Requests: carried out after drawing, before the actions.
    requests: Vec<Request>,
    /// Structural changes: applied after the requests, then one undo point.
    actions: Vec<Action>,
}

impl Sender {
    /// Asks for `request`, carried out after drawing.
    pub fn send(&mut self, request: Request) {
        self.requests.push(request);
    }

    /// Asks for a command, as if chosen from the menu.
    pub fn command(&mut self, command: Command) {
        self.send(Request::Command(command));
    }

    /// Asks for a structural change, applied after drawing with one undo point.
    pub fn act(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// Whether nothing was asked for.
    pub fn is_empty(&self) -> bool {
        self.requests.is_empty() && self.actions.is_empty()
    }

    /// The requests asked for so far (tests look at them before the frame ends).
    pub fn requests(&self) -> &[Request] {
        &self.requests
    }

    /// The actions asked for so far.
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }

    /// Takes the requests asked for so far (those sent while carrying them out wait for the
    /// next frame).
    pub fn take_requests(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.requests)
    }

    /// Takes the actions asked for so far.
    pub fn take_actions(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.actions)
    }
}

impl Extend<Action> for Sender {
    fn extend<T: IntoIterator<Item = Action>>(&mut self, actions: T) {
        self.actions.extend(actions);
    }
}
