//! The seating chart (座次表, DOMAIN.md §13): the hall as rows of seats, the 主任 in the centre
//! of the front, then the 副主任 by rank and the 秘书长 to either side, the 委员 in stroke order
//! behind them, rotated between sessions so that nobody always sits at the back. The person may
//! move anyone to another seat; the plan is kept with the session.

use serde::{Deserialize, Serialize};

use super::ids::MemberId;
use super::roster::Role;
use super::session::Session;

/// The most rows of seats a hall has (a session file may claim any number: more are not
/// drawn, and `check` says so).
pub const MAX_HALL_ROWS: u32 = 60;

/// The most seats in a row.
pub const MAX_SEATS_PER_ROW: u32 = 60;

/// The hall and who sits where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)] // every part has a default
pub struct Seating {
    /// Rows of seats for the members, front to back.
    pub rows: u32,
    /// Seats in each row, left to right as the hall faces the front.
    pub seats_per_row: u32,
    /// How many places the 委员 have moved back since the term's first seating: each new
    /// session of the body moves them one row on (see [`Session::next_session`]).
    pub rotation: u32,
    /// Who sits where; empty until the chart is filled (then the rule fills it on demand).
    pub seats: Vec<Seat>,
    /// The paper the chart is printed on, landscape.
    pub paper: SeatingPaper,
}

/// The paper a seating chart is printed on (always landscape).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SeatingPaper {
    /// A4 landscape.
    #[default]
    A4,
    /// A3 landscape, for a large hall.
    A3,
}

impl SeatingPaper {
    /// A4 横向 or A3 横向.
    pub fn label(self) -> &'static str {
        match self {
            Self::A4 => "A4 横向",
            Self::A3 => "A3 横向",
        }
    }
}

impl Default for Seating {
    fn default() -> Self {
        Self {
            rows: 0,
            seats_per_row: 0,
            rotation: 0,
            seats: Vec::new(),
            paper: SeatingPaper::A4,
        }
    }
}

impl Seating {
    /// Whether nothing is set: no hall, no rotation, no seats (files then leave it out).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// One member's seat: row 0 is the front row, seat 0 the leftmost as the hall faces the front.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    /// Who.
    pub member: MemberId,
    /// The row, 0 at the front.
    pub row: u32,
    /// The seat in the row, 0 at the left.
    pub seat: u32,
}

/// The seats of a row from the centre outwards, as protocol seats by rank: the centre first;
/// then the presiding officer's left hand, which on the chart (drawn as the hall sees the front,
/// seat 0 at the left) is the seat right of the centre; then the seat left of it; and so on,
/// alternating: 5 seats give 2, 3, 1, 4, 0.
pub fn centre_out(seats: u32) -> Vec<u32> {
    if seats == 0 {
        return Vec::new();
    }
    let centre = (seats - 1) / 2;
    let mut order = vec![centre];
    for distance in 1..seats {
        if centre + distance < seats {
            order.push(centre + distance);
        }
        if let Some(left) = centre.checked_sub(distance) {
            order.push(left);
        }
    }
    order
}

/// The hall a roster needs when none is set: rows of up to ten seats, enough for everybody,
/// the front row wide enough for the leaders.
pub fn default_hall(session: &Session) -> (u32, u32) {
    let members = session.member_count().max(1);
    let leaders = u32::try_from(
        session
            .roster
            .iter()
            .filter(|m| m.role != Role::Member)
            .count(),
    )
    .unwrap_or(u32::MAX);
    let per_row = members.div_ceil(4).clamp(leaders.max(5), 12);
    // Leaders take the front row; the 委员 fill the rows behind.
    let committee = members.saturating_sub(leaders);
    (1 + committee.div_ceil(per_row), per_row)
}

/// The seats by the rule (DOMAIN.md §13): leaders from the centre of the front row outwards
/// (主任, 副主任 by rank, 秘书长), continuing in the next row if they are more than a row;
/// the 委员 in stroke order from the next row on, each row read from the left (a row not full
/// centred), the list rotated by `rotation` rows so that the back rows come forward session by
/// session.
pub fn seats_by_rule(session: &Session, rows: u32, seats_per_row: u32) -> Vec<Seat> {
    let seats_per_row = seats_per_row.max(1);
    let ordered = super::roster::members_in_list_order(
        session.roster.iter(),
        session.body.settings.name_order,
    );
    let (leaders, committee): (Vec<_>, Vec<_>) =
        ordered.into_iter().partition(|m| m.role != Role::Member);
    let row_order = centre_out(seats_per_row);
    let per_row = seats_per_row as usize;
    let mut seats = Vec::new();
    // Leaders by rank from the centre outwards.
    for (index, member) in leaders.iter().enumerate() {
        let row = u32::try_from(index / per_row).unwrap_or(u32::MAX);
        let seat = row_order[index % per_row];
        seats.push(Seat {
            member: member.id,
            row,
            seat,
        });
    }
    let leader_rows = u32::try_from(leaders.len().div_ceil(per_row)).unwrap_or(u32::MAX);
    let committee_rows = rows.saturating_sub(leader_rows).max(1);
    // The rotation moves the list on by whole rows, so that a row keeps together.
    let capacity = (committee_rows * seats_per_row) as usize;
    let slots = capacity.max(committee.len());
    if slots > 0 {
        let shift = (session.seating.rotation as usize * per_row) % slots;
        // Slot by slot: the 委员 in stroke order read across each row from the left, as the
        // chart's note says (「以姓名笔画为序」); a row left part-empty has its people in the
        // middle.
        let mut by_row: Vec<Vec<MemberId>> = vec![Vec::new(); slots.div_ceil(per_row)];
        let mut slotted: Vec<(usize, MemberId)> = committee
            .iter()
            .enumerate()
            .map(|(index, member)| ((index + slots - shift) % slots, member.id))
            .collect();
        slotted.sort();
        for (slot, member) in slotted {
            by_row[slot / per_row].push(member);
        }
        for (offset, members) in by_row.iter().enumerate() {
            let start = (per_row - members.len().min(per_row)) / 2;
            for (index, member) in members.iter().enumerate() {
                seats.push(Seat {
                    member: *member,
                    row: leader_rows + u32::try_from(offset).unwrap_or(u32::MAX),
                    seat: u32::try_from(start + index).unwrap_or(u32::MAX),
                });
            }
        }
    }
    seats.sort();
    seats
}

