#pragma once

#include "core/result.h"

#include <QString>

namespace anxin::ui {

// The one place an error becomes words for the user, in their language, with what to do next. A situation the
// core names (Error::situation) gets its own sentence with its values; anything else is said by its kind. The
// technical English message never reaches a widget: it stays in the log and the CLI.
QString errorText(const core::Error &error);

} // namespace anxin::ui
