# The libFuzzer target fuzz_parsers: only with -DANXIN_FUZZ=ON and clang, never in the default build.
# The parser sources are compiled into the target itself so that they carry the fuzzer's coverage
# instrumentation and the sanitizers (the app's libraries are built without them).
option(ANXIN_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(NOT ANXIN_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "ANXIN_FUZZ=ON needs clang (libFuzzer); configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer")
check_cxx_source_compiles("#include <cstdint>
#include <cstddef>
extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }" ANXIN_HAVE_LIBFUZZER)
unset(CMAKE_REQUIRED_FLAGS)
if(NOT ANXIN_HAVE_LIBFUZZER)
  message(FATAL_ERROR "ANXIN_FUZZ=ON: this clang cannot link -fsanitize=fuzzer (install libclang-rt-dev / compiler-rt)")
endif()

set(_app ${PROJECT_SOURCE_DIR}/app)
add_executable(fuzz_parsers
  ${CMAKE_CURRENT_LIST_DIR}/fuzz_parsers.cpp
  ${_app}/core/errorkind.cpp
  ${_app}/platform/canonicaljson.cpp
  ${_app}/platform/types.cpp
  ${_app}/platform/parsers.cpp
  ${_app}/platform/parsers_aftersale.cpp
  ${_app}/platform/parsers_order.cpp
  ${_app}/platform/requests.cpp
  ${_app}/platform/errors.cpp
  ${_app}/platform/retrypolicy.cpp
)
set_target_properties(fuzz_parsers PROPERTIES AUTOMOC OFF)
target_include_directories(fuzz_parsers PRIVATE ${_app} ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(fuzz_parsers PRIVATE anxin_policy Qt6::Core)
target_compile_options(fuzz_parsers PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer)
target_link_options(fuzz_parsers PRIVATE -fsanitize=fuzzer,address,undefined)
