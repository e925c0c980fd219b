#include "ui/Navigator.h"

namespace vigie::ui {

Navigator& Navigator::instance()
{
    static Navigator navigator;
    return navigator;
}

void Navigator::openWorker(const QString& workerId)
{
    if (workerId.isEmpty())
        return;
    m_currentWorker = workerId;
    SearchHit hit;
    hit.kind = QStringLiteral("record"); // the medical record's page opens it
    hit.id = workerId;
    emit openRequested(hit);
}

} // namespace vigie::ui
