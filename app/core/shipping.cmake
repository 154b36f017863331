target_sources(anxin_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/shipping.h ${CMAKE_CURRENT_LIST_DIR}/shipping.cpp)
