// libFuzzer entry point for the platform parsers: every input goes through parseEnvelope and every parseXxx
// (see fuzz_invariants.h); a violated invariant aborts, so libFuzzer saves the input. Built with -DANXIN_FUZZ=ON
// and clang only. libFuzzer writes new inputs into its FIRST corpus dir, so give it a scratch one:
//   mkdir -p /tmp/fz && ./fuzz_parsers -max_total_time=300 /tmp/fz tests/fuzz/corpus
// A crasher (crash-*) goes to tests/fuzz/regressions, where tst_fuzz_parsers replays it.

#include "fuzz_invariants.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = anxin::fuzz::checkInput(input);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "invariant violated: %s\n", qPrintable(failure));
        std::abort();
    }
    return 0;
}
