#include "scheduling/SituationReader.h"

#include "scheduling/Dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace vigie::scheduling {

namespace {

using core::Error;
using core::ErrorCode;
using core::Result;

// ---- JSON paths ------------------------------------------------------------------------------

QString member(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
}

QString element(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// ---- Errors: one line, naming the field (values of other people's records are not repeated) ----

Error invalid(QString message)
{
    return Error{ErrorCode::Invalid, std::move(message)};
}

Error missing(const QString& path)
{
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1 is missing").arg(path));
}

Error notString(const QString& path)
{
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1 must be a string").arg(path));
}

Error notBool(const QString& path)
{
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1 must be true or false").arg(path));
}

Error notArray(const QString& path)
{
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1 must be an array").arg(path));
}

Error notObject(const QString& path)
{
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1 must be an object").arg(path));
}

Error badDate(const QString& path, const QString& text)
{
    //: %2 is the text found in the input
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1: \"%2\" is not a valid date (YYYY-MM-DD)").arg(path, text));
}

Error unknownCode(const QString& path, const QString& text)
{
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1: unknown code \"%2\"").arg(path, text));
}

Error duplicateId(const QString& path, const QString& id)
{
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1: duplicate id \"%2\"").arg(path, id));
}

Error noSuchEmployment(const QString& path, const QString& id)
{
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1: the worker has no employment \"%2\"").arg(path, id));
}

Error before(const QString& path, const QString& otherPath)
{
    //: both are JSON paths such as workers[0].employments[1].end
    return invalid(QCoreApplication::translate("vigie::scheduling", "%1 is before %2").arg(path, otherPath));
}

// ---- Typed fields --------------------------------------------------------------------------

bool absent(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

Result<QDate> dateOf(const QJsonValue& v, const QString& path)
{
    if (!v.isString())
        return notString(path);
    const std::optional<QDate> date = parseIsoDate(v.toString());
    if (!date)
        return badDate(path, v.toString());
    return *date;
}

Result<QString> requiredString(const QJsonObject& o, const char* key, const QString& path)
{
    const QString p = member(path, key);
    const QJsonValue v = o.value(QLatin1String(key));
    if (absent(v))
        return missing(p);
    if (!v.isString())
        return notString(p);
    return v.toString();
}

Result<std::optional<QString>> optionalString(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (absent(v))
        return std::optional<QString>();
    if (!v.isString())
        return notString(member(path, key));
    return std::optional<QString>(v.toString());
}

Result<QDate> requiredDate(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (absent(v))
        return missing(member(path, key));
    return dateOf(v, member(path, key));
}

Result<std::optional<QDate>> optionalDate(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (absent(v))
        return std::optional<QDate>();
    const Result<QDate> date = dateOf(v, member(path, key));
    if (!date)
        return date.error();
    return std::optional<QDate>(date.value());
}

Result<bool> optionalBool(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (absent(v))
        return false;
    if (!v.isBool())
        return notBool(member(path, key));
    return v.toBool();
}

// An absent or null list is empty.
Result<QJsonArray> optionalArray(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (absent(v))
        return QJsonArray();
    if (!v.isArray())
        return notArray(member(path, key));
    return v.toArray();
}

Result<QJsonObject> objectOf(const QJsonValue& v, const QString& path)
{
    if (!v.isObject())
        return notObject(path);
    return v.toObject();
}

// A list of codes: each a string that `parse` knows.
template<class E>
Result<QList<E>> codeList(const QJsonObject& o, const char* key, const QString& path,
                          std::optional<E> (*parse)(const QString&))
{
    const Result<QJsonArray> array = optionalArray(o, key, path);
    if (!array)
        return array.error();
    QList<E> out;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const QString p = element(member(path, key), i);
        const QJsonValue v = array.value().at(i);
        if (!v.isString())
            return notString(p);
        const std::optional<E> code = parse(v.toString());
        if (!code)
            return unknownCode(p, v.toString());
        out << *code;
    }
    return out;
}

