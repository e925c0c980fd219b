#!/usr/bin/env python3
"""Rebuilds Vigie's code-system files from the raw extracts in thesaurus/data/.

    python3 thesaurus/tools/build_reference.py

Writes thesaurus/naf.csv, thesaurus/communes.csv, thesaurus/mp_regime_general.csv and
thesaurus/mp_regime_agricole.csv in the code-system format of thesaurus/README.md (UTF-8, LF, RFC 4180,
one header row). The other files of thesaurus/ (exposures.csv, lists/*.csv, systems.csv) are written by
hand. Standard library only; the output is deterministic (same input, same bytes).

What this script adds to the extracts, typed in from the official sources:
- the 21 NAF rév. 2 sections with their French titles (INSEE) and English titles (Eurostat, NACE Rev. 2);
- the names of the 109 départements and collectivités of the COG 2026 (INSEE);
- the titles of the agricultural tables 47 ter and 61, which the extract lacks (flagged `title_to_check`).
"""
import csv
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "data")

HEADER = ["code", "parent", "level", "label_fr", "label_en", "flags", "keywords", "valid_from", "valid_to"]

# NAF rév. 2 sections: INSEE French titles, Eurostat NACE Rev. 2 English titles, division ranges.
SECTIONS = [
    ("A", "Agriculture, sylviculture et pêche", "Agriculture, forestry and fishing"),
    ("B", "Industries extractives", "Mining and quarrying"),
    ("C", "Industrie manufacturière", "Manufacturing"),
    ("D", "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
     "Electricity, gas, steam and air conditioning supply"),
    ("E", "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
     "Water supply; sewerage, waste management and remediation activities"),
    ("F", "Construction", "Construction"),
    ("G", "Commerce ; réparation d'automobiles et de motocycles",
     "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
    ("H", "Transports et entreposage", "Transportation and storage"),
    ("I", "Hébergement et restauration", "Accommodation and food service activities"),
    ("J", "Information et communication", "Information and communication"),
    ("K", "Activités financières et d'assurance", "Financial and insurance activities"),
    ("L", "Activités immobilières", "Real estate activities"),
    ("M", "Activités spécialisées, scientifiques et techniques", "Professional, scientific and technical activities"),
    ("N", "Activités de services administratifs et de soutien", "Administrative and support service activities"),
    ("O", "Administration publique", "Public administration and defence; compulsory social security"),
    ("P", "Enseignement", "Education"),
    ("Q", "Santé humaine et action sociale", "Human health and social work activities"),
    ("R", "Arts, spectacles et activités récréatives", "Arts, entertainment and recreation"),
    ("S", "Autres activités de services", "Other service activities"),
    ("T", "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que "
          "producteurs de biens et services pour usage propre",
     "Activities of households as employers; undifferentiated goods- and services-producing activities of "
     "households for own use"),
    ("U", "Activités extra-territoriales", "Activities of extraterritorial organisations and bodies"),
]

NAF_LEVELS = {"division": "division", "groupe": "group", "classe": "class", "sous-classe": "subclass"}

# Départements and collectivités of the COG 2026 (INSEE), by code.
DEPARTEMENTS = {
    "01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence", "05": "Hautes-Alpes",
    "06": "Alpes-Maritimes", "07": "Ardèche", "08": "Ardennes", "09": "Ariège", "10": "Aube", "11": "Aude",
    "12": "Aveyron", "13": "Bouches-du-Rhône", "14": "Calvados", "15": "Cantal", "16": "Charente",
    "17": "Charente-Maritime", "18": "Cher", "19": "Corrèze", "21": "Côte-d'Or", "22": "Côtes-d'Armor",
    "23": "Creuse", "24": "Dordogne", "25": "Doubs", "26": "Drôme", "27": "Eure", "28": "Eure-et-Loir",
    "29": "Finistère", "2A": "Corse-du-Sud", "2B": "Haute-Corse", "30": "Gard", "31": "Haute-Garonne",
    "32": "Gers", "33": "Gironde", "34": "Hérault", "35": "Ille-et-Vilaine", "36": "Indre", "37": "Indre-et-Loire",
    "38": "Isère", "39": "Jura", "40": "Landes", "41": "Loir-et-Cher", "42": "Loire", "43": "Haute-Loire",
    "44": "Loire-Atlantique", "45": "Loiret", "46": "Lot", "47": "Lot-et-Garonne", "48": "Lozère",
    "49": "Maine-et-Loire", "50": "Manche", "51": "Marne", "52": "Haute-Marne", "53": "Mayenne",
    "54": "Meurthe-et-Moselle", "55": "Meuse", "56": "Morbihan", "57": "Moselle", "58": "Nièvre", "59": "Nord",
    "60": "Oise", "61": "Orne", "62": "Pas-de-Calais", "63": "Puy-de-Dôme", "64": "Pyrénées-Atlantiques",
    "65": "Hautes-Pyrénées", "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin", "69": "Rhône",
    "70": "Haute-Saône", "71": "Saône-et-Loire", "72": "Sarthe", "73": "Savoie", "74": "Haute-Savoie",
    "75": "Paris", "76": "Seine-Maritime", "77": "Seine-et-Marne", "78": "Yvelines", "79": "Deux-Sèvres",
    "80": "Somme", "81": "Tarn", "82": "Tarn-et-Garonne", "83": "Var", "84": "Vaucluse", "85": "Vendée",
    "86": "Vienne", "87": "Haute-Vienne", "88": "Vosges", "89": "Yonne", "90": "Territoire de Belfort",
    "91": "Essonne", "92": "Hauts-de-Seine", "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d'Oise",
    "971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion",
    "975": "Saint-Pierre-et-Miquelon", "976": "Mayotte", "977": "Saint-Barthélemy", "978": "Saint-Martin",
    "984": "Terres australes et antarctiques françaises", "986": "Wallis-et-Futuna",
    "987": "Polynésie française", "988": "Nouvelle-Calédonie", "989": "Île de Clipperton",
}

# Communes with municipal arrondissements: the arrondissements' parent.
ARRONDISSEMENT_PARENT = [("751", "75056"), ("6938", "69123"), ("132", "13055")]

# Agricultural tables whose title the extract lacks (a column heading instead): typed in, to check.
RA_TITLES = {
    "47 ter": "Cancers du larynx et de l'ovaire provoqués par l'inhalation de poussières d'amiante",
    "61": "Cancer de la prostate provoqué par les pesticides",
}


def read(name):
    with open(os.path.join(DATA, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(name, rows, header=HEADER):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    print(f"{name}: {len(rows)} codes", file=sys.stderr)


def naf():
    src = read("naf_rev2.csv")
    by_section = {letter: [] for letter, _, _ in SECTIONS}
    for r in src:
        code, level = r["code"], NAF_LEVELS[r["niveau"]]
        if level == "division":
            parent = r["section"]
        elif level == "group":
            parent = code[:2]
        elif level == "class":
            parent = code[:4]
        else:
            parent = code[:5]
        by_section[r["section"]].append({
            "code": code, "parent": parent, "level": level, "label_fr": r["libelle"],
            "flags": "" if level == "subclass" else "abstract",
            # the code without its dot, as APE codes are often written (0111Z)
            "keywords": code.replace(".", "") if "." in code else "",
        })
    rows = []
    for letter, fr, en in SECTIONS:
        rows.append({"code": letter, "level": "section", "label_fr": fr, "label_en": en, "flags": "abstract"})
        rows.extend(by_section[letter])
    write("naf.csv", rows)


def communes():
    src = read("communes_2026.csv")
    rows = []
    for code in sorted(DEPARTEMENTS, key=lambda c: (len(c) > 2, c)):
        rows.append({"code": code, "level": "department", "label_fr": DEPARTEMENTS[code], "flags": "abstract"})
    present = {r["departement"] for r in src}
    missing = present - set(DEPARTEMENTS)
    if missing:
        raise SystemExit(f"département names missing for {sorted(missing)}")

    def parent_of(r):
        if r["type"] == "arrondissement-municipal":
            for prefix, parent in ARRONDISSEMENT_PARENT:
                if r["code_insee"].startswith(prefix):
                    return parent
            raise SystemExit(f"no parent commune for {r['code_insee']}")
        return r["departement"]

    # Most populated first: the order of word matches in search results (README "Row order").
    ordered = sorted(src, key=lambda r: (-(int(r["population"]) if r["population"] else -1), r["code_insee"]))
    for r in ordered:
        rows.append({
            "code": r["code_insee"], "parent": parent_of(r),
            "level": "municipal_arrondissement" if r["type"] == "arrondissement-municipal" else "commune",
            "label_fr": r["nom"], "keywords": r["codes_postaux"],
            "departement": r["departement"], "region": r["region"], "population": r["population"],
            "postal_codes": r["codes_postaux"],
        })
    write("communes.csv", rows, HEADER + ["departement", "region", "population", "postal_codes"])


def mp_code(raw):
    raw = re.sub(r"^Tableau n°\s*", "", raw.strip())
    m = re.fullmatch(r"(\d+)\s*(bis|ter)?", raw, re.IGNORECASE)
    if not m:
        raise SystemExit(f"unexpected table number {raw!r}")
    return m.group(1) + (" " + m.group(2).lower() if m.group(2) else "")


def mp(source, number_column, out_name, titles=None):
    rows = []
    for r in read(source):
        code = mp_code(r[number_column])
        title = r["titre"].strip()
        flags = []
        if titles and code in titles:
            title = titles[code]
            flags.append("title_to_check")
        elif len(title) >= 150:
            title = title + " …"
            flags.append("truncated_title")
        rows.append({"code": code, "level": "table", "label_fr": title, "flags": " ".join(flags),
                     "keywords": code.replace(" ", "")})
    write(out_name, rows)


if __name__ == "__main__":
    naf()
    communes()
    mp("tableaux_mp_regime_general.csv", "numero", "mp_regime_general.csv")
    mp("tableaux_mp_regime_agricole.csv", "num", "mp_regime_agricole.csv", RA_TITLES)
