#include "pdp/Stoppage.h"

#include "workforce/Declaration.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace vigie::pdp {
using core::Error;
using core::ErrorCode;
using scheduling::AbsenceCause;

namespace {
QString day(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

const QList<AbsenceCause>& causes()
{
    static const QList<AbsenceCause> list{AbsenceCause::Illness, AbsenceCause::WorkAccident, AbsenceCause::OccupationalDisease,
                                          AbsenceCause::Maternity};
    return list;
}

// RFC 4180 records with `sep`; a quote left open is reported at the line it opened.
struct Row {
    int line = 0;
    QStringList fields;
};
QList<Row> splitCsv(const QString& text, QChar sep, QList<ImportProblem>& problems)
{
    QList<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    bool any = false;
    int line = 1;
    row.line = 1;
    int quoteLine = 0;
    auto endRow = [&] {
        row.fields << field;
        field.clear();
        bool blank = true;
        for (const QString& f : row.fields)
            blank = blank && f.trimmed().isEmpty();
        if (!blank || any)
            if (!(row.fields.size() == 1 && row.fields.first().trimmed().isEmpty()))
                rows << row;
        row = Row{};
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (row.fields.isEmpty() && field.isEmpty() && !any)
            row.line = line;
        if (c == u'"') {
            quoted = true;
            any = true;
            quoteLine = line;
        } else if (c == sep) {
            row.fields << field;
            field.clear();
            any = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            endRow();
            ++line;
        } else {
            field += c;
        }
    }
    if (quoted)
        problems << ImportProblem{quoteLine, {}, QCoreApplication::translate("vigie::pdp", "A quoted field is not closed")};
    else if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}

const QStringList& columns()
{
    static const QStringList list{QStringLiteral("birth_name"), QStringLiteral("first_name"), QStringLiteral("birth_date"),
                                  QStringLiteral("cause"),      QStringLiteral("first_day"),  QStringLiteral("last_day"),
                                  QStringLiteral("expected_return")};
    return list;
}
bool required(const QString& column)
{
    return column != QLatin1String("last_day") && column != QLatin1String("expected_return");
}
} // namespace

QString dbCause(AbsenceCause cause) { return scheduling::codeOf(cause).toLower(); }

std::optional<AbsenceCause> causeFromDb(const QString& text) { return scheduling::absenceCauseFromCode(text.toUpper()); }

core::Result<AbsenceCause> causeFromCode(const QString& code)
{
    if (auto c = scheduling::absenceCauseFromCode(code.trimmed().toUpper()))
        return *c;
    QStringList accepted;
    for (AbsenceCause c : causes())
        accepted << scheduling::codeOf(c);
    return Error{ErrorCode::Invalid,
                 QCoreApplication::translate("vigie::pdp", "Unknown cause of work stoppage \"%1\" (accepted: %2)").arg(code, accepted.join(QStringLiteral(", ")))};
}

QString causeTitle(AbsenceCause cause)
{
    switch (cause) {
    case AbsenceCause::Illness: return QCoreApplication::translate("vigie::pdp", "Non-occupational illness or accident");
    case AbsenceCause::WorkAccident: return QCoreApplication::translate("vigie::pdp", "Work accident");
    case AbsenceCause::OccupationalDisease: return QCoreApplication::translate("vigie::pdp", "Occupational disease");
    case AbsenceCause::Maternity: return QCoreApplication::translate("vigie::pdp", "Maternity leave");
    }
    return {};
}

qint64 lengthOn(const Stoppage& s, const QDate& today)
{
    const QDate last = s.last ? std::min(*s.last, today) : today;
    return last < s.first ? 0 : s.first.daysTo(last) + 1;
}

bool flagsPdp(const Stoppage& s, const QDate& today) { return lengthOn(s, today) > PdpFlagDays; }

std::optional<QDate> actualReturn(const Stoppage& s)
{
    if (!s.last)
        return std::nullopt;
    return s.last->addDays(1);
}

core::Status checkStoppage(const Stoppage& s, const QDate& today)
{
    if (!s.first.isValid())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The first day of the stoppage is missing or invalid")};
    if (s.first > today)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The stoppage begins on %1, in the future").arg(day(s.first))};
    if (s.last && !s.last->isValid())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The last day of the stoppage is invalid")};
    if (s.last && *s.last < s.first)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The stoppage ends on %1, before its first day %2").arg(day(*s.last), day(s.first))};
    if (s.expectedReturn && (!s.expectedReturn->isValid() || *s.expectedReturn <= s.first))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The expected return (%1) must come after the first day %2")
                                             .arg(s.expectedReturn->isValid() ? day(*s.expectedReturn) : QStringLiteral("?"), day(s.first))};
    return {};
}