template<class E>
Result<E> requiredCode(const QJsonObject& o, const char* key, const QString& path, std::optional<E> (*parse)(const QString&))
{
    const Result<QString> text = requiredString(o, key, path);
    if (!text)
        return text.error();
    const std::optional<E> code = parse(text.value());
    if (!code)
        return unknownCode(member(path, key), text.value());
    return *code;
}

// ---- Records -----------------------------------------------------------------------------------

// `seenIds`: the ids of the worker's employments read so far (an id is unique within a worker).
Result<Employment> readEmployment(const QJsonValue& value, const QString& path, QSet<QString>& seenIds)
{
    const Result<QJsonObject> o = objectOf(value, path);
    if (!o)
        return o.error();
    Employment e;
    const auto id = requiredString(o.value(), "id", path);
    if (!id)
        return id.error();
    e.id = id.value();
    if (seenIds.contains(e.id))
        return duplicateId(member(path, "id"), e.id);
    seenIds.insert(e.id);
    const auto start = requiredDate(o.value(), "start", path);
    if (!start)
        return start.error();
    e.start = start.value();
    const auto end = optionalDate(o.value(), "end", path);
    if (!end)
        return end.error();
    e.end = end.value();
    const auto apprentice = optionalBool(o.value(), "apprentice", path);
    if (!apprentice)
        return apprentice.error();
    e.apprentice = apprentice.value();
    const auto night = optionalBool(o.value(), "night_worker", path);
    if (!night)
        return night.error();
    e.nightWorker = night.value();
    const auto risks = codeList<SirRisk>(o.value(), "sir_risks", path, sirRiskFromCode);
    if (!risks)
        return risks.error();
    e.sirRisks = risks.value();
    const auto exposureEnd = optionalDate(o.value(), "exposure_end", path);
    if (!exposureEnd)
        return exposureEnd.error();
    e.exposureEnd = exposureEnd.value();

    if (e.end && *e.end < e.start)
        return before(member(path, "end"), member(path, "start"));
    if (e.exposureEnd && *e.exposureEnd < e.start)
        return before(member(path, "exposure_end"), member(path, "start"));
    return e;
}

Result<Visit> readVisit(const QJsonValue& value, const QString& path, const Worker& worker, QDate today)
{
    const Result<QJsonObject> o = objectOf(value, path);
    if (!o)
        return o.error();
    Visit v;
    const auto date = requiredDate(o.value(), "date", path);
    if (!date)
        return date.error();
    v.date = date.value();
    const auto kind = requiredCode<VisitKind>(o.value(), "kind", path, visitKindFromCode);
    if (!kind)
        return kind.error();
    v.kind = kind.value();
    const auto employment = optionalString(o.value(), "employment", path);
    if (!employment)
        return employment.error();
    v.employment = employment.value();

    if (v.employment && std::none_of(worker.employments.cbegin(), worker.employments.cend(),
                                     [&](const Employment& e) { return e.id == *v.employment; }))
        return noSuchEmployment(member(path, "employment"), *v.employment);
    if (v.date > today)
        return invalid(QCoreApplication::translate("vigie::scheduling", "%1 is after today (%2)")
                           .arg(member(path, "date"), isoText(today)));
    return v;
}

Result<Absence> readAbsence(const QJsonValue& value, const QString& path)
{
    const Result<QJsonObject> o = objectOf(value, path);
    if (!o)
        return o.error();
    Absence a;
    const auto start = requiredDate(o.value(), "start", path);
    if (!start)
        return start.error();
    a.start = start.value();
    const auto end = optionalDate(o.value(), "end", path);
    if (!end)
        return end.error();
    a.end = end.value();
    const auto cause = requiredCode<AbsenceCause>(o.value(), "cause", path, absenceCauseFromCode);
    if (!cause)
        return cause.error();
    a.cause = cause.value();

    if (a.end && *a.end < a.start)
        return before(member(path, "end"), member(path, "start"));
    return a;
}

