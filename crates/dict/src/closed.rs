//! Closed-class words: determiners, pronouns, auxiliaries, prepositions,
//! modal and negation words and the few adverbs and verbs that clause
//! analysis reads, from one data file (`lexicon/closed-class.tsv`) instead
//! of lists scattered through the code.

use crate::tsv::rows;
use crate::DictError;

/// A class of closed-class words (a row name of `lexicon/closed-class.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// Determiners and quantifiers that may open a noun phrase.
    Determiner,
    /// Personal pronouns that can stand for an actor.
    Pronoun,
    /// Possessive pronouns that can stand for an actor's country ("his country").
    Possessive,
    /// Articles and possessives: what surely opens a noun phrase.
    Article,
    /// Auxiliaries and modals of a verb group.
    Auxiliary,
    /// Forms of "be" (and "get") that make a passive.
    Be,
    /// Negation words within a verb group.
    Negation,
    /// Words that put an event in the future.
    Future,
    /// Words that make an event hypothetical.
    Hypothetical,
    /// Modals of possibility ("might", "could"): somebody's speculation
    /// about an act, not its actor's announcement.
    Speculative,
    /// Words that open a relative clause.
    Relative,
    /// Words that open a new clause.
    Subordinator,
    /// Prepositions, after which a noun phrase is no subject.
    Preposition,
    /// Generic nouns that head a phrase after a role ("opposition groups").
    GroupNoun,
    /// Function words: never a head noun after a role, never an acronym in
    /// lower-case text (WordNet lists "in" as indium).
    Function,
    /// Adverbs that stand inside a verb group ("has also agreed").
    VerbGroupAdverb,
    /// Adverbs that make a verb group a standing relation ("has long backed").
    StandingRelationAdverb,
    /// Verbs whose complement is wanted or feared, not done ("urged X to",
    /// "fear an attack").
    WantingVerb,
    /// Verbs whose infinitive complement did happen ("managed to", "began
    /// to", "was forced to"), by lemma.
    RealisingVerb,
    /// Verbs whose object did not happen ("avoid an assault", "prevent
    /// attacks"), by lemma.
    PreventingVerb,
    /// Nouns and adjectives right before an infinitive that is not done
    /// ("the ability to murder", "willing to put pressure").
    UnrealisedHead,
    /// Adjectives that make an event noun not (yet) real ("a planned
    /// offensive", "a threatened attack").
    UnrealisedModifier,
    /// Adverbials of time and manner that may stand inside a pattern's
    /// wording without changing it ("called Thursday on", "urged again to").
    PatternAdverbial,
    /// Weapons and blasts that stand for an attack whose perpetrator the
    /// report does not name ("a roadside bomb killed", "killed by an IED").
    AttackMeans,
    /// Verbs (by lemma) whose subject does the act their event-noun object
    /// names ("carried out an attack", "held talks", "claimed the attack");
    /// any other verb's object is no act of its subject ("condemned the
    /// attack", "fled the fighting").
    LightVerb,
    /// Verbs (by lemma) of a standing position: in the simple present ("our
    /// government supports Turkey", "is supported by the US") they describe
    /// a relation, not an act.
    StativeVerb,
    /// Verbs (by lemma) and nouns that report what somebody said ("said it
    /// would", "an announcement that they would"): a "would" in their
    /// complement is the reported "will" of an announced intention.
    ReportingWord,
    /// Nouns of a span of time that, after "for" with a perfect, make an
    /// act a lasting relation ("has backed them for years").
    TimeSpan,
    /// Nouns of deciding and forms of ordering: a retreat after them ("the
    /// decision to withdraw", "ordered troops to leave") is decided, not
    /// yet done.
    DecisionWord,
    /// Head words of a party's name ("National Democratic Party of
    /// Germany", "Southern Alliance for Democracy"): PLOVER PTY.
    NamedPartyHead,
    /// Head words of a non-state armed group's name ("Revolutionary Front
    /// for the Liberation of Guadeloupe", "Popular Liberation Army"): REB.
    NamedArmedHead,
    /// Head words of a trade union's name: LAB.
    NamedUnionHead,
    /// Head words of a religious body's name ("Evangelical Church"): REL.
    NamedReligiousHead,
    /// Head words of a civil-society body's name ("Aruban Rights
    /// Network"): SOC.
    NamedCivilHead,
    /// Head words of a legislature's name: LEG.
    NamedLegislatureHead,
    /// Head words of a court's name: JUD.
    NamedCourtHead,
    /// Head words of a state body's name ("Immigration Department",
    /// "Anti-Corruption Commission", "Pardons Board"): government.
    NamedGovernmentHead,
    /// Sources of an accidental explosion or fire ("a gas cylinder
    /// explosion", "a boiler blast"): no attack's means.
    AccidentSource,
    /// Verbs of accidents ("a train derailed, injuring 23", "a bus
    /// overturned, killing 12"): the harm that follows is no attack, by lemma.
    AccidentVerb,
    /// Words that make a named movement, alliance or union an armed group
    /// ("Islamic Movement of Uzbekistan", "Sudan Liberation Movement").
    RebelMarker,
    /// Nouns of events, decisions and documents that, as the subject of
    /// "threaten", endanger rather than threaten ("a Turkish offensive
    /// threatens Manbij", "the decision threatens the ceasefire").
    EndangeringThing,
    /// Words after which "of" or "with" names what somebody is accused of
    /// ("accused of torturing", "suspected of planning", "charged with
    /// murder"): the content of an accusation, not an act reported.
    AccusationWord,
    /// Verbs of stopping an activity: a promise "to stop fighting", "to
    /// halt settlement building" is a declared cessation (CONCEDE).
    CessationVerb,
    /// Verbs of holding back from an act, alone or with the particle they
    /// need, written `verb:particle` ("refrain", "rule:out", "stop:short"):
    /// the act in the "-ing" form after them is not done ("refrained from
    /// attacking", "ruled out sending troops", "stopped short of imposing
    /// sanctions").
    AbstentionVerb,
    /// Words that make a named "department", "board" or "agency" no state
    /// body ("the Kabul News Agency", "the Gender Studies Department", a
    /// tourism board).
    NonStateBodyWord,
    /// Nouns of what is proposed or considered ("suggestions", "options"):
    /// an act named as their example ("such suggestions as assassinating
    /// Assad") is not done.
    ProposalNoun,
    /// Verbs (by lemma) of weighing a course: a gerund after them ("hinted
    /// at relaxing the ban", "considering imposing sanctions") is not done.
    ConsideringVerb,
    /// Verbs (by lemma) of a change in amount: an event noun as their
    /// subject ("attacks have increased") is a trend, not an event.
    TrendVerb,
    /// Adjectives of regions, not states ("European forces", "Arab states"):
    /// PLOVER's vague regional constructs, of no country.
    RegionAdjective,
    /// Adjectives and modifiers that make a role others in a country, of
    /// no country the report names ("foreign diplomats in Moscow",
    /// "international observers", "coalition jets", "allied forces").
    OutsiderAdjective,
    /// Nouns before "of" that make the event after them not (yet) real:
    /// "the threat of attack", "the prospect of a cross-border attack",
    /// "the goal of training 40,000 fighters" (not "target": "the target of
    /// the assault" was attacked).
    ProspectNoun,
    /// Predicates that make an event noun their subject names not (yet)
    /// real: "clashes are now a distinct possibility", "an assault is
    /// imminent", "a Turkish offensive looms".
    ProspectPredicate,
    /// Nouns of a scheme that an event noun before them names the aim of
    /// ("sabotage plots", "a bomb plot", "attack plans"): a plan, no act.
    PlotNoun,
    /// Head nouns that name one person by office ("the Kenyan president",
    /// "Turkey's foreign minister", "a police spokesman"), not a body
    /// ("the Justice Department"): the next sentence's "he" or "she".
    PersonTitle,
    /// Words of sport ("striker", "marathon", "semi-final"): a sentence with
    /// two of them, or one and a scoreline, reports a game, whose
    /// "attacks", "crushed" and "stormed" are no violence.
    SportWord,
    /// Nouns of a deliberate armed attack that a death or injury is told
    /// "in" ("killed in a Turkish airstrike", "died in an Israeli raid"):
    /// whoever the phrase names carried it out.
    AttackNoun,
    /// Verbs of dying, whose subject is a victim, not an actor ("five
    /// fighters died in an air raid").
    DyingVerb,
    /// Adjectives of exposure before "to" ("vulnerable to Turkish attack",
    /// "exposed to reprisals"): the event after them has not happened.
    ExposureAdjective,
    /// Nouns of a unit of time that "last", "this" or "next" make an
    /// adverbial ("said last week that").
    TimeUnit,
    /// Nouns of a habit or record before "of" ("a history of mounting
    /// assaults", "a pattern of abuse"): what follows is no one event.
    RecordNoun,
    /// Verbs of arguing for a course of action ("argue for standing by
    /// the SDF", "called for ending the blockade"): the act after "for" is
    /// advocated, not done.
    AdvocacyVerb,
    /// Words of a compass direction or part of a country before its name
    /// ("in south-west Turkey", "in northern Syria").
    CompassWord,
    /// Nouns of a relation to somebody ("Turkey's allies", "Assad's
    /// backers", "the Kurds' enemies"): a phrase that only modifies them is
    /// not who they are.
    RelationalNoun,
    /// Words that count a crowd ("thousands", "hundreds"): as the subject
    /// of a protest, its people.
    CrowdNumber,
    /// Past participles of holding a place ("territory occupied by Islamic
    /// State", "areas controlled by rebels"): their "by" names the holder.
    HoldingParticiple,
    /// Verbs of taking part whose "in" names what their subject does
    /// ("engaged in a shootout with", "were involved in a gun battle
    /// with", "participated in talks"): the event noun after them is the
    /// clause's act, not its background.
    ParticipationVerb,
    /// Ordinary lower-case words that a dictionary acronym spells ("car"
    /// for CAR, "inc" for INC): in text without capitals they are the
    /// word, never the acronym.
    AcronymLookalike,
    /// Abbreviations that after a number tell the time of day ("9 pm"), not
    /// a role ("PM").
    ClockAbbreviation,
    /// Adjectives of peoples, sects and causes that no state is named
    /// after: before a state's forces ("Kurdish forces", "Kurdish-led
    /// forces", "separatist troops") they make a non-state armed group.
    NonStateAdjective,
    /// Month names and their abbreviations, which with a day number or a
    /// year make a date ("on 9 May 2023", "in March 2024").
    Month,
    /// Nouns of a promise that, made with a light verb and followed by an
    /// infinitive, announce their act like "will" ("made a commitment to
    /// ease restrictions").
    PromiseNoun,
    /// Adjectives of readiness that after "be" and before an infinitive
    /// announce their act like "will" ("are ready to arrest").
    Readiness,
    /// Verbs of promising (lemmas): a promise of force or coercion ("vowed
    /// to keep fighting the militias") is a threat, not an undertaking to
    /// cooperate.
    PromiseVerb,
    /// Nouns of a text that says something ("issued a statement condemning
    /// the attack", "a resolution urging the army to"): an "-ing" verb right
    /// after them is a participle on them, whose speaker issued the text.
    TextNoun,
    /// Nouns of likelihood or fear before "that" ("a chance that Washington
    /// will impose", "Tehran fears that the US will attack"): what the
    /// clause says may happen has not.
    LikelihoodWord,
    /// Nouns and verb forms of proposing or demanding before "that" ("the
    /// proposal that the OPCW visit Douma", "insisted that he resign"): a
    /// base-form verb in the clause is what is asked for, not what was done.
    ProposingWord,
    /// Verbs (by lemma) of issuing a text ("issued a statement", "adopted a
    /// resolution", "sent a letter"): their subject speaks through it.
    IssuingVerb,
}

