//! The method's vocabularies (positions, roles, kinds, levels, phases ...), each defined once:
//! its variants in order, the text shown in Dutch and English (the method's Dutch terms stay
//! visible in English), and the words a user may type for it, Dutch first, English and aliases
//! accepted. The CLI, the search filters, the forms and the screens all read this one table.

use crate::i18n::L;

use super::{
    ActorKind, AmbitionKind, AmbitionStatus, Area, Capacity, Consent, Continuation, Engagement,
    Form, LogKind, NetworkType, Orientation, Phase, Position, Role, RuleCategory, Weight,
};

/// A vocabulary: a closed set of the method's terms.
pub trait Vocabulary: Copy + Eq + 'static {
    /// Every variant, in the order the method and the forms list them.
    const ALL: &'static [Self];
    /// The text shown, in both languages.
    fn text(self) -> L;
    /// The words that mean this variant, lowercase with `-` for spaces; the first is the one
    /// the command line shows.
    fn words(self) -> &'static [&'static str];

    /// The variant a typed word means: case, spaces and underscores do not matter.
    fn parse(word: &str) -> Option<Self> {
        let w = word.trim().to_lowercase().replace([' ', '_'], "-");
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.words().contains(&w.as_str()))
    }

    /// Where this variant stands in [`Vocabulary::ALL`].
    fn index(self) -> usize {
        Self::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }

    /// The variant at `i` of [`Vocabulary::ALL`] (the last one past the end).
    fn at(i: usize) -> Self {
        Self::ALL[i.min(Self::ALL.len() - 1)]
    }

    /// For a choice that may be empty: `None` first, then every variant.
    fn optional_at(i: usize) -> Option<Self> {
        i.checked_sub(1).map(Self::at)
    }

    /// Where `value` stands in the choice that starts with `None`.
    fn optional_index(value: Option<Self>) -> usize {
        value.map_or(0, |v| v.index() + 1)
    }
}

macro_rules! vocabulary {
    ($ty:ident { $($variant:ident => $nl:literal, $en:literal, [$($word:literal),+ $(,)?];)* }) => {
        impl Vocabulary for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),*];
            fn text(self) -> L {
                match self { $($ty::$variant => L { nl: $nl, en: $en },)* }
            }
            fn words(self) -> &'static [&'static str] {
                match self { $($ty::$variant => &[$($word),+],)* }
            }
        }
    };
}