impl Session {
    /// Who sits where: the plan as set, or by the rule for the hall (a default hall where none
    /// is set). Members added since the plan was made get the free seats by the rule's order;
    /// members no longer on the roster are left out.
    pub fn seat_plan(&self) -> (u32, u32, Vec<Seat>) {
        let (rows, per_row) = self.hall();
        if self.seating.seats.is_empty() {
            return (rows, per_row, seats_by_rule(self, rows, per_row));
        }
        // A seat outside the hall (a file written by hand or by another program) is given
        // again, as if the member had none.
        let mut seats: Vec<Seat> = self
            .seating
            .seats
            .iter()
            .filter(|s| s.row < MAX_HALL_ROWS && s.seat < per_row)
            .filter(|s| self.member(s.member).is_some())
            .copied()
            .collect();
        let missing: Vec<MemberId> = self
            .roster
            .iter()
            .map(|m| m.id)
            .filter(|id| !seats.iter().any(|s| s.member == *id))
            .collect();
        if !missing.is_empty() {
            let order = centre_out(per_row);
            let mut free =
                (0..rows.max(1) + 1).flat_map(|row| order.iter().map(move |&seat| (row, seat)));
            for member in missing {
                let Some((row, seat)) = free
                    .find(|(row, seat)| !seats.iter().any(|s| s.row == *row && s.seat == *seat))
                else {
                    break;
                };
                seats.push(Seat { member, row, seat });
            }
        }
        let rows = seats.iter().map(|s| s.row + 1).max().unwrap_or(0).max(rows);
        seats.sort();
        (rows, per_row, seats)
    }

    /// The hall's rows and seats a row: as set (within [`MAX_HALL_ROWS`] and
    /// [`MAX_SEATS_PER_ROW`]), or the default for the roster.
    pub fn hall(&self) -> (u32, u32) {
        if self.seating.rows > 0 && self.seating.seats_per_row > 0 {
            (
                self.seating.rows.min(MAX_HALL_ROWS),
                self.seating.seats_per_row.min(MAX_SEATS_PER_ROW),
            )
        } else {
            default_hall(self)
        }
    }

    /// Sets the hall's size and fills it by the rule again.
    pub fn set_hall(&mut self, rows: u32, seats_per_row: u32) {
        self.seating.rows = rows.clamp(1, MAX_HALL_ROWS);
        self.seating.seats_per_row = seats_per_row.clamp(1, MAX_SEATS_PER_ROW);
        self.fill_seating();
    }

    /// Fills the chart by the rule (DOMAIN.md §13), dropping the seats moved by hand.
    pub fn fill_seating(&mut self) {
        let (rows, per_row) = self.hall();
        self.seating.seats = seats_by_rule(self, rows, per_row);
    }

    /// Moves a member to a seat; whoever sat there takes the member's old seat. The chart is
    /// fixed from then on (a change of the rule's inputs no longer moves anyone).
    pub fn move_to_seat(&mut self, member: MemberId, row: u32, seat: u32) {
        let (rows, per_row, mut seats) = self.seat_plan();
        if self.member(member).is_none() || seat >= per_row || row > rows || row >= MAX_HALL_ROWS {
            return;
        }
        let Some(from) = seats.iter().position(|s| s.member == member) else {
            return;
        };
        let (old_row, old_seat) = (seats[from].row, seats[from].seat);
        if let Some(other) = seats
            .iter()
            .position(|s| s.row == row && s.seat == seat && s.member != member)
        {
            seats[other].row = old_row;
            seats[other].seat = old_seat;
        }
        seats[from].row = row;
        seats[from].seat = seat;
        seats.sort();
        self.seating.rows = self.seating.rows.min(MAX_HALL_ROWS).max(rows).max(row + 1);
        self.seating.seats_per_row = per_row;
        self.seating.seats = seats;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fill_from_the_centre_outwards() {
        assert_eq!(centre_out(1), [0]);
        assert_eq!(centre_out(5), [2, 3, 1, 4, 0]);
        assert_eq!(centre_out(4), [1, 2, 0, 3]);
        assert_eq!(centre_out(0), Vec::<u32>::new());
        for seats in 1..20 {
            let mut order = centre_out(seats);
            order.sort_unstable();
            assert_eq!(order, (0..seats).collect::<Vec<_>>());
        }
    }
}