impl WordClass {
    /// Every class, in file order.
    pub const ALL: [WordClass; 77] = [
        WordClass::Determiner,
        WordClass::Pronoun,
        WordClass::Possessive,
        WordClass::Article,
        WordClass::Auxiliary,
        WordClass::Be,
        WordClass::Negation,
        WordClass::Future,
        WordClass::Hypothetical,
        WordClass::Speculative,
        WordClass::Relative,
        WordClass::Subordinator,
        WordClass::Preposition,
        WordClass::GroupNoun,
        WordClass::Function,
        WordClass::VerbGroupAdverb,
        WordClass::StandingRelationAdverb,
        WordClass::WantingVerb,
        WordClass::RealisingVerb,
        WordClass::PreventingVerb,
        WordClass::UnrealisedHead,
        WordClass::UnrealisedModifier,
        WordClass::PatternAdverbial,
        WordClass::AttackMeans,
        WordClass::LightVerb,
        WordClass::StativeVerb,
        WordClass::ReportingWord,
        WordClass::TimeSpan,
        WordClass::DecisionWord,
        WordClass::NamedPartyHead,
        WordClass::NamedArmedHead,
        WordClass::NamedUnionHead,
        WordClass::NamedReligiousHead,
        WordClass::NamedCivilHead,
        WordClass::NamedLegislatureHead,
        WordClass::NamedCourtHead,
        WordClass::NamedGovernmentHead,
        WordClass::AccidentSource,
        WordClass::AccidentVerb,
        WordClass::RebelMarker,
        WordClass::EndangeringThing,
        WordClass::AccusationWord,
        WordClass::CessationVerb,
        WordClass::AbstentionVerb,
        WordClass::NonStateBodyWord,
        WordClass::ProposalNoun,
        WordClass::ConsideringVerb,
        WordClass::TrendVerb,
        WordClass::RegionAdjective,
        WordClass::OutsiderAdjective,
        WordClass::ProspectNoun,
        WordClass::ProspectPredicate,
        WordClass::PlotNoun,
        WordClass::PersonTitle,
        WordClass::SportWord,
        WordClass::AttackNoun,
        WordClass::DyingVerb,
        WordClass::ExposureAdjective,
        WordClass::TimeUnit,
        WordClass::RecordNoun,
        WordClass::AdvocacyVerb,
        WordClass::CompassWord,
        WordClass::RelationalNoun,
        WordClass::CrowdNumber,
        WordClass::HoldingParticiple,
        WordClass::ParticipationVerb,
        WordClass::AcronymLookalike,
        WordClass::ClockAbbreviation,
        WordClass::NonStateAdjective,
        WordClass::Month,
        WordClass::PromiseNoun,
        WordClass::Readiness,
        WordClass::PromiseVerb,
        WordClass::TextNoun,
        WordClass::LikelihoodWord,
        WordClass::ProposingWord,
        WordClass::IssuingVerb,
    ];

