//! Forms, the fuzzy picker and the notes editor, drawn on top of the pane.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui_textarea::TextArea;

use super::Theme;
use super::overlay::centered;
use crate::app::App;
use crate::app::form::{Form, FormKind, Value};
use crate::app::overlay::{EditorFor, PickFor, Picker};
use crate::i18n as t;
use crate::workspace::text::shown;

fn title(app: &App, kind: FormKind) -> &'static str {
    app.t(match kind {
        FormKind::AddActor => t::FORM_ADD_ACTOR,
        FormKind::Import => t::FORM_IMPORT,
        FormKind::Snapshot => t::FORM_SNAPSHOT,
        FormKind::RenameActor(_) => t::FORM_RENAME_ACTOR,
        FormKind::EditActor(_) => t::FORM_EDIT_ACTOR,
        FormKind::NewRelation { .. } => t::FORM_NEW_RELATION,
        FormKind::StartRole(_) => t::FORM_START_ROLE,
        FormKind::EndRole(_) => t::FORM_END_ROLE,
        FormKind::Orientation(_) => t::FORM_ORIENTATION,
        FormKind::Rule(_) => t::FORM_RULE,
        FormKind::Basics => t::FORM_BASICS,
        FormKind::Word(..) => t::FORM_WORD,
        FormKind::Session => t::FORM_SESSION,
        FormKind::EditSession(_) => t::FORM_EDIT_SESSION,
        FormKind::Note => t::FORM_NOTE,
        FormKind::Checkin => t::FORM_CHECKIN,
        FormKind::Entry(_) => t::FORM_ENTRY,
        FormKind::Topic(_) => t::FORM_TOPIC,
        FormKind::Promote(_) => t::FORM_PROMOTE,
        FormKind::Ambition(_) => t::FORM_AMBITION,
        FormKind::RemoveMember(_) => t::FORM_MEMBER,
        FormKind::Leader(_) => t::FORM_LEADER,
        FormKind::Investment(_) => t::FORM_INVESTMENT,
        FormKind::Welcome => t::FORM_WELCOME,
        FormKind::NetworkType => t::TYPE,
        FormKind::Phase => t::PHASE_LABEL,
        FormKind::Decision => t::FORM_DECISION,
        FormKind::AssignRoles => t::FORM_ASSIGN_ROLES,
        FormKind::AssignPositions => t::FORM_ASSIGN_POSITIONS,
        FormKind::AssignLeadership => t::LEADERSHIP,
        FormKind::HalenBrengen => t::FORM_HALEN_BRENGEN,
    })
}

/// A form: one row per field, label and value, the focused one marked.
pub fn form(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, form: &Form) {
    let height = u16::try_from(form.fields.len() + 4).unwrap_or(u16::MAX);
    let rect = centered(area, 72, height);
    frame.render_widget(Clear, rect);
    let mut heading = title(app, form.kind).to_owned();
    if let FormKind::NewRelation { from, to } = form.kind {
        heading = format!(
            "{heading}: {} → {}",
            shown(app.ws.actor_name(from)),
            shown(app.ws.actor_name(to))
        );
    }
    let mut block = Block::bordered().title(Span::styled(format!(" {heading} "), theme.title));
    let [rows, note, keys] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(block.inner(rect));
    let label_width = 26.min(rows.width / 2);
    // Keep the focused field in view when the terminal is too low for all of them, and say
    // how many fields lie above and below.
    let visible = usize::from(rows.height).max(1);
    let first = form.focus.saturating_sub(visible - 1);
    let below = form.fields.len().saturating_sub(first + visible);
    if first > 0 || below > 0 {
        block = block.title_bottom(
            Line::styled(format!(" ↑{first} ↓{below} Tab "), theme.muted).right_aligned(),
        );
    }
    frame.render_widget(block, rect);
    for (i, field) in form.fields.iter().enumerate().skip(first).take(visible) {
        let y = rows.y + u16::try_from(i - first).unwrap_or(0);
        let focused = i == form.focus;
        let [label, value] =
            Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(Rect {
                y,
                height: 1,
                ..rows
            });
        let marker = if focused { "▸" } else { " " };
        frame.render_widget(
            // One column stays blank, so a long label is marked with … and never runs into its
            // value; a label made of a name keeps both ends, which tell the rows apart.
            Paragraph::new(Span::styled(
                format!(
                    "{marker}{}",
                    match &field.caption {
                        Some(c) => super::fit_middle(c, usize::from(label_width.saturating_sub(2))),
                        None => super::fit(
                            app.t(field.label),
                            usize::from(label_width.saturating_sub(2))
                        ),
                    }
                ),
                theme.header,
            )),
            label,
        );
        let style = if focused { theme.selected } else { theme.field };
        match &field.value {
            Value::Text(input) => {
                let cursor = focused && !form.confirm_discard;
                text_value(frame, value, input, style, (focused, cursor));
            }
            Value::Choice(..) | Value::Record(..) => {
                let text = match &field.value {
                    Value::Choice(options, index) => options.get(*index).map_or("", String::as_str),
                    Value::Record(options, index) => {
                        options.get(*index).map_or("", |(text, _)| text.as_str())
                    }
                    _ => "",
                };
                frame.render_widget(
                    Paragraph::new(Span::styled(format!("‹ {text} ›"), style)),
                    value,
                );
            }
            Value::Toggle(on) => {
                let text = if *on { "[x]" } else { "[ ]" };
                frame.render_widget(Paragraph::new(Span::styled(text, style)), value);
            }
        }
    }
    let (text, style) = note_line(app, theme, form);
    frame.render_widget(Paragraph::new(Span::styled(text, style)), note);
    frame.render_widget(
        Paragraph::new(Span::styled(app.t(t::FORM_KEYS_FIELDS), theme.muted)),
        keys,
    );
}

