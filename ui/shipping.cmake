target_sources(anxin_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/shipping/shippingpage.h
                                ${CMAKE_CURRENT_LIST_DIR}/shipping/shippingpage.cpp)
