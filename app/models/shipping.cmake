target_sources(anxin_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/shippinglistmodel.h ${CMAKE_CURRENT_LIST_DIR}/shippinglistmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shippingforecast.h ${CMAKE_CURRENT_LIST_DIR}/shippingforecast.cpp
  ${CMAKE_CURRENT_LIST_DIR}/alertengine.h ${CMAKE_CURRENT_LIST_DIR}/alertengine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/alertmonitor.h ${CMAKE_CURRENT_LIST_DIR}/alertmonitor.cpp)