// "A worker's absences do not overlap": an open absence (no end) runs forever.
core::Status checkAbsencesApart(const Worker& worker, const QString& path)
{
    QList<qsizetype> order(worker.absences.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return worker.absences.at(a).start < worker.absences.at(b).start; });
    for (qsizetype k = 1; k < order.size(); ++k) {
        const Absence& previous = worker.absences.at(order.at(k - 1));
        const Absence& next = worker.absences.at(order.at(k));
        if (!previous.end || *previous.end >= next.start) {
            // Name the one that comes later in the input, against the other.
            const qsizetype first = std::min(order.at(k - 1), order.at(k));
            const qsizetype second = std::max(order.at(k - 1), order.at(k));
            const QString absences = member(path, "absences");
            return invalid(QCoreApplication::translate("vigie::scheduling", "%1 overlaps %2")
                               .arg(element(absences, second), element(absences, first)));
        }
    }
    return core::Status::success();
}

// `seenIds`: the worker ids read so far (unique in the input).
Result<Worker> readWorker(const QJsonValue& value, const QString& path, QDate today, QSet<QString>& seenIds)
{
    const Result<QJsonObject> o = objectOf(value, path);
    if (!o)
        return o.error();
    Worker w;
    const auto id = requiredString(o.value(), "id", path);
    if (!id)
        return id.error();
    w.id = id.value();
    if (seenIds.contains(w.id))
        return duplicateId(member(path, "id"), w.id);
    seenIds.insert(w.id);
    const auto birth = requiredDate(o.value(), "birth_date", path);
    if (!birth)
        return birth.error();
    w.birthDate = birth.value();
    const auto flags = codeList<Flag>(o.value(), "flags", path, flagFromCode);
    if (!flags)
        return flags.error();
    w.flags = flags.value();

    const auto employments = optionalArray(o.value(), "employments", path);
    if (!employments)
        return employments.error();
    QSet<QString> employmentIds;
    for (qsizetype i = 0; i < employments.value().size(); ++i) {
        const QString p = element(member(path, "employments"), i);
        auto e = readEmployment(employments.value().at(i), p, employmentIds);
        if (!e)
            return e.error();
        w.employments << std::move(e).value();
    }

    const auto visits = optionalArray(o.value(), "visits", path);
    if (!visits)
        return visits.error();
    for (qsizetype i = 0; i < visits.value().size(); ++i) {
        auto v = readVisit(visits.value().at(i), element(member(path, "visits"), i), w, today);
        if (!v)
            return v.error();
        w.visits << std::move(v).value();
    }

    const auto absences = optionalArray(o.value(), "absences", path);
    if (!absences)
        return absences.error();
    for (qsizetype i = 0; i < absences.value().size(); ++i) {
        auto a = readAbsence(absences.value().at(i), element(member(path, "absences"), i));
        if (!a)
            return a.error();
        w.absences << std::move(a).value();
    }
    if (const core::Status apart = checkAbsencesApart(w, path); !apart)
        return apart.error();
    return w;
}

} // namespace

Result<Situation> readSituation(const QByteArray& json, std::optional<QDate> todayOverride)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        //: %1 is the parser's reason, %2 a character offset
        return invalid(QCoreApplication::translate("vigie::scheduling", "The input is not valid JSON: %1 (at offset %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return invalid(QCoreApplication::translate("vigie::scheduling", "The input must be a JSON object"));
    const QJsonObject root = doc.object();

    Situation s;
    const auto inputToday = optionalDate(root, "today", QString());
    if (!inputToday)
        return inputToday.error();
    if (todayOverride)
        s.today = *todayOverride;
    else if (inputToday.value())
        s.today = *inputToday.value();
    else
        //: %1 is the field name "today", kept as is
        return invalid(QCoreApplication::translate("vigie::scheduling", "%1 is missing: give it in the input or with --today")
                           .arg(QStringLiteral("today")));

    const auto workers = optionalArray(root, "workers", QString());
    if (!workers)
        return workers.error();
    QSet<QString> workerIds;
    for (qsizetype i = 0; i < workers.value().size(); ++i) {
        const QString p = element(QStringLiteral("workers"), i);
        auto w = readWorker(workers.value().at(i), p, s.today, workerIds);
        if (!w)
            return w.error();
        s.workers << std::move(w).value();
    }
    return s;
}

} // namespace vigie::scheduling
