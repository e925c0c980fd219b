#include "workforce/FollowUp.h"

#include "scheduling/Category.h"

#include <QCoreApplication>

namespace vigie::workforce {

namespace {
QString lowerFirst(const QString& text)
{
    if (text.isEmpty())
        return text;
    // Keep acronyms ("CMR", "RQTH") as they are: only a capital followed by a lower-case letter.
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        return text.at(0).toLower() + text.mid(1);
    return text;
}

int rank(Category c)
{
    switch (c) {
    case Category::Si: return 0;
    case Category::Sia: return 1;
    case Category::Sir: return 2;
    }
    return 0;
}
} // namespace

QString categoryCode(Category category) { return scheduling::codeOf(category); }

std::optional<Category> categoryFromCode(const QString& code)
{
    for (Category c : {Category::Si, Category::Sia, Category::Sir})
        if (code == scheduling::codeOf(c))
            return c;
    return std::nullopt;
}

Category higher(Category a, Category b) { return rank(a) >= rank(b) ? a : b; }

FollowUpDecision computeFollowUp(const FollowUpInput& in)
{
    scheduling::Worker worker;
    worker.id = QStringLiteral("w");
    // An unknown birth or start date never makes the worker a minor (the form asks for them).
    worker.birthDate = in.birthDate.isValid() ? in.birthDate : QDate(1900, 1, 1);
    if (in.rqth)
        worker.flags << scheduling::Flag::Rqth;
    if (in.invalidityPension)
        worker.flags << scheduling::Flag::InvalidityPension;
    scheduling::Employment employment;
    employment.id = QStringLiteral("e");
    employment.start = in.start.isValid() ? in.start : worker.birthDate.addYears(100);
    employment.nightWorker = in.nightWork;
    employment.apprentice = in.apprentice;
    for (const ExposureInfo& e : in.exposures)
        if (e.sirRisk && !employment.sirRisks.contains(*e.sirRisk))
            employment.sirRisks << *e.sirRisk;

    const scheduling::CategoryDecision rule = scheduling::followUpCategory(worker, employment);
    FollowUpDecision d;
    d.category = rule.category;
    d.rule = rule.reason;

    switch (rule.category) {
    case Category::Sir: {
        // One reason per R4624-23 risk, in the order the exposures were given.
        QList<scheduling::SirRisk> seen;
        for (const ExposureInfo& e : in.exposures) {
            if (!e.sirRisk || seen.contains(*e.sirRisk))
                continue;
            seen << *e.sirRisk;
            const QString what = lowerFirst(e.sirLabel.isEmpty() ? e.label : e.sirLabel);
            const QString basis = e.sirBasis.isEmpty() ? QStringLiteral("R4624-23") : e.sirBasis;
            //: %1 the R4624-23 risk ("amiante"), %2 its article ("R4624-23 I 1°")
            d.reasons << QCoreApplication::translate("vigie::workforce", "SIR: %1 (%2)").arg(what, basis);
        }
        break;
    }
    case Category::Sia:
        if (in.nightWork)
            d.reasons << QCoreApplication::translate("vigie::workforce", "SIA: night work (R4624-18)");
        if (in.start.isValid() && in.birthDate.isValid() && scheduling::isMinorOn(worker, in.start))
            d.reasons << QCoreApplication::translate("vigie::workforce", "SIA: under 18 on the start date (R4624-18)");
        if (in.rqth)
            d.reasons << QCoreApplication::translate("vigie::workforce", "SIA: recognised disabled worker, RQTH (R4624-17)");
        if (in.invalidityPension)
            d.reasons << QCoreApplication::translate("vigie::workforce", "SIA: invalidity pension (R4624-17)");
        break;
    case Category::Si:
        d.reasons << QCoreApplication::translate("vigie::workforce", "SI: no particular risk or situation declared (R4624-10)");
        break;
    }
    return d;
}

} // namespace vigie::workforce
