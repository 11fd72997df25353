"""The worked example of docs/knowledge.md: python docs/examples/pharma/run.py"""

from pathlib import Path

from hybrid_nli import Reasoner

HERE = Path(__file__).parent
plain = Reasoner(mode="symbolic")
r = Reasoner(mode="symbolic", knowledge_dir=HERE / "knowledge", rules_dir=HERE / "rules")
for p, h in [("Ann took a zorbicillin.", "Ann took an antibiotic."),
             ("The pill is a zorbicillin.", "The pill is an antiviral."),
             ("Kowalski dispensed a zorbicillin to Miller.", "Miller received an antibiotic from Kowalski."),
             ("Okafor prescribed the drug.", "A prescriber prescribed the drug.")]:
    print("###", p, "=>", h)
    print("without:", plain.infer(p, h).label.value)
    v = r.infer(p, h)
    print(v.explain())
    print("verify:", v.verify())
