"""The compiled WordNet on its own."""

from __future__ import annotations

from hybrid_nli.knowledge.relations import WordNetSource
from hybrid_nli.knowledge.wordnet import WordNet


def test_hypernymy_uses_the_predominant_sense():
    wn = WordNet()
    path = wn.hypernym_path("apple", "fruit", "n")
    assert path is not None and path.chain[0] == "apple.n.01" and path.chain[-1] == "fruit.n.01"
    assert wn.hypernym_path("dog", "animal", "n") is not None
    assert wn.hypernym_path("animal", "dog", "n") is None
    # 'man' is a chess piece only in a rare sense; the predominant sense is not.
    assert wn.hypernym_path("man", "game equipment", "n") is None
    assert WordNet(max_sense=10).hypernym_path("man", "game equipment", "n") is not None
    # A shared synset counts only where it is one of the general word's first senses:
    # "daughter" lists "girl", but as girl's third sense.
    assert wn.hypernym_path("daughter", "girl", "n") is None
    assert wn.hypernym_path("automobile", "car", "n") is not None


def test_verbs_and_antonyms():
    wn = WordNet()
    assert wn.hypernym_path("sprint", "run", "v") is not None
    assert wn.antonym_path("hot", "cold", "a") is not None
    assert wn.antonym_path("hot", "warm", "a") is None


def test_relations_between_problem_predicates():
    rels = WordNetSource(WordNet()).relations(["n:apple", "n:fruit", "a:hot", "a:cold", "v:want[to_be_a_tenor]"])
    kinds = {(r.kind, r.left, r.right) for r in rels}
    assert ("forward", "n:apple", "n:fruit") in kinds
    assert ("forward", "n:fruit", "n:apple") not in kinds
    assert ("alternation", "a:cold", "a:hot") in kinds
    assert all("want" not in r.left for r in rels)
    assert all(r.source.startswith("wordnet:") for r in rels)


def test_a_link_wordnet_leaves_out_where_the_synset_names_its_class():
    wn = WordNet()
    # boy.n.01 is male_child.n.01, filed under male.n.02 alone
    path = wn.hypernym_path("boy", "child", "n")
    assert path is not None and path.chain == ("male_child.n.01", "child.n.01 (a link WordNet leaves out)")
    # person.n.01 ("a human being") is not under homo.n.02 ("human") in WordNet: an everyday
    # sense of "human" covers it, without making a woman a man (homo.n.02 also lists "man")
    assert wn.hypernym_path("man", "human", "n") is not None
    assert wn.hypernym_path("woman", "man", "n", senses=3) is None
    assert wn.hypernym_path("brother", "sibling", "n") is not None
    assert wn.hypernym_path("child", "boy", "n") is None


def test_male_and_female_persons_are_disjoint_but_not_other_person_antonyms():
    wn = WordNet()
    path = wn.opposite_sex("boy", "girl")
    assert path is not None and "male.n.02" in path.chain and "female.n.02" in path.chain
    assert wn.opposite_sex("man", "lady") is not None
    # a kind of the other, or two words of one sex: not disjoint
    for a, b in (("girl", "woman"), ("boy", "man"), ("man", "person"), ("dog", "cat")):
        assert wn.opposite_sex(a, b) is None, (a, b)
    rels = WordNetSource(wn).relations(["n:man", "n:woman", "n:person", "n:employer", "n:employee"])
    kinds = {(r.kind, r.left, r.right) for r in rels}
    assert ("alternation", "n:man", "n:woman") in kinds
    # WordNet's antonyms employer/employee are roles one person may hold both of
    assert not any(r.kind == "alternation" and "employ" in r.left for r in rels)


def test_event_nouns_are_acts_of_a_physical_verb_of_the_same_form():
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    wn = shared_wordnet()
    assert all(wn.event_noun(w) for w in ("jump", "walk", "kiss", "kick"))
    # "trick" as a verb is deceiving (a social verb); "cook" the noun is a person; "picture" a thing
    assert not any(wn.event_noun(w) for w in ("trick", "cook", "picture", "handstand"))


def test_identity_and_kind_adjectives_are_not_relative_to_their_noun():
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    wn = shared_wordnet()
    assert wn.is_relative("small") and wn.is_relative("tall") and wn.is_relative("old")
    assert not any(wn.is_relative(w) for w in ("same", "different", "female", "male", "green"))


