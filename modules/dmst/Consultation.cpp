#include "dmst/Consultation.h"

#include <QCoreApplication>

#include <cmath>

namespace vigie::dmst {
using core::ErrorCode;
using core::Status;

QString orientationCode(Orientation o)
{
    switch (o) {
    case Orientation::None: return QStringLiteral("none");
    case Orientation::Physician: return QStringLiteral("physician");
    case Orientation::Care: return QStringLiteral("care");
    case Orientation::Team: return QStringLiteral("team");
    }
    return {};
}

std::optional<Orientation> orientationFromCode(const QString& code)
{
    for (Orientation o : {Orientation::None, Orientation::Physician, Orientation::Care, Orientation::Team})
        if (orientationCode(o) == code)
            return o;
    return std::nullopt;
}

QString orientationText(Orientation o)
{
    switch (o) {
    case Orientation::None: return QCoreApplication::translate("vigie::dmst", "No referral");
    case Orientation::Physician: return QCoreApplication::translate("vigie::dmst", "To the occupational physician");
    case Orientation::Care: return QCoreApplication::translate("vigie::dmst", "To care (attending doctor, specialist)");
    case Orientation::Team: return QCoreApplication::translate("vigie::dmst", "To another professional of the team");
    }
    return {};
}

std::optional<double> bodyMassIndex(const std::optional<double>& weightKg, const std::optional<double>& heightCm)
{
    if (!weightKg || !heightCm || *heightCm <= 0 || *weightKg <= 0)
        return std::nullopt;
    const double metres = *heightCm / 100.0;
    return std::round(*weightKg / (metres * metres) * 10.0) / 10.0;
}

QString bmiClass(double bmi)
{
    if (bmi < 18.5)
        return QCoreApplication::translate("vigie::dmst", "underweight");
    if (bmi < 25)
        return QCoreApplication::translate("vigie::dmst", "normal");
    if (bmi < 30)
        return QCoreApplication::translate("vigie::dmst", "overweight");
    return QCoreApplication::translate("vigie::dmst", "obesity");
}

QList<FieldIssue> fieldIssues(const Consultation& c)
{
    QList<FieldIssue> out;
    const auto outOfRange = [&out](const QString& field, const QString& what, double value, double min, double max) {
        out.append({field, QCoreApplication::translate("vigie::dmst", "%1 %2 is out of range (%3 to %4)").arg(what).arg(value).arg(min).arg(max)});
    };
    if (c.weightKg && (*c.weightKg < 20 || *c.weightKg > 350))
        outOfRange(QStringLiteral("weight"), QCoreApplication::translate("vigie::dmst", "Weight (kg)"), *c.weightKg, 20, 350);
    if (c.heightCm && (*c.heightCm < 100 || *c.heightCm > 250))
        outOfRange(QStringLiteral("height"), QCoreApplication::translate("vigie::dmst", "Height (cm)"), *c.heightCm, 100, 250);
    const bool systolicOk = !c.systolic || (*c.systolic >= 50 && *c.systolic <= 260);
    const bool diastolicOk = !c.diastolic || (*c.diastolic >= 30 && *c.diastolic <= 160);
    if (!systolicOk)
        outOfRange(QStringLiteral("systolic"), QCoreApplication::translate("vigie::dmst", "Systolic pressure (mmHg)"), *c.systolic, 50, 260);
    if (!diastolicOk)
        outOfRange(QStringLiteral("diastolic"), QCoreApplication::translate("vigie::dmst", "Diastolic pressure (mmHg)"), *c.diastolic, 30, 160);
    if (systolicOk && diastolicOk && c.systolic && c.diastolic && *c.diastolic >= *c.systolic)
        out.append({QStringLiteral("diastolic"),
                    QCoreApplication::translate("vigie::dmst", "Blood pressure %1/%2: the diastolic must be below the systolic")
                        .arg(*c.systolic)
                        .arg(*c.diastolic)});
    if (c.arrival.isValid() && c.departure.isValid() && c.departure < c.arrival)
        out.append({QStringLiteral("departure"), QCoreApplication::translate("vigie::dmst", "The departure time %1 is before the arrival time %2")
                                                     .arg(c.departure.toString(QStringLiteral("HH:mm")),
                                                          c.arrival.toString(QStringLiteral("HH:mm")))});
    return out;
}

Status checkMeasures(const Consultation& c)
{
    const QList<FieldIssue> issues = fieldIssues(c);
    if (issues.isEmpty())
        return {};
    return Status::fail(ErrorCode::Invalid, issues.first().message);
}

QList<FieldIssue> dropImplausible(Consultation& c)
{
    const QList<FieldIssue> issues = fieldIssues(c);
    for (const FieldIssue& i : issues) {
        if (i.field == QLatin1String("weight"))
            c.weightKg.reset();
        else if (i.field == QLatin1String("height"))
            c.heightCm.reset();
        else if (i.field == QLatin1String("systolic"))
            c.systolic.reset();
        else if (i.field == QLatin1String("diastolic"))
            c.diastolic.reset();
    }
    return issues;
}

Status checkClosable(const Consultation& c, bool rightsInformed)
{
    if (Status s = checkMeasures(c); !s)
        return s;
    if (c.kind.isEmpty())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The kind of visit is missing"));
    if (!c.visitDate.isValid())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The date of the visit is missing"));
    if (c.conclusion.trimmed().isEmpty())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The conclusion is missing"));
    if (!rightsInformed)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::dmst",
                                                        "Record first that the worker was informed of his rights on the record "
                                                        "(R4624-45-6, part 6°): the visit cannot be closed before"));
    return {};
}

} // namespace vigie::dmst
