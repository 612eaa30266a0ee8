"""Sample members: a mixed small-town chapter, with accents and a few who cannot vote yet."""

from __future__ import annotations

import unicodedata

from endorse_desktop.core.demo.context import DemoContext

from ..store import members as members_repo

FIRST_NAMES = (
    "Ana",
    "José",
    "Zoë",
    "Chloé",
    "Renée",
    "Björn",
    "Siobhán",
    "Nguyễn",
    "Thảo",
    "Aiyana",
    "Marcus",
    "Keisha",
    "DeShawn",
    "Priya",
    "Rahul",
    "Mei",
    "Wei",
    "Olga",
    "Dmitri",
    "Fatima",
    "Omar",
    "Amara",
    "Kwame",
    "Lucía",
    "Mateo",
    "Sofía",
    "Joaquín",
    "Élodie",
    "François",
    "Łukasz",
    "Agnieszka",
    "Søren",
    "Ingrid",
    "Tomás",
    "Aoife",
    "Hannah",
    "Eli",
    "Ruth",
    "Samuel",
    "Grace",
    "Dolores",
    "Walter",
    "Betty",
    "Frank",
    "Gloria",
    "Henry",
    "Irene",
)
LAST_NAMES = (
    "Núñez",
    "García",
    "Okafor",
    "Nguyen",
    "Tran",
    "Patel",
    "Chen",
    "Kowalski",
    "Müller",
    "O'Brien",
    "Johnson",
    "Washington",
    "Begay",
    "Haddad",
    "Rossi",
    "Andersson",
    "Ivanova",
    "Mensah",
    "Dubois",
    "Løvås",
    "Sánchez",
    "Fernández",
    "Kim",
    "Park",
    "Yamamoto",
    "Cohen",
    "Schwartz",
    "MacLeod",
    "Ó Súilleabháin",
    "Brown",
    "Miller",
    "Davis",
    "Wilson",
    "Lee",
    "Martínez",
    "Hernández",
    "López",
    "Gonzalez",
    "Smith",
    "Jackson",
    "White",
    "Harris",
)
STREET_CODES = ("48103", "48104", "48105", "48108", "48176", "48197", "48198")
_REASONS = ("dues", "attendance", "waiting period")
# What a coordinator jots down about people; chosen by position, not drawn from the random
# generator, so adding notes did not change anyone's name, email or phone.
_NOTES = (
    "Prefers texts to calls",
    "Co-chair of the outreach team",
    "Needs a ride to evening meetings",
    "Speaks Spanish; happy to translate flyers",
    "Signed up at the library forum",
    "Knows the county clerk's office well",
)


def build(context: DemoContext) -> None:
    rng = context.rng
    total = 5000 if context.large else 40
    seen_emails: set[str] = set()
    rows = []
    for index in range(total):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        handle = _ascii(f"{first}.{last}").lower().replace("'", "").replace(" ", "")
        email = f"{handle}@example.org"
        suffix = 2
        while email in seen_emails:
            email = f"{handle}{suffix}@example.org"
            suffix += 1
        seen_emails.add(email)
        # about one in eight cannot vote yet, each for a reason a chapter would record
        eligible = index % 8 != 5
        rows.append(
            {
                "first_name": first,
                "last_name": last,
                "email": email,
                "phone": f"(734) 555-{rng.randrange(10000):04d}",
                "postal_code": rng.choice(STREET_CODES),
                "eligible": int(eligible),
                "eligibility_reason": "" if eligible else rng.choice(_REASONS),
                "joined_on": f"20{rng.randrange(17, 26)}-{rng.randrange(1, 13):02d}-"
                f"{rng.randrange(1, 29):02d}",
                "notes": _NOTES[(index // 5) % len(_NOTES)] if index % 5 == 2 else "",
                "archived": 0,
            }
        )
    with context.store.transaction():
        for row in rows:
            members_repo.insert(context.store, row)
    context.facts["members"] = total


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ł", "L"))
    return "".join(ch for ch in decomposed if ch.isascii())
