"""SPIP databases built for the tests from SPIP's published schema (SPIP 4: ecrire/base/objets.php
and the plugins-dist medias, mots, breves, urls_etendues; the agenda plugin's evenements), on
MariaDB or SQLite, with the few columns the tests set and SPIP's defaults for the rest."""

import sqlite3
import uuid

import pymysql

BIGINT, TEXT, DATE, SHORT = "bigint(21) NOT NULL DEFAULT 0", "text", "datetime", "varchar(25)"

SCHEMA = {
    "rubriques": {
        "id_rubrique": BIGINT, "id_parent": BIGINT, "titre": TEXT, "descriptif": TEXT,
        "texte": TEXT, "id_secteur": BIGINT, "maj": DATE, "statut": SHORT, "date": DATE,
        "lang": SHORT, "langue_choisie": SHORT, "statut_tmp": SHORT, "date_tmp": DATE,
        "profondeur": "smallint(5) NOT NULL DEFAULT 0",
    },
    "articles": {
        "id_article": BIGINT, "surtitre": TEXT, "titre": TEXT, "soustitre": TEXT,
        "id_rubrique": BIGINT, "descriptif": TEXT, "chapo": TEXT, "texte": TEXT, "ps": TEXT,
        "date": DATE, "statut": SHORT, "id_secteur": BIGINT, "maj": DATE, "export": SHORT,
        "date_redac": DATE, "visites": "int(11) NOT NULL DEFAULT 0",
        "referers": "int(11) NOT NULL DEFAULT 0", "popularite": "double NOT NULL DEFAULT 0",
        "accepter_forum": "char(3)", "date_modif": DATE, "lang": SHORT, "langue_choisie": SHORT,
        "id_trad": BIGINT, "nom_site": TEXT, "url_site": TEXT, "virtuel": TEXT,
    },
    "breves": {
        "id_breve": BIGINT, "date_heure": DATE, "titre": TEXT, "texte": TEXT, "lien_titre": TEXT,
        "lien_url": TEXT, "statut": SHORT, "id_rubrique": BIGINT, "lang": SHORT,
        "langue_choisie": SHORT, "maj": DATE,
    },
    "groupes_mots": {
        "id_groupe": BIGINT, "titre": TEXT, "descriptif": TEXT, "texte": TEXT, "unseul": SHORT,
        "obligatoire": SHORT, "tables_liees": TEXT, "minirezo": SHORT, "comite": SHORT,
        "forum": SHORT, "maj": DATE,
    },
    "mots": {
        "id_mot": BIGINT, "titre": TEXT, "descriptif": TEXT, "texte": TEXT, "id_groupe": BIGINT,
        "type": TEXT, "maj": DATE,
    },
    "mots_liens": {"id_mot": BIGINT, "id_objet": BIGINT, "objet": SHORT},
    "documents": {
        "id_document": BIGINT, "id_vignette": BIGINT, "extension": SHORT, "titre": TEXT,
        "date": DATE, "descriptif": TEXT, "fichier": TEXT, "taille": BIGINT,
        "largeur": "int(11)", "hauteur": "int(11)", "duree": "int(11)", "media": SHORT,
        "mode": SHORT, "distant": "varchar(3) DEFAULT 'non'", "statut": SHORT, "credits": TEXT,
        "alt": TEXT, "date_publication": DATE, "brise": "tinyint(4) DEFAULT 0", "maj": DATE,
    },
    "documents_liens": {
        "id_document": BIGINT, "id_objet": BIGINT, "objet": SHORT,
        "vu": "varchar(3) NOT NULL DEFAULT 'non'", "rang_lien": "int(4) NOT NULL DEFAULT 0",
    },
    "urls": {
        "url": "varchar(255) NOT NULL", "type": SHORT, "id_objet": BIGINT, "date": DATE,
        "segments": "smallint(3) NOT NULL DEFAULT 1", "perma": "tinyint(1) NOT NULL DEFAULT 0",
        "langue": SHORT, "id_parent": BIGINT,
    },
    "evenements": {
        "id_evenement": BIGINT, "id_article": BIGINT, "date_debut": DATE, "date_fin": DATE,
        "titre": TEXT, "descriptif": TEXT, "lieu": TEXT, "adresse": TEXT,
        "inscription": "tinyint(1) NOT NULL DEFAULT 0", "places": "int(11) NOT NULL DEFAULT 0",
        "horaire": "varchar(3) NOT NULL DEFAULT 'oui'", "statut": SHORT, "maj": DATE,
        "id_evenement_source": BIGINT,
    },
}  # fmt: skip


class SpipDatabaseBuilder:
    """A SPIP database of the tests; `url` is what `portail import-spip` is given."""

    def __init__(self, engine, folder, agenda=True):
        self.engine = engine
        tables = {
            name: columns for name, columns in SCHEMA.items() if agenda or name != "evenements"
        }
        if engine == "sqlite":
            path = folder / "spip.sqlite"
            self.connection = sqlite3.connect(path)
            self.url = f"sqlite:///{path}"
        else:
            self.name = f"test_spip_{uuid.uuid4().hex[:10]}"
            server = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="")
            with server.cursor() as cursor:
                cursor.execute(f"CREATE DATABASE {self.name} CHARACTER SET utf8mb4")
            server.close()
            self.connection = pymysql.connect(
                host="127.0.0.1", user="root", password="", database=self.name, charset="utf8mb4"
            )
            self.url = f"mysql://root@127.0.0.1:3306/{self.name}"
        for name, columns in tables.items():
            body = ", ".join(f"{column} {kind}" for column, kind in columns.items())
            self._execute(f"CREATE TABLE spip_{name} ({body})")

    def add(self, table, **values):
        columns = ", ".join(values)
        marks = ", ".join(["?" if self.engine == "sqlite" else "%s"] * len(values))
        self._execute(
            f"INSERT INTO spip_{table} ({columns}) VALUES ({marks})", list(values.values())
        )

    def set(self, table, key, ident, **values):
        mark = "?" if self.engine == "sqlite" else "%s"
        assignments = ", ".join(f"{column} = {mark}" for column in values)
        self._execute(
            f"UPDATE spip_{table} SET {assignments} WHERE {key} = {mark}", [*values.values(), ident]
        )

    def drop(self):
        self.connection.close()
        if self.engine != "sqlite":
            server = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="")
            with server.cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {self.name}")
            server.close()

    def _execute(self, query, params=()):
        if self.engine == "sqlite":
            self.connection.execute(query, params)
            self.connection.commit()
        else:
            with self.connection.cursor() as cursor:
                cursor.execute(query, params)
            self.connection.commit()