    /// The class's name in the data file.
    pub fn name(self) -> &'static str {
        match self {
            WordClass::Determiner => "determiner",
            WordClass::Pronoun => "pronoun",
            WordClass::Possessive => "possessive",
            WordClass::Article => "article",
            WordClass::Auxiliary => "auxiliary",
            WordClass::Be => "be",
            WordClass::Negation => "negation",
            WordClass::Future => "future",
            WordClass::Hypothetical => "hypothetical",
            WordClass::Speculative => "speculative",
            WordClass::Relative => "relative",
            WordClass::Subordinator => "subordinator",
            WordClass::Preposition => "preposition",
            WordClass::GroupNoun => "group_noun",
            WordClass::Function => "function",
            WordClass::VerbGroupAdverb => "verb_group_adverb",
            WordClass::StandingRelationAdverb => "standing_relation_adverb",
            WordClass::WantingVerb => "wanting_verb",
            WordClass::RealisingVerb => "realising_verb",
            WordClass::PreventingVerb => "preventing_verb",
            WordClass::UnrealisedHead => "unrealised_head",
            WordClass::UnrealisedModifier => "unrealised_modifier",
            WordClass::PatternAdverbial => "pattern_adverbial",
            WordClass::AttackMeans => "attack_means",
            WordClass::LightVerb => "light_verb",
            WordClass::StativeVerb => "stative_verb",
            WordClass::ReportingWord => "reporting_word",
            WordClass::TimeSpan => "time_span",
            WordClass::DecisionWord => "decision_word",
            WordClass::NamedPartyHead => "named_party_head",
            WordClass::NamedArmedHead => "named_armed_head",
            WordClass::NamedUnionHead => "named_union_head",
            WordClass::NamedReligiousHead => "named_religious_head",
            WordClass::NamedCivilHead => "named_civil_head",
            WordClass::NamedLegislatureHead => "named_legislature_head",
            WordClass::NamedCourtHead => "named_court_head",
            WordClass::NamedGovernmentHead => "named_government_head",
            WordClass::AccidentSource => "accident_source",
            WordClass::AccidentVerb => "accident_verb",
            WordClass::RebelMarker => "rebel_marker",
            WordClass::EndangeringThing => "endangering_thing",
            WordClass::AccusationWord => "accusation_word",
            WordClass::CessationVerb => "cessation_verb",
            WordClass::AbstentionVerb => "abstention_verb",
            WordClass::NonStateBodyWord => "non_state_body_word",
            WordClass::ProposalNoun => "proposal_noun",
            WordClass::ConsideringVerb => "considering_verb",
            WordClass::TrendVerb => "trend_verb",
            WordClass::RegionAdjective => "region_adjective",
            WordClass::OutsiderAdjective => "outsider_adjective",
            WordClass::ProspectNoun => "prospect_noun",
            WordClass::ProspectPredicate => "prospect_predicate",
            WordClass::PlotNoun => "plot_noun",
            WordClass::PersonTitle => "person_title",
            WordClass::SportWord => "sport_word",
            WordClass::AttackNoun => "attack_noun",
            WordClass::DyingVerb => "dying_verb",
            WordClass::ExposureAdjective => "exposure_adjective",
            WordClass::TimeUnit => "time_unit",
            WordClass::RecordNoun => "record_noun",
            WordClass::AdvocacyVerb => "advocacy_verb",
            WordClass::CompassWord => "compass_word",
            WordClass::RelationalNoun => "relational_noun",
            WordClass::CrowdNumber => "crowd_number",
            WordClass::HoldingParticiple => "holding_participle",
            WordClass::ParticipationVerb => "participation_verb",
            WordClass::AcronymLookalike => "acronym_lookalike",
            WordClass::ClockAbbreviation => "clock_abbreviation",
            WordClass::NonStateAdjective => "non_state_adjective",
            WordClass::Month => "month",
            WordClass::PromiseNoun => "promise_noun",
            WordClass::Readiness => "readiness",
            WordClass::PromiseVerb => "promise_verb",
            WordClass::TextNoun => "text_noun",
            WordClass::LikelihoodWord => "likelihood_word",
            WordClass::ProposingWord => "proposing_word",
            WordClass::IssuingVerb => "issuing_verb",
        }
    }

    fn index(self) -> usize {
        WordClass::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }
}

