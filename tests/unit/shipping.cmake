anxin_add_test(tst_shipping SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shipping.cpp LIBS anxin_core LABELS unit)
anxin_add_test(tst_alertengine SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_alertengine.cpp LIBS anxin_models LABELS unit)
