target_sources(anxin_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/shippingrepository.h
                                  ${CMAKE_CURRENT_LIST_DIR}/shippingrepository.cpp)