/// A text field's value in `area`: the focused one follows its cursor, marking text scrolled
/// off to the left; the others show their start and mark what does not fit.
fn text_value(
    frame: &mut Frame,
    area: Rect,
    input: &tui_input::Input,
    style: ratatui::style::Style,
    (focused, cursor): (bool, bool),
) {
    let width = usize::from(area.width.saturating_sub(1));
    let scroll = if focused {
        input.visual_scroll(width)
    } else {
        0
    };
    let text = shown(input.value());
    let text = if focused {
        text.into_owned()
    } else {
        super::fit(&text, width)
    };
    frame.render_widget(
        Paragraph::new(text)
            .scroll((0, u16::try_from(scroll).unwrap_or(0)))
            .style(style),
        area,
    );
    if scroll > 0 {
        frame.render_widget(
            Paragraph::new(Span::styled("…", style)),
            Rect { width: 1, ..area },
        );
    }
    if cursor {
        let at = u16::try_from(input.visual_cursor().saturating_sub(scroll)).unwrap_or(0);
        frame.set_cursor_position((
            area.x
                .saturating_add(at)
                .min(area.right().saturating_sub(1)),
            area.y,
        ));
    }
}

/// The line under the fields: the discard question, the last error, or for fields that take
/// names, whom the names typed so far stand for.
fn note_line(app: &App, theme: &Theme, form: &Form) -> (String, ratatui::style::Style) {
    // Fields that take names show whom they stand for while the user types.
    let focused = form.fields.get(form.focus);
    let names_field = focused.is_some_and(|f| {
        [
            t::FIELD_PRESENT,
            t::FIELD_OWNER,
            t::FIELD_ABOUT,
            t::FIELD_AUTHOR,
            t::FIELD_RAISED_BY,
            t::FIELD_NAMES,
            t::FIELD_GRENSWERKERS,
        ]
        .contains(&f.label)
            || matches!(
                form.kind,
                FormKind::AssignPositions | FormKind::AssignLeadership
            )
    });
    let date_field = focused.is_some_and(|f| {
        [
            t::FIELD_DATE,
            t::FIELD_DUE,
            t::FIELD_FROM,
            t::FIELD_UNTIL,
            t::FIELD_AGREED,
            t::FIELD_REVIEW,
            t::FIELD_NEXT_MEETING,
        ]
        .contains(&f.label)
    });
    let typed = form.focused_text();
    if form.confirm_discard {
        (app.t(t::FORM_DISCARD).to_owned(), theme.warn)
    } else if let Some(e) = &form.error {
        (e.clone(), theme.warn)
    } else if focused.is_some_and(|f| f.label == t::FIELD_FOLLOW_UP)
        && matches!(form.kind, FormKind::Entry(_))
        && !typed.is_empty()
    {
        // A follow-up line: what, who and by when, as understood.
        let (ok, text) = app.follow_up_preview(&typed, app.today);
        (
            shown(&text).into_owned(),
            if ok { theme.ok } else { theme.warn },
        )
    } else if date_field && !typed.is_empty() {
        // What the date field understood, before anything is saved.
        match crate::workspace::dates::parse(&typed, app.today) {
            Ok(d) => (
                format!("→ {}", crate::workspace::dates::spoken(d, app.lang)),
                theme.ok,
            ),
            Err(e) => (e.message(app.lang), theme.warn),
        }
    } else if names_field {
        (
            format!("→ {}", shown(&app.preview_names(&form.focused_text()))),
            theme.ok,
        )
    } else if let Some(f) = focused {
        // The label's `(a; b)` or `(a, b)` shows how several are typed; this says it in words,
        // also under a caption made of a name (halen en brengen).
        let label = app.t(f.label);
        let how = if label.ends_with("a; b)") {
            app.t(t::SEPARATE_SEMICOLON)
        } else if label.ends_with("a, b)") {
            app.t(t::SEPARATE_COMMA)
        } else {
            ""
        };
        (how.to_owned(), theme.muted)
    } else {
        (String::new(), theme.warn)
    }
}

