"""A French corpus for the relevance suite: 30 items that a query must find among its first
three results, among 170 others that share their vocabulary (same countries, same themes,
the same words in another order), so that ranking — not mere matching — is tested."""

import random

# (kind, title, text, query): `text` is the body; "pdf:" puts it in an attached PDF instead.
TARGETS = [
    ("news", "Niger : la coopération décentralisée face à l’insécurité alimentaire",
     "Les collectivités partenaires du Niger soutiennent les greniers communautaires.",
     "cooperation decentralisee Niger"),
    ("news", "Soixante ans de jumelage franco-allemand",
     "Le jumelage franco-allemand entre Poitiers et Marburg fête son anniversaire.",
     "jumelages franco-allemands"),
    ("news", "Sécheresse au Sahel : un fonds d’urgence des collectivités",
     "La sécheresse frappe le Sahel ; les communes françaises mobilisent leurs partenaires.",
     "secheresse Sahel"),
    ("news", "Séisme en Turquie et en Syrie : appel à la solidarité",
     "Après le séisme, les collectivités sont invitées à contribuer.",
     "seisme Turquie"),
    ("news", "Madagascar : l’eau potable pour la région Analamanga",
     "Un programme d’accès à l’eau potable soutenu par la région Grand Est.",
     "eau potable Madagascar"),
    ("resource", "Un guide pour les collectivités",
     "Le tourisme durable au service des territoires partenaires : méthodes et exemples.",
     '"tourisme durable"'),
    ("news", "FICOL : la facilité de financement des collectivités",
     "L’AFD renouvelle la FICOL pour les projets de coopération.",
     "FICOL"),
    ("news", "Des volontaires internationaux dans les communes partenaires",
     "Les volontaires internationaux renforcent les services municipaux.",
     "volontaires internationaux"),
    ("event", "Formation des élus à l’action internationale",
     "Une journée de formation pour les élus nouvellement chargés des relations internationales.",
     "formation élus"),
    ("news", "Beyrouth : la reconstruction des quartiers du port",
     "Les villes françaises accompagnent la reconstruction de Beyrouth au Liban.",
     "Liban reconstruction Beyrouth"),
    ("news", "Assemblée générale 2026 : les documents",
     "pdf:La charte éthique du partenariat a été adoptée par l’assemblée générale.",
     "charte éthique partenariat"),
    ("news", "Ukraine : les villes jumelées envoient du matériel",
     "Des villes jumelées avec des communes ukrainiennes envoient des générateurs.",
     "Ukraine villes jumelées"),
    ("resource", "Hué : restaurer le patrimoine impérial",
     "La coopération entre Lille et Hué au Vietnam protège le patrimoine de la citadelle.",
     "Vietnam patrimoine Hué"),
    ("news", "L’agriculture urbaine, un levier de coopération",
     "Des fermes urbaines partagées entre Dakar et Lyon : l’agriculture urbaine progresse.",
     "agriculture urbaine"),
    ("news", "Les diasporas, actrices de la coopération",
     "Les migrations et les diasporas relient les territoires.",
     "diaspora migrations"),
    ("news", "Haïti : après le cyclone, reconstruire les écoles",
     "Le cyclone a détruit des écoles que les collectivités aident à reconstruire en Haïti.",
     "Haïti cyclone"),
    ("call", "Appel à projets Jeunesse et solidarité internationale",
     "Cet appel finance les projets de jeunesse portés par les collectivités.",
     "appel à projets jeunesse"),
    ("job", "Chargé de mission Afrique de l’Ouest",
     "Le réseau recrute un chargé de mission pour l’Afrique de l’Ouest.",
     "chargé de mission Afrique"),
    ("event", "Rencontres franco-japonaises de la coopération",
     "Les rencontres franco-japonaises réunissent les collectivités du Japon et de France.",
     "Japon rencontres franco-japonaises"),
    ("resource", "Le numérique au service de l’e-administration",
     "Le numérique transforme les services d’état civil des communes partenaires.",
     "numérique administration"),
    ("news", "Égalité entre les femmes et les hommes dans les projets",
     "L’égalité femmes hommes devient un critère des projets de coopération.",
     "égalité femmes hommes"),
    ("news", "COP30 : les collectivités et l’action climatique",
     "Le climat est au cœur de la COP30 ; les collectivités présentent leurs plans.",
     "COP30 climat"),
    ("news", "Maroc : Al Haouz un an après le séisme",
     "Un an après le séisme d’Al Haouz, les villages se reconstruisent au Maroc.",
     "Maroc séisme Al Haouz"),
    ("event", "Entretiens franco-québécois de la coopération",
     "Les entretiens réunissent les collectivités de France et du Québec.",
     "entretiens Québec"),
    ("news", "Gestion des déchets : Dakar et Bordeaux échangent",
     "La gestion des déchets ménagers est au cœur du partenariat.",
     "gestion des déchets"),
    ("news", "Santé : les hôpitaux partenaires équipés",
     "Des hôpitaux de district reçoivent du matériel médical ; la santé progresse.",
     "santé hôpital"),
    ("resource", "Biodiversité : les aires protégées de Madagascar",
     "La biodiversité de Madagascar est protégée par des aires gérées avec les communes.",
     "biodiversité Madagascar"),
    ("news", "Erasmus : la mobilité des jeunes entre villes partenaires",
     "La mobilité des jeunes progresse grâce à Erasmus et aux échanges de villes.",
     "mobilité des jeunes Erasmus"),
    ("group", "Groupe-pays Arménie",
     "Le groupe réunit les collectivités engagées en Arménie.",
     "Arménie"),
    ("fund", "Fonds de solidarité Mayotte",
     "Après le cyclone Chido, le fonds de solidarité soutient Mayotte.",
     "fonds de solidarité Mayotte"),
]  # fmt: skip

