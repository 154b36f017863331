# Typed answers, parsers, requests and error mapping: unit tests and the bounded fuzz test.
anxin_add_test(tst_parsers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_parsers.cpp LIBS anxin_platform LABELS "unit;platform")
target_compile_definitions(tst_parsers PRIVATE ANXIN_SOURCE_DIR_FALLBACK="${PROJECT_SOURCE_DIR}")

anxin_add_test(tst_fuzz_parsers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fuzz_parsers.cpp LIBS anxin_platform
               LABELS "unit;platform;fault" TIMEOUT 120)
target_compile_definitions(tst_fuzz_parsers PRIVATE ANXIN_SOURCE_DIR_FALLBACK="${PROJECT_SOURCE_DIR}")
target_include_directories(tst_fuzz_parsers PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz)

# The libFuzzer target (clang only, off by default).
include(${PROJECT_SOURCE_DIR}/tests/fuzz/fuzz.cmake)
