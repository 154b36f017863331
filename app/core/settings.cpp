#include "core/settings.h"

namespace anxin::core {

Settings::Settings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

} // namespace anxin::core
