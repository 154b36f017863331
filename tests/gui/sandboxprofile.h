#pragma once

// A profile folder connected to the in-process sandbox's demo shop, as the first-run wizard leaves it: where the
// GUI tests that sync through the real DeskSession and its worker start. Credentials stay in memory (the demo
// secret comes from the environment).

#include "core/profile.h"
#include "core/settings.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxharness.h"

#include <QTemporaryDir>

namespace anxin::test {

struct SandboxProfile
{
    explicit SandboxProfile(const SandboxHarness &sandbox)
        : profile(dir.path())
        , created(profile.ensureExists().ok())
        , settings(profile.settingsPath())
    {
        qputenv("ANXIN_SECRET_STORE", "memory");
        qputenv("ANXIN_APP_SECRET", sandbox::kDemoAppSecret);
        settings.set(core::keys::gateway, sandbox.baseUrl());
        settings.set(core::keys::appKey, QString::fromLatin1(sandbox::kDemoAppKey));
        settings.set(core::keys::shopId, QString::fromLatin1(sandbox::kDemoShopId));
    }

    QTemporaryDir dir;
    core::Profile profile;
    bool created; // the profile folder exists
    core::Settings settings;
};

} // namespace anxin::test
