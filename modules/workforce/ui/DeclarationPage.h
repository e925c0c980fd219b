#pragma once
// The workforce declaration page (issue 5 part 5): choose an establishment and a year, enter the
// workers one by one in a guided form — or import a CSV file — check, and declare. Then the
// distribution by category (table and chart) and the difference with the previous year.
//
// Guidance as you type (Declaration.h checkLine): an exposure that implies SIR, a worker under 18 on a
// night post, a missing start date, and every value that is not valid, with the category the line will
// get and its reasons. Identity vigilance as you type (IdentityStore::likelyDuplicates): as soon as the
// birth name, first names and birth date are there, likely duplicates among the existing workers are
// listed, and the user answers "same person" (merge) or "a different person" (keep apart) before the
// line can be added.
//
// The page runs no SQL: it reads and writes through DeclarationStore and IdentityStore.

#include "ui/ModuleRegistry.h"
#include "workforce/DeclarationStore.h"

#include <QWidget>

#include <optional>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace vigie::security {
class Session;
}
namespace vigie::ui {
class ThesaurusPicker;
}

namespace vigie::workforce {

class DistributionChart;

class DeclarationPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT

public:
    static constexpr int DuplicateDebounceMsecs = 300;

    explicit DeclarationPage(security::Session& session, QWidget* parent = nullptr);

    // Choosing what is declared.
    QComboBox* establishmentBox() const { return m_establishment; }
    QSpinBox* yearBox() const { return m_year; }
    bool selectEstablishment(const QString& siret);

    // The entry form.
    QLineEdit* birthNameField() const { return m_birthName; }
    QLineEdit* firstNamesField() const { return m_firstNames; }
    QLineEdit* birthDateField() const { return m_birthDate; }
    QComboBox* sexBox() const { return m_sex; }
    QLineEdit* nirField() const { return m_nir; }
    QLineEdit* postTitleField() const { return m_postTitle; }
    ui::ThesaurusPicker* contractPicker() const { return m_contract; }
    QLineEdit* startDateField() const { return m_startDate; }
    QLineEdit* endDateField() const { return m_endDate; }
    QCheckBox* nightWorkBox() const { return m_nightWork; }
    QCheckBox* apprenticeBox() const { return m_apprentice; }
    QCheckBox* rqthBox() const { return m_rqth; }
    ui::ThesaurusPicker* exposurePicker() const { return m_exposurePicker; }
    QListWidget* exposureList() const { return m_exposures; }
    QLabel* guidanceLabel() const { return m_guidance; }
    QLabel* categoryLabel() const { return m_category; }
    QWidget* duplicatesBox() const { return m_duplicatesBox; }
    const QList<DuplicateCandidate>& duplicates() const { return m_candidates; }
    QPushButton* addButton() const { return m_add; }

    // The lines and the report.
    QTableWidget* linesTable() const { return m_lines; }
    // The worker of the current line once she is known (empty otherwise); F4 opens her record.
    QString selectedWorkerId() const;
    QAction* openRecordAction() const { return m_openRecord; } // null for roles that do not read records
    QPushButton* importButton() const { return m_import; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* declareButton() const { return m_declare; }
    QListWidget* problemList() const { return m_problems; }
    QLabel* statusLabel() const { return m_status; }
    QTableWidget* distributionTable() const { return m_distribution; }
    DistributionChart* chart() const { return m_chart; }
    QLabel* differenceLabel() const { return m_difference; }
    const std::optional<DeclarationReport>& lastReport() const { return m_report; }
    const QList<RawLine>& lines() const { return m_rawLines; }

    // The form as a line of the declaration (what checkLine and the store receive).
    RawLine currentLine() const;
    // Recomputes the guidance now (it also follows every edit).
    void refreshGuidance();
    // Looks for likely duplicates now instead of after the pause.
    void refreshDuplicates();
    // Answers the duplicate question: the id of the existing worker (same person) or "new".
    void chooseIdentity(const QString& choice);
    // Adds the form's line to the declaration; false (with the reason in the guidance) when the line
    // has an error or an unanswered likely duplicate.
    bool addCurrentLine();
    void removeLine(int row);
    // Reads a CSV file into the lines (Declaration.h format); false when the file cannot be read.
    bool importCsv(const QString& path);
    // A dry run, then the real thing: both show the report.
    void checkDeclaration();
    bool declare();

    // ui::ModulePage
    void clearPersonalData() override;

signals:
    void declared(const QString& declarationId);

private:
    void loadEstablishments();
    void clearForm();
    void rebuildLines();
    void showReport(const DeclarationReport& report, bool written);
    void showDuplicates();
    void addExposure(const QString& code);
    std::optional<DeclarationReport> submit(bool dryRun);
    QString establishmentSiret() const;
    QString establishmentId() const;
    Catalog catalogFor(const QList<RawLine>& lines) const;

    security::Session& m_session;
    QAction* m_openRecord = nullptr;
    QComboBox* m_establishment;
    QSpinBox* m_year;
    QLineEdit* m_birthName;
    QLineEdit* m_firstNames;
    QLineEdit* m_birthDate;
    QComboBox* m_sex;
    QLineEdit* m_nir;
    QLineEdit* m_usedName;
    QLineEdit* m_postTitle;
    ui::ThesaurusPicker* m_contract;
    QLineEdit* m_startDate;
    QLineEdit* m_endDate;
    QCheckBox* m_nightWork;
    QCheckBox* m_apprentice;
    QCheckBox* m_rqth;
    ui::ThesaurusPicker* m_exposurePicker;
    QListWidget* m_exposures;
    QPushButton* m_removeExposure;
    QLabel* m_category;
    QLabel* m_guidance;
    QWidget* m_duplicatesBox;
    QVBoxLayout* m_duplicatesLayout;
    QButtonGroup* m_duplicateGroup;
    QPushButton* m_add;
    QTableWidget* m_lines;
    QPushButton* m_removeLine;
    QPushButton* m_import;
    QPushButton* m_check;
    QPushButton* m_declare;
    QLabel* m_status;
    QListWidget* m_problems;
    QTableWidget* m_distribution;
    DistributionChart* m_chart;
    QLabel* m_difference;
    QTimer* m_duplicateTimer;

    QList<RawLine> m_rawLines;
    QList<Problem> m_readProblems;   // of the imported file: they refuse the declaration too
    QList<DuplicateCandidate> m_candidates;
    QString m_identityChoice;        // "", "new" or a worker id
    QString m_source = QStringLiteral("form");
    QString m_fileName;
    std::optional<DeclarationReport> m_report;
};

} // namespace vigie::workforce
