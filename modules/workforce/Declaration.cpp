#include "workforce/Declaration.h"

#include "core/Nir.h"
#include "core/TextFold.h"
#include "scheduling/Category.h"
#include "scheduling/Dates.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace vigie::workforce {

namespace {

constexpr const char* ColumnNames[ColumnCount] = {
    "birth_name", "first_names", "birth_date", "sex", "nir", "birth_place", "used_name", "used_first_name",
    "post_title", "contract_type", "start_date", "end_date", "night_work", "apprentice", "exposures", "rqth",
    "invalidity_pension", "identity"};

Problem problem(int line, Column column, Severity severity, const QString& message)
{
    return Problem{line, columnName(column), severity, message};
}

int columnRank(const QString& name)
{
    if (name.isEmpty())
        return -1;
    const auto c = columnFromName(name);
    return c ? int(*c) : ColumnCount;
}

// RFC 4180 with a chosen separator. Records keep the line they start on.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

bool isBlankRecord(const QStringList& fields)
{
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

QList<CsvRecord> splitCsv(const QString& text, QChar sep, QList<Problem>& problems)
{
    QList<CsvRecord> out;
    int line = 1;
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    bool broken = false; // the current record has a quoting error: reported once, record dropped
    int quoteLine = 0;
    auto endRecord = [&] {
        current.fields << field;
        if (!broken && !isBlankRecord(current.fields))
            out << current;
        current = CsvRecord{line, {}};
        field.clear();
        wasQuoted = false;
        broken = false;
    };
    auto fail = [&](const QString& message) {
        if (!broken)
            problems << Problem{line, {}, Severity::Error, message};
        broken = true;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == sep) {
            current.fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c == u'"') {
            if (!field.trimmed().isEmpty() || wasQuoted)
                fail(QCoreApplication::translate("vigie::workforce", "a double quote inside a field that does not start with one (write the field in quotes and "
                       "double the inner quote)"));
            else {
                field.clear();
                quoted = true;
                quoteLine = line;
            }
        } else {
            if (wasQuoted && !c.isSpace())
                fail(QCoreApplication::translate("vigie::workforce", "text after the closing double quote of a field"));
            else if (!wasQuoted)
                field += c;
        }
    }
    if (quoted) {
        problems << Problem{quoteLine, {}, Severity::Error, QCoreApplication::translate("vigie::workforce", "a double quote opened on this line is never closed")};
        return out;
    }
    if (!field.isEmpty() || wasQuoted || !current.fields.isEmpty())
        endRecord();
    return out;
}

int ageOn(const QDate& birth, const QDate& on)
{
    return scheduling::ageInYears(birth, on);
}

} // namespace

QString columnName(Column column) { return QString::fromLatin1(ColumnNames[int(column)]); }

QString columnTitle(Column column)
{
    switch (column) {
    case Column::BirthName: return QCoreApplication::translate("vigie::workforce", "birth name");
    case Column::FirstNames: return QCoreApplication::translate("vigie::workforce", "first names");
    case Column::BirthDate: return QCoreApplication::translate("vigie::workforce", "date of birth");
    case Column::Sex: return QCoreApplication::translate("vigie::workforce", "sex");
    case Column::Nir: return QCoreApplication::translate("vigie::workforce", "social security number");
    case Column::BirthPlace: return QCoreApplication::translate("vigie::workforce", "place of birth");
    case Column::UsedName: return QCoreApplication::translate("vigie::workforce", "used name");
    case Column::UsedFirstName: return QCoreApplication::translate("vigie::workforce", "used first name");
    case Column::PostTitle: return QCoreApplication::translate("vigie::workforce", "post");
    case Column::ContractType: return QCoreApplication::translate("vigie::workforce", "type of contract");
    case Column::StartDate: return QCoreApplication::translate("vigie::workforce", "start date");
    case Column::EndDate: return QCoreApplication::translate("vigie::workforce", "end date");
    case Column::NightWork: return QCoreApplication::translate("vigie::workforce", "night work");
    case Column::Apprentice: return QCoreApplication::translate("vigie::workforce", "apprentice");
    case Column::Exposures: return QCoreApplication::translate("vigie::workforce", "exposures");
    case Column::Rqth: return QCoreApplication::translate("vigie::workforce", "recognised disabled worker (RQTH)");
    case Column::InvalidityPension: return QCoreApplication::translate("vigie::workforce", "invalidity pension");
    case Column::IdentityChoice: return QCoreApplication::translate("vigie::workforce", "identity");
    case Column::Count: break;
    }
    return {};
}

