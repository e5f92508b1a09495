//! Saving a form and answering a confirmation: where each kind of form and question goes.

use super::form::FormKind;
use super::{Action, App, Confirm, Overlay};
use crate::i18n as t;
use crate::workspace::Relation;

impl App {
    /// Carries out an action of the dialog that is open: a form, a question, the picker, the
    /// notes editor.
    pub(super) fn dialog_update(&mut self, action: Action) {
        match action {
            Action::SubmitForm => self.submit_form(),
            Action::CancelForm => {
                if let Some(Overlay::Form(form)) = &mut self.ui.overlay {
                    if form.changed() {
                        form.confirm_discard = true;
                    } else {
                        self.ui.overlay = None;
                    }
                }
            }
            Action::NextField | Action::PrevField => {
                if let Some(Overlay::Form(form)) = &mut self.ui.overlay {
                    form.move_focus(if action == Action::NextField { 1 } else { -1 });
                }
            }
            Action::ConfirmYes => self.confirm_yes(),
            Action::ConfirmNo => match &mut self.ui.overlay {
                Some(Overlay::Form(form)) => form.confirm_discard = false,
                _ => self.ui.overlay = None,
            },
            Action::PickNext => self.move_pick(1),
            Action::PickPrev => self.move_pick(-1),
            Action::Pick => self.pick(),
            Action::LeaveEditor => self.leave_notes(),
            _ => {}
        }
    }

    /// Saves the open form; a refused one stays open with the reason.
    pub(super) fn submit_form(&mut self) {
        let Some(Overlay::Form(form)) = &self.ui.overlay else {
            return;
        };
        let form = form.clone();
        let result = match form.kind {
            FormKind::AddActor | FormKind::RenameActor(_) | FormKind::EditActor(_) => {
                self.submit_actor(&form)
            }
            FormKind::NewRelation { from, to } => {
                let mut r = Relation::new(from, to, &form.text(0));
                r.mutual = form.toggle(1);
                r.strength = u8::try_from(form.choice(2)).ok().filter(|s| *s > 0);
                r.note = form.text(3);
                if r.kind.is_empty() {
                    "werkt samen".clone_into(&mut r.kind);
                }
                let edit = self.ws.add_relation(r);
                self.commit(edit);
                self.say(t::RELATION_ADDED, &[]);
                Ok(())
            }
            FormKind::StartRole(_) | FormKind::EndRole(_) | FormKind::Orientation(_) => {
                self.submit_roles_form(&form)
            }
            FormKind::Rule(_) | FormKind::Basics => self.submit_foundation_form(&form),
            FormKind::Word(..) | FormKind::Session => self.submit_identity_form(&form),
            FormKind::Note | FormKind::Checkin => self.submit_log_form(&form),
            FormKind::Topic(_)
            | FormKind::Promote(_)
            | FormKind::Ambition(_)
            | FormKind::RemoveMember(_)
            | FormKind::Leader(_)
            | FormKind::Investment(_) => self.submit_agenda_form(&form),
            FormKind::AssignRoles
            | FormKind::AssignPositions
            | FormKind::AssignLeadership
            | FormKind::HalenBrengen => self.submit_assignment(&form),
            FormKind::Welcome | FormKind::NetworkType | FormKind::Phase => {
                self.submit_basis_form(&form);
                Ok(())
            }
        };
        match result {
            Ok(()) => {
                if matches!(&self.ui.overlay, Some(Overlay::Form(f)) if f.kind == form.kind) {
                    self.ui.overlay = None;
                }
            }
            Err(e) => {
                if let Some(Overlay::Form(f)) = &mut self.ui.overlay {
                    f.error = Some(self.lang.pick(e).to_owned());
                }
            }
        }
    }

    /// Answers yes to the open confirmation.
    pub(super) fn confirm_yes(&mut self) {
        match self.ui.overlay.take() {
            Some(Overlay::Form(form)) if form.confirm_discard => {}
            Some(Overlay::Confirm(Confirm::DeleteActor(id))) => {
                let name = self.ws.actor_name(id).to_owned();
                if let Some(edit) = self.ws.delete_actor(id) {
                    self.commit(edit);
                    self.say(t::ACTOR_DELETED, &[("name", &name)]);
                }
            }
            Some(Overlay::Confirm(Confirm::Merge { from, into })) => {
                let (a, b) = (
                    self.ws.actor_name(from).to_owned(),
                    self.ws.actor_name(into).to_owned(),
                );
                if let Some(edit) = self.ws.merge_actors(from, into) {
                    self.commit(edit);
                    if let super::actors::ActorsMode::Detail(d) = &mut self.ui.actors.mode {
                        d.id = into;
                    }
                    self.select_actor(into);
                    self.say(t::ACTORS_MERGED, &[("a", &a), ("b", &b)]);
                }
            }
            other => self.ui.overlay = other,
        }
    }
}
