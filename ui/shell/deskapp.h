#pragma once

namespace anxin::ui {

// The whole GUI process: arguments, profile lock, translations, main window; returns the exit code.
int runDesk(int argc, char **argv);

} // namespace anxin::ui
