//! The method's terms (positions, roles, phases ...) as the UI shows them: Dutch, and in English
//! the Dutch term with its translation, so the method's words stay visible.

use super::L;
use crate::workspace::{
    ActorKind, AmbitionKind, AmbitionStatus, Area, Capacity, Engagement, Form, LogKind,
    NetworkType, Orientation, Phase, Position, Role, RuleCategory, Weight,
};

/// A term's display text in both languages; Dutch method terms stay Dutch in English.
pub trait Term {
    /// The text.
    fn text(self) -> L;
}

macro_rules! terms {
    ($ty:ty { $($variant:ident => $nl:literal, $en:literal;)* }) => {
        impl Term for $ty {
            fn text(self) -> L {
                match self { $(<$ty>::$variant => L { nl: $nl, en: $en },)* }
            }
        }
    };
}

terms!(Position {
    Kern => "kern", "kern (core)";
    Ring => "ring", "ring";
    VrijeRuimte => "vrije ruimte", "vrije ruimte (free space)";
});
terms!(Role {
    Participant => "participant", "participant";
    Netwerkleider => "netwerkleider", "netwerkleider";
    Coalitieleider => "coalitieleider", "coalitieleider";
});
terms!(ActorKind {
    Person => "persoon", "person";
    Organisation => "organisatie", "organisation";
    Team => "team", "team";
});
terms!(Capacity {
    Personal => "op persoonlijke titel", "personal title";
    Organisation => "namens organisatie", "on behalf of an organisation";
    Achterban => "namens achterban", "on behalf of an achterban";
});
terms!(Area {
    Passie => "passie", "passie (passion)";
    Positie => "positie", "positie (position)";
    Opgave => "opgave", "opgave (task)";
});
terms!(Weight {
    Core => "kern", "core";
    Important => "belangrijk", "important";
    LessImportant => "minder belangrijk", "less important";
});
terms!(Engagement {
    Weten => "weten", "weten (informed)";
    Meedenken => "meedenken", "meedenken (think along)";
    Meedoen => "meedoen", "meedoen (take part)";
    Meebepalen => "meebepalen", "meebepalen (co-decide)";
});
terms!(Orientation {
    Strateeg => "strateeg", "strateeg (strategist)";
    Ontwikkelaar => "ontwikkelaar", "ontwikkelaar (developer)";
    Verkenner => "verkenner", "verkenner (explorer)";
    Procesmanager => "procesmanager", "procesmanager (process manager)";
});
terms!(NetworkType {
    Opgavegericht => "opgavegericht", "opgavegericht (task-oriented)";
    Interactiegericht => "interactiegericht", "interactiegericht (interaction-oriented)";
    Gemengd => "gemengd", "gemengd (mixed)";
});
terms!(Phase {
    Verkennen => "verkennen", "verkennen (explore)";
    Ontwikkelen => "ontwikkelen", "ontwikkelen (develop)";
    Vitaliseren => "vitaliseren", "vitaliseren (vitalise)";
    BestendigenStoppen => "bestendigen of stoppen", "bestendigen of stoppen (consolidate or stop)";
});
terms!(Form {
    Informal => "informeel", "informal";
    Platform => "platform", "platform";
    LeadOrganisation => "penvoerder", "lead organisation (penvoerder)";
    LegalEntity => "rechtspersoon", "legal entity";
    Other => "anders", "other";
});
terms!(RuleCategory {
    Decisions => "besluitvorming", "decision-making";
    GiveAndTake => "halen en brengen", "give-and-take";
    Conflicts => "conflicten", "conflicts";
    JoiningLeaving => "toe- en uittreden", "joining and leaving";
    Conduct => "gedragscode", "code of conduct";
    Other => "overig", "other";
});
terms!(AmbitionStatus {
    Idea => "idee", "idea";
    Active => "actief", "active";
    Paused => "gepauzeerd", "paused";
    Done => "afgerond", "done";
    Stopped => "gestopt", "stopped";
});
terms!(AmbitionKind {
    Project => "project", "project";
    Programme => "programma", "programme";
    Event => "evenement", "event";
    JointActivity => "gezamenlijke activiteit", "joint activity";
});
terms!(LogKind {
    Checkin => "check-in", "check-in";
    Note => "notitie", "note";
    Decision => "besluit", "decision";
});
