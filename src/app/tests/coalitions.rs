//! Ambitions and their coalitions as the method has them: one ambition per topic, feedback on
//! a member added twice, and the coalitieleider held in one place: the role, which the
//! ambition names; choosing another ends the previous leader's role; one undo for each.

use super::app_with;
use crate::app::form::{Field, Form, FormKind};
use crate::app::{Action, Overlay, Pane};
use crate::i18n as t;
use crate::workspace::{Ambition, Role, Topic};

#[test]
fn one_ambition_per_topic_members_once_and_one_coalitieleider() {
    let mut app = app_with(&["Anna", "Bram"]);
    let (anna, bram) = (app.ws.actors[0].id, app.ws.actors[1].id);
    let topic = Topic::new("Gezonde school");
    let mut amb = Ambition::from_topic(&topic, "Gezonde school");
    amb.coalition = vec![anna, bram];
    let amb_id = amb.id;
    app.ws.topics.push(topic);
    app.ws.ambitions.push(amb);
    app.refresh_views();
    app.update(Action::ShowPane(Pane::Agenda));
    app.update(Action::Promote);
    assert!(
        app.ui.overlay.is_none(),
        "no second ambition from one topic"
    );
    assert_eq!(
        app.ui.message.as_deref(),
        Some("This topic is an ambition already: Gezonde school (opened here)")
    );
    assert_eq!(app.ws.ambitions.len(), 1);

    app.add_member(amb_id, anna);
    assert_eq!(
        app.ui.message.as_deref(),
        Some("Anna is in the coalition of Gezonde school already")
    );

    let leader = |who| {
        Form::new(
            FormKind::Leader(amb_id),
            vec![Field::record(
                t::LEADER_FIELD,
                vec![
                    ("Anna".to_owned(), Some(anna)),
                    ("Bram".to_owned(), Some(bram)),
                ],
                usize::from(who == bram),
            )],
        )
    };
    let form = leader(anna);
    app.ui.overlay = Some(Overlay::Form(form));
    app.update(Action::SubmitForm);
    assert_eq!(app.ws.ambitions[0].leader, Some(anna));
    assert!(
        app.ws.actors[0]
            .current_roles()
            .any(|p| p.role == Role::Coalitieleider && p.coalition == Some(amb_id))
    );
    let form = leader(bram);
    app.ui.overlay = Some(Overlay::Form(form));
    app.update(Action::SubmitForm);
    assert_eq!(app.ws.ambitions[0].leader, Some(bram));
    assert!(app.ws.actors[1].has_role(Role::Coalitieleider));
    assert!(
        !app.ws.actors[0].has_role(Role::Coalitieleider),
        "the previous leader's role ended"
    );
    app.update(Action::Undo);
    assert_eq!(
        app.ws.ambitions[0].leader,
        Some(anna),
        "one undo takes the change of leader back"
    );
    assert!(app.ws.actors[0].has_role(Role::Coalitieleider));
    assert!(!app.ws.actors[1].has_role(Role::Coalitieleider));
}

/// Roles and the Agenda agree on every ambition: its leader is the one actor whose current
/// coalitieleider role names it, and no current role names an ambition that is gone.
fn agree(app: &crate::app::App, step: &str) {
    assert!(app.ws.leader_mismatches().is_empty(), "{step}");
    for a in &app.ws.actors {
        for p in a.current_roles() {
            if let Some(c) = p.coalition {
                assert!(
                    app.ws.ambition(c).is_some(),
                    "{step}: a role for a gone ambition"
                );
            }
        }
    }
}

