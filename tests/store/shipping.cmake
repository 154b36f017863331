anxin_add_test(tst_shippingrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shippingrepository.cpp
               ${CMAKE_CURRENT_LIST_DIR}/tempdb.h LIBS anxin_models LABELS store)
add_dependencies(tst_shippingrepository anxin-cli)
