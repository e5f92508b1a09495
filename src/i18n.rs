//! Every UI string in Dutch and English, in one table.
//!
//! Each text is one [`L`] with both languages side by side, so a missing translation does not
//! compile; a test checks that none is empty. The method's Dutch terms (kern, netwerkleider,
//! meedoen ...) stay visible in English too, next to their translation.

/// The UI language; `--lang` takes exactly these words, so `--lang de` is refused with the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    /// Nederlands, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Parses `nl`/`en` (and `nl_NL.UTF-8`-style locale names).
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("nl") {
            Some(Self::Nl)
        } else if s.starts_with("en") {
            Some(Self::En)
        } else {
            None
        }
    }

    /// The other language.
    #[must_use]
    pub const fn other(self) -> Self {
        match self {
            Self::Nl => Self::En,
            Self::En => Self::Nl,
        }
    }

    /// `--lang`, else `KNOOP_LANG`, else `lang` in `knoop.toml`, else the locale as POSIX orders it (the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set and not empty); Dutch when none of them says otherwise.
    pub fn detect(flag: Option<Self>) -> Self {
        let var = |name| std::env::var(name).ok().filter(|v| !v.is_empty());
        flag.or_else(|| var("KNOOP_LANG").as_deref().and_then(Self::parse))
            .or_else(|| crate::config::get().lang.as_deref().and_then(Self::parse))
            .or_else(|| Self::from_locale(var("LC_ALL"), var("LC_MESSAGES"), var("LANG")))
            .unwrap_or_default()
    }

    /// The language of the locale variables, the first that is set deciding (`C` decides for
    /// the default).
    fn from_locale(
        all: Option<String>,
        messages: Option<String>,
        lang: Option<String>,
    ) -> Option<Self> {
        all.or(messages).or(lang).as_deref().and_then(Self::parse)
    }

    /// Picks this language's side of a text.
    pub const fn pick(self, l: L) -> &'static str {
        match self {
            Self::Nl => l.nl,
            Self::En => l.en,
        }
    }
}

/// One text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct L {
    /// Nederlands.
    pub nl: &'static str,
    /// English.
    pub en: &'static str,
}