/// The closed-class words, by class.
#[derive(Debug, Clone, Default)]
pub struct ClosedClasses {
    words: Vec<Vec<Box<str>>>,
}

impl ClosedClasses {
    /// Reads `lexicon/closed-class.tsv`: unknown class names and words that
    /// are not lower case are errors with file:line; every class must be
    /// present.
    pub fn parse(file: &str, text: &str) -> Result<ClosedClasses, DictError> {
        let mut words: Vec<Vec<Box<str>>> = vec![Vec::new(); WordClass::ALL.len()];
        let mut seen = [false; WordClass::ALL.len()];
        for row in rows(file, text, &["class", "words"])? {
            let name = row.get(0);
            let class = WordClass::ALL
                .iter()
                .find(|c| c.name() == name)
                .ok_or_else(|| DictError::at(file, row.line, format!("unknown word class {name:?}")))?;
            seen[class.index()] = true;
            for w in row.get(1).split(' ').filter(|w| !w.is_empty()) {
                if w.chars().any(char::is_uppercase) {
                    return Err(DictError::at(file, row.line, format!("{w:?} is not lower case")));
                }
                words[class.index()].push(w.into());
            }
        }
        if let Some(missing) = WordClass::ALL.iter().find(|c| !seen[c.index()]) {
            return Err(DictError::at(file, 0, format!("no row for word class {:?}", missing.name())));
        }
        Ok(ClosedClasses { words })
    }

