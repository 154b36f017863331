target_sources(anxin_store PRIVATE ${CMAKE_CURRENT_LIST_DIR}/shippingrepository.h
                                  ${CMAKE_CURRENT_LIST_DIR}/shippingrepository.cpp)