#[test]
fn every_way_to_set_or_end_the_coalitieleider_keeps_roles_and_agenda_equal() {
    use crate::app::agenda::AgendaFocus;
    let mut app = app_with(&["Anna", "Bram", "Carla"]);
    let (anna, bram, carla) = (
        app.ws.actors[0].id,
        app.ws.actors[1].id,
        app.ws.actors[2].id,
    );
    let mut amb = Ambition::new("Gezonde school");
    amb.coalition = vec![anna, bram, carla];
    let amb_id = amb.id;
    app.ws.ambitions.push(amb);
    app.refresh_views();
    let today = app.today;
    let pick = |field, who: usize| {
        Field::record(
            field,
            vec![
                ("Anna".to_owned(), Some(anna)),
                ("Bram".to_owned(), Some(bram)),
                ("Carla".to_owned(), Some(carla)),
            ],
            who,
        )
    };
    let submit = |app: &mut crate::app::App, kind, field| {
        app.ui.overlay = Some(Overlay::Form(Form::new(kind, vec![field])));
        app.update(Action::SubmitForm);
    };
    // `L` in the Agenda.
    submit(&mut app, FormKind::Leader(amb_id), pick(t::LEADER_FIELD, 0));
    agree(&app, "L Anna");
    assert_eq!(app.ws.ambitions[0].leader, Some(anna));
    // `-`: the leader leaves the coalition, and the role ends with it.
    submit(
        &mut app,
        FormKind::RemoveMember(amb_id),
        pick(t::FIELD_MEMBER, 0),
    );
    agree(&app, "Anna leaves");
    assert_eq!(app.ws.ambitions[0].leader, None);
    app.update(Action::Undo);
    agree(&app, "undo");
    assert_eq!(app.ws.ambitions[0].leader, Some(anna));
    // `x` in Roles ends the role: the ambition has no leader.
    let edit = app.ws.end_role(anna, 0, today);
    app.commit(edit.unwrap());
    agree(&app, "x in Roles");
    assert_eq!(app.ws.ambitions[0].leader, None);
    // `r` in Roles starts one for a coalition: the ambition names her.
    let edit = app
        .ws
        .start_role(carla, Role::Coalitieleider, Some(amb_id), today);
    app.commit(edit.unwrap());
    agree(&app, "r in Roles");
    assert_eq!(app.ws.ambitions[0].leader, Some(carla));
    app.update(Action::Undo);
    agree(&app, "undo r");
    app.update(Action::Redo);
    agree(&app, "redo r");
    // The leader deleted as an actor.
    app.ui.overlay = Some(Overlay::Confirm(crate::app::Confirm::DeleteActor(carla)));
    app.update(Action::ConfirmYes);
    agree(&app, "Carla deleted");
    assert_eq!(app.ws.ambitions[0].leader, None);
    app.update(Action::Undo);
    agree(&app, "undo delete");
    // The ambition deleted: its leader's role ends.
    app.update(Action::ShowPane(Pane::Agenda));
    app.ui.agenda.focus = AgendaFocus::Ambitions;
    app.update(Action::DeleteItem);
    assert!(app.ws.ambitions.is_empty());
    agree(&app, "ambition deleted");
    assert!(
        !app.ws
            .actors
            .iter()
            .any(|a| a.has_role(Role::Coalitieleider))
    );
    app.update(Action::Undo);
    agree(&app, "undo ambition deleted");
    assert_eq!(app.ws.ambitions[0].leader, Some(carla));
}

/// Enter on an ambition (or on the topic it grew from) opens it in full: description, topic,
/// leader, each member with what they invest and their engagement, the next step, the log
/// entries about it; its keys act on it there, and Esc goes back to the list.
#[test]
fn an_ambition_opens_in_full() {
    use crate::app::agenda::AgendaFocus;
    use crate::workspace::{Engagement, Investment, LogEntry};
    let mut app = app_with(&["Anna", "Bram"]);
    let (anna, bram) = (app.ws.actors[0].id, app.ws.actors[1].id);
    let mut topic = Topic::new("Gezonde school");
    topic.engagement.insert(bram, Engagement::Meebepalen);
    let mut amb = Ambition::from_topic(&topic, "Gezonde school in Zuid");
    amb.description = "Elke school een gezonde kantine".into();
    amb.coalition = vec![anna, bram];
    amb.investments.push(Investment {
        actor: bram,
        time: "4 uur per week".into(),
        money: String::new(),
        knowledge: "voeding".into(),
        extra: crate::workspace::Extra::new(),
    });
    amb.next_step = "Kantines tellen".into();
    let mut entry = LogEntry::note(
        "Eerste overleg",
        jiff::Timestamp::from_second(1_790_000_000).unwrap(),
    );
    entry.ambition = Some(amb.id);
    app.ws.log.push(entry);
    app.ws.topics.push(topic);
    app.ws.ambitions.push(amb);
    app.refresh_views();
    // A small terminal, so the ambition is longer than its window.
    let _ = app.update(crate::app::Msg::Resize(80, 12));
    app.update(Action::ShowPane(Pane::Agenda));
    app.update(Action::OpenDetail);
    assert_eq!(
        app.ambition_detail(),
        Some(0),
        "Enter on the topic opens its ambition"
    );
    let text: Vec<String> = app.ambition_rows(0).into_iter().map(|r| r.1).collect();
    for want in [
        "Description: Elke school een gezonde kantine",
        "From the topic: Gezonde school",
        "No coalitieleider yet: L chooses one from the coalition",
        "Coalition (2)",
        "· Anna",
        "· Bram: time 4 uur per week · knowledge voeding · meebepalen",
        "Next step: Kantines tellen",
        "Log (1)",
    ] {
        assert!(
            text.iter().any(|l| l.starts_with(want)),
            "{want:?} in {text:#?}"
        );
    }
    assert_eq!(
        app.dialog_scope(),
        Some(crate::app::keymap::Scope::Ambition)
    );
    app.update(Action::ScrollDown);
    assert_eq!(app.ui.agenda.detail_top, 1, "j scrolls the ambition");
    app.update(Action::ScrollUp);
    // `L` there chooses the leader of this ambition; the view stays open.
    app.update(Action::ChooseLeader);
    assert!(
        matches!(app.ui.overlay, Some(Overlay::Form(ref f)) if f.kind == FormKind::Leader(app.ws.ambitions[0].id))
    );
    app.update(Action::SubmitForm);
    assert_eq!(app.ws.ambitions[0].leader, Some(anna));
    assert!(
        app.ambition_rows(0)
            .iter()
            .any(|r| r.1 == "Coalitieleider: Anna")
    );
    assert_eq!(app.ambition_detail(), Some(0));
    app.update(Action::CloseDetail);
    assert_eq!(app.ambition_detail(), None);
    assert_eq!(app.ui.agenda.focus, AgendaFocus::Ambitions);
}
