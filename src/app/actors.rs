//! The actions of the Actors pane: the register (search, sort, rings), an actor's details, and
//! every change to actors and their relations, each one undoable.

use ratatui_textarea::{TextArea, WrapMode};
use tui_input::Input;

use super::form::{Field, Form, FormKind};
use super::overlay::{EditorFor, PickFor};
use super::{Action, App, Confirm, Overlay, Pane};
use crate::i18n as t;
use crate::workspace::{Actor, Id};

/// The Actors pane's own state.
#[derive(Debug, Default)]
pub struct ActorsPane {
    /// The selection in the register (and the rings, which show the same actors).
    pub cursor: super::Cursor,
    /// What is shown.
    pub mode: ActorsMode,
    /// The register's sort column.
    pub sort: super::register::SortKey,
    /// The search as typed (words and filters).
    pub query: String,
    /// The search field while the user types in it.
    pub searching: Option<Input>,
}

/// What the Actors pane shows.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub enum ActorsMode {
    /// The register as a table.
    #[default]
    Table,
    /// The register as rings: kern, ring, vrije ruimte.
    Rings,
    /// One actor's details.
    Detail(Detail),
}

/// An actor's details, open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    /// The actor.
    pub id: Id,
    /// The selection among its relations.
    pub relations: super::Cursor,
    /// Whether `Esc` goes back to the rings rather than the table.
    pub from_rings: bool,
}

impl ActorsPane {
    /// The actor whose details are open.
    pub fn detail_id(&self) -> Option<Id> {
        match &self.mode {
            ActorsMode::Detail(d) => Some(d.id),
            _ => None,
        }
    }

    /// Whether the register is shown as rings.
    pub fn rings(&self) -> bool {
        matches!(self.mode, ActorsMode::Rings)
    }

    /// Whether a search is being typed or kept.
    pub fn searching(&self) -> bool {
        self.searching.is_some() || !self.query.is_empty()
    }
}

