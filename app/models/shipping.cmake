target_sources(anxin_core PRIVATE ${CMAKE_CURRENT_LIST_DIR} / shippinglistmodel.h ${CMAKE_CURRENT_LIST_DIR} /
               shippinglistmodel.cpp ${CMAKE_CURRENT_LIST_DIR} / shippingforecast.h ${CMAKE_CURRENT_LIST_DIR} /
               shippingforecast.cpp)
