#pragma once
// Code systems: the domain types and the code-system file format (thesaurus/README.md "File format").
// Pure code: the files are parsed and checked here, stored by ThesaurusStore.
//
// A file is a CSV table with a header row. Columns:
//   code        required, unique, at most 64 characters, no control character
//   label_fr    required (the French label)
//   parent      optional: the code of the parent, which must be in the same file
//   level       optional: the level in the hierarchy (section, division, family, ...)
//   label_en    optional: the English label
//   flags       optional: space-separated tokens of letters, digits, '_' and '-' (abstract = a grouping
//               node that is not chosen for a record)
//   keywords    optional: more words the search finds the code by (postal codes, synonyms)
//   valid_from, valid_to   optional: YYYY-MM-DD, from <= to
// Any other column is kept as an attribute of the code (non-empty values only), e.g. the exposure
// thesaurus' l4161_factor, c2p_factor and sir_risk. Row order is meaningful: it is the order in which
// word matches are listed by the search (most relevant first).

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vigie::thesaurus {

struct CodeEntry {
    QString code;
    QString parent;
    QString level;
    QString labelFr;
    QString labelEn;
    QStringList flags;
    QString keywords;
    QMap<QString, QString> attributes;
    QDate validFrom;
    QDate validTo;
    int line = 0; // line of the file it was read from

    bool selectable() const { return !flags.contains(QStringLiteral("abstract")); }
};

struct CodeSystemFile {
    QList<CodeEntry> entries;
    QString sha256; // of the file's bytes, hex
};

struct ParsedCodeSystem {
    CodeSystemFile file;
    int errorLine = 0;  // 1-based line of the first error, 0 when the file is valid
    QString error;      // translated reason, without the line number
    bool ok() const { return error.isEmpty(); }
};

inline constexpr int MaxCodeLength = 64;

// Parses and checks a whole file; the first error stops it.
ParsedCodeSystem parseCodeSystem(const QByteArray& bytes);

// The search key of a code: folded (core::foldForSearch) without separators, so "62.01Z", "6201Z"
// and "62 01 z" have the same key "6201z".
QString codeKey(const QString& code);

// System ids: a lower-case letter, then lower-case letters, digits or '_', 2 to 32 characters.
bool isValidSystemId(const QString& system);
// Versions: 1 to 32 printable characters, no space at either end.
bool isValidVersion(const QString& version);

} // namespace vigie::thesaurus
