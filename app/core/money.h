#pragma once

#include <QString>

namespace anxin::core {

// Money is held as integer fen; converted only for display.
QString formatFen(qint64 fen, bool withSymbol = true);

} // namespace anxin::core
