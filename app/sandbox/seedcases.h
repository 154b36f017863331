#pragma once

#include "sandbox/world.h"

namespace anxin::sandbox {

// The two seed cases of domain-rules.md as the first two tickets of the first shop (ids 7300000000000000017
// and 7300000000000000024): a durian claimed 4 h after signing, ¥368 refunded in full the same day; a skin-care
// allergy claim 29 days after signing, approved within 3 minutes, ¥1490 refunded after the return.
void seedCases(qint64 now, World &world);

} // namespace anxin::sandbox