bool overlaps(const Stoppage& a, const Stoppage& b)
{
    const bool aBeforeB = a.last && *a.last < b.first;
    const bool bBeforeA = b.last && *b.last < a.first;
    return !aBeforeB && !bBeforeA;
}

ImportFile readImportCsv(const QByteArray& bytes, const QDate& today)
{
    ImportFile out;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype eol = text.indexOf(u'\n');
    const QString header = eol < 0 ? text : text.left(eol);
    const QChar sep = header.count(u';') > header.count(u',') ? u';' : u',';
    QList<Row> rows = splitCsv(text, sep, out.problems);
    if (rows.isEmpty()) {
        out.problems << ImportProblem{0, {}, QCoreApplication::translate("vigie::pdp", "The file is empty")};
        return out;
    }
    const Row head = rows.takeFirst();
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < head.fields.size(); ++i) {
        const QString name = head.fields.at(i).trimmed().toLower();
        if (!columns().contains(name))
            out.problems << ImportProblem{head.line, name, QCoreApplication::translate("vigie::pdp", "Unknown column \"%1\" (accepted: %2)")
                                                               .arg(head.fields.at(i).trimmed(), columns().join(QStringLiteral(", ")))};
        else if (at.contains(name))
            out.problems << ImportProblem{head.line, name, QCoreApplication::translate("vigie::pdp", "The column %1 appears twice").arg(name)};
        else
            at.insert(name, i);
    }
    for (const QString& c : columns())
        if (required(c) && !at.contains(c))
            out.problems << ImportProblem{head.line, c, QCoreApplication::translate("vigie::pdp", "The required column %1 is missing").arg(c)};
    if (!out.problems.isEmpty())
        return out;

    for (const Row& row : std::as_const(rows)) {
        if (row.fields.size() != head.fields.size()) {
            out.problems << ImportProblem{row.line, {}, QCoreApplication::translate("vigie::pdp", "%1 fields instead of %2").arg(row.fields.size()).arg(head.fields.size())};
            continue;
        }
        const auto value = [&](const QString& c) { return at.contains(c) ? row.fields.at(at.value(c)).trimmed() : QString(); };
        const int before = int(out.problems.size());
        const auto problem = [&](const QString& c, const QString& message) { out.problems << ImportProblem{row.line, c, message}; };
        ImportLine l;
        l.line = row.line;
        for (const QString& c : columns())
            if (required(c) && value(c).isEmpty())
                problem(c, QCoreApplication::translate("vigie::pdp", "The value is missing"));
        l.birthName = value(QStringLiteral("birth_name"));
        l.firstName = value(QStringLiteral("first_name"));
        const auto date = [&](const QString& c) -> std::optional<QDate> {
            if (value(c).isEmpty())
                return std::nullopt;
            const QDate d = workforce::parseDeclaredDate(value(c));
            if (!d.isValid()) {
                problem(c, QCoreApplication::translate("vigie::pdp", "\"%1\" is not a valid date (YYYY-MM-DD or DD/MM/YYYY)").arg(value(c)));
                return QDate();
            }
            return d;
        };
        l.birthDate = date(QStringLiteral("birth_date")).value_or(QDate());
        if (!value(QStringLiteral("cause")).isEmpty()) {
            if (auto c = causeFromCode(value(QStringLiteral("cause"))))
                l.stoppage.cause = c.value();
            else
                problem(QStringLiteral("cause"), c.error().message);
        }
        l.stoppage.first = date(QStringLiteral("first_day")).value_or(QDate());
        l.stoppage.last = date(QStringLiteral("last_day"));
        l.stoppage.expectedReturn = date(QStringLiteral("expected_return"));
        if (int(out.problems.size()) == before) {
            if (auto s = checkStoppage(l.stoppage, today); !s)
                problem({}, s.error().message);
            else
                out.lines << l;
        }
    }
    std::stable_sort(out.problems.begin(), out.problems.end(), [](const ImportProblem& a, const ImportProblem& b) {
        if (a.line != b.line)
            return a.line < b.line;
        return columns().indexOf(a.column) < columns().indexOf(b.column);
    });
    return out;
}

} // namespace vigie::pdp
