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
        Some("This topic is an ambition already: Gezonde school (selected here)")
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
