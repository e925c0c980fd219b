#pragma once
// Connects ui::ThesaurusPicker to ThesaurusStore: the picker of any coded field is made with
//     auto* naf = thesaurus::makePicker(session, QStringLiteral("naf"), parent);
// Labels follow the interface language (English labels where the file has them).

#include "security/Session.h"
#include "thesaurus/ThesaurusStore.h"
#include "ui/ThesaurusPicker.h"

namespace vigie::thesaurus {

class StoreCodeProvider : public ui::CodeProvider
{
public:
    // `session` must outlive the provider. Grouping nodes (NAF sections, exposure families) are left
    // out unless `selectableOnly` is false.
    StoreCodeProvider(security::Session& session, QString system, bool selectableOnly = true);

    QString systemId() const override { return m_system; }
    core::Result<QList<ui::CodeChoice>> search(const QString& text, int limit) override;
    std::optional<ui::CodeChoice> lookup(const QString& code) override;

    // How a stored code is shown by the picker (public for the tests).
    static ui::CodeChoice choiceOf(const Code& code, const QList<Ancestor>& hierarchy, bool exact, bool english);

private:
    security::Session& m_session;
    QString m_system;
    bool m_selectableOnly;
};

// A picker on `system` for the signed-in account (its recent codes are its own).
ui::ThesaurusPicker* makePicker(security::Session& session, const QString& system, QWidget* parent = nullptr,
                                bool selectableOnly = true);

} // namespace vigie::thesaurus
