#pragma once

namespace anxin::core {

// The last call of a program's main(), after every object of the program (and its QCoreApplication) is gone:
// `return core::endProcess(run(argc, argv));`. Returns `exitCode`, except in a MinGW build for Windows, where it
// flushes the C streams and ends the process at once with that code.
//
// Why: with MinGW's POSIX thread model Qt's QReadWriteLock is built on winpthreads condition variables, and
// winpthreads can leave one of them locked after it has been used across threads (the SQL connection registry
// is, by the cache readers). Its destructor then waits forever in the C++ runtime's DLL detach, after main() has
// returned: the program has done all its work and written all its files, but its process never ends, so the next
// start finds the profile still held. Ending the process here skips only that detach step; everything of ours
// has been closed and flushed by then.
int endProcess(int exitCode);

} // namespace anxin::core