def test_thing_in_its_everyday_sense_and_dimensional_adjectives():
    wn = WordNet()
    path = wn.hypernym_path("hammer", "thing", "n")
    assert path is not None and "object.n.01" in path.chain and path.chain[-1].startswith("thing.n.12")
    assert wn.hypernym_path("cat", "thing", "n") is None  # a living thing
    assert wn.hypernym_path("idea", "thing", "n") is None  # not a physical object
    # size, stature, age are measured: relative after "is" too; "tired" is relative but not so
    assert wn.is_dimensional("small") and wn.is_dimensional("tall") and wn.is_dimensional("old")
    assert wn.is_relative("tired") and not wn.is_dimensional("tired")


def test_participles_are_states_not_degrees():
    wn = WordNet()
    for word in ("seated", "painted", "closed", "broken"):
        assert wn.is_participle(word) and not wn.is_relative(word), word
    assert not wn.is_participle("golden") and not wn.is_participle("red")
    # a feeling or bodily condition is a degree: "a tired traveller" is tired for a traveller
    assert wn.is_participle("tired") and wn.is_relative("tired")


def test_first_sense_under_a_synset_names_the_link():
    from hybrid_nli.logic.places import OUTDOOR_SYNSETS

    wn = WordNet()
    assert wn.first_sense_under("field", "n", OUTDOOR_SYNSETS) == "field.n.01 < tract.n.01"
    assert wn.first_sense_under("lake", "n", OUTDOOR_SYNSETS) == "lake.n.01 < body_of_water.n.01"
    # a room is no outdoor place; "yard" is first a unit of length
    assert wn.first_sense_under("room", "n", OUTDOOR_SYNSETS) is None
    assert wn.first_sense_under("yard", "n", OUTDOOR_SYNSETS) is None
    assert wn.first_sense_under("no such word", "n", OUTDOOR_SYNSETS) is None


def test_an_everyday_sense_wordnet_lists_later_is_read_first_and_alone():
    wn = WordNet()
    # WordNet's first "cry" is shout.v.02 and its first "banana" the plant
    assert wn.name(wn.synsets("cry", "v")[0]) == "cry.v.02"
    assert wn.name(wn.synsets("banana", "n")[0]) == "banana.n.02"
    assert wn.hypernym_path("banana", "produce", "n") is not None
    # the other senses are not read, not even by the lexical-gap search (three senses)
    assert wn.hypernym_path("cry", "scream", "v", senses=3) is None
    assert wn.hypernym_path("cry", "weep", "v") is not None


def test_a_register_variant_names_every_member_of_its_class():
    wn = WordNet()
    # WordNet files lady.n.01 ("a polite name for any woman") under woman.n.01; every woman is
    # one, and the evidence says why
    path = wn.hypernym_path("woman", "lady", "n")
    assert path is not None and path.chain == ("woman.n.01", "lady.n.01 (a polite name for any woman)")
    assert wn.hypernym_path("lady", "woman", "n") is not None  # WordNet's own direction
    assert wn.hypernym_path("girl", "lady", "n") is not None  # a young woman is a woman
    assert wn.hypernym_path("man", "guy", "n") is not None
    assert wn.hypernym_path("father", "dad", "n") is not None
    # only in the general word's usual sense: "cat" also names a guy (guy.n.01), not a man
    assert wn.hypernym_path("man", "cat", "n", senses=3) is None
    assert wn.hypernym_path("woman", "man", "n") is None


def test_two_kinds_of_one_thing_in_their_usual_senses():
    wn = WordNet()
    assert wn.usual_siblings("boy", "man", "n")  # both male.n.02
    assert not wn.usual_siblings("knife", "weapon", "n")
    assert not wn.usual_siblings("dog", "dog", "n")
    assert not wn.usual_siblings("roundhead", "friend", "n")  # person.n.01: hundreds of kinds
    assert not wn.usual_siblings("zzzz", "man", "n")


def test_a_phrase_for_a_made_thing_whose_head_is_a_living_thing():
    wn = WordNet()
    assert wn.opaque_compound("hot", "dog") == "hotdog.n.02"  # a food (its first sense is a show-off)
    assert wn.opaque_compound("teddy", "bear") is not None
    # a kind of its head, a living thing, or a head that is no living thing: not opaque
    for mod, head in (("polar", "bear"), ("sea", "lion"), ("little", "dog"), ("olive", "oil"), ("white", "man")):
        assert wn.opaque_compound(mod, head) is None, (mod, head)
    assert wn.name(wn.synsets("hot dog", "n")[0]) == "hotdog.n.02"