/// A one-line search after `mark` (`/`, `:`), scrolled to keep the cursor in view, with the
/// terminal's cursor where typing goes.
pub fn prompt_line(frame: &mut Frame, field: Rect, mark: char, input: &tui_input::Input) {
    let width = usize::from(field.width.saturating_sub(3));
    let scroll = input.visual_scroll(width);
    frame.render_widget(
        Paragraph::new(format!("{mark} {}", shown(input.value())))
            .scroll((0, u16::try_from(scroll).unwrap_or(0))),
        field,
    );
    let cursor = u16::try_from(input.visual_cursor().saturating_sub(scroll) + 2).unwrap_or(0);
    frame.set_cursor_position((
        field
            .x
            .saturating_add(cursor)
            .min(field.right().saturating_sub(1)),
        field.y,
    ));
}

/// The fuzzy actor picker: the search on top, the best hits below.
pub fn picker(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, p: &Picker) {
    let rect = centered(area, 60, 14);
    frame.render_widget(Clear, rect);
    let heading = match p.purpose {
        PickFor::MergeInto(id) => {
            format!("{}: {}", shown(app.ws.actor_name(id)), app.t(t::PICK_MERGE))
        }
        PickFor::CoalitionOf(id) => format!(
            "{}: {}",
            app.ws
                .ambition(id)
                .map(|a| shown(&a.title).into_owned())
                .unwrap_or_default(),
            app.t(t::PICK_MEMBER)
        ),
        PickFor::RelateFrom(id) => format!(
            "{}: {}",
            shown(app.ws.actor_name(id)),
            app.t(t::PICK_RELATE)
        ),
    };
    let block = Block::bordered().title(Span::styled(format!(" {heading} "), theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [field, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    prompt_line(frame, field, '/', &p.input);
    let height = usize::from(list.height);
    let (first, last) = super::table::window(p.hits.len(), Some(p.selected), 0, height);
    let lines: Vec<Line> = (first..last)
        .map(|i| {
            let a = &app.ws.actors[p.hits[i]];
            let text = format!("{} {}", shown(&a.name), shown(&a.represents));
            if i == p.selected {
                Line::from(vec![Span::raw("▸"), Span::styled(text, theme.selected)])
            } else {
                Line::from(format!(" {text}"))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}

/// The notes editor, with the actor's name on top.
pub fn notes(
    app: &App,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    target: &EditorFor,
    editor: &TextArea<'static>,
) {
    let rect = centered(area, 76, area.height.saturating_sub(2).max(6));
    frame.render_widget(Clear, rect);
    let heading = match target {
        EditorFor::ActorNotes(id) => format!(
            "{}: {}",
            shown(app.ws.actor_name(*id)),
            app.t(t::FIELD_NOTES)
        ),
        EditorFor::Answer(screen) | EditorFor::List(screen) => crate::questionnaire::screens()
            .iter()
            .find(|s| s.id == *screen)
            .map(|s| s.title.get(app.lang).to_owned())
            .unwrap_or_default(),
    };
    let block = Block::bordered().title(Span::styled(format!(" {heading} "), theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [body, keys] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    frame.render_widget(editor, body);
    frame.render_widget(
        Paragraph::new(Span::styled(
            app.t_key(t::NOTES_KEYS, crate::app::Action::Undo),
            theme.muted,
        )),
        keys,
    );
}
