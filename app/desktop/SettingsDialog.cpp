#include "SettingsDialog.h"

#include "security/IdleLock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::desktop {

UiSettings UiSettings::load()
{
    QSettings s;
    UiSettings out;
    out.language = s.value(QLatin1String(LanguageKey)).toString() == QLatin1String("en") ? QStringLiteral("en")
                                                                                         : QStringLiteral("fr");
    out.idleMinutes = security::IdleLockRules::clampMinutes(
        s.value(QLatin1String(IdleMinutesKey), security::IdleLockRules::DefaultMinutes).toInt());
    return out;
}

void UiSettings::save() const
{
    QSettings s;
    s.setValue(QLatin1String(LanguageKey), language);
    s.setValue(QLatin1String(IdleMinutesKey), security::IdleLockRules::clampMinutes(idleMinutes));
}

SettingsDialog::SettingsDialog(const UiSettings& settings, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_idle(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    // Each language is named in itself, so that anyone finds theirs.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_idle->setRange(security::IdleLockRules::MinMinutes, security::IdleLockRules::MaxMinutes);
    m_idle->setValue(security::IdleLockRules::clampMinutes(settings.idleMinutes));
    m_idle->setSuffix(tr(" min"));

    auto* languageNote = new QLabel(tr("The language applies at the next start of Vigie."), this);
    auto* idleNote = new QLabel(tr("Without keyboard or mouse activity for this delay, the session locks and hides "
                                   "every personal datum (1 to 30 minutes)."),
                                this);
    for (QLabel* note : {languageNote, idleNote}) {
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color:#4a5563;"));
    }

    auto* form = new QFormLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto* idleLabel = new QLabel(tr("&Lock after:"), this);
    idleLabel->setBuddy(m_idle);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), languageNote);
    form->addRow(idleLabel, m_idle);
    form->addRow(QString(), idleNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

UiSettings SettingsDialog::settings() const
{
    UiSettings out;
    out.language = m_language->currentData().toString();
    out.idleMinutes = security::IdleLockRules::clampMinutes(m_idle->value());
    return out;
}

} // namespace vigie::desktop
