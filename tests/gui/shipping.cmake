anxin_add_test(tst_shippingpage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shippingpage.cpp LIBS anxin_ui LABELS gui)
anxin_add_test(tst_shippingroute SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shippingroute.cpp
  LIBS anxin_ui anxin_sandbox_lib anxin_sandbox_test_support LABELS "gui;sync")
target_include_directories(tst_shippingroute PRIVATE ${PROJECT_SOURCE_DIR}/tests/sandbox)