vocabulary!(Position {
    Kern => "kern", "kern (core)", ["kern", "strategische-kern", "core"];
    Ring => "ring", "ring", ["ring", "complementaire-ring"];
    VrijeRuimte => "vrije ruimte", "vrije ruimte (free space)", ["vrije-ruimte", "free-space"];
});
vocabulary!(Role {
    Participant => "participant", "participant", ["participant", "grenswerker", "boundary-spanner"];
    Netwerkleider => "netwerkleider", "netwerkleider", ["netwerkleider", "network-leader"];
    Coalitieleider => "coalitieleider", "coalitieleider", ["coalitieleider", "coalition-leader"];
});
vocabulary!(ActorKind {
    Person => "persoon", "person", ["persoon", "person"];
    Organisation => "organisatie", "organisation", ["organisatie", "organisation", "organization"];
    Team => "team", "team", ["team"];
});
vocabulary!(Consent {
    Given => "toestemming gegeven", "consent given", ["gegeven", "given"];
    Refused => "geen toestemming", "consent refused", ["geweigerd", "refused"];
});
vocabulary!(Capacity {
    Personal => "op persoonlijke titel", "personal title", ["persoonlijk", "personal", "op-persoonlijke-titel", "persoonlijke-titel"];
    Organisation => "namens organisatie", "on behalf of an organisation", ["organisatie", "organisation"];
    Achterban => "namens achterban", "on behalf of an achterban", ["achterban", "constituency"];
});
vocabulary!(Area {
    Passie => "passie", "passie (passion)", ["passie", "passion"];
    Positie => "positie", "positie (position)", ["positie", "position"];
    Opgave => "opgave", "opgave (task)", ["opgave", "task"];
});
vocabulary!(Weight {
    Core => "kern", "core", ["kern", "core"];
    Important => "belangrijk", "important", ["belangrijk", "important"];
    LessImportant => "minder belangrijk", "less important", ["minder-belangrijk", "less-important"];
});
vocabulary!(Engagement {
    Weten => "weten", "weten (informed)", ["weten", "informed"];
    Meedenken => "meedenken", "meedenken (think along)", ["meedenken", "think-along"];
    Meedoen => "meedoen", "meedoen (take part)", ["meedoen", "take-part"];
    Meebepalen => "meebepalen", "meebepalen (co-decide)", ["meebepalen", "co-decide"];
});
vocabulary!(Orientation {
    Strateeg => "strateeg", "strateeg (strategist)", ["strateeg", "strategist"];
    Ontwikkelaar => "ontwikkelaar", "ontwikkelaar (developer)", ["ontwikkelaar", "developer"];
    Verkenner => "verkenner", "verkenner (explorer)", ["verkenner", "explorer"];
    Procesmanager => "procesmanager", "procesmanager (process manager)", ["procesmanager", "process-manager"];
});
vocabulary!(NetworkType {
    Opgavegericht => "opgavegericht", "opgavegericht (task-oriented)", ["opgavegericht", "task-oriented"];
    Interactiegericht => "interactiegericht", "interactiegericht (interaction-oriented)", ["interactiegericht", "interaction-oriented"];
    Gemengd => "gemengd", "gemengd (mixed)", ["gemengd", "mixed"];
});
vocabulary!(Continuation {
    Bestendigen => "bestendigen", "bestendigen (consolidate)", ["bestendigen", "consolidate"];
    Stoppen => "stoppen", "stoppen (stop)", ["stoppen", "stop"];
    Vernieuwen => "vernieuwen rond een nieuw thema", "vernieuwen (renew around a new theme)", ["vernieuwen", "renew"];
});
vocabulary!(Phase {
    Verkennen => "verkennen", "verkennen (explore)", ["verkennen", "explore"];
    Ontwikkelen => "ontwikkelen", "ontwikkelen (develop)", ["ontwikkelen", "develop"];
    Vitaliseren => "vitaliseren", "vitaliseren (vitalise)", ["vitaliseren", "vitalise", "vitalize"];
    BestendigenStoppen => "bestendigen of stoppen", "bestendigen of stoppen (consolidate or stop)", ["bestendigen-of-stoppen", "bestendigen", "stoppen", "consolidate-or-stop"];
});
vocabulary!(Form {
    Informal => "informeel", "informal", ["informeel", "informal"];
    Platform => "platform", "platform", ["platform"];
    LeadOrganisation => "penvoerder", "lead organisation (penvoerder)", ["penvoerder", "lead-organisation"];
    LegalEntity => "rechtspersoon", "legal entity", ["rechtspersoon", "legal-entity"];
    Other => "anders", "other", ["anders", "other"];
});
vocabulary!(RuleCategory {
    Decisions => "besluitvorming", "decision-making", ["besluitvorming", "decision-making"];
    GiveAndTake => "halen en brengen", "give-and-take", ["halen-en-brengen", "give-and-take"];
    Conflicts => "conflicten", "conflicts", ["conflicten", "conflicts"];
    JoiningLeaving => "toe- en uittreden", "joining and leaving", ["toe--en-uittreden", "toetreden", "joining-and-leaving"];
    Conduct => "gedragscode", "code of conduct", ["gedragscode", "code-of-conduct"];
    Other => "overig", "other", ["overig", "other"];
});
vocabulary!(AmbitionStatus {
    Idea => "idee", "idea", ["idee", "idea"];
    Active => "actief", "active", ["actief", "active"];
    Paused => "gepauzeerd", "paused", ["gepauzeerd", "paused"];
    Done => "afgerond", "done", ["afgerond", "done"];
    Stopped => "gestopt", "stopped", ["gestopt", "stopped"];
});
vocabulary!(AmbitionKind {
    Project => "project", "project", ["project"];
    Programme => "programma", "programme", ["programma", "programme", "program"];
    Event => "evenement", "event", ["evenement", "event"];
    JointActivity => "gezamenlijke activiteit", "joint activity", ["gezamenlijke-activiteit", "joint-activity"];
});
vocabulary!(LogKind {
    Checkin => "check-in", "check-in", ["check-in", "checkin"];
    Note => "notitie", "note", ["notitie", "note"];
    Decision => "besluit", "decision", ["besluit", "decision"];
});

#[cfg(test)]
mod tests {
    use super::*;

    fn check<T: Vocabulary + std::fmt::Debug>() {
        let mut seen: Vec<&str> = Vec::new();
        for v in T::ALL {
            assert!(!v.text().nl.is_empty() && !v.text().en.is_empty(), "{v:?}");
            for w in v.words() {
                assert!(!seen.contains(w), "{w} means two {v:?}s");
                seen.push(w);
                assert_eq!(T::parse(w), Some(*v), "{w}");
                assert_eq!(T::parse(&w.to_uppercase().replace('-', " ")), Some(*v));
            }
            assert_eq!(T::at(v.index()), *v);
            assert_eq!(T::optional_at(T::optional_index(Some(*v))), Some(*v));
        }
        assert_eq!(T::optional_at(T::optional_index(None)), None);
    }

    #[test]
    fn every_word_means_one_variant_and_round_trips() {
        check::<Position>();
        check::<Role>();
        check::<ActorKind>();
        check::<Capacity>();
        check::<Consent>();
        check::<Area>();
        check::<Weight>();
        check::<Engagement>();
        check::<Orientation>();
        check::<NetworkType>();
        check::<Phase>();
        check::<Continuation>();
        check::<Form>();
        check::<RuleCategory>();
        check::<AmbitionStatus>();
        check::<AmbitionKind>();
        check::<LogKind>();
        assert_eq!(Position::parse("Vrije Ruimte"), Some(Position::VrijeRuimte));
        assert_eq!(Role::parse("grenswerker"), Some(Role::Participant));
        assert_eq!(Position::parse("zijlijn"), None);
    }
}
