//! Roles over time and leadership orientations. A role is never overwritten: changing it ends
//! the current period on a date and starts a new one, so the history stays readable.

use jiff::civil::Date;

use super::{Change, Edit, Id, Orientation, OrientationCover, Record, Role, RolePeriod, Workspace};

impl Workspace {
    /// Ambitions where the leader the agenda names is not the one actor whose current
    /// coalitieleider role names the coalition (a file from before knoop kept them as one, or
    /// edited by hand): the title, the agenda's leader, the role holders.
    pub fn leader_mismatches(&self) -> Vec<(String, Option<Id>, Vec<Id>)> {
        self.ambitions
            .iter()
            .filter_map(|amb| {
                let holders: Vec<Id> = self
                    .actors
                    .iter()
                    .filter(|a| {
                        a.current_roles()
                            .any(|p| p.role == Role::Coalitieleider && p.coalition == Some(amb.id))
                    })
                    .map(|a| a.id)
                    .collect();
                (holders.len() > 1 || amb.leader != holders.first().copied())
                    .then(|| (amb.title.clone(), amb.leader, holders))
            })
            .collect()
    }

    fn replace_actor(&mut self, at: usize, after: super::Actor) -> Edit {
        let before = self.actors[at].clone();
        self.commit(vec![Change::Replace {
            at,
            before: Record::Actor(Box::new(before)),
            after: Record::Actor(Box::new(after)),
        }])
    }

    /// Replaces an actor's fields (same id) as one edit; `None` when nothing changed.
    pub fn update_actor(&mut self, after: super::Actor) -> Option<Edit> {
        let at = self.actors.iter().position(|a| a.id == after.id)?;
        (self.actors[at] != after).then(|| self.replace_actor(at, after))
    }

    /// Starts `role` for an actor on `from`. A coalitieleider leads `coalition`, and the
    /// ambition then names them as its leader. `None` when they already hold that role there.
    pub fn start_role(
        &mut self,
        actor: Id,
        role: Role,
        coalition: Option<Id>,
        from: Date,
    ) -> Option<Edit> {
        let at = self.actors.iter().position(|a| a.id == actor)?;
        let coalition = if role == Role::Coalitieleider {
            coalition
        } else {
            None
        };
        if self.actors[at]
            .current_roles()
            .any(|p| p.role == role && p.coalition == coalition)
        {
            return None;
        }
        let mut after = self.actors[at].clone();
        after.roles.push(RolePeriod {
            role,
            coalition,
            from,
            until: None,
            extra: super::Extra::new(),
        });
        let mut edit = self.replace_actor(at, after);
        if let Some(c) = coalition
            && let Some(i) = self.ambitions.iter().position(|a| a.id == c)
        {
            let before = self.ambitions[i].clone();
            let mut led = before.clone();
            led.leader = Some(actor);
            if led != before {
                edit.changes.extend(
                    self.commit(vec![Change::Replace {
                        at: i,
                        before: Record::Ambition(Box::new(before)),
                        after: Record::Ambition(Box::new(led)),
                    }])
                    .changes,
                );
            }
        }
        Some(edit)
    }

    /// Ends the actor's current period number `index` (in `current_roles` order) on `until`.
    /// A period cannot end before it began; it then ends on its first day.
    pub fn end_role(&mut self, actor: Id, index: usize, until: Date) -> Option<Edit> {
        let at = self.actors.iter().position(|a| a.id == actor)?;
        let mut after = self.actors[at].clone();
        let period = after
            .roles
            .iter_mut()
            .filter(|p| p.until.is_none())
            .nth(index)?;
        period.until = Some(until.max(period.from));
        let coalition = (period.role == Role::Coalitieleider)
            .then_some(period.coalition)
            .flatten();
        let mut edit = self.replace_actor(at, after);
        if let Some(c) = coalition
            && let Some(i) = self
                .ambitions
                .iter()
                .position(|a| a.id == c && a.leader == Some(actor))
        {
            let before = self.ambitions[i].clone();
            let mut unled = before.clone();
            unled.leader = None;
            edit.changes.extend(
                self.commit(vec![Change::Replace {
                    at: i,
                    before: Record::Ambition(Box::new(before)),
                    after: Record::Ambition(Box::new(unled)),
                }])
                .changes,
            );
        }
        Some(edit)
    }

    /// Adds or removes the actor as covering a leadership orientation.
    pub fn toggle_orientation(&mut self, actor: Id, orientation: Orientation) -> Edit {
        let mut before = self.foundation.clone();
        before.rules.clear();
        let mut after = before.clone();
        let cover = OrientationCover {
            orientation,
            actor,
            extra: super::Extra::new(),
        };
        // Compared by what it says, not by fields a newer knoop may have added.
        if let Some(i) = after
            .leadership
            .iter()
            .position(|c| c.orientation == orientation && c.actor == actor)
        {
            after.leadership.remove(i);
        } else {
            after.leadership.push(cover);
        }
        self.commit(vec![Change::Replace {
            at: 0,
            before: Record::Foundation(Box::new(before)),
            after: Record::Foundation(Box::new(after)),
        }])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::{Actor, Ambition};

    fn day(d: i8) -> Date {
        Date::constant(2026, 11, d)
    }

    #[test]
    fn a_role_change_ends_the_old_period_and_keeps_history() {
        let mut ws = Workspace::new("N");
        ws.add_actor(Actor::new("A"));
        let id = ws.actors[0].id;
        let before = ws.clone();
        let start = ws.start_role(id, Role::Participant, None, day(1)).unwrap();
        assert!(
            ws.start_role(id, Role::Participant, None, day(2)).is_none(),
            "already holds it"
        );
        let end = ws.end_role(id, 0, day(10)).unwrap();
        let lead = ws
            .start_role(id, Role::Netwerkleider, None, day(10))
            .unwrap();
        let roles = &ws.actors[0].roles;
        assert_eq!(roles.len(), 2);
        assert_eq!(roles[0].until, Some(day(10)));
        assert!(
            ws.actors[0].has_role(Role::Netwerkleider) && !ws.actors[0].has_role(Role::Participant)
        );
        ws.undo(&lead);
        ws.undo(&end);
        ws.undo(&start);
        assert_eq!(ws, before);
    }

    #[test]
    fn a_coalitieleider_leads_the_ambition_until_the_period_ends() {
        let mut ws = Workspace::new("N");
        ws.add_actor(Actor::new("A"));
        let id = ws.actors[0].id;
        let amb = Ambition {
            coalition: vec![id],
            ..Ambition::new("Gezonde school")
        };
        let amb_id = amb.id;
        ws.ambitions.push(amb);
        ws.start_role(id, Role::Coalitieleider, Some(amb_id), day(1))
            .unwrap();
        assert_eq!(ws.ambitions[0].leader, Some(id));
        ws.end_role(id, 0, day(5)).unwrap();
        assert_eq!(ws.ambitions[0].leader, None);
        assert_eq!(ws.actors[0].roles[0].until, Some(day(5)));
    }

    #[test]
    fn orientations_toggle() {
        let mut ws = Workspace::new("N");
        ws.add_actor(Actor::new("A"));
        let id = ws.actors[0].id;
        ws.toggle_orientation(id, Orientation::Verkenner);
        assert_eq!(ws.foundation.uncovered().len(), 3);
        let e = ws.toggle_orientation(id, Orientation::Verkenner);
        assert_eq!(ws.foundation.uncovered().len(), 4);
        ws.undo(&e);
        assert_eq!(ws.foundation.uncovered().len(), 3);
    }
}
