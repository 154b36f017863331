#pragma once

namespace anxin::ui {

// The whole GUI process: arguments, profile lock, translations, main window; returns the exit code (or ends the
// process with it: core::endProcess).
int runDesk(int argc, char **argv);

} // namespace anxin::ui
