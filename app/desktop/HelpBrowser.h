#pragma once
// The users' guides in the desktop (issue 20 item 5): the French guides of docs/guides, embedded as
// resources (:/guides), shown in a reader window. F1 opens the guide of the screen shown at its
// section: docs/guides/pages.tsv maps each page id of the module registry to a guide and the text of
// one of its headings.

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace vigie::desktop {

struct HelpTopic {
    QString guide;   // file name under :/guides, e.g. "assistant.md"
    QString heading; // text of a heading of that guide; empty: the top
    bool valid() const { return !guide.isEmpty(); }
};

class HelpBrowser : public QDialog
{
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget* parent = nullptr);

    // The topic of a page id, from pages.tsv; the index for a page it does not name.
    static HelpTopic topicFor(const QString& pageId);
    // Every mapping of pages.tsv (page id → topic), for the tests.
    static QList<QPair<QString, HelpTopic>> topics();

    // Opens the guide and scrolls to the heading. False when the guide or the heading is missing.
    bool openTopic(const HelpTopic& topic);
    QTextBrowser* browser() const { return m_browser; }

private:
    void fitImages();
    QTextBrowser* m_browser;
};

} // namespace vigie::desktop
