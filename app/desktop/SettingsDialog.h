#pragma once
// "File > Preferences…" (Ctrl+,): the idle-lock delay (1 to 30 minutes, SESS-01) and the language.
// Saved with QSettings under ui/idleMinutes and ui/language; the language applies at the next start.

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace vigie::desktop {

struct UiSettings {
    static constexpr const char* LanguageKey = "ui/language";
    static constexpr const char* IdleMinutesKey = "ui/idleMinutes";
    QString language = QStringLiteral("fr"); // "fr" or "en"
    int idleMinutes = 15;                      // clamped by IdleLockRules
    static UiSettings load();
    void save() const;
};

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const UiSettings& settings, QWidget* parent = nullptr);

    UiSettings settings() const;
    QComboBox* languageCombo() const { return m_language; }
    QSpinBox* idleSpin() const { return m_idle; }

private:
    QComboBox* m_language;
    QSpinBox* m_idle;
};

} // namespace vigie::desktop
