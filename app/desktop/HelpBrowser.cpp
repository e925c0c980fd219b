#include "HelpBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFragment>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace vigie::desktop {
namespace {
const QString GuidesRoot = QStringLiteral(":/guides/");
} // namespace

HelpBrowser::HelpBrowser(QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Vigie — Guide"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSearchPaths({GuidesRoot});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    auto* index = buttons->addButton(tr("All the &guides"), QDialogButtonBox::ActionRole);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    connect(index, &QPushButton::clicked, this, [this] { openTopic(HelpTopic{QStringLiteral("index.md"), {}}); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}

QList<QPair<QString, HelpTopic>> HelpBrowser::topics()
{
    QList<QPair<QString, HelpTopic>> out;
    QFile file(GuidesRoot + QStringLiteral("pages.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        out.append({f.value(0), HelpTopic{f.value(1), f.value(2).trimmed()}});
    }
    return out;
}

HelpTopic HelpBrowser::topicFor(const QString& pageId)
{
    HelpTopic fallback{QStringLiteral("index.md"), {}};
    for (const auto& [id, topic] : topics()) {
        if (id == pageId)
            return topic;
        if (id == QLatin1String("default"))
            fallback = topic;
    }
    return fallback;
}

bool HelpBrowser::openTopic(const HelpTopic& topic)
{
    const QString path = GuidesRoot + topic.guide;
    if (!topic.valid() || !QFile::exists(path))
        return false;
    m_browser->setSource(QUrl(QStringLiteral("qrc") + path), QTextDocument::MarkdownResource);
    fitImages();
    m_browser->moveCursor(QTextCursor::Start);
    if (topic.heading.isEmpty())
        return true;
    // The heading's text, found from the top, selected and scrolled to the top of the view.
    const QTextCursor at = m_browser->document()->find(topic.heading);
    if (at.isNull())
        return false;
    m_browser->setTextCursor(at);
    const QRectF block = m_browser->document()->documentLayout()->blockBoundingRect(at.block());
    m_browser->verticalScrollBar()->setValue(int(block.top()));
    return true;
}

// Screenshots are as wide as the screens they show: each one is drawn at most as wide as the reader,
// keeping its proportions, so that a guide reads without scrolling sideways.
void HelpBrowser::fitImages()
{
    QTextDocument* doc = m_browser->document();
    // Before the window is first shown the viewport has no real size yet: the window's own width is used.
    const int viewport = isVisible() ? m_browser->viewport()->width() : width() - 60;
    const qreal available = qMax<qreal>(200, viewport - 2 * doc->documentMargin() - 8);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QVariant resource = doc->resource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage picture = resource.value<QImage>();
            const QSizeF natural = picture.isNull() ? QSizeF(resource.value<QPixmap>().size()) : QSizeF(picture.size());
            if (natural.isEmpty() || natural.width() <= available)
                continue;
            image.setWidth(available);
            image.setHeight(natural.height() * available / natural.width());
            QTextCursor c(doc);
            c.setPosition(fragment.position());
            c.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(image);
        }
    }
}

} // namespace vigie::desktop
