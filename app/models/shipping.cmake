target_sources(anxin_core PRIVATE ${CMAKE_CURRENT_LIST_DIR} / shippinglistmodel.h ${CMAKE_CURRENT_LIST_DIR} /
               shippinglistmodel.cpp ${CMAKE_CURRENT_LIST_DIR} / shippingforecast.h ${CMAKE_CURRENT_LIST_DIR} /
               shippingforecast.cpp)
target_sources(anxin_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/alertengine.h ${CMAKE_CURRENT_LIST_DIR}/alertengine.cpp)
target_sources(anxin_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/alertmonitor.h ${CMAKE_CURRENT_LIST_DIR}/alertmonitor.cpp)
