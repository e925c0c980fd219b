#include "thesaurus/CodeSystem.h"

#include "core/TextFold.h"
#include "thesaurus/Csv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace vigie::thesaurus {

namespace {

const QStringList& knownColumns()
{
    static const QStringList columns{QStringLiteral("code"),      QStringLiteral("parent"),
                                     QStringLiteral("level"),     QStringLiteral("label_fr"),
                                     QStringLiteral("label_en"),  QStringLiteral("flags"),
                                     QStringLiteral("keywords"),  QStringLiteral("valid_from"),
                                     QStringLiteral("valid_to")};
    return columns;
}

bool hasControlCharacter(const QString& s)
{
    for (QChar c : s)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

ParsedCodeSystem failure(int line, const QString& reason)
{
    ParsedCodeSystem p;
    p.errorLine = line;
    p.error = reason;
    return p;
}

} // namespace

QString codeKey(const QString& code)
{
    QString key = core::foldForSearch(code);
    key.remove(QLatin1Char(' '));
    return key;
}

bool isValidSystemId(const QString& system)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,31}$"));
    return pattern.match(system).hasMatch();
}

bool isValidVersion(const QString& version)
{
    if (version.isEmpty() || version.size() > 32 || version.trimmed() != version)
        return false;
    for (QChar c : version)
        if (!c.isPrint())
            return false;
    return true;
}

ParsedCodeSystem parseCodeSystem(const QByteArray& bytes)
{
    const CsvTable table = parseCsv(bytes);
    if (!table.ok())
        return failure(table.errorLine, table.error);
    if (table.records.isEmpty())
        return failure(1, QCoreApplication::translate("vigie::thesaurus", "the file is empty: a header row is expected"));

    // Header.
    const CsvRecord& header = table.records.first();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (name.isEmpty())
            return failure(header.line, QCoreApplication::translate("vigie::thesaurus", "column %1 of the header has no name").arg(i + 1));
        if (column.contains(name))
            return failure(header.line, QCoreApplication::translate("vigie::thesaurus", "the column \"%1\" appears twice in the header").arg(name));
        column.insert(name, i);
    }
    for (const char* required : {"code", "label_fr"})
        if (!column.contains(QLatin1String(required)))
            return failure(header.line, QCoreApplication::translate("vigie::thesaurus", "the header has no \"%1\" column")
                                            .arg(QLatin1String(required)));
    if (table.records.size() < 2)
        return failure(header.line + 1, QCoreApplication::translate("vigie::thesaurus", "the file has no code after its header"));

    static const QRegularExpression flagPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const auto cell = [&](const CsvRecord& r, const char* name) {
        const int i = column.value(QLatin1String(name), -1);
        return i < 0 ? QString() : r.fields.at(i).trimmed();
    };
    ParsedCodeSystem out;
    QHash<QString, int> lineOf; // code -> line, for duplicates and parents
    for (qsizetype k = 1; k < table.records.size(); ++k) {
        const CsvRecord& r = table.records.at(k);
        if (r.fields.size() != header.fields.size())
            return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "%1 fields where the header has %2")
                                       .arg(r.fields.size())
                                       .arg(header.fields.size()));
        CodeEntry e;
        e.line = r.line;
        e.code = cell(r, "code");
        if (e.code.isEmpty())
            return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "the code is empty"));
        if (e.code.size() > MaxCodeLength || hasControlCharacter(e.code))
            return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "the code \"%1\" is longer than %2 characters or holds a control character")
                                       .arg(e.code.left(MaxCodeLength))
                                       .arg(MaxCodeLength));
        if (codeKey(e.code).isEmpty())
            return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "the code \"%1\" has no letter or digit").arg(e.code));
        if (const int first = lineOf.value(e.code, 0))
            return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "the code \"%1\" is already on line %2").arg(e.code).arg(first));
        lineOf.insert(e.code, r.line);
        e.labelFr = cell(r, "label_fr");
        if (e.labelFr.isEmpty())
            return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "the French label of \"%1\" is empty").arg(e.code));
        e.parent = cell(r, "parent");
        if (e.parent == e.code)
            return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "the code \"%1\" is its own parent").arg(e.code));
        e.level = cell(r, "level");
        e.labelEn = cell(r, "label_en");
        e.keywords = cell(r, "keywords");
        for (const QString& label : {e.labelFr, e.labelEn, e.keywords, e.level, e.parent})
            if (hasControlCharacter(label))
                return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "a field of \"%1\" holds a control character").arg(e.code));
        e.flags = cell(r, "flags").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& f : e.flags)
            if (!flagPattern.match(f).hasMatch())
                return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "the flag \"%1\" may only hold letters, digits, '_' and '-'").arg(f));
        for (const char* name : {"valid_from", "valid_to"}) {
            const QString text = cell(r, name);
            if (text.isEmpty())
                continue;
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid() || text.size() != 10)
                return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "%1 \"%2\" is not a date YYYY-MM-DD")
                                           .arg(QLatin1String(name), text));
            (qstrcmp(name, "valid_from") == 0 ? e.validFrom : e.validTo) = d;
        }
        if (e.validFrom.isValid() && e.validTo.isValid() && e.validTo < e.validFrom)
            return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "valid_to is before valid_from"));
        for (auto it = column.constBegin(); it != column.constEnd(); ++it) {
            if (knownColumns().contains(it.key()))
                continue;
            const QString value = r.fields.at(it.value()).trimmed();
            if (hasControlCharacter(value))
                return failure(r.line, QCoreApplication::translate("vigie::thesaurus", "a field of \"%1\" holds a control character").arg(e.code));
            if (!value.isEmpty())
                e.attributes.insert(it.key(), value);
        }
        out.file.entries.append(std::move(e));
    }

    // Parents: present in the file, and no cycle.
    QHash<QString, QString> parentOf;
    for (const CodeEntry& e : out.file.entries) {
        if (e.parent.isEmpty())
            continue;
        if (!lineOf.contains(e.parent))
            return failure(e.line, QCoreApplication::translate("vigie::thesaurus", "the parent \"%1\" of \"%2\" is not in the file").arg(e.parent, e.code));
        parentOf.insert(e.code, e.parent);
    }
    // Walks up from each code; a code met again on the current walk closes a cycle. Codes already known
    // to reach a root are not walked again, so the check is linear in the number of codes.
    QHash<QString, int> state; // 1: on the current walk, 2: reaches a root
    for (const CodeEntry& e : out.file.entries) {
        QStringList walk;
        QString at = e.code;
        while (!at.isEmpty() && state.value(at) != 2) {
            if (state.value(at) == 1)
                return failure(e.line, QCoreApplication::translate("vigie::thesaurus", "the parents of \"%1\" form a cycle").arg(e.code));
            state.insert(at, 1);
            walk << at;
            at = parentOf.value(at);
        }
        for (const QString& c : walk)
            state.insert(c, 2);
    }
    out.file.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return out;
}

} // namespace vigie::thesaurus