COUNTRIES = ["Sénégal", "Mali", "Burkina Faso", "Maroc", "Tunisie", "Liban", "Vietnam",
             "Cambodge", "Haïti", "Madagascar", "Palestine", "Arménie", "Japon", "Québec"]  # fmt: skip
THEMES = ["eau et assainissement", "jeunesse", "culture", "tourisme", "climat",
          "développement durable", "santé", "éducation", "agriculture", "gouvernance locale"]  # fmt: skip
SENTENCES = [
    "Les collectivités territoriales françaises poursuivent leur coopération avec {country}.",
    "Le partenariat porte sur {theme} et sur la formation des agents municipaux.",
    "Une délégation s’est rendue sur place pour évaluer les projets en cours.",
    "Le comité de pilotage a validé le programme de l’année prochaine.",
    "Les élus ont rappelé l’importance d’une action internationale durable.",
    "Le tourisme local et la culture ont été abordés pendant la visite.",
    "Les services techniques échangent leurs pratiques sur {theme}.",
    "Le réseau accompagne les collectivités dans le montage de leurs dossiers.",
    "La jeunesse des deux territoires participe à des chantiers solidaires.",
    "Un bilan sera présenté lors de la prochaine réunion du groupe-pays {country}.",
]  # fmt: skip
TITLES = [
    "{country} : point d’étape sur les projets de {theme}",
    "Partenariat avec {country} : bilan de l’année",
    "Réunion du groupe-pays {country}",
    "{theme} : retour sur la mission en {country}",
    "Coopération avec {country} : nouvelles perspectives",
]  # fmt: skip


def distractors(count=170, seed=7):
    """Items sharing the targets' vocabulary, made the same on every run."""
    chance = random.Random(seed)
    kinds = ["news"] * 6 + ["event", "resource"]
    items = []
    for number in range(count):
        country, theme = chance.choice(COUNTRIES), chance.choice(THEMES)
        title = chance.choice(TITLES).format(country=country, theme=theme)
        sentences = chance.sample(SENTENCES, 4)
        text = " ".join(s.format(country=country, theme=theme) for s in sentences)
        items.append((kinds[number % len(kinds)], f"{title} ({number + 1})", text))
    return items
