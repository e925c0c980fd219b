#pragma once
// Signing in to the shared demo database of GuiSupport.h as one of its demo accounts, in French, with
// the tests' clock: what the page-level GUI suites start from. Include after catch_qt.h.

#include "GuiSupport.h"
#include "Translations.h"

#include "core/Clock.h"
#include "security/Session.h"
#include "security/SignIn.h"

#include <memory>

namespace vigie::guitest {

struct SignedIn {
    core::ManualClock clock{demoNow()};
    std::unique_ptr<security::Session> session;
};

inline std::unique_ptr<SignedIn> signInAs(const QString& login)
{
    isolateSettings();
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    const DemoDatabase& demo = demoDatabase();
    INFO(demo.error.toStdString());
    REQUIRE(demo.error.isEmpty());
    auto s = std::make_unique<SignedIn>();
    auto r = security::signIn(demo.path, login, DemoPassword, s->clock);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    s->session = std::move(r.value());
    return s;
}

} // namespace vigie::guitest
