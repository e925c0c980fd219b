#include "RenewalDelaysBox.h"

#include "companysheet/CompanySheetStore.h"
#include "prevention/PrimaryPreventionStore.h"
#include "scheduling/RenewalDelays.h"
#include "scheduling/RenewalSettingsStore.h"
#include "security/Session.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <functional>

namespace vigie::desktop {

RenewalDelaysBox::RenewalDelaysBox(security::Session& session, QWidget* parent)
    : QGroupBox(tr("Delays"), parent), m_session(session)
{
    auto* form = new QFormLayout(this);
    auto* hint = new QLabel(tr("The periodic visits never later than the law allows; a team's protocol may shorten them further."), this);
    hint->setWordWrap(true);
    form->addRow(hint);
    // The boxes accept more than the law so that a value too long is refused with its reason, not
    // silently cut to the maximum.
    const QList<scheduling::RenewalDelay> delays = scheduling::allRenewalDelays();
    const QStringList labels{tr("VIP renew&al, SI:"), tr("VIP renewal, SIA:"), tr("Medical exam, SIR:"), tr("Intermediate visit, SIR:")};
    for (int i = 0; i < delays.size(); ++i) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("renewal%1").arg(i));
        box->setRange(0, 240);
        box->setSuffix(tr(" months"));
        box->setToolTip(tr("%1 — at most %2 months (%3)")
                            .arg(scheduling::renewalDelayTitle(delays.at(i)))
                            .arg(scheduling::legalMaximum(delays.at(i)))
                            .arg(scheduling::renewalDelayBasis(delays.at(i))));
        m_renewal.at(size_t(i)) = box;
        form->addRow(labels.at(i), box);
    }
    m_sheetYears = new QSpinBox(this);
    m_sheetYears->setObjectName(QStringLiteral("sheetYears"));
    m_sheetYears->setRange(0, 20);
    m_sheetYears->setSuffix(tr(" year(s)"));
    form->addRow(tr("Company sheet update:"), m_sheetYears);
    m_preventionYears = new QSpinBox(this);
    m_preventionYears->setObjectName(QStringLiteral("preventionYears"));
    m_preventionYears->setRange(0, 20);
    m_preventionYears->setSuffix(tr(" year(s)"));
    m_preventionYears->setToolTip(tr("Offer §3.2.3: a primary-prevention action at each establishment at least every 4 years"));
    form->addRow(tr("Primary prevention:"), m_preventionYears);
    auto* saveButton = new QPushButton(tr("Save the &delays"), this);
    form->addRow(saveButton);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("delaysMessage"));
    m_message->setWordWrap(true);
    form->addRow(m_message);
    connect(saveButton, &QPushButton::clicked, this, &RenewalDelaysBox::save);
    reload();
}

void RenewalDelaysBox::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b42318;") : QStringLiteral("color: #1d6b3a;"));
}

void RenewalDelaysBox::reload()
{
    const QList<scheduling::RenewalDelay> delays = scheduling::allRenewalDelays();
    if (auto p = scheduling::RenewalSettingsStore::current(m_session)) {
        for (int i = 0; i < delays.size(); ++i)
            m_renewal.at(size_t(i))->setValue(scheduling::monthsOf(p.value(), delays.at(i)));
    } else {
        say(p.error().message, true);
    }
    if (auto years = companysheet::CompanySheetStore::renewalYears(m_session))
        m_sheetYears->setValue(years.value());
    else
        say(years.error().message, true);
    if (auto years = prevention::PrimaryPreventionStore::intervalYears(m_session))
        m_preventionYears->setValue(years.value());
    else
        say(years.error().message, true);
}

bool RenewalDelaysBox::save()
{
    scheduling::Periodicities p;
    const QList<scheduling::RenewalDelay> delays = scheduling::allRenewalDelays();
    for (int i = 0; i < delays.size(); ++i)
        scheduling::setMonths(p, delays.at(i), m_renewal.at(size_t(i))->value());
    // Every value checked before anything is written.
    if (core::Status s = scheduling::checkRenewalDelays(p); !s) {
        say(s.error().message, true);
        return false;
    }
    if (core::Status s = prevention::checkPrimaryPreventionYears(m_preventionYears->value()); !s) {
        say(s.error().message, true);
        return false;
    }
    // One after the other: the company sheets' store checks its own bounds first.
    const QList<std::function<core::Status()>> writes{
        [&] { return companysheet::CompanySheetStore::setRenewalYears(m_session, m_sheetYears->value()); },
        [&] { return scheduling::RenewalSettingsStore::set(m_session, p); },
        [&] { return prevention::PrimaryPreventionStore::setIntervalYears(m_session, m_preventionYears->value()); }};
    for (const auto& write : writes) {
        if (core::Status s = write(); !s) {
            say(s.error().message, true);
            return false;
        }
    }
    say(tr("The delays are saved: the planning uses them from now on."), false);
    return true;
}

} // namespace vigie::desktop
