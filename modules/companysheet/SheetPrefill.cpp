#include "companysheet/SheetPrefill.h"

#include "companysheet/SheetPlan.h"
#include "membership/PreventionScore.h"

#include <QHash>

namespace vigie::companysheet {

namespace {
const QString S_Id = Sections::Identification;

QString nameAndAddress(const membership::Member& m)
{
    QStringList lines;
    QString name = m.name.trimmed();
    if (!m.enterpriseName.trimmed().isEmpty() && m.enterpriseName.trimmed() != name)
        name += QStringLiteral(" (%1)").arg(m.enterpriseName.trimmed());
    lines << name;
    if (!m.address.street.trimmed().isEmpty())
        lines << m.address.street.trimmed();
    if (!m.address.extra.trimmed().isEmpty())
        lines << m.address.extra.trimmed();
    const QString city = (m.address.postalCode + QLatin1Char(' ') + m.address.city).trimmed();
    if (!city.isEmpty())
        lines << city;
    lines << QStringLiteral("SIRET %1").arg(membership::formatSiret(m.siret));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

ContractColumn contractColumn(const QString& contractType)
{
    const QString c = contractType.trimmed().toUpper();
    if (c == QLatin1String("CDI"))
        return ContractColumn::Cdi;
    if (c == QLatin1String("CDD") || c == QLatin1String("SEASONAL"))
        return ContractColumn::Cdd;
    if (c == QLatin1String("INTERIM"))
        return ContractColumn::Interim;
    return ContractColumn::Other;
}

QString regulatoryReminderText()
{
    return QStringLiteral(
        "La fiche d'entreprise est établie et mise à jour par le service de prévention et de santé au travail "
        "(articles R4624-46 et R4624-47 du code du travail). Elle est transmise à l'employeur et présentée au comité "
        "social et économique en même temps que le rapport annuel sur l'évolution de la situation en matière de "
        "santé, de sécurité et de conditions de travail (R4624-48). L'employeur la conserve et la tient à la "
        "disposition de l'agent de contrôle de l'inspection du travail et du médecin inspecteur du travail "
        "(R4624-49) ; elle peut être consultée par les agents des services de prévention des organismes de "
        "sécurité sociale (R4624-50).");
}

SheetContent prefill(const PrefillFacts& facts, const std::optional<SheetContent>& previous, const QLocale& locale)
{
    SheetContent c = previous.value_or(SheetContent());
    const auto put = [&c](const QString& section, const char* field, const QJsonValue& v) {
        (void)c.set(section, QString::fromLatin1(field), v);
    };
    const membership::Member& m = facts.member;

    // Identification: the membership record is the reference for these facts.
    if (m.memberSince.isValid())
        put(S_Id, "member_since", m.memberSince.toString(Qt::ISODate));
    put(S_Id, "name_address", nameAndAddress(m));
    put(S_Id, "member_number", m.memberNumber);
    put(S_Id, "naf", m.naf);
    if (!facts.teamMembers.isEmpty())
        put(S_Id, "team", facts.teamMembers.join(QLatin1Char('\n')));
    if (!facts.contactName.trimmed().isEmpty())
        put(S_Id, "contact", facts.contactName);
    if (facts.preventionScoreTenths)
        put(S_Id, "prevention_score",
            QStringLiteral("%1 / 5 (formulaire d'adhésion du %2)")
                .arg(membership::formatScore(*facts.preventionScoreTenths, locale),
                     facts.preventionScoreDate.toString(QStringLiteral("dd/MM/yyyy"))));
    if (facts.sirDeclared)
        put(S_Id, "sir_declared", *facts.sirDeclared);

    // Workforce and exposures, from the employments in force.
    if (facts.workforce) {
        const WorkforceFacts& w = *facts.workforce;
        const QString S_W = Sections::Workforce;
        put(S_W, "headcount", w.headcount);
        QStringList contracts;
        for (auto it = w.byContract.begin(); it != w.byContract.end(); ++it)
            if (it.value() > 0)
                contracts << QStringLiteral("%1 : %2").arg(it.key()).arg(it.value());
        put(S_W, "contracts", contracts.join(QLatin1Char('\n')));
        put(S_W, "temporary", w.byContract.value(QStringLiteral("INTERIM")));
        put(S_W, "men_women", QStringLiteral("%1 homme(s), %2 femme(s)").arg(w.men).arg(w.women));

        QHash<QString, ExposureEntry> merged;
        QStringList order;
        for (const ExposureEntry& e : c.exposures()) {
            merged.insert(e.code, e);
            order << e.code;
        }
        for (const ExposureEntry& fresh : w.exposures) {
            ExposureEntry e = fresh;
            if (merged.contains(fresh.code)) {
                e.measures = merged.value(fresh.code).measures;
                if (e.label.isEmpty())
                    e.label = merged.value(fresh.code).label;
            } else {
                order << fresh.code;
            }
            merged.insert(fresh.code, e);
        }
        QList<ExposureEntry> list;
        for (const QString& code : order)
            list << merged.value(code);
        c.setExposures(list);
    }

    if (c.value(Sections::Letter, QStringLiteral("regulatory_reminder")).isUndefined())
        put(Sections::Letter, "regulatory_reminder", regulatoryReminderText());
    return c;
}

} // namespace vigie::companysheet
