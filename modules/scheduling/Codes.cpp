#include "scheduling/Codes.h"

#include <QLatin1String>

#include <utility>

namespace vigie::scheduling {

namespace {

// One table per enum, in declaration order, so that code → text and text → code cannot disagree.
template<class E>
struct Code {
    E value;
    const char* text;
};

constexpr Code<Flag> kFlags[] = {
    {Flag::Rqth, "RQTH"},
    {Flag::InvalidityPension, "INVALIDITY_PENSION"},
    {Flag::Pregnant, "PREGNANT"},
};

constexpr Code<SirRisk> kSirRisks[] = {
    {SirRisk::Asbestos, "ASBESTOS"},
    {SirRisk::Lead, "LEAD"},
    {SirRisk::Cmr, "CMR"},
    {SirRisk::Bio34, "BIO_3_4"},
    {SirRisk::IonisingRadiation, "IONISING_RADIATION"},
    {SirRisk::Hyperbaric, "HYPERBARIC"},
    {SirRisk::Scaffolding, "SCAFFOLDING"},
    {SirRisk::AptitudeSpecific, "APTITUDE_SPECIFIC"},
    {SirRisk::EmployerListed, "EMPLOYER_LISTED"},
};

constexpr Code<VisitKind> kVisitKinds[] = {
    {VisitKind::Vip, "VIP"},
    {VisitKind::VipRenewal, "VIP_RENEWAL"},
    {VisitKind::Ema, "EMA"},
    {VisitKind::EmaRenewal, "EMA_RENEWAL"},
    {VisitKind::SirIntermediate, "SIR_INTERMEDIATE"},
    {VisitKind::Return, "RETURN"},
    {VisitKind::MidCareer, "MID_CAREER"},
    {VisitKind::PostExposure, "POST_EXPOSURE"},
    {VisitKind::PreReturn, "PRE_RETURN"},
    {VisitKind::OnRequest, "ON_REQUEST"},
};

constexpr Code<AbsenceCause> kCauses[] = {
    {AbsenceCause::Illness, "ILLNESS"},
    {AbsenceCause::WorkAccident, "WORK_ACCIDENT"},
    {AbsenceCause::OccupationalDisease, "OCCUPATIONAL_DISEASE"},
    {AbsenceCause::Maternity, "MATERNITY"},
};

constexpr Code<Performer> kPerformers[] = {
    {Performer::Mt, "MT"},
    {Performer::HealthPro, "HEALTH_PRO"},
};

constexpr Code<Category> kCategories[] = {
    {Category::Si, "SI"},
    {Category::Sia, "SIA"},
    {Category::Sir, "SIR"},
};

template<class E, std::size_t N>
QString textOf(const Code<E> (&table)[N], E value)
{
    for (const Code<E>& c : table)
        if (c.value == value)
            return QString::fromLatin1(c.text);
    return {};
}

template<class E, std::size_t N>
std::optional<E> valueOf(const Code<E> (&table)[N], const QString& text)
{
    for (const Code<E>& c : table)
        if (text == QLatin1String(c.text))
            return c.value;
    return std::nullopt;
}

} // namespace

QString codeOf(Flag flag) { return textOf(kFlags, flag); }
QString codeOf(SirRisk risk) { return textOf(kSirRisks, risk); }
QString codeOf(VisitKind kind) { return textOf(kVisitKinds, kind); }
QString codeOf(AbsenceCause cause) { return textOf(kCauses, cause); }
QString codeOf(Performer performer) { return textOf(kPerformers, performer); }
QString codeOf(Category category) { return textOf(kCategories, category); }

std::optional<Flag> flagFromCode(const QString& code) { return valueOf(kFlags, code); }
std::optional<SirRisk> sirRiskFromCode(const QString& code) { return valueOf(kSirRisks, code); }
std::optional<VisitKind> visitKindFromCode(const QString& code) { return valueOf(kVisitKinds, code); }
std::optional<AbsenceCause> absenceCauseFromCode(const QString& code) { return valueOf(kCauses, code); }

} // namespace vigie::scheduling