fn split_list(text: &str, sep: char) -> Vec<String> {
    text.split(sep)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl App {
    /// Carries out an action of the Actors pane.
    pub(super) fn actors_update(&mut self, action: Action) {
        if let Some(delta) = self.movement(action) {
            self.move_selection(delta);
            return;
        }
        match action {
            Action::AddActor if self.writable() => {
                self.ui.overlay = Some(Overlay::Form(Form::new(
                    FormKind::AddActor,
                    vec![Field::text(t::FIELD_NAME, "")],
                )));
            }
            Action::RenameActor if self.writable() => {
                if let Some(a) = self.selected_or_say() {
                    let form = Form::new(
                        FormKind::RenameActor(a.id),
                        vec![Field::text(t::FIELD_NAME, &a.name)],
                    );
                    self.ui.overlay = Some(Overlay::Form(form));
                }
            }
            Action::EditActor if self.writable() => {
                if let Some(a) = self.selected_or_say() {
                    let form = self.edit_actor_form(&a);
                    self.ui.overlay = Some(Overlay::Form(form));
                }
            }
            Action::DeleteActor if self.writable() => {
                if let Some(a) = self.selected_or_say() {
                    self.ui.overlay = Some(Overlay::Confirm(Confirm::DeleteActor(a.id)));
                }
            }
            Action::MergeActor if self.writable() => {
                if let Some(a) = self.selected_or_say() {
                    self.open_picker(PickFor::MergeInto(a.id));
                }
            }
            Action::AddRelation if self.writable() => {
                if let Some(a) = self.selected_or_say() {
                    self.open_picker(PickFor::RelateFrom(a.id));
                }
            }
            Action::DeleteRelation if self.writable() => {
                let rows = self.detail_relations();
                let row = match &self.ui.actors.mode {
                    ActorsMode::Detail(d) => d.relations.row(rows.len()),
                    _ => None,
                };
                if let Some(r) = row
                    .and_then(|r| rows.get(r))
                    .map(|i| self.ws.relations[*i].id)
                    && let Some(edit) = self.ws.delete_relation(r)
                {
                    self.commit(edit);
                    self.say(t::RELATION_DELETED, &[]);
                }
            }
            Action::EditNotes if self.writable() => {
                if let Some(a) = self.selected_or_say() {
                    let mut editor = TextArea::new(a.notes.lines().map(str::to_owned).collect());
                    editor.set_wrap_mode(WrapMode::WordOrGlyph);
                    self.ui.overlay = Some(Overlay::Notes(
                        EditorFor::ActorNotes(a.id),
                        Box::new(editor),
                    ));
                }
            }
            Action::OpenDetail => {
                if let Some(a) = self.selected_or_say() {
                    self.ui.actors.mode = ActorsMode::Detail(Detail {
                        id: a.id,
                        relations: super::Cursor::default(),
                        from_rings: self.ui.actors.rings(),
                    });
                }
            }
            Action::CloseDetail => self.close_detail(),
            Action::Search => {
                self.ui.actors.searching = Some(Input::new(self.ui.actors.query.clone()));
            }
            Action::KeepSearch => self.ui.actors.searching = None,
            Action::ClearSearch => {
                self.ui.actors.searching = None;
                if !self.ui.actors.query.is_empty() {
                    self.ui.actors.query.clear();
                    self.refresh_rows();
                    self.scroll_into_view();
                }
            }
            Action::CycleSort => {
                self.ui.actors.sort = self.ui.actors.sort.next();
                self.refresh_rows();
            }
            Action::ToggleRingView => {
                self.ui.actors.mode = match self.ui.actors.mode {
                    ActorsMode::Rings => ActorsMode::Table,
                    _ => ActorsMode::Rings,
                };
            }
            _ => {}
        }
    }

    /// Back from an actor's details to the table or the rings it was opened from.
    pub(super) fn close_detail(&mut self) {
        if let ActorsMode::Detail(d) = &self.ui.actors.mode {
            self.ui.actors.mode = if d.from_rings {
                ActorsMode::Rings
            } else {
                ActorsMode::Table
            };
        }
    }

    fn selected_or_say(&mut self) -> Option<Actor> {
        let a = self.selected_actor().cloned();
        if a.is_none() {
            self.say(t::NO_SELECTION, &[]);
        }
        a
    }

    /// Relation indices of the actor whose details are open, in file order.
    pub fn detail_relations(&self) -> Vec<usize> {
        let Some(id) = self.ui.actors.detail_id() else {
            return Vec::new();
        };
        (0..self.ws.relations.len())
            .filter(|i| self.ws.relations[*i].from == id || self.ws.relations[*i].to == id)
            .collect()
    }

    pub(super) fn edit_actor_form(&self, a: &Actor) -> Form {
        let lang = self.lang;
        Form::new(
            FormKind::EditActor(a.id),
            vec![
                Field::text(t::FIELD_NAME, &a.name),
                Field::term(t::FIELD_KIND, a.kind, lang),
                Field::optional_term(t::FIELD_CAPACITY, a.capacity, lang),
                Field::text(t::FIELD_REPRESENTS, &a.represents),
                Field::text(t::FIELD_MANDATE, &a.mandate),
                Field::optional_term(t::FIELD_POSITION, a.position, lang),
                Field::text(t::FIELD_TAGS, &a.tags.join(", ")),
                Field::text(t::FIELD_CONTACT, &a.contact),
                Field::text(t::FIELD_INTEREST_INDIVIDUAL, &a.interests.individual),
                Field::text(
                    t::FIELD_INTEREST_ORGANISATIONAL,
                    &a.interests.organisational,
                ),
                Field::text(t::FIELD_INTEREST_COLLECTIVE, &a.interests.collective),
                Field::text(t::FIELD_CHARACTERISTICS, &a.characteristics),
                Field::text(t::FIELD_BRINGS, &a.brings.join("; ")),
                Field::text(t::FIELD_GETS, &a.gets.join("; ")),
                Field::toggle(t::FIELD_PROSPECTIVE, a.prospective),
                Field::optional_term(t::FIELD_CONSENT, a.consent, lang),
            ],
        )
    }

    /// The actor as the edit form describes it.
    fn actor_from_form(before: &Actor, f: &Form) -> Actor {
        let mut a = before.clone();
        a.name = f.text(t::FIELD_NAME);
        a.kind = f.term(t::FIELD_KIND);
        a.capacity = f.optional_term(t::FIELD_CAPACITY);
        a.represents = f.text(t::FIELD_REPRESENTS);
        a.mandate = f.text(t::FIELD_MANDATE);
        a.position = f.optional_term(t::FIELD_POSITION);
        a.tags = split_list(&f.text(t::FIELD_TAGS), ',');
        a.contact = f.text(t::FIELD_CONTACT);
        a.interests.individual = f.text(t::FIELD_INTEREST_INDIVIDUAL);
        a.interests.organisational = f.text(t::FIELD_INTEREST_ORGANISATIONAL);
        a.interests.collective = f.text(t::FIELD_INTEREST_COLLECTIVE);
        a.characteristics = f.text(t::FIELD_CHARACTERISTICS);
        a.brings = split_list(&f.text(t::FIELD_BRINGS), ';');
        a.gets = split_list(&f.text(t::FIELD_GETS), ';');
        a.prospective = f.toggle(t::FIELD_PROSPECTIVE);
        a.consent = f.optional_term(t::FIELD_CONSENT);
        a
    }

    pub(super) fn leave_notes(&mut self) {
        let Some(Overlay::Notes(target, editor)) = self.ui.overlay.take() else {
            return;
        };
        let text = crate::workspace::text::clean_multiline(&editor.lines().join("\n"))
            .trim_end()
            .to_owned();
        let id = match target {
            EditorFor::ActorNotes(id) => id,
            EditorFor::Answer(screen) => return self.keep_answer(screen, &text),
            EditorFor::List(screen) => return self.keep_list(screen, editor.lines()),
        };
        if let Some(mut a) = self.ws.actor(id).cloned() {
            a.notes = text;
            if let Some(edit) = self.ws.update_actor(a) {
                self.commit(edit);
                self.say(t::NOTES_SAVED, &[]);
            }
        }
    }

    /// Saves an actor form: a new actor (`own` is `None`), or actor `own` renamed or, with
    /// `every_field`, changed in every field the edit form shows.
    pub(super) fn submit_actor(
        &mut self,
        form: &Form,
        own: Option<Id>,
        every_field: bool,
    ) -> Result<(), t::L> {
        let name = form.text(t::FIELD_NAME);
        if name.is_empty() {
            return Err(t::NAME_EMPTY);
        }
        if self
            .ws
            .actors_named(&name)
            .iter()
            .any(|a| Some(a.id) != own)
        {
            return Err(t::NAME_EXISTS);
        }
        let Some(id) = own else {
            self.ui.overlay = None;
            let actor = Actor::new(&name);
            let id = actor.id;
            let edit = self.ws.add_actor(actor);
            self.commit(edit);
            self.select_actor(id);
            self.say(t::ACTOR_ADDED, &[("name", &name)]);
            return Ok(());
        };
        let before = self.ws.actor(id).cloned().ok_or(t::GONE)?;
        self.ui.overlay = None;
        let after = if every_field {
            Self::actor_from_form(&before, form)
        } else {
            Actor {
                name: name.clone(),
                ..before
            }
        };
        if let Some(edit) = self.ws.update_actor(after) {
            self.commit(edit);
            self.select_actor(id);
            self.say(t::ACTOR_SAVED, &[("name", &name)]);
        }
        Ok(())
    }

    /// Selects an actor in the register (clearing a search that hides it).
    pub(super) fn select_actor(&mut self, id: Id) {
        if !self
            .views
            .actors
            .iter()
            .any(|i| self.ws.actors[*i].id == id)
            && !self.ui.actors.query.is_empty()
        {
            self.ui.actors.query.clear();
            self.refresh_rows();
        }
        if let Some(row) = self
            .views
            .actors
            .iter()
            .position(|i| self.ws.actors[*i].id == id)
        {
            self.ui.pane = Pane::Actors;
            let (rows, page) = (self.views.actors.len(), self.page_rows());
            self.ui.actors.cursor.select(row, rows, page);
        }
    }
}
