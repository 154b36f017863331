# Client <-> sandbox tests: the real ApiClient + TokenManager (MemorySecretStore) against the in-process sandbox
# over loopback (tests/sandbox/sandboxharness). Every endpoint, every fault kind, tokens and the clock.
add_library(anxin_client_rig STATIC ${CMAKE_CURRENT_LIST_DIR}/clientrig.h ${CMAKE_CURRENT_LIST_DIR}/clientrig.cpp)
target_include_directories(anxin_client_rig PUBLIC ${CMAKE_CURRENT_LIST_DIR} ${PROJECT_SOURCE_DIR}/tests/sandbox)
target_link_libraries(anxin_client_rig PUBLIC anxin_policy anxin_models anxin_sandbox_lib anxin_sandbox_test_support
  Qt6::Network Qt6::Test)

anxin_add_test(tst_client_endpoints SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_endpoints.cpp
  LIBS anxin_models anxin_sandbox_lib anxin_client_rig Qt6::Gui LABELS "platform" TIMEOUT 120)
anxin_add_test(tst_client_faults SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_faults.cpp
  LIBS anxin_models anxin_sandbox_lib anxin_client_rig LABELS "platform;fault" TIMEOUT 120)
anxin_add_test(tst_client_tokens SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_tokens.cpp
  LIBS anxin_models anxin_sandbox_lib anxin_client_rig LABELS "platform" TIMEOUT 120)
anxin_add_test(tst_client_clock SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_clock.cpp
  LIBS anxin_models anxin_sandbox_lib anxin_client_rig LABELS "platform" TIMEOUT 120)
