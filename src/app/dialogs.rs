//! Saving a form and answering a confirmation: where each kind of form and question goes.

use super::form::FormKind;
use super::{Action, App, Confirm, Overlay};
use crate::i18n as t;
use crate::workspace::{Id, Investment, Relation};

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
            Action::ConfirmNo => match self.ui.overlay.take() {
                Some(Overlay::Form(mut form)) => {
                    form.confirm_discard = false;
                    self.ui.overlay = Some(Overlay::Form(form));
                }
                // Back to what was being typed.
                Some(Overlay::QuitAsk(open)) => self.ui.overlay = Some(*open),
                Some(Overlay::LeaveMeeting(m)) => self.ui.overlay = Some(Overlay::Meeting(m)),
                _ => {}
            },
            Action::QuitSave | Action::QuitKeep | Action::QuitDiscard => self.answer_quit(action),
            Action::ScrollDown | Action::ScrollUp
                if matches!(self.ui.overlay, Some(Overlay::Help)) =>
            {
                // Bounded by the help's length when it is drawn.
                self.ui.help_top = if action == Action::ScrollDown {
                    self.ui.help_top.saturating_add(1).min(60)
                } else {
                    self.ui.help_top.saturating_sub(1)
                };
            }
            Action::ScrollDown | Action::ScrollUp
                if matches!(self.ui.overlay, Some(Overlay::Timeline(_))) =>
            {
                self.scroll_timeline(if action == Action::ScrollDown { 1 } else { -1 });
            }
            Action::ScrollDown | Action::ScrollUp
                if matches!(self.ui.overlay, Some(Overlay::Conflicts(_))) =>
            {
                self.move_conflict(if action == Action::ScrollDown { 1 } else { -1 });
            }
            Action::ScrollDown | Action::ScrollUp
                if matches!(self.ui.overlay, Some(Overlay::Import(_))) =>
            {
                self.scroll_import(if action == Action::ScrollDown { 1 } else { -1 });
            }
            Action::TakeImport => {
                if let Some(Overlay::Import(view)) = self.ui.overlay.take() {
                    self.take_import(&view);
                }
            }
            Action::ScrollDown | Action::ScrollUp => {
                if let Some(Overlay::Entry(_, top)) = &mut self.ui.overlay {
                    *top = if action == Action::ScrollDown {
                        top.saturating_add(1)
                    } else {
                        top.saturating_sub(1)
                    };
                }
            }
            Action::NextChoice | Action::PrevChoice => {
                if let Some(Overlay::Form(form)) = &mut self.ui.overlay {
                    form.cycle(if action == Action::NextChoice { 1 } else { -1 });
                }
            }
            Action::PickNext | Action::PickPrev | Action::Pick
                if matches!(self.ui.overlay, Some(Overlay::Palette(_))) =>
            {
                match action {
                    Action::PickNext => self.move_palette(1),
                    Action::PickPrev => self.move_palette(-1),
                    _ => self.run_palette(),
                }
            }
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
            FormKind::AddActor => self.submit_actor(&form, None, false),
            FormKind::Import => self.submit_import(&form),
            FormKind::Snapshot => {
                self.submit_snapshot(&form);
                Ok(())
            }
            FormKind::RenameActor(id) => self.submit_actor(&form, Some(id), false),
            FormKind::EditActor(id) => self.submit_actor(&form, Some(id), true),
            FormKind::NewRelation { from, to } => {
                self.submit_relation(&form, from, to);
                Ok(())
            }
            FormKind::StartRole(id) => self.submit_start_role(&form, id),
            FormKind::EndRole(id) => self.submit_end_role(&form, id),
            FormKind::Orientation(id) => {
                self.submit_orientation(&form, id);
                Ok(())
            }
            FormKind::Rule(id) => self.submit_rule(&form, id),
            FormKind::Basics => {
                self.submit_basics(&form);
                Ok(())
            }
            FormKind::Word(area, id) => self.submit_word(&form, area, id),
            FormKind::Session => self.submit_session(&form, None),
            FormKind::EditSession(id) => self.submit_session(&form, Some(id)),
            FormKind::Note => self.submit_note(&form),
            FormKind::Checkin => self.submit_checkin(&form),
            FormKind::Entry(id) => self.submit_entry(&form, id),
            FormKind::Topic(id) => self.submit_topic(&form, id),
            FormKind::Promote(id) => self.submit_promote(&form, id),
            FormKind::Ambition(id) => self.submit_ambition(&form, id),
            FormKind::RemoveMember(id) => self.submit_remove_member(&form, id),
            FormKind::Leader(id) => self.submit_leader(&form, id),
            FormKind::Investment(id) => {
                let investment = |actor| Investment {
                    actor,
                    time: form.text(t::FIELD_TIME),
                    money: form.text(t::FIELD_MONEY),
                    knowledge: form.text(t::FIELD_KNOWLEDGE),
                    extra: crate::workspace::Extra::new(),
                };
                self.submit_member(&form, id, t::FIELD_MEMBER, |amb, m| {
                    amb.investments.push(investment(m));
                })
            }
            FormKind::AssignRoles => self.submit_assign_roles(&form),
            FormKind::AssignPositions => self.submit_assign_positions(&form),
            FormKind::AssignLeadership => self.submit_assign_leadership(&form),
            FormKind::HalenBrengen => {
                self.submit_halen_brengen(&form);
                Ok(())
            }
            FormKind::Welcome => {
                self.submit_welcome(&form);
                Ok(())
            }
            FormKind::NetworkType => {
                self.submit_network_type(&form);
                Ok(())
            }
            FormKind::Phase => {
                self.submit_phase(&form);
                Ok(())
            }
            FormKind::Decision => self.submit_decision(&form),
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

    fn submit_relation(&mut self, form: &super::Form, from: Id, to: Id) {
        let mut r = Relation::new(from, to, &form.text(t::FIELD_RELATION_KIND));
        r.mutual = form.toggle(t::FIELD_MUTUAL);
        r.strength = u8::try_from(form.choice(t::FIELD_STRENGTH))
            .ok()
            .filter(|s| *s > 0);
        r.note = form.text(t::FIELD_NOTE);
        if r.kind.is_empty() {
            "werkt samen".clone_into(&mut r.kind);
        }
        let edit = self.ws.add_relation(r);
        self.commit(edit);
        self.say(t::RELATION_ADDED, &[]);
    }

    /// Quits as the user chose for the text they were typing.
    fn answer_quit(&mut self, action: Action) {
        let Some(Overlay::QuitAsk(open)) = self.ui.overlay.take() else {
            return;
        };
        match action {
            Action::QuitSave => {
                let open = match *open {
                    Overlay::LeaveMeeting(m) => Overlay::Meeting(m),
                    other => other,
                };
                self.ui.overlay = Some(open);
                match self.ui.overlay {
                    Some(Overlay::Form(_)) => self.submit_form(),
                    Some(Overlay::Meeting(_)) => self.end_meeting(),
                    _ => self.leave_notes(),
                }
                // A form that refused (an empty name, a bad date) stays open with the reason.
                self.quit = self.ui.overlay.is_none();
            }
            Action::QuitKeep => {
                self.ui.overlay = Some(*open);
                self.quit = true;
            }
            _ => self.quit = true,
        }
    }

    /// Answers yes to the open confirmation.
    pub(super) fn confirm_yes(&mut self) {
        match self.ui.overlay.take() {
            Some(Overlay::Form(form)) if form.confirm_discard => {}
            Some(Overlay::Confirm(Confirm::RestoreDraft(draft))) => self.restore_draft(&draft),
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