macro_rules! texts {
    ($($name:ident = $nl:literal, $en:literal;)*) => {
        $(#[allow(missing_docs)] pub const $name: L = L { nl: $nl, en: $en };)*
        /// Every text, for the completeness test.
        pub const ALL: &[(&str, L)] = &[$((stringify!($name), $name)),*];
    };
}

texts! {
    APP_TAGLINE = "samenwerken in netwerken", "samenwerken in netwerken (collaborating in networks)";
    UNNAMED = "(naamloos netwerk)", "(unnamed network)";
    PHASE = "fase", "phase";
    PHASE_LABEL = "Fase", "Phase";
    TOO_SMALL = "Terminal te klein: minstens {w}x{h} nodig", "Terminal too small: need at least {w}x{h}";
    PANE_OVERVIEW = "Overzicht", "Overview";
    PANE_BASIS = "Basis", "Basis";
    PANE_ACTORS = "Actoren", "Actors";
    PANE_ROLES = "Rollen", "Roles";
    PANE_IDENTITY = "Identiteit", "Identity";
    PANE_AGENDA = "Agenda", "Agenda";
    PANE_FOUNDATION = "Fundament", "Foundation";
    PANE_LOG = "Logboek", "Log";
    PANE_MAP = "Kaart", "Map";
    SAVED_AT = "opgeslagen {t}", "saved {t}";
    IN_SYNC = "opgeslagen", "saved";
    SAVING = "opslaan…", "saving…";
    NOT_SAVED = "NIET OPGESLAGEN: {r}", "NOT SAVED: {r}";
    READ_ONLY = "ALLEEN LEZEN: {r}", "READ-ONLY: {r}";
    CHANGED_ON_DISK = "GEWIJZIGD OP SCHIJF: niet overschreven; je werk staat in {p}", "CHANGED ON DISK: not overwritten; your work is in {p}";
    CHANGED_ELSEWHERE = "GEWIJZIGD OP SCHIJF door een ander programma: knoop overschrijft het niet", "CHANGED ON DISK by another program: knoop will not overwrite it";
    RO_LOCKED = "in gebruik door {who}", "in use by {who}";
    RO_NEWER = "gemaakt door een nieuwere knoop (versie {v})", "written by a newer knoop (version {v})";
    RO_FLAG = "geopend met --read-only", "opened with --read-only";
    UNDO_DEPTH = "{key} maakt {steps} ongedaan", "{key} undoes {steps}";
    N_STEP = "stap", "step";
    N_STEPS = "stappen", "steps";
    UNDONE = "Ongedaan gemaakt", "Undone";
    REDONE = "Opnieuw gedaan", "Redone";
    NOTHING_TO_UNDO = "Niets om ongedaan te maken", "Nothing to undo";
    NOTHING_TO_REDO = "Niets om opnieuw te doen", "Nothing to redo";
    JOURNAL_APPLIED = "{n} uit de shell verwerkt", "{n} from the shell applied";
    JOURNAL_SKIPPED = "{n} in {file} overgeslagen (een afgebroken schrijfactie); de rest is verwerkt", "{n} in {file} skipped (an interrupted write); the rest was applied";
    N_CHANGE = "wijziging", "change";
    N_CHANGES = "wijzigingen", "changes";
    N_BAD_LINE = "beschadigde regel", "damaged line";
    N_BAD_LINES = "beschadigde regels", "damaged lines";
    N_RELATION = "relatie", "relation";
    N_RELATIONS = "relaties", "relations";
    N_ROLE_PERIOD = "rolperiode", "role period";
    N_ROLE_PERIODS = "rolperiodes", "role periods";
    N_FILE = "bestand", "file";
    N_FILES = "bestanden", "files";
    N_RULE = "spelregel", "rule of play";
    N_RULES = "spelregels", "rules of play";
    N_REFERENCE = "verwijzing", "reference";
    N_REFERENCES = "verwijzingen", "references";
    ACTOR_ADDED = "Actor toegevoegd: {name}", "Actor added: {name}";
    ACTOR_RENAMED = "Actor hernoemd: {name}", "Actor renamed: {name}";
    ACTOR_DELETED = "Actor verwijderd: {name} (u = ongedaan maken)", "Actor deleted: {name} (u = undo)";
    NAME_EMPTY = "Een naam is nodig", "A name is needed";
    NAME_EXISTS = "Er is al een actor met deze naam", "An actor with this name exists already";
    NO_SELECTION = "Selecteer eerst een actor", "Select an actor first";
    FORM_ADD_ACTOR = "Actor toevoegen", "Add actor";
    FORM_RENAME_ACTOR = "Actor hernoemen", "Rename actor";
    FIELD_NAME = "Naam", "Name";
    FORM_KEYS = "Enter opslaan · Esc annuleren", "Enter save · Esc cancel";
    FORM_DISCARD = "Getypte tekst weggooien? j/y = ja, n = nee", "Discard what you typed? y/j = yes, n = no";
    CONFIRM_DELETE_ACTOR = "Actor '{name}' verwijderen, met {rel} en {roles}?", "Delete actor '{name}' with {rel} and {roles}?";
    CONFIRM_KEYS = "j/y = ja · n/Esc = nee", "y/j = yes · n/Esc = no";
    CONFIRM_TITLE = "Bevestigen", "Confirm";
    HELP_TITLE = "Toetsen: {pane}", "Keys: {pane}";
    HELP_CLOSE = "Esc of ? sluit", "Esc or ? closes";
    HELP_GLOBAL = "Overal", "Everywhere";
    HELP_LIST = "Lijsten", "Lists";
    HELP_PANE = "Dit paneel", "This pane";
    COL_NAME = "Naam", "Name";
    COL_KIND = "Soort", "Kind";
    COL_REPRESENTS = "Namens", "On behalf of";
    COL_POSITION = "Positie", "Position";
    COL_ROLES = "Rollen", "Roles";
    COL_SINCE = "Sinds", "Since";
    COL_DOTS = "Stippen", "Dots";
    COL_TOPIC = "Onderwerp", "Topic";
    COL_RAISED_BY = "Ingebracht door", "Raised by";
    COL_RULE = "Spelregel", "Rule";
    COL_CATEGORY = "Soort", "Category";
    COL_REVIEW = "Herzien", "Review";
    COL_WHEN = "Wanneer", "When";
    COL_WHAT = "Wat", "What";
    COL_SCREEN = "Scherm", "Screen";
    COL_BLOCK = "Bouwsteen", "Building block";
    COL_STATUS = "Status", "Status";
    EMPTY_ACTORS = "Nog geen actoren. Druk {key} om er een toe te voegen.", "No actors yet. Press {key} to add one.";
    EMPTY_ACTORS_ELSEWHERE = "Nog geen actoren: voeg ze toe in het paneel Actoren (toets {key}).", "No actors yet: add them in the Actors pane (key {key}).";
    EMPTY_LIST = "Nog leeg.", "Empty so far.";
    PROSPECTIVE = "gewenst", "prospective";
    NETWORK = "Netwerk", "Network";
    ISSUE = "Opgave", "Issue";
    TYPE = "Type", "Type";
    FORM = "Vorm", "Form";
    DECISION_RULE = "Besluitvorming", "Decision rule";
    BLOCKS = "Bouwstenen", "Building blocks";
    GAPS = "Aandachtspunten", "Points of attention";
    NO_GAPS = "Geen open aandachtspunten.", "No open points of attention.";
    TODO = "Te doen", "To do";
    FIRST_RUN = "Nieuw werkbestand: {path}", "New workspace: {path}";
    FORGET_BUSY = "knoop is geopend op dit bestand ({who}): sluit het eerst, dan kan vergeten", "knoop is open on this file ({who}): close it first, then forget";
    FORGET_ASK = "{name} overal wissen (werkbestand, back-up, journaal, concepten, kopieën, verslagen)? Dit kan niet ongedaan. [j/N]", "Erase {name} everywhere (workspace, backup, journal, drafts, copies, minutes)? This cannot be undone. [y/N]";
    FORGET_NOT = "niets gewist", "nothing erased";
    FORGET_PLACEHOLDER = "[vergeten]", "[forgotten]";
    FORGET_DONE = "{name} is vergeten in {path} en in {n} ernaast:", "{name} is forgotten in {path} and in {n} beside it:";
    REDACT_TEAM = "Weggelaten (persoonsgegevens): {fields}.", "Left out (personal data): {fields}.";
    REDACT_PUBLIC = "Weggelaten (persoonsgegevens): {fields} en het logboek; {who} er onder een pseudoniem in, zonder {team}.", "Left out (personal data): {fields} and the log; {who} under a pseudonym, without {team}.";
    REDACT_WHO_ONE = "persoon zonder toestemming staat", "person without consent appears";
    REDACT_WHO_MANY = "personen zonder toestemming staan", "persons without consent appear";
    PRIVACY_CONTACT = "contactgegevens", "contact details";
    PRIVACY_NOTES = "notities", "notes";
    PRIVACY_INTEREST_INDIVIDUAL = "persoonlijke belangen", "personal interests";
    PRIVACY_INTEREST_ORGANISATIONAL = "belangen van de organisatie", "organisational interests";
    PRIVACY_INTEREST_COLLECTIVE = "gezamenlijke belangen", "collective interests";
    PRIVACY_MANDATE = "mandaten", "mandates";
    PRIVACY_REPRESENTS = "wie ze vertegenwoordigen", "whom they represent";
    PRIVACY_CHARACTERISTICS = "kenmerken", "characteristics";
    PRIVACY_HALEN_BRENGEN = "halen en brengen", "what they bring and get";
    PRIVACY_TAGS = "labels", "tags";
    PRIVACY_RELATION_NOTES = "notities bij relaties", "notes on relations";
    REDACT_PERSON = "Persoon {n}", "Person {n}";
    FIELD_CONSENT = "Toestemming (AVG)", "Consent (GDPR)";
    FOOTER_MORE = "meer", "more";
    REPORT_TITLE = "netwerkrapport", "network report";
    REPORT_RINGS = "De actoren in kern, ring en vrije ruimte", "The actors in kern, ring and vrije ruimte";
    REPORT_MAP_TOO_BIG = "Het netwerk heeft meer dan {n} actoren: te veel voor één kaart. De kaart in knoop (toets 9) toont de omgeving van een actor; knoop export gexf opent het geheel in Gephi.", "The network has more than {n} actors: too many for one map. The map in knoop (key 9) shows an actor's surroundings; knoop export gexf opens the whole in Gephi.";
    REPORT_MAP = "De kaart van het netwerk", "The map of the network";
    REPORT_RINGS_CAPTION = "Kern, ring en vrije ruimte: een rondje is een persoon, een vierkantje een organisatie of team.", "Kern (core), ring and vrije ruimte (free space): a circle is a person, a square an organisation or team.";
    REPORT_MAP_CAPTION = "De kaart: wie een relatie heeft, staat dichtbij; hoe groter de stip, hoe meer relaties.", "The map: who are related stand close; the larger the mark, the more relations.";
    REPORT_FOOTER = "Gemaakt met knoop op {d}. Bevat geen verwijzingen naar buiten.", "Made with knoop on {d}. Refers to nothing outside itself.";
    REPORT_NO_POSITION = "Zonder positie", "Without a position";
    REPORT_TOPIC = "Agendapunt", "Topic";
    REPORT_EXPLICIT = "expliciet", "explicit";
    REPORT_TACIT = "stilzwijgend", "tacit";
    REPORT_REVIEW = "herzien op", "review on";
    REPORT_BROKERS = "Makelaars", "Brokers (makelaars)";
    TODO_MORE = "… en nog {n}", "… and {n} more";
    ACT_NEAREST = "naaste actor", "nearest actor";
    ACT_PAN = "schuiven", "pan";
    ACT_ZOOM_IN = "inzoomen", "zoom in";
    ACT_ZOOM_OUT = "uitzoomen", "zoom out";
    ACT_CYCLE_EGO = "omgeving", "neighbourhood";
    ACT_CYCLE_AMBITION = "coalitie", "coalition";
    ACT_PIN_MAP = "vastzetten", "pin";
    MAP_PINNED = "Kaart vastgezet: zo blijft hij", "Map pinned: it stays as it is";
    MAP_UNPINNED = "Kaart losgelaten: hij wordt opnieuw ingedeeld", "Map unpinned: it is laid out again";
    MAP_LEGEND = "● kern  ◆ ring  ○ vrije ruimte  · overig", "● kern (core)  ◆ ring  ○ vrije ruimte (free space)  · other";
    MAP_EMPTY = "Nog geen actoren om te tekenen.", "No actors to draw yet.";
    MAP_HINT = "Pijltjes: kies een actor · Enter: open · +/-: zoom · hjkl: schuif", "Arrows: choose an actor · Enter: open · +/-: zoom · hjkl: pan";
    MAP_MEASURING = "De kaart wordt getekend…", "The map is being laid out…";
    MAP_ALL = "iedereen", "everyone";
    MAP_EGO = "omgeving van {name}, {n}", "around {name}, {n}";
    STEP = "stap", "step";
    STEPS = "stappen", "steps";
    MAP_BIG = "{n} actoren: de omgeving van {name} (e: 1 of 2 stappen)", "{n} actors: around {name} (e: 1 or 2 steps)";
    NET_HEADING = "Het netwerk: de lijnen", "The network: its lines";
    NET_MEASURING = "wordt gemeten…", "being measured…";
    NET_NONE = "Nog geen actoren.", "No actors yet.";
    NET_PIECES = "Het netwerk valt in {n} groepen uiteen", "The network falls into {n} groups";
    NET_BROKER = "Makelaar: {name} is de enige schakel tussen {sides}", "Broker: {name} is the only link between {sides}";
    NET_BROKER_SHORT = "Makelaar: {name} ligt op veel kortste lijnen", "Broker: {name} lies on many shortest chains";
    NET_CUT = "Kwetsbaar: zonder {name} raken {lost} los", "Single point of failure: without {name}, {lost} lose touch";
    NET_ISOLATED = "Geen relaties: {names}", "No relations: {names}";
    NET_THROUGH_ONE = "Alleen via één persoon: {pairs}", "Only through one person: {pairs}";
    NET_ACTOR = "{d} relaties · {k} van de {d} contacten kennen elkaar", "{d} relations · {k} of {d} contacts know each other";
    NET_LABEL = "In het netwerk", "In the network";
    NET_IS_BROKER = "makelaar", "broker";
    NET_IS_CUT = "kwetsbaar punt", "single point of failure";
    COL_DEGREE = "Relaties", "Relations";
    COL_BETWEENNESS = "Tussen", "Between";
    ANALYSIS_ACTOR = "Actor", "Actor";
    ANALYSIS_HEADER = "graad|tussen|nabij|eigenv.|beperk.|eff.omv|groep", "degree|betw.|close.|eigenv.|constr.|eff.size|group";
    ANALYSIS_COMPONENTS = "Groepen (delen die los van elkaar staan)", "Groups (parts not connected to each other)";
    ANALYSIS_BRIDGES = "Bruggen (relaties waarvan het wegvallen een groep splitst)", "Bridges (relations whose loss splits a group)";
    ANALYSIS_CUT = "Scharnieren (zonder hen valt het netwerk uiteen)", "Cut vertices (without them the network falls apart)";
    ANALYSIS_ISOLATES = "Geïsoleerd (zonder relaties)", "Isolated (no relations)";
    ANALYSIS_NONE = "geen", "none";
    ANALYSIS_CHAIN = "{chain} ({n})", "{chain} ({n})";
    ANALYSIS_NO_CHAIN = "Geen keten van relaties tussen {a} en {b}: ze zitten in verschillende groepen", "No chain of relations between {a} and {b}: they are in different groups";
    FIELD_FOLLOW_UP_N = "Actie {n}", "Follow-up {n}";
    FIELD_FOLLOW_UP_NEW = "Nieuwe actie", "New follow-up";
    MEETING = "Overleg", "Meeting";
    MEETING_TOPIC = "Waarover gaat het overleg?", "What is the meeting about?";
    MEETING_NETWORK = "Het netwerk als geheel", "The network as a whole";
    MEETING_EARLIER = "Open acties van eerder", "Open follow-ups from before";
    MEETING_NOTES = "Aantekeningen", "Notes";
    MEETING_HINT_TOPIC = "↑/↓ en Enter: kies de ambitie, of het netwerk als geheel", "↑/↓ and Enter: choose the ambition, or the network as a whole";
    MEETING_HINT_PRESENT = "Spatie: aanwezig (en door) · typ een naam + Enter: ook aanwezig", "Space: present (and on) · type a name + Enter: also present";
    MEETING_HINT_EARLIER = "Spatie: afgerond · Tab: verder", "Space: done · Tab: on";
    MEETING_HINT_FOLLOW_UP = "Typ: wat @wie wanneer (+7, vrijdag, 15-1) en Enter", "Type: what @who when (+7, friday, 15-1) and Enter";
    MEETING_HINT_NEXT = "Typ de datum (+14, dinsdag, 15-1) en Enter", "Type the date (+14, tuesday, 15-1) and Enter";
    MEETING_HINT_LINES = "Enter: regel erbij · ↑/↓ + Enter: regel wijzigen · Del: weg · C-s: afronden", "Enter: add line · ↑/↓ + Enter: change a line · Del: remove · C-s: end";
    MEETING_NOBODY = "Niemand op de lijst: typ een naam en Enter", "Nobody listed: type a name and Enter";
    MEETING_UNKNOWN = "Geen actor met de naam '{name}'", "No actor named '{name}'";
    MEETING_EMPTY = "Er staat nog niets in dit overleg: markeer wie er is of typ een besluit", "Nothing in this meeting yet: mark who is here or type a decision";
    MEETING_SAVED = "Overleg in het logboek", "Meeting in the log";
    MEETING_DISCARDED = "Overleg weggegooid", "Meeting thrown away";
    MEETING_LEAVE = "Het overleg afronden en in het logboek zetten?", "End the meeting and put it in the log?";
    FIELD_NEXT_MEETING = "Volgend overleg", "Next meeting";
    TODO_OVERDUE = "Acties te laat", "Follow-ups overdue";
    TODO_SOON = "Acties binnen een week", "Follow-ups due within a week";
    TODO_LOST = "Geen contact in {n} weken", "No contact in {n} weeks";
    TODO_NEVER = "nog nooit", "never";
    TODO_MEETINGS = "Volgend overleg", "Next meetings";
    TODO_NOTHING = "Geen acties te laat of binnen een week.", "No follow-ups overdue or due within a week.";
    RECENT_LOG = "Laatst in het logboek", "Latest in the log";
    COUNT_ACTORS = "{n} actoren ({k} kern, {r} ring, {v} vrije ruimte, {p} gewenst)", "{n} actors ({k} kern, {r} ring, {v} vrije ruimte, {p} prospective)";
    COUNT_RELATIONS = "{n} relaties", "{n} relations";
    COUNT_WORDS = "{n} woorden op de identiteitskaart", "{n} words on the identity card";
    COUNT_TOPICS = "{n} agendapunten, {a} ambities", "{n} agenda topics, {a} ambitions";
    COUNT_RULES = "{n} spelregels", "{n} rules of play (spelregels)";
    COUNT_LOG = "{n} logboekregels", "{n} log entries";
    GAP_NO_LEADER = "Geen netwerkleider: wie mobiliseert en verbindt?", "No netwerkleider (network leader): who mobilises and connects?";
    GAP_ORIENTATION = "Niemand is {o}", "Nobody is {o}";
    GAP_NO_COALITION_LEADER = "Coalitie zonder coalitieleider: {a}", "Coalition without a coalitieleider: {a}";
    GAP_NO_MEEDOEN = "Niemand wil meedoen aan: {t}", "Nobody wants to meedoen (take part) on: {t}";
    GAP_RULE_REVIEW = "Spelregel over tijd voor herziening: {r}", "Rule overdue for review: {r}";
    GAP_NO_IDENTITY = "De identiteitskaart is nog leeg", "The identity card is still empty";
    BASIS_TITLE = "De basis van je netwerk", "De basis van je netwerk (the basis of your network)";
    BASIS_ROUND = "Ronde van {d}", "Round of {d}";
    BASIS_NO_ROUND = "Nog geen ronde gestart", "No round started yet";
    ANSWERED = "beantwoord", "answered";
    UNANSWERED = "leeg", "empty";
    ROLES_MATRIX = "Rollen nu", "Current roles";
    LEADERSHIP = "Leiderschap", "Leadership (leiderschap)";
    NOBODY = "niemand", "nobody";
    CONCENTRATED = "{name} heeft {n} rollen: leiderschap hoort gedeeld te zijn", "{name} holds {n} roles: leadership is meant to be shared";
    IDENTITY_PROMPT_PASSIE = "Waar krijgen we energie van?", "What gives us energy? (the why)";
    IDENTITY_PROMPT_POSITIE = "Waar staan we, wat onderscheidt ons?", "Where do we stand, what marks us out?";
    IDENTITY_PROMPT_OPGAVE = "Wat kan niemand van ons alleen?", "What can none of us do alone?";
    AMBITIONS_SHORT = "Ambities", "Ambitions";
    AMBITIONS = "Ambities", "Ambitions (ambities)";
    COALITION = "coalitie", "coalition";
    LEADER = "leider", "leader";
    RULES = "Spelregels", "Rules of play (spelregels)";
    EXPLICIT = "expliciet", "explicit";
    IMPLICIT = "impliciet", "implicit";
    OVERDUE = "te laat", "overdue";
    PRESENT = "aanwezig", "present";
    DECISIONS = "besluiten", "decisions";
    FOLLOW_UPS = "acties", "follow-ups";
    DECISION = "besluit", "decision";
    FOLLOW_UP = "actie", "follow-up";
    ENGAGEMENT_LEGEND = "W weten, Dk meedenken, Do meedoen, Bp meebepalen", "W weten, Dk meedenken, Do meedoen, Bp meebepalen";
    ACT_QUIT = "afsluiten", "quit";
    ACT_NEXT_PANE = "volgend paneel", "next pane";
    ACT_PREV_PANE = "vorig paneel", "previous pane";
    ACT_TOGGLE_HELP = "hulp", "help";
    ACT_SELECT_NEXT = "omlaag", "down";
    ACT_SELECT_PREV = "omhoog", "up";
    ACT_SELECT_FIRST = "naar het begin", "to the top";
    ACT_SELECT_LAST = "naar het eind", "to the bottom";
    ACT_PAGE_DOWN = "pagina omlaag", "page down";
    ACT_PAGE_UP = "pagina omhoog", "page up";
    ACT_FOCUS_LEFT = "kolom links", "column left";
    ACT_FOCUS_RIGHT = "kolom rechts", "column right";
    ACT_ADD_ACTOR = "toevoegen", "add";
    ACT_RENAME_ACTOR = "hernoemen", "rename";
    ACT_DELETE_ACTOR = "verwijderen", "delete";
    ACT_UNDO = "ongedaan maken", "undo";
    ACT_REDO = "opnieuw", "redo";
    ACT_SUBMIT_FORM = "opslaan", "save";
    ACT_CANCEL_FORM = "annuleren", "cancel";
    ACT_CONFIRM_YES = "ja", "yes";
    ACT_CONFIRM_NO = "nee", "no";
    ACT_CLOSE_OVERLAY = "sluiten", "close";
    ACT_SEARCH = "zoeken", "search";
    ACT_KEEP_SEARCH = "zoekopdracht houden", "keep the search";
    ACT_CLEAR_SEARCH = "zoekopdracht wissen", "clear the search";
    ACT_CYCLE_SORT = "sorteren", "sort";
    ACT_RING_VIEW = "ringen", "rings";
    ACT_OPEN_DETAIL = "details", "details";
    ACT_CLOSE_DETAIL = "terug", "back";
    ACT_EDIT_ACTOR = "bewerken", "edit";
    ACT_EDIT_NOTES = "notities", "notes";
    ACT_LEAVE_EDITOR = "klaar (tekst blijft)", "done (text is kept)";
    ACT_ADD_RELATION = "relatie", "relation";
    ACT_DELETE_RELATION = "relatie weg", "delete relation";
    ACT_MERGE_ACTOR = "samenvoegen", "merge";
    ACT_NEXT_FIELD = "volgend veld", "next field";
    ACT_PREV_FIELD = "vorig veld", "previous field";
    ACT_PICK_NEXT = "volgende", "next";
    ACT_PICK_PREV = "vorige", "previous";
    ACT_PICK = "kiezen", "choose";
    ACT_START_ROLE = "rol begint", "start role";
    ACT_END_ROLE = "rol eindigt", "end role";
    ACT_TOGGLE_ORIENTATION = "oriëntatie", "orientation";
    ACT_MINUTES = "verslag", "minutes";
    ACT_OPEN_ENTRY = "lezen", "read";
    ACT_SCROLL_DOWN = "verder lezen", "scroll down";
    ACT_SCROLL_UP = "terug lezen", "scroll up";
    ENTRY_ABOUT = "Over", "About";
    MINUTES_WRITTEN = "Verslag geschreven naar {path}", "Minutes written to {path}";
    ACT_QUIT_SAVE = "opslaan en stoppen", "save and quit";
    ACT_QUIT_KEEP = "als concept bewaren en stoppen", "keep as a draft and quit";
    ACT_QUIT_DISCARD = "weggooien en stoppen", "throw away and quit";
    QUIT_ASK = "Je was iets aan het typen dat nog niet is opgeslagen. Wat ermee?", "You were typing something not saved yet. What should happen to it?";
    ACT_NEXT_CHOICE = "volgende keuze", "next option";
    ACT_PREV_CHOICE = "vorige keuze", "previous option";
    ACT_START_MEETING = "overleg", "meeting";
    ACT_NEXT_PART = "volgende", "next part";
    ACT_PREV_PART = "vorig deel", "previous part";
    ACT_ADD_LINE = "regel", "add line";
    ACT_TICK_ROW = "aan/af", "mark";
    ACT_REMOVE_LINE = "regel weg", "remove line";
    ACT_END_MEETING = "afronden", "end meeting";
    ACT_LEAVE_MEETING = "stoppen", "leave";
    ACT_DISCARD_MEETING = "weggooien", "throw away";
    FIELD_KIND = "Soort", "Kind";
    FIELD_CAPACITY = "Hoedanigheid", "Capacity";
    FIELD_REPRESENTS = "Namens", "On behalf of";
    FIELD_MANDATE = "Mandaat", "Mandate";
    FIELD_POSITION = "Positie", "Position";
    SEPARATE_SEMICOLON = "Meer dan één? Scheid ze met een puntkomma: a; b", "More than one? Separate them with a semicolon: a; b";
    SEPARATE_COMMA = "Meer dan één? Scheid ze met een komma: a, b", "More than one? Separate them with a comma: a, b";
    FIELD_TAGS = "Labels (a, b)", "Tags (a, b)";
    FIELD_CONTACT = "Contactgegevens", "Contact details";
    FIELD_INTEREST_INDIVIDUAL = "Belang: persoonlijk", "Interest: individual";
    FIELD_INTEREST_ORGANISATIONAL = "Belang: organisatie", "Interest: organisational";
    FIELD_INTEREST_COLLECTIVE = "Belang: gezamenlijk", "Interest: collective";
    FIELD_CHARACTERISTICS = "Kenmerken", "Characteristics";
    FIELD_BRINGS = "Brengt (a; b)", "Brings (a; b)";
    FIELD_GETS = "Haalt (a; b)", "Comes to get (a; b)";
    FIELD_PROSPECTIVE = "Gewenst (nog niet erbij)", "Prospective (not yet in)";
    FIELD_RELATION_KIND = "Soort relatie", "Kind of relation";
    FIELD_MUTUAL = "Wederzijds", "Mutual";
    FIELD_STRENGTH = "Sterkte", "Strength";
    FIELD_NOTE = "Notitie", "Note";
    FIELD_ROLE = "Rol", "Role";
    FIELD_COALITION = "Coalitie", "Coalition";
    FIELD_FROM = "Vanaf", "From";
    FIELD_UNTIL = "Tot en met", "Until";
    FIELD_ORIENTATION = "Oriëntatie", "Orientation";
    FIELD_CURRENT_ROLE = "Welke rol", "Which role";
    FORM_EDIT_ACTOR = "Actor bewerken", "Edit actor";
    FORM_NEW_RELATION = "Nieuwe relatie", "New relation";
    FORM_START_ROLE = "Rol begint", "Role starts";
    FORM_END_ROLE = "Rol eindigt", "Role ends";
    FORM_ORIENTATION = "Leiderschapsoriëntatie aan/uit", "Leadership orientation on/off";
    PICK_MERGE = "Samenvoegen met…", "Merge into…";
    PICK_RELATE = "Relatie met…", "Relation with…";
    CONFIRM_MERGE = "'{a}' samenvoegen met '{b}'? Relaties, rollen, notities en logboekverwijzingen gaan over naar '{b}'.", "Merge '{a}' into '{b}'? Relations, roles, notes and log references move to '{b}'.";
    ACTORS_MERGED = "'{a}' samengevoegd met '{b}' (u = ongedaan maken)", "'{a}' merged into '{b}' (u = undo)";
    ACTOR_SAVED = "Opgeslagen: {name}", "Saved: {name}";
    RELATION_ADDED = "Relatie toegevoegd", "Relation added";
    RELATION_DELETED = "Relatie verwijderd (u = ongedaan maken)", "Relation deleted (u = undo)";
    NOTES_SAVED = "Notities bewaard", "Notes kept";
    BAD_DATE = "Datum als 2027-01-15, 15-01-2027, 15-1, +7, +2w, morgen of vrijdag", "Date as 2027-01-15, 15-01-2027, 15-1, +7, +2w, tomorrow or friday";
    LIST_PRESENT = "aanwezig", "present";
    LIST_DECISION = "besluit", "decision";
    LIST_FOLLOW_UP = "actie", "follow-up";
    LIST_DONE = "gedaan", "done";
    LIST_OPEN = "open", "open";
    MINUTES_TITLE = "Verslag", "Minutes";
    MINUTES_UNTITLED = "overleg", "meeting";
    MINUTES_PRESENT = "Aanwezig", "Present";
    MINUTES_DECISIONS = "Besluiten", "Decisions";
    MINUTES_FOLLOW_UPS = "Acties", "Follow-ups";
    MINUTES_STILL_OPEN = "Nog open van eerder", "Still open from before";
    MINUTES_NONE = "Geen.", "None.";
    MINUTES_DUE = "uiterlijk {d}", "by {d}";
    MINUTES_SINCE = "sinds {d}", "since {d}";
    CLI_NO_ENTRY = "geen logboekregel met id {id}; `knoop list log --json` toont de ids", "no log entry with id {id}; `knoop list log --json` shows the ids";
    CLI_EMPTY_LOG = "het logboek is leeg: er is nog geen overleg om een verslag van te maken", "the log is empty: there is no meeting to write minutes of yet";
    CLI_WROTE = "geschreven naar {path}", "written to {path}";
    CLI_CSV_WHICH = "welke tabel? --table actors of --table relations, of -o MAP voor beide", "which table? --table actors or --table relations, or -o FOLDER for both";
    FOLLOW_UP_EMPTY = "Een actie heeft tekst nodig: wat moet er gebeuren?", "A follow-up needs text: what is to be done?";
    CHECKIN_EMPTY = "Een lege check-in wordt niet bewaard: vul een titel, wie er waren, een besluit of een actie in", "An empty check-in is not saved: fill in a title, who was there, a decision or a follow-up";
    CLI_CHECKIN_EMPTY = "een lege check-in wordt niet bewaard: geef --text, --present, --decision of --followup", "an empty check-in is not saved: give --text, --present, --decision or --followup";
    BAD_DATE_TYPED = "'{typed}' is geen datum die knoop kent; schrijf 2027-01-15, 15-01-2027, 15-1, +7, +2w, morgen of vrijdag", "'{typed}' is not a date knoop knows; write 2027-01-15, 15-01-2027, 15-1, +7, +2w, tomorrow or friday";
    NO_CURRENT_ROLE = "Deze actor heeft nu geen rol", "This actor holds no role now";
    ROLE_EXISTS = "Die rol heeft deze actor al", "This actor holds that role already";
    NEED_COALITION = "Kies de coalitie die hij of zij leidt", "Choose the coalition they lead";
    ROLE_STARTED = "Rol begonnen: {role}", "Role started: {role}";
    ROLE_ENDED = "Rol beëindigd: {role}", "Role ended: {role}";
    ORIENTATION_ON = "{name} is nu {o}", "{name} now covers {o}";
    ORIENTATION_OFF = "{name} is niet langer {o}", "{name} no longer covers {o}";
    FORM_KEYS_FIELDS = "Tab volgend veld · ←/→ kiezen · Enter opslaan · Esc annuleren", "Tab next field · ←/→ choose · Enter save · Esc cancel";
    FIELD_NOTES = "notities", "notes";
    NOTES_KEYS = "Esc klaar: de tekst blijft ({key} maakt ongedaan)", "Esc done: the text is kept ({key} undoes)";
    ROLES_LEGEND = "P participant, NL netwerkleider, CL coalitieleider", "P participant, NL netwerkleider, CL coalitieleider";
    RULE_DELETED = "Spelregel verwijderd (u = ongedaan maken)", "Rule deleted (u = undo)";
    RULE_SAVED = "Spelregel opgeslagen", "Rule saved";
    TEXT_EMPTY = "Er is tekst nodig", "Some text is needed";
    GONE = "Dit bestaat niet meer (intussen verwijderd); sluit met Esc", "This no longer exists (deleted meanwhile); close with Esc";
    EXPLICIT_FIELD = "Expliciet afgesproken", "Agreed explicitly";
    FIELD_AGREED = "Afgesproken op", "Agreed on";
    FIELD_REVIEW = "Herzien op", "Review on";
    FORM_RULE = "Spelregel", "Rule of play (spelregel)";
    FORM_BASICS = "Besluitvorming en vorm", "Decision rule and form";
    ACT_EDIT_BASICS = "besluitvorming en vorm", "decision rule and form";
    WORD_DELETED = "Woord verwijderd (u = ongedaan maken)", "Word deleted (u = undo)";
    FIELD_TITLE = "Titel", "Title";
    FIELD_DATE = "Datum", "Date";
    FIELD_WORD = "Woord", "Word";
    FIELD_EXPLANATION = "Waarom dit woord", "Why this word";
    FIELD_AUTHOR = "Van (naam)", "From (name)";
    UNKNOWN_ACTOR = "Geen actor met die naam", "No actor by that name";
    SESSION_STARTED = "Nieuwe sessie: het bord is leeg; {key} toont de vorige om woorden uit over te nemen", "New session: the board is empty; {key} shows the previous one to copy words from";
    FORM_WORD = "Woord op de identiteitskaart", "Word on the identity card";
    FORM_SESSION = "Nieuwe sessie van de identiteitskaart", "New identity-card session";
    ACT_ADD_DOT = "stip erbij", "add a dot";
    ACT_TAKE_DOT = "stip eraf", "take a dot";
    ACT_CYCLE_WEIGHT = "kern/belangrijk/minder", "core/important/less";
    ACT_NEW_SESSION = "nieuwe sessie", "new session";
    ACT_COMPARE = "vergelijk sessies", "compare sessions";
    ACT_EDIT_SESSION = "sessie wijzigen", "edit session";
    FORM_EDIT_SESSION = "Sessie van de identiteitskaart wijzigen", "Edit identity-card session";
    ACT_OTHER_SESSION = "vorige sessie", "previous session";
    ACT_COPY_WORD = "woord overnemen", "copy word";
    SESSION_LINE = "Sessie {at} van {n}: {title}", "Session {at} of {n}: {title}";
    SESSION_EARLIER = " · {key}: woord naar de laatste sessie", " · {key}: copy a word to the latest";
    SESSION_NONE = "Nog geen sessie: {key} begint er een (woorden en stippen horen bij hun sessie)", "No session yet: {key} starts one (words and dots belong to their session)";
    WORD_COPIED = "Overgenomen naar de laatste sessie, zonder stippen", "Copied to the latest session, without its dots";
    WORD_ALREADY = "Dat woord staat al in de laatste sessie", "That word is already in the latest session";
    WORD_NOT_EARLIER = "Dit is de laatste sessie: {key} toont een eerdere om uit over te nemen", "This is the latest session: {key} shows an earlier one to copy from";
    MOVE_CAME = "Nieuw", "Came";
    MOVE_ROSE = "Gestegen", "Rose";
    MOVE_FELL = "Gedaald", "Fell";
    MOVE_WENT = "Weg", "Went";
    MOVE_SAME = "Gelijk", "Same";
    COMPARE_NEED_TWO = "Vergelijken kan vanaf twee sessies (n = nieuwe sessie)", "Comparing needs two sessions (n = new session)";
    FIELD_ABOUT = "Over (namen, a, b)", "About (names, a, b)";
    FIELD_AMBITION = "Ambitie", "Ambition";
    FIELD_COALITION_PRESENT = "Coalitie aanwezig", "Coalition present";
    FIELD_PRESENT = "Ook aanwezig (namen, a, b)", "Also present (names, a, b)";
    FIELD_DECISIONS = "Besluiten (a; b)", "Decisions (a; b)";
    FIELD_FOLLOW_UP = "Actie", "Follow-up";
    FIELD_OWNER = "Door wie", "Owner";
    FIELD_DUE = "Wanneer klaar", "Due";
    FORM_NOTE = "Notitie", "Note";
    FORM_CHECKIN = "Check-in", "Check-in";
    ENTRY_SAVED = "In het logboek", "In the log";
    FORM_ENTRY = "Logboekregel wijzigen", "Change log entry";
    ENTRY_CHANGED = "Logboekregel gewijzigd (u = ongedaan maken)", "Log entry changed (u = undo)";
    ENTRY_DELETED = "Uit het logboek (u = ongedaan maken)", "Removed from the log (u = undo)";
    FOLLOW_UP_DONE = "Actie bijgewerkt", "Follow-up updated";
    ACT_CHECKIN = "check-in", "check-in";
    ACT_FOLLOW_UPS = "acties", "follow-ups";
    ACT_DONE = "klaar", "done";
    OPEN_FOLLOW_UPS = "Open acties", "Open follow-ups";
    NO_OPEN_FOLLOW_UPS = "Geen open acties.", "No open follow-ups.";
    ALL_TOPICS = "Alle onderwerpen", "All topics";
    CANDIDATES_ONLY = "Alleen onderwerpen met minstens {n} x meedoen/meebepalen", "Only topics with at least {n} meedoen/meebepalen";
    TOPIC_DELETED = "Onderwerp verwijderd (u = ongedaan maken)", "Topic deleted (u = undo)";
    NO_AMBITION = "Nog geen ambitie: {key} maakt een onderwerp een ambitie", "No ambition yet: {key} makes a topic an ambition";
    FROM_TOPIC = "Uit het agendapunt", "From the topic";
    NO_LEADER_YET = "Nog geen coalitieleider: {key} kiest er een uit de coalitie", "No coalitieleider yet: {key} chooses one from the coalition";
    TOPIC_NOT_AMBITION = "Dit onderwerp is nog geen ambitie: {key} maakt er een van", "This topic is not an ambition yet: {key} makes it one";
    FIELD_GRENSWERKERS = "Grenswerkers (participant)", "Grenswerkers (boundary spanners)";
    CHECK_LEADER = "{title}: de agenda noemt {agenda} als coalitieleider, Rollen {roles}; kies er een met L in de Agenda", "{title}: the agenda names {agenda} as coalitieleider, Roles {roles}; choose one with L in the Agenda";
    FIELD_DESCRIPTION = "Omschrijving", "Description";
    FIELD_NEXT_STEP = "Volgende stap", "Next step";
    AMBITION_DELETED = "Ambitie verwijderd (u = ongedaan maken)", "Ambition deleted (u = undo)";
    EMPTY_COALITION = "De coalitie is nog leeg: {key} voegt iemand toe", "The coalition is empty: {key} adds someone";
    FIELD_MEMBER = "Wie", "Who";
    LEADER_FIELD = "Coalitieleider", "Coalitieleider";
    FIELD_TIME = "Tijd", "Time";
    FIELD_MONEY = "Geld", "Money";
    FIELD_KNOWLEDGE = "Kennis", "Knowledge";
    FIELD_RAISED_BY = "Ingebracht door (naam)", "Raised by (name)";
    PROMOTED = "Nu een ambitie, met een coalitie van {n} uit het rooster", "Now an ambition, with a coalition of {n} from the grid";
    FORM_TOPIC = "Onderwerp", "Topic";
    FORM_PROMOTE = "Onderwerp wordt ambitie", "Topic becomes an ambition";
    FORM_AMBITION = "Ambitie", "Ambition";
    FORM_MEMBER = "Uit de coalitie", "Out of the coalition";
    FORM_LEADER = "Coalitieleider kiezen", "Choose the coalitieleider";
    FORM_INVESTMENT = "Wat brengt een partner in", "What a partner invests";
    PICK_MEMBER = "Erbij in de coalitie…", "Into the coalition…";
    ACT_GRID = "rooster", "grid";
    ACT_LEVEL_CLEAR = "leeg", "clear";
    ACT_CANDIDATES = "kandidaten", "candidates";
    ACT_PROMOTE = "ambitie maken", "make an ambition";
    ACT_ADD_MEMBER = "lid erbij", "add member";
    ACT_REMOVE_MEMBER = "lid eruit", "remove member";
    ACT_LEADER = "coalitieleider", "coalitieleider";
    ACT_INVESTMENT = "inbreng", "investment";
    LEVEL_WETEN = "weten", "weten";
    LEVEL_MEEDENKEN = "meedenken", "meedenken";
    LEVEL_MEEDOEN = "meedoen", "meedoen";
    LEVEL_MEEBEPALEN = "meebepalen", "meebepalen";
    GRID_TITLE = "Betrokkenheid: onderwerpen x actoren", "Engagement: topics x actors";
    FIELD_NETWORK_NAME = "Naam van het netwerk", "Name of the network";
    FIELD_WHY = "Waarom", "Why";
    FIELD_SHOWS = "Waaraan zie je dat", "What shows it";
    FORM_WELCOME = "Het netwerk", "The network";
    ANSWER_KEPT = "Antwoord bewaard", "Answer kept";
    RECORDS_ADDED = "{n} toegevoegd; wat er al was, bleef staan", "{n} added; what was there stays";
    ACT_NEXT_SCREEN = "volgende", "next";
    ACT_PREV_SCREEN = "vorige", "previous";
    ACT_EDIT_ANSWER = "beantwoorden", "answer";
    ACT_ANSWER_NOTES = "toelichting", "comment";
    ANSWER = "Antwoord", "Answer";
    COMMENT = "Toelichting", "Comment";
    OPENS_PANE = "Enter opent het paneel {pane}, met dezelfde gegevens", "Enter opens the {pane} pane, on the same records";
    ACTORS_LIST_HINT = "Enter: typ er een per regel, met soort of hoedanigheid tussen haakjes als je wilt: Gemeente Utrecht (organisatie), Bram Peters (persoon, namens achterban); bestaande blijven staan", "Enter: type one per line, with kind or capacity in brackets if you like: Gemeente Utrecht (organisation), Bram Peters (person, on behalf of achterban); existing ones stay";
    LIST_HINT = "Enter: typ er een per regel; bestaande blijven staan", "Enter: type one per line; existing ones stay";
    NOTHING_YET = "(nog leeg)", "(empty so far)";
    NETWORK_LEADERS = "Netwerkleider", "Netwerkleider";
    COVERED = "Gedekt", "Covered";
    WITH_HALEN_BRENGEN = "{n} van {m} actoren met halen en brengen", "{n} of {m} actors with give and take";
    TOPICS_WITH_MEEDOEN = "{n} van {m} onderwerpen met iemand die wil meedoen of meebepalen", "{n} of {m} topics with someone who wants to meedoen or meebepalen";
    NEXT_STEPS = "Volgende stappen", "Next steps";
    NEXT_NONE = "Kies eerst de fase (scherm 3).", "Choose the phase first (screen 3).";
    NEXT_VERKENNEN = "Breng actoren samen, toets de gedeelde urgentie, leer elkaars passies en belangen kennen.", "Bring actors together, test the shared urgency, get to know each other's passions and interests.";
    NEXT_ONTWIKKELEN = "Voer halen-en-brengengesprekken, vorm de eerste coalities, spreek spelregels af, verdeel de leiderschapsrollen.", "Hold halen en brengen conversations, form the first coalitions, agree rules of play, divide the leadership roles.";
    NEXT_VITALISEREN = "Houd de interactie hoog, bouw voort op eerste resultaten, let op schijnsamenwerking.", "Keep interaction high, build on first results, watch for sham collaboration.";
    NEXT_BESTENDIGEN = "Maak het netwerk vanzelfsprekend met minder facilitering, of stop bewust, of vernieuw rond een nieuw thema.", "Make the network self-evident with less facilitation, or stop on purpose, or renew around a new theme.";
    ROUND_STARTED = "Ronde {n} begonnen; de vorige blijft bewaard", "Round {n} started; the previous one is kept";
    ACT_NEW_ROUND = "nieuwe ronde", "new round";
    ACT_COMPARE_ROUNDS = "vergelijk rondes", "compare rounds";
    PREVIOUS_ROUND = "Vorige ronde ({d})", "Previous round ({d})";
    NOW_ROUND = "Nu", "Now";
    UNCHANGED = "ongewijzigd", "unchanged";
    NO_PREVIOUS_ROUND = "Nog geen vorige ronde: {key} begint een nieuwe ronde en bewaart deze.", "No previous round yet: {key} starts a new round and keeps this one.";
    ASK_CHOOSE = "Kies een nummer of naam (Enter = houden):", "Choose a number or name (Enter = keep):";
    ASK_LIST = "Typ er een per regel; een lege regel gaat verder.", "Type one per line; an empty line moves on.";
    ASK_COMMENT = "Toelichting (Enter = overslaan):", "Comment (Enter = skip):";
    ASK_DONE = "Klaar. Alles is opgeslagen; `knoop` toont het, ook de samenvatting (scherm 17).", "Done. Everything is saved; `knoop` shows it, the summary too (screen 17).";
    FIELD_NAMES = "Namen (a, b)", "Names (a, b)";
    FORM_ASSIGN_ROLES = "Rollen: wie leidt", "Roles: who leads";
    FORM_ASSIGN_POSITIONS = "Posities", "Positions";
    FORM_HALEN_BRENGEN = "Halen en brengen", "Halen en brengen (give and take)";
    ASSIGN_HINT = "Enter: typ namen, gescheiden door komma's; het formulier toont wie ermee bedoeld is", "Enter: type names separated by commas; the form shows whom they match";
    HALEN_BRENGEN_HINT = "Enter: per actor wat hij brengt en haalt (a; b)", "Enter: per actor what they bring and get (a; b)";
    GAP_NEVER_REVIEWED = "{n} zonder herziendatum: nooit opnieuw bekeken", "{n} without a review date: never looked at again";
    NEWCOMER = "Nieuw hier? Druk {key}: de vragenlijst \"De basis van je netwerk\" helpt je op weg. Of bekijk eerst een voorbeeld: knoop demo voorbeeld.json", "New here? Press {key}: the questionnaire \"De basis van je netwerk\" gets you going. Or look at an example first: knoop demo example.json";
    ROLE_HISTORY = "Rollen door de tijd", "Roles over time";
    NOW = "nu", "now";
    NO_ROLES_YET = "Nog geen rollen. r = rol begint", "No roles yet. r = role starts";
    COL_LAST_CONTACT = "Gesproken", "Last met";
    NO_MATCHES = "Niets gevonden. Esc wist de zoekopdracht.", "Nothing found. Esc clears the search.";
    LOG_SEARCH_HINT = "woorden uit tekst, besluiten, acties of namen · Enter · Esc", "words from text, decisions, follow-ups or names · Enter · Esc";
    SEARCH_HINT = "woorden, pos:kern rol:netwerkleider tag:zorg soort:organisatie gewenst · Enter · Esc", "words, pos:kern rol:netwerkleider tag:zorg soort:organisatie gewenst · Enter · Esc";
    FIELD_TAGS_SHORT = "Labels", "Tags";
    FIELD_BRINGS_SHORT = "Brengt", "Brings";
    FIELD_GETS_SHORT = "Haalt", "Gets";
    NO_RELATIONS = "Nog geen relaties. r = relatie toevoegen", "No relations yet. r = add a relation";
    RELATIONS = "Relaties", "Relations";
    NO_POSITION = "zonder positie", "without a position";
    QUIT_SAVING = "Opslaan en afsluiten…", "Saving and quitting…";
    LOAD_UNREADABLE = "kan het bestand niet lezen: {e}", "cannot read the file: {e}";
    LOAD_HINT_PATH = "Controleer het pad en de rechten.", "Check the path and its permissions.";
    LOAD_NOT_UTF8 = "het bestand is geen geldige UTF-8", "the file is not valid UTF-8";
    LOAD_EMPTY = "het bestand is leeg", "the file is empty";
    LOAD_JSON = "ongeldige inhoud: {e}", "invalid content: {e}";
    LOAD_NOT_WORKSPACE = "geen knoop-werkbestand: format is {found}, verwacht {expected}", "not a knoop workspace: format is {found}, expected {expected}";
    LOAD_VERSION_ZERO = "versie 0 bestaat niet", "version 0 does not exist";
    LOAD_DUPLICATE_ID = "dubbel id {id}: twee records met hetzelfde id", "duplicate id {id}: two records share it";
    LOAD_FIELD = "veld", "field";
    LOAD_NOT_A_FILE = "geen gewoon bestand (een map, een FIFO of een apparaat)", "not a regular file (a folder, a FIFO or a device)";
    CONFIRM_RESTORE_DRAFT = "Toen knoop de vorige keer stopte, was je iets aan het typen dat nog niet was opgeslagen. Terugzetten waar je was?", "When knoop last stopped, you were typing something not saved yet. Put it back where you were?";
    DRAFT_KEPT = "wat je aan het typen was, staat in {draft}; knoop biedt het de volgende keer terug aan", "what you were typing is kept in {draft}; knoop offers it back next time";
    KEPT_IN = "je laatste wijzigingen staan niet in het bestand maar in {copy}", "your latest changes are not in the file but in {copy}";
    QUIT_NOT_SAVED = "{file} is niet opgeslagen ({e}); je wijzigingen staan in {copy}", "{file} was not saved ({e}); your changes are in {copy}";
    QUIT_LOST = "{file} is niet opgeslagen ({e}) en er kon nergens een kopie worden bewaard", "{file} was not saved ({e}) and no copy could be kept anywhere";
    RO_PROTECTED = "het bestand is schrijfbeveiligd (chmod u+w staat wijzigen toe)", "the file is write-protected (chmod u+w allows changes)";
    CLI_BAD_LINK = "{path} is een koppeling naar iets dat er niet is: {e}", "{path} is a link to something that is not there: {e}";
    LOAD_GIT_MARKERS = "git heeft het regel voor regel samengevoegd en er zijn conflictmarkeringen (<<<<<<<) in blijven staan", "git merged it line by line and left its conflict markers (<<<<<<<) in it";
    LOAD_HINT_GIT = "Er is niets veranderd. Laat knoop het samenvoegen, per actor en per veld: `knoop git setup` in de repository, dan `git checkout -m -- {file}` (of `git merge --abort` en opnieuw samenvoegen).", "Nothing was changed. Let knoop merge it, actor by actor and field by field: `knoop git setup` in the repository, then `git checkout -m -- {file}` (or `git merge --abort` and merge again).";
    MERGE_NOT_WORKSPACE = "{path}: een van de kanten is geen knoop-werkbestand ({e}); samengevoegd als tekst door git", "{path}: one of the sides is not a knoop workspace ({e}); left to git to merge as text";
    MERGE_EMPTY_SIDE = "{path}: een van de kanten is leeg; kies er een met git checkout --ours of --theirs", "{path}: one of the sides is empty; choose one with git checkout --ours or --theirs";
    MERGE_DROPPED = "{path}: {list} {id} verwees naar een actor die aan de andere kant is verwijderd en is weggelaten", "{path}: {list} {id} pointed at an actor deleted on the other side and was left out";
    MERGE_CONFLICTS = "{path}: samengevoegd; {fields} door beide kanten anders veranderd. Het bestand is geldig en houdt beide waarden bij; knoop check toont ze", "{path}: merged; {fields} changed differently on both sides. The file is valid and keeps both values; knoop check shows them";
    MERGE_FIELD = "veld", "field";
    MERGE_FIELDS = "velden", "fields";
    GIT_NO_REPO = "{path} staat niet in een git-repository (git init maakt er een)", "{path} is not in a git repository (git init makes one)";
    GIT_CANNOT_CONFIG = "git config {key} lukte niet", "git config {key} failed";
    GIT_SET = "git config --local {key} ingesteld", "set git config --local {key}";
    GIT_ATTRIBUTES = "\"{line}\" toegevoegd aan {path} (commit dat bestand, zodat de anderen het ook krijgen)", "added \"{line}\" to {path} (commit that file, so the others get it too)";
    GIT_ALREADY = "git is al ingesteld voor {path}: niets veranderd", "git is set up for {path} already: nothing changed";
    GIT_DONE = "git voegt het werkbestand nu per actor en per veld samen, en git diff toont het als leesbare tekst. Elke collega draait knoop git setup één keer in zijn eigen kopie.", "git now merges the workspace actor by actor and field by field, and git diff shows it as readable text. Every colleague runs knoop git setup once in their own clone.";
    CHECK_NEWER = "  geschreven door een nieuwere knoop (formaatversie {v}; deze kent {mine}): deze knoop kan het lezen, niet veranderen; werk knoop bij om het te veranderen", "  written by a newer knoop (format version {v}; this one knows {mine}): this knoop can read it, not change it; update knoop to change it";
    CHECK_CONFLICTS = "{fields} door twee kanten anders veranderd: kies per veld in knoop, of pas het bestand aan en haal de regel uit conflicts", "{fields} changed differently on two sides: choose field by field in knoop, or edit the file and take the entry out of conflicts";
    CONFLICT_LINE = "{list} {record}: {field}: hier {ours}, daar {theirs}", "{list} {record}: {field}: here {ours}, there {theirs}";
    CONFLICT_GONE = "(verwijderd)", "(deleted)";
    CONFLICT_RECORD = "het hele record", "the whole record";
    CONFLICTS_NONE = "Er zijn geen conflicten: alles is samengevoegd", "There are no conflicts: everything merged";
    CONFLICTS_DONE = "Alle conflicten gekozen; {key} maakt een keuze ongedaan", "Every conflict chosen; {key} undoes a choice";
    CONFLICT_CHOSEN = "Gekozen; nog {n} open ({key} maakt ongedaan)", "Chosen; {n} still open ({key} undoes it)";
    CONFLICT_UNFIT = "Die waarde past niet meer in het veld; kies de andere of pas het veld zelf aan", "That value no longer fits the field; choose the other or change the field yourself";
    CONFLICT_IN_ACTOR = "actor", "actor";
    CONFLICT_IN_RELATION = "relatie", "relation";
    CONFLICT_IN_TOPIC = "onderwerp", "topic";
    CONFLICT_IN_AMBITION = "ambitie", "ambition";
    CONFLICT_IN_LOG = "logboek", "log";
    CONFLICT_HERE = "hier (h)", "here (h)";
    CONFLICT_THERE = "daar (t)", "there (t)";
    CONFLICTS_TITLE = "Conflicten uit een merge: kies per veld", "Conflicts of a merge: choose field by field";
    ACT_CONFLICTS = "conflicten", "conflicts";
    ACT_KEEP_OURS = "hier houden", "keep here";
    ACT_TAKE_THEIRS = "daar nemen", "take there";
    ACT_EDIT_CONFLICT = "zelf aanpassen", "edit by hand";
    CONFLICT_EDIT_THERE = "Hier gehouden; pas het aan in zijn eigen paneel", "Kept here; change it in its own pane";
    TODO_CONFLICTS = "Conflicten uit een merge: {fields} ({key} om te kiezen)", "Conflicts of a merge: {fields} ({key} to choose)";
    SNAPSHOT_TAKEN = "momentopname {name} bewaard; {msg}", "snapshot {name} kept; {msg}";
    DIFF_WHICH = "meer momentopnames passen bij {name}: {names}; noem er één bij naam", "more snapshots fit {name}: {names}; name one whole";
    DIFF_UNKNOWN = "geen momentopname en geen bestand {name}; er zijn: {names}", "no snapshot and no file {name}; there are: {names}";
    DIFF_NO_SNAPSHOTS = "er is nog geen momentopname: knoop snapshot NAAM neemt er een (de TUI ook bij elke nieuwe fase)", "there is no snapshot yet: knoop snapshot NAME takes one (the TUI too, at every new phase)";
    TIMELINE_EMPTY = "Nog geen momentopnames. {key} neemt er een; bij elke nieuwe fase neemt knoop er zelf een.", "No snapshots yet. {key} takes one; at every new phase knoop takes one itself.";
    TIMELINE_TITLE = "Tijdlijn: momentopnames en wat er sindsdien veranderde", "Timeline: snapshots and what changed since";
    FIELD_SNAPSHOT = "Wat markeert het", "What it marks";
    FORM_SNAPSHOT = "Momentopname van het netwerk", "Snapshot of the network";
    SNAPSHOT_KEPT = "Momentopname {name} bewaard", "Snapshot {name} kept";
    SNAPSHOT_PHASE = "einde fase {phase}", "end of phase {phase}";
    ACT_TIMELINE = "tijdlijn", "timeline";
    ACT_SNAPSHOT = "momentopname", "snapshot";
    ACT_OLDER = "oudere", "older";
    ACT_NEWER = "nieuwere", "newer";
    WELCOME_HEAD = "Welkom bij knoop", "Welcome to knoop";
    WELCOME_FILE = "Je werkbestand: {path}", "Your workspace file: {path}";
    WELCOME_BASIS = "· {key}: de vragenlijst \"De basis van je netwerk\" vult het stap voor stap", "· {key}: the questionnaire \"De basis van je netwerk\" fills it step by step";
    WELCOME_ACTORS = "· {pane} en dan {key}: de eerste actor toevoegen", "· {pane} then {key}: add the first actor";
    WELCOME_DEMO = "· een voorbeeld bekijken: knoop demo voorbeeld.json", "· look at an example: knoop demo voorbeeld.json";
    WELCOME_KEYS = "· {help} toont de toetsen, {palette} zoekt een opdracht", "· {help} shows the keys, {palette} finds a command";
    IDENTITY_LEGEND = "* kern   + belangrijk   - minder belangrijk   ● een stip", "* core   + important   - less important   ● one dot";
    GAP_ONLY_TAKES = "Haalt alleen, brengt niets: {names}; wie alleen haalt, haakt af", "Only takes (halen), brings nothing: {names}; who only takes drops out";
    GAP_NO_GIVE_TAKE = "Halen en brengen nog leeg: {names}; wat brengen ze, wat halen ze?", "Give and take still empty: {names}; what do they bring, what do they get?";
    BALANCE_BOTH = "in balans: brengt {b}, haalt {g}", "in balance: brings {b}, gets {g}";
    BALANCE_TAKES = "haalt alleen ({g}): wie alleen haalt, haakt af", "only takes ({g}): who only takes drops out";
    BALANCE_BRINGS = "brengt alleen ({b}): wie alleen brengt, haakt ook af", "only brings ({b}): who only brings drops out too";
    BALANCE_NEITHER = "nog niets ingevuld", "nothing written down yet";
    COUNT_BALANCE = "Halen en brengen: {both} in balans, {takes} alleen halen, {brings} alleen brengen, {neither} nog leeg", "Give and take: {both} in balance, {takes} only take, {brings} only bring, {neither} still empty";
    LINKS_CARD = "Sluit aan bij de kaart", "Matches the card";
    CHECK_ACTORS = "actoren bij elkaar gebracht (minstens drie)", "actors brought together (at least three)";
    CHECK_URGENCY = "de gedeelde urgentie in woorden: de opgave", "the shared urgency in words: the issue";
    CHECK_IDENTITY = "identiteitskaart: woorden onder passie, positie en opgave", "identity card: words under passie, positie and opgave";
    CHECK_INTERESTS = "passies en belangen van de helft of meer bekend", "passions and interests known for half or more";
    CHECK_HALEN_BRENGEN = "halen en brengen: de helft of meer in balans", "halen en brengen: half or more in balance";
    CHECK_AGENDA = "een agenda met betrokkenheid per onderwerp", "an agenda with engagement per topic";
    CHECK_COALITIONS = "een eerste ambitie met een coalitie", "a first ambition with a coalition";
    CHECK_LEADERS = "elke ambitie een coalitieleider", "every ambition a coalitieleider";
    CHECK_RULES = "spelregels afgesproken", "spelregels agreed";
    CHECK_LEADERSHIP = "leiderschap verdeeld: alle vier de oriëntaties", "leadership divided: all four orientations";
    CHECK_REVIEW_RULES = "spelregels dit jaar opnieuw bekeken", "spelregels looked at again this year";
    CHECK_ENERGY = "energie: overleg in de laatste acht weken", "energy: a meeting in the last eight weeks";
    CHECK_SEVERAL_COALITIONS = "actoren die in meer coalities meedoen", "actors taking part in several coalitions";
    CHECK_NEW_ACTORS = "nieuwe actoren gezocht (gewenst)", "new actors sought (wished for)";
    CHECK_RESULTS = "eerste resultaten: een ambitie afgerond", "first results: an ambition done";
    CHECK_FORM = "een vorm gekozen, zo licht als kan", "a form chosen, as light as can be";
    CHECK_MANDATE = "het mandaat van wie in de kern namens een ander zit", "the mandate of those in the kern on behalf of others";
    CHECK_DECISION = "besloten: bestendigen, stoppen of vernieuwen", "decided: bestendigen, stoppen or vernieuwen";
    CHECKLIST_HEADING = "Fase {phase}: wat de methode vraagt", "Phase {phase}: what the method asks";
    PHASES_SINCE = "Fases: {list}", "Phases: {list}";
    PHASE_SINCE = "{phase} sinds {date}", "{phase} since {date}";
    DECISION_LINE = "Besluit aan het eind van de cyclus ({date}): {choice}", "Decision at the end of the cycle ({date}): {choice}";
    DECISION_OPEN = "Aan het eind van de cyclus: bestendigen, stoppen of vernieuwen? Nog niet besloten.", "At the end of the cycle: bestendigen, stoppen or vernieuwen? Not decided yet.";
    DECISION_ASK = "Aan het eind van de cyclus: bestendigen, stoppen of vernieuwen? {key} legt het besluit vast", "At the end of the cycle: bestendigen, stoppen or vernieuwen? {key} records the decision";
    FORM_DECISION = "Bestendigen of stoppen", "Bestendigen of stoppen (consolidate or stop)";
    FIELD_CHOICE = "Besluit", "Decision";
    ACT_DECIDE = "bestendigen of stoppen", "consolidate or stop";
    DECISION_LOG = "Besluit aan het eind van de cyclus: {choice}", "Decision at the end of the cycle: {choice}";
    DECISION_SAVED = "Besluit vastgelegd, ook in het logboek", "Decision recorded, in the log too";
    HINT_OPGAVE_TOPICS = "Opgavegericht: kies onderwerpen die bijdragen aan de opgave; concrete resultaten tellen.", "Opgavegericht: choose topics that serve the task; concrete results count.";
    HINT_INTERACTIE_TOPICS = "Interactiegericht: onderwerpen om kennis te delen en elkaar te ontmoeten tellen hier volop mee.", "Interactiegericht: topics for sharing knowledge and meeting each other count fully here.";
    HINT_GEMENGD_TOPICS = "Gemengd: het brede netwerk ontmoet; een thema waar partijen aan willen werken kan een themacoalitie worden.", "Mixed: the broad network meets; a theme partners want to work on can become a themacoalitie.";
    HINT_OPGAVE_ENGAGEMENT = "Opgavegericht: wie meedoet of meebepaalt, draagt de coalitie en het resultaat.", "Opgavegericht: who joins in or co-decides carries the coalition and the result.";
    HINT_INTERACTIE_ENGAGEMENT = "Interactiegericht: weten en meedenken zijn hier al waardevol; niet elk onderwerp hoeft een coalitie.", "Interactiegericht: knowing and thinking along are valuable here; not every topic needs a coalition.";
    HINT_GEMENGD_ENGAGEMENT = "Gemengd: wie meebepaalt, kan een themacoalitie trekken binnen het brede netwerk.", "Mixed: who co-decides can lead a themacoalitie within the broad network.";
    HINT_OPGAVE_FORM = "Opgavegericht: een opgave met geld en afspraken vraagt soms een penvoerder of een rechtspersoon.", "Opgavegericht: a task with money and commitments sometimes needs a lead organisation or a legal entity.";
    HINT_INTERACTIE_FORM = "Interactiegericht: voor ontmoeting en kennisdeling volstaat meestal een lichte, informele vorm.", "Interactiegericht: for meeting and sharing knowledge a light, informal form is usually enough.";
    HINT_GEMENGD_FORM = "Gemengd: het brede netwerk licht, de themacoalities zo zwaar als hun opgave vraagt.", "Mixed: the broad network light, the themacoalities as heavy as their task needs.";
    ASK_ASSIGN = "Typ regels als naam: waarde, zoals het antwoord hierboven; een lege regel gaat verder.", "Type lines as name: value, like the answer above; an empty line moves on.";
    ASK_EXAMPLE_ROLES = "zoals: Bram Peters: netwerkleider, grenswerker, coalitieleider (Gezonde school) — of - voor geen", "like: Bram Peters: netwerkleider, grenswerker, coalitieleider (Gezonde school) — or - for none";
    ASK_EXAMPLE_POSITIONS = "zoals: Bram Peters: ring (kern, ring, vrije ruimte, of - voor geen)", "like: Bram Peters: ring (kern, ring, vrije ruimte, or - for none)";
    ASK_EXAMPLE_ENGAGEMENT = "zoals: Gezonde school · Bram Peters: meedoen (weten, meedenken, meedoen, meebepalen, of -)", "like: Gezonde school · Bram Peters: meedoen (weten, meedenken, meedoen, meebepalen, or -)";
    ASK_EXAMPLE_HALEN_BRENGEN = "zoals: Bram Peters: brengt tijd; kennis · haalt netwerk", "like: Bram Peters: brings time; knowledge · gets network";
    ASK_EXAMPLE_LEADERSHIP = "zoals: strateeg: Bram Peters, Anna de Wit (strateeg, ontwikkelaar, verkenner, procesmanager)", "like: strateeg: Bram Peters, Anna de Wit (strateeg, ontwikkelaar, verkenner, procesmanager)";
    ASK_VALUE_UNKNOWN = "{value} ken ik niet; mogelijk: {names}, of -. Typ de regel opnieuw", "I do not know {value}; possible: {names}, or -. Type the line again";
    ASK_NEED_COLON = "Een regel is naam: waarde (met een dubbele punt). Typ de regel opnieuw", "A line is name: value (with a colon). Type the line again";
    ASK_NO_SUCH = "{what} vind ik niet. Typ de regel opnieuw", "I cannot find {what}. Type the line again";
    ASK_WHICH_COALITION = "Welke coalitie? Schrijf coalitieleider (titel van de ambitie). Typ de regel opnieuw", "Which coalition? Write coalitieleider (title of the ambition). Type the line again";
    ASK_BRINGS_GETS = "Schrijf brengt … en/of haalt …, gescheiden door ·. Typ de regel opnieuw", "Write brings … and/or gets …, separated by ·. Type the line again";
    GAP_ONLY_BRINGS = "Brengt alleen, haalt niets: {names}; wie alleen brengt, haakt ook af", "Only brings (brengen), gets nothing: {names}; who only brings drops out too";
    ASK_NOT_YET = "Nog niet beantwoord", "Not answered yet";
    SUMMARY_TITLE = "Samenvatting", "Summary";
    ASK_AGAIN = "{answer} ken ik niet; kies een nummer of een naam: {names} (Enter houdt wat er staat)", "I do not know {answer}; choose a number or a name: {names} (Enter keeps what is there)";
    MEMBER_ALREADY = "{name} zit al in de coalitie van {title}", "{name} is in the coalition of {title} already";
    MEMBER_ADDED = "{name} zit nu in de coalitie van {title}", "{name} is now in the coalition of {title}";
    TOPIC_PROMOTED_ALREADY = "Van dit onderwerp is al een ambitie gemaakt: {title} (hier geopend)", "This topic is an ambition already: {title} (opened here)";
    EXPORT_FAILED = "{path} kon niet worden geschreven: {e}. Er is verder niets veranderd", "{path} could not be written: {e}. Nothing else changed";
    CONFIG_NONE = "{path} bestaat (nog) niet: knoop gebruikt zijn standaarden. knoop config --default > {path} maakt er een", "{path} does not exist (yet): knoop uses its defaults. knoop config --default > {path} makes one";
    CONFIG_KEY_ACTION = "{at}: [keys] {name}: geen actie met die naam (de namen: zie knoop config --default)", "{at}: [keys] {name}: no action of that name (the names: see knoop config --default)";
    CONFIG_KEY_BAD = "{at}: [keys] {name} = \"{key}\": die toets kent knoop niet (zoals: n, ctrl-n, alt-x, F2, enter, esc, space, tab)", "{at}: [keys] {name} = \"{key}\": knoop does not know that key (like: n, ctrl-n, alt-x, F2, enter, esc, space, tab)";
    CONFIG_KEY_CLASH = "{at}: [keys]: {name} en {other} krijgen dezelfde toets waar ze allebei gelden; kies een andere", "{at}: [keys]: {name} and {other} get the same key where both apply; choose another";
    CONFIG_BROKEN = "{at}: het instellingenbestand klopt niet: {what}. Herstel het, of haal het weg (knoop config --default toont een goed bestand)", "{at}: the settings file is not right: {what}. Fix it, or remove it (knoop config --default shows a good one)";
    CONFIG_BAD_VALUE = "{at}: {key} = \"{value}\" bestaat niet; mogelijk: {valid}", "{at}: {key} = \"{value}\" does not exist; possible: {valid}";
    ACT_PALETTE = "opdrachten", "commands";
    PALETTE_TITLE = "Opdrachten: typ wat je zoekt, of :export md, :import BESTAND, :goto NAAM, :lang en, :snapshot NAAM", "Commands: type what you look for, or :export md, :import FILE, :goto NAME, :lang en, :snapshot NAME";
    PALETTE_NOTHING = "Geen opdracht past bij {typed}", "No command fits {typed}";
    PALETTE_LANG = "Nederlands", "English";
    PALETTE_LANG_WHICH = "Welke taal? :lang nl of :lang en (niet {typed})", "Which language? :lang nl or :lang en (not {typed})";
    PALETTE_NO_ACTOR = "Geen actor past bij {typed}", "No actor fits {typed}";
    PALETTE_EXPORT_WHICH = "Wat exporteren? :export md of :export html (niet {typed}); de andere formaten met knoop export", "Export what? :export md or :export html (not {typed}); the other formats with knoop export";
    PALETTE_EXPORTED = "Rapport geschreven naar {path}", "Report written to {path}";
    DIFF_NONE = "geen", "none";
    DIFF_NOTHING = "Niets veranderd.", "Nothing changed.";
    DIFF_PHASE = "Fase", "Phase";
    DIFF_ADDED = "Nieuwe actoren", "New actors";
    DIFF_REMOVED = "Vertrokken actoren", "Actors gone";
    DIFF_MOVES = "Verschoven tussen kern, ring en vrije ruimte", "Moved between kern, ring and vrije ruimte";
    DIFF_ROLES = "Rollen opgepakt (+) en neergelegd (−)", "Roles taken up (+) and laid down (−)";
    DIFF_MADE = "Relaties gelegd", "Relations made";
    DIFF_BROKEN = "Relaties verbroken", "Relations broken";
    DIFF_WORDS_ADDED = "Nieuw op de identiteitskaart", "New on the identity card";
    DIFF_WORDS_REMOVED = "Van de identiteitskaart af", "Off the identity card";
    DIFF_DOTS = "Stippen", "Dots";
    DIFF_ENGAGEMENT = "Betrokkenheid op de agenda", "Engagement on the agenda";
    DIFF_AMBITIONS = "Ambities gestart", "Ambitions started";
    DIFF_COALITIONS = "Coalities: erbij (+) en eruit (−)", "Coalitions: joined (+) and left (−)";
    DIFF_BRIDGES = "Grootste verschuivingen in betweenness (wie verbindt)", "Largest changes in betweenness (who connects)";
    DIFF_TITLE = "Wat er veranderde van {a} tot {b}", "What changed from {a} to {b}";
    DIFF_NOW = "nu", "now";
    LOAD_HINT_FIX = "Het bestand is niet veranderd. Herstel het in een editor, of zet {file}.bak terug; `knoop check {file}` controleert het opnieuw.", "The file was not changed. Fix it in an editor, or restore {file}.bak; `knoop check {file}` checks it again.";
    CLI_MISTYPED = "er is geen opdracht {quoted} en geen bestand met die naam. `knoop --help` toont de opdrachten; noem een nieuw werkbestand met een pad of extensie (./{word} of {word}.json)", "there is no command {quoted} and no file of that name. `knoop --help` lists the commands; to start a new workspace file, name it with a path or an extension (./{word} or {word}.json)";
    CLI_NEEDS_TERMINAL = "de TUI heeft een terminal nodig; gebruik in scripts `knoop list`, `knoop note` of `knoop --help`", "the TUI needs a terminal; for scripts use `knoop list`, `knoop note` or `knoop --help`";
    CLI_NO_HOME = "geen thuismap: noem een werkbestand met -w BESTAND", "no home directory: name a workspace file with -w FILE";
    CLI_NOT_EXIST = "{path} bestaat niet; `knoop` maakt het aan, `knoop demo BESTAND` schrijft een voorbeeld", "{path} does not exist; run `knoop` to create it, or `knoop demo FILE` for an example";
    CLI_CANNOT_CREATE = "kan {path} niet aanmaken: {e}", "cannot create {path}: {e}";
    CLI_DANGLING = "{path}: {n} naar actoren die niet bestaan, bijvoorbeeld {id}", "{path}: {n} to actors that do not exist, e.g. {id}";
    CLI_CHECK_OK = "{path}: in orde (formaatversie {v}, {a} actoren, {r} relaties, {t} onderwerpen, {l} logboekregels)", "{path}: ok (format version {v}, {a} actors, {r} relations, {t} topics, {l} log entries)";
    CLI_IN_COALITION = "{n} in de coalitie", "{n} in coalition";
    CLI_DEMO_EXISTS = "{path} bestaat al; knoop overschrijft het niet. Kies een andere naam, of voeg --force toe (het oude bestand gaat naar {bak}).", "{path} exists already; knoop does not overwrite it. Pick another name, or add --force (the old file goes to {bak}).";
    CLI_CANNOT_WRITE = "kan {path} niet schrijven: {e}", "cannot write {path}: {e}";
    CLI_DEMO_WRITTEN = "voorbeeldnetwerk geschreven naar {path}; open het met: knoop {path}", "wrote the demo network to {path}; open it with: knoop {path}";
    CLI_READ_ONLY = "--read-only: er is niets veranderd", "--read-only: nothing was changed";
    CLI_NEWER = "{path} is geschreven door een nieuwere knoop; werk knoop bij om het te veranderen", "{path} was written by a newer knoop; update knoop to change it";
    CLI_NOT_SAVED = "{path}: niet opgeslagen: {e}", "{path}: not saved: {e}";
    CLI_SAVED_IN = "opgeslagen in {path}", "saved in {path}";
    CLI_CREATED = "opgeslagen in {path}, een nieuw werkbestand (het bestond nog niet)", "saved in {path}, a new workspace file (it did not exist)";
    CLI_WAITS = "{who} houdt het bestand vast; de wijziging wacht in {journal} tot de volgende knoop die het opent", "{who} holds the file; the change waits in {journal} for the next knoop that opens it";
    CLI_HANDED = "doorgegeven aan de open knoop ({who}); die slaat het binnen een seconde op", "handed to the open knoop ({who}); it saves it within a second";
    CLI_CANNOT_LOCK = "kan het werkbestand niet vergrendelen: {e}", "cannot lock the workspace: {e}";
    CLI_NO_ACTOR = "geen actor met de naam {name}; {hint}", "no actor named {name}; {hint}";
    CLI_TAKEN_AS = "{name} gelezen als {actor}", "{name} taken as {actor}";
    CLI_ALL_NAMES = "`knoop list actors` toont alle namen", "`knoop list actors` shows all names";
    CLI_DID_YOU_MEAN = "bedoel je: {names}?", "did you mean: {names}?";
    CLI_AMBIGUOUS = "{n} actoren heten {name} (ids {ids}); hernoem er eerst een", "{n} actors are named {name} (ids {ids}); rename one first";
    CLI_NOTE_EMPTY = "de notitie is leeg", "the note is empty";
    CLI_NO_AMBITION = "geen ambitie met de titel {title}; er zijn: {all}", "no ambition titled {title}; there are: {all}";
    CLI_BAD_DUE = "--due: {e}", "--due: {e}";
    CLI_NAME_NEEDED = "een actor heeft een naam nodig", "an actor needs a name";
    CLI_NAME_EXISTS = "er is al een actor met de naam {name}", "an actor named {name} exists already";
    CLI_NOTE_DONE = "notitie {msg}", "note {msg}";
    CLI_CHECKIN_DONE = "check-in {msg}", "check-in {msg}";
    CLI_ACTOR_DONE = "actor {name} {msg}", "actor {name} {msg}";
    CLI_RELATION_DONE = "relatie {msg}", "relation {msg}";
    CLI_BAD_VALUE = "ongeldige waarde '{value}' voor {arg}; mogelijk: {valid}", "invalid value '{value}' for {arg}; possible: {valid}";
    CLI_UNKNOWN_ARG = "onbekend argument {arg}", "unknown argument {arg}";
    CLI_MISSING_ARG = "er ontbreekt iets: {arg}", "something is missing: {arg}";
    CLI_SEE_HELP = "`knoop --help` toont wat kan.", "`knoop --help` shows what is possible.";
    CLI_ASK_OPEN = "{path} is open in {who}; beantwoord de vragen daar in het paneel Basis (toets {key}), of sluit die eerst", "{path} is open in {who}; answer in its Basis pane (key {key}), or close it first";
    FIELD_IMPORT_FILE = "Bestand", "File";
    IMPORT_WHICH_FILE = "Welk bestand? Typ het pad, bijvoorbeeld ~/Downloads/actoren.csv", "Which file? Type its path, e.g. ~/Downloads/actors.csv";
    IMPORT_NO_FILE = "Dat bestand is er niet (of het is een map)", "That file is not there (or it is a folder)";
    IMPORT_READING = "{file} lezen…", "reading {file}…";
    IMPORT_TAKEN = "Geïmporteerd: {a}, {r} (u: ongedaan)", "Imported: {a}, {r} (u: undo)";
    IMPORT_ACTOR = "actor", "actor";
    IMPORT_ACTORS = "actoren", "actors";
    IMPORT_RELATION = "relatie", "relation";
    IMPORT_RELATIONS = "relaties", "relations";
    IMPORT_CANNOT = "Importeren lukt niet", "Cannot import";
    IMPORT_TITLE = "Importeren uit {file}", "Import from {file}";
    ACT_IMPORT = "importeren", "import";
    FORM_IMPORT = "Importeren uit csv, Kumu-json, GraphML of GEXF", "Import from csv, Kumu json, GraphML or GEXF";
    ACT_TAKE_IMPORT = "importeren", "import";
    IMPORT_ACTOR_NEW = "nieuwe actor", "new actor";
    IMPORT_ACTORS_NEW = "nieuwe actoren", "new actors";
    IMPORT_MATCHED = "herkend", "recognised";
    IMPORT_RELATION_NEW = "nieuwe relatie", "new relation";
    IMPORT_RELATIONS_NEW = "nieuwe relaties", "new relations";
    IMPORT_KNOWN = "al aanwezig", "already there";
    IMPORT_ROW_REFUSED = "rij geweigerd", "row refused";
    IMPORT_ROWS_REFUSED = "rijen geweigerd", "rows refused";
    IMPORT_HEAD_NEW = "Nieuwe actoren", "New actors";
    IMPORT_HEAD_MATCHED = "Herkend (blijven zoals ze zijn)", "Recognised (kept as they are)";
    IMPORT_HEAD_RELATIONS = "Nieuwe relaties", "New relations";
    IMPORT_HEAD_REFUSED = "Geweigerd (gaat niet mee)", "Refused (left out)";
    IMPORT_SIMILAR = "lijkt op {name}: is dat dezelfde? Pas dan de naam in het bestand aan", "looks like {name}: the same one? Then correct the name in the file";
    IMPORT_BY_NAME = "op naam", "by name";
    IMPORT_BY_ID = "op id", "by id";
    IMPORT_DIFFERS = "het bestand zegt anders over: {fields}", "the file says otherwise about: {fields}";
    IMPORT_WHY_NO_NAME = "geen naam", "no name";
    IMPORT_WHY_NO_ENDS = "een relatie heeft een van- en een naar-kant nodig", "a relation needs a from and a to";
    IMPORT_WHY_TWICE = "dezelfde actor als {at}", "the same actor as {at}";
    IMPORT_WHY_UNKNOWN_END = "{name} staat niet in het bestand en niet in het werkbestand", "{name} is neither in the file nor in the workspace";
    IMPORT_WHY_AMBIGUOUS = "meer dan één actor heet {name}; zet de knoop-id in het bestand", "more than one actor is named {name}; put the knoop id in the file";
    IMPORT_WHY_SELF = "een relatie van een actor met zichzelf", "a relation from an actor to itself";
    IMPORT_WHY_FORGOTTEN = "gewist met knoop forget; komt niet terug", "erased with knoop forget; does not come back";
    IMPORT_NOTHING = "Er verandert niets: wat in het bestand staat, staat al in het werkbestand.", "Nothing changes: what the file holds is in the workspace already.";
    IMPORT_DRY = "--dry-run: er is niets veranderd", "--dry-run: nothing was changed";
    IMPORT_DONE = "geïmporteerd ({what}); {msg}", "imported ({what}); {msg}";
    IMPORT_BAD = "{at}: kan dit niet lezen als {format}: {what}. Er is niets veranderd; herstel het bestand, of noem het formaat (--format, of de extensie .csv, .json, .graphml, .gexf).", "{at}: cannot read this as {format}: {what}. Nothing was changed; fix the file, or name its format (--format, or the extension .csv, .json, .graphml, .gexf).";
    IMPORT_BAD_HEADER = "de kopregel is onbekend (verwacht: Label of Name voor actoren, From en To of Source en Target voor relaties; gevonden: {found})", "the header is not known (expected: Label or Name for actors, From and To or Source and Target for relations; found: {found})";
    IMPORT_BAD_UTF8 = "het is geen UTF-8 (sla het op als \"CSV UTF-8\")", "it is not UTF-8 (save it as \"CSV UTF-8\")";
    IMPORT_BAD_BLUEPRINT = "geen Kumu-blueprint: er is geen lijst \"elements\" of \"connections\"", "not a Kumu blueprint: there is no \"elements\" or \"connections\" list";
    IMPORT_BAD_XML = "er is geen <{what}>-element", "there is no <{what}> element";
    IMPORT_SAME_BY_ID = "… en {n} op id herkend, zonder verschil", "… and {n} recognised by id, the same as here";
    IMPORT_MORE = "… en nog {n} (--all toont alles)", "… and {n} more (--all shows all)";
    IMPORT_CANNOT_READ = "kan {path} niet lezen: {e}", "cannot read {path}: {e}";
}

/// `n` and the word that goes with it: `one` for 1, `many` otherwise.
pub fn count(lang: Lang, n: usize, one: L, many: L) -> String {
    format!("{n} {}", lang.pick(if n == 1 { one } else { many }))
}

/// Fills `{name}` placeholders.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for (name, l) in ALL {
            assert!(!l.nl.trim().is_empty(), "{name} has no Dutch text");
            assert!(!l.en.trim().is_empty(), "{name} has no English text");
            let holes = |s: &str| s.matches('{').count();
            assert_eq!(holes(l.nl), holes(l.en), "{name}: placeholders differ");
        }
    }

    #[test]
    fn language_comes_from_flag_then_locale() {
        assert_eq!(Lang::parse("nl_NL.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::parse("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("C"), None);
        assert_eq!(Lang::detect(Some(Lang::En)), Lang::En);
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(
            Lang::from_locale(s("en_GB.UTF-8"), s("nl_NL"), s("nl_NL")),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::from_locale(None, s("en_US.UTF-8"), s("nl_NL")),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_locale(None, None, s("en_US")), Some(Lang::En));
        assert_eq!(
            Lang::from_locale(s("C"), None, s("en_US")),
            None,
            "LC_ALL decides"
        );
        assert_eq!(fill("{n} x {n}", &[("n", "2")]), "2 x 2");
    }
}