std::optional<Column> columnFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (int i = 0; i < ColumnCount; ++i)
        if (n == QLatin1String(ColumnNames[i]))
            return Column(i);
    return std::nullopt;
}

bool isRequiredColumn(Column c)
{
    switch (c) {
    case Column::BirthName:
    case Column::FirstNames:
    case Column::BirthDate:
    case Column::Sex:
    case Column::PostTitle:
    case Column::ContractType:
    case Column::StartDate:
        return true;
    default:
        return false;
    }
}

QList<Column> allColumns()
{
    QList<Column> out;
    for (int i = 0; i < ColumnCount; ++i)
        out << Column(i);
    return out;
}

void sortProblems(QList<Problem>& problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        if (a.line != b.line)
            return a.line < b.line;
        const int ca = columnRank(a.column), cb = columnRank(b.column);
        if (ca != cb)
            return ca < cb;
        return int(a.severity) < int(b.severity);
    });
}

QDate parseDeclaredDate(const QString& text)
{
    const QString s = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression fr(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    if (const auto m = iso.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = fr.match(s); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

std::optional<bool> parseDeclaredFlag(const QString& text)
{
    const QString s = core::foldForSearch(text);
    if (s.isEmpty() || s == QLatin1String("0") || s == QLatin1String("non") || s == QLatin1String("no") ||
        s == QLatin1String("n") || s == QLatin1String("false") || s == QLatin1String("faux"))
        return false;
    if (s == QLatin1String("1") || s == QLatin1String("oui") || s == QLatin1String("yes") || s == QLatin1String("o") ||
        s == QLatin1String("y") || s == QLatin1String("x") || s == QLatin1String("true") || s == QLatin1String("vrai"))
        return true;
    return std::nullopt;
}

QStringList exposureCodesOf(const QString& field)
{
    static const QRegularExpression separators(QStringLiteral("[;|,\\s]+"));
    QStringList out;
    for (const QString& part : field.split(separators, Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toUpper();
        if (!code.isEmpty() && !out.contains(code))
            out << code;
    }
    return out;
}

CsvDeclaration readDeclarationCsv(const QByteArray& input)
{
    CsvDeclaration out;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // Valid UTF-8 only: a file saved in Windows-1252 would silently change the names.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        int line = 1;
        const QString replacement(QChar::ReplacementCharacter);
        const qsizetype at = text.indexOf(replacement);
        for (qsizetype i = 0; i < at && i < text.size(); ++i)
            if (text.at(i) == u'\n')
                ++line;
        out.problems << Problem{line, {}, Severity::Error,
                                QCoreApplication::translate("vigie::workforce", "the text is not valid UTF-8 (save the file as CSV UTF-8)")};
        return out;
    }
    // The separator is the header's: ';' when it has more semicolons than commas.
    const qsizetype eol = text.indexOf(u'\n');
    const QString header = eol < 0 ? text : text.left(eol);
    const QChar sep = header.count(u';') > header.count(u',') ? QChar(u';') : QChar(u',');
    const QList<CsvRecord> records = splitCsv(text, sep, out.problems);
    if (records.isEmpty()) {
        if (out.problems.isEmpty())
            out.problems << Problem{1, {}, Severity::Error, QCoreApplication::translate("vigie::workforce", "the file is empty: a header line is expected")};
        return out;
    }

    // Header.
    const CsvRecord& head = records.first();
    QList<std::optional<Column>> columns;
    QSet<int> seen;
    bool headerOk = true;
    for (const QString& name : head.fields) {
        const auto c = columnFromName(name);
        if (!c) {
            out.problems << Problem{head.line, name.trimmed(), Severity::Error,
                                    QCoreApplication::translate("vigie::workforce", "unknown column \"%1\" (the columns are: %2)")
                                        .arg(name.trimmed(), [] {
                                            QStringList names;
                                            for (Column col : allColumns())
                                                names << columnName(col);
                                            return names.join(QStringLiteral(", "));
                                        }())};
            headerOk = false;
        } else if (seen.contains(int(*c))) {
            out.problems << Problem{head.line, columnName(*c), Severity::Error, QCoreApplication::translate("vigie::workforce", "column \"%1\" appears twice").arg(columnName(*c))};
            headerOk = false;
        } else {
            seen.insert(int(*c));
        }
        columns << c;
    }
    for (Column c : allColumns())
        if (isRequiredColumn(c) && !seen.contains(int(c))) {
            out.problems << Problem{head.line, columnName(c), Severity::Error, QCoreApplication::translate("vigie::workforce", "the required column \"%1\" is missing").arg(columnName(c))};
            headerOk = false;
        }
    if (!headerOk) {
        sortProblems(out.problems);
        return out;
    }

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records.at(r);
        if (rec.fields.size() != head.fields.size()) {
            out.problems << Problem{rec.line, {}, Severity::Error,
                                    QCoreApplication::translate("vigie::workforce", "%1 fields where the header has %2 (check the separators and quotes)")
                                        .arg(rec.fields.size())
                                        .arg(head.fields.size())};
            continue;
        }
        RawLine line;
        line.line = rec.line;
        for (qsizetype i = 0; i < rec.fields.size(); ++i)
            line.set(*columns.at(i), rec.fields.at(i).trimmed());
        out.lines << line;
    }
    if (out.lines.isEmpty() && out.problems.isEmpty())
        out.problems << Problem{head.line, {}, Severity::Error, QCoreApplication::translate("vigie::workforce", "the file has a header but no line to declare")};
    sortProblems(out.problems);
    return out;
}

bool LineCheck::ok() const
{
    for (const Problem& p : problems)
        if (p.severity == Severity::Error)
            return false;
    return true;
}

LineCheck checkLine(const RawLine& raw, const Catalog& catalog, int year, const QDate& today)
{
    LineCheck check;
    DeclaredLine& d = check.line;
    d.line = raw.line;
    const int ln = raw.line;
    auto error = [&](Column c, const QString& m) { check.problems << problem(ln, c, Severity::Error, m); };
    auto warning = [&](Column c, const QString& m) { check.problems << problem(ln, c, Severity::Warning, m); };
    auto info = [&](Column c, const QString& m) { check.problems << problem(ln, c, Severity::Info, m); };
    auto missing = [&](Column c) {
        if (raw.value(c).trimmed().isEmpty()) {
            error(c, QCoreApplication::translate("vigie::workforce", "the value is missing"));
            return true;
        }
        return false;
    };

    // Identity.
    bool identityOk = true;
    d.identity.birthName = raw.value(Column::BirthName).simplified();
    d.identity.birthFirstNames = raw.value(Column::FirstNames).simplified();
    if (missing(Column::BirthName))
        identityOk = false;
    else if (core::foldForSearch(d.identity.birthName).isEmpty()) {
        error(Column::BirthName, QCoreApplication::translate("vigie::workforce", "\"%1\" holds no letter").arg(d.identity.birthName));
        identityOk = false;
    }
    if (missing(Column::FirstNames))
        identityOk = false;
    else if (core::foldForSearch(d.identity.birthFirstNames).isEmpty()) {
        error(Column::FirstNames, QCoreApplication::translate("vigie::workforce", "\"%1\" holds no letter").arg(d.identity.birthFirstNames));
        identityOk = false;
    }
    if (!missing(Column::BirthDate)) {
        d.identity.birthDate = parseDeclaredDate(raw.value(Column::BirthDate));
        if (!d.identity.birthDate.isValid()) {
            error(Column::BirthDate, QCoreApplication::translate("vigie::workforce", "\"%1\" is not a valid date (YYYY-MM-DD or DD/MM/YYYY)").arg(raw.value(Column::BirthDate)));
            identityOk = false;
        } else if (today.isValid() && d.identity.birthDate > today) {
            error(Column::BirthDate, QCoreApplication::translate("vigie::workforce", "%1 is in the future").arg(d.identity.birthDate.toString(Qt::ISODate)));
            identityOk = false;
        }
    } else {
        identityOk = false;
    }
    if (!missing(Column::Sex)) {
        const QString sex = raw.value(Column::Sex).trimmed().toUpper();
        d.identity.sex = sex == QLatin1String("H") ? QStringLiteral("M") : sex;
        if (d.identity.sex != QLatin1String("M") && d.identity.sex != QLatin1String("F") && d.identity.sex != QLatin1String("U")) {
            error(Column::Sex, QCoreApplication::translate("vigie::workforce", "\"%1\" is not a sex code: M, F or U is expected").arg(raw.value(Column::Sex)));
            identityOk = false;
        }
    } else {
        identityOk = false;
    }
    if (const QString nir = raw.value(Column::Nir).trimmed(); !nir.isEmpty()) {
        d.identity.nir = core::normalizeNir(nir);
        if (const core::Status s = core::validateNir(d.identity.nir); !s) {
            error(Column::Nir, s.error().message);
            identityOk = false;
        } else if (const QString why = nirTraitsMismatch(d.identity.nir, d.identity.sex, d.identity.birthDate); !why.isEmpty()) {
            error(Column::Nir, QCoreApplication::translate("vigie::workforce", "NIR %1: %2").arg(core::formatNir(d.identity.nir), why));
            identityOk = false;
        }
    }
    if (const QString place = raw.value(Column::BirthPlace).trimmed().toUpper(); !place.isEmpty()) {
        static const QRegularExpression cog(QStringLiteral("^[0-9][0-9AB][0-9]{3}$"));
        if (!cog.match(place).hasMatch())
            error(Column::BirthPlace, QCoreApplication::translate("vigie::workforce", "\"%1\" is not an INSEE code of 5 characters").arg(place));
        d.identity.birthPlaceCog = place;
    }
    d.identity.usedName = raw.value(Column::UsedName).simplified();
    d.identity.usedFirstName = raw.value(Column::UsedFirstName).simplified();
    d.identityChoice = raw.value(Column::IdentityChoice).trimmed();
    if (!d.identityChoice.isEmpty() && d.identityChoice.toLower() == QLatin1String("new"))
        d.identityChoice = QStringLiteral("new");
    else if (!d.identityChoice.isEmpty()) {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        if (!uuid.match(d.identityChoice).hasMatch())
            error(Column::IdentityChoice,
                  QCoreApplication::translate("vigie::workforce", "\"%1\": write \"new\" to keep this person apart, or the id of the existing worker to merge with")
                      .arg(d.identityChoice));
        d.identityChoice = d.identityChoice.toLower();
    }

    // Situations (rule 1).
    auto flag = [&](Column c, bool& target) {
        const auto v = parseDeclaredFlag(raw.value(c));
        if (!v)
            error(c, QCoreApplication::translate("vigie::workforce", "\"%1\" is not a yes/no value (1 or 0, oui or non)").arg(raw.value(c)));
        else
            target = *v;
    };
    flag(Column::Rqth, d.rqth);
    flag(Column::InvalidityPension, d.invalidityPension);
    flag(Column::NightWork, d.nightWork);
    flag(Column::Apprentice, d.apprentice);

    // Employment.
    d.postTitle = raw.value(Column::PostTitle).simplified();
    missing(Column::PostTitle);
    d.contractType = raw.value(Column::ContractType).trimmed().toUpper();
    if (!missing(Column::ContractType) && !catalog.contractTypes.contains(d.contractType))
        error(Column::ContractType, QCoreApplication::translate("vigie::workforce", "\"%1\" is not a contract type (CDI, CDD, INTERIM, APPRENTICE, ...)").arg(raw.value(Column::ContractType)));
    if (d.contractType == QLatin1String("APPRENTICE"))
        d.apprentice = true;

    const QDate yearStart(year, 1, 1), yearEnd(year, 12, 31);
    if (raw.value(Column::StartDate).trimmed().isEmpty()) {
        error(Column::StartDate, QCoreApplication::translate("vigie::workforce", "the start date is missing: it sets the deadline of the initial visit"));
    } else {
        d.start = parseDeclaredDate(raw.value(Column::StartDate));
        if (!d.start.isValid())
            error(Column::StartDate, QCoreApplication::translate("vigie::workforce", "\"%1\" is not a valid date (YYYY-MM-DD or DD/MM/YYYY)").arg(raw.value(Column::StartDate)));
        else if (d.start > yearEnd)
            error(Column::StartDate, QCoreApplication::translate("vigie::workforce", "%1 is after the declared year %2").arg(d.start.toString(Qt::ISODate)).arg(year));
        else if (d.identity.birthDate.isValid() && d.start < d.identity.birthDate)
            error(Column::StartDate, QCoreApplication::translate("vigie::workforce", "%1 is before the birth date %2")
                                          .arg(d.start.toString(Qt::ISODate), d.identity.birthDate.toString(Qt::ISODate)));
    }
    if (const QString endText = raw.value(Column::EndDate).trimmed(); !endText.isEmpty()) {
        d.end = parseDeclaredDate(endText);
        if (!d.end.isValid())
            error(Column::EndDate, QCoreApplication::translate("vigie::workforce", "\"%1\" is not a valid date (YYYY-MM-DD or DD/MM/YYYY)").arg(endText));
        else if (d.start.isValid() && d.end < d.start)
            error(Column::EndDate, QCoreApplication::translate("vigie::workforce", "%1 is before the start date %2").arg(d.end.toString(Qt::ISODate), d.start.toString(Qt::ISODate)));
        else if (d.end < yearStart)
            error(Column::EndDate, QCoreApplication::translate("vigie::workforce", "%1: the employment ended before the declared year %2").arg(d.end.toString(Qt::ISODate)).arg(year));
    }

    for (const QString& code : exposureCodesOf(raw.value(Column::Exposures))) {
        const auto it = catalog.exposures.constFind(code);
        if (it == catalog.exposures.constEnd()) {
            error(Column::Exposures, QCoreApplication::translate("vigie::workforce", "\"%1\" is not a code of the exposure thesaurus").arg(code));
            continue;
        }
        if (!it->selectable) {
            error(Column::Exposures, QCoreApplication::translate("vigie::workforce", "\"%1\" (%2) is a family: choose one of its exposures").arg(code, it->label));
            continue;
        }
        if (it->retired) {
            error(Column::Exposures, QCoreApplication::translate("vigie::workforce", "\"%1\" (%2) is no longer in force in the thesaurus").arg(code, it->label));
            continue;
        }
        d.exposures << *it;
    }

    // The category and the guidance.
    FollowUpInput in;
    in.birthDate = d.identity.birthDate;
    in.rqth = d.rqth;
    in.invalidityPension = d.invalidityPension;
    in.start = d.start;
    in.nightWork = d.nightWork;
    in.apprentice = d.apprentice;
    in.exposures = d.exposures;
    d.followUp = computeFollowUp(in);

    for (const ExposureInfo& e : d.exposures)
        if (e.sirRisk)
            info(Column::Exposures, QCoreApplication::translate("vigie::workforce", "%1 implies the reinforced follow-up (SIR, %2): medical aptitude examination "
                                      "by the physician before assignment")
                                        .arg(e.label, e.sirBasis.isEmpty() ? QStringLiteral("R4624-23") : e.sirBasis));
    if (d.nightWork && d.identity.birthDate.isValid()) {
        const bool minorAtStart = d.start.isValid() && ageOn(d.identity.birthDate, d.start) < 18;
        const bool minorNow = today.isValid() && ageOn(d.identity.birthDate, today) < 18;
        if (minorAtStart || minorNow)
            warning(Column::NightWork, QCoreApplication::translate("vigie::workforce", "a worker under 18 on a night post: night work is forbidden to minors save "
                                         "derogations (L3163-2); visit before assignment (R4624-18)"));
    }
    if (d.identity.birthDate.isValid() && d.start.isValid()) {
        const int age = ageOn(d.identity.birthDate, d.start);
        if (age < 14)
            warning(Column::BirthDate, QCoreApplication::translate("vigie::workforce", "the worker was %1 on the start date: check the birth date").arg(age));
        else if (age > 80)
            warning(Column::BirthDate, QCoreApplication::translate("vigie::workforce", "the worker was %1 on the start date: check the birth date").arg(age));
    }
    check.identityOk = identityOk;
    return check;
}

Distribution distributionOf(const QHash<QString, Category>& categoryByWorker)
{
    Distribution d;
    for (auto it = categoryByWorker.cbegin(); it != categoryByWorker.cend(); ++it)
        d.add(it.value());
    return d;
}

YearDiff diffYears(const QHash<QString, Category>& previous, bool hasPrevious, const QHash<QString, Category>& current,
                   const QHash<QString, QDate>& startByWorker, int year)
{
    YearDiff diff;
    diff.hasPrevious = hasPrevious;
    QStringList ids = current.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString& id : ids) {
        const Category now = current.value(id);
        if (hasPrevious) {
            const auto before = previous.constFind(id);
            if (before == previous.constEnd())
                diff.arrivals << DiffEntry{id, std::nullopt, now};
            else if (before.value() != now)
                diff.changes << DiffEntry{id, before.value(), now};
        } else if (startByWorker.value(id).year() >= year) {
            diff.arrivals << DiffEntry{id, std::nullopt, now};
        }
    }
    if (hasPrevious) {
        QStringList gone = previous.keys();
        std::sort(gone.begin(), gone.end());
        for (const QString& id : gone)
            if (!current.contains(id))
                diff.departures << DiffEntry{id, previous.value(id), std::nullopt};
    }
    return diff;
}

} // namespace vigie::workforce
