#pragma once
// ThesaurusPicker: the field every coded value is entered with (NAF, commune, exposure, visit kind,
// avis, ...). Keyboard first: type a code or words of a label; the list shows code, label and
// hierarchy, recently used codes first; Up/Down choose, Enter or Tab confirm, Escape cancels. With the
// field empty, Down lists the codes this user used last (kept per user and per code system in QSettings).
//
// The picker runs no SQL and knows no store: it asks a CodeProvider, which the module that owns the
// codes implements (modules/thesaurus/ui has the adapter on ThesaurusStore). Tests give it their own.

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QFrame;

namespace vigie::ui {

// One code as the picker shows it.
struct CodeChoice {
    QString code;
    QString label;
    QStringList hierarchy;  // ancestors, root first, each already formatted ("C Industrie manufacturière")
    QString detail;         // optional extra text (e.g. postal codes)
    bool exactCode = false; // the text typed is this code: listed first
    bool retired = false;   // no longer in force (shown only for a value recorded before)
};

class CodeProvider
{
public:
    virtual ~CodeProvider() = default;
    // Names the code system: recent codes are kept per system.
    virtual QString systemId() const = 0;
    // At most `limit` codes for `text`, best first.
    virtual core::Result<QList<CodeChoice>> search(const QString& text, int limit) = 0;
    // One code, to show the current value and the recent codes; nullopt when unknown.
    virtual std::optional<CodeChoice> lookup(const QString& code) = 0;
};

class ThesaurusPicker : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged USER true)

public:
    static constexpr int DebounceMsecs = 150;
    static constexpr int MaxResults = 20;
    static constexpr int MaxRecent = 8;

    explicit ThesaurusPicker(QWidget* parent = nullptr);
    ~ThesaurusPicker() override;

    void setProvider(std::shared_ptr<CodeProvider> provider);
    // Recent codes are kept per user: the signed-in account's id.
    void setRecentScope(const QString& userId);

    QString code() const { return m_code; }
    void setCode(const QString& code);
    void clear() { setCode({}); }

    QLineEdit* lineEdit() const { return m_field; }
    QTreeWidget* resultList() const { return m_list; }
    bool isPopupVisible() const;
    QStringList shownCodes() const;   // codes listed now, in order
    QStringList recentCodes() const;  // most recent first

    // Runs the pending search now (tests, Enter).
    void searchNow();

signals:
    void codeChanged(const QString& code); // any change of value, by the user or by setCode
    void codeChosen(const QString& code);  // the user confirmed a code

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onEdited();
    void showChoices(const QList<CodeChoice>& choices, const QString& status);
    void showRecent();
    void choose(int row);
    void moveCurrent(int delta);
    void showPopup();
    void hidePopup();
    void showValue();
    void remember(const QString& code);
    QString settingsKey() const;

    std::shared_ptr<CodeProvider> m_provider;
    QString m_scope;
    QString m_code;
    std::optional<CodeChoice> m_current;
    QLineEdit* m_field;
    QFrame* m_popup;
    QTreeWidget* m_list;
    QLabel* m_status;
    QTimer* m_debounce;
    QList<CodeChoice> m_choices;
    QString m_searched; // text of the last search (null: none since the last edit)
};

} // namespace vigie::ui