    /// True when `word` (lower case) belongs to `class`.
    #[inline]
    pub fn is(&self, class: WordClass, word: &str) -> bool {
        self.words[class.index()].iter().any(|w| &**w == word)
    }

    /// The words of `class`.
    pub fn words(&self, class: WordClass) -> impl Iterator<Item = &str> {
        self.words[class.index()].iter().map(|w| &**w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_rows(extra: &str) -> String {
        let mut t = String::from("class\twords\n");
        for c in WordClass::ALL {
            t.push_str(&format!("{}\tx\n", c.name()));
        }
        t + extra
    }

    #[test]
    fn reads_classes_and_names_bad_lines() {
        let c = ClosedClasses::parse("f.tsv", &all_rows("negation\tnot never\n")).unwrap();
        assert!(c.is(WordClass::Negation, "never") && !c.is(WordClass::Future, "never"));
        let e = ClosedClasses::parse("f.tsv", &all_rows("negatoin\tnot\n")).unwrap_err();
        assert_eq!((e.line, e.message.contains("unknown word class")), (WordClass::ALL.len() + 2, true));
        let e = ClosedClasses::parse("f.tsv", "class\twords\nnegation\tnot\n").unwrap_err();
        assert!(e.message.contains("no row for word class"), "{}", e.message);
        assert!(ClosedClasses::parse("f.tsv", &all_rows("pronoun\tHe\n")).is_err());
    }
}
