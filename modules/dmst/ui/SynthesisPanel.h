#pragma once
// The record's first tab (issue 18 item 3): SynthesisStore's synthesis of the person as one readable
// page — alerts first, then identity and INS status, current posts with their follow-up category and
// reason, exposures current and past with their L4161-1 factor, next due visits with their deadline,
// last conclusions and documents, an open PDP case. A section the role may not read is absent; a part
// refused for this worker says so. Read only; scrolled with the keyboard (arrows, Page Up/Down).

#include "dmst/Synthesis.h"

#include <QWidget>

class QTextBrowser;

namespace vigie::security {
class Session;
}

namespace vigie::dmst {

class SynthesisPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SynthesisPanel(security::Session& session, QWidget* parent = nullptr);

    void setWorker(const QString& workerId);
    void refresh();
    void clear();

    QTextBrowser* view() const { return m_view; }
    QString text() const;
    const RecordSynthesis& synthesis() const { return m_synthesis; }

private:
    QString html() const;

    security::Session& m_session;
    QString m_workerId;
    RecordSynthesis m_synthesis;
    QTextBrowser* m_view = nullptr;
};

} // namespace vigie::dmst
