#pragma once
// Opening a record from anywhere (issue 18 item 2): a page where a worker is selected asks the
// navigator to open her (one key); the main window opens the hit on the page that opens its kind (a
// worker: the medical record) — under that page's policy. The navigator also remembers the worker
// chosen last on any page, so that the record page shows her when it is opened without one. The main
// window forgets it when the session locks (SESS-01). One per process.

#include "ui/ModuleRegistry.h"

#include <QObject>
#include <QString>

namespace vigie::ui {

class Navigator : public QObject
{
    Q_OBJECT

public:
    static Navigator& instance();

    // Asks the main window to open `hit` (e.g. kind "worker", id the worker's).
    void open(const SearchHit& hit) { emit openRequested(hit); }
    // Opens the worker's medical record: a hit of kind "record".
    void openWorker(const QString& workerId);
    void setCurrentWorker(const QString& workerId) { m_currentWorker = workerId; }
    const QString& currentWorker() const { return m_currentWorker; }
    void forget() { m_currentWorker.clear(); }

signals:
    void openRequested(const vigie::ui::SearchHit& hit);

private:
    Navigator() = default;
    QString m_currentWorker;
};

} // namespace vigie::ui
