anxin_add_test(tst_shippingpage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shippingpage.cpp LIBS anxin_ui LABELS gui)
