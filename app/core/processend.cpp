#include "core/processend.h"

#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_WIN) && defined(Q_CC_MINGW)
#include <qt_windows.h>
#endif

namespace anxin::core {

int endProcess(int exitCode)
{
#if defined(Q_OS_WIN) && defined(Q_CC_MINGW)
    std::fflush(nullptr);
    ::TerminateProcess(::GetCurrentProcess(), static_cast<UINT>(exitCode));
#endif
    return exitCode;
}

} // namespace anxin::core
